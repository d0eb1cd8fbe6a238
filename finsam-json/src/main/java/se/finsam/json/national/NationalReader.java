package se.finsam.json.national;

import se.finsam.json.internal.Pointer;
import se.finsam.json.internal.Read;
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
    private record ModelRead(Read<AllocationModel> model, PartialModel partial) {
        static final ModelRead UNKNOWN = new ModelRead(Read.reported(), PartialModel.UNKNOWN);
    }

    /** What could be read of the call: the call, if built, and what the allocation's rules need. */
    private record CallRead(Read<SupplementaryCall> call, PartialCall partial) {
    }

    /** What could be read of an association: its figures, if built, and what the allocation's rules need. */
    @SuppressWarnings("NullOptional") // null: unknown (PartialAssociation)
    private record FiguresRead(Read<AssociationFigures> figures, PartialAssociation partial) {
        /** An entry that is not an object: nothing is known of it, and it is not taken to request anything. */
        static final FiguresRead UNKNOWN = new FiguresRead(Read.reported(), new PartialAssociation(null, null, null, null,
                null, Optional.empty(), Optional.empty()));
    }

    /**
     * Reads a national document, or throws with every violation found.
     *
     * @param root the parsed tree
     * @return the national allocation, checked (its results are computed on first use)
     * @throws FinsamValidationException if anything is wrong
     */
    NationalAllocation read(JsonNode root) {
        return readValue(root, Pointer.ROOT, (node, path) -> national(node), "national allocation");
    }

    /** Runs one read of a fresh charter reader and takes over its violations. */
    private <T> Read<T> shared(Function<CharterReader, Read<T>> read) {
        CharterReader reader = new CharterReader(limits);
        Read<T> value = read.apply(reader);
        addAll(reader.violations());
        return value;
    }

    private Read<NationalAllocation> national(JsonNode root) {
        Pointer at = Pointer.ROOT;
        if (!expect(root, at, JsonNode::isObject, "an object")) {
            return Read.reported();
        }
        checkFields(root, at, FIELDS, "national allocation", "year", "appropriation", "associations");
        Read<Optional<String>> note = given(root, "note", at, this::text);
        Read<Integer> year = field(root, "year", at, (n, p) -> shared(r -> r.year(n, p)));
        Read<CurrencyUnit> currency = fieldOr(root, "currency", at, readDefaultCurrency(), (n, p) -> shared(r -> r.currency(n, p)));
        Read<RoundingUnit> unit = fieldOr(root, "roundingUnit", at, CharterReader.KRONA, (n, p) -> shared(r -> r.unit(n, p)));
        Read<MonetaryAmount> appropriation = field(root, "appropriation", at, (n, p) -> money(n, p, currency));
        ModelRead model = part(root, "parameters", at, (n, p) -> parameters(n, p, currency))
                .orElseGet(() -> model2016(currency));
        Read<Optional<CallRead>> call = given(root, "supplementary", at, (n, p) -> supplementary(n, p, currency));
        Read<List<FiguresRead>> associations = field(root, "associations", at, (n, p) -> parts(n, p,
                limits.maxAssociations(), "associations", (e, q) -> association(e, q, currency)));
        if (!hasViolations()) {
            // Every part was read and built: the allocation checks its own rules (its results come on first use).
            List<AssociationFigures> figures = associations.get().stream().map(f -> f.figures().get()).toList();
            try {
                return Read.of(NationalAllocation.allocate(Year.of(year.get()), appropriation.get(), model.model().get(),
                        figures, call.get().map(c -> c.call().get()).orElse(null), unit.get(), note.get().orElse(null)));
            } catch (NationalValidationException e) {
                report(e.located());
                return Read.reported();
            } catch (FinsamValidationException e) {
                addAll(e.violations()); // the document's own rules: located at its root
                return Read.reported();
            }
        }
        // Something could not be read or built: the allocation's own rules run on what could.
        note.orElse(Optional.empty()).ifPresent(text -> {
            List<Violation> noteViolations = new ArrayList<>(1);
            TextRules.checkNote("/note", Optional.of(text), noteViolations);
            addAll(noteViolations);
        });
        report(NationalAllocation.check(appropriation.orUnknown(), model.partial(),
                call.map(c -> c.map(CallRead::partial)).orUnknown(),
                associations.map(l -> l.stream().map(FiguresRead::partial).toList()).orUnknown(), unit.orUnknown(),
                currency.orUnknown()));
        return Read.reported();
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

    /** The model of 2016 in the document's currency; its base unknown when the currency is. */
    private static ModelRead model2016(Read<CurrencyUnit> currency) {
        if (currency.isRead()) {
            AllocationModel model = AllocationModel.of2016(currency.get());
            return new ModelRead(Read.of(model), PartialModel.of(model));
        }
        PartialModel known = PartialModel.of(AllocationModel.of2016(defaultCurrency()));
        return new ModelRead(Read.reported(), new PartialModel(null, known.supportMeasureWeight(), known.populationWeight(),
                known.maxDecrease(), known.maxIncrease()));
    }

    private ModelRead parameters(JsonNode node, Pointer path, Read<CurrencyUnit> currency) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return ModelRead.UNKNOWN;
        }
        int before = violationCount();
        checkFields(node, path, PARAMETER_FIELDS, "parameters", "base", "supportMeasureWeight", "populationWeight");
        Read<MonetaryAmount> base = field(node, "base", path, (n, p) -> money(n, p, currency));
        Read<BigDecimal> supportMeasureWeight = field(node, "supportMeasureWeight", path, this::decimal);
        Read<BigDecimal> populationWeight = field(node, "populationWeight", path, this::decimal);
        Read<Optional<BigDecimal>> maxDecrease = given(node, "maxDecrease", path, this::decimal);
        Read<Optional<BigDecimal>> maxIncrease = given(node, "maxIncrease", path, this::decimal);
        PartialModel partial = new PartialModel(base.orUnknown(), supportMeasureWeight.orUnknown(),
                populationWeight.orUnknown(), maxDecrease.orUnknown(), maxIncrease.orUnknown());
        if (violationCount() == before && currency.isRead()) {
            return new ModelRead(build(path, () -> new AllocationModel(base.get(), supportMeasureWeight.get(),
                    populationWeight.get(), maxDecrease.get(), maxIncrease.get())), partial);
        }
        report(path, AllocationModel.check(base.orUnknown(), supportMeasureWeight.orUnknown(), populationWeight.orUnknown(),
                maxDecrease.orUnknown(), maxIncrease.orUnknown()));
        return new ModelRead(Read.reported(), partial);
    }

    private Read<CallRead> supplementary(JsonNode node, Pointer path, Read<CurrencyUnit> currency) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return Read.reported();
        }
        int before = violationCount();
        checkFields(node, path, SUPPLEMENTARY_FIELDS, "supplementary", "pot", "cap");
        Read<MonetaryAmount> pot = field(node, "pot", path, (n, p) -> money(n, p, currency));
        Read<MonetaryAmount> cap = field(node, "cap", path, (n, p) -> money(n, p, currency));
        PartialCall partial = new PartialCall(pot.orUnknown(), cap.orUnknown());
        if (violationCount() == before && currency.isRead()) {
            return Read.of(new CallRead(build(path, () -> SupplementaryCall.of(pot.get(), cap.get())), partial));
        }
        report(path, SupplementaryCall.check(pot.orUnknown(), cap.orUnknown()));
        return Read.of(new CallRead(Read.reported(), partial));
    }

    private FiguresRead association(JsonNode node, Pointer path, Read<CurrencyUnit> currency) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return FiguresRead.UNKNOWN;
        }
        // Every field reader that reports has recorded why: a count that grew means a field was wrong.
        int before = violationCount();
        checkFields(node, path, ASSOCIATION_FIELDS, "association", "id", "name", "population", "supportMeasure");
        Read<AssociationId> id = field(node, "id", path, this::associationId);
        Read<String> name = field(node, "name", path, this::text);
        Read<Long> population = field(node, "population", path, this::integer);
        Read<BigDecimal> supportMeasure = field(node, "supportMeasure", path, this::decimal);
        Read<Optional<MonetaryAmount>> previous = given(node, "previousAllocation", path, (n, p) -> money(n, p, currency));
        Read<Boolean> equityAbove = fieldOr(node, "equityAboveReasonableLevel", path, Read.of(false),
                (n, p) -> expect(n, p, JsonNode::isBoolean, "true or false") ? Read.of(n.booleanValue()) : Read.reported());
        Read<Optional<MonetaryAmount>> request = given(node, "supplementaryRequest", path, (n, p) -> money(n, p, currency));
        Read<Optional<MonetaryAmount>> offer = given(node, "matchingOffer", path, (n, p) -> money(n, p, currency));
        boolean charterGiven = false;
        for (String field : CHARTER_FIELDS) {
            charterGiven |= node.get(field) != null;
        }
        Read<Optional<Charter>> charter = charterGiven ? charter(node, path).map(Optional::of) : Read.absent();
        PartialAssociation partial = new PartialAssociation(id.orUnknown(), population.orUnknown(),
                supportMeasure.orUnknown(), previous.orUnknown(), equityAbove.orUnknown(), request.orUnknown(),
                offer.orUnknown());
        if (violationCount() == before && currency.isRead()) {
            return new FiguresRead(build(path, () -> new AssociationFigures(id.get(), name.get(), population.get(),
                    supportMeasure.get(), previous.get(), equityAbove.get(), request.get(), offer.get(), charter.get())),
                    partial);
        }
        report(path, AssociationFigures.check(id.orUnknown(), name.orUnknown(), population.orUnknown(),
                supportMeasure.orUnknown(), previous.orUnknown(), request.orUnknown(), offer.orUnknown()));
        return new FiguresRead(Read.reported(), partial);
    }

    /**
     * Reads the entry's members and keys as the association document reads a charter: its charter fields
     * form a charter object at the same path, so every violation is located in this document.
     */
    private Read<Charter> charter(JsonNode node, Pointer path) {
        ObjectNode charter = JsonNodeFactory.instance.objectNode();
        for (String field : CHARTER_FIELDS) {
            if (node.get(field) != null) {
                charter.set(field, node.get(field));
            }
        }
        return shared(r -> r.charter(charter, path));
    }
}
