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
package org.openhab.binding.jellyfin.host;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.jellyfin.host.TestThings.ChannelSpec;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.type.ChannelKind;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the binding's own thing descriptors ({@code ESH-INF/thing/*.xml}) and builds things with exactly the channels
 * they declare, as openHAB would from the thing type registry. Tests and the probe then run the handlers on the same
 * channels users get.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class Descriptors {

    /** A thing type as declared: its channels (id to channel type id) and the channel types' item types. */
    public record ThingTypeDescriptor(String id, boolean bridge, Map<String, String> channels) {
    }

    private final Map<String, ThingTypeDescriptor> thingTypes = new LinkedHashMap<>();
    /** Channel type id to item type ("trigger" for trigger channels). */
    private final Map<String, String> channelTypes = new LinkedHashMap<>();
    private final Map<String, List<String>> configParameters = new LinkedHashMap<>();

    private Descriptors() {
    }

    /** Reads {@code ESH-INF/thing/*.xml} below the project directory (the working directory of tests). */
    public static Descriptors load() {
        return load(Path.of("ESH-INF", "thing"));
    }

    public static Descriptors load(Path directory) {
        Descriptors descriptors = new Descriptors();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.xml")) {
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    descriptors.read(in);
                }
            }
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("Cannot read the thing descriptors in " + directory + ": " + e, e);
        }
        return descriptors;
    }

    private void read(InputStream in) throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        Document document = factory.newDocumentBuilder().parse(in);
        for (String tag : List.of("thing-type", "bridge-type")) {
            NodeList types = document.getElementsByTagName(tag);
            for (int i = 0; i < types.getLength(); i++) {
                Element type = (Element) types.item(i);
                Map<String, String> channels = new LinkedHashMap<>();
                NodeList channelNodes = type.getElementsByTagName("channel");
                for (int c = 0; c < channelNodes.getLength(); c++) {
                    Element channel = (Element) channelNodes.item(c);
                    channels.put(channel.getAttribute("id"), channel.getAttribute("typeId"));
                }
                String id = type.getAttribute("id");
                thingTypes.put(id, new ThingTypeDescriptor(id, "bridge-type".equals(tag), channels));
                List<String> parameters = new ArrayList<>();
                NodeList parameterNodes = type.getElementsByTagName("parameter");
                for (int p = 0; p < parameterNodes.getLength(); p++) {
                    parameters.add(((Element) parameterNodes.item(p)).getAttribute("name"));
                }
                configParameters.put(id, parameters);
            }
        }
        NodeList channelTypeNodes = document.getElementsByTagName("channel-type");
        for (int i = 0; i < channelTypeNodes.getLength(); i++) {
            Element channelType = (Element) channelTypeNodes.item(i);
            String kind = text(channelType, "kind");
            String itemType = text(channelType, "item-type");
            channelTypes.put(channelType.getAttribute("id"),
                    "trigger".equals(kind) ? "trigger" : itemType == null ? "" : itemType);
        }
    }

    private static @Nullable String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }

    public Map<String, ThingTypeDescriptor> thingTypes() {
        return thingTypes;
    }

    public Map<String, String> channelTypes() {
        return channelTypes;
    }

    /** The configuration parameter names of a thing type. */
    public List<String> configParameters(String thingTypeId) {
        return configParameters.getOrDefault(thingTypeId, List.of());
    }

    /** The item type a channel of a thing type accepts ("trigger" for a trigger channel). */
    public String itemType(String thingTypeId, String channelId) {
        ThingTypeDescriptor type = thingType(thingTypeId);
        String channelTypeId = type.channels().get(channelId);
        if (channelTypeId == null) {
            throw new IllegalArgumentException(thingTypeId + " has no channel " + channelId);
        }
        return itemTypeOf(channelTypeId);
    }

    public Bridge bridge(ThingTypeUID type, String id, Map<String, Object> config) {
        return TestThings.bridge(type, id, config, specs(type.getId()));
    }

    public Thing thing(ThingTypeUID type, ThingUID bridgeUID, String id, Map<String, Object> config) {
        return TestThings.thing(type, bridgeUID, id, config, specs(type.getId()));
    }

    private ChannelSpec[] specs(String thingTypeId) {
        List<ChannelSpec> specs = new ArrayList<>();
        thingType(thingTypeId).channels().forEach((channelId, channelTypeId) -> {
            String itemType = itemTypeOf(channelTypeId);
            String typeId = channelTypeId.startsWith("system.") ? null : channelTypeId;
            specs.add("trigger".equals(itemType) ? new ChannelSpec(channelId, null, ChannelKind.TRIGGER, typeId)
                    : new ChannelSpec(channelId, itemType, ChannelKind.STATE, typeId));
        });
        return specs.toArray(ChannelSpec[]::new);
    }

    private ThingTypeDescriptor thingType(String thingTypeId) {
        ThingTypeDescriptor type = thingTypes.get(thingTypeId);
        if (type == null) {
            throw new IllegalArgumentException("no thing type " + thingTypeId + " in the descriptors");
        }
        return type;
    }

    private String itemTypeOf(String channelTypeId) {
        String system = SYSTEM_CHANNEL_TYPES.get(channelTypeId);
        if (system != null) {
            return system;
        }
        String itemType = channelTypes.get(channelTypeId);
        if (itemType == null) {
            throw new IllegalArgumentException("no channel type " + channelTypeId + " in the descriptors");
        }
        return itemType;
    }

    /** openHAB's system channel types the binding uses, with the item types openHAB gives them. */
    private static final Map<String, String> SYSTEM_CHANNEL_TYPES = Map.of("system.media-control", "Player",
            "system.volume", "Dimmer", "system.mute", "Switch", "system.media-title", "String",
            "system.media-artist", "String");
}
