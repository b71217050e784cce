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
/**
 * Integration tests of the binding's bundle in a real openHAB runtime: an OSGi framework with the real openHAB
 * core bundles, the binding's jar as built, and these tests in a bundle of their own, driving the binding only
 * through openHAB's registries and event bus against the embedded server simulator on 127.0.0.1.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.openhab.binding.jellyfin.tests;
