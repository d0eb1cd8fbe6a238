package se.finsam.national;

import java.util.EnumMap;
import java.util.Objects;
import javax.money.MonetaryAmount;
import se.finsam.money.RoundingUnit;

/**
 * The column sums of a {@link NationalAllocation}, over every association: the model's parts, the
 * redistribution, how many associations a limit held, and the matching. Reports and documents show them
 * under their tables; they are computed here once, exactly, in units of the allocation's rounding unit.
 *
 * <pre>{@code
 * NationalTotals totals = national.totals();
 * totals.unitsOf(NationalTotals.Column.UNMATCHED);   // what the members of all associations leave unmatched
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NationalTotals {

    /** The columns summed. */
    public enum Column {
        /** The bases, one per association. */
        BASE,
        /** The parts by försörjningsmått. */
        SUPPORT_MEASURE_PART,
        /** The parts by population aged 16–64. */
        POPULATION_PART,
        /** The model amounts, before the limits. */
        MODEL_AMOUNT,
        /** What the limits moved between associations: zero, as it is only moved. */
        REDISTRIBUTION,
        /** The state money: each allocation and supplementary grant. */
        STATE_AMOUNT,
        /** The state money the members match. */
        EFFECTIVE_STATE,
        /** What the regions pay in matching. */
        REGIONS,
        /** What the municipalities pay in matching. */
        MUNICIPALITIES,
        /** The state money left unmatched. */
        UNMATCHED
    }

    private final RoundingUnit unit;
    private final EnumMap<Column, Long> units = new EnumMap<>(Column.class);
    private final int limited;

    private NationalTotals(NationalAllocation national) {
        this.unit = national.unit();
        int held = 0;
        for (AssociationAllocation a : national.allocation().allocations()) {
            add(Column.BASE, a.base());
            add(Column.SUPPORT_MEASURE_PART, a.supportMeasurePart());
            add(Column.POPULATION_PART, a.populationPart());
            add(Column.MODEL_AMOUNT, a.modelAmount());
            add(Column.REDISTRIBUTION, a.redistribution());
            held += a.limitApplied() == LimitApplied.NONE ? 0 : 1;
        }
        for (Matching m : national.matching()) {
            add(Column.STATE_AMOUNT, m.stateAmount());
            add(Column.EFFECTIVE_STATE, m.effectiveState());
            add(Column.REGIONS, m.regions());
            add(Column.MUNICIPALITIES, m.municipalities());
            add(Column.UNMATCHED, m.unmatched());
        }
        this.limited = held;
    }

    /** Each amount is at most 10^15 units, and there are at most 1 000 associations: a sum fits a long. */
    private void add(Column column, MonetaryAmount amount) {
        units.merge(column, unit.unitsOf(amount), Math::addExact);
    }

    /**
     * Sums the columns of an allocation.
     *
     * @param national the allocation
     * @return its totals
     */
    public static NationalTotals of(NationalAllocation national) {
        return new NationalTotals(Objects.requireNonNull(national, "national"));
    }

    /**
     * The sum of a column, as a count of units of the allocation's rounding unit.
     *
     * @param column the column
     * @return the units
     */
    public long unitsOf(Column column) {
        return units.getOrDefault(Objects.requireNonNull(column, "column"), 0L);
    }

    /**
     * The rounding unit the sums count.
     *
     * @return the unit
     */
    public RoundingUnit unit() {
        return unit;
    }

    /**
     * How many associations a limit held: a floor or a ceiling.
     *
     * @return the count
     */
    public int limited() {
        return limited;
    }
}
