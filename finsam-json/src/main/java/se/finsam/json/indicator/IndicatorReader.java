package se.finsam.json.indicator;

import se.finsam.json.JsonViolationCodes;
import se.finsam.json.internal.Pointer;
import se.finsam.json.internal.Limits;
import se.finsam.json.internal.StatisticsReader;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
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
import se.finsam.population.AgeBand;
import se.finsam.indicator.AreaGroup;
import se.finsam.indicator.BenefitExtent;
import se.finsam.indicator.IllHealthBenefit;
import se.finsam.indicator.IllHealthFigures;
import se.finsam.indicator.IndicatorPeriod;
import se.finsam.indicator.IndicatorSet;
import se.finsam.indicator.IndicatorSet.PartialArea;
import se.finsam.indicator.IndicatorSet.PartialPeriod;
import se.finsam.indicator.ReportingPeriod;
import se.finsam.indicator.SupportFigures;
import se.finsam.indicator.SupportKind;
import se.finsam.member.MemberId;
import se.finsam.validation.FinsamValidationException;

/**
 * Turns a parsed JSON tree into an {@link IndicatorSet} (the indicator document of
 * {@code docs/indicators.md}), collecting every violation with its JSON pointer.
 *
 * <p>Validation collects, it does not stop: every value that can be read is read. A value whose parts
 * were all read is built through its core factory, which checks its rules; otherwise the core's partial
 * checks ({@link AreaGroup#check}, {@link SupportFigures#check}, {@link IllHealthFigures#check},
 * {@link IndicatorSet#check}) run on what could be read, skipping only the rules that need a missing
 * part. So figures for an unknown municipality are reported beside another municipality's unreadable
 * population.
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

    /** What could be read of an aggregated area: the area, if built, and what the set's rules need. */
    private record AreaRead(AreaGroup area, PartialArea partial) {
        static final AreaRead UNKNOWN = new AreaRead(null, new PartialArea(null, null));
    }

    /** What could be read of a period: the period, if built, and what the set's rules need. */
    private record PeriodRead<F>(IndicatorPeriod<F> period, PartialPeriod<F> partial) {
    }

    /**
     * Reads an indicator document, or throws with every violation found.
     *
     * @param root the parsed tree
     * @return the indicator set
     * @throws FinsamValidationException if anything is wrong
     */
    IndicatorSet read(JsonNode root) {
        return readValue(root, Pointer.ROOT, (node, path) -> document(node), "indicator document");
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
        List<MunicipalityRead> municipalities = optional(root, "municipalities", Pointer.ROOT.field("municipalities"), this::municipalities);
        List<AreaRead> aggregates = root.get("aggregates") == null ? List.of()
                : !withinMembershipLimit(root.get("aggregates"), Pointer.ROOT.field("aggregates")) ? null
                : list(root.get("aggregates"), Pointer.ROOT.field("aggregates"), limits.maxMembers(), "aggregated areas",
                        this::aggregate);
        List<PeriodRead<SupportFigures>> support = root.get("support") == null ? List.of()
                : list(root.get("support"), Pointer.ROOT.field("support"), limits.maxPeriods(), "support periods", (n, p) -> period(n, p,
                        (f, fp) -> supportFigures(f, fp, currency)));
        List<PeriodRead<IllHealthFigures>> illHealth = root.get("illHealth") == null ? List.of()
                : list(root.get("illHealth"), Pointer.ROOT.field("illHealth"), limits.maxPeriods(), "ill-health periods",
                        (n, p) -> period(n, p, this::illHealthFigures));
        if (!hasViolations()) {
            // Every part was read and built: the set checks its own rules.
            List<AreaGroup> areas = aggregates.stream().map(AreaRead::area).toList();
            List<IndicatorPeriod<SupportFigures>> supportPeriods = support.stream().map(PeriodRead::period).toList();
            List<IndicatorPeriod<IllHealthFigures>> illHealthPeriods = illHealth.stream().map(PeriodRead::period).toList();
            return build(Pointer.ROOT, () -> new IndicatorSet(name, note, currency, ageBand, members(municipalities), areas,
                    supportPeriods, illHealthPeriods));
        }
        // Something could not be read or built: the set's own rules run on what could.
        report(Pointer.ROOT, IndicatorSet.check(name, noteOk(root, note) ? note : null, currency,
                municipalities == null ? null : ids(municipalities),
                aggregates == null ? null : aggregates.stream().map(AreaRead::partial).toList(),
                support == null ? null : support.stream().map(PeriodRead::partial).toList(),
                illHealth == null ? null : illHealth.stream().map(PeriodRead::partial).toList()));
        return null;
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

    private AreaRead aggregate(JsonNode node, Pointer path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return AreaRead.UNKNOWN;
        }
        int before = violationCount();
        checkFields(node, path, AGGREGATE_FIELDS, "aggregate", "id", "name", "kind", "municipalities");
        MemberId id = optional(node, "id", path.field("id"), this::memberId);
        String name = optional(node, "name", path.field("name"), this::text);
        AreaGroup.Kind kind = optional(node, "kind", path.field("kind"),
                (n, p) -> enumValue(n, p, AreaGroup.Kind.class, "aggregate kind"));
        List<MemberId> members = optional(node, "municipalities", path.field("municipalities"),
                (n, p) -> list(n, p, limits.maxMembers(), "municipalities", this::memberId));
        PartialArea partial = new PartialArea(id, members);
        if (violationCount() == before) {
            return new AreaRead(build(path, () -> AreaGroup.of(id, name, kind, members)), partial);
        }
        report(path, AreaGroup.check(id, name, members));
        return new AreaRead(null, partial);
    }

    /** A period {@code {"start", "end", "note", "figures": {ID: FIGURES}}}, each part read as far as it can be. */
    private <F> PeriodRead<F> period(JsonNode node, Pointer path, BiFunction<JsonNode, Pointer, F> figuresReader) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return new PeriodRead<>(null, new PartialPeriod<>(null, null, null, false));
        }
        int before = violationCount();
        checkFields(node, path, PERIOD_FIELDS, "period", "start", "end", "figures");
        LocalDate start = optional(node, "start", path.field("start"), this::date);
        LocalDate end = optional(node, "end", path.field("end"), this::date);
        Optional<String> note = note(node, path);
        Map<MemberId, F> figures = new LinkedHashMap<>();
        Boolean complete = optional(node, "figures", path.field("figures"), (n, p) -> figures(n, p, figuresReader, figures));
        ReportingPeriod period = start == null || end == null ? null : build(path, () -> ReportingPeriod.of(start, end));
        // Figures are null without a violation of their own only when the currency could not be read.
        if (violationCount() == before && !figures.containsValue(null)) {
            IndicatorPeriod<F> built = new IndicatorPeriod<>(period, figures, note);
            return new PeriodRead<>(built, PartialPeriod.of(built));
        }
        return new PeriodRead<>(null, new PartialPeriod<>(period, noteOk(node, note) ? note : null,
                complete == null ? null : figures, Boolean.TRUE.equals(complete)));
    }

    /**
     * Reads every entry of a figures object into {@code figures}: each key that is a municipality id, with
     * its figures or null where they could not be read or break a rule (reported). Returns whether every
     * key was an id, or null if the node is not an object.
     */
    private <F> Boolean figures(JsonNode node, Pointer path, BiFunction<JsonNode, Pointer, F> reader, Map<MemberId, F> figures) {
        if (!expect(node, path, JsonNode::isObject, "an object") || !withinLimit(node, path, limits.maxMembers(),
                "municipalities' figures")) {
            return null;
        }
        boolean complete = true;
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            Pointer p = path.field(e.getKey());
            MemberId id = build(p, () -> MemberId.of(e.getKey()));
            F f = reader.apply(e.getValue(), p);
            if (id == null) {
                complete = false;
            } else {
                figures.put(id, f);
            }
        }
        return complete;
    }

    /** Support figures, or null if a part could not be read or a rule is broken (reported). */
    private SupportFigures supportFigures(JsonNode node, Pointer path, CurrencyUnit currency) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        int before = violationCount();
        checkFields(node, path, SUPPORT_FIELDS, "support figures", "population", "payments");
        Long population = optional(node, "population", path.field("population"), this::integer);
        Keyed<SupportKind, BigDecimal> paid = optional(node, "payments", path.field("payments"),
                (n, p) -> enumMap(n, p, SupportKind.class, "kind of support", this::decimal));
        Keyed<SupportKind, BigDecimal> equivalents = node.get("fullYearEquivalents") == null
                ? new Keyed<SupportKind, BigDecimal>(Map.of(), true)
                : enumMap(node.get("fullYearEquivalents"), path.field("fullYearEquivalents"), SupportKind.class,
                        "kind of support", this::decimal);
        Map<SupportKind, MonetaryAmount> payments = null;
        if (paid != null) {
            payments = new EnumMap<>(SupportKind.class);
            for (Map.Entry<SupportKind, BigDecimal> e : paid.values().entrySet()) {
                payments.put(e.getKey(), e.getValue() == null || currency == null ? null : Amounts.exact(e.getValue(), currency));
            }
        }
        if (violationCount() == before && currency != null) {
            Map<SupportKind, MonetaryAmount> given = payments;
            return build(path, () -> SupportFigures.of(population, given, equivalents.values()));
        }
        report(path, SupportFigures.check(population, payments, paid != null && paid.complete(),
                equivalents == null ? null : equivalents.values(), equivalents != null && equivalents.complete()));
        return null;
    }

    /** Ill-health figures, or null if a part could not be read or a rule is broken (reported). */
    private IllHealthFigures illHealthFigures(JsonNode node, Pointer path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        int before = violationCount();
        checkFields(node, path, ILL_HEALTH_FIELDS, "ill-health figures", "insured", "days");
        Long insured = optional(node, "insured", path.field("insured"), this::integer);
        Keyed<IllHealthBenefit, Map<BenefitExtent, Long>> days = optional(node, "days", path.field("days"),
                (n, p) -> enumMap(n, p, IllHealthBenefit.class, "benefit", (e, ep) -> {
                    Keyed<BenefitExtent, Long> byExtent = enumMap(e, ep, BenefitExtent.class, "extent", this::integer);
                    return byExtent == null ? null : byExtent.values();
                }));
        if (violationCount() == before) {
            return build(path, () -> IllHealthFigures.of(insured, days.values()));
        }
        report(path, IllHealthFigures.check(insured, days == null ? null : days.values(), days != null && days.complete()));
        return null;
    }
}
