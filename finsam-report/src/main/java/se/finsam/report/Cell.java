package se.finsam.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import se.finsam.money.AmountFormat;
import se.finsam.money.RoundingUnit;

/**
 * One value in a report, typed, so that every format can show it its own way: a table as
 * {@code 1 308 750 kr}, CSV as {@code 1308750}, a workbook as a number with the format {@code # ##0 "kr"}.
 * A cell holds the exact value; only a {@link Percent} and a {@link Decimal} are rounded, when shown, half up
 * to the decimals they carry.
 */
public sealed interface Cell permits Cell.Money, Cell.Percent, Cell.Count, Cell.Decimal, Cell.Date, Cell.Word,
        Cell.Named, Cell.Words, Cell.Empty {

    /** The empty cell. */
    Cell EMPTY = new Empty();

    /**
     * An amount at a rounding unit: shown with the unit's decimals ({@code 1 308 750 kr} at 1 kr,
     * {@code 1 308 750,00 kr} at 1 öre).
     *
     * @param amount the amount, a whole number of units
     * @param unit the rounding unit
     * @return the cell
     * @throws ArithmeticException if the amount is not a whole number of units
     */
    static Cell money(MonetaryAmount amount, RoundingUnit unit) {
        return new Money(unit.decimalOf(unit.unitsOf(amount)), unit.scale(), amount.getCurrency());
    }

    /**
     * A count: participants, members, days.
     *
     * @param value the count
     * @return the cell
     */
    static Cell count(long value) {
        return new Count(value);
    }

    /**
     * A year, shown without grouping ({@code 2007}).
     *
     * @param year the year
     * @return the cell
     */
    static Cell year(int year) {
        return new Words(Text.literal(Integer.toString(year)));
    }

    /**
     * Document text.
     *
     * @param text the text
     * @return the cell
     */
    static Cell text(String text) {
        return new Words(Text.literal(text));
    }

    /**
     * A message of the catalogue.
     *
     * @param key the key
     * @param args what fills its placeholders
     * @return the cell
     */
    static Cell label(String key, Cell... args) {
        return new Words(Text.of(key, args));
    }

    /**
     * An amount of money, exact at its unit's decimals.
     *
     * @param value the amount, with at most {@code scale} decimals
     * @param scale the decimals it is shown with (the rounding unit's)
     * @param currency its currency
     */
    record Money(BigDecimal value, int scale, CurrencyUnit currency) implements Cell {
        /**
         * An amount.
         *
         * @param value the amount
         * @param scale the decimals it is shown with, from 0 to 1 000
         * @param currency its currency
         * @throws IllegalArgumentException if the amount has more decimals than {@code scale}
         */
        public Money {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(currency, "currency");
            checkScale(value, scale);
        }
    }

    /**
     * A percentage, exact, shown rounded half up to {@code decimals}: {@code 34,9 %}.
     *
     * @param value the percentage (34.9 for 34,9 %), exact
     * @param decimals the decimals it is shown with
     */
    record Percent(BigDecimal value, int decimals) implements Cell {
        /**
         * A percentage.
         *
         * @param value the percentage, exact
         * @param decimals the decimals it is shown with, from 0 to 1 000
         */
        public Percent {
            Objects.requireNonNull(value, "value");
            checkDecimals(decimals);
        }

        /**
         * The percentage as shown: rounded half up to its decimals.
         *
         * @return the rounded percentage
         */
        public BigDecimal shown() {
            return value.setScale(decimals, RoundingMode.HALF_UP);
        }
    }

    /**
     * A count.
     *
     * @param value the count
     */
    record Count(long value) implements Cell {
    }

    /**
     * A decimal number that is not money: a key's weight, days, a rate; exact, shown rounded half up to
     * {@code decimals}.
     *
     * @param value the number, exact
     * @param decimals the decimals it is shown with
     */
    record Decimal(BigDecimal value, int decimals) implements Cell {
        /**
         * A decimal.
         *
         * @param value the number
         * @param decimals the decimals it is shown with, from 0 to 1 000
         */
        public Decimal {
            Objects.requireNonNull(value, "value");
            checkDecimals(decimals);
        }

        /**
         * The number as shown: rounded half up to its decimals.
         *
         * @return the rounded number
         */
        public BigDecimal shown() {
            return value.setScale(decimals, RoundingMode.HALF_UP);
        }
    }

    /**
     * A date, shown as ISO 8601 ({@code 2007-11-01}) in every language.
     *
     * @param value the date
     */
    record Date(LocalDate value) implements Cell {
        /**
         * A date.
         *
         * @param value the date
         */
        public Date {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A value of a closed set (a kind of member, a project's status, a cost basis): its code for programs,
     * its word for people.
     *
     * @param code the code, as in the document and its JSON ({@code MUNICIPALITY})
     * @param text the word ({@code Kommun}, {@code Municipality})
     */
    record Word(String code, Text text) implements Cell {
        /**
         * A value of a closed set.
         *
         * @param code the code
         * @param text the word
         */
        public Word {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Something the document names: a member, a project, an association. People see its name; CSV gives
     * its id beside the name.
     *
     * @param id its id in the document
     * @param name its name
     */
    record Named(String id, String name) implements Cell {
        /**
         * A named thing.
         *
         * @param id its id
         * @param name its name
         */
        public Named {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * Words: a label of the catalogue or text of the document.
     *
     * @param text the words
     */
    record Words(Text text) implements Cell {
        /**
         * Words.
         *
         * @param text the words
         */
        public Words {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Nothing: a blank cell. */
    record Empty() implements Cell {
    }

    private static void checkDecimals(int decimals) {
        if (decimals < 0 || decimals > 1000) {
            throw new IllegalArgumentException("Decimals must be from 0 to 1000, was " + decimals);
        }
    }

    private static void checkScale(BigDecimal value, int scale) {
        checkDecimals(scale);
        if (value.stripTrailingZeros().scale() > scale) {
            throw new IllegalArgumentException("Amount " + AmountFormat.plain(value) + " has more than " + scale + " decimals");
        }
    }
}
