package se.finsam.json.national;

import se.finsam.json.internal.Pointer;
import se.finsam.json.internal.Read;
import se.finsam.json.internal.Limits;
import se.finsam.json.internal.Slots;
import se.finsam.json.internal.TreeReader;
import se.finsam.json.internal.CharterReader;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
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
     * @return the national allocation, computed
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
        return document(root, null, () -> fieldOr(root, "currency", at, readDefaultCurrency(), this::currencyOf),
                currency -> field(root, "associations", at, (n, p) -> associations(n, p, currency)));
    }

    /**
     * The document's fields, read from {@code root} in the order of {@link #ORDER}, each one's violations in its slot
     * of {@code slots} (null: where violations go now), the slots then replayed; then the allocation built and
     * checked. The currency and the associations are read by the caller's functions: the reader of a tree reads them
     * from the tree, the reader of tokens has read them as they streamed (or left them in {@code root}).
     */
    private Read<NationalAllocation> document(JsonNode root, @Nullable Slots slots, Supplier<Read<CurrencyUnit>> currencyOf,
            Function<Read<CurrencyUnit>, Read<List<FiguresRead>>> associationsOf) {
        Pointer at = Pointer.ROOT;
        Read<Optional<String>> note = inSlot(slots, NOTE, () -> given(root, "note", at, this::text));
        Read<Integer> year = inSlot(slots, YEAR, () -> field(root, "year", at, (n, p) -> shared(r -> r.year(n, p))));
        Read<CurrencyUnit> currency = inSlot(slots, CURRENCY, currencyOf);
        Read<RoundingUnit> unit = inSlot(slots, ROUNDING_UNIT, () -> fieldOr(root, "roundingUnit", at, CharterReader.KRONA,
                (n, p) -> shared(r -> r.unit(n, p))));
        Read<MonetaryAmount> appropriation = inSlot(slots, APPROPRIATION,
                () -> field(root, "appropriation", at, (n, p) -> money(n, p, currency)));
        ModelRead model = inSlot(slots, PARAMETERS, () -> part(root, "parameters", at, (n, p) -> parameters(n, p, currency))
                .orElseGet(() -> model2016(currency)));
        Read<Optional<CallRead>> call = inSlot(slots, SUPPLEMENTARY,
                () -> given(root, "supplementary", at, (n, p) -> supplementary(n, p, currency)));
        Read<List<FiguresRead>> associations = inSlot(slots, ASSOCIATIONS, () -> associationsOf.apply(currency));
        if (slots != null) {
            replay(slots, 0, ORDER.length);
        }
        if (!hasViolations()) {
            // Every part was read and built: the allocation checks its own rules (its results are computed on first use).
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

    /** Reads one field with its violations in its slot (null: where violations go now). */
    private <T> T inSlot(@Nullable Slots slots, int slot, Supplier<T> read) {
        if (slots == null) {
            return read.get();
        }
        Slots before = divert(slots.select(slot));
        try {
            return read.get();
        } finally {
            divert(before);
        }
    }

    private Read<CurrencyUnit> currencyOf(JsonNode node, Pointer path) {
        return shared(r -> r.currency(node, path));
    }

    private Read<List<FiguresRead>> associations(JsonNode node, Pointer path, Read<CurrencyUnit> currency) {
        return parts(node, path, limits.maxAssociations(), "associations", (e, q) -> association(e, q, currency));
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
        Read<Boolean> equityAbove = fieldOr(node, "equityAboveReasonableLevel", path, Read.of(false), this::equity);
        Read<Optional<MonetaryAmount>> request = given(node, "supplementaryRequest", path, (n, p) -> money(n, p, currency));
        Read<Optional<MonetaryAmount>> offer = given(node, "matchingOffer", path, (n, p) -> money(n, p, currency));
        boolean charterGiven = false;
        for (String field : CHARTER_FIELDS) {
            charterGiven |= node.get(field) != null;
        }
        Read<Optional<Charter>> charter = charterGiven ? charter(node, path).map(Optional::of) : Read.absent();
        return finishAssociation(path, before, currency, id, name, population, supportMeasure, previous, equityAbove,
                request, offer, charter);
    }

    private Read<Boolean> equity(JsonNode node, Pointer path) {
        return expect(node, path, JsonNode::isBoolean, "true or false") ? Read.of(node.booleanValue()) : Read.reported();
    }

    /**
     * An association whose fields were read: its figures built if none was wrong since {@code before}, else the
     * rules of the figures on what could be read. Shared by the two readings.
     */
    private FiguresRead finishAssociation(Pointer path, int before, Read<CurrencyUnit> currency, Read<AssociationId> id,
            Read<String> name, Read<Long> population, Read<BigDecimal> supportMeasure,
            Read<Optional<MonetaryAmount>> previous, Read<Boolean> equityAbove, Read<Optional<MonetaryAmount>> request,
            Read<Optional<MonetaryAmount>> offer, Read<Optional<Charter>> charter) {
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

    // --- reading from tokens ------------------------------------------------------------------------------------
    // What has been read as the document streams. Associations do not nest, so one set of fields for the one read.

    /** The document's fields in the order in which {@link #document} reads them: each one's slot. */
    private static final String[] ORDER = {"note", "year", "currency", "roundingUnit", "appropriation", "parameters",
        "supplementary", "associations"};
    private static final int NOTE = 0;
    private static final int YEAR = 1;
    private static final int CURRENCY = 2;
    private static final int ROUNDING_UNIT = 3;
    private static final int APPROPRIATION = 4;
    private static final int PARAMETERS = 5;
    private static final int SUPPLEMENTARY = 6;
    private static final int ASSOCIATIONS = 7;

    /**
     * An association's slots are its fields in the order in which {@link #association} reads them; this is the
     * first of the charter's fields, which are read whole and then as the association document's charter.
     */
    private static final int MEMBERS = 8;

    private JsonNode skeleton = NullNode.getInstance();
    /** The currency given; null while none has come (before it, or in a document without one). */
    private @Nullable Read<CurrencyUnit> docCurrency;
    /** The associations, when they came after the currency and streamed. */
    private @Nullable Read<List<FiguresRead>> docAssociations;
    private Read<AssociationId> aId = Read.reported();
    private Read<String> aName = Read.reported();
    private Read<Long> aPopulation = Read.reported();
    private Read<BigDecimal> aSupportMeasure = Read.reported();
    private Read<Optional<MonetaryAmount>> aPrevious = Read.absent();
    private Read<Boolean> aEquityAbove = Read.of(false);
    private Read<Optional<MonetaryAmount>> aRequest = Read.absent();
    private Read<Optional<MonetaryAmount>> aOffer = Read.absent();
    /** The association's charter fields, read whole; null where not given. */
    private final @Nullable JsonNode[] aCharter = new JsonNode[CHARTER_FIELDS.size()];

    private static int documentSlot(String field) {
        return switch (field) {
            case "note" -> NOTE;
            case "year" -> YEAR;
            case "currency" -> CURRENCY;
            case "roundingUnit" -> ROUNDING_UNIT;
            case "appropriation" -> APPROPRIATION;
            case "parameters" -> PARAMETERS;
            case "supplementary" -> SUPPLEMENTARY;
            case "associations" -> ASSOCIATIONS;
            default -> -1;
        };
    }

    private static int associationSlot(String field) {
        return switch (field) {
            case "id" -> 0;
            case "name" -> 1;
            case "population" -> 2;
            case "supportMeasure" -> 3;
            case "previousAllocation" -> 4;
            case "equityAboveReasonableLevel" -> 5;
            case "supplementaryRequest" -> 6;
            case "matchingOffer" -> 7;
            case "members" -> MEMBERS;
            case "municipalKey" -> MEMBERS + 1;
            case "regionalKey" -> MEMBERS + 2;
            default -> -1;
        };
    }

    /**
     * Reads a document as its parser streams it: the same value, or the same violations in the same order, as
     * {@link #read(JsonNode)} of its tree gives. The associations stream when the currency has come before them (as
     * the documented order has it); otherwise they, like the document's other fields, are read whole as a tree and
     * read at the end. The violations are held by this reader ({@link #throwIfInvalid}).
     *
     * @param p the parser, at the document's first token
     * @return the allocation, or reported
     * @throws IOException if the parser fails
     * @throws FinsamValidationException for a fault of the JSON text, as a parse throws it
     */
    Read<NationalAllocation> stream(JsonParser p) throws IOException {
        JsonToken first = p.currentToken();
        if (first != JsonToken.START_OBJECT) {
            JsonNode root = scalar(p, first, 1);
            skeleton = root;
            return national(root);
        }
        Slots slots = new Slots(ORDER.length);
        ObjectNode rest = JsonNodeFactory.instance.objectNode();
        Fields fields = fields(p, Pointer.ROOT, 1, slots, NationalReader::documentSlot, (q, t, slot, at, d) -> {
            Read<CurrencyUnit> currency = docCurrency;
            if (slot == CURRENCY) {
                docCurrency = currencyOf(tree(q, d), at);
            } else if (slot == ASSOCIATIONS && currency != null) {
                docAssociations = elements(q, t, at, d, limits.maxAssociations(), "associations",
                        (r, u, element, e) -> streamAssociation(r, u, element, e, currency));
            } else {
                rest.set(ORDER[slot], tree(q, d)); // small, or the associations before the currency: read at the end
            }
        });
        skeleton = fields.skeleton(ORDER);
        checkFields(fields, Pointer.ROOT, FIELDS, "national allocation", "year", "appropriation", "associations");
        Read<CurrencyUnit> given = docCurrency;
        Read<List<FiguresRead>> streamed = docAssociations;
        return document(rest, slots, () -> given != null ? given : readDefaultCurrency(), currency -> streamed != null
                ? streamed : field(rest, "associations", Pointer.ROOT, (n, q) -> associations(n, q, currency)));
    }

    /** The document's top-level fields as {@link #stream} read them: for the facade's test of the document's kind. */
    JsonNode skeleton() {
        return skeleton;
    }

    private FiguresRead streamAssociation(JsonParser p, JsonToken first, Pointer path, int depth,
            Read<CurrencyUnit> currency) throws IOException {
        if (first != JsonToken.START_OBJECT) {
            return association(scalar(p, first, depth), path, currency); // its type's violation, as a tree's
        }
        int before = violationCount();
        aId = Read.reported();
        aName = Read.reported();
        aPopulation = Read.reported();
        aSupportMeasure = Read.reported();
        aPrevious = Read.absent();
        aEquityAbove = Read.of(false);
        aRequest = Read.absent();
        aOffer = Read.absent();
        Arrays.fill(aCharter, null);
        Slots slots = new Slots(MEMBERS);
        Fields fields = fields(p, path, depth, slots, NationalReader::associationSlot, (q, t, slot, at, d) -> {
            if (slot >= MEMBERS) {
                aCharter[slot - MEMBERS] = tree(q, d); // read as the association document's charter, after the others
                return;
            }
            JsonNode value = scalar(q, t, d);
            switch (slot) {
                case 0 -> aId = associationId(value, at);
                case 1 -> aName = text(value, at);
                case 2 -> aPopulation = integer(value, at);
                case 3 -> aSupportMeasure = decimal(value, at);
                case 4 -> aPrevious = given(money(value, at, currency));
                case 5 -> aEquityAbove = equity(value, at);
                case 6 -> aRequest = given(money(value, at, currency));
                default -> aOffer = given(money(value, at, currency));
            }
        });
        checkFields(fields, path, ASSOCIATION_FIELDS, "association", "id", "name", "population", "supportMeasure");
        replay(slots, 0, MEMBERS);
        Read<Optional<Charter>> charter = Read.absent();
        if (fields.has("members") || fields.has("municipalKey") || fields.has("regionalKey")) {
            ObjectNode given = JsonNodeFactory.instance.objectNode();
            for (int i = 0; i < aCharter.length; i++) {
                JsonNode value = aCharter[i];
                if (value != null) {
                    given.set(CHARTER_FIELDS.get(i), value);
                }
            }
            charter = charter(given, path).map(Optional::of);
        }
        return finishAssociation(path, before, currency, aId, aName, aPopulation, aSupportMeasure, aPrevious,
                aEquityAbove, aRequest, aOffer, charter);
    }

    /** An optional field's value as {@link #given} reads it: present if read, else reported. */
    private static <T> Read<Optional<T>> given(Read<T> value) {
        return value.isRead() ? Read.present(value.get()) : Read.reported();
    }
}
