package se.finsam.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import se.finsam.association.CoordinationAssociation;
import se.finsam.budget.AnnualPlan;
import se.finsam.contribution.Charter;
import se.finsam.contribution.ContributionKey;
import se.finsam.contribution.ContributionSplit;
import se.finsam.contribution.Financing;
import se.finsam.contribution.KeyBasis;
import se.finsam.contribution.StatutorySplit;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;
import se.finsam.member.Party;
import se.finsam.money.RoundingUnit;
import se.finsam.national.NationalAllocation;
import se.finsam.national.StateAllocation;
import se.finsam.project.Project;
import se.finsam.project.ProjectId;

class FinsamGeneratorsTest {

    private static final List<MemberId> IDS = List.of(MemberId.of("a"), MemberId.of("b"), MemberId.of("c"));

    @Test
    void associationsAreValidWithinBoundsAndReachEveryBasisAndBothEnds() {
        Set<Integer> municipalityCounts = new TreeSet<>();
        Set<Integer> regionCounts = new TreeSet<>();
        Set<KeyBasis> municipalBases = EnumSet.noneOf(KeyBasis.class);
        Set<KeyBasis> regionalBases = EnumSet.noneOf(KeyBasis.class);
        Seeds.forAll("generated associations", 400, random -> {
            CoordinationAssociation association = FinsamGenerators.association(random);
            Charter charter = association.charter();
            // Rebuilding the charter checks every rule of it again.
            Charter.of(charter.members(), charter.municipalKey(), charter.regionalKey().orElse(null));
            int municipalities = charter.membersOf(Party.MUNICIPALITIES).size();
            int regions = charter.membersOf(Party.REGIONS).size();
            assertThat(municipalities).isBetween(1, FinsamGenerators.MAX_MUNICIPALITIES);
            assertThat(regions).isBetween(1, FinsamGenerators.MAX_REGIONS);
            assertThat(charter.members()).hasSize(2 + regions + municipalities).hasSizeLessThanOrEqualTo(Charter.MAX_MEMBERS);
            assertThat(charter.members()).extracting(Member::kind)
                    .contains(MemberKind.SOCIAL_INSURANCE_AGENCY, MemberKind.PUBLIC_EMPLOYMENT_SERVICE);
            if (regions > 1) {
                assertThat(charter.regionalKey()).isPresent();
            }
            assertKeyInBounds(charter.municipalKey());
            charter.regionalKey().ifPresent(FinsamGeneratorsTest::assertKeyInBounds);
            municipalityCounts.add(municipalities);
            regionCounts.add(regions);
            municipalBases.add(charter.municipalKey().basis());
            charter.regionalKey().ifPresent(k -> regionalBases.add(k.basis()));
            // A split of any amount by it is exact.
            RoundingUnit unit = FinsamGenerators.unit(random);
            ContributionSplit split = StatutorySplit.compute(charter,
                    Financing.ofTotal(unit.amountOf(random.nextLong(0, 1_000_000_000L), FinsamGenerators.SEK)), unit);
            assertThat(split.partyUnits(Party.MUNICIPALITIES) + split.partyUnits(Party.REGIONS) + split.partyUnits(Party.STATE))
                    .isEqualTo(split.totalUnits());
        });
        assertThat(municipalityCounts).contains(1, FinsamGenerators.MAX_MUNICIPALITIES);
        assertThat(regionCounts).containsExactly(1, 2, 3);
        assertThat(municipalBases).containsExactlyInAnyOrder(KeyBasis.values());
        assertThat(regionalBases).containsExactlyInAnyOrder(KeyBasis.values());
    }

    private static void assertKeyInBounds(ContributionKey key) {
        if (key instanceof ContributionKey.Percentages p) {
            assertThat(p.values().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100");
            assertThat(p.values().values()).allSatisfy(v -> assertThat(v.signum()).isNotNegative());
        } else if (key instanceof ContributionKey.Population p) {
            assertThat(p.values().values()).allSatisfy(v -> assertThat(v).isBetween(0L, ContributionKey.MAX_HEAD_COUNT));
            assertThat(p.values().values()).anySatisfy(v -> assertThat(v).isPositive());
        } else if (key instanceof ContributionKey.Weights w) {
            assertThat(w.values().values()).allSatisfy(v -> assertThat(v.precision()).isLessThanOrEqualTo(ContributionKey.MAX_DIGITS));
            assertThat(w.values().values()).anySatisfy(v -> assertThat(v.signum()).isPositive());
        }
    }

    @Test
    void theSameSeedGivesTheSameValues() {
        for (long seed = 0; seed < 20; seed++) {
            assertThat(FinsamGenerators.association(new SplittableRandom(seed)))
                    .isEqualTo(FinsamGenerators.association(new SplittableRandom(seed)));
            assertThat(FinsamGenerators.plan(new SplittableRandom(seed))).isEqualTo(FinsamGenerators.plan(new SplittableRandom(seed)));
            assertThat(FinsamGenerators.nationalAllocation(new SplittableRandom(seed)))
                    .isEqualTo(FinsamGenerators.nationalAllocation(new SplittableRandom(seed)));
            assertThat(FinsamGenerators.totalUnits(new SplittableRandom(seed)))
                    .isEqualTo(FinsamGenerators.totalUnits(new SplittableRandom(seed)));
        }
        // And different seeds give different values: the generators do draw from the source.
        Set<CoordinationAssociation> distinct = new java.util.HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            distinct.add(FinsamGenerators.association(new SplittableRandom(seed)));
        }
        assertThat(distinct).hasSizeGreaterThan(10);
    }

    @Test
    void totalUnitsStayWithinMaxUnitsAndReachBothEnds() {
        Set<Long> edges = new TreeSet<>();
        Seeds.forAll("total units", 300, random -> {
            long units = FinsamGenerators.totalUnits(random);
            assertThat(units).isBetween(0L, RoundingUnit.MAX_UNITS);
            if (units == 0 || units == RoundingUnit.MAX_UNITS) {
                edges.add(units);
            }
            RoundingUnit unit = FinsamGenerators.unit(random);
            assertThat(unit.unitsOf(FinsamGenerators.amount(random, unit))).isBetween(0L, RoundingUnit.MAX_UNITS);
        });
        assertThat(edges).containsExactly(0L, RoundingUnit.MAX_UNITS);
    }

    @Test
    void keysOfEachBasisCoverExactlyTheirMembers() {
        SplittableRandom random = new SplittableRandom(7);
        for (KeyBasis basis : KeyBasis.values()) {
            for (int i = 0; i < 50; i++) {
                ContributionKey key = FinsamGenerators.key(random, IDS, basis);
                assertThat(key.basis()).isEqualTo(basis);
                if (basis != KeyBasis.EQUAL) {
                    assertThat(key.namedMembers()).containsExactlyElementsOf(IDS);
                }
                assertKeyInBounds(key);
            }
        }
        assertThat(FinsamGenerators.key(random, List.of(MemberId.of("only")), KeyBasis.PERCENTAGES))
                .isEqualTo(ContributionKey.ofPercentages(java.util.Map.of(MemberId.of("only"), BigDecimal.valueOf(100))));
    }

    @Test
    void weightsHaveOnePositiveAtLeast() {
        Seeds.forAll("weights", 300, random -> {
            int n = 1 + random.nextInt(4);
            List<BigDecimal> weights = FinsamGenerators.weights(random, n);
            assertThat(weights).hasSize(n).anySatisfy(w -> assertThat(w.signum()).isPositive())
                    .allSatisfy(w -> assertThat(w.signum()).isNotNegative());
        });
    }

    @Test
    void shuffleIsAPermutationDecidedByTheSeed() {
        List<Integer> a = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7, 8));
        List<Integer> b = new ArrayList<>(a);
        FinsamGenerators.shuffle(new SplittableRandom(3), a);
        FinsamGenerators.shuffle(new SplittableRandom(3), b);
        assertThat(a).isEqualTo(b).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void associationOfGivenShape() {
        CoordinationAssociation rarShape = FinsamGenerators.association(new SplittableRandom(1), 9, 1);
        assertThat(rarShape.charter().membersOf(Party.MUNICIPALITIES)).hasSize(9);
        assertThat(rarShape.charter().membersOf(Party.REGIONS)).hasSize(1);
        CoordinationAssociation all = FinsamGenerators.association(new SplittableRandom(1), 290, 3);
        assertThat(all.charter().membersOf(Party.MUNICIPALITIES)).hasSize(290);
    }

    @Test
    void refusesOutOfRangeArguments() {
        SplittableRandom random = new SplittableRandom(1);
        assertThatThrownBy(() -> FinsamGenerators.association(random, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("municipalities must be 1 to 290, was 0");
        assertThatThrownBy(() -> FinsamGenerators.association(random, 291, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FinsamGenerators.association(random, 1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("regions must be 1 to 3, was 0");
        assertThatThrownBy(() -> FinsamGenerators.association(random, 1, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FinsamGenerators.key(random, List.of(), KeyBasis.EQUAL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FinsamGenerators.weights(random, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was 0");
    }

    @Test
    void plansAreValidWithProjectsAndSchedules() {
        Set<Integer> projectCounts = new TreeSet<>();
        Set<Integer> years = new TreeSet<>();
        Seeds.forAll("generated plans", 200, random -> {
            AnnualPlan plan = FinsamGenerators.plan(random);
            assertThat(plan.year()).isBetween(AnnualPlan.MIN_YEAR, AnnualPlan.MAX_YEAR);
            assertThat(plan.projects()).hasSizeLessThanOrEqualTo(6);
            assertThat(plan.schedules()).hasSameSizeAs(plan.projects()).allSatisfy(s -> {
                // A project's schedule spreads its whole cost over years the domain accepts.
                BigDecimal scheduled = s.amounts().values().stream().map(se.finsam.money.Amounts::decimal)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(scheduled).isEqualByComparingTo(se.finsam.money.Amounts.decimal(s.project().totalCost()));
                assertThat(s.years()).allSatisfy(y -> assertThat(y).isBetween(AnnualPlan.MIN_YEAR, AnnualPlan.MAX_YEAR));
            });
            ContributionSplit split = plan.contributions();
            assertThat(split.partyUnits(Party.STATE) * 2).isBetween(split.totalUnits() - 1, split.totalUnits() + 1);
            assertThat(split.totalUnits()).isLessThanOrEqualTo(RoundingUnit.MAX_UNITS);
            plan.budget();
            projectCounts.add(plan.projects().size());
            years.add(plan.year());
        });
        assertThat(projectCounts).contains(0, 6);
        assertThat(years).contains(AnnualPlan.MIN_YEAR, AnnualPlan.MAX_YEAR - 3);
    }

    @Test
    void projectsStayWithinTheYearsTheDomainAccepts() {
        Seeds.forAll("projects at the edges", 200, random -> {
            int year = random.nextBoolean() ? Project.MIN_YEAR : Project.MAX_YEAR;
            Project p = FinsamGenerators.project(random, ProjectId.of("p"), year, RoundingUnit.KRONA, 1_000);
            assertThat(p.start().getYear()).isBetween(Project.MIN_YEAR, Project.MAX_YEAR);
            p.end().ifPresent(e -> assertThat(e.getYear()).isBetween(Project.MIN_YEAR, Project.MAX_YEAR).isGreaterThanOrEqualTo(
                    p.start().getYear()));
            assertThat(RoundingUnit.KRONA.unitsOf(p.totalCost())).isBetween(0L, 1_000L);
            p.schedule(RoundingUnit.KRONA);
        });
    }

    @Test
    void nationalAllocationsSplitTheAppropriationLessThePot() {
        Set<Integer> sizes = new TreeSet<>();
        Seeds.forAll("generated national allocations", 120, random -> {
            NationalAllocation national = FinsamGenerators.nationalAllocation(random);
            RoundingUnit unit = national.unit();
            long pot = national.supplementaryCall().map(c -> unit.unitsOf(c.pot())).orElse(0L);
            assertThat(national.allocation().totalUnits()).isEqualTo(unit.unitsOf(national.appropriation()) - pot);
            assertThat(national.associations()).hasSizeBetween(1, StateAllocation.MAX_ASSOCIATIONS);
            assertThat(national.matching()).hasSameSizeAs(national.associations());
            sizes.add(national.associations().size());
        });
        assertThat(sizes).contains(StateAllocation.MAX_ASSOCIATIONS);
        assertThat(sizes.stream().filter(s -> s <= 12)).isNotEmpty();
    }
}
