package se.finsam.json.internal;

/**
 * The limits that bound the work done on one untrusted document. Every limit is checked before the
 * work it protects: the size before parsing, depth, string and number lengths while parsing, and the
 * number of entries of every list before any of them is read.
 *
 * @param maxDocumentBytes the largest document, in bytes
 * @param maxDepth the deepest nesting of objects and arrays (the document itself is depth 1)
 * @param maxStringLength the longest string or field name, in characters
 * @param maxNumberLength the longest number, in characters of its JSON text
 * @param maxMembers the most members of an association (and values of a key, members of a project); the
 *     most municipalities and aggregated areas of an indicator or participant document
 * @param maxProjects the most projects (and cost lines and other lists) of a plan
 * @param maxParticipants the most participants (and entries of anonymous participants) of a participant document
 * @param maxTargets the most targets of a participant document
 * @param maxPeriods the most support periods, and the most ill-health periods, of an indicator document
 * @param maxAssociations the most associations of a national allocation document
 * @param maxStreamedBytes the largest document read as a stream, in bytes: a participant document read for its
 *     summary, whose bytes are never held whole
 */
public record Limits(int maxDocumentBytes, int maxDepth, int maxStringLength, int maxNumberLength, int maxMembers,
        int maxProjects, int maxParticipants, int maxTargets, int maxPeriods, int maxAssociations, long maxStreamedBytes) {

    /** The largest document size that fits in one byte array, with room for the probe byte. */
    public static final int MAX_DOCUMENT_BYTES = Integer.MAX_VALUE - 16;

    /** The defaults of {@link se.finsam.json.FinsamJson#create()} and {@link se.finsam.json.FinsamModule#FinsamModule()}. */
    public static final Limits DEFAULTS = new Limits(16 * 1024 * 1024, 32, 10_000, 100, 400, 10_000,
            2_000_000, 100, 1_000, 1_000, 1L << 30);

    /** Most violations reported for one document; more are summed up in one last violation. */
    public static final int MAX_VIOLATIONS = 1000;

    /** Checks that every limit is positive and the document limit fits in a byte array. */
    public Limits {
        positive("maxDocumentBytes", maxDocumentBytes);
        if (maxDocumentBytes > MAX_DOCUMENT_BYTES) {
            throw new IllegalArgumentException("maxDocumentBytes must be at most " + MAX_DOCUMENT_BYTES + ", was "
                    + maxDocumentBytes);
        }
        positive("maxDepth", maxDepth);
        positive("maxStringLength", maxStringLength);
        positive("maxNumberLength", maxNumberLength);
        positive("maxMembers", maxMembers);
        positive("maxProjects", maxProjects);
        positive("maxParticipants", maxParticipants);
        positive("maxTargets", maxTargets);
        positive("maxPeriods", maxPeriods);
        positive("maxAssociations", maxAssociations);
        positive("maxStreamedBytes", maxStreamedBytes);
    }

    /**
     * The most municipalities that the aggregated areas of an indicator document name together: ten times
     * {@link #maxMembers()} (every municipality of Sweden in ten areas). Each period adds up every area's
     * municipalities, so this and {@link #maxPeriods()} bound the work.
     *
     * @return the limit
     */
    public long maxAreaMemberships() {
        return 10L * maxMembers;
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
