package se.finsam.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.Module;
import se.finsam.budget.AnnualPlan;
import se.finsam.budget.Budget;
import se.finsam.budget.CostCategory;
import se.finsam.budget.CostLine;
import se.finsam.budget.Equity;
import se.finsam.budget.EquityPolicy;
import se.finsam.population.AgeBand;
import se.finsam.contribution.Charter;
import se.finsam.contribution.Contribution;
import se.finsam.contribution.ContributionKey;
import se.finsam.contribution.ContributionSplit;
import se.finsam.contribution.Financing;
import se.finsam.contribution.KeyBasis;
import se.finsam.contribution.Settlement;
import se.finsam.association.AssociationId;
import se.finsam.association.CoordinationAssociation;
import se.finsam.followup.Distribution;
import se.finsam.followup.Gender;
import se.finsam.followup.ProjectFollowUp;
import se.finsam.followup.Share;
import se.finsam.followup.TargetMeasure;
import se.finsam.followup.TargetResult;
import se.finsam.followup.TimeInProject;
import se.finsam.indicator.IllHealthBenefit;
import se.finsam.indicator.IllHealthRate;
import se.finsam.indicator.IndicatorSet;
import se.finsam.indicator.SupportComparison;
import se.finsam.indicator.SupportKind;
import se.finsam.indicator.SupportMeasure;
import se.finsam.json.internal.BuildInfo;
import se.finsam.json.internal.DocumentDescriptor;
import se.finsam.json.internal.Limits;
import se.finsam.json.internal.ModuleRegistry;
import se.finsam.json.internal.WithoutForm;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;
import se.finsam.money.RoundingUnit;
import se.finsam.national.AssociationAllocation;
import se.finsam.national.LimitApplied;
import se.finsam.national.Matching;
import se.finsam.national.NationalAllocation;
import se.finsam.national.StateAllocation;
import se.finsam.national.SupplementaryGrant;
import se.finsam.national.SupplementarySplit;
import se.finsam.project.CoFinancing;
import se.finsam.project.CostBasis;
import se.finsam.project.CostSchedule;
import se.finsam.project.Project;
import se.finsam.project.ProjectId;
import se.finsam.project.ProjectStatus;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;

/**
 * The Jackson module of finsam: serializers and deserializers for every finsam value of a plan document,
 * and serializers for every result, for users who bring their own {@code ObjectMapper}.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new FinsamModule());
 * // or: ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
 * AnnualPlan plan = mapper.readValue(json, AnnualPlan.class);
 * String text = mapper.writeValueAsString(plan.association().members().get(0));
 * }</pre>
 *
 * <p>The JSON of each value is its form in the document format ({@code docs/format.md}): an
 * {@link AnnualPlan} is a whole document, a {@link Member} a member object, a {@link MemberId} a string,
 * and so on. A value whose amounts need a currency and that is written on its own ({@link Project},
 * {@link CostLine}, {@link CoFinancing}, {@link Financing}, {@link Equity}, {@link EquityPolicy} and its
 * steps, {@link Contribution}) carries a {@code "currency"} field, written always and read as
 * {@code SEK} when absent; inside a document the association's currency rules. Also:
 * {@link Charter}, {@link CoordinationAssociation}, {@link AssociationId}, {@link ProjectId},
 * {@link RoundingUnit} ({@code "0.01"}), {@link AgeBand} ({@code "16-64"}), every
 * {@link ContributionKey}, {@link Violation} and {@link ValidationResult}
 * ({@code {"valid", "violations"}}), the closed sets of names ({@link MemberKind}, {@link KeyBasis},
 * {@link ProjectStatus}, {@link CostBasis}, {@link CostCategory}: exact names, never numbers), and
 * member, project and association ids as map keys.
 *
 * <p>Every result of a computation is written in the shape the command line's {@code --format json}
 * prints, by the same writers: a {@link Budget}, {@link NationalAllocation}, {@link IndicatorSet} or
 * {@link ProjectFollowUp} is exactly that output; a {@link ContributionSplit} is {@code finsam split}'s
 * output without the association and year it does not know ({@code {"currency", "total",
 * "contributions"}}); a {@link StateAllocation} is {@code finsam allocate}'s without what only the national
 * allocation knows; and a part of a result on its own ({@link CostSchedule}, {@link Settlement},
 * {@link AssociationAllocation}, {@link SupplementarySplit}, {@link SupplementaryGrant}, {@link Matching},
 * {@link SupportMeasure}, {@link SupportComparison}, {@link Share}, {@link Distribution},
 * {@link TimeInProject}, {@link TargetResult}) is its object there, with {@code "currency"} first when it
 * holds amounts ({@code docs/format.md}, "Results"). Results are not read back: they are computed from
 * their inputs, so asking the mapper for one is Jackson's {@code InvalidDefinitionException} saying what to
 * read instead. The names in results ({@link LimitApplied}, {@link SupportKind}, {@link IllHealthBenefit},
 * {@link IllHealthRate}, {@link Gender}, {@link TargetMeasure}, {@link TargetResult.Status}) are read and
 * written as exact names.
 *
 * <p>Reading is as strict as {@link FinsamJson}'s, by the same code: the deserializers read the value's
 * tree token by token (exact decimals however the mapper is set up, duplicate fields rejected, the limits
 * on depth, string and number length, members and projects), and build it through the core factories,
 * so that every rule lives in one place. A number that reaches the module only as a binary {@code double}
 * (from {@code treeToValue} of a tree read without {@code DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS},
 * or {@code convertValue} of a Java {@code double}) may have lost digits that nothing can restore
 * ({@code 1.00000000000000000001} is the double {@code 1.0}): it is refused as
 * {@code json.invalid-number}, never rounded. Text, token buffers and trees of {@code BigDecimal}s are
 * read exactly. Everything wrong with a value is reported at once in one
 * {@link FinsamMappingException}, each violation located by a JSON pointer from the root of the document.
 * Malformed JSON is the mapper's own {@code JsonParseException}; the size of the whole document is bounded
 * by the mapper's {@code StreamReadConstraints}. Bytes are decoded by the mapper's parser: a string with a
 * lone surrogate (an escape such as <code>&#92;ud800</code>, or what Jackson 2.20 makes of the encoded
 * surrogate {@code ED A0 80}) is refused, but an overlong form such as {@code C0 AF} reaches the module as
 * the character it encodes; {@link FinsamJson} checks the bytes themselves, strictly. As everywhere in Jackson, a JSON {@code null} becomes a
 * Java {@code null} without reaching the module.
 *
 * <p>The module registers no type information and enables no default typing: the kinds of values are
 * closed sets of names.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FinsamModule extends Module {

    private final Limits limits;

    /**
     * Creates the module with the default limits of {@link FinsamJson#create()}; found by
     * {@code ObjectMapper.findAndRegisterModules()} through {@code META-INF/services}.
     */
    public FinsamModule() {
        this(Limits.DEFAULTS);
    }

    FinsamModule(Limits limits) {
        this.limits = limits;
    }

    /**
     * Returns the module's name, {@code "finsam"}.
     *
     * @return the name
     */
    @Override
    public String getModuleName() {
        return "finsam";
    }

    /**
     * Returns the version of finsam-json, as the build that made it set it.
     *
     * @return the version
     */
    @Override
    public Version version() {
        return VersionUtil.parseVersion(BuildInfo.VERSION, "se.finsam", "finsam-json");
    }

    /**
     * Registers the serializers, deserializers and key deserializers: every kind of document registers its
     * values and its results.
     *
     * @param context the mapper's set-up context
     */
    @Override
    public void setupModule(SetupContext context) {
        ModuleRegistry registry = new ModuleRegistry(limits);
        for (DocumentDescriptor<?> kind : FinsamJson.KINDS) {
            kind.register(registry);
        }
        context.addSerializers(registry.serializers());
        context.addDeserializers(registry.deserializers());
        context.addKeyDeserializers(registry.keys());
        // Every other finsam type has no JSON form: refused clearly, never written as a dump of its fields.
        context.addSerializers(new WithoutForm.Serializers(registry.types()));
        context.addDeserializers(new WithoutForm.Deserializers(registry.types()));
    }
}
