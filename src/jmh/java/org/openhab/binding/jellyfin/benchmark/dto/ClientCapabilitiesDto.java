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
package org.openhab.binding.jellyfin.benchmark.dto;

import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.annotations.SerializedName;

/**
 * ClientCapabilitiesDto of the Jellyfin 10.11 OpenAPI spec, every property mapped, as a generated client
 * maps it. Written by {@code src/jmh/generate-dtos.py}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
public class ClientCapabilitiesDto {
    @SerializedName("PlayableMediaTypes")
    public @Nullable List<MediaType> playableMediaTypes;
    @SerializedName("SupportedCommands")
    public @Nullable List<GeneralCommandType> supportedCommands;
    @SerializedName("SupportsMediaControl")
    public @Nullable Boolean supportsMediaControl;
    @SerializedName("SupportsPersistentIdentifier")
    public @Nullable Boolean supportsPersistentIdentifier;
    @SerializedName("DeviceProfile")
    public @Nullable DeviceProfile deviceProfile;
    @SerializedName("AppStoreUrl")
    public @Nullable String appStoreUrl;
    @SerializedName("IconUrl")
    public @Nullable String iconUrl;
}
