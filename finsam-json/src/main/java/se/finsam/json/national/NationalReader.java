package se.finsam.json.national;

import se.finsam.json.internal.Pointer;
import se.finsam.json.internal.Limits;
import se.finsam.json.internal.TreeReader;
import se.finsam.json.internal.CharterReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import se.finsam.association.AssociationId;
import se.finsam.contribution.Charter;
import se.finsam.money.Amounts;
import se.finsam.money.RoundingUnit;
import se.finsam.national.AllocationModel;
import se.finsam.national.AssociationFigures;
import se.finsam.national.NationalAllocation;
import se.finsam.national.NationalAllocation.PartialAssociation;
import se.finsam.national.NationalAllocation.PartialCall;
import se.finsam.national.NationalAllocation.PartialModel;
import se.finsam.national.NationalValidationException;
import se.finsam.national.NationalViolation;
import se.finsam.national.SupplementaryCall;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;
import se.finsam.validation.TextRules;

/**
 * Turns a parsed JSON tree into a {@link NationalAllocation} (the national document of
 * {@code docs/national.md}), collecting every violation with its JSON pointer. An association's members
 * and keys are read by the association document's reader, so they follow exactly the same format.
 *
 * <p>Validation collects, it does not stop: every value that can be read is read. A value whose parts
 * were all read is built through its core factory, which checks its rules; otherwise the core's partial
 * checks ({@link AllocationModel#check}, {@link SupplementaryCall#check}, {@link AssociationFigures#check},
 * {@link NationalAllocation#check}) run on what could be read, skipping only the rules that need a missing
 * part. So a request without a call is reported beside another association's unreadable population, and
 * floors above the appropriation beside a broken charter.
 *
 * <p>Not thread-safe: one instance reads one document.
 */
final class NationalReader extends TreeReader {

    /** @param limits the limits of the facade that reads */
    NationalReader(Limits limits) {
        super(limits);
    }

    private static final Set<String> FIELDS = Set.of("note", "year", "currency", "roundingUnit", "appropriation",
            "parameters", "supplementary", "associations");
    private static final Set<String> PARAMETER_FIELDS = Set.of("base", "supportMeasureWeight", "populationWeight",
            "maxDecrease", "maxIncrease");
    private static final Set<String> SUPPLEMENTARY_FIELDS = Set.of("pot", "cap");
    private static final Set<String> ASSOCIATION_FIELDS = Set.of("id", "name", "population", "supportMeasure",
            "previousAllocation", "equityAboveReasonableLevel", "supplementaryRequest", "matchingOffer", "members",
            "municipalKey", "regionalKey");
    /** The fields of an association entry that make up its charter, read as in the association document. */
    private static final List<String> CHARTER_FIELDS = List.of("members", "municipalKey", "regionalKey");

    /** What could be read of the parameters: the model, if built, and what the allocation's rules need. */
    private record ModelRead(AllocationModel model, PartialModel partial) {
        static final ModelRead UNKNOWN = new ModelRead(null, PartialModel.UNKNOWN);
    }

    /** What could be read of the call: the call, if built, and what the allocation's rules need. */
    private record CallRead(SupplementaryCall call, PartialCall partial) {
    }

    /** What could be read of an association: its figures, if built, and what the allocation's rules need. */
    private record FiguresRead(AssociationFigures figures, PartialAssociation partial) {
        /** An entry that is not an object: nothing is known of it, and it is not taken to request anything. */
        static final FiguresRead UNKNOWN = new FiguresRead(null, new PartialAssociation(null, null, null, null, null,
                Optional.empty(), Optional.empty()));
    }

    /**
     * Reads a national document, or throws with every violation found.
     *
     * @param root the parsed tree
     * @return the national allocation, computed
     * @throws FinsamValidationException if anything is wrong
     */
    NationalAllocation read(JsonNode root) {
        return readValue(root, Pointer.ROOT, (node, path) -> national(node), "national allocation");
    }

    /** Runs one read of a fresh charter reader and takes over its violations. */
    private <T> T shared(Function<CharterReader, T> read) {
        CharterReader reader = new CharterReader(limits);
        T value = read.apply(reader);
        addAll(reader.violations());
        return value;
    }

    private NationalAllocation national(JsonNode root) {
        if (!expect(root, Pointer.ROOT, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(root, Pointer.ROOT, FIELDS, "national allocation", "year", "appropriation", "associations");
        String note = optional(root, "note", Pointer.ROOT.field("note"), this::text);
        Integer year = optional(root, "year", Pointer.ROOT.field("year"), (n, p) -> shared(r -> r.year(n, p)));
        CurrencyUnit currency = root.get("currency") == null ? defaultCurrency()
                : shared(r -> r.currency(root.get("currency"), Pointer.ROOT.field("currency")));
        RoundingUnit unit = root.get("roundingUnit") == null ? RoundingUnit.KRONA
                : shared(r -> r.unit(root.get("roundingUnit"), Pointer.ROOT.field("roundingUnit")));
        MonetaryAmount appropriation = optional(root, "appropriation", Pointer.ROOT.field("appropriation"), (n, p) -> money(n, p, currency));
        ModelRead model = root.get("parameters") == null ? model2016(currency)
                : parameters(root.get("parameters"), Pointer.ROOT.field("parameters"), currency);
        CallRead call = optional(root, "supplementary", Pointer.ROOT.field("supplementary"), (n, p) -> supplementary(n, p, currency));
        List<FiguresRead> associations = optional(root, "associations", Pointer.ROOT.field("associations"),
                (n, p) -> associations(n, p, currency));
        if (!hasViolations()) {
            // Every part was read and built: the allocation checks its own rules, and is computed.
            List<AssociationFigures> figures = associations.stream().map(FiguresRead::figures).toList();
            return build(Pointer.ROOT, () -> {
                try {
                    return NationalAllocation.allocate(Year.of(year), appropriation, model.model(), figures,
                            call != null ? call.call() : null, unit, note);
                } catch (NationalValidationException e) {
                    report(e.located());
                    return null;
                }
            });
        }
        // Something could not be read or built: the allocation's own rules run on what could.
        if (note != null) {
            List<Violation> noteViolations = new ArrayList<>(1);
            TextRules.checkNote("/note", Optional.of(note), noteViolations);
            addAll(noteViolations);
        }
        Optional<PartialCall> knownCall = root.get("supplementary") == null ? Optional.empty()
                : call == null ? null : Optional.of(call.partial());
        report(NationalAllocation.check(appropriation, model.partial(), knownCall,
                associations == null ? null : associations.stream().map(FiguresRead::partial).toList(), unit, currency));
        return null;
    }

    /** Records the violations of the allocation's rules, each at its part's place in this document. */
    private void report(List<NationalViolation> violations) {
        for (NationalViolation v : violations) {
            report(placeOf(v), ValidationResult.of(List.of(v.violation())));
        }
    }

    /** Where a part of the allocation's input is in the national document. */
    private static Pointer placeOf(NationalViolation v) {
        return switch (v.part()) {
            case ALLOCATION -> Pointer.ROOT;
            case MODEL -> Pointer.ROOT.field("parameters");
            case CALL -> Pointer.ROOT.field("supplementary");
            case ASSOCIATION -> Pointer.ROOT.field("associations").index(v.association());
        };
    }

    private MonetaryAmount money(JsonNode node, Pointer path, CurrencyUnit currency) {
        BigDecimal value = decimal(node, path);
        return value == null || currency == null ? null : Amounts.exact(value, currency);
    }

    /** The model of 2016 in the document's currency; its base unknown when the currency is. */
    private static ModelRead model2016(CurrencyUnit currency) {
        if (currency != null) {
            AllocationModel model = AllocationModel.of2016(currency);
            return new ModelRead(model, PartialModel.of(model));
        }
        PartialModel known = PartialModel.of(AllocationModel.of2016(defaultCurrency()));
        return new ModelRead(null, new PartialModel(null, known.supportMeasureWeight(), known.populationWeight(),
                known.maxDecrease(), known.maxIncrease()));
    }

    private ModelRead parameters(JsonNode node, Pointer path, CurrencyUnit currency) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return ModelRead.UNKNOWN;
        }
        int before = violationCount();
        checkFields(node, path, PARAMETER_FIELDS, "parameters", "base", "supportMeasureWeight", "populationWeight");
        MonetaryAmount base = optional(node, "base", path.field("base"), (n, p) -> money(n, p, currency));
        BigDecimal supportMeasureWeight = optional(node, "supportMeasureWeight", path.field("supportMeasureWeight"),
                this::decimal);
        BigDecimal populationWeight = optional(node, "populationWeight", path.field("populationWeight"), this::decimal);
        Optional<BigDecimal> maxDecrease = given(node, "maxDecrease", path, this::decimal);
        Optional<BigDecimal> maxIncrease = given(node, "maxIncrease", path, this::decimal);
        PartialModel partial = new PartialModel(base, supportMeasureWeight, populationWeight, maxDecrease, maxIncrease);
        if (violationCount() == before && currency != null) {
            return new ModelRead(build(path, () -> new AllocationModel(base, supportMeasureWeight, populationWeight,
                    maxDecrease, maxIncrease)), partial);
        }
        report(path, AllocationModel.check(base, supportMeasureWeight, populationWeight, maxDecrease, maxIncrease));
        return new ModelRead(null, partial);
    }

    private CallRead supplementary(JsonNode node, Pointer path, CurrencyUnit currency) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        int before = violationCount();
        checkFields(node, path, SUPPLEMENTARY_FIELDS, "supplementary", "pot", "cap");
        MonetaryAmount pot = optional(node, "pot", path.field("pot"), (n, p) -> money(n, p, currency));
        MonetaryAmount cap = optional(node, "cap", path.field("cap"), (n, p) -> money(n, p, currency));
        PartialCall partial = new PartialCall(pot, cap);
        if (violationCount() == before && currency != null) {
            return new CallRead(build(path, () -> SupplementaryCall.of(pot, cap)), partial);
        }
        report(path, SupplementaryCall.check(pot, cap));
        return new CallRead(null, partial);
    }

    private List<FiguresRead> associations(JsonNode node, Pointer path, CurrencyUnit currency) {
        if (!expect(node, path, JsonNode::isArray, "an array") || !withinLimit(node, path, limits.maxAssociations(),
                "associations")) {
            return null;
        }
        List<FiguresRead> list = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            list.add(association(node.get(i), path.index(i), currency));
        }
        return list;
    }

    private FiguresRead association(JsonNode node, Pointer path, CurrencyUnit currency) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return FiguresRead.UNKNOWN;
        }
        // Every field reader that returns null has recorded why: a count that grew means a field was wrong.
        int before = violationCount();
        checkFields(node, path, ASSOCIATION_FIELDS, "association", "id", "name", "population", "supportMeasure");
        AssociationId id = optional(node, "id", path.field("id"), this::associationId);
        String name = optional(node, "name", path.field("name"), this::text);
        Long population = optional(node, "population", path.field("population"), this::integer);
        BigDecimal supportMeasure = optional(node, "supportMeasure", path.field("supportMeasure"), this::decimal);
        Optional<MonetaryAmount> previous = given(node, "previousAllocation", path, (n, p) -> money(n, p, currency));
        Boolean equityAbove = node.get("equityAboveReasonableLevel") == null ? Boolean.FALSE
                : optional(node, "equityAboveReasonableLevel", path.field("equityAboveReasonableLevel"),
                        (n, p) -> expect(n, p, JsonNode::isBoolean, "true or false") ? n.booleanValue() : null);
        Optional<MonetaryAmount> request = given(node, "supplementaryRequest", path, (n, p) -> money(n, p, currency));
        Optional<MonetaryAmount> offer = given(node, "matchingOffer", path, (n, p) -> money(n, p, currency));
        Charter charter = null;
        boolean charterGiven = false;
        for (String field : CHARTER_FIELDS) {
            charterGiven |= node.get(field) != null;
        }
        if (charterGiven) {
            charter = charter(node, path);
        }
        PartialAssociation partial = new PartialAssociation(id, population, supportMeasure, previous, equityAbove, request,
                offer);
        if (violationCount() == before && currency != null) {
            Optional<Charter> members = Optional.ofNullable(charter);
            return new FiguresRead(build(path, () -> new AssociationFigures(id, name, population, supportMeasure, previous,
                    equityAbove, request, offer, members)), partial);
        }
        report(path, AssociationFigures.check(id, name, population, supportMeasure, previous, request, offer));
        return new FiguresRead(null, partial);
    }

    /**
     * Reads the entry's members and keys as the association document reads a charter: its charter fields
     * form a charter object at the same path, so every violation is located in this document.
     */
    private Charter charter(JsonNode node, Pointer path) {
        ObjectNode charter = JsonNodeFactory.instance.objectNode();
        for (String field : CHARTER_FIELDS) {
            if (node.get(field) != null) {
                charter.set(field, node.get(field));
            }
        }
        return shared(r -> r.charter(charter, path));
    }
}
