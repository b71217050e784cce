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

import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.annotations.SerializedName;

/**
 * BaseItemPerson of the Jellyfin 10.11 OpenAPI spec, every property mapped, as a generated client
 * maps it. Written by {@code src/jmh/generate-dtos.py}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
public class BaseItemPerson {
    @SerializedName("Name")
    public @Nullable String name;
    @SerializedName("Id")
    public @Nullable String id;
    @SerializedName("Role")
    public @Nullable String role;
    @SerializedName("Type")
    public @Nullable PersonKind type;
    @SerializedName("PrimaryImageTag")
    public @Nullable String primaryImageTag;
    @SerializedName("ImageBlurHashes")
    public @Nullable BaseItemPersonImageBlurHashes imageBlurHashes;

    /** The inline object BaseItemPersonImageBlurHashes of the spec. */
    public static class BaseItemPersonImageBlurHashes {
        @SerializedName("Primary")
        public @Nullable Map<String, String> primary;
        @SerializedName("Art")
        public @Nullable Map<String, String> art;
        @SerializedName("Backdrop")
        public @Nullable Map<String, String> backdrop;
        @SerializedName("Banner")
        public @Nullable Map<String, String> banner;
        @SerializedName("Logo")
        public @Nullable Map<String, String> logo;
        @SerializedName("Thumb")
        public @Nullable Map<String, String> thumb;
        @SerializedName("Disc")
        public @Nullable Map<String, String> disc;
        @SerializedName("Box")
        public @Nullable Map<String, String> box;
        @SerializedName("Screenshot")
        public @Nullable Map<String, String> screenshot;
        @SerializedName("Menu")
        public @Nullable Map<String, String> menu;
        @SerializedName("Chapter")
        public @Nullable Map<String, String> chapter;
        @SerializedName("BoxRear")
        public @Nullable Map<String, String> boxRear;
        @SerializedName("Profile")
        public @Nullable Map<String, String> profile;
    }
}
