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
package org.openhab.core.thing.binding;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.ThreadPoolManager;
import org.openhab.core.config.core.ConfigDescription;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.thing.binding.builder.ThingStatusInfoBuilder;
import org.openhab.core.thing.type.ChannelTypeUID;
import org.openhab.core.thing.util.ThingHandlerHelper;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;
import org.openhab.core.types.TimeSeries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in: base of thing handlers. Everything a handler reports goes through the {@link ThingHandlerCallback};
 * without a callback (before initialization or after disposal) the report is logged and dropped.
 * Subclasses implement {@link #initialize()} and {@link #handleCommand(ChannelUID, Command)}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public abstract class BaseThingHandler implements ThingHandler {

    private static final String THING_HANDLER_THREADPOOL_NAME = "thingHandler";

    private final Logger logger = LoggerFactory.getLogger(BaseThingHandler.class);

    protected final ScheduledExecutorService scheduler = ThreadPoolManager
            .getScheduledPool(THING_HANDLER_THREADPOOL_NAME);

    protected Thing thing;

    private @Nullable ThingHandlerCallback callback;

    public BaseThingHandler(Thing thing) {
        this.thing = thing;
    }

    private synchronized @Nullable ThingHandlerCallback callbackOrWarn(String action) {
        ThingHandlerCallback current = callback;
        if (current == null) {
            logger.warn("Handler {} of thing {} tried {} although the handler was already disposed.",
                    getClass().getSimpleName(), thing.getUID(), action);
        }
        return current;
    }

    @Override
    public void handleRemoval() {
        updateStatus(ThingStatus.REMOVED);
    }

    @Override
    public void handleConfigurationUpdate(Map<String, Object> configurationParameters) {
        if (!isModifyingCurrentConfig(configurationParameters)) {
            return;
        }
        validateConfigurationParameters(configurationParameters);
        Configuration configuration = editConfiguration();
        for (Map.Entry<String, Object> parameter : configurationParameters.entrySet()) {
            configuration.put(parameter.getKey(), parameter.getValue());
        }
        if (isInitialized()) {
            dispose();
            updateConfiguration(configuration);
            initialize();
        } else {
            updateConfiguration(configuration);
            ThingHandlerCallback current = callbackOrWarn("updating its configuration");
            if (current != null) {
                current.configurationUpdated(getThing());
            }
        }
    }

    protected boolean isModifyingCurrentConfig(Map<String, Object> configurationParameters) {
        Configuration current = getConfig();
        for (Map.Entry<String, Object> entry : configurationParameters.entrySet()) {
            if (!Objects.equals(current.get(entry.getKey()), entry.getValue())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void dispose() {
        // can be overridden
    }

    @Override
    public Thing getThing() {
        return thing;
    }

    @Override
    public void thingUpdated(Thing thing) {
        dispose();
        this.thing = thing;
        initialize();
    }

    @Override
    public void setCallback(@Nullable ThingHandlerCallback thingHandlerCallback) {
        synchronized (this) {
            this.callback = thingHandlerCallback;
        }
    }

    protected @Nullable ThingHandlerCallback getCallback() {
        return callback;
    }

    @Override
    public void channelLinked(ChannelUID channelUID) {
        handleCommand(channelUID, RefreshType.REFRESH);
    }

    @Override
    public void channelUnlinked(ChannelUID channelUID) {
        // can be overridden
    }

    protected void validateConfigurationParameters(Map<String, Object> configurationParameters) {
        ThingHandlerCallback current = callbackOrWarn("validating its configuration");
        if (current != null) {
            current.validateConfigurationParameters(getThing(), configurationParameters);
        }
    }

    protected @Nullable ConfigDescription getConfigDescription() {
        ThingHandlerCallback current = callbackOrWarn("retrieving its config description");
        return current != null ? current.getConfigDescription(thing.getThingTypeUID()) : null;
    }

    protected @Nullable ConfigDescription getConfigDescription(ChannelTypeUID channelTypeUID) {
        ThingHandlerCallback current = callbackOrWarn("retrieving a channel config description");
        return current != null ? current.getConfigDescription(channelTypeUID) : null;
    }

    protected Configuration getConfig() {
        return getThing().getConfiguration();
    }

    protected <T> T getConfigAs(Class<T> configurationClass) {
        return getConfig().as(configurationClass);
    }

    protected void updateState(ChannelUID channelUID, State state) {
        synchronized (this) {
            ThingHandlerCallback current = callbackOrWarn("updating channel " + channelUID.getId());
            if (current != null) {
                current.stateUpdated(channelUID, state);
            }
        }
    }

    protected void updateState(String channelID, State state) {
        updateState(new ChannelUID(getThing().getUID(), channelID), state);
    }

    protected void sendTimeSeries(ChannelUID channelUID, TimeSeries timeSeries) {
        synchronized (this) {
            ThingHandlerCallback current = callbackOrWarn("sending to channel " + channelUID.getId());
            if (current != null) {
                current.sendTimeSeries(channelUID, timeSeries);
            }
        }
    }

    protected void sendTimeSeries(String channelID, TimeSeries timeSeries) {
        sendTimeSeries(new ChannelUID(getThing().getUID(), channelID), timeSeries);
    }

    protected void triggerChannel(ChannelUID channelUID, String event) {
        synchronized (this) {
            ThingHandlerCallback current = callbackOrWarn("triggering channel " + channelUID.getId());
            if (current != null) {
                current.channelTriggered(getThing(), channelUID, event);
            }
        }
    }

    protected void triggerChannel(String channelID, String event) {
        triggerChannel(new ChannelUID(getThing().getUID(), channelID), event);
    }

    protected void triggerChannel(String channelUID) {
        triggerChannel(new ChannelUID(getThing().getUID(), channelUID), "");
    }

    protected void triggerChannel(ChannelUID channelUID) {
        triggerChannel(channelUID, "");
    }

    protected void postCommand(String channelID, Command command) {
        postCommand(new ChannelUID(getThing().getUID(), channelID), command);
    }

    protected void postCommand(ChannelUID channelUID, Command command) {
        synchronized (this) {
            ThingHandlerCallback current = callbackOrWarn("posting a command to channel " + channelUID.getId());
            if (current != null) {
                current.postCommand(channelUID, command);
            }
        }
    }

    protected void updateStatus(ThingStatus status, ThingStatusDetail statusDetail, @Nullable String description) {
        synchronized (this) {
            ThingHandlerCallback current = callbackOrWarn("updating the thing status");
            if (current != null) {
                ThingStatusInfo info = ThingStatusInfoBuilder.create(status, statusDetail).withDescription(description)
                        .build();
                current.statusUpdated(thing, info);
            }
        }
    }

    protected void updateStatus(ThingStatus status, ThingStatusDetail statusDetail) {
        updateStatus(status, statusDetail, null);
    }

    protected void updateStatus(ThingStatus status) {
        updateStatus(status, ThingStatusDetail.NONE, null);
    }

    protected ThingBuilder editThing() {
        return ThingBuilder.create(thing.getThingTypeUID(), thing.getUID()).withBridge(thing.getBridgeUID())
                .withChannels(thing.getChannels()).withConfiguration(thing.getConfiguration())
                .withLabel(thing.getLabel()).withLocation(thing.getLocation()).withProperties(thing.getProperties());
    }

    protected void updateThing(Thing thing) {
        if (thing == this.thing) {
            throw new IllegalArgumentException(
                    "Changes must not be done on the current thing - create a copy, e.g. via editThing()");
        }
        synchronized (this) {
            ThingHandlerCallback current = callbackOrWarn("updating the thing");
            if (current != null) {
                current.validateConfigurationParameters(thing, thing.getConfiguration().getProperties());
                this.thing = thing;
                current.thingUpdated(thing);
            }
        }
    }

    protected Configuration editConfiguration() {
        return new Configuration(new HashMap<>(thing.getConfiguration().getProperties()));
    }

    protected void updateConfiguration(Configuration configuration) {
        Map<String, Object> old = thing.getConfiguration().getProperties();
        try {
            synchronized (this) {
                ThingHandlerCallback current = callbackOrWarn("updating its configuration");
                if (current != null) {
                    current.validateConfigurationParameters(thing, configuration.getProperties());
                    thing.getConfiguration().setProperties(configuration.getProperties());
                    current.thingUpdated(thing);
                }
            }
        } catch (RuntimeException e) {
            logger.warn("Error while applying configuration changes: '{}: {}' - reverting configuration changes on "
                    + "thing '{}'.", e.getClass().getSimpleName(), e.getMessage(), thing.getUID());
            thing.getConfiguration().setProperties(old);
            throw e;
        }
    }

    protected Map<String, String> editProperties() {
        return new HashMap<>(thing.getProperties());
    }

    protected void updateProperties(@Nullable Map<String, String> properties) {
        boolean changed = false;
        if (properties == null) {
            if (!thing.getProperties().isEmpty()) {
                thing.setProperties(Map.of());
                changed = true;
            }
        } else {
            for (Map.Entry<String, String> property : properties.entrySet()) {
                String existing = thing.getProperties().get(property.getKey());
                if (!Objects.equals(existing, property.getValue())) {
                    thing.setProperty(property.getKey(), property.getValue());
                    changed = true;
                }
            }
        }
        if (changed) {
            synchronized (this) {
                ThingHandlerCallback current = callbackOrWarn("updating its thing's properties");
                if (current != null) {
                    current.thingUpdated(thing);
                }
            }
        }
    }

    protected void updateProperty(String name, @Nullable String value) {
        if (!Objects.equals(thing.getProperties().get(name), value)) {
            thing.setProperty(name, value);
            synchronized (this) {
                ThingHandlerCallback current = callbackOrWarn("updating its thing's properties");
                if (current != null) {
                    current.thingUpdated(thing);
                }
            }
        }
    }

    protected @Nullable Bridge getBridge() {
        ThingUID bridgeUID = thing.getBridgeUID();
        synchronized (this) {
            ThingHandlerCallback current = callbackOrWarn("accessing its bridge");
            if (current == null || bridgeUID == null) {
                return null;
            }
            return current.getBridge(bridgeUID);
        }
    }

    protected boolean isLinked(String channelId) {
        return isLinked(new ChannelUID(getThing().getUID(), channelId));
    }

    protected boolean isLinked(ChannelUID channelUID) {
        ThingHandlerCallback current = callbackOrWarn("checking if channel " + channelUID.getId() + " is linked");
        return current != null && current.isChannelLinked(channelUID);
    }

    protected boolean isInitialized() {
        return ThingHandlerHelper.isHandlerInitialized(this);
    }

    @Override
    public void bridgeStatusChanged(ThingStatusInfo bridgeStatusInfo) {
        if (bridgeStatusInfo.getStatus() == ThingStatus.ONLINE
                && getThing().getStatusInfo().getStatusDetail() == ThingStatusDetail.BRIDGE_OFFLINE) {
            updateStatus(ThingStatus.ONLINE, ThingStatusDetail.NONE);
        } else if (bridgeStatusInfo.getStatus() == ThingStatus.OFFLINE) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE);
        }
    }

    protected void changeThingType(ThingTypeUID thingTypeUID, Configuration configuration) {
        ThingHandlerCallback current = callbackOrWarn("migrating the thing type");
        if (current != null) {
            current.migrateThingType(getThing(), thingTypeUID, configuration);
        }
    }
}
