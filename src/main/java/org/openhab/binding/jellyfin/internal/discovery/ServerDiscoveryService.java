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
package org.openhab.binding.jellyfin.internal.discovery;

import static org.openhab.binding.jellyfin.internal.JellyfinBindingConstants.*;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.internal.api.Guids;
import org.openhab.core.config.discovery.AbstractDiscoveryService;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.DiscoveryResultBuilder;
import org.openhab.core.config.discovery.DiscoveryService;
import org.openhab.core.thing.ThingUID;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Finds Jellyfin and Emby servers on the local network: both answer a UDP broadcast on port 7359 with their address,
 * id and name.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
@Component(service = DiscoveryService.class, configurationPid = "discovery.jellyfin")
public class ServerDiscoveryService extends AbstractDiscoveryService {

    private static final int DISCOVERY_PORT = 7359;
    /** How long a scan may take, in seconds: the listen time and some margin. */
    private static final int SCAN_TIMEOUT_SECONDS = 5;
    /** The longest answer read, in bytes; a server's answer is far shorter. */
    private static final int MAX_ANSWER_LENGTH = 4096;
    /** How long one receive waits before the listen time is checked again, in milliseconds. */
    private static final int RECEIVE_TIMEOUT_MILLIS = 200;
    private static final int DEFAULT_HTTP_PORT = 8096;
    private static final int DEFAULT_HTTPS_PORT = 8920;

    private final Logger logger = LoggerFactory.getLogger(ServerDiscoveryService.class);
    private final @Nullable List<InetSocketAddress> fixedTargets;
    private final Duration listenTime;

    public ServerDiscoveryService() {
        this(null, Duration.ofSeconds(3));
    }

    /**
     * @param targets where to send the probes; null for the broadcast addresses of every network interface
     * @param listenTime how long to wait for answers
     */
    public ServerDiscoveryService(@Nullable List<InetSocketAddress> targets, Duration listenTime) {
        super(Set.of(THING_TYPE_SERVER), SCAN_TIMEOUT_SECONDS, false);
        this.fixedTargets = targets;
        this.listenTime = listenTime;
    }

    @Override
    protected void startScan() {
        scheduler.execute(this::scan);
    }

    /** Sends the probes and reports every server that answers in time. Blocks for the listen time. */
    void scan() {
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.setBroadcast(true);
            socket.setSoTimeout(RECEIVE_TIMEOUT_MILLIS);
            for (InetSocketAddress target : targets()) {
                for (String probe : List.of("who is JellyfinServer?", "who is EmbyServer?")) {
                    byte[] data = probe.getBytes(StandardCharsets.UTF_8);
                    try {
                        socket.send(new DatagramPacket(data, data.length, target));
                    } catch (IOException e) {
                        logger.debug("Cannot send the discovery probe to {}: {}", target, e.getMessage());
                    }
                }
            }
            long end = System.nanoTime() + listenTime.toNanos();
            byte[] buffer = new byte[MAX_ANSWER_LENGTH];
            while (System.nanoTime() < end) {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                try {
                    socket.receive(packet);
                } catch (SocketTimeoutException e) {
                    continue;
                }
                String reply = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
                DiscoveryResult result = result(reply, packet.getAddress());
                if (result != null) {
                    thingDiscovered(result);
                } else {
                    logger.debug("Ignoring a discovery answer that is not a server's from {}", packet.getAddress());
                }
            }
        } catch (IOException e) {
            logger.debug("Server discovery failed: {}", e.getMessage());
        }
    }

    private Collection<InetSocketAddress> targets() {
        List<InetSocketAddress> fixed = fixedTargets;
        if (fixed != null) {
            return fixed;
        }
        Set<InetSocketAddress> targets = new LinkedHashSet<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) {
                    continue;
                }
                for (InterfaceAddress address : nic.getInterfaceAddresses()) {
                    InetAddress broadcast = address.getBroadcast();
                    if (broadcast != null) {
                        targets.add(new InetSocketAddress(broadcast, DISCOVERY_PORT));
                    }
                }
            }
        } catch (SocketException e) {
            logger.debug("Cannot list the network interfaces: {}", e.getMessage());
        }
        targets.add(new InetSocketAddress("255.255.255.255", DISCOVERY_PORT));
        return targets;
    }

    /**
     * A server's answer to the probe: {@code {"Address":"http://…:8096","Id":"…","Name":"…"}}. The host, port, ssl
     * and base path come from the answer's address, else from the sender's address and the default port.
     *
     * @return the server thing to offer, or null when the answer is not a server's (bad JSON, no id, no usable
     *         address)
     */
    static @Nullable DiscoveryResult result(String reply, InetAddress sender) {
        if (reply.length() > MAX_ANSWER_LENGTH) {
            return null;
        }
        try {
            JsonElement element = JsonParser.parseString(reply);
            if (!element.isJsonObject()) {
                return null;
            }
            JsonObject json = element.getAsJsonObject();
            String id = string(json, "Id");
            if (id == null || !id.matches("[0-9A-Fa-f-]{32,36}")) {
                return null;
            }
            String address = string(json, "Address");
            URI uri = new URI(
                    address == null ? "http://" + sender.getHostAddress() + ":" + DEFAULT_HTTP_PORT : address);
            String host = uri.getHost();
            if (host == null || (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()))) {
                return null;
            }
            boolean ssl = "https".equals(uri.getScheme());
            String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
            String name = string(json, "Name");
            // 32 hex digits, or the id as checked above (hex digits and '-'): a valid thing id as it is
            String serverId = Guids.normalize(id);
            DiscoveryResultBuilder builder = DiscoveryResultBuilder.create(new ThingUID(THING_TYPE_SERVER, serverId))
                    .withLabel(name == null || name.isBlank() ? "Jellyfin / Emby Server" : name)
                    .withProperty("hostname", host)
                    .withProperty("port",
                            uri.getPort() > 0 ? uri.getPort() : ssl ? DEFAULT_HTTPS_PORT : DEFAULT_HTTP_PORT)
                    .withProperty("ssl", ssl).withProperty(PROPERTY_SERVER_ID, serverId)
                    .withRepresentationProperty(PROPERTY_SERVER_ID);
            if (!path.isEmpty()) {
                builder.withProperty("path", path);
            }
            return builder.build();
        } catch (JsonParseException | URISyntaxException | IllegalStateException e) {
            return null;
        }
    }

    private static @Nullable String string(JsonObject json, String name) {
        JsonElement value = json.get(name);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
    }
}
