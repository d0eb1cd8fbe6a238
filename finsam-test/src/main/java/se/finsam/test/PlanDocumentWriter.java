package se.finsam.test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.money.MonetaryAmount;
import se.finsam.association.CoordinationAssociation;
import se.finsam.budget.AnnualPlan;
import se.finsam.budget.CostLine;
import se.finsam.contribution.Charter;
import se.finsam.contribution.ContributionKey;
import se.finsam.contribution.Financing;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.money.Amounts;
import se.finsam.money.Decimals;
import se.finsam.project.Project;

/**
 * Writes a plan document (docs/format.md) without a JSON library, for finsam-test cannot depend on finsam-json: first
 * as a tree that {@link DocumentFaults} may change, then as text. The tree is made of {@link LinkedHashMap}s (objects,
 * fields in the format's order, as finsam-json writes them), {@link List}s (arrays), {@link String}s,
 * {@link Boolean}s and {@link Number}s (integers, and {@link BigDecimal}s written plain).
 *
 * <p>It writes the fields that {@link FinsamGenerators#plan(java.util.SplittableRandom)} sets: the association (id,
 * name, currency, members with their codes, the municipal and regional keys with their basis, values, reference
 * date and age band), the year, the financing, both rounding units, the projects (id, name, status, members, owner,
 * period, total cost, basis, cost per year) and the cost lines. finsam-json's GeneratedDocumentsTest checks that
 * the text reads back as the plan, and that it is what finsam-json itself writes.
 */
final class PlanDocumentWriter {

    private static final String INDENT = "  ";

    private PlanDocumentWriter() {
    }

    /** The text of a plan's document. */
    static String text(AnnualPlan plan) {
        return write(tree(plan));
    }

    /** A plan's document as a tree of mutable objects and arrays. */
    static Map<String, Object> tree(AnnualPlan plan) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("association", association(plan.association()));
        doc.put("year", plan.year());
        doc.put("financing", financing(plan.financing()));
        doc.put("roundingUnit", plan.roundingUnit().toString());
        doc.put("projectRoundingUnit", plan.projectRoundingUnit().toString());
        if (!plan.projects().isEmpty()) {
            doc.put("projects", list(plan.projects().stream().map(PlanDocumentWriter::project).toList()));
        }
        if (!plan.costs().isEmpty()) {
            doc.put("costs", list(plan.costs().stream().map(PlanDocumentWriter::cost).toList()));
        }
        return doc;
    }

    private static Map<String, Object> association(CoordinationAssociation association) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", association.id().value());
        a.put("name", association.name());
        a.put("currency", association.currency().getCurrencyCode());
        Charter charter = association.charter();
        a.put("members", list(charter.members().stream().map(PlanDocumentWriter::member).toList()));
        a.put("municipalKey", key(charter.municipalKey()));
        charter.regionalKey().ifPresent(k -> a.put("regionalKey", key(k)));
        return a;
    }

    private static Map<String, Object> member(Member member) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", member.id().value());
        m.put("kind", member.kind().name());
        m.put("name", member.name());
        member.code().ifPresent(code -> m.put("code", code));
        return m;
    }

    private static Map<String, Object> key(ContributionKey key) {
        Map<String, Object> k = new LinkedHashMap<>();
        k.put("basis", key.basis().name());
        if (key instanceof ContributionKey.Percentages p) {
            k.put("values", decimals(p.values()));
        } else if (key instanceof ContributionKey.Weights w) {
            k.put("values", decimals(w.values()));
        } else if (key instanceof ContributionKey.Population p) {
            // Head counts are whole numbers: JSON numbers, as in the format's examples.
            Map<String, Object> counts = new LinkedHashMap<>();
            p.values().forEach((id, count) -> counts.put(id.value(), count));
            k.put("values", counts);
            p.referenceDate().ifPresent(date -> k.put("referenceDate", date.toString()));
            p.ageBand().ifPresent(band -> k.put("ageBand", band.toString()));
        }
        return k;
    }

    /** Percentages or weights as exact decimal strings, with the scale they have: {@code "34.900"}. */
    private static Map<String, Object> decimals(Map<MemberId, BigDecimal> values) {
        Map<String, Object> map = new LinkedHashMap<>();
        values.forEach((id, value) -> map.put(id.value(), value.toPlainString()));
        return map;
    }

    private static Map<String, Object> financing(Financing financing) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put(financing.basis() == Financing.Basis.TOTAL ? "total" : "stateContribution", amount(financing.amount()));
        return f;
    }

    private static Map<String, Object> project(Project project) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", project.id().value());
        p.put("name", project.name());
        p.put("status", project.status().name());
        if (!project.members().isEmpty()) {
            p.put("members", list(project.members().stream().map(MemberId::value).toList()));
        }
        project.owner().ifPresent(owner -> p.put("owner", owner.value()));
        p.put("start", project.start().toString());
        project.end().ifPresent(end -> p.put("end", end.toString()));
        p.put("totalCost", amount(project.totalCost()));
        p.put("basis", project.basis().name());
        if (!project.costByYear().isEmpty()) {
            Map<String, Object> byYear = new LinkedHashMap<>();
            project.costByYear().forEach((year, cost) -> byYear.put(Integer.toString(year), amount(cost)));
            p.put("costByYear", byYear);
        }
        return p;
    }

    private static Map<String, Object> cost(CostLine line) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("category", line.category().name());
        line.name().ifPresent(name -> c.put("name", name));
        c.put("amount", amount(line.amount()));
        return c;
    }

    /** An amount as the exact plain decimal, without trailing zeros, as a string: {@code "1308750"}, {@code "0.5"}. */
    static String amount(MonetaryAmount amount) {
        return Decimals.stripTrailingZeros(Amounts.decimal(amount)).toPlainString();
    }

    private static List<Object> list(List<?> values) {
        return new ArrayList<>(values);
    }

    // --- text ------------------------------------------------------------------------------------------

    /**
     * The text of a tree: an object or array of scalars on one line, others with one field or element a line,
     * indented by two spaces.
     *
     * @throws IllegalArgumentException if the tree holds something that is no JSON value
     */
    static String write(Object tree) {
        StringBuilder out = new StringBuilder();
        value(out, tree, "");
        return out.append('\n').toString();
    }

    private static void value(StringBuilder out, Object value, String indent) {
        if (value instanceof Map<?, ?> object) {
            object(out, object, indent);
        } else if (value instanceof List<?> array) {
            array(out, array, indent);
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof BigDecimal d) {
            out.append(d.toPlainString());
        } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            out.append(value);
        } else {
            throw new IllegalArgumentException("Not a JSON value: " + value.getClass().getName());
        }
    }

    private static void object(StringBuilder out, Map<?, ?> object, String indent) {
        boolean flat = object.values().stream().noneMatch(PlanDocumentWriter::isContainer);
        String inner = indent + INDENT;
        out.append('{');
        String separator = "";
        for (Map.Entry<?, ?> e : object.entrySet()) {
            out.append(separator);
            if (!flat) {
                out.append('\n').append(inner);
            }
            string(out, (String) e.getKey());
            out.append(": ");
            value(out, e.getValue(), inner);
            separator = flat ? ", " : ",";
        }
        if (!flat) {
            out.append('\n').append(indent);
        }
        out.append('}');
    }

    private static void array(StringBuilder out, List<?> array, String indent) {
        boolean flat = array.stream().noneMatch(PlanDocumentWriter::isContainer);
        String inner = indent + INDENT;
        out.append('[');
        String separator = "";
        for (Object element : array) {
            out.append(separator);
            if (!flat) {
                out.append('\n').append(inner);
            }
            value(out, element, inner);
            separator = flat ? ", " : ",";
        }
        if (!flat) {
            out.append('\n').append(indent);
        }
        out.append(']');
    }

    private static boolean isContainer(Object value) {
        return value instanceof Map<?, ?> || value instanceof List<?>;
    }

    /**
     * A JSON string (RFC 8259, 7): the quotation mark, the reverse solidus and control characters escaped (the
     * short escapes where there are, a backslash, {@code u} and four hexadecimal digits otherwise), a surrogate
     * that is not half of a pair escaped the long way too; every other character as it is.
     */
    static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || (Character.isSurrogate(c) && !isPaired(s, i))) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Whether the surrogate at {@code i} is half of a pair. */
    private static boolean isPaired(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
