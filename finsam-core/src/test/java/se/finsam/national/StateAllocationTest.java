package se.finsam.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.finsam.testing.Samples.SEK;
import static se.finsam.testing.Samples.sek;

import java.math.BigDecimal;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import se.finsam.testing.EqualityGroups;
import se.finsam.association.AssociationId;
import se.finsam.money.RoundingUnit;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;
import se.finsam.testing.Raises;

/** The allocation model on small cases computed by hand, one for each limit, and its refusals. */
class StateAllocationTest {

    /** Base 1 000 kr, weights 50/50, no limits; the limits are added per test. */
    private static final AllocationModel HALF_AND_HALF = AllocationModel.of(sek("1000"), BigDecimal.valueOf(50),
            BigDecimal.valueOf(50), null, null);

    static AssociationFigures figures(String id, long population, String supportMeasure) {
        return AssociationFigures.of(AssociationId.of(id), "Samordningsförbundet " + id, population,
                new BigDecimal(supportMeasure));
    }

    static AssociationId id(String id) {
        return AssociationId.of(id);
    }

    /**
     * Four associations with försörjningsmått 4, 3, 2, 1 (sum 10) and population 100, 100, 300, 500
     * (sum 1 000). With weights 50/50 their model weights are
     * a: 0.5·4/10 + 0.5·100/1000 = 0.25, b: 0.15 + 0.05 = 0.20, c: 0.10 + 0.15 = 0.25, d: 0.05 + 0.25 = 0.30.
     */
    private static List<AssociationFigures> four(String previousA, String previousB, String previousC, String previousD) {
        return List.of(
                figures("a", 100, "4").withPreviousAllocation(sek(previousA)),
                figures("b", 100, "3").withPreviousAllocation(sek(previousB)),
                figures("c", 300, "2").withPreviousAllocation(sek(previousC)),
                figures("d", 500, "1").withPreviousAllocation(sek(previousD)));
    }

    private static long units(StateAllocation allocation, String id) {
        return allocation.unitsOf(id(id));
    }

    @Test
    void withoutLimits_everyAssociationGetsTheBaseAndItsWeightedShare() {
        // Base 100 kr, 1 300 kr to allocate, 75 % by försörjningsmått (1, 1, 2; sum 4) and 25 % by population
        // (100, 300, 0; sum 400). Weights: a 0.75·1/4 + 0.25·100/400 = 0.25, b 0.1875 + 0.1875 = 0.375,
        // c 0.75·2/4 = 0.375. Above the bases 1 300 − 3·100 = 1 000: a 250, b 375, c 375.
        // a's 250 splits 187.5 : 62.5 → 187 + 62 and one unit to the larger term: 188 + 62.
        AllocationModel model = AllocationModel.of(sek("100"), BigDecimal.valueOf(75), BigDecimal.valueOf(25), null, null);
        StateAllocation allocation = model.allocate(sek("1300"), List.of(figures("a", 100, "1"), figures("b", 300, "1"),
                figures("c", 0, "2")), RoundingUnit.KRONA);

        assertThat(allocation.allocations()).extracting(r -> r.amount()).containsExactly(sek("350"), sek("475"), sek("475"));
        AssociationAllocation a = allocation.allocationOf(id("a"));
        assertThat(a.base()).isEqualTo(sek("100"));
        assertThat(a.supportMeasurePart()).isEqualTo(sek("188"));
        assertThat(a.populationPart()).isEqualTo(sek("62"));
        assertThat(a.modelAmount()).isEqualTo(sek("350"));
        assertThat(a.limitApplied()).isEqualTo(LimitApplied.NONE);
        assertThat(a.redistribution()).isEqualTo(sek("0"));
        assertThat(allocation.allocationOf(id("c")).populationPart()).isEqualTo(sek("0"));
        assertThat(allocation.totalUnits()).isEqualTo(1300);
    }

    @Test
    void associationAllocations_areEqualByAssociationAmountsAndLimit() {
        StateAllocation limited = HALF_AND_HALF.withMaxDecrease(BigDecimal.TEN)
                .allocate(sek("14000"), four("3000", "3000", "3000", "5000"), RoundingUnit.KRONA);
        StateAllocation again = HALF_AND_HALF.withMaxDecrease(BigDecimal.TEN)
                .allocate(sek("14000"), four("3000", "3000", "3000", "5000"), RoundingUnit.KRONA);
        StateAllocation free = HALF_AND_HALF.allocate(sek("14000"), four("3000", "3000", "3000", "5000"),
                RoundingUnit.KRONA);
        EqualityGroups.create()
                .addGroup(limited.allocationOf(id("d")), again.allocationOf(id("d")))
                // The same model amount, no floor, no limit applied: 4 000 instead of 4 500.
                .addGroup(free.allocationOf(id("d")))
                .addGroup(limited.allocationOf(id("a")), again.allocationOf(id("a")))
                .addGroup(free.allocationOf(id("a")))
                .test();
        assertThat(limited.allocationOf(id("d")).amountUnits()).isEqualTo(4500);
        assertThat(limited.allocationOf(id("d")).unit()).isEqualTo(RoundingUnit.KRONA);
        assertThat(limited.allocationOf(id("d"))).hasToString(
                "AssociationAllocation[d: 4500 SEK, model 4000, floor 4500, DECREASE_LIMIT]");
        assertThat(free.allocationOf(id("d")).floor()).isEmpty();
        assertThat(free.allocationOf(id("d")).ceiling()).isEmpty();
    }

    @Test
    void decreaseLimit_holdsAnAssociationAtItsFloor_andTheOthersPayForIt() {
        // 14 000 kr, base 1 000: 10 000 above the bases → model a 3 500, b 3 000, c 3 500, d 4 000.
        // d had 5 000: at most 10 % less is 4 500, so d is held at 4 500 and receives 500.
        // a, b, c split 14 000 − 4 500 − 3·1 000 = 6 500 by 0.25 : 0.20 : 0.25 (5 : 4 : 5):
        // 2 321.43, 1 857.14, 2 321.43 → 2 321 + 1 857 + 2 321 = 6 499; the unit left goes to the largest
        // remainder, a tie between a and c broken by the order: a 2 322.
        // So a 3 322, b 2 857, c 3 321 (all above their floors of 2 700), d 4 500: sum 14 000.
        StateAllocation allocation = HALF_AND_HALF.withMaxDecrease(BigDecimal.TEN)
                .allocate(sek("14000"), four("3000", "3000", "3000", "5000"), RoundingUnit.KRONA);

        assertThat(allocation.allocations()).extracting(AssociationAllocation::amount)
                .containsExactly(sek("3322"), sek("2857"), sek("3321"), sek("4500"));
        AssociationAllocation d = allocation.allocationOf(id("d"));
        assertThat(d.modelAmount()).isEqualTo(sek("4000"));
        assertThat(d.floor()).contains(sek("4500"));
        assertThat(d.limitApplied()).isEqualTo(LimitApplied.DECREASE_LIMIT);
        assertThat(d.redistribution()).isEqualTo(sek("500"));
        assertThat(allocation.allocationOf(id("b")).redistribution()).isEqualTo(sek("-143"));
        assertThat(allocation.allocationOf(id("b")).limitApplied()).isEqualTo(LimitApplied.NONE);
        assertThat(allocation.explain(id("d"))).contains("floor 4 500 kr (previous 5 000 kr less 10 %, rounded up): applied",
                "received 500 kr");
        assertThat(allocation.explain(id("a"))).contains("not reached", "gave 178 kr");
    }

    @Test
    void decreaseLimit_repeatsUntilStable_whenTheRedistributionPushesAnotherBelowItsFloor() {
        // As above, but b had 3 300: floor 2 970. Its model amount 3 000 is above it, but after d is held
        // at 4 500 it would get 2 857, below 2 970: b is held too. a and c split
        // 14 000 − 4 500 − 2 970 − 2·1 000 = 4 530 equally: 2 265 each → 3 265.
        StateAllocation allocation = HALF_AND_HALF.withMaxDecrease(BigDecimal.TEN)
                .allocate(sek("14000"), four("3000", "3300", "3000", "5000"), RoundingUnit.KRONA);

        assertThat(allocation.allocations()).extracting(AssociationAllocation::amount)
                .containsExactly(sek("3265"), sek("2970"), sek("3265"), sek("4500"));
        assertThat(allocation.allocations()).extracting(AssociationAllocation::limitApplied).containsExactly(
                LimitApplied.NONE, LimitApplied.DECREASE_LIMIT, LimitApplied.NONE, LimitApplied.DECREASE_LIMIT);
        assertThat(allocation.allocationOf(id("b")).redistribution()).isEqualTo(sek("-30"));
    }

    @Test
    void decreaseLimit_doesNotProtectAnAssociationWithEquityAboveTheReasonableLevel() {
        // The first case, but d's equity is above the reasonable level: no floor, so d gets its model
        // amount 4 000 (20 % less than 5 000) and nobody pays for it.
        List<AssociationFigures> associations = four("3000", "3000", "3000", "5000");
        associations = List.of(associations.get(0), associations.get(1), associations.get(2),
                associations.get(3).withEquityAboveReasonableLevel(true));
        StateAllocation allocation = HALF_AND_HALF.withMaxDecrease(BigDecimal.TEN)
                .allocate(sek("14000"), associations, RoundingUnit.KRONA);

        assertThat(allocation.allocations()).extracting(AssociationAllocation::amount)
                .containsExactly(sek("3500"), sek("3000"), sek("3500"), sek("4000"));
        assertThat(allocation.allocationOf(id("d")).floor()).isEmpty();
        assertThat(allocation.allocationOf(id("d")).limitApplied()).isEqualTo(LimitApplied.NONE);
        assertThat(allocation.explain(id("d")))
                .contains("does not protect it: its equity is above the reasonable level (previous 5 000 kr)");
    }

    @Test
    void increaseLimit_holdsAssociationsAtTheirCeilings_andTheOthersReceiveTheMoney() {
        // At most 10 % more: ceilings a 3 300, b 3 300, c 3 740, d 3 960 (previous 3 000, 3 000, 3 400, 3 600).
        // Model a 3 500 and d 4 000 are above their ceilings: held at 3 300 and 3 960.
        // b and c split 14 000 − 3 300 − 3 960 − 2·1 000 = 4 740 by 4 : 5: 2 106.67 and 2 633.33 → 2 106 + 2 633,
        // the unit left to b (remainder 0.67): b 3 107, c 3 633, both under their ceilings. Sum 14 000.
        StateAllocation allocation = HALF_AND_HALF.withMaxIncrease(BigDecimal.TEN)
                .allocate(sek("14000"), four("3000", "3000", "3400", "3600"), RoundingUnit.KRONA);

        assertThat(allocation.allocations()).extracting(AssociationAllocation::amount)
                .containsExactly(sek("3300"), sek("3107"), sek("3633"), sek("3960"));
        assertThat(allocation.allocations()).extracting(AssociationAllocation::limitApplied).containsExactly(
                LimitApplied.INCREASE_LIMIT, LimitApplied.NONE, LimitApplied.NONE, LimitApplied.INCREASE_LIMIT);
        assertThat(allocation.allocations()).extracting(AssociationAllocation::redistribution)
                .containsExactly(sek("-200"), sek("107"), sek("133"), sek("-40"));
        assertThat(allocation.allocationOf(id("d")).ceiling()).contains(sek("3960"));
        assertThat(allocation.explain(id("a"))).contains("ceiling 3 300 kr", "applied", "gave 200 kr");
    }

    @Test
    void bothLimits_releaseAFloorWhenCeilingsFreeMoney() {
        // Base 0, everything by försörjningsmått 1, 1, 2: model 25, 25, 50 of 100.
        // Limits 10 % both ways; previous a 30, b 30, c 36: floors 27, 27, 33 (32.4 rounded up),
        // ceilings 33, 33, 39 (39.6 rounded down).
        // One round of "clamp every breaker" would hold a and b at 27 and c at 39: 93, not 100.
        // The exact rule: c at its ceiling 39; a and b free, splitting 61 equally: 30.5 each, the unit
        // to a (listed first): a 31, b 30. Both within 27..33, and c's exact share 0.5·122 = 61 ≥ 39.
        AllocationModel model = AllocationModel.of(sek("0"), BigDecimal.valueOf(100), BigDecimal.ZERO, BigDecimal.TEN,
                BigDecimal.TEN);
        StateAllocation allocation = model.allocate(sek("100"), List.of(
                figures("a", 0, "1").withPreviousAllocation(sek("30")),
                figures("b", 0, "1").withPreviousAllocation(sek("30")),
                figures("c", 0, "2").withPreviousAllocation(sek("36"))), RoundingUnit.KRONA);

        assertThat(allocation.allocations()).extracting(AssociationAllocation::amount)
                .containsExactly(sek("31"), sek("30"), sek("39"));
        assertThat(allocation.allocations()).extracting(AssociationAllocation::limitApplied)
                .containsExactly(LimitApplied.NONE, LimitApplied.NONE, LimitApplied.INCREASE_LIMIT);
        assertThat(allocation.allocationOf(id("c")).floor()).contains(sek("33"));
        assertThat(allocation.allocationOf(id("c")).ceiling()).contains(sek("39"));
    }

    @Test
    void limits_atTheThousandUnit_roundFloorsUpAndCeilingsDown() {
        // Unit 1 000 kr. Previous 4 001 000: 10 % less is 3 600 900, rounded up to 3 601 000; 10 % more is
        // 4 401 100, rounded down to 4 401 000.
        AllocationModel model = AllocationModel.of(sek("0"), BigDecimal.valueOf(100), BigDecimal.ZERO, BigDecimal.TEN,
                BigDecimal.TEN);
        StateAllocation allocation = model.allocate(sek("8000000"), List.of(
                figures("a", 0, "1").withPreviousAllocation(sek("4001000")),
                figures("b", 0, "9").withPreviousAllocation(sek("4000000"))), RoundingUnit.THOUSAND);

        assertThat(allocation.allocationOf(id("a")).floor()).contains(sek("3601000"));
        assertThat(allocation.allocationOf(id("a")).ceiling()).contains(sek("4401000"));
        // Model a 800 000, b 7 200 000. a is held at its floor 3 601 000; b, free, gets the rest, 4 399 000,
        // just under its ceiling 4 400 000 (both at their limits would need 8 001 000).
        assertThat(allocation.allocations()).extracting(AssociationAllocation::amount)
                .containsExactly(sek("3601000"), sek("4399000"));
    }

    // --- refusals ----------------------------------------------------------------------------------

    private static NationalValidationException refusal(Runnable call) {
        NationalValidationException e = catchThrowableOfType(NationalValidationException.class, call::run);
        assertThat(e).as("must be refused").isNotNull();
        return e;
    }

    @Test
    @Raises({ViolationCodes.NATIONAL_APPROPRIATION_BELOW_BASES})
    void appropriationSmallerThanTheBases_isRefused() {
        NationalValidationException e = refusal(() -> HALF_AND_HALF.allocate(sek("3999"),
                four("3000", "3000", "3000", "3000"), RoundingUnit.KRONA));

        assertThat(e.located()).singleElement().extracting(NationalViolation::part).isEqualTo(NationalViolation.Part.ALLOCATION);
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("/appropriation");
            assertThat(v.code()).isEqualTo(ViolationCodes.NATIONAL_APPROPRIATION_BELOW_BASES);
            assertThat(v.message()).contains("3 999 kr", "4 × 1 000 kr = 4 000 kr");
        });
    }

    @Test
    @Raises({ViolationCodes.NATIONAL_FLOORS_ABOVE_APPROPRIATION})
    void floorsAboveTheAppropriation_areRefused() {
        // Floors 2 700, 2 970, 2 700, 4 500 need 12 870 kr; only 12 000 to allocate.
        NationalValidationException e = refusal(() -> HALF_AND_HALF.withMaxDecrease(BigDecimal.TEN)
                .allocate(sek("12000"), four("3000", "3300", "3000", "5000"), RoundingUnit.KRONA));

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(ViolationCodes.NATIONAL_FLOORS_ABOVE_APPROPRIATION);
            assertThat(v.message()).contains("12 870 kr", "12 000 kr");
        });
    }

    @Test
    @Raises({ViolationCodes.NATIONAL_CEILINGS_BELOW_APPROPRIATION})
    void ceilingsBelowTheAppropriation_areRefused() {
        // Ceilings 3 300, 3 300, 3 740, 3 960 take at most 14 300 kr; 14 500 to allocate.
        NationalValidationException e = refusal(() -> HALF_AND_HALF.withMaxIncrease(BigDecimal.TEN)
                .allocate(sek("14500"), four("3000", "3000", "3400", "3600"), RoundingUnit.KRONA));

        assertThat(e.located()).singleElement().extracting(NationalViolation::part).isEqualTo(NationalViolation.Part.MODEL);
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("/maxIncrease");
            assertThat(v.code()).isEqualTo(ViolationCodes.NATIONAL_CEILINGS_BELOW_APPROPRIATION);
            assertThat(v.message()).contains("14 300 kr", "14 500 kr");
        });
    }

    @Test
    @Raises({ViolationCodes.NATIONAL_PREVIOUS_ALLOCATION_MISSING})
    void missingPreviousAllocation_isRefusedWhereALimitNeedsIt() {
        List<AssociationFigures> associations = List.of(
                figures("a", 100, "1").withPreviousAllocation(sek("3000")),
                figures("b", 100, "1"),
                figures("c", 100, "1").withEquityAboveReasonableLevel(true));

        NationalValidationException decrease = refusal(() -> HALF_AND_HALF.withMaxDecrease(BigDecimal.TEN)
                .allocate(sek("9000"), associations, RoundingUnit.KRONA));
        NationalValidationException increase = refusal(() -> HALF_AND_HALF.withMaxIncrease(BigDecimal.TEN)
                .allocate(sek("9000"), associations, RoundingUnit.KRONA));

        // c is not protected by the limit on decrease, so only b lacks what the limit needs.
        assertThat(Located.of(decrease.located())).containsExactly(
                Located.association(1, "/previousAllocation", ViolationCodes.NATIONAL_PREVIOUS_ALLOCATION_MISSING));
        assertThat(decrease.violations()).allSatisfy(v -> {
            assertThat(v.code()).isEqualTo(ViolationCodes.NATIONAL_PREVIOUS_ALLOCATION_MISSING);
            assertThat(v.message()).contains("'b'", "limit on decrease (10 %)");
        });
        // The limit on increase applies to everyone.
        assertThat(Located.of(increase.located())).containsExactly(
                Located.association(1, "/previousAllocation", ViolationCodes.NATIONAL_PREVIOUS_ALLOCATION_MISSING),
                Located.association(2, "/previousAllocation", ViolationCodes.NATIONAL_PREVIOUS_ALLOCATION_MISSING));
        // Without limits nothing is needed.
        assertThat(HALF_AND_HALF.allocate(sek("9000"), associations, RoundingUnit.KRONA).totalUnits()).isEqualTo(9000);
    }

    @Test
    @Raises({ViolationCodes.NATIONAL_DUPLICATE_ASSOCIATION})
    void badAmountsAndAssociations_areAllReportedAtOnce() {
        List<AssociationFigures> associations = List.of(
                figures("a", 100, "1").withPreviousAllocation(sek("3000.5")),
                figures("a", 100, "1").withPreviousAllocation(Money.of(3000, "EUR")));

        NationalValidationException e = refusal(() -> HALF_AND_HALF.withBase(sek("1000.50")).withMaxDecrease(BigDecimal.TEN)
                .allocate(sek("-5"), associations, RoundingUnit.KRONA));

        assertThat(Located.of(e.located())).containsExactlyInAnyOrder(
                Located.allocation("/appropriation", ViolationCodes.AMOUNT_NEGATIVE),
                Located.model("/base", ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT),
                Located.association(0, "/previousAllocation", ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT),
                Located.association(1, "/id", ViolationCodes.NATIONAL_DUPLICATE_ASSOCIATION),
                Located.association(1, "/previousAllocation", ViolationCodes.AMOUNT_CURRENCY_MISMATCH));
    }

    @Test
    @Raises({ViolationCodes.NATIONAL_ZERO_TOTAL})
    void measuresThatAreZeroEverywhere_areRefusedWhenTheyHaveAWeight() {
        NationalValidationException e = refusal(() -> HALF_AND_HALF.allocate(sek("9000"),
                List.of(figures("a", 0, "1"), figures("b", 0, "2")), RoundingUnit.KRONA));

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(ViolationCodes.NATIONAL_ZERO_TOTAL);
            assertThat(v.message()).contains("population", "50 %");
        });
        // With population weighing nothing the same figures are fine.
        assertThat(HALF_AND_HALF.withWeights(BigDecimal.valueOf(100), BigDecimal.ZERO)
                .allocate(sek("9000"), List.of(figures("a", 0, "1"), figures("b", 0, "2")), RoundingUnit.KRONA)
                .allocations()).extracting(AssociationAllocation::amount).containsExactly(sek("3333"), sek("5667"));
    }

    @Test
    @Raises({ViolationCodes.NATIONAL_NO_ASSOCIATIONS})
    void noAssociations_isRefused() {
        NationalValidationException e = refusal(() -> HALF_AND_HALF.allocate(sek("9000"), List.of(), RoundingUnit.KRONA));

        assertThat(e.violations()).extracting(Violation::code).containsExactly(ViolationCodes.NATIONAL_NO_ASSOCIATIONS);
    }

    @Test
    @Raises({ViolationCodes.NATIONAL_TOO_MANY_ASSOCIATIONS})
    void moreAssociationsThanTheLimit_areRefusedBeforeAnyArithmetic() {
        List<AssociationFigures> many = new java.util.ArrayList<>();
        for (int i = 0; i <= StateAllocation.MAX_ASSOCIATIONS; i++) {
            many.add(figures("a" + i, 1000, "1"));
        }

        NationalValidationException e = refusal(() -> HALF_AND_HALF.allocate(sek("999999999"), many, RoundingUnit.KRONA));

        assertThat(Located.of(e.located()))
                .contains(Located.allocation("/associations", ViolationCodes.NATIONAL_TOO_MANY_ASSOCIATIONS));
        assertThat(e.violations()).extracting(Violation::message).anySatisfy(m -> assertThat(m).contains("1001"));
    }

    @Test
    void explain_showsTheModelAndEveryAssociation() {
        StateAllocation allocation = HALF_AND_HALF.withMaxDecrease(BigDecimal.TEN)
                .allocate(sek("14000"), four("3000", "3000", "3000", "5000"), RoundingUnit.KRONA);

        assertThat(allocation.explain()).startsWith("Allocation of 14 000 kr among 4 associations: a base of 1 000 kr each")
                .contains("Samordningsförbundet d (d): 4 500 kr",
                        "model: base 1 000 kr + försörjningsmått 500 kr (50 % × 1 of 10) + population 2 500 kr"
                                + " (50 % × 500 of 1 000), of the 10 000 kr above the bases = 4 000 kr");
        assertThat(allocation.toString()).isEqualTo("StateAllocation[14000 SEK: a=3322, b=2857, c=3321, d=4500]");
        assertThat(allocation.currency()).isEqualTo(SEK);
    }

    @Test
    void previousAllocationOfZero_isAFloorOfZero_whichTheBaseLifts() {
        // a had nothing the year before: 10 % less than 0 is a floor of 0, below the base of 1 000.
        StateAllocation allocation = HALF_AND_HALF.withMaxDecrease(BigDecimal.TEN)
                .allocate(sek("14000"), four("0", "3000", "3000", "3000"), RoundingUnit.KRONA);

        AssociationAllocation a = allocation.allocationOf(id("a"));
        assertThat(a.floor()).contains(sek("0"));
        assertThat(a.limitApplied()).isEqualTo(LimitApplied.NONE);
        assertThat(a.toString()).contains(", floor 0");
        assertThat(a.name()).isEqualTo("Samordningsförbundet a");
    }

    @Test
    void explain_ofTheWholeAllocation_statesBothLimits() {
        AllocationModel limited = HALF_AND_HALF.withMaxDecrease(BigDecimal.TEN).withMaxIncrease(BigDecimal.valueOf(50));
        StateAllocation allocation = limited.allocate(sek("14000"), four("3000", "3000", "3000", "5000"), RoundingUnit.KRONA);

        assertThat(allocation.explain()).startsWith("Allocation of 14 000 kr among 4 associations: a base of 1 000 kr each,"
                + " the rest 50 % by försörjningsmått and 50 % by population aged 16–64; at most 10 % less than the previous"
                + " allocation unless equity is above the reasonable level; at most 50 % more than the previous allocation.");
    }

    @Test
    void allocations_areEqualByModelUnitAmountFiguresAndResults() {
        StateAllocation allocation = HALF_AND_HALF.allocate(sek("14000"), four("3000", "3000", "3000", "5000"),
                RoundingUnit.KRONA);
        EqualityGroups.create()
                .addGroup(allocation, HALF_AND_HALF.allocate(sek("14000"), four("3000", "3000", "3000", "5000"),
                        RoundingUnit.KRONA))
                .addGroup(HALF_AND_HALF.withMaxDecrease(BigDecimal.ONE).allocate(sek("14000"),
                        four("3000", "3000", "3000", "5000"), RoundingUnit.KRONA))
                .addGroup(HALF_AND_HALF.allocate(sek("14000"), four("3000", "3000", "3000", "5000"), RoundingUnit.ORE))
                .addGroup(HALF_AND_HALF.allocate(sek("14001"), four("3000", "3000", "3000", "5000"), RoundingUnit.KRONA))
                .addGroup(HALF_AND_HALF.allocate(sek("14000"), four("3000", "3000", "3000", "5001"), RoundingUnit.KRONA))
                .test();
        assertThat(allocation.figures()).hasSize(4);
    }
}
