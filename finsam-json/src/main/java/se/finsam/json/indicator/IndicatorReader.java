package se.finsam.json.indicator;

import se.finsam.json.JsonViolationCodes;
import se.finsam.json.internal.Pointer;
import se.finsam.json.internal.Read;
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
    private record AreaRead(Read<AreaGroup> area, PartialArea partial) {
        static final AreaRead UNKNOWN = new AreaRead(Read.reported(), new PartialArea(null, null));
    }

    /** What could be read of a period: the period, if built, and what the set's rules need. */
    private record PeriodRead<F>(Read<IndicatorPeriod<F>> period, PartialPeriod<F> partial) {
    }

    /** The full-year equivalents of figures that give none. */
    private static final Read<Keyed<SupportKind, BigDecimal>> NO_EQUIVALENTS = Read.of(new Keyed<>(Map.<SupportKind, BigDecimal>of(), true));

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

    private Read<IndicatorSet> document(JsonNode root) {
        Pointer at = Pointer.ROOT;
        if (!expect(root, at, JsonNode::isObject, "an object")) {
            return Read.reported();
        }
        checkFields(root, at, DOCUMENT_FIELDS, "indicator document", "name", "ageBand", "municipalities");
        if (root.get("support") == null && root.get("illHealth") == null) {
            add(at, JsonViolationCodes.CONFLICTING_FIELDS, "An indicator document needs 'support', 'illHealth' or both");
        }
        Read<String> name = field(root, "name", at, this::text);
        Read<Optional<String>> note = note(root, at);
        Read<CurrencyUnit> currency = fieldOr(root, "currency", at, readDefaultCurrency(), this::currency);
        Read<AgeBand> ageBand = field(root, "ageBand", at, this::ageBand);
        Read<List<MunicipalityRead>> municipalities = field(root, "municipalities", at, this::municipalities);
        Read<List<AreaRead>> aggregates = fieldOr(root, "aggregates", at, Read.emptyList(), (n, p) -> withinMembershipLimit(n, p)
                ? parts(n, p, limits.maxMembers(), "aggregated areas", this::aggregate) : Read.reported());
        Read<List<PeriodRead<SupportFigures>>> support = fieldOr(root, "support", at, Read.emptyList(),
                (n, p) -> parts(n, p, limits.maxPeriods(), "support periods",
                        (e, q) -> period(e, q, (f, fp) -> supportFigures(f, fp, currency))));
        Read<List<PeriodRead<IllHealthFigures>>> illHealth = fieldOr(root, "illHealth", at, Read.emptyList(),
                (n, p) -> parts(n, p, limits.maxPeriods(), "ill-health periods", (e, q) -> period(e, q, this::illHealthFigures)));
        if (!hasViolations()) {
            // Every part was read and built: the set checks its own rules.
            List<AreaGroup> areas = aggregates.get().stream().map(a -> a.area().get()).toList();
            List<IndicatorPeriod<SupportFigures>> supportPeriods = support.get().stream().map(s -> s.period().get()).toList();
            List<IndicatorPeriod<IllHealthFigures>> illHealthPeriods = illHealth.get().stream().map(s -> s.period().get())
                    .toList();
            return build(at, () -> new IndicatorSet(name.get(), note.get(), currency.get(), ageBand.get(),
                    members(municipalities.get()).get(), areas, supportPeriods, illHealthPeriods));
        }
        // Something could not be read or built: the set's own rules run on what could.
        report(at, IndicatorSet.check(name.orUnknown(), note.orUnknown(), currency.orUnknown(),
                municipalities.map(StatisticsReader::ids).orUnknown(),
                aggregates.map(l -> l.stream().map(AreaRead::partial).toList()).orUnknown(),
                support.map(l -> l.stream().map(PeriodRead::partial).toList()).orUnknown(),
                illHealth.map(l -> l.stream().map(PeriodRead::partial).toList()).orUnknown()));
        return Read.reported();
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
        Read<MemberId> id = field(node, "id", path, this::memberId);
        Read<String> name = field(node, "name", path, this::text);
        Read<AreaGroup.Kind> kind = field(node, "kind", path, (n, p) -> enumValue(n, p, AreaGroup.Kind.class, "aggregate kind"));
        Read<List<MemberId>> members = field(node, "municipalities", path,
                (n, p) -> list(n, p, limits.maxMembers(), "municipalities", this::memberId));
        PartialArea partial = new PartialArea(id.orUnknown(), members.orUnknown());
        if (violationCount() == before) {
            return new AreaRead(build(path, () -> AreaGroup.of(id.get(), name.get(), kind.get(), members.get())), partial);
        }
        report(path, AreaGroup.check(id.orUnknown(), name.orUnknown(), members.orUnknown()));
        return new AreaRead(Read.reported(), partial);
    }

    /** A period {@code {"start", "end", "note", "figures": {ID: FIGURES}}}, each part read as far as it can be. */
    @SuppressWarnings("NullOptional") // null: the note is unknown (PartialPeriod)
    private <F> PeriodRead<F> period(JsonNode node, Pointer path, Reader<F> figuresReader) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return new PeriodRead<>(Read.reported(), new PartialPeriod<>(null, null, null, false));
        }
        int before = violationCount();
        checkFields(node, path, PERIOD_FIELDS, "period", "start", "end", "figures");
        Read<LocalDate> start = field(node, "start", path, this::date);
        Read<LocalDate> end = field(node, "end", path, this::date);
        Read<Optional<String>> note = note(node, path);
        Map<MemberId, F> figures = new LinkedHashMap<>();
        Read<Boolean> complete = field(node, "figures", path, (n, p) -> figures(n, p, figuresReader, figures));
        Read<ReportingPeriod> period = start.isRead() && end.isRead()
                ? build(path, () -> ReportingPeriod.of(start.get(), end.get())) : Read.reported();
        // Figures are unknown without a violation of their own only when the currency could not be read.
        if (violationCount() == before && !figures.containsValue(null)) {
            IndicatorPeriod<F> built = new IndicatorPeriod<>(period.get(), figures, note.get());
            return new PeriodRead<>(Read.of(built), PartialPeriod.of(built));
        }
        return new PeriodRead<>(Read.reported(), new PartialPeriod<>(period.orUnknown(), note.orUnknown(),
                complete.map(c -> figures).orUnknown(), complete.orElse(false)));
    }

    /**
     * Reads every entry of a figures object into {@code figures}: each key that is a municipality id, with
     * its figures or null (unknown, as the set's partial check takes it) where they could not be read or
     * break a rule (reported). Gives whether every key was an id; reported if the node is not an object.
     */
    private <F> Read<Boolean> figures(JsonNode node, Pointer path, Reader<F> reader, Map<MemberId, F> figures) {
        if (!expect(node, path, JsonNode::isObject, "an object") || !withinLimit(node, path, limits.maxMembers(),
                "municipalities' figures")) {
            return Read.reported();
        }
        boolean complete = true;
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            Pointer p = path.field(e.getKey());
            Read<MemberId> id = build(p, MemberId::of, e.getKey());
            Read<F> f = reader.read(e.getValue(), p);
            if (id.isRead()) {
                figures.put(id.get(), f.orUnknown());
            } else {
                complete = false;
            }
        }
        return Read.of(complete);
    }

    /** Support figures; reported if a part could not be read or a rule is broken. */
    private Read<SupportFigures> supportFigures(JsonNode node, Pointer path, Read<CurrencyUnit> currency) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return Read.reported();
        }
        int before = violationCount();
        checkFields(node, path, SUPPORT_FIELDS, "support figures", "population", "payments");
        Read<Long> population = field(node, "population", path, this::integer);
        Read<Keyed<SupportKind, BigDecimal>> paid = field(node, "payments", path,
                (n, p) -> enumMap(n, p, SupportKind.class, "kind of support", this::decimal));
        Read<Keyed<SupportKind, BigDecimal>> equivalents = fieldOr(node, "fullYearEquivalents", path, NO_EQUIVALENTS,
                (n, p) -> enumMap(n, p, SupportKind.class, "kind of support", this::decimal));
        Read<Map<SupportKind, MonetaryAmount>> payments = paid.map(k -> amounts(k.values(), currency));
        if (violationCount() == before && currency.isRead()) {
            return build(path, () -> SupportFigures.of(population.get(), payments.get(), equivalents.get().values()));
        }
        report(path, SupportFigures.check(population.orUnknown(), payments.orUnknown(), paid.isRead() && paid.get().complete(),
                equivalents.map(Keyed::values).orUnknown(), equivalents.isRead() && equivalents.get().complete()));
        return Read.reported();
    }

    /** Amounts in {@code currency}, null (unknown) where the number or the currency is. */
    private static Map<SupportKind, MonetaryAmount> amounts(Map<SupportKind, BigDecimal> paid, Read<CurrencyUnit> currency) {
        Map<SupportKind, MonetaryAmount> payments = new EnumMap<>(SupportKind.class);
        for (Map.Entry<SupportKind, BigDecimal> e : paid.entrySet()) {
            payments.put(e.getKey(), e.getValue() == null || currency.isReported() ? null
                    : Amounts.exact(e.getValue(), currency.get()));
        }
        return payments;
    }

    /** Ill-health figures; reported if a part could not be read or a rule is broken. */
    private Read<IllHealthFigures> illHealthFigures(JsonNode node, Pointer path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return Read.reported();
        }
        int before = violationCount();
        checkFields(node, path, ILL_HEALTH_FIELDS, "ill-health figures", "insured", "days");
        Read<Long> insured = field(node, "insured", path, this::integer);
        Read<Keyed<IllHealthBenefit, Map<BenefitExtent, Long>>> days = field(node, "days", path,
                (n, p) -> enumMap(n, p, IllHealthBenefit.class, "benefit",
                        (e, ep) -> enumMap(e, ep, BenefitExtent.class, "extent", this::integer).map(Keyed::values)));
        if (violationCount() == before) {
            return build(path, () -> IllHealthFigures.of(insured.get(), days.get().values()));
        }
        report(path, IllHealthFigures.check(insured.orUnknown(), days.map(Keyed::values).orUnknown(),
                days.isRead() && days.get().complete()));
        return Read.reported();
    }
}
