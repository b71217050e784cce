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

import static org.eclipse.jdt.annotation.DefaultLocation.*;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.measure.Dimension;
import javax.measure.IncommensurableException;
import javax.measure.Quantity;
import javax.measure.Quantity.Scale;
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
import tech.units.indriya.format.NumberDelimiterQuantityFormat;
import tech.units.indriya.format.SimpleUnitFormat;
import tech.units.indriya.quantity.Quantities;

/**
 * Stand-in: a number with a unit of measurement, e.g. "120 s", held as an indriya {@link Quantity} as openHAB holds
 * it. It parses, converts, compares, hashes and prints as openHAB's does: text is split between number and unit and
 * read with indriya's quantity format; a converted value keeps the scale the conversion gives; two quantities of
 * compatible units are equal when their values in the system unit are; the hash code is that of unit and value as
 * they are (so 2 min and 120 s are equal but hash differently, as in openHAB); the full text is indriya's.
 * <p>
 * Loading the class loads openHAB's {@link Units}, which needs indriya and si-units, as openHAB's does.
 *
 * @param <T> the quantity
 * @author Jellyfin binding contributors - Initial contribution
 */
@NonNullByDefault({ PARAMETER, RETURN_TYPE, FIELD, TYPE_ARGUMENT })
public class QuantityType<T extends Quantity<T>> extends Number
        implements PrimitiveType, State, Command, Comparable<QuantityType<T>> {

    private static final long serialVersionUID = 1L;

    /** Between number and unit: blanks, or the place after a digit where a non-digit (not an exponent) starts. */
    private static final Pattern NUMBER_UNIT_SPLIT = Pattern.compile("\\s+|(?<=\\d)(?=\\D(?![+\\-]?\\d))");

    static {
        // openHAB's units and their symbols are known before the first quantity is parsed
        Units.getInstance();
    }

    public static final QuantityType<javax.measure.quantity.Dimensionless> ZERO = new QuantityType<>(0,
            AbstractUnit.ONE);
    public static final QuantityType<javax.measure.quantity.Dimensionless> ONE = new QuantityType<>(1,
            AbstractUnit.ONE);

    private final Quantity<T> quantity;

    @SuppressWarnings("unchecked")
    public QuantityType() {
        this.quantity = (Quantity<T>) ZERO.quantity;
    }

    public QuantityType(String value) {
        this(value, Locale.ENGLISH);
    }

    /**
     * Reads a quantity from text such as {@code "120 s"}, {@code "120s"} or {@code "35 %"}, or a plain number (unit
     * one).
     *
     * @throws NumberFormatException for a plain number that is not one
     * @throws IllegalArgumentException for text whose unit is unknown or does not follow the number
     */
    @SuppressWarnings("unchecked")
    public QuantityType(String value, Locale locale) {
        String[] parts = NUMBER_UNIT_SPLIT.split(value);
        if (parts.length > 0) {
            parts[0] = parts[0].toUpperCase(locale); // an exponent's e
        }
        String text = String.join(" ", parts);
        if (!text.contains(" ")) {
            DecimalFormat format = (DecimalFormat) NumberFormat.getInstance(locale);
            format.setParseBigDecimal(true);
            ParsePosition position = new ParsePosition(0);
            BigDecimal number = (BigDecimal) format.parseObject(text, position);
            if (number == null || position.getErrorIndex() != -1 || position.getIndex() < value.length()) {
                throw new NumberFormatException("Invalid BigDecimal value: " + value);
            }
            this.quantity = (Quantity<T>) Quantities.getQuantity(number, AbstractUnit.ONE, Scale.RELATIVE);
            return;
        }
        SimpleUnitFormat units = SimpleUnitFormat.getInstance();
        NumberDelimiterQuantityFormat format = new NumberDelimiterQuantityFormat.Builder()
                .setNumberFormat(NumberFormat.getInstance(locale)).setUnitFormat(units).setLocaleSensitive(true)
                .build();
        ParsePosition position = new ParsePosition(0);
        try {
            Quantity<T> parsed = (Quantity<T>) format.parse(text, position);
            if ((position.getErrorIndex() != -1 || position.getIndex() < value.length())
                    && !parsed.getUnit().equals(units.parse(value.substring(position.getIndex()).trim()))) {
                throw new IllegalArgumentException("Invalid Quantity value: " + value);
            }
            this.quantity = Quantities.getQuantity(parsed.getValue(), parsed.getUnit(), Scale.RELATIVE);
        } catch (MeasurementParseException e) {
            throw new IllegalArgumentException("Invalid Quantity value: " + value, e);
        }
    }

    @SuppressWarnings("unchecked")
    public QuantityType(Number value, Unit<T> unit) {
        BigDecimal decimal = value instanceof BigDecimal given ? given : new BigDecimal(value.toString());
        this.quantity = (Quantity<T>) Quantities.getQuantity(decimal, unit, Scale.RELATIVE);
    }

    private QuantityType(Quantity<T> quantity) {
        this.quantity = Quantities.getQuantity(quantity.getValue(), quantity.getUnit(), Scale.RELATIVE);
    }

    public static <T extends Quantity<T>> QuantityType<T> valueOf(double value, Unit<T> unit) {
        return new QuantityType<>(value, unit);
    }

    public static QuantityType<? extends Quantity<?>> valueOf(String value) {
        return new QuantityType<>(value);
    }

    public Unit<T> getUnit() {
        return quantity.getUnit();
    }

    public Dimension getDimension() {
        return getUnit().getDimension();
    }

    public BigDecimal toBigDecimal() {
        Number value = quantity.getValue();
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }

    /**
     * Converts to another unit of the same dimension.
     *
     * @param targetUnit the unit
     * @return the converted quantity, or null when the units are not compatible
     */
    @SuppressWarnings("unchecked")
    public @Nullable QuantityType<T> toUnit(Unit<?> targetUnit) {
        if (targetUnit.equals(getUnit())) {
            return this;
        }
        try {
            Number converted = getUnit().getConverterToAny(targetUnit).convert(quantity.getValue());
            return new QuantityType<>(Quantities.getQuantity(converted, targetUnit).getValue(), (Unit<T>) targetUnit);
        } catch (UnconvertibleException | IncommensurableException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    public @Nullable QuantityType<T> toUnit(String targetUnit) {
        Unit<T> unit = (Unit<T>) AbstractUnit.parse(targetUnit);
        return unit != null ? toUnit(unit) : null;
    }

    public QuantityType<T> add(QuantityType<T> state) {
        return new QuantityType<>(absolute().add(state.quantity));
    }

    public QuantityType<T> subtract(QuantityType<T> state) {
        return new QuantityType<>(absolute().subtract(state.quantity));
    }

    public QuantityType<T> negate() {
        return new QuantityType<>(quantity.negate());
    }

    private Quantity<T> absolute() {
        return Quantities.getQuantity(quantity.getValue(), quantity.getUnit(), Scale.ABSOLUTE);
    }

    @Override
    public String toString() {
        return toFullString();
    }

    @Override
    public String toFullString() {
        return quantity.toString();
    }

    /**
     * Formats with a {@link String#format} pattern in which {@code %unit%} stands for the unit; a whole number is
     * formatted as an integer when the pattern takes one. (openHAB also formats durations with date patterns such as
     * {@code %1$tM}; the stand-in does not.)
     */
    @Override
    public String format(String pattern) {
        boolean withUnit = pattern.contains("%unit%");
        String formatPattern = withUnit
                ? pattern.replace("%unit%", Units.PERCENT.equals(getUnit()) ? "%%" : getUnit().toString())
                : pattern;
        BigDecimal value = toBigDecimal();
        try {
            return String.format(formatPattern, value.toBigIntegerExact());
        } catch (ArithmeticException | java.util.IllegalFormatConversionException e) {
            return String.format(formatPattern, value);
        }
    }

    @Override
    public int compareTo(QuantityType<T> o) {
        return compareInSystemUnit(o);
    }

    private int compareInSystemUnit(QuantityType<?> other) {
        if (!getUnit().isCompatible(other.getUnit())) {
            throw new IllegalArgumentException("Can not compare incompatible units.");
        }
        QuantityType<T> mine = toUnit(getUnit().getSystemUnit());
        QuantityType<?> theirs = other.toUnit(other.getUnit().getSystemUnit());
        if (mine == null || theirs == null) {
            throw new IllegalArgumentException("Unable to convert to system unit during compare.");
        }
        return Double.compare(mine.doubleValue(), theirs.doubleValue());
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof QuantityType<?> other)) {
            return false;
        }
        if (getUnit().isCompatible(other.getUnit())) {
            return compareInSystemUnit(other) == 0;
        }
        if (getUnit().isCompatible(other.getUnit().inverse())) {
            QuantityType<?> inverse = new QuantityType<>(other.quantity.inverse());
            return compareInSystemUnit(inverse) == 0;
        }
        return false;
    }

    @Override
    public int hashCode() {
        return 31 * getUnit().hashCode() + 31 * quantity.getValue().hashCode();
    }

    @Override
    public double doubleValue() {
        return quantity.getValue().doubleValue();
    }

    @Override
    public float floatValue() {
        return quantity.getValue().floatValue();
    }

    @Override
    public int intValue() {
        return quantity.getValue().intValue();
    }

    @Override
    public long longValue() {
        return quantity.getValue().longValue();
    }

    /**
     * As openHAB converts: to {@link OnOffType} OFF for 0, ON for 1 (or any positive percentage), else null; to
     * {@link PercentType} through the percent unit (null for a unit that is not dimensionless); to
     * {@link DecimalType} the value as it is.
     */
    @Override
    public <U extends State> @Nullable U as(@Nullable Class<U> target) {
        if (target == OnOffType.class) {
            if (intValue() == 0) {
                return target.cast(OnOffType.OFF);
            } else if (Units.PERCENT.equals(getUnit())) {
                return target.cast(OnOffType.from(toBigDecimal().signum() > 0));
            } else if (toBigDecimal().compareTo(BigDecimal.ONE) == 0) {
                return target.cast(OnOffType.ON);
            }
            return null;
        } else if (target == PercentType.class) {
            QuantityType<T> inPercent = toUnit(Units.PERCENT);
            return inPercent == null ? null : target.cast(new PercentType(inPercent.toBigDecimal()));
        } else if (target == DecimalType.class) {
            return target.cast(new DecimalType(toBigDecimal()));
        }
        return State.super.as(target);
    }
}
