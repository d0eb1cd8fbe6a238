package se.finsam.json.socioeconomic;

import com.fasterxml.jackson.databind.JsonNode;
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
 * <p>Not thread-safe: one instance reads one document.
 */
final class SocioEconomicReader extends StatisticsReader {

    private static final Set<String> DOCUMENT_FIELDS = Set.of("name", "note", "currency", "participants", "successful",
            "successRate", "projectCosts", "costOfExclusion", "effect", "discountRate", "horizons");
    private static final Set<String> COST_FIELDS = Set.of("lostProduction", "actors");
    private static final Set<String> ACTOR_FIELDS = Set.of("actor", "realCosts", "transfers", "lostTaxes");
    private static final Set<String> EFFECT_FIELDS = Set.of("shares", "fallOff");
    private static final Fraction HUNDRED = Fraction.of(100, 1);

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
        checkFields(root, at, DOCUMENT_FIELDS, "socio-economic calculation", "name", "participants", "projectCosts",
                "costOfExclusion");
        // The two a first document most often lacks: say what to write.
        if (!root.has("effect")) {
            add(at.field("effect"), JsonViolationCodes.MISSING_FIELD, "Missing required field 'effect' in socio-economic "
                    + "calculation: how long the effect lasts, {\"fallOff\": \"10\"} (percent lost each year) or "
                    + "{\"shares\": [\"100\", \"80\"]} (percent still out of exclusion in each year after the project)");
        }
        if (!root.has("discountRate")) {
            add(at.field("discountRate"), JsonViolationCodes.MISSING_FIELD, "Missing required field 'discountRate' in "
                    + "socio-economic calculation: the yearly rate in percent, e.g. \"3.5\" (\"0\" for none)");
        }
        Read<String> name = field(root, "name", at, this::text);
        Read<Optional<String>> note = note(root, at);
        Read<CurrencyUnit> currency = fieldOr(root, "currency", at, readDefaultCurrency(), this::currency);
        Read<Success> success = success(root, at);
        Read<List<@Nullable MonetaryAmount>> costs = field(root, "projectCosts", at,
                (n, p) -> list(n, p, limits.maxProjects(), "project years", (m, q) -> money(m, q, currency)));
        Read<CostOfExclusion> costOfExclusion = field(root, "costOfExclusion", at,
                (n, p) -> costOfExclusion(n, p, currency));
        Read<Effect> effect = field(root, "effect", at, this::effect);
        Read<Fraction> rate = field(root, "discountRate", at, this::percent);
        Read<List<@Nullable Integer>> horizons = fieldOr(root, "horizons", at,
                Read.of(List.copyOf(SocioEconomicCalculation.DEFAULT_HORIZONS)),
                (n, p) -> list(n, p, limits.maxProjects(), "horizons", this::intValue));
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
        boolean count = root.has("successful");
        boolean rate = root.has("successRate");
        Read<Long> successful = fieldOr(root, "successful", at, Read.reported(), this::integer);
        Read<Fraction> successRate = fieldOr(root, "successRate", at, Read.reported(), this::percent);
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
        checkFields(node, path, EFFECT_FIELDS, "effect");
        boolean byYear = node.has("shares");
        boolean fallingOff = node.has("fallOff");
        if (byYear == fallingOff) {
            add(path, JsonViolationCodes.CONFLICTING_FIELDS, byYear
                    ? "Give either 'shares' or 'fallOff' in effect, not both"
                    : "The effect needs one of 'shares' (percent in each year after the project) or 'fallOff' (percent)");
        }
        Read<List<@Nullable Fraction>> shares = fieldOr(node, "shares", path, Read.reported(),
                (n, p) -> list(n, p, limits.maxProjects(), "years of the effect", this::percent));
        Read<Fraction> fallOff = fieldOr(node, "fallOff", path, Read.reported(), this::percent);
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
}
