package se.finsam.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.finsam.national.StateAllocationTest.figures;
import static se.finsam.testing.Samples.SEK;
import static se.finsam.testing.Samples.sek;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.finsam.association.AssociationId;
import se.finsam.money.RoundingUnit;
import se.finsam.testing.Samples;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;
import se.finsam.testing.Raises;

class NationalAllocationTest {

    static final AllocationModel MODEL = AllocationModel.of(sek("1000"), BigDecimal.valueOf(50),
            BigDecimal.valueOf(50), BigDecimal.TEN, null);

    /** The four associations of {@link StateAllocationTest}, d protected at 4 500, with requests and matching. */
    static List<AssociationFigures> associations() {
        return List.of(
                figures("a", 100, "4").withPreviousAllocation(sek("3000")).withSupplementaryRequest(sek("600")),
                figures("b", 100, "3").withPreviousAllocation(sek("3000")).withSupplementaryRequest(sek("300")),
                figures("c", 300, "2").withPreviousAllocation(sek("3000")).withSupplementaryRequest(sek("100"))
                        .withMatchingOffer(sek("3000")),
                figures("d", 500, "1").withPreviousAllocation(sek("5000")).withSupplementaryRequest(sek("200")));
    }

    @Test
    void theAppropriation_isAllocatedLessTheSupplementaryFunds_andTheFundsAreShared() {
        // 14 900 kr, of which 900 are kept back for supplementary funds (cap 400): the model allocates 14 000
        // as in StateAllocationTest (a 3 322, b 2 857, c 3 321, d 4 500), and the 900 are shared as in
        // SupplementarySplitTest (a 400, b 250, c 83, d 167).
        NationalAllocation national = NationalAllocation.allocate(Year.of(2016), sek("14900"), MODEL, associations(),
                SupplementaryCall.of(sek("900"), sek("400")), RoundingUnit.KRONA, "hand example");

        assertThat(national.allocation().total()).isEqualTo(sek("14000"));
        assertThat(national.allocation().allocations()).extracting(AssociationAllocation::amount)
                .containsExactly(sek("3322"), sek("2857"), sek("3321"), sek("4500"));
        assertThat(national.supplementary()).hasValueSatisfying(s -> assertThat(s.grants())
                .extracting(SupplementaryGrant::granted).containsExactly(sek("400"), sek("250"), sek("83"), sek("167")));
        assertThat(national.note()).contains("hand example");
        assertThat(national.year()).isEqualTo(Year.of(2016));
    }

    @Test
    void matching_coversTheAllocationAndTheGrant() {
        // c: 3 321 + 83 = 3 404 kr of state money; its members offer 3 000, so the state pays 3 000 and 404 is unmatched.
        // d: 4 500 + 167 = 4 667, matched in full: regions 2 334, municipalities 2 333.
        NationalAllocation national = NationalAllocation.allocate(Year.of(2016), sek("14900"), MODEL, associations(),
                SupplementaryCall.of(sek("900"), sek("400")), RoundingUnit.KRONA, null);

        Matching c = national.matchingOf(AssociationId.of("c"));
        assertThat(c.stateAmount()).isEqualTo(sek("3404"));
        assertThat(c.effectiveState()).isEqualTo(sek("3000"));
        assertThat(c.unmatched()).isEqualTo(sek("404"));
        Matching d = national.matchingOf(AssociationId.of("d"));
        assertThat(d.stateAmount()).isEqualTo(sek("4667"));
        assertThat(d.regions()).isEqualTo(sek("2334"));
        assertThat(d.municipalities()).isEqualTo(sek("2333"));
        assertThat(national.matching()).hasSize(4);
    }

    @Test
    void totals_sumEveryColumnOverTheAssociations() {
        NationalAllocation national = NationalAllocation.allocate(Year.of(2016), sek("14900"), MODEL, associations(),
                SupplementaryCall.of(sek("900"), sek("400")), RoundingUnit.KRONA, null);

        NationalTotals totals = national.totals();

        long model = 0;
        long base = 0;
        long parts = 0;
        for (AssociationAllocation a : national.allocation().allocations()) {
            model += RoundingUnit.KRONA.unitsOf(a.modelAmount());
            base += RoundingUnit.KRONA.unitsOf(a.base());
            parts += RoundingUnit.KRONA.unitsOf(a.supportMeasurePart()) + RoundingUnit.KRONA.unitsOf(a.populationPart());
        }
        assertThat(totals.unit()).isEqualTo(RoundingUnit.KRONA);
        assertThat(totals.unitsOf(NationalTotals.Column.MODEL_AMOUNT)).isEqualTo(model).isEqualTo(14_000);
        assertThat(totals.unitsOf(NationalTotals.Column.BASE)).isEqualTo(base);
        assertThat(totals.unitsOf(NationalTotals.Column.SUPPORT_MEASURE_PART)
                + totals.unitsOf(NationalTotals.Column.POPULATION_PART)).isEqualTo(parts).isEqualTo(14_000 - base);
        assertThat(totals.unitsOf(NationalTotals.Column.REDISTRIBUTION)).isZero();
        assertThat(totals.limited()).isEqualTo(national.allocation().allocations().stream()
                .filter(a -> a.limitApplied() != LimitApplied.NONE).count()).isEqualTo(1);
        // The state money is the allocations and the grants: 14 000 + 900; c leaves 404 unmatched.
        assertThat(totals.unitsOf(NationalTotals.Column.STATE_AMOUNT)).isEqualTo(14_900);
        assertThat(totals.unitsOf(NationalTotals.Column.UNMATCHED)).isEqualTo(404);
        assertThat(totals.unitsOf(NationalTotals.Column.EFFECTIVE_STATE)).isEqualTo(14_900 - 404);
        assertThat(totals.unitsOf(NationalTotals.Column.REGIONS) + totals.unitsOf(NationalTotals.Column.MUNICIPALITIES))
                .isEqualTo(14_900 - 404);
    }

    @Test
    void withoutACall_theWholeAppropriationIsAllocated_andTheCharterSplitsTheMatching() {
        List<AssociationFigures> list = List.of(
                figures("a", 100, "1").withPreviousAllocation(sek("7000000")).withCharter(Samples.rarSormland().charter()),
                figures("b", 100, "1").withPreviousAllocation(sek("7000000")));

        NationalAllocation national = NationalAllocation.allocate(Year.of(2016), sek("15000000"), AllocationModel.of2016(SEK),
                list, null, RoundingUnit.KRONA, null);

        assertThat(national.allocation().unitsOf(AssociationId.of("a"))).isEqualTo(7_500_000);
        assertThat(national.supplementary()).isEmpty();
        assertThat(national.matchingOf(AssociationId.of("a")).memberSplit()).hasValueSatisfying(
                split -> assertThat(split.amountOf(Samples.id("eskilstuna"))).isEqualTo(sek("1308750")));
    }

    @Test
    @Raises({ViolationCodes.NATIONAL_PREVIOUS_ALLOCATION_MISSING, ViolationCodes.SUPPLEMENTARY_NO_CALL, ViolationCodes.SUPPLEMENTARY_POT_ABOVE_APPROPRIATION})
    void everyProblem_isReportedAtOnceWithItsPart() {
        List<AssociationFigures> list = List.of(
                figures("a", 100, "1").withPreviousAllocation(sek("3000")).withSupplementaryRequest(sek("10.5")),
                figures("b", 100, "1").withSupplementaryRequest(sek("10")).withMatchingOffer(sek("0.5")));

        NationalValidationException withCall = catchThrowableOfType(NationalValidationException.class,
                () -> NationalAllocation.allocate(Year.of(2016), sek("1000"), MODEL, list,
                        SupplementaryCall.of(sek("2000"), sek("400.5")), RoundingUnit.KRONA, null));
        NationalValidationException withoutCall = catchThrowableOfType(NationalValidationException.class,
                () -> NationalAllocation.allocate(Year.of(2016), sek("10000"), MODEL, list, null, RoundingUnit.KRONA, null));

        assertThat(Located.of(withCall.located())).containsExactly(
                Located.call("/cap", ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT),
                Located.call("/pot", ViolationCodes.SUPPLEMENTARY_POT_ABOVE_APPROPRIATION),
                Located.association(0, "/supplementaryRequest", ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT),
                Located.association(1, "/matchingOffer", ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT),
                Located.association(1, "/previousAllocation", ViolationCodes.NATIONAL_PREVIOUS_ALLOCATION_MISSING));
        assertThat(Located.of(withoutCall.located())).contains(
                Located.association(0, "/supplementaryRequest", ViolationCodes.SUPPLEMENTARY_NO_CALL),
                Located.association(1, "/supplementaryRequest", ViolationCodes.SUPPLEMENTARY_NO_CALL));
    }

    @Test
    @Raises({ViolationCodes.NATIONAL_FLOORS_ABOVE_APPROPRIATION})
    void limitsThatCannotBeMet_areReportedInsteadOfAnAllocation() {
        // Two protected associations that had 5 000 each: floors of 4 500 each need 9 000, more than 8 000.
        List<AssociationFigures> list = List.of(
                figures("a", 100, "1").withPreviousAllocation(sek("5000")),
                figures("b", 100, "1").withPreviousAllocation(sek("5000")));

        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class,
                () -> NationalAllocation.allocate(Year.of(2016), sek("8000"), MODEL, list, null, RoundingUnit.KRONA, null));

        assertThat(e.violations()).extracting(Violation::code)
                .containsExactly(ViolationCodes.NATIONAL_FLOORS_ABOVE_APPROPRIATION);
    }

    @Test
    @Raises(ViolationCodes.AMOUNT_TOO_LARGE)
    void appropriation_whoseMatchingWouldTotalMoreThanMaxUnits_isTooLarge() {
        // The matching of an association's state money forms a total of twice it (docs/domain.md, Matching);
        // one association with members may get the whole appropriation.
        List<AssociationFigures> one = List.of(figures("a", 100, "1").withCharter(Samples.rarSormland().charter()));
        AllocationModel noLimits = AllocationModel.of(sek("0"), BigDecimal.valueOf(50), BigDecimal.valueOf(50), null, null);

        NationalValidationException e = catchThrowableOfType(NationalValidationException.class, () -> NationalAllocation.allocate(
                Year.of(2016), sek("600000000000000"), noLimits, one, null, RoundingUnit.KRONA, null));

        assertThat(Located.of(e.located()))
                .containsExactly(Located.allocation("/appropriation", ViolationCodes.AMOUNT_TOO_LARGE));
        assertThat(e.violations().get(0).message()).contains("600000000000000", "1000000000000000 units of 1");
        assertThat(NationalAllocation.allocate(Year.of(2016), sek("500000000000000"), noLimits, one, null, RoundingUnit.KRONA,
                null).matchingOf(AssociationId.of("a")).regions()).isEqualTo(sek("250000000000000"));
    }

    @Test
    void supplementaryRequests_summingBeyondMaxUnits_areTooLargeAtTheRequestThatTakesThemThere() {
        List<AssociationFigures> list = List.of(
                figures("a", 100, "1").withPreviousAllocation(sek("1000")).withSupplementaryRequest(sek("600000000000000")),
                figures("b", 100, "1").withPreviousAllocation(sek("1000")).withSupplementaryRequest(sek("400000000000000")),
                figures("c", 100, "1").withPreviousAllocation(sek("1000")).withSupplementaryRequest(sek("1")));

        NationalValidationException e = catchThrowableOfType(NationalValidationException.class, () -> NationalAllocation.allocate(
                Year.of(2016), sek("14900"), MODEL, list, SupplementaryCall.of(sek("900"), sek("400")), RoundingUnit.KRONA,
                null));

        assertThat(Located.of(e.located()))
                .containsExactly(Located.association(2, "/supplementaryRequest", ViolationCodes.AMOUNT_TOO_LARGE));
        assertThat(e.violations().get(0).message()).contains("1000000000000001");
    }

    @Test
    void ceiling_beyondMaxUnits_isTooLargeAtThePreviousAllocation() {
        // At most 1 000 % more than 999 999 999 999 999 kr is a ceiling of 10 999 999 999 999 989 kr.
        AllocationModel increase = AllocationModel.of(sek("1000"), BigDecimal.valueOf(50), BigDecimal.valueOf(50), null,
                BigDecimal.valueOf(1000));
        List<AssociationFigures> list = List.of(figures("a", 100, "1").withPreviousAllocation(sek("999999999999999")),
                figures("b", 100, "1").withPreviousAllocation(sek("90909090909090")));

        NationalValidationException e = catchThrowableOfType(NationalValidationException.class, () -> NationalAllocation.allocate(
                Year.of(2016), sek("14900"), increase, list, null, RoundingUnit.KRONA, null));

        assertThat(Located.of(e.located()))
                .containsExactly(Located.association(0, "/previousAllocation", ViolationCodes.AMOUNT_TOO_LARGE));
        assertThat(e.violations().get(0).message()).contains("999999999999999", "10999999999999989", "1 000 %");
    }

    @Test
    void check_ofAValidAllocation_isValid() {
        List<NationalAllocation.PartialAssociation> known = associations().stream().map(NationalAllocation.PartialAssociation::of)
                .toList();

        List<NationalViolation> result = NationalAllocation.check(sek("14900"), NationalAllocation.PartialModel.of(MODEL),
                Optional.of(NationalAllocation.PartialCall.of(SupplementaryCall.of(sek("900"), sek("400")))), known,
                RoundingUnit.KRONA, SEK);

        assertThat(Located.violations(result)).isEmpty();
    }

    @Test
    void check_withUnknownFigures_reportsTheRulesThatNeedOnlyWhatIsKnown() {
        // a's figures could not be read, b's id could not: no call, so both requests are reported; b lacks the
        // previous allocation the limit on decrease protects it by; whether the floors can be met needs a's figures.
        List<NationalAllocation.PartialAssociation> known = List.of(
                new NationalAllocation.PartialAssociation(AssociationId.of("a"), null, null, Optional.of(sek("5000")), false,
                        Optional.of(sek("600")), Optional.empty()),
                new NationalAllocation.PartialAssociation(null, 100L, BigDecimal.ONE, Optional.empty(), false,
                        null, Optional.empty()));

        List<NationalViolation> result = NationalAllocation.check(sek("8000"), NationalAllocation.PartialModel.of(MODEL),
                Optional.empty(), known, RoundingUnit.KRONA, SEK);

        assertThat(Located.of(result)).containsExactlyInAnyOrder(
                Located.association(0, "/supplementaryRequest", ViolationCodes.SUPPLEMENTARY_NO_CALL),
                Located.association(1, "/supplementaryRequest", ViolationCodes.SUPPLEMENTARY_NO_CALL),
                Located.association(1, "/previousAllocation", ViolationCodes.NATIONAL_PREVIOUS_ALLOCATION_MISSING));
        assertThat(Located.violations(result).get(1).message()).contains("number 1");
    }

    @Test
    void check_findsLimitsThatCannotBeMet_whenEveryFigureTheyNeedIsKnown_whateverTheIds() {
        // As limitsThatCannotBeMet_areReportedInsteadOfAnAllocation, with both ids unknown (they could not be read).
        List<NationalAllocation.PartialAssociation> known = List.of(
                new NationalAllocation.PartialAssociation(null, 100L, BigDecimal.ONE, Optional.of(sek("5000")), false,
                        Optional.empty(), Optional.empty()),
                new NationalAllocation.PartialAssociation(null, 100L, BigDecimal.ONE, Optional.of(sek("5000")), false,
                        Optional.empty(), Optional.empty()));
        NationalAllocation.PartialModel model = NationalAllocation.PartialModel.of(MODEL);

        List<NationalViolation> floors = NationalAllocation.check(sek("8000"), model, Optional.empty(), known, RoundingUnit.KRONA, SEK);
        List<NationalViolation> equityUnknown = NationalAllocation.check(sek("8000"), model, Optional.empty(),
                List.of(known.get(0), new NationalAllocation.PartialAssociation(null, 100L, BigDecimal.ONE,
                        Optional.of(sek("5000")), null, Optional.empty(), Optional.empty())),
                RoundingUnit.KRONA, SEK);
        List<NationalViolation> bases = NationalAllocation.check(sek("1500"), model, Optional.empty(),
                List.of(known.get(0), new NationalAllocation.PartialAssociation(null, null, null, null, null, Optional.empty(),
                        Optional.empty())),
                RoundingUnit.KRONA, SEK);

        assertThat(Located.of(floors)).containsExactly(
                Located.allocation("/appropriation", ViolationCodes.NATIONAL_FLOORS_ABOVE_APPROPRIATION));
        assertThat(Located.violations(equityUnknown)).as("whether b is protected is unknown").isEmpty();
        assertThat(Located.violations(bases)).as("the bases need only the count").extracting(Violation::code)
                .containsExactly(ViolationCodes.NATIONAL_APPROPRIATION_BELOW_BASES);
    }

    @Test
    void check_doesNotReportAgain_whatTheFiguresOwnRulesReport() {
        // A negative previous allocation or request is AssociationFigures' violation, and a negative base the model's.
        List<NationalAllocation.PartialAssociation> known = List.of(new NationalAllocation.PartialAssociation(
                AssociationId.of("a"), 100L, BigDecimal.ONE, Optional.of(sek("-5000")), false, Optional.of(sek("-1")),
                Optional.empty()));
        NationalAllocation.PartialModel model = new NationalAllocation.PartialModel(sek("-1000"), BigDecimal.valueOf(50),
                BigDecimal.valueOf(50), Optional.of(BigDecimal.TEN), Optional.empty());

        List<NationalViolation> result = NationalAllocation.check(sek("8000"), model,
                Optional.of(new NationalAllocation.PartialCall(sek("900"), null)), known, RoundingUnit.KRONA, SEK);

        assertThat(Located.violations(result)).isEmpty();
    }

    @Test
    void check_countsNoPopulationOrFigureThatBreaksItsOwnRule_soNoSumOverflowsIntoAFalseZeroTotal() {
        // Four populations of 2^62 (each above 10^12, AssociationFigures' own violation) would sum to 0 in a long.
        List<NationalAllocation.PartialAssociation> known = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            known.add(new NationalAllocation.PartialAssociation(AssociationId.of("a" + i), 4611686018427387904L, BigDecimal.ONE,
                    Optional.of(sek("1000")), false, Optional.empty(), Optional.empty()));
        }
        known.add(new NationalAllocation.PartialAssociation(AssociationId.of("b"), 0L, new BigDecimal("1E+2147483647"),
                Optional.of(sek("1000")), false, Optional.empty(), Optional.empty()));

        List<NationalViolation> result = NationalAllocation.check(sek("14900"), NationalAllocation.PartialModel.of(MODEL),
                Optional.empty(), known, RoundingUnit.KRONA, SEK);

        assertThat(Located.violations(result)).extracting(Violation::code).doesNotContain(ViolationCodes.NATIONAL_ZERO_TOTAL);
    }

    @Test
    void check_quotesALimitOfAbsurdScale_shortly_neverThrowing() {
        NationalAllocation.PartialModel model = new NationalAllocation.PartialModel(sek("1000"), BigDecimal.valueOf(50),
                BigDecimal.valueOf(50), Optional.empty(), Optional.of(new BigDecimal("1E-1001")));
        List<NationalAllocation.PartialAssociation> known = List.of(new NationalAllocation.PartialAssociation(
                AssociationId.of("a"), 100L, BigDecimal.ONE, Optional.empty(), false, Optional.empty(), Optional.empty()));

        List<NationalViolation> result = NationalAllocation.check(sek("14900"), model, Optional.empty(), known, RoundingUnit.KRONA, SEK);

        assertThat(Located.violations(result)).extracting(Violation::code).contains(ViolationCodes.NATIONAL_PREVIOUS_ALLOCATION_MISSING);
        assertThat(Located.violations(result)).allSatisfy(v -> assertThat(v.message().length()).isLessThan(300));
    }
}
