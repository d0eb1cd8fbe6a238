package se.finsam.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import se.finsam.budget.AnnualPlan;
import se.finsam.budget.Budget;
import se.finsam.budget.CostCategory;
import se.finsam.budget.CostLine;
import se.finsam.budget.Equity;
import se.finsam.budget.EquityPolicy;
import se.finsam.budget.Forecast;
import se.finsam.budget.Outcome;
import se.finsam.budget.PlanYear;
import se.finsam.project.CoFinancing;
import se.finsam.project.CostBasis;
import se.finsam.project.Project;
import se.finsam.project.ProjectId;
import se.finsam.project.ProjectStatus;
import se.finsam.association.AssociationId;
import se.finsam.association.CoordinationAssociation;
import se.finsam.population.AgeBand;
import se.finsam.contribution.Charter;
import se.finsam.contribution.ContributionKey;
import se.finsam.contribution.Financing;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;
import se.finsam.money.RoundingUnit;
import se.finsam.test.FinsamAssertions;
import se.finsam.test.Seeds;
import se.finsam.validation.FinsamValidationException;

class FinsamJsonProperties {

    private static final List<CurrencyUnit> CURRENCIES = List.of(Monetary.getCurrency("SEK"), Monetary.getCurrency("EUR"));
    private static final List<RoundingUnit> UNITS = List.of(RoundingUnit.ORE, RoundingUnit.KRONA, RoundingUnit.THOUSAND);

    private final FinsamJson json = FinsamJson.create();

    @Test
    void writeThenRead_givesAnEqualDocument() {
        Seeds.forAll("json round trip", 3_000, random -> {
            AnnualPlan doc = document(random);
            String text = json.plan().write(doc);
            AnnualPlan read = json.plan().read(text);
            assertThat(read).as(text).isEqualTo(doc);
            FinsamAssertions.assertThat(read.contributions()).obeysTheLaw();
            // The budget read back is the budget of the plan written, line by line.
            Budget written = doc.budget();
            FinsamAssertions.assertThatBudget(read, written.income(), written.costs(), written.projectCosts(), written.disposable(),
                    written.commitments(), written.reserve()).balances().isTheBudget();
        });
    }

    @Test
    void splitOfReadDocument_equalsSplitOfTheModel() {
        Seeds.forAll("json split agrees with the model", 500, random -> {
            AnnualPlan doc = document(random);
            assertThat(json.plan().read(json.plan().write(doc)).contributions()).isEqualTo(doc.contributions());
        });
    }

    /**
     * A random valid document: every key basis, both financing forms, three units, two currencies,
     * projects of every status and basis, cost lines, a final municipal key and equity.
     */
    static AnnualPlan document(SplittableRandom random) {
        List<Member> members = new ArrayList<>();
        members.add(Member.of(MemberId.of("fk"), MemberKind.SOCIAL_INSURANCE_AGENCY, "Försäkringskassan"));
        members.add(Member.of(MemberId.of("af"), MemberKind.PUBLIC_EMPLOYMENT_SERVICE, "Arbetsförmedlingen"));
        int regions = 1 + random.nextInt(3);
        int municipalities = 1 + random.nextInt(30);
        List<MemberId> regionIds = new ArrayList<>();
        List<MemberId> municipalityIds = new ArrayList<>();
        for (int i = 0; i < regions; i++) {
            MemberId id = MemberId.of("region-" + i);
            regionIds.add(id);
            members.add(random.nextBoolean() ? Member.of(id, MemberKind.REGION, "Region " + i, String.format("%02d", 10 + i))
                    : Member.of(id, MemberKind.REGION, "Region " + i));
        }
        for (int i = 0; i < municipalities; i++) {
            MemberId id = MemberId.of("kommun-" + i + (random.nextBoolean() ? "-ö" : ""));
            municipalityIds.add(id);
            members.add(random.nextBoolean() ? Member.of(id, MemberKind.MUNICIPALITY, "Kommun \"" + i + "\"",
                    String.format("%04d", 1000 + i)) : Member.of(id, MemberKind.MUNICIPALITY, "Kommun " + i));
        }
        // Any order of members is valid; shuffle so that tie order varies.
        for (int i = members.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Member t = members.get(i);
            members.set(i, members.get(j));
            members.set(j, t);
        }
        ContributionKey municipalKey = key(random, municipalityIds);
        ContributionKey regionalKey = regions > 1 || random.nextBoolean() ? key(random, regionIds) : null;
        CurrencyUnit currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
        RoundingUnit unit = UNITS.get(random.nextInt(UNITS.size()));
        CoordinationAssociation association = CoordinationAssociation.of(AssociationId.of("a" + random.nextInt(1000)),
                "Förbund " + random.nextInt(), currency, Charter.of(members, municipalKey, regionalKey));
        BigDecimal amount = unit.decimalOf(random.nextLong(RoundingUnit.MAX_UNITS / 1000));
        Financing financing = random.nextBoolean() ? Financing.ofTotal(Money.of(amount, currency))
                : Financing.ofStateContribution(Money.of(amount, currency));
        RoundingUnit projectUnit = random.nextBoolean() ? unit : RoundingUnit.THOUSAND;
        List<Project> projects = new ArrayList<>();
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
            LocalDate start = LocalDate.of(2000 + random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(28));
            ProjectStatus status = ProjectStatus.values()[random.nextInt(ProjectStatus.values().length)];
            LocalDate end = status.allowsOpenEnd() && random.nextBoolean() ? null : start.plusDays(random.nextInt(1000));
            Project.Builder b = Project.builder(ProjectId.of("projekt-" + i), "Projekt \"" + i + "\"").status(status)
                    .period(start, end).totalCost(Money.of(projectUnit.decimalOf(random.nextInt(10_000)), currency));
            if (random.nextInt(3) == 0) {
                MonetaryAmount cost = Money.of(projectUnit.decimalOf(random.nextInt(10_000)), currency);
                b.costByYear(Map.of(start.getYear(), cost)).totalCost(cost);
            } else {
                b.basis(random.nextBoolean() ? CostBasis.MONTHS : CostBasis.DAYS);
            }
            if (random.nextBoolean()) {
                b.focus("Unga vuxna").coFinancing(List.of(CoFinancing.of("ESF", Money.of(random.nextInt(100), currency))));
            }
            projects.add(b.build());
        }
        List<CostLine> costs = new ArrayList<>();
        if (random.nextBoolean()) {
            costs.add(CostLine.of(CostCategory.STAFF, Money.of(unit.decimalOf(random.nextInt(1_000_000)), currency)));
            costs.add(CostLine.of(CostCategory.OTHER, "Resor", Money.of(unit.decimalOf(random.nextInt(1000)), currency)));
        }
        AnnualPlan.Builder plan = AnnualPlan.builder(association, 1900 + random.nextInt(301), financing).roundingUnit(unit)
                .projectRoundingUnit(projectUnit).projects(projects).costs(costs);
        if (random.nextInt(3) == 0) {
            plan.finalMunicipalKey(key(random, municipalityIds));
        }
        if (random.nextInt(3) == 0) {
            plan.equity(new Equity(Money.of(unit.decimalOf(random.nextLong(2_000_000) - 1_000_000), currency),
                    EquityPolicy.of(List.of(new EquityPolicy.Step(Money.of(0, currency), BigDecimal.valueOf(random.nextInt(1001), 1)),
                            new EquityPolicy.Step(Money.of(unit.decimalOf(1 + random.nextInt(1_000_000)), currency),
                                    BigDecimal.valueOf(random.nextInt(101)))))));
        }
        yearAsItHappens(random, plan, members, municipalityIds, projects, currency, unit);
        return plan.build();
    }

    /**
     * Sets a random opening equity, outcome, forecast, later years and note on a plan (drawn after every
     * other part, so that the plans of earlier seeds are unchanged in those).
     */
    private static void yearAsItHappens(SplittableRandom random, AnnualPlan.Builder plan, List<Member> members,
            List<MemberId> municipalityIds, List<Project> projects, CurrencyUnit currency, RoundingUnit unit) {
        AnnualPlan year = plan.build();
        List<ProjectId> decided = projects.stream().filter(p -> p.status().isDecided()).map(Project::id).toList();
        if (random.nextInt(3) == 0) {
            plan.openingEquity(Money.of(unit.decimalOf(random.nextInt(1_000_000)), currency));
        }
        if (random.nextInt(3) == 0) {
            Map<MemberId, MonetaryAmount> income = new LinkedHashMap<>();
            Map<ProjectId, MonetaryAmount> booked = new LinkedHashMap<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                income.put(members.get(random.nextInt(members.size())).id(), Money.of(unit.decimalOf(random.nextInt(100_000)), currency));
            }
            decided.stream().filter(p -> random.nextBoolean())
                    .forEach(p -> booked.put(p, Money.of(unit.decimalOf(random.nextInt(10_000)), currency)));
            plan.outcome(Outcome.of(LocalDate.ofYearDay(year.year(), 1 + random.nextInt(365)), income,
                    random.nextBoolean() ? Map.of(CostCategory.STAFF, Money.of(unit.decimalOf(random.nextInt(1000)), currency))
                            : Map.of(), booked));
        }
        if (random.nextInt(3) == 0) {
            plan.forecast(Forecast.of(Map.of(CostCategory.values()[random.nextInt(CostCategory.values().length)],
                    // Never below what the outcome books (at most 999 and 9 999 units): forecast.below-outcome.
                    Money.of(unit.decimalOf(1000 + random.nextInt(1000)), currency)),
                    decided.isEmpty() ? Map.of() : Map.of(decided.get(0), Money.of(unit.decimalOf(10_000), currency))));
        }
        List<PlanYear> later = new ArrayList<>();
        for (int i = 0, n = Math.min(random.nextInt(3), AnnualPlan.MAX_YEAR - year.year()); i < n; i++) {
            later.add(new PlanYear(year.year() + i + 1, year.financing(), random.nextBoolean(),
                    random.nextBoolean() ? year.costs() : List.of(),
                    random.nextBoolean() ? Optional.of(key(random, municipalityIds)) : Optional.empty()));
        }
        plan.laterYears(later);
        if (random.nextInt(4) == 0) {
            plan.note("Påhittade siffror " + random.nextInt() + ".\nRad två.");
        }
    }

    private static ContributionKey key(SplittableRandom random, List<MemberId> ids) {
        switch (random.nextInt(4)) {
            case 0 -> {
                // Percentages with one decimal summing to exactly 100.0.
                Map<MemberId, BigDecimal> values = new LinkedHashMap<>();
                int left = 1000;
                for (int i = 0; i < ids.size(); i++) {
                    int tenths = i == ids.size() - 1 ? left : random.nextInt(left + 1);
                    left -= tenths;
                    values.put(ids.get(i), BigDecimal.valueOf(tenths, 1));
                }
                return ContributionKey.ofPercentages(values);
            }
            case 1 -> {
                Map<MemberId, Long> values = new LinkedHashMap<>();
                ids.forEach(id -> values.put(id, random.nextLong(1_000_000)));
                values.put(ids.get(0), 1 + random.nextLong(1_000_000));
                return ContributionKey.ofPopulation(values,
                        random.nextBoolean() ? LocalDate.of(1990 + random.nextInt(40), 1 + random.nextInt(12), 1) : null,
                        random.nextBoolean() ? AgeBand.of(16, 64 + random.nextInt(2)) : null);
            }
            case 2 -> {
                Map<MemberId, BigDecimal> values = new LinkedHashMap<>();
                ids.forEach(id -> values.put(id, BigDecimal.valueOf(random.nextLong(100_000), random.nextInt(4))));
                values.put(ids.get(0), BigDecimal.valueOf(1 + random.nextLong(100_000), random.nextInt(4)));
                return ContributionKey.ofWeights(values);
            }
            default -> {
                return ContributionKey.equal();
            }
        }
    }

    /** RAR Sörmland's 2007 plan, whose numbers the property below rewrites. */
    private static final String RAR = read("../finsam-examples/documents/rar-sormland-2007.json");
    /** Every number of the plan, as a JSON number or a string holding a plain decimal. */
    private static final Pattern NUMBER = Pattern.compile("(?<=[:\\[,] ?)(\"-?[0-9]+(\\.[0-9]+)?\"|-?[0-9]+(\\.[0-9]+)?)");

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void planWithANumberInAnyNotation_isInvalid_orEveryCommandComputesItInEveryFormat() {
        // Issue 11: validity must not depend on the command or the format, for numbers of every notation.
        List<MatchResult> numbers = NUMBER.matcher(RAR).results().toList();
        FinsamJson json = FinsamJson.create();
        Seeds.forAll("plan with a number in any notation", 2_000, random -> {
            MatchResult at = numbers.get(random.nextInt(numbers.size()));
            String number = number(random);
            String text = random.nextInt(3) == 0 ? "\"" + number + "\"" : number;
            byte[] input = (RAR.substring(0, at.start()) + text + RAR.substring(at.end())).getBytes(StandardCharsets.UTF_8);
            AnnualPlan plan;
            try {
                plan = json.plan().read(input);
            } catch (FinsamValidationException e) {
                assertThat(e.violations()).as("violations of %s at %s", text, at.start()).isNotEmpty();
                return;
            }
            assertThat(json.plan().read(json.plan().write(plan))).as("%s at %s, written and read", text, at.start()).isEqualTo(plan);
            assertThat(json.plan().writeSplit(plan)).isNotEmpty();
            assertThat(json.plan().writeSchedule(plan)).isNotEmpty();
            assertThat(json.plan().writeBudget(plan.budget())).isNotEmpty();
            assertThat(plan.budget().disposable()).isNotNull();
        });
    }

    /** A number in any notation: sign, digits, fraction, trailing zeros, an exponent of any size. */
    private static String number(SplittableRandom random) {
        StringBuilder sb = new StringBuilder(random.nextInt(5) == 0 ? "-" : "");
        sb.append(digits(random, 1 + random.nextInt(random.nextBoolean() ? 8 : 45)));
        if (random.nextBoolean()) {
            sb.append('.').append(digits(random, 1 + random.nextInt(random.nextBoolean() ? 4 : 45)));
        }
        if (random.nextBoolean()) {
            sb.append(random.nextBoolean() ? "e" : "E+").append(switch (random.nextInt(4)) {
                case 0 -> random.nextInt(50) - 25;
                case 1 -> Integer.MAX_VALUE - random.nextInt(3);
                case 2 -> Integer.MIN_VALUE + random.nextInt(3);
                default -> random.nextInt();
            });
        }
        return sb.toString();
    }

    private static String digits(SplittableRandom random, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + (random.nextInt(3) == 0 ? 0 : random.nextInt(10))));
        }
        return sb.toString();
    }
}
