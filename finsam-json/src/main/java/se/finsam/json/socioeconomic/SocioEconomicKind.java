package se.finsam.json.socioeconomic;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import se.finsam.json.DocumentKind;
import se.finsam.json.internal.DocumentDescriptor;
import se.finsam.json.internal.Limits;
import se.finsam.json.internal.ModuleRegistry;
import se.finsam.json.internal.Read;
import se.finsam.socioeconomic.Actor;
import se.finsam.socioeconomic.ActorResult;
import se.finsam.socioeconomic.BreakEven;
import se.finsam.socioeconomic.HorizonResult;
import se.finsam.socioeconomic.Payback;
import se.finsam.socioeconomic.PersonYear;
import se.finsam.socioeconomic.Sensitivity;
import se.finsam.socioeconomic.SocioEconomicCalculation;
import se.finsam.socioeconomic.YearGain;

/**
 * The socio-economic calculation document ({@code docs/socioeconomic.md}): identified by its
 * {@code costOfExclusion}, read by {@link SocioEconomicReader}, its result report written by
 * {@link SocioEconomicWriter}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SocioEconomicKind extends DocumentDescriptor<SocioEconomicCalculation> {

    /** The descriptor of socio-economic calculation documents. */
    public static final SocioEconomicKind INSTANCE = new SocioEconomicKind();

    private SocioEconomicKind() {
        super(DocumentKind.SOCIOECONOMIC, (root, limits) -> new SocioEconomicReader(limits).read(root),
                SocioEconomicKind::stream, SocioEconomicWriter::report, "costOfExclusion", "projectCosts",
                "discountRate", "successRate", "effect");
    }

    /** A document read from its tokens by the reader of its tree, which gives the same for both. */
    private static Streamed<SocioEconomicCalculation> stream(JsonParser parser, Limits limits, boolean surrogatesPossible)
            throws IOException {
        SocioEconomicReader reader = new SocioEconomicReader(limits);
        reader.surrogatesPossible(surrogatesPossible);
        Read<SocioEconomicCalculation> read = reader.stream(parser);
        return new Streamed<>(reader.skeleton(), () -> {
            reader.throwIfInvalid("socio-economic calculation document");
            if (read.isReported()) {
                // Every reader records why it reports; this guards the library's own bugs.
                throw new IllegalStateException("No socio-economic calculation and no violation");
            }
            return read.get();
        });
    }

    /**
     * {@code costOfExclusion} (or {@code projectCosts}, {@code discountRate}, {@code successRate}, {@code effect},
     * which no other kind has) makes a document a calculation, although it has a follow-up's {@code participants}.
     */
    @Override
    public boolean decides() {
        return true;
    }

    @Override
    public void register(ModuleRegistry r) {
        r.addEnum(Actor.class, "actor");
        r.addEnum(Payback.Status.class, "payback status");
        r.addEnum(Sensitivity.Parameter.class, "sensitivity parameter");
        String calculation = "read the socio-economic calculation with FinsamJson.socioeconomic().read";
        r.addResult(SocioEconomicCalculation.class, SocioEconomicWriter::report, calculation);
        r.addResult(HorizonResult.class, SocioEconomicWriter::horizon, calculation);
        r.addResult(ActorResult.class, SocioEconomicWriter::actor, calculation);
        r.addResult(PersonYear.class, SocioEconomicWriter::personYear, calculation);
        r.addResult(Payback.class, SocioEconomicWriter::payback, calculation);
        r.addResult(BreakEven.class, SocioEconomicWriter::breakEven, calculation);
        r.addResult(YearGain.class, SocioEconomicWriter::yearGain, calculation);
        r.addResult(Sensitivity.class, SocioEconomicWriter::sensitivity, calculation);
        r.addResult(Sensitivity.Row.class, SocioEconomicWriter::row, calculation);
    }
}
