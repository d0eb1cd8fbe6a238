package se.finsam.association;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static se.finsam.testing.Samples.id;
import static se.finsam.testing.Samples.sek;

import java.math.BigDecimal;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import se.finsam.contribution.ContributionKey;
import se.finsam.contribution.ContributionSplit;
import se.finsam.contribution.Financing;
import se.finsam.money.RoundingUnit;
import se.finsam.testing.EqualityGroups;
import se.finsam.testing.Raises;
import se.finsam.testing.Samples;
import se.finsam.testing.Violations;
import se.finsam.validation.ViolationCodes;

class CoordinationAssociationTest {

    private final CoordinationAssociation rar = Samples.rarSormland();

    @Test
    void association_ofRar_keepsIdNameCurrencyAndMembers() {
        assertThat(rar.id()).isEqualTo(AssociationId.of("rar-sormland"));
        assertThat(rar.id()).hasToString("rar-sormland");
        assertThat(rar.name()).isEqualTo("Samordningsförbundet RAR i Sörmland");
        assertThat(rar.currency()).isEqualTo(Samples.SEK);
        assertThat(rar.members()).hasSize(12).isEqualTo(rar.charter().members());
    }

    @Test
    void withMunicipalKey_changesOnlyTheKey() {
        CoordinationAssociation equal = rar.withMunicipalKey(ContributionKey.equal());

        assertThat(equal.charter().municipalKey()).isEqualTo(ContributionKey.equal());
        assertThat(equal.id()).isEqualTo(rar.id());
        assertThat(equal.members()).isEqualTo(rar.members());
        ContributionSplit split = equal.contributions(Financing.ofTotal(sek("15000000")), RoundingUnit.KRONA);
        // 3 750 000 / 9 = 416 666.67: six get 416 667, three get 416 666 (the first listed win the ties).
        assertThat(split.amountOf(id("eskilstuna"))).isEqualTo(sek("416667"));
        assertThat(split.amountOf(id("vingaker"))).isEqualTo(sek("416666"));
    }

    @Test
    void contributions_inEuro_forAnAssociationInEuro_areInEuro() {
        CoordinationAssociation inEuro = CoordinationAssociation.of(rar.id(), rar.name(), Monetary.getCurrency("EUR"),
                rar.charter());

        ContributionSplit split = inEuro.contributions(Financing.ofTotal(Money.of(new BigDecimal("1000.00"), "EUR")),
                RoundingUnit.ORE);

        assertThat(split.currency()).isEqualTo(Monetary.getCurrency("EUR"));
        assertThat(split.amountOf(id("fk"))).isEqualTo(Money.of(500, "EUR"));
    }

    @Test
    @Raises(ViolationCodes.AMOUNT_CURRENCY_MISMATCH)
    void contributions_withFinancingInAnotherCurrency_areRejected() {
        Violations.assertSingle(() -> rar.contributions(Financing.ofTotal(Money.of(new BigDecimal("15000000"),
                Monetary.getCurrency("EUR"))), RoundingUnit.KRONA),
                ViolationCodes.AMOUNT_CURRENCY_MISMATCH, "/financing/total", "EUR", "SEK", "'rar-sormland'");
        Violations.assertSingle(() -> rar.contributions(Financing.ofStateContribution(Money.of(new BigDecimal("7500000"),
                Monetary.getCurrency("EUR"))), RoundingUnit.KRONA),
                ViolationCodes.AMOUNT_CURRENCY_MISMATCH, "/financing/stateContribution", "EUR");
    }

    @Test
    @Raises(ViolationCodes.ASSOCIATION_ID_INVALID)
    void associationId_thatBreaksTheRulesOfIds_isRejected() {
        Violations.assertSingle(() -> AssociationId.of(""), ViolationCodes.ASSOCIATION_ID_INVALID, "",
                "Association id '' is empty");
        Violations.assertSingle(() -> AssociationId.of("rar sörmland"), ViolationCodes.ASSOCIATION_ID_INVALID, "",
                "Association id 'rar sörmland'", "found ' '");
    }

    @Test
    @Raises(ViolationCodes.ASSOCIATION_NAME_INVALID)
    void association_withABlankOrTooLongName_isRejected() {
        Violations.assertSingle(() -> CoordinationAssociation.of(rar.id(), "  ", Samples.SEK, rar.charter()),
                ViolationCodes.ASSOCIATION_NAME_INVALID, "/name", "'rar-sormland'", "is blank");
        Violations.assertSingle(() -> CoordinationAssociation.of(rar.id(), "x".repeat(201), Samples.SEK, rar.charter()),
                ViolationCodes.ASSOCIATION_NAME_INVALID, "/name", "longer than 200 characters (201)");
    }

    @Test
    void nulls_areRejectedNamingTheComponent() {
        assertThatNullPointerException().isThrownBy(() -> CoordinationAssociation.of(null, "n", Samples.SEK, rar.charter()))
                .withMessage("id");
        assertThatNullPointerException().isThrownBy(() -> rar.contributions(null, RoundingUnit.KRONA)).withMessage("financing");
        assertThatNullPointerException().isThrownBy(() -> rar.contributions(Financing.ofTotal(sek("1")), null))
                .withMessage("unit");
        assertThatNullPointerException().isThrownBy(() -> AssociationId.of(null)).withMessage("value");
    }

    @Test
    void equality_isComponentWise() {
        EqualityGroups.create()
                .addGroup(rar, Samples.rarSormland())
                .addGroup(rar.withMunicipalKey(ContributionKey.equal()))
                .addGroup(CoordinationAssociation.of(AssociationId.of("rar"), rar.name(), Samples.SEK, rar.charter()))
                .test();
        EqualityGroups.create()
                .addGroup(AssociationId.of("rar-sormland"), AssociationId.of("rar-sormland"))
                .addGroup(AssociationId.of("RAR-sormland"))
                .test();
    }

    @Test
    @Raises(ViolationCodes.ASSOCIATION_NAME_INVALID)
    void association_whoseNameHoldsAControlCharacterOrIsInvisible_isRejected() {
        Violations.assertSingle(() -> CoordinationAssociation.of(rar.id(), "RAR\u001b]0;x\u0007", Samples.SEK, rar.charter()),
                ViolationCodes.ASSOCIATION_NAME_INVALID, "/name", "'rar-sormland'", "\\u001B");
        Violations.assertSingle(() -> CoordinationAssociation.of(rar.id(), "\u2007\u2007", Samples.SEK, rar.charter()),
                ViolationCodes.ASSOCIATION_NAME_INVALID, "/name", "blank");
        assertThat(CoordinationAssociation.of(rar.id(), "😀".repeat(200), Samples.SEK, rar.charter()).name()).hasSize(400);
    }

    @Test
    @Raises(ViolationCodes.CURRENCY_INVALID)
    void association_inSomethingThatIsNoCurrencyForAmounts_isRejected() {
        for (String code : new String[] {"XXX", "XAU", "XAG", "XPT", "XPD", "XTS", "XDR", "XBA", "XBB", "XBC", "XBD", "XSU",
            "XUA"}) {
            Violations.assertSingle(() -> CoordinationAssociation.of(rar.id(), rar.name(), Monetary.getCurrency(code),
                    rar.charter()), ViolationCodes.CURRENCY_INVALID, "/currency", "'" + code + "'");
        }
        assertThat(CoordinationAssociation.of(rar.id(), rar.name(), Monetary.getCurrency("JPY"), rar.charter()).currency())
                .isEqualTo(Monetary.getCurrency("JPY"));
    }
}
