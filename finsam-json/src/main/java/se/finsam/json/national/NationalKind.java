package se.finsam.json.national;

import se.finsam.json.DocumentKind;
import se.finsam.json.internal.DocumentDescriptor;
import se.finsam.json.internal.ModuleRegistry;
import se.finsam.national.AssociationAllocation;
import se.finsam.national.LimitApplied;
import se.finsam.national.Matching;
import se.finsam.national.NationalAllocation;
import se.finsam.national.StateAllocation;
import se.finsam.national.SupplementaryGrant;
import se.finsam.national.SupplementarySplit;

/**
 * The national allocation document ({@code docs/national.md}): identified by its {@code appropriation} or
 * {@code associations}, read and checked by {@link NationalReader}, its results written by
 * {@link NationalWriter}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NationalKind extends DocumentDescriptor<NationalAllocation> {

    /** The descriptor of national allocation documents. */
    public static final NationalKind INSTANCE = new NationalKind();

    private NationalKind() {
        super(DocumentKind.NATIONAL_ALLOCATION, (root, limits) -> new NationalReader(limits).read(root),
                NationalWriter::allocation, "appropriation", "associations");
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
