package se.finsam.json;

/**
 * The limits that bound the work done on one untrusted document. Every limit is checked before the
 * work it protects: the size before parsing, depth, string and number lengths while parsing, and the
 * number of members and projects before any of them is built.
 *
 * @param maxDocumentBytes the largest document, in bytes
 * @param maxDepth the deepest nesting of objects and arrays (the document itself is depth 1)
 * @param maxStringLength the longest string or field name, in characters
 * @param maxNumberLength the longest number, in characters of its JSON text
 * @param maxMembers the most members of an association (and values of a key)
 * @param maxProjects the most projects (and cost lines) of a plan
 */
record Limits(int maxDocumentBytes, int maxDepth, int maxStringLength, int maxNumberLength, int maxMembers,
        int maxProjects) {

    /** The largest document size that fits in one byte array, with room for the probe byte. */
    static final int MAX_DOCUMENT_BYTES = Integer.MAX_VALUE - 16;

    /** The defaults of {@link FinsamJson#create()} and {@link FinsamModule#FinsamModule()}. */
    static final Limits DEFAULTS = new Limits(16 * 1024 * 1024, 32, 10_000, 100, 400, 10_000);

    /** Most violations reported for one document; more are summed up in one last violation. */
    static final int MAX_VIOLATIONS = 1000;

    Limits {
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
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
