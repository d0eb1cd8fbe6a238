package se.finsam.json;

/**
 * The stable codes of violations that only a document can have: syntax, types and fields. Rule
 * violations carry the codes of {@link se.finsam.validation.ViolationCodes}.
 */
public final class JsonViolationCodes {

    private JsonViolationCodes() {
    }

    /** The text is not well-formed JSON (the message gives line and column), or is empty. */
    public static final String SYNTAX = "json.syntax";
    /** A field the format does not define; misspelt keys are never silently ignored. */
    public static final String UNKNOWN_FIELD = "json.unknown-field";
    /** A required field is absent. */
    public static final String MISSING_FIELD = "json.missing-field";
    /** A value of the wrong JSON type: a string where an object is required, a float for a count, null. */
    public static final String WRONG_TYPE = "json.wrong-type";
    /** A number that is not an exact decimal of sensible size, or a string that is not a plain decimal. */
    public static final String INVALID_NUMBER = "json.invalid-number";
    /** A date that is not an existing ISO date {@code YYYY-MM-DD}, such as {@code 2008-06-31}. */
    public static final String INVALID_DATE = "json.invalid-date";
    /** A name outside a closed set: a member kind, a key basis, a currency code. */
    public static final String INVALID_VALUE = "json.invalid-value";
    /** Two fields that exclude each other, or neither of two of which one is required. */
    public static final String CONFLICTING_FIELDS = "json.conflicting-fields";
    /**
     * A limit on untrusted input is broken: the document's size, nesting depth, the length of a string,
     * field name or number, the number of members or projects, or the number of violations reported.
     * Checked before the work the limit protects; see {@code FinsamJson.Builder}.
     */
    public static final String LIMIT_EXCEEDED = "json.limit-exceeded";
    /**
     * The document is plainly of another kind than the one being read: a national allocation document
     * read as a plan, say. One violation at the root instead of one for each of its fields; see
     * {@link DocumentKind}.
     */
    public static final String WRONG_DOCUMENT_KIND = "json.wrong-document-kind";
}
