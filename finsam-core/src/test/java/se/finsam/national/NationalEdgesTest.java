package se.finsam.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.finsam.national.Located.allocation;
import static se.finsam.national.StateAllocationTest.figures;
import static se.finsam.testing.Samples.SEK;
import static se.finsam.testing.Samples.sek;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import se.finsam.association.AssociationId;
import se.finsam.money.RoundingUnit;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/** Edges of the national allocation no other test pinned: its value methods, messages and number formats. */
class NationalEdgesTest {

    private static final AllocationModel MODEL = AllocationModel.of(sek("1000"), BigDecimal.valueOf(50),
            BigDecimal.valueOf(50), BigDecimal.TEN, null);

    private static List<AssociationFigures> two() {
        return List.of(figures("a", 100, "1").withPreviousAllocation(sek("3000")).withSupplementaryRequest(sek("600")),
                figures("b", 300, "3").withPreviousAllocation(sek("3000")).withSupplementaryRequest(sek("100"))
                        .withMatchingOffer(sek("2000")));
    }

    private static NationalAllocation allocate(Year year, String appropriation, AllocationModel model, RoundingUnit unit,
            List<AssociationFigures> list, SupplementaryCall call, String note) {
        return NationalAllocation.allocate(year, sek(appropriation), model, list, call, unit, note);
    }

    private static NationalAllocation plain() {
        return allocate(Year.of(2016), "8000", MODEL, RoundingUnit.KRONA, two(), SupplementaryCall.of(sek("500"), sek("400")),
                "n");
    }

    @Test
    void nationalAllocation_equalsComparesEveryInput_andSaysWhatItIs() {
        NationalAllocation a = plain();

        assertThat(a).isEqualTo(plain()).hasSameHashCodeAs(plain()).isNotEqualTo("a national allocation");
        assertThat(a).hasToString("NationalAllocation[2016: 8000 SEK among 2 associations]");
        assertThat(a.associations()).isEqualTo(two());
        assertThat(a.supplementaryCall()).contains(SupplementaryCall.of(sek("500"), sek("400")));
        SupplementaryCall call = SupplementaryCall.of(sek("500"), sek("400"));
        assertThat(allocate(Year.of(2017), "8000", MODEL, RoundingUnit.KRONA, two(), call, "n")).isNotEqualTo(a);
        assertThat(allocate(Year.of(2016), "8000", MODEL, RoundingUnit.KRONA, two(), call, "m")).isNotEqualTo(a);
        assertThat(allocate(Year.of(2016), "8100", MODEL, RoundingUnit.KRONA, two(), call, "n")).isNotEqualTo(a);
        assertThat(allocate(Year.of(2016), "8000", MODEL.withMaxDecrease(BigDecimal.ONE), RoundingUnit.KRONA, two(), call, "n"))
                .isNotEqualTo(a);
        assertThat(allocate(Year.of(2016), "8000", MODEL, RoundingUnit.of(new BigDecimal("0.01")), two(), call, "n"))
                .isNotEqualTo(a);
        assertThat(allocate(Year.of(2016), "8000", MODEL, RoundingUnit.KRONA, List.of(two().get(1), two().get(0)), call, "n"))
                .isNotEqualTo(a);
        assertThat(allocate(Year.of(2016), "8000", MODEL, RoundingUnit.KRONA, two(), SupplementaryCall.of(sek("500"), sek("300")),
                "n")).isNotEqualTo(a);
    }

    @Test
    void aBadNote_isReportedWithTheBasesItsAllocationCannotCover() {
        // 1 500 kr cannot cover two bases of 1 000: reported with the note, though the allocation is not computed.
        NationalValidationException e = catchThrowableOfType(NationalValidationException.class,
                () -> allocate(Year.of(2016), "1500", MODEL, RoundingUnit.KRONA,
                        List.of(figures("a", 1, "1").withPreviousAllocation(sek("3000")),
                                figures("b", 1, "1").withPreviousAllocation(sek("3000"))), null, "bad\u0007note"));

        assertThat(Located.of(e.located())).containsExactly(allocation("/note", ViolationCodes.TEXT_INVALID),
                allocation("/appropriation", ViolationCodes.NATIONAL_APPROPRIATION_BELOW_BASES));
    }

    @Test
    void supplementarySplit_toStringListsEveryGrant() {
        NationalAllocation a = plain();

        assertThat(a.supplementary()).hasValueSatisfying(s -> assertThat(s).hasToString("SupplementarySplit[pot 500: a=400, b=100]"));
    }

    @Test
    void supplementaryCall_namesABadRequest_andAMissingOne() {
        SupplementaryCall call = SupplementaryCall.of(sek("500"), sek("400"));
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class,
                () -> call.split(Map.of(AssociationId.of("x"), Money.of(10, "EUR")), RoundingUnit.KRONA));
        assertThat(e.violations()).extracting(Violation::path, Violation::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/requests/x",
                        "Supplementary request of 'x' is in EUR, but the national allocation is in SEK"));

        Map<AssociationId, javax.money.MonetaryAmount> missing = new HashMap<>();
        missing.put(AssociationId.of("y"), null);
        NullPointerException npe = catchThrowableOfType(NullPointerException.class, () -> call.split(missing, RoundingUnit.KRONA));
        assertThat(npe).hasMessage("request of 'y'");
    }

    @Test
    void matching_keepsTheOffer() {
        assertThat(plain().matchingOf(AssociationId.of("b")).offer()).contains(sek("2000"));
        assertThat(plain().matchingOf(AssociationId.of("a")).offer()).isEmpty();
    }

    @Test
    void units_reportsWhatIsWrong_andGivesNoUnits() {
        List<Violation> found = new ArrayList<>();

        assertThat(NationalAmounts.units(Money.of(10, "EUR"), SEK, RoundingUnit.KRONA, "/x", "Thing", found::add)).isNull();
        assertThat(NationalAmounts.units(sek("10.5"), SEK, RoundingUnit.KRONA, "/y", "Thing", found::add)).isNull();
        assertThat(NationalAmounts.units(sek("-5"), SEK, RoundingUnit.KRONA, "/z", "Thing", found::add)).isNull();
        assertThat(NationalAmounts.units(sek("7"), SEK, RoundingUnit.KRONA, "/w", "Thing", found::add)).isEqualTo(7L);

        assertThat(found).extracting(Violation::path, Violation::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/x", ViolationCodes.AMOUNT_CURRENCY_MISMATCH),
                org.assertj.core.groups.Tuple.tuple("/y", ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT),
                org.assertj.core.groups.Tuple.tuple("/z", ViolationCodes.AMOUNT_NEGATIVE));
        assertThat(found.get(0).message()).isEqualTo("Thing is in EUR, but the national allocation is in SEK");
        assertThat(found.get(1).message()).startsWith("Thing: ");
        assertThat(found.get(2).message()).isEqualTo("Thing must not be negative, was -5");
    }

    @Test
    void knownUnits_withoutCurrencyOrUnit_reportsOnlyANegativeAmount() {
        List<Violation> found = new ArrayList<>();

        assertThat(NationalAmounts.knownUnits(sek("-5"), false, null, RoundingUnit.KRONA, () -> "/p", () -> "Thing", found::add))
                .isNull();
        assertThat(NationalAmounts.knownUnits(sek("5"), false, SEK, null, () -> "/q", () -> "Thing", found::add)).isNull();

        assertThat(found).extracting(Violation::path, Violation::code, Violation::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/p", ViolationCodes.AMOUNT_NEGATIVE, "Thing must not be negative, was -5"));
    }

    @Test
    void number_spellsOutFortyDigitsEitherSideOfThePoint_andQuotesLongerNumbersShortly() {
        assertThat(NationalAmounts.number(new BigDecimal("1E-40"))).isEqualTo("0," + "0".repeat(39) + "1");
        assertThat(NationalAmounts.number(new BigDecimal("1E-41"))).isEqualTo("1E-41");
        assertThat(NationalAmounts.number(new BigDecimal("1E+39"))).isEqualTo("1" + " 000".repeat(13));
        assertThat(NationalAmounts.number(new BigDecimal("1E+40"))).isEqualTo("1" + "0".repeat(40));
        assertThat(NationalAmounts.number(new BigDecimal("1E+41"))).isEqualTo("1E+41");
    }
}
