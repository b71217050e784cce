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
package org.openhab.core.library.unit;

import javax.measure.Unit;
import javax.measure.quantity.Dimensionless;
import javax.measure.quantity.Time;

import org.eclipse.jdt.annotation.NonNullByDefault;

import tech.units.indriya.AbstractUnit;

/**
 * Stand-in: the units a binding of this kind uses, backed by indriya.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public final class Units {

    public static final Unit<Dimensionless> ONE = AbstractUnit.ONE;
    public static final Unit<Dimensionless> PERCENT = tech.units.indriya.unit.Units.PERCENT;
    public static final Unit<Time> SECOND = tech.units.indriya.unit.Units.SECOND;
    public static final Unit<Time> MINUTE = tech.units.indriya.unit.Units.MINUTE;
    public static final Unit<Time> HOUR = tech.units.indriya.unit.Units.HOUR;
    public static final Unit<Time> DAY = tech.units.indriya.unit.Units.DAY;

    private Units() {
    }
}
