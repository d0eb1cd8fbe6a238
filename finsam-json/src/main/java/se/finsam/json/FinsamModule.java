package se.finsam.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleKeyDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import java.io.IOException;
import se.finsam.association.AssociationId;
import se.finsam.association.CoordinationAssociation;
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
     * Returns the version of finsam-json.
     *
     * @return the version
     */
    @Override
    public Version version() {
        return new Version(0, 1, 0, "SNAPSHOT", "se.finsam", "finsam-json");
    }

    /**
     * Registers the serializers, deserializers and key deserializers.
     *
     * @param context the mapper's set-up context
     */
    @Override
    public void setupModule(SetupContext context) {
        SimpleSerializers serializers = new SimpleSerializers();
        SimpleDeserializers deserializers = new SimpleDeserializers();
        Registry r = new Registry(serializers, deserializers);

        r.add(AnnualPlan.class, "document", DocumentReader::document, DocumentWriter::document);
        r.add(CoordinationAssociation.class, "association", DocumentReader::association, DocumentWriter::association);
        r.add(Charter.class, "charter", DocumentReader::charter, DocumentWriter::charter);
        r.add(Member.class, "member", DocumentReader::member, DocumentWriter::member);
        r.add(MemberId.class, "member id", DocumentReader::memberId, (g, v) -> g.writeString(v.value()));
        r.add(ProjectId.class, "project id", DocumentReader::projectId, (g, v) -> g.writeString(v.value()));
        r.add(AssociationId.class, "association id", DocumentReader::associationId, (g, v) -> g.writeString(v.value()));
        r.add(RoundingUnit.class, "rounding unit", DocumentReader::unit, (g, v) -> g.writeString(v.toString()));
        r.add(AgeBand.class, "age band", DocumentReader::ageBand, (g, v) -> g.writeString(v.toString()));
        r.add(ContributionKey.class, "key", DocumentReader::key, DocumentWriter::key);
        r.add(ContributionKey.Percentages.class, "key", (d, n, p) -> d.key(n, p, ContributionKey.Percentages.class,
                KeyBasis.PERCENTAGES), DocumentWriter::key);
        r.add(ContributionKey.Population.class, "key", (d, n, p) -> d.key(n, p, ContributionKey.Population.class,
                KeyBasis.POPULATION), DocumentWriter::key);
        r.add(ContributionKey.Weights.class, "key", (d, n, p) -> d.key(n, p, ContributionKey.Weights.class,
                KeyBasis.WEIGHTS), DocumentWriter::key);
        r.add(ContributionKey.Equal.class, "key", (d, n, p) -> d.key(n, p, ContributionKey.Equal.class,
                KeyBasis.EQUAL), DocumentWriter::key);
        r.add(Financing.class, "financing", DocumentReader::financing, (g, v) -> DocumentWriter.financing(g, v, true));
        r.add(Project.class, "project", DocumentReader::project, (g, v) -> DocumentWriter.project(g, v, true));
        r.add(CoFinancing.class, "co-financing", DocumentReader::coFinancing, (g, v) -> DocumentWriter.coFinancing(g, v, true));
        r.add(CostLine.class, "cost line", DocumentReader::cost, (g, v) -> DocumentWriter.cost(g, v, true));
        r.add(Equity.class, "equity", DocumentReader::equity, (g, v) -> DocumentWriter.equity(g, v, true));
        r.add(EquityPolicy.class, "equity policy", DocumentReader::equityPolicy, DocumentWriter::equityPolicy);
        r.add(EquityPolicy.Step.class, "equity threshold", DocumentReader::step, (g, v) -> DocumentWriter.step(g, v, true));
        r.add(Contribution.class, "contribution", DocumentReader::contribution, DocumentWriter::contribution);
        r.add(Violation.class, "violation", DocumentReader::violation, DocumentWriter::violation);
        r.add(ValidationResult.class, "validation result", DocumentReader::validationResult, DocumentWriter::validation);
        r.addEnum(MemberKind.class, "member kind");
        r.addEnum(KeyBasis.class, "key basis");
        r.addEnum(ProjectStatus.class, "project status");
        r.addEnum(CostBasis.class, "cost basis");
        r.addEnum(CostCategory.class, "cost category");
        r.addEnum(LimitApplied.class, "limit applied");
        r.addEnum(SupportKind.class, "kind of support");
        r.addEnum(IllHealthBenefit.class, "ill-health benefit");
        r.addEnum(IllHealthRate.class, "ill-health rate");
        r.addEnum(Gender.class, "gender");
        r.addEnum(TargetMeasure.class, "target measure");
        r.addEnum(TargetResult.Status.class, "target status");
        addResults(r);

        SimpleKeyDeserializers keys = new SimpleKeyDeserializers();
        keys.addDeserializer(MemberId.class, new ValueDeserializer.Key(limits, "member id", DocumentReader::memberId));
        keys.addDeserializer(ProjectId.class, new ValueDeserializer.Key(limits, "project id", DocumentReader::projectId));
        keys.addDeserializer(AssociationId.class, new ValueDeserializer.Key(limits, "association id",
                DocumentReader::associationId));

        context.addSerializers(serializers);
        context.addDeserializers(deserializers);
        context.addKeyDeserializers(keys);
        // Every other finsam type has no JSON form: refused clearly, never written as a dump of its fields.
        context.addSerializers(new WithoutForm.Serializers(r.types));
        context.addDeserializers(new WithoutForm.Deserializers(r.types));
    }

    /**
     * Registers the results of computations: written in the shapes of the command line's
     * {@code --format json} by the same writers, and refused when asked to be read.
     */
    private static void addResults(Registry r) {
        String plan = "compute it from an AnnualPlan (contributions(), schedules(), budget())";
        String national = "read the national document with FinsamJson.readNationalAllocation";
        String indicators = "read the indicator document with FinsamJson.readIndicators";
        String followUp = "read the participant document with FinsamJson.readFollowUp";
        r.addResult(ContributionSplit.class, DocumentWriter::split, plan);
        r.addResult(CostSchedule.class, (g, v) -> DocumentWriter.schedule(g, v, true), plan);
        r.addResult(Budget.class, DocumentWriter::budget, plan);
        r.addResult(Settlement.class, DocumentWriter::settlement, "compute it with Settlement.between or Budget.settlement()");
        r.addResult(NationalAllocation.class, NationalWriter::allocation, national);
        r.addResult(StateAllocation.class, NationalWriter::allocation, national);
        r.addResult(AssociationAllocation.class, (g, v) -> NationalWriter.association(g, v, true), national);
        r.addResult(SupplementarySplit.class, (g, v) -> NationalWriter.supplementary(g, v, true), national);
        r.addResult(SupplementaryGrant.class, (g, v) -> NationalWriter.grant(g, v, true), national);
        r.addResult(Matching.class, (g, v) -> NationalWriter.matching(g, v, true), national);
        r.addResult(IndicatorSet.class, IndicatorWriter::report, indicators);
        r.addResult(SupportMeasure.class, IndicatorWriter::supportMeasure, indicators);
        r.addResult(SupportComparison.class, IndicatorWriter::supportComparison, indicators);
        r.addResult(ProjectFollowUp.class, FollowUpWriter::report, followUp);
        r.addResult(Share.class, FollowUpWriter::share, followUp);
        r.addResultWithProvider(Distribution.class, FinsamModule::distribution, followUp);
        r.addResult(TimeInProject.class, FollowUpWriter::timeInProject, followUp);
        r.addResult(TargetResult.class, FollowUpWriter::target, followUp);
    }

    /** A distribution on its own: each group written by the mapper, as {@code "group"}. */
    private static void distribution(JsonGenerator g, Distribution<?> distribution, SerializerProvider provider)
            throws IOException {
        groups(g, distribution, provider);
    }

    private static <K> void groups(JsonGenerator g, Distribution<K> distribution, SerializerProvider provider)
            throws IOException {
        FollowUpWriter.distribution(g, distribution, (out, group) -> {
            out.writeFieldName("group");
            provider.defaultSerializeValue(group, out);
        });
    }

    /** Registers a serializer and a deserializer per type. */
    private final class Registry {
        private final SimpleSerializers serializers;
        private final SimpleDeserializers deserializers;
        /** Every type given a JSON form. */
        private final java.util.Set<Class<?>> types = new java.util.HashSet<>();

        Registry(SimpleSerializers serializers, SimpleDeserializers deserializers) {
            this.serializers = serializers;
            this.deserializers = deserializers;
        }

        <T> void add(Class<T> type, String what, ValueDeserializer.Read<T> read, ValueSerializer.Write<T> write) {
            types.add(type);
            serializers.addSerializer(type, new ValueSerializer<>(type, write));
            deserializers.addDeserializer(type, new ValueDeserializer<>(type, limits, what, read));
        }

        <T> void addResult(Class<T> type, ValueSerializer.Write<T> write, String instead) {
            addResultWithProvider(type, (g, v, provider) -> write.write(g, v), instead);
        }

        <T> void addResultWithProvider(Class<T> type, ValueSerializer.WriteWithProvider<T> write, String instead) {
            types.add(type);
            serializers.addSerializer(type, new ValueSerializer<>(type, write));
            deserializers.addDeserializer(type, new ValueDeserializer.Result<>(type, instead));
        }

        <E extends Enum<E>> void addEnum(Class<E> type, String what) {
            add(type, what, (d, n, p) -> d.enumValue(n, p, type, what), (g, v) -> g.writeString(v.name()));
        }
    }
}
