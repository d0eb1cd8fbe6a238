package se.finsam.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import se.finsam.budget.AnnualPlan;
import se.finsam.budget.CostCategory;
import se.finsam.budget.CostLine;
import se.finsam.contribution.ContributionKey;
import se.finsam.contribution.Financing;
import se.finsam.member.Member;
import se.finsam.member.MemberKind;
import se.finsam.money.Amounts;
import se.finsam.money.RoundingUnit;
import se.finsam.project.Project;
import se.finsam.project.ProjectStatus;
import se.finsam.contribution.KeyBasis;

/**
 * The plan documents of {@link FinsamGenerators}, read with a small JSON reader of the tests (finsam-test has no
 * JSON library): a valid document holds its plan's values, and a document with faults differs from its valid
 * document exactly at the faults, each on a value of its own. That finsam-json reports exactly those faults is
 * checked in finsam-json's own tests (GeneratedDocumentsTest), which can read the documents with finsam.
 */
class PlanDocumentProperties {

    private static final int KINDS = 22;

    @Test
    void everyDocument_isJsonHoldingThePlanOfTheSameSeed() {
        Seeds.forAll("plan documents hold their plan", 300, random -> {
            long seed = random.nextLong();
            AnnualPlan plan = FinsamGenerators.plan(new SplittableRandom(seed));

            String text = FinsamGenerators.planDocument(new SplittableRandom(seed));

            assertHolds(TinyJson.parse(text), plan);
        });
    }

    @Test
    void theSameSeedGivesTheSameDocument_andADocumentWithoutFaultsIsTheValidOne() {
        Set<String> distinct = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            String text = FinsamGenerators.planDocument(new SplittableRandom(seed));
            assertThat(FinsamGenerators.planDocument(new SplittableRandom(seed))).isEqualTo(text);
            assertThat(FinsamGenerators.planDocument(new SplittableRandom(seed), 0)).isEqualTo(new GeneratedDocument(text, List.of()));
            assertThat(FinsamGenerators.planDocument(new SplittableRandom(seed), 5))
                    .isEqualTo(FinsamGenerators.planDocument(new SplittableRandom(seed), 5));
            distinct.add(text);
        }
        assertThat(distinct).hasSize(20);
    }

    @Test
    void aDocumentWithFaults_differsFromItsValidDocumentExactlyThere_eachFaultOnAValueOfItsOwn() {
        Set<String> kinds = new TreeSet<>();
        Set<String> codes = new TreeSet<>();
        for (int n = 0; n <= FinsamGenerators.MAX_INJECTED_FAULTS; n++) {
            int faults = n;
            Seeds.forAll("plan documents with " + faults + (faults == 1 ? " fault" : " faults"), 150, random -> {
                long seed = random.nextLong();
                GeneratedDocument document = FinsamGenerators.planDocument(new SplittableRandom(seed), faults);
                // The plan planDocument draws first, large enough for the faults.
                AnnualPlan plan = FinsamGenerators.plan(new SplittableRandom(seed), faults, faults == 0 ? 0 : faults + 1);
                assertThat(plan.costs()).hasSizeGreaterThanOrEqualTo(faults);
                assertThat(plan.projects()).hasSizeGreaterThanOrEqualTo(faults == 0 ? 0 : faults + 1);

                Object valid = TinyJson.parse(PlanDocumentWriter.text(plan));
                Object faulty = TinyJson.parse(document.text());

                assertThat(document.faults()).hasSize(faults);
                assertThat(document.faults()).extracting(f -> element(f.path())).doesNotHaveDuplicates();
                assertThat(document.faults()).extracting(InjectedFault::description).doesNotHaveDuplicates();
                List<String> changed = new ArrayList<>();
                differences(valid, faulty, "", changed);
                assertThat(changed).as("changed in %s", document).allSatisfy(path -> assertThat(document.faults())
                        .filteredOn(f -> related(f.path(), path)).hasSize(1));
                for (InjectedFault f : document.faults()) {
                    assertThat(changed).as("changed for %s", f).anyMatch(path -> related(f.path(), path));
                    assertShows(f, valid, faulty, plan);
                    kinds.add(f.description());
                    codes.add(f.code());
                }
            });
        }
        assertThat(kinds).hasSize(KINDS);
        assertThat(codes).containsExactlyInAnyOrder("json.wrong-type", "json.invalid-value", "json.unknown-field",
                "json.invalid-date", "key.percentage-sum", "key.unknown-member", "member.name-invalid",
                "member.code-invalid", "project.end-before-start", "amount.negative", "amount.not-multiple-of-unit",
                "project.unknown-member", "project.single-party", "project.duplicate-id");
    }

    @Test
    void refusesFaultsOutOfRange() {
        SplittableRandom random = new SplittableRandom(1);
        assertThatThrownBy(() -> FinsamGenerators.planDocument(random, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("faults must be 0 to 8, was -1");
        assertThatThrownBy(() -> FinsamGenerators.planDocument(random, FinsamGenerators.MAX_INJECTED_FAULTS + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("faults must be 0 to 8, was 9");
        assertThat(FinsamGenerators.planDocument(random, FinsamGenerators.MAX_INJECTED_FAULTS).faults())
                .hasSize(FinsamGenerators.MAX_INJECTED_FAULTS);
    }

    @Test
    void aPlanTooSmallForTheFaults_isRefused_andOneLargeEnoughTakesThemOnValuesOfTheirOwn() {
        Seeds.forAll("faults in small plans", 300, random -> {
            AnnualPlan plan = FinsamGenerators.plan(random);
            int faults = 1 + random.nextInt(12);

            Throwable thrown = catchThrowable(() -> {
                GeneratedDocument document = DocumentFaults.inject(random, plan, faults);
                assertThat(document.faults()).hasSize(faults).extracting(f -> element(f.path())).doesNotHaveDuplicates();
            });

            if (thrown != null) {
                assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessageContaining("members, "
                        + plan.projects().size() + " projects and " + plan.costs().size() + " cost lines has room for")
                        .hasMessageEndingWith("faults, not " + faults);
            }
        });
        // Four members, a municipal key, nothing else: no room for a ninth fault.
        AnnualPlan tiny = AnnualPlan.builder(FinsamGenerators.association(new SplittableRandom(2), 1, 1), 2007,
                Financing.ofTotal(RoundingUnit.KRONA.amountOf(1000, FinsamGenerators.SEK))).build();
        assertThatThrownBy(() -> DocumentFaults.inject(new SplittableRandom(3), tiny, 9)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("A plan of 4 members, 0 projects and 0 cost lines has room for ");
    }

    // --- what a valid document holds ---------------------------------------------------------------------------

    private static void assertHolds(Object doc, AnnualPlan plan) {
        assertThat(TinyJson.at(doc, "/association/id")).isEqualTo(plan.association().id().value());
        assertThat(TinyJson.at(doc, "/association/name")).isEqualTo(plan.association().name());
        assertThat(TinyJson.at(doc, "/association/currency")).isEqualTo("SEK");
        List<Member> members = plan.association().charter().members();
        assertThat((List<?>) TinyJson.at(doc, "/association/members")).hasSameSizeAs(members);
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            String p = "/association/members/" + i;
            assertThat(TinyJson.at(doc, p + "/id")).isEqualTo(m.id().value());
            assertThat(TinyJson.at(doc, p + "/kind")).isEqualTo(m.kind().name());
            assertThat(TinyJson.at(doc, p + "/name")).isEqualTo(m.name());
            assertThat(Optional.ofNullable(TinyJson.at(doc, p + "/code"))).isEqualTo(m.code());
        }
        assertKey(doc, "/association/municipalKey", plan.association().charter().municipalKey());
        plan.association().charter().regionalKey().ifPresentOrElse(k -> assertKey(doc, "/association/regionalKey", k),
                () -> assertThat(TinyJson.at(doc, "/association/regionalKey")).isNull());
        assertThat(TinyJson.at(doc, "/year")).isEqualTo(BigDecimal.valueOf(plan.year()));
        String financing = plan.financing().basis() == Financing.Basis.TOTAL ? "total" : "stateContribution";
        assertThat(((Map<?, ?>) TinyJson.at(doc, "/financing")).keySet()).isEqualTo(Set.of(financing));
        assertAmount(TinyJson.at(doc, "/financing/" + financing), plan.financing().amount());
        assertThat(RoundingUnit.parse((String) TinyJson.at(doc, "/roundingUnit"))).isEqualTo(plan.roundingUnit());
        assertThat(RoundingUnit.parse((String) TinyJson.at(doc, "/projectRoundingUnit"))).isEqualTo(plan.projectRoundingUnit());
        assertProjects(doc, plan.projects());
        List<CostLine> costs = plan.costs();
        assertList(doc, "/costs", costs.size());
        for (int i = 0; i < costs.size(); i++) {
            assertThat(TinyJson.at(doc, "/costs/" + i + "/category")).isEqualTo(costs.get(i).category().name());
            assertAmount(TinyJson.at(doc, "/costs/" + i + "/amount"), costs.get(i).amount());
        }
    }

    private static void assertKey(Object doc, String path, ContributionKey key) {
        assertThat(TinyJson.at(doc, path + "/basis")).isEqualTo(key.basis().name());
        Map<?, ?> values = (Map<?, ?>) TinyJson.at(doc, path + "/values");
        if (key instanceof ContributionKey.Percentages p) {
            p.values().forEach((id, v) -> assertThat(new BigDecimal((String) values.get(id.value()))).isEqualTo(v));
            assertThat(values).hasSameSizeAs(p.values());
        } else if (key instanceof ContributionKey.Weights w) {
            w.values().forEach((id, v) -> assertThat(new BigDecimal((String) values.get(id.value()))).isEqualTo(v));
            assertThat(values).hasSameSizeAs(w.values());
        } else if (key instanceof ContributionKey.Population p) {
            p.values().forEach((id, v) -> assertThat(values.get(id.value())).isEqualTo(BigDecimal.valueOf(v)));
            assertThat(values).hasSameSizeAs(p.values());
            assertThat(TinyJson.at(doc, path + "/referenceDate")).isEqualTo(FinsamGenerators.POPULATION_DATE.toString());
            assertThat(TinyJson.at(doc, path + "/ageBand")).isEqualTo("16-64");
        } else {
            assertThat(values).isNull();
        }
    }

    private static void assertProjects(Object doc, List<Project> projects) {
        assertList(doc, "/projects", projects.size());
        for (int j = 0; j < projects.size(); j++) {
            Project project = projects.get(j);
            String p = "/projects/" + j;
            assertThat(TinyJson.at(doc, p + "/id")).isEqualTo(project.id().value());
            assertThat(TinyJson.at(doc, p + "/name")).isEqualTo(project.name());
            assertThat(TinyJson.at(doc, p + "/status")).isEqualTo(project.status().name());
            assertThat(TinyJson.at(doc, p + "/start")).isEqualTo(project.start().toString());
            assertThat(Optional.ofNullable(TinyJson.at(doc, p + "/end"))).isEqualTo(project.end().map(LocalDate::toString));
            assertAmount(TinyJson.at(doc, p + "/totalCost"), project.totalCost());
            assertThat(TinyJson.at(doc, p + "/basis")).isEqualTo(project.basis().name());
            Map<?, ?> byYear = (Map<?, ?>) TinyJson.at(doc, p + "/costByYear");
            assertThat(byYear == null ? Map.of() : byYear).hasSameSizeAs(project.costByYear());
            project.costByYear().forEach((year, cost) -> assertAmount(byYear.get(year.toString()), cost));
        }
    }

    /** An array of {@code size} elements, written only when there are some, as finsam-json writes a plan. */
    private static void assertList(Object doc, String path, int size) {
        if (size == 0) {
            assertThat(TinyJson.at(doc, path)).as(path).isNull();
        } else {
            assertThat((List<?>) TinyJson.at(doc, path)).as(path).hasSize(size);
        }
    }

    private static void assertAmount(Object written, MonetaryAmount amount) {
        assertThat(written).isInstanceOf(String.class);
        assertThat(new BigDecimal((String) written)).isEqualByComparingTo(Amounts.decimal(amount));
    }

    // --- where a document with faults differs ----------------------------------------------------------------

    /** The pointers where two trees differ: a value changed, a field added or removed, an array of another length. */
    private static void differences(Object a, Object b, String path, List<String> out) {
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            Set<Object> names = new TreeSet<>();
            names.addAll(x.keySet());
            names.addAll(y.keySet());
            for (Object name : names) {
                Object u = x.get(name);
                Object v = y.get(name);
                if (u == null || v == null) {
                    out.add(path + "/" + name);
                } else {
                    differences(u, v, path + "/" + name, out);
                }
            }
        } else if (a instanceof List<?> x && b instanceof List<?> y && x.size() == y.size()) {
            for (int i = 0; i < x.size(); i++) {
                differences(x.get(i), y.get(i), path + "/" + i, out);
            }
        } else if (!a.equals(b)) {
            out.add(path);
        }
    }

    /** Whether one pointer is the other or below it. */
    private static boolean related(String a, String b) {
        return a.equals(b) || a.startsWith(b + "/") || b.startsWith(a + "/");
    }

    /** The value a fault is on: a member, a key, a project, a cost line, or a field of the document. */
    private static String element(String path) {
        String[] t = path.split("/");
        return String.join("/", Arrays.copyOf(t, path.startsWith("/association/members/") ? 4 : 3));
    }

    /** The faulty document shows the fault its code names, where the valid one did not. */
    private static void assertShows(InjectedFault f, Object valid, Object faulty, AnnualPlan plan) {
        Object before = TinyJson.at(valid, f.path());
        Object after = TinyJson.at(faulty, f.path());
        assertThat(after).as("%s in the faulty document", f).isNotNull();
        switch (f.code()) {
            case "json.wrong-type" -> assertThat(after.getClass()).as(f.toString()).isNotEqualTo(before.getClass());
            case "json.invalid-value" -> assertThat(Stream.of(MemberKind.values(), KeyBasis.values(), ProjectStatus.values(),
                    CostCategory.values()).flatMap(Arrays::stream).map(Enum::name)).as(f.toString()).doesNotContain((String) after)
                    .contains((String) before);
            case "json.invalid-date" -> assertThatThrownBy(() -> LocalDate.parse((String) after)).isInstanceOf(DateTimeParseException.class);
            case "json.unknown-field" -> assertThat(before).isNull();
            case "key.percentage-sum" -> assertThat(((Map<?, ?>) after).values().stream().map(v -> new BigDecimal((String) v))
                    .reduce(BigDecimal.ZERO, BigDecimal::add)).isNotEqualByComparingTo("100");
            case "key.unknown-member", "project.unknown-member" -> assertThat(plan.association().charter().members())
                    .noneMatch(m -> m.id().value().equals(f.path().endsWith("/1") ? after : f.path().substring(f.path().lastIndexOf('/') + 1)));
            case "member.name-invalid" -> assertThat((String) after).isBlank();
            case "member.code-invalid" -> assertThat((String) after).doesNotMatch("[0-9]*");
            case "project.end-before-start" -> assertThat(LocalDate.parse((String) after))
                    .isBefore(LocalDate.parse((String) TinyJson.at(faulty, f.path().replace("/end", "/start"))));
            case "amount.negative" -> assertThat(new BigDecimal((String) after)).isNegative();
            case "amount.not-multiple-of-unit" -> assertThat(new BigDecimal((String) after).remainder(plan.roundingUnit().value()))
                    .isNotZero();
            case "project.single-party" -> assertThat((List<?>) after).hasSize(1);
            case "project.duplicate-id" -> assertThat((List<?>) TinyJson.at(faulty, "/projects")).filteredOn(p -> after.equals(
                    ((Map<?, ?>) p).get("id"))).hasSize(2);
            default -> throw new AssertionError("an unexpected code: " + f);
        }
    }
}
