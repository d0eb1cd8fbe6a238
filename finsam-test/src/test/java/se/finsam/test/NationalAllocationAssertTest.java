package se.finsam.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.finsam.testing.Samples.SEK;
import static se.finsam.testing.Samples.sek;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import se.finsam.association.AssociationId;
import se.finsam.money.RoundingUnit;
import se.finsam.national.AllocationModel;
import se.finsam.national.AssociationAllocation;
import se.finsam.national.AssociationFigures;
import se.finsam.national.LimitApplied;
import se.finsam.national.NationalAllocation;
import se.finsam.national.SupplementaryCall;

class NationalAllocationAssertTest {

    private static final BigDecimal FIFTY = BigDecimal.valueOf(50);

    /** The worked example of docs/national.md: three associations, a floor that holds syd, 900 kr kept back. */
    private static final NationalAllocation WORKED = worked(null);

    /** The worked example with at most 5 % increase: mitt is held at its ceiling. */
    private static final NationalAllocation CEILING = worked(BigDecimal.valueOf(5));

    private static NationalAllocation worked(BigDecimal maxIncrease) {
        AllocationModel model = AllocationModel.of(sek("1000"), FIFTY, FIFTY, BigDecimal.TEN, maxIncrease);
        List<AssociationFigures> associations = List.of(
                AssociationFigures.of(id("norr"), "Samordningsförbundet Norr", 100, new BigDecimal("4"))
                        .withPreviousAllocation(sek("3000")).withSupplementaryRequest(sek("600")),
                AssociationFigures.of(id("mitt"), "Samordningsförbundet Mitt", 300, new BigDecimal("2.5"))
                        .withPreviousAllocation(sek("3000")).withEquityAboveReasonableLevel(true).withMatchingOffer(sek("2000")),
                AssociationFigures.of(id("syd"), "Samordningsförbundet Syd", 600, new BigDecimal("3.5"))
                        .withPreviousAllocation(sek("5500")).withSupplementaryRequest(sek("300")));
        return NationalAllocation.allocate(Year.of(2016), sek("12000"), model, associations,
                SupplementaryCall.of(sek("900"), sek("400")), RoundingUnit.KRONA, "Worked example");
    }

    private static AssociationId id(String id) {
        return AssociationId.of(id);
    }

    /** What docs/national.md prints for the worked example: norr 2 976, mitt 3 174, syd 4 950. */
    private static Map<AssociationId, MonetaryAmount> published() {
        return amounts(2976, 3174, 4950);
    }

    private static Map<AssociationId, MonetaryAmount> amounts(long norr, long mitt, long syd) {
        Map<AssociationId, MonetaryAmount> map = new LinkedHashMap<>();
        map.put(id("norr"), Money.of(norr, "SEK"));
        map.put(id("mitt"), Money.of(mitt, "SEK"));
        map.put(id("syd"), Money.of(syd, "SEK"));
        return map;
    }

    private static NationalAllocationAssert mine(Map<AssociationId, MonetaryAmount> amounts) {
        return FinsamAssertions.assertThatAllocations(amounts, WORKED);
    }

    @Test
    void theWorkedExampleOf2016ObeysTheModel() {
        assertThat(WORKED.allocation().allocations()).extracting(AssociationAllocation::amount)
                .containsExactly(sek("2976"), sek("3174"), sek("4950"));
        assertThat(WORKED.allocation().allocationOf(id("syd")).limitApplied()).isEqualTo(LimitApplied.DECREASE_LIMIT);
        FinsamAssertions.assertThat(WORKED).obeysTheModel();
        mine(published()).obeysTheModel().coversEveryAssociation().sumsToTheAppropriationLessThePot().respectsItsLimits()
                .isTheAllocation();
    }

    @Test
    void the2016ModelAndTotalsObeyTheModel() {
        // The rules and totals of 2016 (339 mkr, of which 13 mkr for supplementary funds, at most 500 000 kr each)
        // with five associations of finsam-examples/documents/national-2016.json.
        List<AssociationFigures> associations = List.of(
                AssociationFigures.of(id("stockholm-norr"), "Samordningsförbundet Stockholm Norr", 330_337, new BigDecimal("67078.2"))
                        .withPreviousAllocation(sek("17791000")),
                AssociationFigures.of(id("rar-sormland"), "Samordningsförbundet RAR i Sörmland", 171_202, new BigDecimal("16901.0"))
                        .withPreviousAllocation(sek("8096000")).withSupplementaryRequest(sek("500000")),
                AssociationFigures.of(id("gotland"), "Finsam Gotland", 34_250, new BigDecimal("5631.1"))
                        .withPreviousAllocation(sek("2101000")),
                AssociationFigures.of(id("skane-sydost"), "Samordningsförbundet Skåne Sydost", 53_783, new BigDecimal("5138.1"))
                        .withPreviousAllocation(sek("2687000")).withEquityAboveReasonableLevel(true),
                AssociationFigures.of(id("kalix-och-haparanda"), "Samordningsförbundet Kalix och Haparanda", 17_455,
                        new BigDecimal("2937.6")).withPreviousAllocation(sek("1332000")));
        NationalAllocation national = NationalAllocation.allocate(Year.of(2016), sek("339000000"), AllocationModel.of2016(SEK),
                associations, SupplementaryCall.of(sek("13000000"), sek("500000")), RoundingUnit.KRONA, null);

        FinsamAssertions.assertThat(national).obeysTheModel();
        assertThat(national.allocation().allocationOf(id("rar-sormland")).floor()).contains(sek("7286400"));
        Map<AssociationId, MonetaryAmount> short1 = new LinkedHashMap<>();
        national.allocation().allocations().forEach(a -> short1.put(a.association(), a.amount()));
        short1.put(id("gotland"), short1.get(id("gotland")).subtract(Money.of(1, "SEK")));
        assertThatThrownBy(() -> FinsamAssertions.assertThatAllocations(short1, national).sumsToTheAppropriationLessThePot())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the appropriation SEK 339000000 less the supplementary funds kept back SEK 13000000 "
                        + "(the call's pot), SEK 326000000, but they sum to SEK 325999999, SEK 1 short");
    }

    @Test
    void withoutACallTheWholeAppropriationIsAllocated() {
        AllocationModel model = AllocationModel.of(sek("1000"), FIFTY, FIFTY, null, null);
        NationalAllocation national = NationalAllocation.allocate(Year.of(2017), sek("5000"), model,
                List.of(AssociationFigures.of(id("norr"), "Samordningsförbundet Norr", 100, BigDecimal.ONE),
                        AssociationFigures.of(id("syd"), "Samordningsförbundet Syd", 300, BigDecimal.ONE)),
                null, RoundingUnit.KRONA, null);
        FinsamAssertions.assertThat(national).obeysTheModel();
        Map<AssociationId, MonetaryAmount> broken = Map.of(id("norr"), sek("2000"), id("syd"), sek("2999"));
        assertThatThrownBy(() -> FinsamAssertions.assertThatAllocations(broken, national).sumsToTheAppropriationLessThePot())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the appropriation SEK 5000 less the supplementary funds kept back SEK 0 (there is no call), "
                        + "SEK 5000, but they sum to SEK 4999, SEK 1 short");
    }

    @Test
    void theAllocationsOfGeneratedNationalAllocationsObeyTheModel_andBrokenOnesFail() {
        Set<String> reached = new TreeSet<>();
        Seeds.forAll("national allocations obey the model", 300, random -> {
            NationalAllocation national = FinsamGenerators.nationalAllocation(random);
            FinsamAssertions.assertThat(national).obeysTheModel();
            List<AssociationAllocation> all = national.allocation().allocations();
            Map<AssociationId, MonetaryAmount> amounts = new LinkedHashMap<>();
            all.forEach(a -> amounts.put(a.association(), a.amount()));
            FinsamAssertions.assertThatAllocations(amounts, national).obeysTheModel();

            MonetaryAmount unit = national.unit().amountOf(1, national.allocation().currency());
            AssociationAllocation first = all.get(0);
            Map<AssociationId, MonetaryAmount> more = new LinkedHashMap<>(amounts);
            more.put(first.association(), first.amount().add(unit));
            assertThatThrownBy(() -> FinsamAssertions.assertThatAllocations(more, national).sumsToTheAppropriationLessThePot())
                    .isInstanceOf(AssertionError.class).hasMessageContaining(" too much");
            assertThatThrownBy(() -> FinsamAssertions.assertThatAllocations(more, national).isTheAllocation())
                    .isInstanceOf(AssertionError.class).hasMessageContaining("(" + first.association() + ") gets ");

            // Two associations with different amounts swapped: the sum holds, the allocation does not, and both are named.
            all.stream().filter(a -> !a.amount().isEqualTo(first.amount())).findFirst().ifPresent(other -> {
                Map<AssociationId, MonetaryAmount> swapped = new LinkedHashMap<>(amounts);
                swapped.put(first.association(), other.amount());
                swapped.put(other.association(), first.amount());
                FinsamAssertions.assertThatAllocations(swapped, national).coversEveryAssociation().sumsToTheAppropriationLessThePot();
                assertThatThrownBy(() -> FinsamAssertions.assertThatAllocations(swapped, national).isTheAllocation())
                        .isInstanceOf(AssertionError.class).hasMessageContaining("but 2 do not")
                        .hasMessageContaining("(" + first.association() + ") gets ")
                        .hasMessageContaining("(" + other.association() + ") gets ");
                reached.add("swap");
            });

            // An association held at a limit, moved one unit past it, breaks it.
            for (AssociationAllocation a : all) {
                if (a.limitApplied() != LimitApplied.NONE) {
                    Map<AssociationId, MonetaryAmount> past = new LinkedHashMap<>(amounts);
                    boolean floor = a.limitApplied() == LimitApplied.DECREASE_LIMIT;
                    past.put(a.association(), floor ? a.amount().subtract(unit) : a.amount().add(unit));
                    assertThatThrownBy(() -> FinsamAssertions.assertThatAllocations(past, national).respectsItsLimits())
                            .isInstanceOf(AssertionError.class)
                            .hasMessageContaining("(" + a.association() + ") gets ")
                            .hasMessageContaining(floor ? ", below its floor " : ", above its ceiling ");
                    reached.add(a.limitApplied().name());
                    break;
                }
            }
            reached.add(national.supplementaryCall().isPresent() ? "call" : "no call");
        });
        assertThat(reached).containsExactly("DECREASE_LIMIT", "INCREASE_LIMIT", "call", "no call", "swap");
    }

    @Test
    void coversEveryAssociationFailsOnAMissingAssociation() {
        Map<AssociationId, MonetaryAmount> broken = published();
        broken.remove(id("syd"));
        assertThatThrownBy(() -> mine(broken).coversEveryAssociation()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected an amount for every association of the national allocation 2016 and for no other, "
                        + "each in SEK and a whole multiple of the rounding unit SEK 1, but:\n"
                        + "  Samordningsförbundet Syd (syd) has none (finsam allocates it SEK 4950)");
        assertThatThrownBy(() -> mine(broken).sumsToTheAppropriationLessThePot()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Samordningsförbundet Syd (syd) has none");
        assertThatThrownBy(() -> mine(broken).obeysTheModel()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Samordningsförbundet Syd (syd) has none");
    }

    @Test
    void coversEveryAssociationFailsOnAnExtraOne_andListsEveryProblem() {
        Map<AssociationId, MonetaryAmount> broken = published();
        broken.put(id("vast"), sek("100"));
        assertThatThrownBy(() -> mine(broken).coversEveryAssociation()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("but:\n  'vast' is no association of the allocation, yet gets SEK 100");
        broken.remove(id("norr"));
        broken.put(id("mitt"), Money.of(3174, "EUR"));
        broken.put(id("ost"), null);
        assertThatThrownBy(() -> mine(broken).respectsItsLimits()).isInstanceOf(AssertionError.class)
                .hasMessageEndingWith("""
                        , but:
                          Samordningsförbundet Norr (norr) has none (finsam allocates it SEK 2976)
                          Samordningsförbundet Mitt (mitt) gets EUR 3174, not in SEK
                          'vast' is no association of the allocation, yet gets SEK 100
                          'ost' is no association of the allocation, yet gets null""");
    }

    @Test
    void coversEveryAssociationFailsOnAWrongCurrency() {
        Map<AssociationId, MonetaryAmount> broken = published();
        broken.put(id("syd"), Money.of(4950, "EUR"));
        assertThatThrownBy(() -> mine(broken).isTheAllocation()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("each in SEK").hasMessageContaining("Samordningsförbundet Syd (syd) gets EUR 4950, not in SEK");
    }

    @Test
    void coversEveryAssociationFailsOnAnAmountOffTheUnit() {
        Map<AssociationId, MonetaryAmount> broken = published();
        broken.put(id("norr"), sek("2975.5"));
        broken.put(id("mitt"), sek("3174.5"));
        assertThatThrownBy(() -> mine(broken).coversEveryAssociation()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Samordningsförbundet Norr (norr) gets SEK 2975.5, not a whole multiple of the rounding unit SEK 1")
                .hasMessageContaining("Samordningsförbundet Mitt (mitt) gets SEK 3174.5, not a whole multiple");
        Map<AssociationId, MonetaryAmount> huge = published();
        huge.put(id("norr"), sek("1E+20"));
        assertThatThrownBy(() -> mine(huge).coversEveryAssociation()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Samordningsförbundet Norr (norr) gets SEK 100000000000000000000, which finsam cannot count "
                        + "in units of SEK 1: Amount 100000000000000000000 is too large");
    }

    @Test
    void sumsToTheAppropriationLessThePotFailsOnASumOffByOneUnit() {
        assertThatThrownBy(() -> mine(amounts(2977, 3174, 4950)).sumsToTheAppropriationLessThePot()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected the allocations to sum exactly to the appropriation SEK 12000 less the supplementary "
                        + "funds kept back SEK 900 (the call's pot), SEK 11100, but they sum to SEK 11101, SEK 1 too much");
        assertThatThrownBy(() -> mine(amounts(2976, 3173, 4950)).obeysTheModel()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("but they sum to SEK 11099, SEK 1 short");
    }

    @Test
    void respectsItsLimitsFailsBelowAFloor_andNamesEveryAssociationBelowOne() {
        Map<AssociationId, MonetaryAmount> broken = amounts(2976, 3175, 4949);
        mine(broken).coversEveryAssociation().sumsToTheAppropriationLessThePot();
        assertThatThrownBy(() -> mine(broken).respectsItsLimits()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected every association's allocation within the limits of Försäkringskassan's allocation "
                        + "model, but 1 is not:\n  Samordningsförbundet Syd (syd) gets SEK 4949, below its floor SEK 4950: its "
                        + "previous allocation SEK 5500 less at most 10 % (the limit on decrease, rounded up to the unit)");
        assertThatThrownBy(() -> mine(amounts(2699, 3452, 4949)).obeysTheModel()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("but 2 are not:\n  Samordningsförbundet Norr (norr) gets SEK 2699, below its floor SEK 2700: "
                        + "its previous allocation SEK 3000 less at most 10 %")
                .hasMessageContaining("\n  Samordningsförbundet Syd (syd) gets SEK 4949, below its floor SEK 4950");
        // Mitt's equity is above the reasonable level: no floor protects it.
        mine(amounts(4000, 2150, 4950)).respectsItsLimits();
    }

    @Test
    void respectsItsLimitsFailsAboveACeiling() {
        assertThat(CEILING.allocation().allocations()).extracting(AssociationAllocation::amount)
                .containsExactly(sek("3000"), sek("3150"), sek("4950"));
        assertThat(CEILING.allocation().allocationOf(id("mitt")).limitApplied()).isEqualTo(LimitApplied.INCREASE_LIMIT);
        FinsamAssertions.assertThat(CEILING).obeysTheModel();
        assertThatThrownBy(() -> FinsamAssertions.assertThatAllocations(amounts(2999, 3151, 4950), CEILING).respectsItsLimits())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("but 1 is not:\n  Samordningsförbundet Mitt (mitt) gets SEK 3151, above its ceiling SEK 3150: "
                        + "its previous allocation SEK 3000 plus at most 5 % (the limit on increase, rounded down to the unit, "
                        + "never below the base SEK 1000)");
    }

    @Test
    void isTheAllocationFailsOnTwoAssociationsSwapped_andNamesBoth() {
        Map<AssociationId, MonetaryAmount> swapped = amounts(3174, 2976, 4950);
        mine(swapped).coversEveryAssociation().sumsToTheAppropriationLessThePot().respectsItsLimits();
        assertThatThrownBy(() -> mine(swapped).isTheAllocation()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected every association to get exactly what finsam's national allocation 2016 allocates it "
                        + "(Försäkringskassan's allocation model), but 2 do not:\n"
                        + "  Samordningsförbundet Norr (norr) gets SEK 3174, finsam allocates SEK 2976 (SEK 198 too much)\n"
                        + "  Samordningsförbundet Mitt (mitt) gets SEK 2976, finsam allocates SEK 3174 (SEK 198 short)");
        assertThatThrownBy(() -> mine(swapped).obeysTheModel()).isInstanceOf(AssertionError.class).hasMessageContaining("but 2 do not");
        assertThatThrownBy(() -> mine(amounts(2977, 3173, 4950)).isTheAllocation()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("but 2 do not");
        Map<AssociationId, MonetaryAmount> one = amounts(2976, 3174, 4950);
        one.put(id("syd"), sek("4951"));
        assertThatThrownBy(() -> mine(one).isTheAllocation()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("but 1 does not:\n  Samordningsförbundet Syd (syd) gets SEK 4951, finsam allocates SEK 4950 "
                        + "(SEK 1 too much)");
    }

    @Test
    void anAllocationWithMoreThan20AssociationsWrong_listsTheFirst20AndCountsTheRest() {
        List<AssociationFigures> associations = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            associations.add(AssociationFigures.of(id("a" + i), "Förbund " + i, 1000 + i, BigDecimal.ONE));
        }
        NationalAllocation national = NationalAllocation.allocate(Year.of(2017), sek("100000"),
                AllocationModel.of(sek("1000"), FIFTY, FIFTY, null, null), associations, null, RoundingUnit.KRONA, null);
        Map<AssociationId, MonetaryAmount> oneMore = new LinkedHashMap<>();
        national.allocation().allocations().forEach(a -> oneMore.put(a.association(), a.amount().add(Money.of(1, "SEK"))));
        assertThatThrownBy(() -> FinsamAssertions.assertThatAllocations(oneMore, national).isTheAllocation())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("but 25 do not:\n  Förbund 0 (a0) gets SEK ")
                .hasMessageContaining("\n  Förbund 19 (a19) gets SEK ").hasMessageNotContaining("(a20)")
                .hasMessageEndingWith(" (SEK 1 too much)\n  and 5 more")
                .satisfies(e -> assertThat(AssertTextsTest.listed(e)).hasSize(AssertTexts.MAX_LISTED));
        assertThatThrownBy(() -> FinsamAssertions.assertThatAllocations(Map.of(), national).obeysTheModel())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(", but:\n  Förbund 0 (a0) has none (finsam allocates it SEK ")
                .hasMessageEndingWith("\n  and 5 more");
    }

    @Test
    void nullAmountsFailEveryCheck() {
        List<Runnable> checks = new ArrayList<>();
        checks.add(() -> mine(null).coversEveryAssociation());
        checks.add(() -> mine(null).sumsToTheAppropriationLessThePot());
        checks.add(() -> mine(null).respectsItsLimits());
        checks.add(() -> mine(null).isTheAllocation());
        checks.add(() -> mine(null).obeysTheModel());
        for (Runnable check : checks) {
            assertThatThrownBy(check::run).isInstanceOf(AssertionError.class).hasMessageContaining("Expecting actual not to be null");
        }
    }

    @Test
    void aDescriptionComesFirst() {
        assertThatThrownBy(() -> mine(amounts(2976, 3174, 4951)).as("payments of 2016").sumsToTheAppropriationLessThePot())
                .isInstanceOf(AssertionError.class).hasMessageStartingWith("[payments of 2016] Expected the allocations to sum");
    }

    @Test
    void theEntryPointsRefuseANullAllocation() {
        assertThatThrownBy(() -> FinsamAssertions.assertThat((NationalAllocation) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("national");
        assertThatThrownBy(() -> FinsamAssertions.assertThatAllocations(published(), null)).isInstanceOf(NullPointerException.class)
                .hasMessage("national");
    }

    @Test
    void nullAmountsAndNullKeysFailAsAssertions() {
        Map<AssociationId, MonetaryAmount> withNulls = new HashMap<>(published());
        withNulls.put(id("syd"), null);
        withNulls.put(null, Money.of(1, "SEK"));
        withNulls.put(id("vast"), null);
        assertThatThrownBy(() -> mine(withNulls).obeysTheModel()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("\n  the amount of Samordningsförbundet Syd (syd) is null (finsam allocates it SEK 4950)")
                .hasMessageContaining("\n  a null key is no association of the allocation, yet gets SEK 1")
                .hasMessageContaining("\n  'vast' is no association of the allocation, yet gets null");
        Map<AssociationId, MonetaryAmount> huge = published();
        huge.put(id("syd"), Money.of(new BigDecimal("1E+100000"), "SEK"));
        assertThatThrownBy(() -> mine(huge).sumsToTheAppropriationLessThePot()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("which finsam cannot count in units of SEK 1");
    }

    @Test
    void aMapOfMoneyCompiles_andTheSumIsComparedWithWhatFinsamAllocates() {
        Map<AssociationId, Money> money = new LinkedHashMap<>();
        published().forEach((k, v) -> money.put(k, Money.from(v)));
        FinsamAssertions.assertThatAllocations(money, WORKED).obeysTheModel();
        assertThat(WORKED.allocation().total()).isEqualTo(sek("11100"));
        money.put(id("syd"), Money.of(4951, "SEK"));
        assertThatThrownBy(() -> FinsamAssertions.assertThatAllocations(money, WORKED).sumsToTheAppropriationLessThePot())
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expected the allocations to sum exactly to the appropriation SEK 12000 less the supplementary funds "
                        + "kept back SEK 900 (the call's pot), SEK 11100, but they sum to SEK 11101, SEK 1 too much");
    }
}
