package se.finsam.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.finsam.association.CoordinationAssociation;
import se.finsam.member.Member;
import se.finsam.member.MemberKind;
import se.finsam.member.Party;
import se.finsam.money.RoundingUnit;
import se.finsam.testing.Generators;
import se.finsam.testing.Lazy;
import se.finsam.testing.Property;
import se.finsam.testing.Samples;

/**
 * Properties of the statutory split (the Finsam law, 5 §; docs/domain.md, The statutory split) on
 * generated associations: 1–3 regions, 1–40
 * municipalities, keys of every basis, members in any order, totals up to
 * {@link RoundingUnit#MAX_UNITS} at öre, krona and thousand.
 */
class StatutorySplitProperties {

    private static final int CASES = 10_000;

    private static long sumOf(ContributionSplit split, MemberKind kind) {
        return split.charter().members().stream().filter(m -> m.kind() == kind).mapToLong(m -> split.unitsOf(m.id())).sum();
    }

    @Test
    void splitOfATotal_keepsTheStatutoryShares() {
        Property.forAll("statutory split of a total", CASES, random -> {
            CoordinationAssociation association = Generators.association(random);
            RoundingUnit unit = Generators.unit(random);
            long total = Generators.totalUnits(random);
            ContributionSplit split = association.contributions(Financing.ofTotal(unit.amountOf(total, Samples.SEK)), unit);
            Lazy input = Lazy.text(() -> total + " units of " + unit + " for " + association.members().stream().map(Member::id).toList());

            long state = sumOf(split, MemberKind.SOCIAL_INSURANCE_AGENCY);
            long regions = sumOf(split, MemberKind.REGION);
            long municipalities = sumOf(split, MemberKind.MUNICIPALITY);
            assertThat(sumOf(split, MemberKind.PUBLIC_EMPLOYMENT_SERVICE)).as("Arbetsförmedlingen, %s", input).isZero();
            assertThat(state + regions + municipalities).as("sum of contributions, %s", input).isEqualTo(total);
            assertThat(split.totalUnits()).as("totalUnits, %s", input).isEqualTo(total);
            assertThat(split.partyUnits(Party.STATE)).as("state party, %s", input).isEqualTo(state);
            assertThat(split.partyUnits(Party.REGIONS)).as("regions party, %s", input).isEqualTo(regions);
            assertThat(split.partyUnits(Party.MUNICIPALITIES)).as("municipalities party, %s", input).isEqualTo(municipalities);
            if (total % 4 == 0) {
                assertThat(state).as("state when the total is a multiple of four units, %s", input)
                        .isEqualTo(regions + municipalities).isEqualTo(total / 2);
                assertThat(regions).as("regions when the total is a multiple of four units, %s", input)
                        .isEqualTo(municipalities).isEqualTo(total / 4);
            }
            if (total % 2 == 0) {
                // 4k+2: the state's half is whole; the odd unit of the quarters goes to one of them.
                assertThat(state).as("state when the total is even, %s", input).isEqualTo(regions + municipalities);
            }
            // state = 2 × regions = 2 × municipalities within rounding: worked out for 4k+1, 4k+2, 4k+3.
            assertThat(Math.abs(state - 2 * regions)).as("|state − 2·regions| = |%s − 2·%s|, %s", state, regions, input)
                    .isLessThanOrEqualTo(1);
            assertThat(Math.abs(state - 2 * municipalities)).as("|state − 2·municipalities|, %s", input).isLessThanOrEqualTo(1);
            assertThat(Math.abs(regions - municipalities)).as("|regions − municipalities|, %s", input).isLessThanOrEqualTo(1);

            // Contributions come in member order and sum, as amounts, to the total.
            List<Contribution> contributions = split.contributions();
            assertThat(contributions.stream().map(Contribution::member).toList()).as("contribution order, %s", input)
                    .isEqualTo(association.members().stream().map(Member::id).toList());
            BigDecimal amountSum = contributions.stream().map(c -> c.amount().getNumber().numberValue(BigDecimal.class))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(amountSum).as("sum of contribution amounts, %s", input).isEqualByComparingTo(unit.decimalOf(total));

            // Within a party, every member is within one unit of its key's exact quota.
            checkKeyQuotas(split, Party.REGIONS, regions, input);
            checkKeyQuotas(split, Party.MUNICIPALITIES, municipalities, input);
        });
    }

    private static void checkKeyQuotas(ContributionSplit split, Party party, long partyUnits, Lazy input) {
        Charter charter = split.charter();
        ContributionKey key = party == Party.MUNICIPALITIES ? charter.municipalKey()
                : charter.regionalKey().orElse(ContributionKey.equal());
        List<Member> members = charter.membersOf(party);
        BigDecimal weightSum = members.stream().map(m -> key.weightOf(m.id())).reduce(BigDecimal.ZERO, BigDecimal::add);
        for (Member m : members) {
            BigDecimal distance = BigDecimal.valueOf(split.unitsOf(m.id())).multiply(weightSum)
                    .subtract(BigDecimal.valueOf(partyUnits).multiply(key.weightOf(m.id()))).abs();
            if (distance.compareTo(weightSum) >= 0) {
                throw new AssertionError(m.id() + " pays " + split.unitsOf(m.id()) + " units, a unit or more from its quota "
                        + partyUnits + "·" + key.weightOf(m.id()) + "/" + weightSum + " by " + key.basis() + ", " + input);
            }
        }
    }

    @Test
    void splitOfAStateContribution_isMatchedExactlyByRegionsAndMunicipalities() {
        Property.forAll("statutory split of a state contribution", CASES, random -> {
            CoordinationAssociation association = Generators.association(random);
            RoundingUnit unit = Generators.unit(random);
            long stateContribution = Generators.totalUnits(random) / 2; // the total, twice it, is at most MAX_UNITS
            ContributionSplit split = association.contributions(
                    Financing.ofStateContribution(unit.amountOf(stateContribution, Samples.SEK)), unit);
            Lazy input = Lazy.text(() -> stateContribution + " units of " + unit + " for "
                    + association.members().stream().map(Member::id).toList());

            long fk = sumOf(split, MemberKind.SOCIAL_INSURANCE_AGENCY);
            long regions = sumOf(split, MemberKind.REGION);
            long municipalities = sumOf(split, MemberKind.MUNICIPALITY);
            assertThat(fk).as("Försäkringskassan pays the state contribution, %s", input).isEqualTo(stateContribution);
            assertThat(sumOf(split, MemberKind.PUBLIC_EMPLOYMENT_SERVICE)).as("Arbetsförmedlingen, %s", input).isZero();
            assertThat(regions + municipalities).as("regions + municipalities match the state, %s", input)
                    .isEqualTo(stateContribution);
            assertThat(Math.abs(regions - municipalities)).as("|regions − municipalities|, %s", input).isLessThanOrEqualTo(1);
            assertThat(split.totalUnits()).as("total, %s", input).isEqualTo(2 * stateContribution);
            if (stateContribution % 2 == 0) {
                assertThat(regions).as("regions when the state's contribution is even, %s", input)
                        .isEqualTo(municipalities).isEqualTo(stateContribution / 2);
            }
        });
    }

    @Test
    void splitOfATotal_andOfItsStateHalf_agreeWheneverTheTotalIsAMultipleOfFourUnits() {
        Property.forAll("statutory split from either side", CASES, random -> {
            CoordinationAssociation association = Generators.association(random);
            RoundingUnit unit = Generators.unit(random);
            long quarter = Generators.totalUnits(random) / 4;
            ContributionSplit fromTotal = association.contributions(
                    Financing.ofTotal(unit.amountOf(4 * quarter, Samples.SEK)), unit);
            ContributionSplit fromState = association.contributions(
                    Financing.ofStateContribution(unit.amountOf(2 * quarter, Samples.SEK)), unit);
            assertThat(fromState.contributions()).as("contributions from %s quarters of %s", quarter, unit)
                    .isEqualTo(fromTotal.contributions());
        });
    }

    @Test
    void partyAmounts_dependOnTheAmountAlone_neverOnTheOrderOfTheMembers() {
        Property.forAll("statutory split independent of member order", CASES, random -> {
            CoordinationAssociation association = Generators.association(random);
            RoundingUnit unit = Generators.unit(random);
            // Every residue modulo 4 equally often: 4k + 2 is where regions and municipalities tie.
            // (At most half the largest total: a state contribution makes a total of twice itself.)
            long amount = Math.max(0, Generators.totalUnits(random) / 8 * 4 - 4) + random.nextInt(4);
            Financing financing = random.nextBoolean() ? Financing.ofTotal(unit.amountOf(amount, Samples.SEK))
                    : Financing.ofStateContribution(unit.amountOf(amount, Samples.SEK));
            List<Member> permuted = new ArrayList<>(association.members());
            Generators.shuffle(random, permuted);
            Charter charter = association.charter();
            CoordinationAssociation reordered = CoordinationAssociation.of(association.id(), association.name(),
                    association.currency(), Charter.of(permuted, charter.municipalKey(), charter.regionalKey().orElse(null)));
            Lazy input = Lazy.text(() -> financing + " at " + unit + ", members " + association.members().stream()
                    .map(Member::id).toList() + " and " + permuted.stream().map(Member::id).toList());

            ContributionSplit split = association.contributions(financing, unit);
            ContributionSplit other = reordered.contributions(financing, unit);
            for (Party party : Party.values()) {
                assertThat(other.partyUnits(party)).as("%s, %s", party, input).isEqualTo(split.partyUnits(party));
            }
            // The law's order decides the ties: the regions never get less than the municipalities.
            long regions = split.partyUnits(Party.REGIONS);
            long municipalities = split.partyUnits(Party.MUNICIPALITIES);
            assertThat(regions - municipalities).as("regions − municipalities, %s", input).isBetween(0L, 1L);
            long matched = financing.basis() == Financing.Basis.TOTAL ? amount : 2 * amount;
            long expectedRegions = financing.basis() == Financing.Basis.TOTAL
                    ? (amount % 4 == 3 ? amount / 4 + 1 : amount / 4 + (amount % 4 == 2 ? 1 : 0))
                    : (amount + 1) / 2;
            assertThat(regions).as("regions of %s units, %s", amount, input).isEqualTo(expectedRegions);
            assertThat(split.totalUnits()).as("total, %s", input).isEqualTo(matched);
        });
    }
}
