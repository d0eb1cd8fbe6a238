package se.finsam.test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;
import se.finsam.budget.AnnualPlan;
import se.finsam.contribution.ContributionKey;
import se.finsam.contribution.KeyBasis;
import se.finsam.member.Member;
import se.finsam.money.Decimals;
import se.finsam.money.RoundingUnit;
import se.finsam.project.CostBasis;
import se.finsam.project.Project;
import se.finsam.validation.ViolationCodes;

/**
 * Injects known faults into the document of a generated plan, each of a different kind, and says for each the
 * violation (path and code) finsam-json reports.
 *
 * <p>The faults are independent by construction, as finsam-json's FaultInjectionProperties reasons with what each
 * fault touches and what its rule needs: every fault is on a value of its own (one member, key, project or cost line
 * takes at most one), and no fault changes what another's rule needs. The rules that could be hidden are these
 * (docs/violations.md, "Which violations can hide which"): a member of unknown kind hides its own party, so the
 * project of one party names another member; a key or project can name an unknown member only while every
 * member's id is known, and no fault here touches an id; a project ending before it starts hides whether its
 * explicit years lie within its period, which the generator keeps within it anyway; an impossible end leaves the
 * start, which bounds those years from below only. Amounts stay whole multiples of their unit unless the fault is
 * that they are not, and percentages stay within 0–100 unless the fault is their sum.
 */
final class DocumentFaults {

    private static final String WRONG_TYPE = "json.wrong-type";
    private static final String INVALID_VALUE = "json.invalid-value";
    private static final String INVALID_DATE = "json.invalid-date";
    private static final String UNKNOWN_FIELD = "json.unknown-field";
    /** A member id no generated association has. */
    private static final String GHOST = "ghost";
    private static final LocalDate FIRST_DAY = LocalDate.of(Project.MIN_YEAR, 1, 1);
    private static final int MAX_DAYS_BEFORE_START = 400;
    private static final BigDecimal TENTH = new BigDecimal("0.1");
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal HIGHEST_RAISED = new BigDecimal("99.9");

    /** What a fault is put on. */
    private enum Element {
        DOCUMENT, MEMBER, KEY, PROJECT, TWO_PROJECTS, COST, ANY_OBJECT
    }

    /** The kinds of fault, each with what it is put on and the fault in words. */
    private enum Kind {
        YEAR_AS_STRING(Element.DOCUMENT, "the year written as a string"),
        NEGATIVE_FINANCING(Element.DOCUMENT, "a negative financing"),
        MEMBER_NAME_NOT_TEXT(Element.MEMBER, "a member's name written as true"),
        BLANK_MEMBER_NAME(Element.MEMBER, "a blank member name"),
        UNKNOWN_MEMBER_KIND(Element.MEMBER, "an unknown member kind"),
        CODE_NOT_FITTING_KIND(Element.MEMBER, "a member code that does not fit the member's kind"),
        MISSPELT_FIELD(Element.ANY_OBJECT, "a misspelt field"),
        PERCENTAGES_NOT_100(Element.KEY, "percentages not summing to 100"),
        KEY_UNKNOWN_MEMBER(Element.KEY, "a key naming a member that does not exist"),
        UNKNOWN_KEY_BASIS(Element.KEY, "an unknown key basis"),
        PROJECT_NAME_NOT_TEXT(Element.PROJECT, "a project's name written as a number"),
        UNKNOWN_PROJECT_STATUS(Element.PROJECT, "an unknown project status"),
        IMPOSSIBLE_END_DATE(Element.PROJECT, "an impossible end date of a project"),
        END_BEFORE_START(Element.PROJECT, "a project ending before it starts"),
        NEGATIVE_PROJECT_COST(Element.PROJECT, "a negative project cost"),
        PROJECT_UNKNOWN_MEMBER(Element.PROJECT, "a project naming a member that does not exist"),
        PROJECT_SINGLE_PARTY(Element.PROJECT, "a project of one party"),
        DUPLICATE_PROJECT_ID(Element.TWO_PROJECTS, "two projects with one id"),
        COST_AMOUNT_NOT_TEXT(Element.COST, "a cost line's amount written as true"),
        UNKNOWN_COST_CATEGORY(Element.COST, "an unknown cost category"),
        NEGATIVE_COST(Element.COST, "a negative cost line"),
        COST_OFF_UNIT(Element.COST, "a cost line off the rounding unit");

        private final Element element;
        private final String description;

        Kind(Element element, String description) {
            this.element = element;
            this.description = description;
        }
    }

    /**
     * A fault put on a value: the object it changes (the document itself for {@link Element#DOCUMENT}) at its
     * pointer, and for a duplicate id the earlier project whose id it takes.
     */
    private record Placed(Kind kind, String pointer, Map<String, Object> target, Map<String, Object> source) {
    }

    private final AnnualPlan plan;
    private final Map<String, Object> doc;
    private final List<Map<String, Object>> members;
    private final List<Map<String, Object>> projects;
    private final List<Map<String, Object>> costs;
    private final List<String> keys = new ArrayList<>();
    private final Set<Integer> usedMembers = new HashSet<>();
    private final Set<Integer> usedProjects = new HashSet<>();
    private final Set<Integer> usedCosts = new HashSet<>();
    private final Set<String> usedKeys = new HashSet<>();
    /** The member whose kind is made unknown, or -1. */
    private int unknownKind = -1;

    private DocumentFaults(AnnualPlan plan, Map<String, Object> doc) {
        this.plan = plan;
        this.doc = doc;
        Map<String, Object> association = object(doc.get("association"));
        this.members = objects(association.get("members"));
        this.projects = doc.containsKey("projects") ? objects(doc.get("projects")) : List.of();
        this.costs = doc.containsKey("costs") ? objects(doc.get("costs")) : List.of();
        keys.add("municipalKey");
        if (association.containsKey("regionalKey")) {
            keys.add("regionalKey");
        }
    }

    /**
     * The document of {@code plan} with {@code count} faults of different kinds, drawn at random among those the
     * plan has room for.
     *
     * @throws IllegalStateException if the plan has no room for that many (the generator makes it large enough)
     */
    static GeneratedDocument inject(SplittableRandom random, AnnualPlan plan, int count) {
        Map<String, Object> doc = PlanDocumentWriter.tree(plan);
        DocumentFaults faults = new DocumentFaults(plan, doc);
        List<Placed> placed = new ArrayList<>(count);
        if (count > 0) {
            List<Kind> kinds = new ArrayList<>(List.of(Kind.values()));
            FinsamGenerators.shuffle(random, kinds);
            for (int i = 0; i < kinds.size() && placed.size() < count; i++) {
                Placed p = faults.place(kinds.get(i), random);
                if (p != null) {
                    placed.add(p);
                }
            }
        }
        if (placed.size() < count) {
            throw new IllegalStateException("A plan of " + faults.members.size() + " members, " + faults.projects.size()
                    + " projects and " + faults.costs.size() + " cost lines has room for " + placed.size() + " faults, not "
                    + count);
        }
        List<InjectedFault> injected = new ArrayList<>(count);
        for (Placed p : placed) {
            injected.add(faults.apply(p, random));
        }
        return new GeneratedDocument(PlanDocumentWriter.write(doc), injected);
    }

    // --- where a fault goes ------------------------------------------------------------------------------

    /** Puts a fault of the kind on a value that has none yet and suits it; null if there is none. */
    private @Nullable Placed place(Kind kind, SplittableRandom random) {
        return switch (kind.element) {
            case DOCUMENT -> new Placed(kind, "", doc, doc);
            case MEMBER -> member(kind, random);
            case KEY -> key(kind, random);
            case PROJECT -> project(kind, random);
            case TWO_PROJECTS -> twoProjects(kind, random);
            case COST -> cost(kind, random);
            case ANY_OBJECT -> anyObject(kind, random);
        };
    }

    private @Nullable Placed member(Kind kind, SplittableRandom random) {
        int i = pick(random, members.size(), usedMembers, m -> true);
        if (i < 0) {
            return null;
        }
        if (kind == Kind.UNKNOWN_MEMBER_KIND) {
            unknownKind = i;
        }
        return new Placed(kind, "/association/members/" + i, members.get(i), members.get(i));
    }

    private @Nullable Placed key(Kind kind, SplittableRandom random) {
        List<String> free = new ArrayList<>();
        for (String k : keys) {
            KeyBasis basis = modelKey(k).basis();
            boolean suits = switch (kind) {
                case PERCENTAGES_NOT_100 -> basis == KeyBasis.PERCENTAGES;
                case KEY_UNKNOWN_MEMBER -> basis != KeyBasis.EQUAL;
                default -> true;
            };
            if (suits && !usedKeys.contains(k)) {
                free.add(k);
            }
        }
        if (free.isEmpty()) {
            return null;
        }
        String k = free.get(random.nextInt(free.size()));
        usedKeys.add(k);
        Map<String, Object> key = object(object(doc.get("association")).get(k));
        return new Placed(kind, "/association/" + k, key, key);
    }

    private ContributionKey modelKey(String field) {
        return field.equals("municipalKey") ? plan.association().charter().municipalKey()
                : plan.association().charter().regionalKey().orElseThrow();
    }

    private @Nullable Placed project(Kind kind, SplittableRandom random) {
        IntPredicate suits = switch (kind) {
            case IMPOSSIBLE_END_DATE -> j -> plan.projects().get(j).hasEnd();
            // The end a day to 400 days before the start, never before the first year accepted.
            case END_BEFORE_START -> j -> plan.projects().get(j).hasEnd() && plan.projects().get(j).start().isAfter(FIRST_DAY);
            // Explicit amounts would no longer sum to a negative total: a second violation.
            case NEGATIVE_PROJECT_COST -> j -> plan.projects().get(j).basis() != CostBasis.EXPLICIT;
            default -> j -> true;
        };
        int j = pick(random, projects.size(), usedProjects, suits);
        return j < 0 ? null : new Placed(kind, "/projects/" + j, projects.get(j), projects.get(j));
    }

    private @Nullable Placed twoProjects(Kind kind, SplittableRandom random) {
        int a = pick(random, projects.size(), usedProjects, j -> true);
        int b = a < 0 ? -1 : pick(random, projects.size(), usedProjects, j -> true);
        if (b < 0) {
            usedProjects.remove(a);
            return null;
        }
        // The later project is reported: the earlier one has the id first.
        int earlier = Math.min(a, b);
        int later = Math.max(a, b);
        return new Placed(kind, "/projects/" + later, projects.get(later), projects.get(earlier));
    }

    private @Nullable Placed cost(Kind kind, SplittableRandom random) {
        int i = pick(random, costs.size(), usedCosts, c -> true);
        return i < 0 ? null : new Placed(kind, "/costs/" + i, costs.get(i), costs.get(i));
    }

    private @Nullable Placed anyObject(Kind kind, SplittableRandom random) {
        List<Placed> free = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            if (!usedMembers.contains(i)) {
                free.add(new Placed(kind, "/association/members/" + i, members.get(i), members.get(i)));
            }
        }
        for (int j = 0; j < projects.size(); j++) {
            if (!usedProjects.contains(j)) {
                free.add(new Placed(kind, "/projects/" + j, projects.get(j), projects.get(j)));
            }
        }
        for (int i = 0; i < costs.size(); i++) {
            if (!usedCosts.contains(i)) {
                free.add(new Placed(kind, "/costs/" + i, costs.get(i), costs.get(i)));
            }
        }
        if (free.isEmpty()) {
            return null;
        }
        Placed p = free.get(random.nextInt(free.size()));
        int index = Integer.parseInt(p.pointer().substring(p.pointer().lastIndexOf('/') + 1));
        (p.pointer().startsWith("/association") ? usedMembers : p.pointer().startsWith("/projects") ? usedProjects : usedCosts)
                .add(index);
        return p;
    }

    /** A random index below {@code size}, not used and suiting the fault, marked used; -1 if there is none. */
    private static int pick(SplittableRandom random, int size, Set<Integer> used, IntPredicate suits) {
        List<Integer> free = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (!used.contains(i) && suits.test(i)) {
                free.add(i);
            }
        }
        if (free.isEmpty()) {
            return -1;
        }
        int i = free.get(random.nextInt(free.size()));
        used.add(i);
        return i;
    }

    // --- what a fault changes ------------------------------------------------------------------------------

    private InjectedFault apply(Placed p, SplittableRandom random) {
        Map<String, Object> target = p.target();
        return switch (p.kind()) {
            case YEAR_AS_STRING -> set(p, "year", Integer.toString(plan.year()), WRONG_TYPE);
            case NEGATIVE_FINANCING -> {
                Map<String, Object> financing = object(doc.get("financing"));
                String field = financing.containsKey("total") ? "total" : "stateContribution";
                financing.put(field, negative(financing.get(field), plan.roundingUnit()));
                yield fault(p, "/financing/" + field, ViolationCodes.AMOUNT_NEGATIVE);
            }
            case MEMBER_NAME_NOT_TEXT -> set(p, "name", true, WRONG_TYPE);
            case BLANK_MEMBER_NAME -> set(p, "name", "   ", ViolationCodes.MEMBER_NAME_INVALID);
            case UNKNOWN_MEMBER_KIND -> set(p, "kind", "KOMMUN", INVALID_VALUE);
            // Letters: no code of any kind (four digits, two digits, none) and unlike every other member's.
            case CODE_NOT_FITTING_KIND -> set(p, "code", "A" + p.pointer().substring(p.pointer().lastIndexOf('/') + 1),
                    ViolationCodes.MEMBER_CODE_INVALID);
            case MISSPELT_FIELD -> set(p, "nmae", "x", UNKNOWN_FIELD);
            case PERCENTAGES_NOT_100 -> {
                Map<String, Object> values = object(target.get("values"));
                String first = values.keySet().iterator().next();
                BigDecimal value = new BigDecimal(text(values.get(first)));
                // A tenth up, or down near 100: every percentage stays within 0–100.
                values.put(first, (value.compareTo(HIGHEST_RAISED) <= 0 ? value.add(TENTH) : value.subtract(TENTH)).toPlainString());
                yield fault(p, p.pointer() + "/values", ViolationCodes.KEY_PERCENTAGE_SUM);
            }
            case KEY_UNKNOWN_MEMBER -> {
                // A value of zero: a sum of percentages stays 100.
                object(target.get("values")).put(GHOST, KeyBasis.POPULATION.name().equals(target.get("basis")) ? (Object) 0L : "0");
                yield fault(p, p.pointer() + "/values/" + GHOST, ViolationCodes.KEY_UNKNOWN_MEMBER);
            }
            case UNKNOWN_KEY_BASIS -> set(p, "basis", "PERCENT", INVALID_VALUE);
            case PROJECT_NAME_NOT_TEXT -> set(p, "name", 12, WRONG_TYPE);
            case UNKNOWN_PROJECT_STATUS -> set(p, "status", "APPROVD", INVALID_VALUE);
            case IMPOSSIBLE_END_DATE -> set(p, "end", text(target.get("end")).substring(0, 4) + "-02-30", INVALID_DATE);
            case END_BEFORE_START -> {
                LocalDate start = LocalDate.parse(text(target.get("start")));
                long room = Math.min(MAX_DAYS_BEFORE_START, ChronoUnit.DAYS.between(FIRST_DAY, start));
                yield set(p, "end", start.minusDays(1 + random.nextLong(room)).toString(), ViolationCodes.PROJECT_END_BEFORE_START);
            }
            case NEGATIVE_PROJECT_COST -> set(p, "totalCost", negative(target.get("totalCost"), plan.projectRoundingUnit()),
                    ViolationCodes.AMOUNT_NEGATIVE);
            case PROJECT_UNKNOWN_MEMBER -> {
                target.put("members", new ArrayList<Object>(List.of(text(members.get(0).get("id")), GHOST)));
                yield fault(p, p.pointer() + "/members/1", ViolationCodes.PROJECT_UNKNOWN_MEMBER);
            }
            case PROJECT_SINGLE_PARTY -> {
                // A member whose kind, and so its party, is known.
                Map<String, Object> member = members.get(unknownKind == 0 ? 1 : 0);
                target.put("members", new ArrayList<Object>(List.of(text(member.get("id")))));
                yield fault(p, p.pointer() + "/members", ViolationCodes.PROJECT_SINGLE_PARTY);
            }
            case DUPLICATE_PROJECT_ID -> set(p, "id", text(p.source().get("id")), ViolationCodes.PROJECT_DUPLICATE_ID);
            case COST_AMOUNT_NOT_TEXT -> set(p, "amount", true, WRONG_TYPE);
            case UNKNOWN_COST_CATEGORY -> set(p, "category", "BORD", INVALID_VALUE);
            case NEGATIVE_COST -> set(p, "amount", negative(target.get("amount"), plan.roundingUnit()), ViolationCodes.AMOUNT_NEGATIVE);
            case COST_OFF_UNIT -> {
                BigDecimal amount = new BigDecimal(text(target.get("amount"))).add(plan.roundingUnit().value().multiply(HALF));
                yield set(p, "amount", Decimals.stripTrailingZeros(amount).toPlainString(), ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT);
            }
        };
    }

    /** Sets a field of the fault's object; finsam reports the field. */
    private static InjectedFault set(Placed p, String field, Object value, String code) {
        p.target().put(field, value);
        return fault(p, p.pointer() + "/" + field, code);
    }

    private static InjectedFault fault(Placed p, String path, String code) {
        return new InjectedFault(path, code, p.kind().description);
    }

    /** The negative of an amount, a multiple of the unit: minus one unit for zero. */
    private static String negative(@Nullable Object amount, RoundingUnit unit) {
        BigDecimal value = new BigDecimal(text(amount));
        return (value.signum() == 0 ? unit.value() : value).negate().toPlainString();
    }

    // --- the tree, as PlanDocumentWriter makes it --------------------------------------------------------------

    @SuppressWarnings("unchecked") // PlanDocumentWriter's objects are maps of field names
    private static Map<String, Object> object(@Nullable Object value) {
        return (Map<String, Object>) Objects.requireNonNull(value, "object");
    }

    private static List<Map<String, Object>> objects(@Nullable Object value) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Object element : (List<?>) Objects.requireNonNull(value, "array")) {
            list.add(object(element));
        }
        return list;
    }

    private static String text(@Nullable Object value) {
        return (String) Objects.requireNonNull(value, "text");
    }
}
