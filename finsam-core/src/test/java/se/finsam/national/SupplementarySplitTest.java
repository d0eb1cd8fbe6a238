package se.finsam.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static se.finsam.testing.Samples.sek;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import se.finsam.testing.EqualityGroups;
import se.finsam.association.AssociationId;
import se.finsam.money.Fraction;
import se.finsam.money.RoundingUnit;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

class SupplementarySplitTest {

    private static Map<AssociationId, MonetaryAmount> requests(String... idAndAmount) {
        Map<AssociationId, MonetaryAmount> map = new LinkedHashMap<>();
        for (int i = 0; i < idAndAmount.length; i += 2) {
            map.put(AssociationId.of(idAndAmount[i]), sek(idAndAmount[i + 1]));
        }
        return map;
    }

    private static final Map<AssociationId, MonetaryAmount> REQUESTS = requests("a", "600", "b", "300", "c", "100", "d", "200");

    @Test
    void oversubscribed_sharesThePotInProportionCappedAndReSharesWhatTheCapFrees() {
        // Pot 900, cap 400; requests 600, 300, 100, 200 (1 200). Within the cap: 400 + 300 + 100 + 200 = 1 000 > 900.
        // In proportion, 900/1 200 = 75 % of each: a would get 450, above the cap: a is held at 400.
        // The other 500 go to b, c, d by 300 : 100 : 200, 5/6 of each: 250, 83.33, 166.67 → 250 + 83 + 166,
        // the unit left to d (remainder 0.67): b 250, c 83, d 167. Sum 900, nobody above request or cap.
        SupplementarySplit split = SupplementaryCall.of(sek("900"), sek("400")).split(REQUESTS, RoundingUnit.KRONA);

        assertThat(split.isOversubscribed()).isTrue();
        assertThat(split.grants()).extracting(SupplementaryGrant::granted)
                .containsExactly(sek("400"), sek("250"), sek("83"), sek("167"));
        assertThat(split.grants()).extracting(SupplementaryGrant::unmet)
                .containsExactly(sek("200"), sek("50"), sek("17"), sek("33"));
        assertThat(split.grantOf(AssociationId.of("a")).eligible()).isEqualTo(sek("400"));
        assertThat(split.rate()).isEqualTo(Fraction.of(5, 6));
        assertThat(split.granted()).isEqualTo(sek("900"));
        assertThat(split.leftOver()).isEqualTo(sek("0"));
        assertThat(split.requested()).isEqualTo(sek("1200"));
        assertThat(split.eligible()).isEqualTo(sek("1000"));
        assertThat(split.unmet()).isEqualTo(sek("300"));
        assertThat(split.explain(AssociationId.of("a"))).isEqualTo(
                "a: requested 600 kr, capped at 400 kr; granted 400 kr (held at the cap); unmet 200 kr");
        assertThat(split.explain(AssociationId.of("b"))).isEqualTo(
                "b: requested 300 kr; granted 250 kr (83,3 % of the request); unmet 50 kr");
    }

    @Test
    void grant_knowsItsUnitAndCurrency() {
        SupplementaryGrant grant = SupplementaryCall.of(sek("900"), sek("400")).split(REQUESTS, RoundingUnit.ORE)
                .grantOf(AssociationId.of("b"));

        assertThat(grant.unit()).isEqualTo(RoundingUnit.ORE);
        assertThat(grant.currency().getCurrencyCode()).isEqualTo("SEK");
    }

    @Test
    void grants_areEqualByAssociationAndAmounts() {
        SupplementarySplit split = SupplementaryCall.of(sek("900"), sek("400")).split(REQUESTS, RoundingUnit.KRONA);
        SupplementarySplit again = SupplementaryCall.of(sek("900"), sek("400")).split(REQUESTS, RoundingUnit.KRONA);
        SupplementarySplit ample = SupplementaryCall.of(sek("2000"), sek("400")).split(REQUESTS, RoundingUnit.KRONA);
        AssociationId b = AssociationId.of("b");
        EqualityGroups.create()
                .addGroup(split.grantOf(b), again.grantOf(b))
                .addGroup(ample.grantOf(b))
                .addGroup(split.grantOf(AssociationId.of("a")), again.grantOf(AssociationId.of("a")))
                .test();
        assertThat(split.grantOf(b).grantedUnits()).isEqualTo(250);
        assertThat(split.grantOf(b)).hasToString("SupplementaryGrant[b: granted 250 of 300 SEK, eligible 300]");
    }

    @Test
    void undersubscribed_meetsEveryCappedRequestAndReportsWhatIsLeft() {
        // Pot 2 000: the capped requests 400 + 300 + 100 + 200 = 1 000 all fit; 1 000 left; a's 200 above the cap unmet.
        SupplementarySplit split = SupplementaryCall.of(sek("2000"), sek("400")).split(REQUESTS, RoundingUnit.KRONA);

        assertThat(split.isOversubscribed()).isFalse();
        assertThat(split.grants()).extracting(SupplementaryGrant::granted)
                .containsExactly(sek("400"), sek("300"), sek("100"), sek("200"));
        assertThat(split.leftOver()).isEqualTo(sek("1000"));
        assertThat(split.unmet()).isEqualTo(sek("200"));
        assertThat(split.rate()).isEqualTo(Fraction.ONE);
        assertThat(split.explain()).contains("every request within the cap met, 1 000 kr left over");
    }

    @Test
    void noRequests_leaveTheWholePot() {
        SupplementarySplit split = SupplementaryCall.of(sek("900"), sek("400")).split(Map.of(), RoundingUnit.KRONA);

        assertThat(split.grants()).isEmpty();
        assertThat(split.leftOver()).isEqualTo(sek("900"));
    }

    @Test
    void badAmounts_areReportedWithTheirPaths() {
        FinsamValidationException negative = catchThrowableOfType(FinsamValidationException.class,
                () -> SupplementaryCall.of(sek("-1"), sek("-2")));
        FinsamValidationException split = catchThrowableOfType(FinsamValidationException.class,
                () -> SupplementaryCall.of(sek("900.5"), sek("400")).split(requests("a", "-5", "b", "1.5"), RoundingUnit.KRONA));

        assertThat(negative.violations()).extracting(Violation::path).containsExactly("/pot", "/cap");
        assertThat(split.violations()).extracting(Violation::path, Violation::code).containsExactly(
                Tuple.tuple("/pot", ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT),
                Tuple.tuple("/requests/a", ViolationCodes.AMOUNT_NEGATIVE),
                Tuple.tuple("/requests/b", ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT));
    }

    @Test
    void explain_saysCappedOnlyAboveTheCap_andNoRateForARequestOfZero() {
        // Pot 300, cap 200; requests 200 (the cap), 400, 0: eligible 200 + 200 + 0 = 400 > 300. At rate 1/2 the
        // second reaches the cap, 200; the first gets 100.
        SupplementarySplit split = SupplementaryCall.of(sek("300"), sek("200"))
                .split(requests("a", "200", "b", "400", "c", "0"), RoundingUnit.KRONA);

        assertThat(split.explain(AssociationId.of("a"))).isEqualTo(
                "a: requested 200 kr; granted 100 kr (50,0 % of the request); unmet 100 kr");
        assertThat(split.explain(AssociationId.of("b"))).isEqualTo(
                "b: requested 400 kr, capped at 200 kr; granted 200 kr (held at the cap); unmet 200 kr");
        assertThat(split.explain(AssociationId.of("c"))).isEqualTo("c: requested 0 kr; granted 0 kr; unmet 0 kr");
        assertThat(split.grantedUnits()).isEqualTo(300);
    }

    @Test
    void splits_areEqualByCallUnitAndGrants() {
        SupplementaryCall call = SupplementaryCall.of(sek("900"), sek("400"));
        SupplementarySplit split = call.split(REQUESTS, RoundingUnit.KRONA);

        EqualityGroups.create()
                .addGroup(split, SupplementaryCall.of(sek("900"), sek("400")).split(REQUESTS, RoundingUnit.KRONA))
                .addGroup(call.split(REQUESTS, RoundingUnit.ORE))
                .addGroup(call.split(requests("a", "600", "b", "300"), RoundingUnit.KRONA))
                .addGroup(SupplementaryCall.of(sek("900"), sek("500")).split(REQUESTS, RoundingUnit.KRONA))
                .test();
        assertThat(split.call()).isEqualTo(call);
    }
}
