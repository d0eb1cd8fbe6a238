package se.finsam.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.finsam.association.CoordinationAssociation;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;
import se.finsam.money.RoundingUnit;
import se.finsam.testing.Generators;
import se.finsam.testing.Lazy;
import se.finsam.testing.Property;
import se.finsam.testing.Samples;

/**
 * Properties of {@link Settlement} (docs/domain.md, Preliminary and final keys: the settlement): between a
 * preliminary and a final municipal key, the differences sum to zero and each is {@code due − invoiced}.
 */
class SettlementProperties {

    private static final int CASES = 10_000;

    @Test
    void differences_sumToZero_andEachIsDueMinusInvoiced() {
        Property.forAll("settlement differences sum to zero", CASES, random -> {
            CoordinationAssociation preliminaryAssociation = Generators.association(random);
            List<MemberId> municipalities = preliminaryAssociation.charter().membersOf(se.finsam.member.Party.MUNICIPALITIES)
                    .stream().map(Member::id).toList();
            CoordinationAssociation finalAssociation = preliminaryAssociation
                    .withMunicipalKey(Generators.key(random, municipalities));
            RoundingUnit unit = Generators.unit(random);
            Financing financing = random.nextBoolean()
                    ? Financing.ofTotal(unit.amountOf(Generators.totalUnits(random), Samples.SEK))
                    : Financing.ofStateContribution(unit.amountOf(Generators.totalUnits(random) / 2, Samples.SEK));
            ContributionSplit invoiced = preliminaryAssociation.contributions(financing, unit);
            ContributionSplit due = finalAssociation.contributions(financing, unit);
            Settlement settlement = Settlement.between(invoiced, due);
            Lazy input = Lazy.text(() -> financing + " at " + unit + ", keys " + preliminaryAssociation.charter().municipalKey()
                    + " then " + finalAssociation.charter().municipalKey());

            List<Settlement.Entry> entries = settlement.entries();
            List<MemberId> members = preliminaryAssociation.members().stream().map(Member::id).toList();
            assertThat(entries.stream().map(Settlement.Entry::member).toList()).as("entry order, %s", input).isEqualTo(members);
            List<Long> invoicedUnits = entries.stream().map(e -> unit.unitsOf(e.invoiced())).toList();
            List<Long> dueUnits = entries.stream().map(e -> unit.unitsOf(e.due())).toList();
            List<Long> differenceUnits = entries.stream().map(e -> unit.unitsOf(e.difference())).toList();
            assertThat(invoicedUnits).as("invoiced, %s", input).isEqualTo(members.stream().map(invoiced::unitsOf).toList());
            assertThat(dueUnits).as("due, %s", input).isEqualTo(members.stream().map(due::unitsOf).toList());
            List<Long> dueMinusInvoiced = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                dueMinusInvoiced.add(dueUnits.get(i) - invoicedUnits.get(i));
            }
            assertThat(differenceUnits).as("differences (left) vs due − invoiced (right), %s", input).isEqualTo(dueMinusInvoiced);
            assertThat(members.stream().map(m -> unit.unitsOf(settlement.differenceOf(m))).toList())
                    .as("differenceOf, %s", input).isEqualTo(differenceUnits);
            // Only the municipal key changed: nobody else's contribution moves.
            assertThat(entries.stream().filter(e -> e.kind() != MemberKind.MUNICIPALITY).map(e -> unit.unitsOf(e.difference())))
                    .as("differences of members other than municipalities, %s", input).containsOnly(0L);
            long sum = differenceUnits.stream().mapToLong(Long::longValue).sum();
            assertThat(sum).as("sum of differences %s, %s", differenceUnits, input).isZero();
        });
    }
}
