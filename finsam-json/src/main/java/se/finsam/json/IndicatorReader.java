package se.finsam.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import se.finsam.money.Amounts;
import se.finsam.contribution.AgeBand;
import se.finsam.indicator.AreaGroup;
import se.finsam.indicator.BenefitExtent;
import se.finsam.indicator.IllHealthBenefit;
import se.finsam.indicator.IllHealthFigures;
import se.finsam.indicator.IndicatorPeriod;
import se.finsam.indicator.IndicatorSet;
import se.finsam.indicator.ReportingPeriod;
import se.finsam.indicator.SupportFigures;
import se.finsam.indicator.SupportKind;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;

/**
 * Turns a parsed JSON tree into an {@link IndicatorSet} (the indicator document of
 * {@code docs/indicators.md}), collecting every violation with its JSON pointer. The rules are the
 * core's; where a part is broken, a stand-in keeps the rules of the whole set checkable.
 *
 * <p>Not thread-safe: one instance reads one document.
 */
final class IndicatorReader extends StatisticsReader {

    /** @param limits the limits of the facade that reads */
    IndicatorReader(Limits limits) {
        super(limits);
    }

    private static final Set<String> DOCUMENT_FIELDS = Set.of("name", "note", "currency", "ageBand", "municipalities",
            "aggregates", "support", "illHealth");
    private static final Set<String> AGGREGATE_FIELDS = Set.of("id", "name", "kind", "municipalities");
    private static final Set<String> PERIOD_FIELDS = Set.of("start", "end", "note", "figures");
    private static final Set<String> SUPPORT_FIELDS = Set.of("population", "payments", "fullYearEquivalents");
    private static final Set<String> ILL_HEALTH_FIELDS = Set.of("insured", "days");

    /**
     * Reads an indicator document, or throws with every violation found.
     *
     * @param root the parsed tree
     * @return the indicator set
     * @throws FinsamValidationException if anything is wrong
     */
    IndicatorSet read(JsonNode root) {
        IndicatorSet set = document(root);
        throwIfInvalid("indicator document");
        return set;
    }

    private IndicatorSet document(JsonNode root) {
        if (!expect(root, Pointer.ROOT, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(root, Pointer.ROOT, DOCUMENT_FIELDS, "indicator document", "name", "ageBand", "municipalities");
        if (root.get("support") == null && root.get("illHealth") == null) {
            add(Pointer.ROOT, JsonViolationCodes.CONFLICTING_FIELDS, "An indicator document needs 'support', 'illHealth' or both");
        }
        String name = optional(root, "name", Pointer.ROOT.field("name"), this::text);
        Optional<String> note = note(root, Pointer.ROOT);
        CurrencyUnit currency = root.get("currency") == null ? defaultCurrency() : currency(root.get("currency"), Pointer.ROOT.field("currency"));
        AgeBand ageBand = optional(root, "ageBand", Pointer.ROOT.field("ageBand"), this::ageBand);
        List<Member> municipalities = optional(root, "municipalities", Pointer.ROOT.field("municipalities"), this::municipalities);
        List<AreaGroup> aggregates = root.get("aggregates") == null ? List.of()
                : !withinMembershipLimit(root.get("aggregates"), Pointer.ROOT.field("aggregates")) ? null
                : list(root.get("aggregates"), Pointer.ROOT.field("aggregates"), limits.maxMembers(), "aggregated areas",
                        this::aggregate);
        List<IndicatorPeriod<SupportFigures>> support = root.get("support") == null ? List.of()
                : list(root.get("support"), Pointer.ROOT.field("support"), limits.maxPeriods(), "support periods",
                        (n, p) -> period(n, p, false,
                        (f, fp) -> supportFigures(f, fp, currency)));
        List<IndicatorPeriod<IllHealthFigures>> illHealth = root.get("illHealth") == null ? List.of()
                : list(root.get("illHealth"), Pointer.ROOT.field("illHealth"), limits.maxPeriods(), "ill-health periods",
                        (n, p) -> period(n, p, true, this::illHealthFigures));
        if (name == null || !noteOk(root, note) || currency == null || ageBand == null || municipalities == null
                || aggregates == null || support == null || illHealth == null) {
            return null;
        }
        return build(Pointer.ROOT, () -> new IndicatorSet(name, note, currency, ageBand, municipalities, aggregates, support,
                illHealth));
    }

    /**
     * Checks, before any aggregated area is read, that the areas together name at most
     * {@link Limits#maxAreaMemberships()} municipalities: every period adds up each area's municipalities,
     * so they bound the work of the whole document.
     */
    private boolean withinMembershipLimit(JsonNode aggregates, Pointer path) {
        long memberships = 0;
        for (JsonNode aggregate : aggregates) {
            JsonNode members = aggregate.get("municipalities");
            memberships += members == null ? 0 : members.size();
        }
        if (memberships > limits.maxAreaMemberships()) {
            add(path, JsonViolationCodes.LIMIT_EXCEEDED, "At most " + limits.maxAreaMemberships()
                    + " municipalities of aggregated areas (together) are accepted, found " + memberships);
            return false;
        }
        return true;
    }

    private AreaGroup aggregate(JsonNode node, Pointer path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(node, path, AGGREGATE_FIELDS, "aggregate", "id", "name", "kind", "municipalities");
        MemberId id = optional(node, "id", path.field("id"), this::memberId);
        String name = optional(node, "name", path.field("name"), this::text);
        AreaGroup.Kind kind = optional(node, "kind", path.field("kind"),
                (n, p) -> enumValue(n, p, AreaGroup.Kind.class, "aggregate kind"));
        List<MemberId> members = optional(node, "municipalities", path.field("municipalities"),
                (n, p) -> list(n, p, limits.maxMembers(), "municipalities", this::memberId));
        if (id == null || name == null || kind == null || members == null) {
            return null;
        }
        return build(path, () -> AreaGroup.of(id, name, kind, members));
    }

    /**
     * A period {@code {"start", "end", "note", "figures": {ID: FIGURES}}}. A period whose dates are
     * wrong becomes a stand-in, so that its figures are still checked against the municipalities.
     */
    private <F> IndicatorPeriod<F> period(JsonNode node, Pointer path, boolean twelveMonths,
            BiFunction<JsonNode, Pointer, F> figuresReader) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(node, path, PERIOD_FIELDS, "period", "start", "end", "figures");
        LocalDate start = optional(node, "start", path.field("start"), this::date);
        LocalDate end = optional(node, "end", path.field("end"), this::date);
        Optional<String> note = note(node, path);
        Map<MemberId, F> figures = optional(node, "figures", path.field("figures"), (n, p) -> figures(n, p, figuresReader));
        if (start == null || figures == null || !noteOk(node, note)) {
            return null;
        }
        ReportingPeriod period = end == null ? null : build(path, () -> ReportingPeriod.of(start, end));
        if (period == null) {
            if (twelveMonths && start.getYear() == Year.MAX_VALUE) {
                return null;
            }
            period = ReportingPeriod.of(start, twelveMonths ? start.plusMonths(12).minusDays(1) : start);
        }
        return new IndicatorPeriod<>(period, figures, note);
    }

    private <F> Map<MemberId, F> figures(JsonNode node, Pointer path, BiFunction<JsonNode, Pointer, F> reader) {
        if (!expect(node, path, JsonNode::isObject, "an object") || !withinLimit(node, path, limits.maxMembers(),
                "municipalities' figures")) {
            return null;
        }
        Map<MemberId, F> figures = new LinkedHashMap<>();
        boolean allOk = true;
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            Pointer p = path.field(e.getKey());
            MemberId id = build(p, () -> MemberId.of(e.getKey()));
            F f = reader.apply(e.getValue(), p);
            if (id == null || f == null) {
                allOk = false;
            } else {
                figures.put(id, f);
            }
        }
        return allOk ? figures : null;
    }

    /** Support figures, or a stand-in when they break a rule (already reported); null if unreadable. */
    private SupportFigures supportFigures(JsonNode node, Pointer path, CurrencyUnit currency) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(node, path, SUPPORT_FIELDS, "support figures", "population", "payments");
        Long population = optional(node, "population", path.field("population"), this::integer);
        Map<SupportKind, BigDecimal> paid = optional(node, "payments", path.field("payments"),
                (n, p) -> enumMap(n, p, SupportKind.class, "kind of support", this::decimal));
        Map<SupportKind, BigDecimal> equivalents = node.get("fullYearEquivalents") == null ? Map.of()
                : enumMap(node.get("fullYearEquivalents"), path.field("fullYearEquivalents"), SupportKind.class,
                        "kind of support", this::decimal);
        if (population == null || paid == null || equivalents == null || currency == null) {
            return null;
        }
        Map<SupportKind, MonetaryAmount> payments = new EnumMap<>(SupportKind.class);
        paid.forEach((kind, amount) -> payments.put(kind, Amounts.exact(amount, currency)));
        SupportFigures figures = build(path, () -> SupportFigures.of(population, payments, equivalents));
        if (figures != null) {
            return figures;
        }
        Map<SupportKind, MonetaryAmount> zero = new EnumMap<>(SupportKind.class);
        for (SupportKind kind : SupportKind.values()) {
            zero.put(kind, Amounts.exact(BigDecimal.ZERO, currency));
        }
        return SupportFigures.of(1, zero);
    }

    /** Ill-health figures, or a stand-in when they break a rule (already reported); null if unreadable. */
    private IllHealthFigures illHealthFigures(JsonNode node, Pointer path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(node, path, ILL_HEALTH_FIELDS, "ill-health figures", "insured", "days");
        Long insured = optional(node, "insured", path.field("insured"), this::integer);
        Map<IllHealthBenefit, Map<BenefitExtent, Long>> days = optional(node, "days", path.field("days"),
                (n, p) -> enumMap(n, p, IllHealthBenefit.class, "benefit",
                        (e, ep) -> enumMap(e, ep, BenefitExtent.class, "extent", this::integer)));
        if (insured == null || days == null) {
            return null;
        }
        IllHealthFigures figures = build(path, () -> IllHealthFigures.of(insured, days));
        if (figures != null) {
            return figures;
        }
        Map<IllHealthBenefit, Map<BenefitExtent, Long>> none = new EnumMap<>(IllHealthBenefit.class);
        for (IllHealthBenefit benefit : IllHealthBenefit.values()) {
            none.put(benefit, Map.of());
        }
        return IllHealthFigures.of(1, none);
    }
}
