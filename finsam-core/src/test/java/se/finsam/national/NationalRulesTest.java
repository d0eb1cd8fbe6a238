package se.finsam.national;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.national.Located.allocation;
import static se.finsam.national.Located.association;
import static se.finsam.national.Located.call;
import static se.finsam.national.Located.model;
import static se.finsam.testing.Samples.SEK;
import static se.finsam.testing.Samples.sek;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import se.finsam.association.AssociationId;
import se.finsam.money.RoundingUnit;
import se.finsam.national.NationalAllocation.PartialAssociation;
import se.finsam.national.NationalAllocation.PartialCall;
import se.finsam.national.NationalAllocation.PartialModel;
import se.finsam.validation.ViolationCodes;

/** The rules of a national allocation's input, each at its edge, as a reader checks what it could read. */
class NationalRulesTest {

    /** Base 300 kr, 50/50, no limits. */
    private static final PartialModel PLAIN = PartialModel.of(AllocationModel.of(sek("300"), BigDecimal.valueOf(50),
            BigDecimal.valueOf(50), null, null));

    private static PartialAssociation known(String id, long population, String measure, MonetaryAmount previous) {
        return new PartialAssociation(AssociationId.of(id), population, new BigDecimal(measure), Optional.ofNullable(previous),
                false, Optional.empty(), Optional.empty());
    }

    private static List<PartialAssociation> two() {
        return List.of(known("a", 100, "1", null), known("b", 100, "1", null));
    }

    private static List<NationalViolation> check(MonetaryAmount appropriation, PartialModel model, Optional<PartialCall> call,
            List<PartialAssociation> associations) {
        return NationalAllocation.check(appropriation, model, call, associations, RoundingUnit.KRONA, SEK);
    }

    private static List<String> messages(List<NationalViolation> found) {
        return found.stream().map(v -> v.violation().message()).toList();
    }

    @Test
    void roundingUnitFinerThanTheCurrency_isAViolationOfTheAllocation_andUnknownPartsAreSkipped() {
        List<NationalViolation> found = NationalAllocation.check(null, PLAIN, Optional.empty(), two(),
                RoundingUnit.of(new BigDecimal("0.001")), SEK);

        assertThat(Located.of(found)).containsExactly(allocation("/roundingUnit", ViolationCodes.UNIT_FINER_THAN_CURRENCY));
        assertThat(NationalAllocation.check(null, PLAIN, Optional.empty(), two(), null, SEK)).isEmpty();
        assertThat(NationalAllocation.check(null, PLAIN, Optional.empty(), two(), RoundingUnit.KRONA, null)).isEmpty();
    }

    @Test
    void appropriationAndBase_inAnotherCurrency_areNamedWhereTheyAre() {
        PartialModel euroBase = new PartialModel(Money.of(300, "EUR"), BigDecimal.valueOf(50), BigDecimal.valueOf(50),
                Optional.empty(), Optional.empty());

        List<NationalViolation> found = check(Money.of(1000, "EUR"), euroBase, Optional.empty(), two());

        assertThat(Located.of(found)).containsExactly(allocation("/appropriation", ViolationCodes.AMOUNT_CURRENCY_MISMATCH),
                model("/base", ViolationCodes.AMOUNT_CURRENCY_MISMATCH));
        assertThat(messages(found)).containsExactly("Appropriation is in EUR, but the national allocation is in SEK",
                "Base amount is in EUR, but the national allocation is in SEK");
    }

    @Test
    void callAmounts_inAnotherCurrency_areNamedWhereTheyAre_andAnUnknownCallChecksNoBases() {
        List<NationalViolation> found = check(sek("1000"), PLAIN,
                Optional.of(new PartialCall(Money.of(10, "EUR"), Money.of(5, "EUR"))), two());

        assertThat(Located.of(found)).containsExactly(call("/pot", ViolationCodes.AMOUNT_CURRENCY_MISMATCH),
                call("/cap", ViolationCodes.AMOUNT_CURRENCY_MISMATCH));
        assertThat(messages(found)).containsExactly("Supplementary funds is in EUR, but the national allocation is in SEK",
                "Cap per association is in EUR, but the national allocation is in SEK");
        // A call given but unknown: how much is kept back is unknown, so the bases (600 > 500) are not checked.
        assertThat(check(sek("500"), PLAIN, null, two())).isEmpty();
        assertThat(Located.of(check(sek("500"), PLAIN, Optional.empty(), two())))
                .containsExactly(allocation("/appropriation", ViolationCodes.NATIONAL_APPROPRIATION_BELOW_BASES));
    }

    @Test
    void potEqualToTheAppropriation_isAllowed_andOneUnitMoreIsNot() {
        assertThat(Located.of(check(sek("1000"), PLAIN, Optional.of(new PartialCall(sek("1000"), sek("10"))), List.of())))
                .containsExactly(allocation("/associations", ViolationCodes.NATIONAL_NO_ASSOCIATIONS));
        List<NationalViolation> above = check(sek("1000"), PLAIN, Optional.of(new PartialCall(sek("1001"), sek("10"))),
                List.of());
        assertThat(Located.of(above)).containsExactly(
                call("/pot", ViolationCodes.SUPPLEMENTARY_POT_ABOVE_APPROPRIATION),
                allocation("/associations", ViolationCodes.NATIONAL_NO_ASSOCIATIONS));
        assertThat(messages(above).get(0)).isEqualTo(
                "Supplementary funds of 1 001 kr are kept back from the appropriation, but it is only 1 000 kr");
    }

    @Test
    void bases_areCheckedAgainstTheAppropriationLessThePot() {
        // 1 000 less a pot of 500 leaves 500 for two bases of 300: too little. 1 100 less 500 leaves exactly 600.
        Optional<PartialCall> pot = Optional.of(new PartialCall(sek("500"), sek("500")));

        List<NationalViolation> below = check(sek("1000"), PLAIN, pot, two());

        assertThat(Located.of(below))
                .containsExactly(allocation("/appropriation", ViolationCodes.NATIONAL_APPROPRIATION_BELOW_BASES));
        assertThat(messages(below)).containsExactly("The amount to allocate, 500 kr, is less than the bases of the 2"
                + " associations, 2 × 300 kr = 600 kr");
        assertThat(check(sek("1100"), PLAIN, pot, two())).isEmpty();
    }

    @Test
    void requestsAndOffers_inAnotherCurrency_areNamedAtTheAssociation() {
        List<PartialAssociation> list = List.of(
                new PartialAssociation(AssociationId.of("a"), 100L, BigDecimal.ONE, Optional.of(Money.of(5, "EUR")), false,
                        Optional.of(Money.of(7, "EUR")), Optional.of(Money.of(9, "EUR"))),
                new PartialAssociation(null, 100L, BigDecimal.ONE, Optional.empty(), false, Optional.empty(),
                        Optional.of(Money.of(9, "EUR"))));

        List<NationalViolation> found = check(sek("1000"), PLAIN, Optional.of(new PartialCall(sek("100"), sek("100"))), list);

        assertThat(Located.of(found)).containsExactly(
                association(0, "/supplementaryRequest", ViolationCodes.AMOUNT_CURRENCY_MISMATCH),
                association(0, "/matchingOffer", ViolationCodes.AMOUNT_CURRENCY_MISMATCH),
                association(1, "/matchingOffer", ViolationCodes.AMOUNT_CURRENCY_MISMATCH),
                association(0, "/previousAllocation", ViolationCodes.AMOUNT_CURRENCY_MISMATCH));
        assertThat(messages(found)).containsExactly(
                "Supplementary request of 'a' is in EUR, but the national allocation is in SEK",
                "Matching offer for 'a' is in EUR, but the national allocation is in SEK",
                "Matching offer for number 1 is in EUR, but the national allocation is in SEK",
                "Previous allocation of 'a' is in EUR, but the national allocation is in SEK");
    }

    @Test
    void atMostAThousandAssociations_andTheBasesOfAThousandAreChecked() {
        List<PartialAssociation> thousand = new ArrayList<>();
        for (int i = 0; i < StateAllocation.MAX_ASSOCIATIONS; i++) {
            thousand.add(known("f" + i, 100, "1", null));
        }

        // A thousand bases of 300 kr need 300 000 kr.
        assertThat(Located.of(check(sek("299999"), PLAIN, Optional.empty(), thousand)))
                .containsExactly(allocation("/appropriation", ViolationCodes.NATIONAL_APPROPRIATION_BELOW_BASES));
        thousand.add(known("f1000", 100, "1", null));
        List<NationalViolation> tooMany = check(sek("299999"), PLAIN, Optional.empty(), thousand);
        assertThat(Located.of(tooMany))
                .containsExactly(allocation("/associations", ViolationCodes.NATIONAL_TOO_MANY_ASSOCIATIONS));
        assertThat(messages(tooMany)).containsExactly("A national allocation may have at most 1000 associations, got 1001");
    }

    @Test
    void populationsAllZero_underAPositiveWeight_isAZeroTotal_butNotUnderAZeroWeight() {
        List<PartialAssociation> zero = List.of(known("a", 0, "1", null), known("b", 0, "2", null));
        PartialModel bySupportOnly = PartialModel.of(AllocationModel.of(sek("300"), BigDecimal.valueOf(100), BigDecimal.ZERO,
                null, null));

        List<NationalViolation> found = check(sek("1000"), PLAIN, Optional.empty(), zero);

        assertThat(Located.of(found)).containsExactly(allocation("/associations", ViolationCodes.NATIONAL_ZERO_TOTAL));
        assertThat(messages(found)).containsExactly("Every association's population is zero, but population weighs 50 %");
        assertThat(check(sek("1000"), bySupportOnly, Optional.empty(), zero)).isEmpty();
        // One population unknown: the sum is not known, nothing is said of it.
        assertThat(check(sek("1000"), PLAIN, Optional.empty(), List.of(known("a", 0, "1", null),
                new PartialAssociation(AssociationId.of("b"), null, BigDecimal.ONE, Optional.empty(), false, Optional.empty(),
                        Optional.empty())))).isEmpty();
    }

    @Test
    void supportMeasuresAllZero_underAPositiveWeight_isAZeroTotal() {
        List<NationalViolation> found = check(sek("1000"), PLAIN, Optional.empty(),
                List.of(known("a", 5, "0", null), known("b", 5, "0.000", null)));

        assertThat(messages(found)).containsExactly("Every association's försörjningsmått is zero, but försörjningsmått weighs 50 %");
    }

    @Test
    void ceiling_ofExactlyMaxUnits_isAllowed_andTheLimitOfAThousandPercentFormsOne() {
        PartialModel noIncrease = PartialModel.of(AllocationModel.of(sek("300"), BigDecimal.valueOf(50),
                BigDecimal.valueOf(50), null, BigDecimal.ZERO));
        PartialModel thousandPercent = PartialModel.of(AllocationModel.of(sek("300"), BigDecimal.valueOf(50),
                BigDecimal.valueOf(50), null, BigDecimal.valueOf(1000)));
        MonetaryAmount max = sek(String.valueOf(RoundingUnit.MAX_UNITS));

        assertThat(check(null, noIncrease, Optional.empty(), List.of(known("a", 1, "1", max)))).isEmpty();
        // 1 000 % more than 10^14 is 1.1 × 10^15, above the 10^15 units an amount may have.
        List<NationalViolation> found = check(null, thousandPercent, Optional.empty(),
                List.of(known("a", 1, "1", sek("100000000000000"))));
        assertThat(Located.of(found)).containsExactly(association(0, "/previousAllocation", ViolationCodes.AMOUNT_TOO_LARGE));
        assertThat(messages(found).get(0)).contains("1100000000000000");
    }
}
