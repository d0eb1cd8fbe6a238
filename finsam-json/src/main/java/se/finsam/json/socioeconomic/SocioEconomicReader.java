package se.finsam.json.socioeconomic;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;
import se.finsam.json.JsonViolationCodes;
import se.finsam.json.internal.Limits;
import se.finsam.json.internal.Pointer;
import se.finsam.json.internal.Read;
import se.finsam.json.internal.Slots;
import se.finsam.json.internal.TreeReader.Fields;
import se.finsam.json.internal.StatisticsReader;
import se.finsam.money.Amounts;
import se.finsam.money.Fraction;
import se.finsam.socioeconomic.Actor;
import se.finsam.socioeconomic.CostOfExclusion;
import se.finsam.socioeconomic.Effect;
import se.finsam.socioeconomic.ExclusionCost;
import se.finsam.socioeconomic.SocioEconomicCalculation;
import se.finsam.socioeconomic.Success;
import se.finsam.validation.FinsamValidationException;

/**
 * Turns a parsed JSON tree into a {@link SocioEconomicCalculation} (the document of
 * {@code docs/socioeconomic.md}), collecting every violation with its JSON pointer.
 *
 * <p>Validation collects, it does not stop: every field that can be read is read. A part whose fields
 * were all read is built through its core factory, which checks its rules; otherwise the core's partial
 * checks ({@link Success#check}, {@link ExclusionCost#check}, {@link CostOfExclusion#check},
 * {@link Effect#checkByYear}, {@link Effect#checkFallOff}, {@link SocioEconomicCalculation#check}) run on
 * what could be read, under the part's path. Percentages are read in percent, exactly, and handed to the
 * core as fractions of one.
 *
 * <p>The same reader reads a document as its parser streams it ({@link #stream}): each object's fields as they come,
 * each field's violations held in its slot and replayed in the order above when the object ends, and the same
 * finishes. A field with amounts that comes before {@code currency} is read whole as a tree, as a parse reads it,
 * and then by the tree's reader once the currency is known.
 *
 * <p>Not thread-safe: one instance reads one document.
 */
final class SocioEconomicReader extends StatisticsReader {

    private static final Set<String> DOCUMENT_FIELDS = Set.of("name", "note", "currency", "participants", "successful",
            "successRate", "projectCosts", "costOfExclusion", "effect", "discountRate", "horizons");
    private static final Set<String> COST_FIELDS = Set.of("lostProduction", "actors");
    private static final Set<String> ACTOR_FIELDS = Set.of("actor", "realCosts", "transfers", "lostTaxes");
    private static final Set<String> EFFECT_FIELDS = Set.of("shares", "fallOff");
    private static final Fraction HUNDRED = Fraction.of(100, 1);
    /** The horizons of a document that gives none, read. */
    private static final Read<List<@Nullable Integer>> DEFAULT_HORIZONS =
            Read.of(List.copyOf(SocioEconomicCalculation.DEFAULT_HORIZONS));

    /** @param limits the limits of the facade that reads */
    SocioEconomicReader(Limits limits) {
        super(limits);
    }

    /** What could be read of one actor's cost: the cost, if built, and what the rules between actors need. */
    private record ActorRead(Read<ExclusionCost> cost, @Nullable Actor actor, @Nullable MonetaryAmount lostTaxes) {
    }

    /**
     * Reads a socio-economic calculation document, or throws with every violation found.
     *
     * @param root the parsed tree
     * @return the calculation
     * @throws FinsamValidationException if anything is wrong
     */
    SocioEconomicCalculation read(JsonNode root) {
        return readValue(root, Pointer.ROOT, (node, path) -> document(node), "socio-economic calculation document");
    }

    private Read<SocioEconomicCalculation> document(JsonNode root) {
        Pointer at = Pointer.ROOT;
        if (!expect(root, at, JsonNode::isObject, "an object")) {
            return Read.reported();
        }
        checkDocumentFields(root);
        Read<String> name = field(root, "name", at, this::text);
        Read<Optional<String>> note = note(root, at);
        Read<CurrencyUnit> currency = fieldOr(root, "currency", at, readDefaultCurrency(), this::currency);
        Read<Success> success = success(root, at);
        Read<List<@Nullable MonetaryAmount>> costs = field(root, "projectCosts", at, (n, p) -> projectCosts(n, p, currency));
        Read<CostOfExclusion> costOfExclusion = field(root, "costOfExclusion", at,
                (n, p) -> costOfExclusion(n, p, currency));
        Read<Effect> effect = field(root, "effect", at, this::effect);
        Read<Fraction> rate = field(root, "discountRate", at, this::percent);
        Read<List<@Nullable Integer>> horizons = fieldOr(root, "horizons", at, DEFAULT_HORIZONS, this::horizons);
        return finishDocument(name, note, currency, success, costs, costOfExclusion, effect, rate, horizons);
    }

    /** The document's own fields: unknown and missing ones. */
    private void checkDocumentFields(JsonNode root) {
        checkFields(root, Pointer.ROOT, DOCUMENT_FIELDS, "socio-economic calculation", "name", "participants",
                "projectCosts", "costOfExclusion");
        missingExplained(root.has("effect"), root.has("discountRate"));
    }

    /** The document's own fields, of a document that streamed. */
    private void checkDocumentFields(Fields fields) {
        checkFields(fields, Pointer.ROOT, DOCUMENT_FIELDS, "socio-economic calculation", "name", "participants",
                "projectCosts", "costOfExclusion");
        missingExplained(fields.has("effect"), fields.has("discountRate"));
    }

    /** The two fields a first document most often lacks, each missing one's violation saying what to write. */
    private void missingExplained(boolean effect, boolean discountRate) {
        Pointer at = Pointer.ROOT;
        if (!effect) {
            add(at.field("effect"), JsonViolationCodes.MISSING_FIELD, "Missing required field 'effect' in socio-economic "
                    + "calculation: how long the effect lasts, {\"fallOff\": \"10\"} (percent lost each year) or "
                    + "{\"shares\": [\"100\", \"80\"]} (percent still out of exclusion in each year after the project)");
        }
        if (!discountRate) {
            add(at.field("discountRate"), JsonViolationCodes.MISSING_FIELD, "Missing required field 'discountRate' in "
                    + "socio-economic calculation: the yearly rate in percent, e.g. \"3.5\" (\"0\" for none)");
        }
    }

    private Read<List<@Nullable MonetaryAmount>> projectCosts(JsonNode node, Pointer path, Read<CurrencyUnit> currency) {
        return list(node, path, limits.maxProjects(), "project years", (m, q) -> money(m, q, currency));
    }

    private Read<List<@Nullable Integer>> horizons(JsonNode node, Pointer path) {
        return list(node, path, limits.maxProjects(), "horizons", this::intValue);
    }

    /** The calculation, of the parts read: built if nothing was wrong, else its own rules checked on what was read. */
    private Read<SocioEconomicCalculation> finishDocument(Read<String> name, Read<Optional<String>> note,
            Read<CurrencyUnit> currency, Read<Success> success, Read<List<@Nullable MonetaryAmount>> costs,
            Read<CostOfExclusion> costOfExclusion, Read<Effect> effect, Read<Fraction> rate,
            Read<List<@Nullable Integer>> horizons) {
        Pointer at = Pointer.ROOT;
        if (!hasViolations()) {
            // Every part was read and built: the calculation checks its own rules.
            return build(at, () -> new SocioEconomicCalculation(name.get(), note.get(), currency.get(),
                    known(costs.get()), success.get(), costOfExclusion.get(), effect.get(), rate.get(),
                    known(horizons.get())));
        }
        // Something could not be read or built: the calculation's own rules run on what could.
        report(at, SocioEconomicCalculation.check(name.orUnknown(), note.orUnknown(), currency.orUnknown(),
                costs.orElse(unknownList()), rate.orUnknown(), horizons.orElse(unknownList())));
        return Read.reported();
    }

    /**
     * The participants and who succeeds: {@code participants} and exactly one of {@code successful} (a whole
     * number of people) or {@code successRate} (a percentage).
     */
    private Read<Success> success(JsonNode root, Pointer at) {
        Read<Long> participants = field(root, "participants", at, this::integer);
        Read<Long> successful = fieldOr(root, "successful", at, Read.reported(), this::integer);
        Read<Fraction> successRate = fieldOr(root, "successRate", at, Read.reported(), this::percent);
        return finishSuccess(root.has("successful"), root.has("successRate"), participants, successful, successRate);
    }

    /** Who succeeds, of the three fields read ({@code count}, {@code rate}: whether each of the two was given). */
    private Read<Success> finishSuccess(boolean count, boolean rate, Read<Long> participants, Read<Long> successful,
            Read<Fraction> successRate) {
        Pointer at = Pointer.ROOT;
        if (count == rate) {
            add(at, JsonViolationCodes.CONFLICTING_FIELDS, count
                    ? "Give either 'successful' or 'successRate', not both"
                    : "A socio-economic calculation needs one of 'successful' (people) or 'successRate' (percent)");
        }
        Fraction people = successful.map(n -> Fraction.of(n, 1)).orUnknown();
        boolean valid = report(at, Success.check(participants.orUnknown(), people));
        if (count == rate || !valid || participants.isReported()) {
            // The rate's own range is checked alone, with one participant (every valid rate fits).
            successRate.ifRead(r -> build(at, () -> Success.rate(1, r)));
            return Read.reported();
        }
        long all = participants.get();
        if (count) {
            return successful.isRead() ? build(at, () -> Success.count(all, successful.get())) : Read.reported();
        }
        return successRate.isRead() ? build(at, () -> Success.rate(all, successRate.get())) : Read.reported();
    }

    private Read<CostOfExclusion> costOfExclusion(JsonNode node, Pointer path, Read<CurrencyUnit> currency) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return Read.reported();
        }
        int before = violationCount();
        checkFields(node, path, COST_FIELDS, "cost of exclusion", "actors");
        Read<MonetaryAmount> lostProduction = fieldOr(node, "lostProduction", path, zero(currency),
                (n, p) -> money(n, p, currency));
        Read<List<ActorRead>> actors = field(node, "actors", path,
                (n, p) -> parts(n, p, limits.maxProjects(), "actors", (m, q) -> actor(m, q, currency)));
        return finishCostOfExclusion(path, before, currency, lostProduction, actors);
    }

    private Read<CostOfExclusion> finishCostOfExclusion(Pointer path, int before, Read<CurrencyUnit> currency,
            Read<MonetaryAmount> lostProduction, Read<List<ActorRead>> actors) {
        if (violationCount() == before && currency.isRead()) {
            List<ExclusionCost> costs = actors.get().stream().map(a -> a.cost().get()).toList();
            return build(path, () -> new CostOfExclusion(costs, lostProduction.get()));
        }
        List<ActorRead> read = actors.orElse(List.of());
        List<@Nullable Actor> who = new ArrayList<>();
        List<@Nullable MonetaryAmount> taxes = new ArrayList<>();
        for (ActorRead a : read) {
            who.add(a.actor());
            taxes.add(a.lostTaxes());
        }
        if (actors.isReported()) {
            taxes.add(null); // the actors' taxes are unknown: the rule of their sum cannot run
        }
        report(path, CostOfExclusion.check(who, taxes, lostProduction.orUnknown()));
        return Read.reported();
    }

    private ActorRead actor(JsonNode node, Pointer path, Read<CurrencyUnit> currency) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return new ActorRead(Read.reported(), null, null);
        }
        int before = violationCount();
        checkFields(node, path, ACTOR_FIELDS, "actor's cost of exclusion", "actor");
        Read<Actor> actor = field(node, "actor", path, (n, p) -> enumValue(n, p, Actor.class, "actor"));
        Read<MonetaryAmount> real = fieldOr(node, "realCosts", path, zero(currency), (n, p) -> money(n, p, currency));
        Read<MonetaryAmount> transfers = fieldOr(node, "transfers", path, zero(currency), (n, p) -> money(n, p, currency));
        Read<MonetaryAmount> taxes = fieldOr(node, "lostTaxes", path, zero(currency), (n, p) -> money(n, p, currency));
        return finishActor(path, before, currency, actor, real, transfers, taxes);
    }

    private ActorRead finishActor(Pointer path, int before, Read<CurrencyUnit> currency, Read<Actor> actor,
            Read<MonetaryAmount> real, Read<MonetaryAmount> transfers, Read<MonetaryAmount> taxes) {
        if (violationCount() == before && currency.isRead()) {
            return new ActorRead(build(path, () -> new ExclusionCost(actor.get(), real.get(), transfers.get(), taxes.get())),
                    actor.get(), taxes.get());
        }
        report(path, ExclusionCost.check(actor.orUnknown(), real.orUnknown(), transfers.orUnknown(), taxes.orUnknown()));
        return new ActorRead(Read.reported(), actor.orUnknown(), taxes.orUnknown());
    }

    /** The effect: exactly one of {@code shares} (percent per year after the project) or {@code fallOff} (percent). */
    private Read<Effect> effect(JsonNode node, Pointer path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return Read.reported();
        }
        int before = violationCount();
        boolean byYear = checkEffectFields(node, path);
        Read<List<@Nullable Fraction>> shares = fieldOr(node, "shares", path, Read.reported(),
                (n, p) -> list(n, p, limits.maxProjects(), "years of the effect", this::percent));
        Read<Fraction> fallOff = fieldOr(node, "fallOff", path, Read.reported(), this::percent);
        return finishEffect(path, before, byYear, shares, fallOff);
    }

    /** The effect's own fields: unknown ones, and one of the two; whether it gives its shares by year. */
    private boolean checkEffectFields(JsonNode node, Pointer path) {
        checkFields(node, path, EFFECT_FIELDS, "effect");
        boolean byYear = node.has("shares");
        conflictingEffect(path, byYear, node.has("fallOff"));
        return byYear;
    }

    /** The effect gives one of its two fields, not both and not neither. */
    private void conflictingEffect(Pointer path, boolean byYear, boolean fallingOff) {
        if (byYear == fallingOff) {
            add(path, JsonViolationCodes.CONFLICTING_FIELDS, byYear
                    ? "Give either 'shares' or 'fallOff' in effect, not both"
                    : "The effect needs one of 'shares' (percent in each year after the project) or 'fallOff' (percent)");
        }
    }

    private Read<Effect> finishEffect(Pointer path, int before, boolean byYear, Read<List<@Nullable Fraction>> shares,
            Read<Fraction> fallOff) {
        if (violationCount() == before) {
            return byYear ? build(path, () -> Effect.byYear(known(shares.get())))
                    : build(path, () -> Effect.fallingOff(fallOff.get()));
        }
        shares.ifRead(s -> report(path, Effect.checkByYear(s)));
        fallOff.ifRead(f -> report(path, Effect.checkFallOff(f)));
        return Read.reported();
    }

    /** A percentage, e.g. {@code "3.5"} or {@code 3.5}, read exactly: the fraction of one, {@code 7/200}. */
    private Read<Fraction> percent(JsonNode node, Pointer path) {
        return decimal(node, path).map(value -> Fraction.from(value).dividedBy(HUNDRED));
    }

    /**
     * Zero in the document's currency: the value of an amount not given; reported with the currency (whose
     * violation was recorded before the part was begun, so a part checks the currency itself).
     */
    private static Read<MonetaryAmount> zero(Read<CurrencyUnit> currency) {
        return currency.map(c -> Amounts.exact(BigDecimal.ZERO, c));
    }

    /** A list whose elements are all known (the reader has checked that none was reported). */
    @SuppressWarnings("NullAway") // no violation was found, so no element was reported
    private static <T> List<T> known(List<@Nullable T> list) {
        return List.copyOf(list);
    }

    /**
     * A list that is not known at all (absent or not an array, reported): one unknown element, so that the
     * core's rules on the list's length do not run on a list that was never read.
     */
    private static <T> List<@Nullable T> unknownList() {
        return Collections.singletonList(null);
    }

    // --- reading from tokens ------------------------------------------------------------------------------------
    // What has been read of each object as it streams. Objects of one kind do not nest, so one set of fields per kind.

    private JsonNode skeleton = NullNode.getInstance();
    private Read<String> docName = Read.reported();
    private Read<Optional<String>> docNote = Read.absent();
    /** The currency given; null while none has come (before it, or in a document without one). */
    private @Nullable Read<CurrencyUnit> docCurrency;
    private Read<Long> docParticipants = Read.reported();
    private Read<Long> docSuccessful = Read.reported();
    private Read<Fraction> docSuccessRate = Read.reported();
    private Read<List<@Nullable MonetaryAmount>> docCosts = Read.reported();
    private Read<CostOfExclusion> docCostOfExclusion = Read.reported();
    private Read<Effect> docEffect = Read.reported();
    private Read<Fraction> docRate = Read.reported();
    private Read<List<@Nullable Integer>> docHorizons = DEFAULT_HORIZONS;
    /** The project costs and the cost of exclusion, when they came before the currency: read at the end. */
    private @Nullable JsonNode costsLater;
    private @Nullable JsonNode costOfExclusionLater;
    private Read<MonetaryAmount> costLostProduction = Read.reported();
    private Read<List<ActorRead>> costActors = Read.reported();
    private Read<Actor> actorActor = Read.reported();
    private Read<MonetaryAmount> actorReal = Read.reported();
    private Read<MonetaryAmount> actorTransfers = Read.reported();
    private Read<MonetaryAmount> actorTaxes = Read.reported();
    private Read<List<@Nullable Fraction>> effectShares = Read.reported();
    private Read<Fraction> effectFallOff = Read.reported();

    /** The document's fields in the order in which {@link #document(JsonNode)} reads them: each one's slot. */
    private static final String[] DOCUMENT_ORDER = {"name", "note", "currency", "participants", "successful",
        "successRate", "projectCosts", "costOfExclusion", "effect", "discountRate", "horizons"};
    private static final int NAME = 0;
    private static final int NOTE = 1;
    private static final int CURRENCY = 2;
    private static final int PARTICIPANTS = 3;
    private static final int SUCCESSFUL = 4;
    private static final int SUCCESS_RATE = 5;
    /** The first slot after those that the rule of who succeeds follows. */
    private static final int PROJECT_COSTS = 6;
    private static final int COST_OF_EXCLUSION = 7;
    private static final int EFFECT = 8;
    private static final int DISCOUNT_RATE = 9;

    private static int documentSlot(String field) {
        return switch (field) {
            case "name" -> NAME;
            case "note" -> NOTE;
            case "currency" -> CURRENCY;
            case "participants" -> PARTICIPANTS;
            case "successful" -> SUCCESSFUL;
            case "successRate" -> SUCCESS_RATE;
            case "projectCosts" -> PROJECT_COSTS;
            case "costOfExclusion" -> COST_OF_EXCLUSION;
            case "effect" -> EFFECT;
            case "discountRate" -> DISCOUNT_RATE;
            case "horizons" -> DOCUMENT_ORDER.length - 1;
            default -> -1;
        };
    }

    /**
     * Reads a document as its parser streams it: the same value, or the same violations in the same order, as
     * {@link #read(JsonNode)} of its tree gives. The violations are held by this reader ({@link #throwIfInvalid}).
     *
     * @param p the parser, at the document's first token
     * @return the calculation, or reported
     * @throws IOException if the parser fails
     * @throws FinsamValidationException for a fault of the JSON text, as a parse throws it
     */
    Read<SocioEconomicCalculation> stream(JsonParser p) throws IOException {
        JsonToken first = p.currentToken();
        if (first != JsonToken.START_OBJECT) {
            JsonNode root = scalar(p, first, 1);
            skeleton = root;
            return document(root);
        }
        Slots slots = new Slots(DOCUMENT_ORDER.length);
        Fields fields = fields(p, Pointer.ROOT, 1, slots, SocioEconomicReader::documentSlot, this::documentField);
        skeleton = fields.skeleton(DOCUMENT_ORDER);
        Read<CurrencyUnit> currency = docCurrency != null ? docCurrency : readDefaultCurrency();
        JsonNode costs = costsLater;
        if (costs != null) {
            Slots before = divert(slots.select(PROJECT_COSTS));
            docCosts = projectCosts(costs, Pointer.ROOT.field("projectCosts"), currency);
            divert(before);
        }
        JsonNode costOfExclusion = costOfExclusionLater;
        if (costOfExclusion != null) {
            Slots before = divert(slots.select(COST_OF_EXCLUSION));
            docCostOfExclusion = costOfExclusion(costOfExclusion, Pointer.ROOT.field("costOfExclusion"), currency);
            divert(before);
        }
        checkDocumentFields(fields);
        replay(slots, 0, PROJECT_COSTS);
        Read<Success> success = finishSuccess(fields.has("successful"), fields.has("successRate"), docParticipants,
                docSuccessful, docSuccessRate);
        replay(slots, PROJECT_COSTS, DOCUMENT_ORDER.length);
        return finishDocument(docName, docNote, currency, success, docCosts, docCostOfExclusion, docEffect, docRate,
                docHorizons);
    }

    /** The document's top-level fields as {@link #stream} read them: for the facade's test of the document's kind. */
    JsonNode skeleton() {
        return skeleton;
    }

    private void documentField(JsonParser p, JsonToken first, int slot, Pointer path, int depth) throws IOException {
        Read<CurrencyUnit> currency = docCurrency;
        switch (slot) {
            case NAME -> docName = text(scalar(p, first, depth), path);
            case NOTE -> {
                Read<String> note = text(scalar(p, first, depth), path);
                docNote = note.isRead() ? Read.present(note.get()) : Read.reported();
            }
            case CURRENCY -> docCurrency = currency(scalar(p, first, depth), path);
            case PARTICIPANTS -> docParticipants = integer(scalar(p, first, depth), path);
            case SUCCESSFUL -> docSuccessful = integer(scalar(p, first, depth), path);
            case SUCCESS_RATE -> docSuccessRate = percent(scalar(p, first, depth), path);
            case PROJECT_COSTS -> {
                if (currency == null) {
                    costsLater = tree(p, depth); // read once the currency is known
                } else {
                    docCosts = elements(p, first, path, depth, limits.maxProjects(), "project years",
                            (q, t, at, d) -> money(scalar(q, t, d), at, currency).orUnknown());
                }
            }
            case COST_OF_EXCLUSION -> {
                if (currency == null) {
                    costOfExclusionLater = tree(p, depth); // read once the currency is known
                } else {
                    docCostOfExclusion = streamCostOfExclusion(p, first, path, depth, currency);
                }
            }
            case EFFECT -> docEffect = streamEffect(p, first, path, depth);
            case DISCOUNT_RATE -> docRate = percent(scalar(p, first, depth), path);
            default -> docHorizons = elements(p, first, path, depth, limits.maxProjects(), "horizons",
                    (q, t, at, d) -> intValue(scalar(q, t, d), at).orUnknown());
        }
    }

    private Read<CostOfExclusion> streamCostOfExclusion(JsonParser p, JsonToken first, Pointer path, int depth,
            Read<CurrencyUnit> currency) throws IOException {
        if (first != JsonToken.START_OBJECT) {
            return costOfExclusion(scalar(p, first, depth), path, currency); // its type's violation, as a tree's
        }
        int before = violationCount();
        costLostProduction = zero(currency);
        costActors = Read.reported();
        Slots slots = new Slots(2);
        Fields fields = fields(p, path, depth, slots, field -> switch (field) {
            case "lostProduction" -> 0;
            case "actors" -> 1;
            default -> -1;
        }, (q, t, slot, at, d) -> {
            if (slot == 0) {
                costLostProduction = money(scalar(q, t, d), at, currency);
            } else {
                costActors = elements(q, t, at, d, limits.maxProjects(), "actors",
                        (r, u, element, e) -> streamActor(r, u, element, e, currency));
            }
        });
        checkFields(fields, path, COST_FIELDS, "cost of exclusion", "actors");
        replay(slots, 0, 2);
        return finishCostOfExclusion(path, before, currency, costLostProduction, costActors);
    }

    private ActorRead streamActor(JsonParser p, JsonToken first, Pointer path, int depth, Read<CurrencyUnit> currency)
            throws IOException {
        if (first != JsonToken.START_OBJECT) {
            return actor(scalar(p, first, depth), path, currency); // its type's violation, as a tree's
        }
        int before = violationCount();
        actorActor = Read.reported();
        actorReal = zero(currency);
        actorTransfers = zero(currency);
        actorTaxes = zero(currency);
        Slots slots = new Slots(4);
        Fields fields = fields(p, path, depth, slots, field -> switch (field) {
            case "actor" -> 0;
            case "realCosts" -> 1;
            case "transfers" -> 2;
            case "lostTaxes" -> 3;
            default -> -1;
        }, (q, t, slot, at, d) -> {
            JsonNode value = scalar(q, t, d);
            switch (slot) {
                case 0 -> actorActor = enumValue(value, at, Actor.class, "actor");
                case 1 -> actorReal = money(value, at, currency);
                case 2 -> actorTransfers = money(value, at, currency);
                default -> actorTaxes = money(value, at, currency);
            }
        });
        checkFields(fields, path, ACTOR_FIELDS, "actor's cost of exclusion", "actor");
        replay(slots, 0, 4);
        return finishActor(path, before, currency, actorActor, actorReal, actorTransfers, actorTaxes);
    }

    private Read<Effect> streamEffect(JsonParser p, JsonToken first, Pointer path, int depth) throws IOException {
        if (first != JsonToken.START_OBJECT) {
            return effect(scalar(p, first, depth), path); // its type's violation, as a tree's
        }
        int before = violationCount();
        effectShares = Read.reported();
        effectFallOff = Read.reported();
        Slots slots = new Slots(2);
        Fields fields = fields(p, path, depth, slots, field -> switch (field) {
            case "shares" -> 0;
            case "fallOff" -> 1;
            default -> -1;
        }, (q, t, slot, at, d) -> {
            if (slot == 0) {
                effectShares = elements(q, t, at, d, limits.maxProjects(), "years of the effect",
                        (r, u, element, e) -> percent(scalar(r, u, e), element).orUnknown());
            } else {
                effectFallOff = percent(scalar(q, t, d), at);
            }
        });
        checkFields(fields, path, EFFECT_FIELDS, "effect");
        boolean byYear = fields.has("shares");
        conflictingEffect(path, byYear, fields.has("fallOff"));
        replay(slots, 0, 2);
        return finishEffect(path, before, byYear, effectShares, effectFallOff);
    }
}
