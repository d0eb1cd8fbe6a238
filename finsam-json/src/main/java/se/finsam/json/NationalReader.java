package se.finsam.json;

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
import java.util.function.Supplier;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import se.finsam.association.AssociationId;
import se.finsam.association.CoordinationAssociation;
import se.finsam.contribution.Charter;
import se.finsam.member.Member;
import se.finsam.money.Amounts;
import se.finsam.money.RoundingUnit;
import se.finsam.national.AllocationModel;
import se.finsam.national.AssociationFigures;
import se.finsam.national.NationalAllocation;
import se.finsam.national.SupplementaryCall;
import se.finsam.validation.FinsamValidationException;

/**
 * Turns a parsed JSON tree into a {@link NationalAllocation} (the national document of
 * {@code docs/national.md}), collecting every violation with its JSON pointer. Types and fields are
 * checked here; the rules by the core factories it calls. An association's members and keys are read by
 * the association document's reader, so they follow exactly the same format.
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

    /**
     * Reads a national document, or throws with every violation found.
     *
     * @param root the parsed tree
     * @return the national allocation, computed
     * @throws FinsamValidationException if anything is wrong
     */
    NationalAllocation read(JsonNode root) {
        NationalAllocation national = national(root);
        throwIfInvalid("national allocation");
        return national;
    }

    /** Runs one read of a fresh association-document reader and takes over its violations. */
    private <T> T shared(Function<DocumentReader, T> read) {
        DocumentReader reader = new DocumentReader(limits);
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
        RoundingUnit unit = optional(root, "roundingUnit", Pointer.ROOT.field("roundingUnit"), (n, p) -> shared(r -> r.unit(n, p)));
        MonetaryAmount appropriation = optional(root, "appropriation", Pointer.ROOT.field("appropriation"), (n, p) -> money(n, p, currency));
        AllocationModel model = root.get("parameters") == null
                ? (currency == null ? null : AllocationModel.of2016(currency))
                : parameters(root.get("parameters"), Pointer.ROOT.field("parameters"), currency);
        SupplementaryCall call = optional(root, "supplementary", Pointer.ROOT.field("supplementary"), (n, p) -> supplementary(n, p, currency));
        List<AssociationFigures> associations = optional(root, "associations", Pointer.ROOT.field("associations"),
                (n, p) -> associations(n, p, currency));
        boolean noteOk = root.get("note") == null || note != null;
        boolean unitOk = root.get("roundingUnit") == null || unit != null;
        boolean callOk = root.get("supplementary") == null || call != null;
        if (!noteOk || year == null || currency == null || !unitOk || appropriation == null || model == null || !callOk
                || associations == null || hasViolations()) {
            return null;
        }
        return build(Pointer.ROOT, () -> NationalAllocation.of(Year.of(year), appropriation, model, associations, call,
                unit != null ? unit : RoundingUnit.KRONA, note));
    }

    private MonetaryAmount money(JsonNode node, Pointer path, CurrencyUnit currency) {
        BigDecimal value = decimal(node, path);
        return value == null || currency == null ? null : Amounts.exact(value, currency);
    }

    private AllocationModel parameters(JsonNode node, Pointer path, CurrencyUnit currency) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(node, path, PARAMETER_FIELDS, "parameters", "base", "supportMeasureWeight", "populationWeight");
        MonetaryAmount base = optional(node, "base", path.field("base"), (n, p) -> money(n, p, currency));
        BigDecimal supportMeasureWeight = optional(node, "supportMeasureWeight", path.field("supportMeasureWeight"),
                this::decimal);
        BigDecimal populationWeight = optional(node, "populationWeight", path.field("populationWeight"), this::decimal);
        BigDecimal maxDecrease = optional(node, "maxDecrease", path.field("maxDecrease"), this::decimal);
        BigDecimal maxIncrease = optional(node, "maxIncrease", path.field("maxIncrease"), this::decimal);
        if (base == null || supportMeasureWeight == null || populationWeight == null
                || node.get("maxDecrease") != null && maxDecrease == null
                || node.get("maxIncrease") != null && maxIncrease == null) {
            return null;
        }
        return build(path, () -> AllocationModel.of(base, supportMeasureWeight, populationWeight, maxDecrease, maxIncrease));
    }

    private SupplementaryCall supplementary(JsonNode node, Pointer path, CurrencyUnit currency) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(node, path, SUPPLEMENTARY_FIELDS, "supplementary", "pot", "cap");
        MonetaryAmount pot = optional(node, "pot", path.field("pot"), (n, p) -> money(n, p, currency));
        MonetaryAmount cap = optional(node, "cap", path.field("cap"), (n, p) -> money(n, p, currency));
        if (pot == null || cap == null) {
            return null;
        }
        return build(path, () -> SupplementaryCall.of(pot, cap));
    }

    private List<AssociationFigures> associations(JsonNode node, Pointer path, CurrencyUnit currency) {
        if (!expect(node, path, JsonNode::isArray, "an array") || !withinLimit(node, path, limits.maxAssociations(),
                "associations")) {
            return null;
        }
        List<AssociationFigures> list = new ArrayList<>(node.size());
        boolean allOk = true;
        for (int i = 0; i < node.size(); i++) {
            AssociationFigures f = association(node.get(i), path.index(i), currency);
            allOk &= f != null;
            list.add(f);
        }
        return allOk ? list : null;
    }

    private AssociationFigures association(JsonNode node, Pointer path, CurrencyUnit currency) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(node, path, ASSOCIATION_FIELDS, "association", "id", "name", "population", "supportMeasure");
        // Every field reader that returns null has recorded why: a count that grew means a field was wrong.
        int before = violationCount();
        AssociationId id = optional(node, "id", path.field("id"), (n, p) -> {
            String text = text(n, p);
            return text == null ? null : build(p, () -> AssociationId.of(text));
        });
        String name = optional(node, "name", path.field("name"), this::text);
        Long population = optional(node, "population", path.field("population"), this::integer);
        BigDecimal supportMeasure = optional(node, "supportMeasure", path.field("supportMeasure"), this::decimal);
        MonetaryAmount previous = optional(node, "previousAllocation", path.field("previousAllocation"),
                (n, p) -> money(n, p, currency));
        Boolean equityAbove = optional(node, "equityAboveReasonableLevel", path.field("equityAboveReasonableLevel"),
                (n, p) -> expect(n, p, JsonNode::isBoolean, "true or false") ? n.booleanValue() : null);
        MonetaryAmount request = optional(node, "supplementaryRequest", path.field("supplementaryRequest"),
                (n, p) -> money(n, p, currency));
        MonetaryAmount offer = optional(node, "matchingOffer", path.field("matchingOffer"), (n, p) -> money(n, p, currency));
        Charter charter = null;
        boolean charterGiven = false;
        for (String field : CHARTER_FIELDS) {
            charterGiven |= node.get(field) != null;
        }
        boolean nameValid = name != null && !name.isBlank() && name.length() <= Member.MAX_NAME_LENGTH;
        if (charterGiven && id != null && nameValid) {
            charter = charter(node, path);
        }
        if (id == null || name == null || population == null || supportMeasure == null || violationCount() > before
                || charterGiven && charter == null) {
            return null;
        }
        Charter readCharter = charter;
        Supplier<AssociationFigures> factory = () -> new AssociationFigures(id, name, population, supportMeasure,
                Optional.ofNullable(previous), Boolean.TRUE.equals(equityAbove), Optional.ofNullable(request),
                Optional.ofNullable(offer), Optional.ofNullable(readCharter));
        return build(path, factory);
    }

    /**
     * Reads the entry's members and keys as the association document does: its id, name and charter
     * fields form an association object at the same path, so every violation is located in this document.
     */
    private Charter charter(JsonNode node, Pointer path) {
        ObjectNode association = JsonNodeFactory.instance.objectNode();
        association.set("id", node.get("id"));
        association.set("name", node.get("name"));
        for (String field : CHARTER_FIELDS) {
            if (node.get(field) != null) {
                association.set(field, node.get(field));
            }
        }
        CoordinationAssociation read = shared(r -> r.association(association, path, new CurrencyUnit[1]));
        return read == null ? null : read.charter();
    }
}
