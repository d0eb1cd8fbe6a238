package se.finsam.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;
import se.finsam.money.AllocationPart;
import se.finsam.money.Fraction;
import se.finsam.money.RoundingUnit;

/**
 * The columns and cells that take a share of a largest-remainder split apart, for the sections of an
 * {@link Detail#EXPLAINED explained} report: the weight and the sum of the weights, the exact quota, the
 * quota rounded down to the unit, the unit left over and the remainder that ranked it, and the amount.
 */
final class Explanations {

    /** How many more decimals than its unit an exact quota is shown with before it is rounded. */
    static final int QUOTA_EXTRA_DECIMALS = 4;

    private Explanations() {
    }

    /** The columns of {@link #cells}, after a section's own leading columns. */
    static List<Column> columns() {
        return List.of(Column.numbers("weight", "column.weight"), Column.numbers("weightSum", "column.weightSum"),
                Column.numbers("quota", "column.quota"), Column.numbers("roundedDown", "column.roundedDown"),
                Column.numbers("extraUnit", "column.extraUnit"), Column.words("remainder", "column.remainder"),
                Column.numbers("amount", "column.amount"));
    }

    /** The leading columns, then {@link #columns}. */
    static List<Column> columns(Column... leading) {
        List<Column> all = new ArrayList<>(List.of(leading));
        all.addAll(columns());
        return all;
    }

    /** The cells of {@link #columns} for one share. */
    static List<Cell> cells(AllocationPart<?> part) {
        RoundingUnit unit = part.unit();
        CurrencyUnit currency = part.amount().getCurrency();
        return List.of(weight(part.weight()), weight(part.weightSum()), quota(part.quota(), unit, currency),
                Cell.money(part.floor(), unit), Cell.count(part.receivedRemainderUnit() ? 1 : 0),
                Cell.text(part.remainder().toString()), Cell.money(part.amount(), unit));
    }

    /** The cells of {@link #columns} for an amount that was not split by weights, e.g. given as it is. */
    static List<Cell> given(Cell amount) {
        return List.of(Cell.EMPTY, Cell.EMPTY, Cell.EMPTY, Cell.EMPTY, Cell.EMPTY, Cell.EMPTY, amount);
    }

    /** The leading cells, then the part's. */
    static Cell[] row(AllocationPart<?> part, Cell... leading) {
        return concat(leading, cells(part));
    }

    /** The leading cells, then {@link #given}. */
    static Cell[] givenRow(Cell amount, Cell... leading) {
        return concat(leading, given(amount));
    }

    private static Cell[] concat(Cell[] leading, List<Cell> rest) {
        List<Cell> all = new ArrayList<>(List.of(leading));
        all.addAll(rest);
        return all.toArray(new Cell[0]);
    }

    /** A weight as given, with its own decimals. */
    static Cell weight(BigDecimal weight) {
        BigDecimal stripped = weight.stripTrailingZeros();
        return new Cell.Decimal(weight, Math.max(0, stripped.scale()));
    }

    /**
     * An exact quota: exactly, with at most {@link #QUOTA_EXTRA_DECIMALS} more decimals than the unit, or
     * rounded half even at that many where it does not end there (the note of the section says so, and the
     * remainder column gives the exact fraction).
     */
    static Cell quota(Fraction quota, RoundingUnit unit, CurrencyUnit currency) {
        int scale = unit.scale();
        for (int extra = 0; extra <= QUOTA_EXTRA_DECIMALS; extra++) {
            BigDecimal exact = quota.toBigDecimal(scale + extra, RoundingMode.DOWN);
            if (Fraction.from(exact).equals(quota)) {
                return new Cell.Money(exact, scale + extra, currency);
            }
        }
        int shown = scale + QUOTA_EXTRA_DECIMALS;
        return new Cell.Money(quota.toBigDecimal(shown, RoundingMode.HALF_EVEN), shown, currency);
    }
}
