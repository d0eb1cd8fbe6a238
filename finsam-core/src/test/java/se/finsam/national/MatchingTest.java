package se.finsam.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.finsam.testing.Samples.id;
import static se.finsam.testing.Samples.sek;

import java.math.BigDecimal;
import javax.money.Monetary;
import org.junit.jupiter.api.Test;
import se.finsam.association.AssociationId;
import se.finsam.money.Amounts;
import se.finsam.money.RoundingUnit;
import se.finsam.testing.Samples;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;

class MatchingTest {

    private static final AssociationId X = AssociationId.of("x");

    @Test
    void fullMatch_regionsAndMunicipalitiesEachPayHalfTheStateMoney() {
        // 1 000 001 kr split 1 : 1 by largest remainder, the tie to the regions: 500 001 and 500 000.
        Matching m = Matching.compute(X, sek("1000001"), null, null, RoundingUnit.KRONA);

        assertThat(m.isFullyMatched()).isTrue();
        assertThat(m.effectiveState()).isEqualTo(sek("1000001"));
        assertThat(m.regions()).isEqualTo(sek("500001"));
        assertThat(m.municipalities()).isEqualTo(sek("500000"));
        assertThat(m.unmatched()).isEqualTo(sek("0"));
        assertThat(m.total()).isEqualTo(sek("2000002"));
        assertThat(m.explain()).isEqualTo("x: state money 1 000 001 kr, matched in full; regions 500 001 kr,"
                + " municipalities 500 000 kr");
    }

    @Test
    void offerBelowTheStateMoney_getsTheMatchedAmountAndReportsTheDifference() {
        // min(1 000 000, 800 000) = 800 000 from the state; 200 000 unmatched; 400 000 each from the others.
        Matching m = Matching.compute(X, sek("1000000"), sek("800000"), null, RoundingUnit.KRONA);

        assertThat(m.isFullyMatched()).isFalse();
        assertThat(m.effectiveState()).isEqualTo(sek("800000"));
        assertThat(m.unmatched()).isEqualTo(sek("200000"));
        assertThat(m.regions()).isEqualTo(sek("400000"));
        assertThat(m.municipalities()).isEqualTo(sek("400000"));
        assertThat(m.explain()).contains("offer 800 000 kr, so the state pays 800 000 kr and 200 000 kr is unmatched");
    }

    @Test
    void unitAndCurrency_areThoseOfItsAmounts() {
        Matching m = Matching.compute(X, Amounts.exact(new BigDecimal("3000"), Monetary.getCurrency("EUR")), null, null,
                RoundingUnit.THOUSAND);

        assertThat(m.unit()).isEqualTo(RoundingUnit.THOUSAND);
        assertThat(m.currency().getCurrencyCode()).isEqualTo("EUR");
    }

    @Test
    void offerAboveTheStateMoney_matchesOnlyTheStateMoney() {
        Matching m = Matching.compute(X, sek("1000000"), sek("1500000"), null, RoundingUnit.KRONA);

        assertThat(m.effectiveState()).isEqualTo(sek("1000000"));
        assertThat(m.regions()).isEqualTo(sek("500000"));
        assertThat(m.isFullyMatched()).isTrue();
    }

    @Test
    void withTheCharter_eachMunicipalityPaysItsPartByTheKey() {
        // RAR Sörmland 2007: the state's 7 500 000 matched by 3 750 000 from the county council and 3 750 000
        // from the municipalities; Eskilstuna 34.9 % of that is 1 308 750 (the published figure).
        Matching m = Matching.compute(AssociationId.of("rar-sormland"), sek("7500000"), null,
                Samples.rarSormland().charter(), RoundingUnit.KRONA);

        assertThat(m.regions()).isEqualTo(sek("3750000"));
        assertThat(m.memberSplit()).hasValueSatisfying(split -> {
            assertThat(split.amountOf(id("eskilstuna"))).isEqualTo(sek("1308750"));
            assertThat(split.amountOf(id("vingaker"))).isEqualTo(sek("131250"));
        });
        assertThat(m.explain()).contains("\n  Eskilstuna (MUNICIPALITY): 1 308 750 kr");
        assertThat(m.explain()).contains("\n  Landstinget Sörmland (REGION): 3 750 000 kr").doesNotContain("Försäkringskassan",
                "Arbetsförmedlingen");
    }

    @Test
    void negativeOffer_isRefused() {
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class,
                () -> Matching.compute(X, sek("1000"), sek("-1"), null, RoundingUnit.KRONA));

        assertThat(e.violations()).extracting(Violation::path).containsExactly("/offer");
    }

    @Test
    void stateMoneyWhoseMatchWouldSumBeyondMaxUnits_isTooLarge_withTheCharter() {
        AssociationId rar = AssociationId.of("rar-sormland");

        FinsamValidationException state = catchThrowableOfType(FinsamValidationException.class, () -> Matching.compute(rar,
                sek("600000000000000"), null, Samples.rarSormland().charter(), RoundingUnit.KRONA));
        FinsamValidationException offer = catchThrowableOfType(FinsamValidationException.class, () -> Matching.compute(rar,
                sek("900000000000000"), sek("700000000000000"), Samples.rarSormland().charter(), RoundingUnit.KRONA));

        assertThat(state.violations()).extracting(Violation::path, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/stateAmount", se.finsam.validation.ViolationCodes.AMOUNT_TOO_LARGE));
        assertThat(offer.violations()).extracting(Violation::path)
                .containsExactly("/offer");
        assertThat(Matching.compute(rar, sek("600000000000000"), null, null, RoundingUnit.KRONA).regions())
                .as("without a charter no total is formed").isEqualTo(sek("300000000000000"));
        assertThat(Matching.compute(rar, sek("500000000000000"), null, Samples.rarSormland().charter(), RoundingUnit.KRONA)
                .municipalities()).isEqualTo(sek("250000000000000"));
    }

    @Test
    void offerEqualToTooMuchStateMoney_isTooLargeAtTheStateMoney() {
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, () -> Matching.compute(X,
                sek("600000000000000"), sek("600000000000000"), Samples.rarSormland().charter(), RoundingUnit.KRONA));

        assertThat(e.violations()).extracting(Violation::path).containsExactly("/stateAmount");
    }

    @Test
    void unitFinerThanTheCurrency_isRefusedAtTheRoundingUnit() {
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class,
                () -> Matching.compute(X, sek("1"), null, null, RoundingUnit.of(new BigDecimal("0.001"))));

        assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/roundingUnit", se.finsam.validation.ViolationCodes.UNIT_FINER_THAN_CURRENCY));
    }

    @Test
    void matchings_areEqualByEveryAmountTheOfferAndTheMemberSplit() {
        AssociationId rar = AssociationId.of("rar-sormland");
        Matching full = Matching.compute(rar, sek("7500000"), null, null, RoundingUnit.KRONA);

        se.finsam.testing.EqualityGroups.create()
                .addGroup(full, Matching.compute(rar, sek("7500000"), null, null, RoundingUnit.KRONA))
                .addGroup(Matching.compute(X, sek("7500000"), null, null, RoundingUnit.KRONA))
                .addGroup(Matching.compute(rar, sek("7500000"), null, null, RoundingUnit.THOUSAND))
                .addGroup(Matching.compute(rar, Amounts.exact(new BigDecimal("7500000"), Monetary.getCurrency("EUR")), null,
                        null, RoundingUnit.KRONA))
                .addGroup(Matching.compute(rar, sek("7500001"), null, null, RoundingUnit.KRONA))
                .addGroup(Matching.compute(rar, sek("7500000"), sek("7500000"), null, RoundingUnit.KRONA))
                .addGroup(Matching.compute(rar, sek("7500000"), sek("7000000"), null, RoundingUnit.KRONA))
                .addGroup(Matching.compute(rar, sek("7500000"), null, Samples.rarSormland().charter(), RoundingUnit.KRONA))
                .test();
        assertThat(full.association()).isEqualTo(rar);
        assertThat(full).hasToString("Matching[rar-sormland: state 7500000 of 7500000, regions 3750000, municipalities 3750000]");
    }
}
