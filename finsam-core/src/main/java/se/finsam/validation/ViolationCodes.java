package se.finsam.validation;

/**
 * The stable codes of {@link Violation}s raised by finsam-core. Codes never change meaning once
 * released; programs may match on them. Each constant's documentation says what breaks the rule.
 */
public final class ViolationCodes {

    private ViolationCodes() {
    }

    // --- money ------------------------------------------------------------------------------

    /** A rounding unit that is not a positive decimal of sensible size. */
    public static final String UNIT_INVALID = "unit.invalid";
    /** A rounding unit finer than the currency's smallest unit, e.g. 0.001 for SEK. */
    public static final String UNIT_FINER_THAN_CURRENCY = "unit.finer-than-currency";
    /** An amount that is not a whole multiple of the rounding unit, e.g. 0.5 at unit 1. */
    public static final String AMOUNT_NOT_MULTIPLE_OF_UNIT = "amount.not-multiple-of-unit";
    /** An amount above 10<sup>15</sup> units of the rounding unit, or with absurdly many digits. */
    public static final String AMOUNT_TOO_LARGE = "amount.too-large";
    /** A negative amount where only zero or more makes sense (a total to split, a cost). */
    public static final String AMOUNT_NEGATIVE = "amount.negative";
    /** An amount in another currency than the association's. */
    public static final String AMOUNT_CURRENCY_MISMATCH = "amount.currency-mismatch";
    /** An allocation with no shares to split into. */
    public static final String ALLOCATION_NO_PARTS = "allocation.no-parts";
    /** An allocation whose weights are all zero. */
    public static final String ALLOCATION_ZERO_WEIGHTS = "allocation.zero-weights";
    /** A negative weight in an allocation. */
    public static final String WEIGHT_NEGATIVE = "weight.negative";
    /** A weight with more than 100 significant digits or decimals. */
    public static final String WEIGHT_OUT_OF_RANGE = "weight.out-of-range";

    // --- members and the association (F1) ---------------------------------------------------

    /** A member id that is empty, too long or has characters other than letters, digits, -, _ and . */
    public static final String MEMBER_ID_INVALID = "member.id-invalid";
    /** A member name that is blank or longer than 200 characters. */
    public static final String MEMBER_NAME_INVALID = "member.name-invalid";
    /** A code that does not fit the member's kind: 4 digits for municipalities, 2 for regions, none else. */
    public static final String MEMBER_CODE_INVALID = "member.code-invalid";
    /** An association id that breaks the rules of member ids. */
    public static final String ASSOCIATION_ID_INVALID = "association.id-invalid";
    /** An association name that is blank or longer than 200 characters. */
    public static final String ASSOCIATION_NAME_INVALID = "association.name-invalid";
    /** Two members with the same id. */
    public static final String DUPLICATE_MEMBER_ID = "association.duplicate-member-id";
    /** Two members with the same official code. */
    public static final String DUPLICATE_MEMBER_CODE = "association.duplicate-member-code";
    /** No Försäkringskassan among the members (3 § requires it). */
    public static final String SOCIAL_INSURANCE_AGENCY_MISSING = "association.social-insurance-agency-missing";
    /** More than one Försäkringskassan among the members. */
    public static final String SOCIAL_INSURANCE_AGENCY_DUPLICATE = "association.social-insurance-agency-duplicate";
    /** No Arbetsförmedlingen among the members (3 § requires it). */
    public static final String PUBLIC_EMPLOYMENT_SERVICE_MISSING = "association.public-employment-service-missing";
    /** More than one Arbetsförmedlingen among the members. */
    public static final String PUBLIC_EMPLOYMENT_SERVICE_DUPLICATE = "association.public-employment-service-duplicate";
    /** No region among the members (3 § requires at least one). */
    public static final String REGION_MISSING = "association.region-missing";
    /** No municipality among the members (3 § requires at least one). */
    public static final String MUNICIPALITY_MISSING = "association.municipality-missing";
    /** More than one region but no regional key to split the regional quarter. */
    public static final String REGIONAL_KEY_MISSING = "association.regional-key-missing";
    /** Too many members for one association. */
    public static final String TOO_MANY_MEMBERS = "association.too-many-members";

    // --- contribution keys (F3) ------------------------------------------------------------

    /** A key names a member the association does not have. */
    public static final String KEY_UNKNOWN_MEMBER = "key.unknown-member";
    /** A key names a member of another party (a region in the municipal key, say). */
    public static final String KEY_MEMBER_NOT_IN_PARTY = "key.member-not-in-party";
    /** A key has no value for a member of its party. */
    public static final String KEY_MEMBER_MISSING = "key.member-missing";
    /** A key with no values at all (other than an equal key). */
    public static final String KEY_EMPTY = "key.empty";
    /** Percentages that do not sum to exactly 100, e.g. 99.9. */
    public static final String KEY_PERCENTAGE_SUM = "key.percentage-sum";
    /** A percentage below 0 or above 100. */
    public static final String KEY_PERCENTAGE_OUT_OF_RANGE = "key.percentage-out-of-range";
    /** A negative head count or weight. */
    public static final String KEY_VALUE_NEGATIVE = "key.value-negative";
    /** A population or weight key whose values are all zero. */
    public static final String KEY_ALL_ZERO = "key.all-zero";
    /** A key value with absurdly many digits, or a head count above 10<sup>12</sup>. */
    public static final String KEY_VALUE_OUT_OF_RANGE = "key.value-out-of-range";
    /** An age band that is not {@code FROM-TO} with {@code 0 ≤ FROM ≤ TO ≤ 150}. */
    public static final String AGE_BAND_INVALID = "key.age-band-invalid";

    // --- splits and settlement (F2, F4, F5) ---------------------------------------------------

    /** Two splits that cannot be settled against each other: other members, currency, unit or total. */
    public static final String SETTLEMENT_MISMATCH = "settlement.mismatch";

    // --- national allocation (F10), supplementary funds (F11), matching (F5) -------------------

    /** A national allocation with no associations to allocate to. */
    public static final String NATIONAL_NO_ASSOCIATIONS = "national.no-associations";
    /** More associations than a national allocation may have (1 000). */
    public static final String NATIONAL_TOO_MANY_ASSOCIATIONS = "national.too-many-associations";
    /** Two associations with the same id in a national allocation. */
    public static final String NATIONAL_DUPLICATE_ASSOCIATION = "national.duplicate-association";
    /** A negative population aged 16–64. */
    public static final String NATIONAL_POPULATION_NEGATIVE = "national.population-negative";
    /** A negative försörjningsmått. */
    public static final String NATIONAL_SUPPORT_MEASURE_NEGATIVE = "national.support-measure-negative";
    /** A population above 10<sup>12</sup>, or a försörjningsmått above 10<sup>15</sup> or with more than 6 decimals. */
    public static final String NATIONAL_FIGURE_OUT_OF_RANGE = "national.figure-out-of-range";
    /** Every association's figure is zero for a measure that has a positive weight. */
    public static final String NATIONAL_ZERO_TOTAL = "national.zero-total";
    /** A model weight below 0 %, above 100 % or with more than 10 decimals. */
    public static final String NATIONAL_WEIGHT_OUT_OF_RANGE = "national.weight-out-of-range";
    /** Model weights that do not sum to exactly 100 %. */
    public static final String NATIONAL_WEIGHTS_SUM = "national.weights-sum";
    /** A limit on decrease outside 0–100 %, on increase outside 0–1 000 %, or with more than 10 decimals. */
    public static final String NATIONAL_LIMIT_OUT_OF_RANGE = "national.limit-out-of-range";
    /** An association the limits apply to has no previous allocation to measure them from. */
    public static final String NATIONAL_PREVIOUS_ALLOCATION_MISSING = "national.previous-allocation-missing";
    /** The amount to allocate is smaller than the bases of all associations together. */
    public static final String NATIONAL_APPROPRIATION_BELOW_BASES = "national.appropriation-below-bases";
    /** The floors set by the limit on decrease (with the bases) need more than the amount to allocate. */
    public static final String NATIONAL_FLOORS_ABOVE_APPROPRIATION = "national.floors-above-appropriation";
    /** The ceilings set by the limit on increase cannot take the whole amount to allocate. */
    public static final String NATIONAL_CEILINGS_BELOW_APPROPRIATION = "national.ceilings-below-appropriation";
    /** Supplementary funds larger than the appropriation they are kept back from. */
    public static final String SUPPLEMENTARY_POT_ABOVE_APPROPRIATION = "supplementary.pot-above-appropriation";
    /** A request for supplementary funds when there is no call for them. */
    public static final String SUPPLEMENTARY_NO_CALL = "supplementary.no-call";
}
