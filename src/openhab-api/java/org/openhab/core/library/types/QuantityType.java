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
package org.openhab.core.library.types;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

import javax.measure.Dimension;
import javax.measure.IncommensurableException;
import javax.measure.Quantity;
import javax.measure.UnconvertibleException;
import javax.measure.Unit;
import javax.measure.format.MeasurementParseException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.Command;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

import tech.units.indriya.AbstractUnit;
import tech.units.indriya.format.SimpleUnitFormat;

/**
 * Stand-in: a number with a unit of measurement, e.g. "120 s".
 *
 * @param <T> the quantity
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault
public class QuantityType<T extends Quantity<T>> extends Number
        implements PrimitiveType, State, Command, Comparable<QuantityType<T>> {

    private static final long serialVersionUID = 1L;

    public static final QuantityType<javax.measure.quantity.Dimensionless> ZERO = new QuantityType<>(0,
            AbstractUnit.ONE);
    public static final QuantityType<javax.measure.quantity.Dimensionless> ONE = new QuantityType<>(1,
            AbstractUnit.ONE);

    private final BigDecimal value;
    private final Unit<T> unit;

    @SuppressWarnings("unchecked")
    public QuantityType() {
        this.value = BigDecimal.ZERO;
        this.unit = (Unit<T>) AbstractUnit.ONE;
    }

    public QuantityType(String value) {
        this(value, Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    public QuantityType(String value, Locale locale) {
        String text = value.trim();
        int split = text.indexOf(' ');
        if (split < 0) {
            split = firstUnitChar(text);
        }
        String number = split < 0 ? text : text.substring(0, split).trim();
        String symbol = split < 0 ? "" : text.substring(split).trim();
        this.value = new DecimalType(number, locale).toBigDecimal();
        if (symbol.isEmpty()) {
            this.unit = (Unit<T>) AbstractUnit.ONE;
        } else {
            try {
                this.unit = (Unit<T>) parseUnit(symbol);
            } catch (MeasurementParseException e) {
                throw new IllegalArgumentException("Invalid unit in quantity: " + value, e);
            }
        }
    }

    public QuantityType(Number value, Unit<T> unit) {
        this.value = toBig(value);
        this.unit = unit;
    }

    private static int firstUnitChar(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(Character.isDigit(c) || c == '.' || c == '-' || c == '+' || c == 'E' || c == 'e')) {
                return i;
            }
        }
        return -1;
    }

    private static Unit<?> parseUnit(String symbol) {
        if ("%".equals(symbol)) {
            return Units.PERCENT;
        }
        return SimpleUnitFormat.getInstance().parse(symbol);
    }

    private static BigDecimal toBig(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof DecimalType decimal) {
            return decimal.toBigDecimal();
        }
        return new BigDecimal(number.toString());
    }

    public static <T extends Quantity<T>> QuantityType<T> valueOf(double value, Unit<T> unit) {
        return new QuantityType<>(BigDecimal.valueOf(value), unit);
    }

    public static <T extends Quantity<T>> QuantityType<T> valueOf(String value) {
        return new QuantityType<>(value);
    }

    public Unit<T> getUnit() {
        return unit;
    }

    public Dimension getDimension() {
        return unit.getDimension();
    }

    public BigDecimal toBigDecimal() {
        return value;
    }

    /**
     * Converts to another unit of the same dimension.
     *
     * @param targetUnit the unit
     * @return the converted quantity or null when the units are not compatible
     */
    @SuppressWarnings("unchecked")
    public @Nullable QuantityType<T> toUnit(Unit<?> targetUnit) {
        if (targetUnit.equals(unit)) {
            return this;
        }
        try {
            Number converted = unit.getConverterToAny(targetUnit).convert(value);
            BigDecimal result = toBig(converted).stripTrailingZeros();
            if (result.scale() < 0) {
                result = result.setScale(0);
            }
            return new QuantityType<>(result, (Unit<T>) targetUnit);
        } catch (UnconvertibleException | IncommensurableException e) {
            return null;
        }
    }

    public @Nullable QuantityType<T> toUnit(String targetUnit) {
        try {
            return toUnit(parseUnit(targetUnit));
        } catch (MeasurementParseException e) {
            return null;
        }
    }

    public QuantityType<T> add(QuantityType<T> state) {
        QuantityType<T> other = Objects.requireNonNull(state.toUnit(unit), "incompatible units");
        return new QuantityType<>(value.add(other.value), unit);
    }

    public QuantityType<T> subtract(QuantityType<T> state) {
        QuantityType<T> other = Objects.requireNonNull(state.toUnit(unit), "incompatible units");
        return new QuantityType<>(value.subtract(other.value), unit);
    }

    public QuantityType<T> negate() {
        return new QuantityType<>(value.negate(), unit);
    }

    @Override
    public String toString() {
        return toFullString();
    }

    @Override
    public String toFullString() {
        if (AbstractUnit.ONE.equals(unit)) {
            return value.toPlainString();
        }
        return value.toPlainString() + " " + unit;
    }

    @Override
    public String format(String pattern) {
        String withUnit = pattern.replace("%unit%", unit.toString());
        try {
            return String.format(withUnit, value.toBigIntegerExact());
        } catch (ArithmeticException | java.util.IllegalFormatConversionException e) {
            return String.format(withUnit, value);
        }
    }

    @Override
    public int compareTo(QuantityType<T> o) {
        QuantityType<T> other = o.toUnit(unit);
        if (other == null) {
            throw new IllegalArgumentException("Can not compare incompatible units.");
        }
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof QuantityType<?> other) || !unit.isCompatible(other.unit)) {
            return false;
        }
        QuantityType<?> converted = other.toUnit(unit);
        return converted != null && value.compareTo(converted.value) == 0;
    }

    @Override
    public int hashCode() {
        QuantityType<T> system = toUnit(unit.getSystemUnit());
        BigDecimal normal = system != null ? system.value : value;
        return 31 * unit.getSystemUnit().hashCode() + normal.stripTrailingZeros().hashCode();
    }

    @Override
    public double doubleValue() {
        return value.doubleValue();
    }

    @Override
    public float floatValue() {
        return value.floatValue();
    }

    @Override
    public int intValue() {
        return value.intValue();
    }

    @Override
    public long longValue() {
        return value.longValue();
    }

    @Override
    public <U extends State> @Nullable U as(@Nullable Class<U> target) {
        if (target == OnOffType.class) {
            return target.cast(OnOffType.from(value.signum() != 0));
        } else if (target == DecimalType.class) {
            return target.cast(new DecimalType(value));
        } else if (target == PercentType.class) {
            if (Units.PERCENT.equals(unit)) {
                return target.cast(new PercentType(value));
            }
            return target.cast(new PercentType(value.multiply(BigDecimal.valueOf(100))));
        }
        return State.super.as(target);
    }
}
