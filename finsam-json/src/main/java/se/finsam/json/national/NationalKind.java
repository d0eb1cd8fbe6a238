package se.finsam.json.national;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import se.finsam.json.DocumentKind;
import se.finsam.json.internal.DocumentDescriptor;
import se.finsam.json.internal.Limits;
import se.finsam.json.internal.ModuleRegistry;
import se.finsam.json.internal.Read;
import se.finsam.national.AssociationAllocation;
import se.finsam.national.LimitApplied;
import se.finsam.national.Matching;
import se.finsam.national.NationalAllocation;
import se.finsam.national.StateAllocation;
import se.finsam.national.SupplementaryGrant;
import se.finsam.national.SupplementarySplit;

/**
 * The national allocation document ({@code docs/national.md}): identified by its {@code appropriation} or
 * {@code associations}, read and computed by {@link NationalReader}, its result written by
 * {@link NationalWriter}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NationalKind extends DocumentDescriptor<NationalAllocation> {

    /** The descriptor of national allocation documents. */
    public static final NationalKind INSTANCE = new NationalKind();

    private NationalKind() {
        super(DocumentKind.NATIONAL_ALLOCATION, (root, limits) -> new NationalReader(limits).read(root),
                NationalKind::stream, NationalWriter::allocation, "appropriation", "associations");
    }

    /** A document read from its tokens by the reader of its tree, which gives the same for both. */
    private static Streamed<NationalAllocation> stream(JsonParser parser, Limits limits, boolean surrogatesPossible)
            throws IOException {
        NationalReader reader = new NationalReader(limits);
        reader.surrogatesPossible(surrogatesPossible);
        Read<NationalAllocation> read = reader.stream(parser);
        return new Streamed<>(reader.skeleton(), () -> {
            reader.throwIfInvalid("national allocation");
            if (read.isReported()) {
                // Every reader records why it reports; this guards the library's own bugs.
                throw new IllegalStateException("No national allocation and no violation");
            }
            return read.get();
        });
    }

    @Override
    public void register(ModuleRegistry r) {
        r.addEnum(LimitApplied.class, "limit applied");
        String national = "read the national document with FinsamJson.national().read";
        r.addResult(NationalAllocation.class, NationalWriter::allocation, national);
        r.addResult(StateAllocation.class, NationalWriter::allocation, national);
        r.addResult(AssociationAllocation.class, (g, v) -> NationalWriter.association(g, v, true), national);
        r.addResult(SupplementarySplit.class, (g, v) -> NationalWriter.supplementary(g, v, true), national);
        r.addResult(SupplementaryGrant.class, (g, v) -> NationalWriter.grant(g, v, true), national);
        r.addResult(Matching.class, (g, v) -> NationalWriter.matching(g, v, true), national);
    }
}
