/**
 * Copyright (c) 2010-2026 Contributors to the openHAB project
 *
 * See the NOTICE file(s) distributed with this work for additional
 * information.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.core.config.discovery;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.ThreadPoolManager;
import org.openhab.core.config.core.ConfigParser;
import org.openhab.core.i18n.LocaleProvider;
import org.openhab.core.i18n.TranslationProvider;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in: base of discovery services. Keeps the listeners and the results found so far (a new listener gets
 * them at once), runs forced scans with a timeout and switches background discovery on and off.
 * Subclasses implement {@link #startScan()}.
 * <p>
 * As in openHAB 5.1 and later, a discovered thing reaches the listeners on the discovery thread pool, after
 * {@link #thingDiscovered(DiscoveryResult)} has returned (openHAB 5.0 called them before returning): a caller can
 * rely on neither, it waits for the listener. Members only openHAB 5.1+ has (the constructor taking a scheduler,
 * {@code thingDiscovered(DiscoveryResult, Bundle)}) are left out, so code built on the stand-in runs on 5.0 too.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public abstract class AbstractDiscoveryService implements DiscoveryService {

    private static final String DISCOVERY_THREADPOOL_NAME = "discovery";

    private final Logger logger = LoggerFactory.getLogger(AbstractDiscoveryService.class);

    protected final ScheduledExecutorService scheduler;

    private final Set<DiscoveryListener> discoveryListeners = new CopyOnWriteArraySet<>();
    protected @Nullable ScanListener scanListener;

    private volatile boolean backgroundDiscoveryEnabled;
    private final @Nullable String scanInputLabel;
    private final @Nullable String scanInputDescription;
    private final Map<ThingUID, DiscoveryResult> cachedResults = new HashMap<>();
    private final Set<ThingTypeUID> supportedThingTypes;
    private final int timeout;
    private Instant timestampOfLastScan = Instant.MIN;
    private @Nullable ScheduledFuture<?> scheduledStop;

    protected @NonNullByDefault({}) TranslationProvider i18nProvider;
    protected @NonNullByDefault({}) LocaleProvider localeProvider;

    protected AbstractDiscoveryService(@Nullable Set<ThingTypeUID> supportedThingTypes, int timeout,
            boolean backgroundDiscoveryEnabledByDefault, @Nullable String scanInputLabel,
            @Nullable String scanInputDescription) throws IllegalArgumentException {
        if (timeout < 0) {
            throw new IllegalArgumentException("The timeout must be >= 0!");
        }
        this.scheduler = ThreadPoolManager.getScheduledPool(DISCOVERY_THREADPOOL_NAME);
        this.supportedThingTypes = supportedThingTypes == null ? Set.of() : Set.copyOf(supportedThingTypes);
        this.timeout = timeout;
        this.backgroundDiscoveryEnabled = backgroundDiscoveryEnabledByDefault;
        this.scanInputLabel = scanInputLabel;
        this.scanInputDescription = scanInputDescription;
    }

    protected AbstractDiscoveryService(@Nullable Set<ThingTypeUID> supportedThingTypes, int timeout,
            boolean backgroundDiscoveryEnabledByDefault) throws IllegalArgumentException {
        this(supportedThingTypes, timeout, backgroundDiscoveryEnabledByDefault, null, null);
    }

    protected AbstractDiscoveryService(@Nullable Set<ThingTypeUID> supportedThingTypes, int timeout)
            throws IllegalArgumentException {
        this(supportedThingTypes, timeout, true);
    }

    protected AbstractDiscoveryService(int timeout) throws IllegalArgumentException {
        this(null, timeout);
    }

    @Override
    public Set<ThingTypeUID> getSupportedThingTypes() {
        return supportedThingTypes;
    }

    @Override
    public boolean isScanInputSupported() {
        return getScanInputLabel() != null && getScanInputDescription() != null;
    }

    @Override
    public @Nullable String getScanInputLabel() {
        return scanInputLabel;
    }

    @Override
    public @Nullable String getScanInputDescription() {
        return scanInputDescription;
    }

    @Override
    public int getScanTimeout() {
        return timeout;
    }

    @Override
    public boolean isBackgroundDiscoveryEnabled() {
        return backgroundDiscoveryEnabled;
    }

    @Override
    public void addDiscoveryListener(@Nullable DiscoveryListener listener) {
        if (listener == null) {
            return;
        }
        discoveryListeners.add(listener);
        Map<ThingUID, DiscoveryResult> existing;
        synchronized (cachedResults) {
            existing = Map.copyOf(cachedResults);
        }
        for (DiscoveryResult result : existing.values()) {
            listener.thingDiscovered(this, result);
        }
    }

    @Override
    public void removeDiscoveryListener(@Nullable DiscoveryListener listener) {
        if (listener != null) {
            discoveryListeners.remove(listener);
        }
    }

    @Override
    public void startScan(@Nullable ScanListener listener) {
        startScanInternal(null, listener);
    }

    @Override
    public void startScan(String input, @Nullable ScanListener listener) {
        startScanInternal(input, listener);
    }

    private synchronized void startScanInternal(@Nullable String input, @Nullable ScanListener listener) {
        stopScan();
        cancelScheduledStop(false);
        scanListener = listener;
        if (getScanTimeout() > 0) {
            scheduledStop = scheduler.schedule(() -> {
                try {
                    stopScan();
                } catch (RuntimeException e) {
                    logger.debug("Exception occurred during execution: {}", e.getMessage(), e);
                }
            }, getScanTimeout(), TimeUnit.SECONDS);
        }
        timestampOfLastScan = Instant.now();
        try {
            if (isScanInputSupported() && input != null) {
                startScan(input);
            } else {
                startScan();
            }
        } catch (RuntimeException e) {
            cancelScheduledStop(false);
            scanListener = null;
            throw e;
        }
    }

    private synchronized void cancelScheduledStop(boolean interrupt) {
        ScheduledFuture<?> stop = scheduledStop;
        if (stop != null) {
            stop.cancel(interrupt);
            scheduledStop = null;
        }
    }

    @Override
    public void abortScan() {
        ScanListener listener;
        synchronized (this) {
            cancelScheduledStop(true);
            listener = scanListener;
            scanListener = null;
        }
        if (listener != null) {
            listener.onErrorOccurred(new CancellationException("Scan has been aborted."));
        }
    }

    /**
     * Starts a forced scan; {@link #stopScan()} is called after {@link #getScanTimeout()} seconds.
     */
    protected abstract void startScan();

    /**
     * Starts a forced scan with an input; services supporting input override it.
     *
     * @param input the input
     */
    protected void startScan(String input) {
        logger.warn("Discovery with input parameter not implemented by service '{}'!", getClass().getName());
    }

    protected synchronized void stopScan() {
        ScanListener listener = scanListener;
        if (listener != null) {
            listener.onFinished();
            scanListener = null;
        }
    }

    /**
     * Hands the result to each listener on the discovery thread pool (the stand-in does not localize the label) and
     * keeps it for listeners that come later.
     *
     * @param discoveryResult the result
     */
    protected void thingDiscovered(final DiscoveryResult discoveryResult) {
        for (DiscoveryListener listener : discoveryListeners) {
            scheduler.execute(() -> {
                try {
                    listener.thingDiscovered(this, discoveryResult);
                } catch (RuntimeException e) {
                    logger.error("An error occurred while calling the discovery listener {}.",
                            listener.getClass().getName(), e);
                }
            });
        }
        synchronized (cachedResults) {
            cachedResults.put(discoveryResult.getThingUID(), discoveryResult);
        }
    }

    protected void thingRemoved(ThingUID thingUID) {
        for (DiscoveryListener listener : discoveryListeners) {
            try {
                listener.thingRemoved(this, thingUID);
            } catch (RuntimeException e) {
                logger.error("An error occurred while calling the discovery listener {}.",
                        listener.getClass().getName(), e);
            }
        }
        synchronized (cachedResults) {
            cachedResults.remove(thingUID);
        }
    }

    protected void removeOlderResults(Instant timestamp) {
        removeOlderResults(timestamp, null, null);
    }

    protected void removeOlderResults(Instant timestamp, @Nullable ThingUID bridgeUID) {
        removeOlderResults(timestamp, null, bridgeUID);
    }

    protected void removeOlderResults(Instant timestamp, @Nullable Collection<ThingTypeUID> thingTypeUIDs,
            @Nullable ThingUID bridgeUID) {
        Collection<ThingTypeUID> types = thingTypeUIDs != null ? thingTypeUIDs : getSupportedThingTypes();
        Set<ThingUID> removed = new HashSet<>();
        for (DiscoveryListener listener : discoveryListeners) {
            try {
                Collection<ThingUID> result = listener.removeOlderResults(this, timestamp, types, bridgeUID);
                if (result != null) {
                    removed.addAll(result);
                }
            } catch (RuntimeException e) {
                logger.error("An error occurred while calling the discovery listener {}.",
                        listener.getClass().getName(), e);
            }
        }
        synchronized (cachedResults) {
            removed.forEach(cachedResults::remove);
        }
    }

    protected void activate(@Nullable Map<String, Object> configProperties) {
        if (configProperties != null) {
            backgroundDiscoveryEnabled = ConfigParser.valueAsOrElse(
                    configProperties.get(DiscoveryService.CONFIG_PROPERTY_BACKGROUND_DISCOVERY), Boolean.class,
                    backgroundDiscoveryEnabled);
        }
        if (backgroundDiscoveryEnabled) {
            startBackgroundDiscovery();
        }
    }

    protected void modified(@Nullable Map<String, Object> configProperties) {
        if (configProperties != null) {
            boolean enabled = ConfigParser.valueAsOrElse(
                    configProperties.get(DiscoveryService.CONFIG_PROPERTY_BACKGROUND_DISCOVERY), Boolean.class,
                    backgroundDiscoveryEnabled);
            if (backgroundDiscoveryEnabled && !enabled) {
                stopBackgroundDiscovery();
            } else if (!backgroundDiscoveryEnabled && enabled) {
                startBackgroundDiscovery();
            }
            backgroundDiscoveryEnabled = enabled;
        }
    }

    protected void deactivate() {
        if (backgroundDiscoveryEnabled) {
            stopBackgroundDiscovery();
        }
    }

    /**
     * Starts background discovery; can be overridden.
     */
    protected void startBackgroundDiscovery() {
        // can be overridden
    }

    /**
     * Stops background discovery; can be overridden.
     */
    protected void stopBackgroundDiscovery() {
        // can be overridden
    }

    protected synchronized Instant getTimestampOfLastScan() {
        return timestampOfLastScan;
    }
}
