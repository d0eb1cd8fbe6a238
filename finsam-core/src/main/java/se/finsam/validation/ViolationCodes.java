package se.finsam.validation;

/**
 * The stable codes of {@link Violation}s raised by finsam-core. Codes never change meaning once
 * released; programs may match on them. Each constant's documentation says what breaks the rule.
 */
public final class ViolationCodes {

    private ViolationCodes() {
    }

    // --- values built in steps ------------------------------------------------------------------

    /** A builder asked to build before a required part was set, e.g. a project without a period. */
    public static final String VALUE_MISSING = "value.missing";

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

    // --- members and the association (docs/domain.md, Who takes part) -------------------------

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

    // --- contribution keys (docs/domain.md, The keys) ---------------------------------------

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

    // --- provenance (docs/statistics.md) ------------------------------------------------------

    /** A source's publisher, dataset, title, update time or file name that is blank, too long or holds control characters. */
    public static final String SOURCE_TEXT_INVALID = "source.text-invalid";
    /** A source's SHA-256 that is not 64 lowercase hexadecimal digits. */
    public static final String SOURCE_HASH_INVALID = "source.hash-invalid";

    // --- splits and settlement (docs/domain.md, The statutory split, the settlement, Matching) ---

    /** Two splits that cannot be settled against each other: other members, currency, unit or total. */
    public static final String SETTLEMENT_MISMATCH = "settlement.mismatch";

    // --- projects (docs/domain.md, Projects and their costs per year) -------------------------

    /** A project id that breaks the rules of ids. */
    public static final String PROJECT_ID_INVALID = "project.id-invalid";
    /** A project name (or co-financing source) that is blank or longer than 200 characters. */
    public static final String PROJECT_NAME_INVALID = "project.name-invalid";
    /** A project that ends before it starts. */
    public static final String PROJECT_END_BEFORE_START = "project.end-before-start";
    /** A project without an end date whose status is neither PRELIMINARY nor DELAYED. */
    public static final String PROJECT_END_MISSING = "project.end-missing";
    /** A project date or explicit year outside 1900–2200. */
    public static final String PROJECT_YEAR_OUT_OF_RANGE = "project.year-out-of-range";
    /** Cost basis EXPLICIT without any amount per year. */
    public static final String PROJECT_EXPLICIT_COSTS_MISSING = "project.explicit-costs-missing";
    /** Explicit amounts per year that do not sum to the total cost. */
    public static final String PROJECT_EXPLICIT_COSTS_SUM = "project.explicit-costs-sum";
    /** Amounts per year on a project whose cost basis is not EXPLICIT. */
    public static final String PROJECT_EXPLICIT_COSTS_UNEXPECTED = "project.explicit-costs-unexpected";
    /** A member listed twice in a project. */
    public static final String PROJECT_DUPLICATE_MEMBER = "project.duplicate-member";
    /** A project that names a member the association does not have. */
    public static final String PROJECT_UNKNOWN_MEMBER = "project.unknown-member";
    /** A project whose members span fewer than two parties (two municipalities are one party). */
    public static final String PROJECT_SINGLE_PARTY = "project.single-party";
    /** Two projects with the same id. */
    public static final String PROJECT_DUPLICATE_ID = "project.duplicate-id";
    /**
     * An explicit year outside the project's period: before its start year, after its end year, or, for a
     * project without an end, more than {@code Project.MAX_PERIOD_YEARS} − 1 years after its start year.
     */
    public static final String PROJECT_EXPLICIT_YEAR_OUTSIDE_PERIOD = "project.explicit-year-outside-period";
    /** A project whose period spans more than {@code Project.MAX_PERIOD_YEARS} (50) budget years. */
    public static final String PROJECT_PERIOD_TOO_LONG = "project.period-too-long";

    // --- budget (docs/domain.md, The budget and Equity) ---------------------------------------

    /** A budget year outside 1900–2200. */
    public static final String YEAR_OUT_OF_RANGE = "plan.year-out-of-range";
    /** A project rounding unit that is not a whole multiple of the rounding unit of contributions. */
    public static final String UNIT_NOT_MULTIPLE_OF_ROUNDING_UNIT = "unit.not-multiple-of-rounding-unit";
    /** An equity threshold table that is empty, unordered, or has a share outside 0–100 %. */
    public static final String EQUITY_THRESHOLDS_INVALID = "equity.thresholds-invalid";

    // --- the year as it happens and the multi-year plan (docs/domain.md, The year as it happens) -----

    /** An outcome dated outside the plan's year, e.g. 2008-01-15 in a plan for 2007. */
    public static final String OUTCOME_DATE_OUTSIDE_YEAR = "outcome.date-outside-year";
    /** Income received from a member the association does not have. */
    public static final String OUTCOME_UNKNOWN_MEMBER = "outcome.unknown-member";
    /** An outcome or forecast of a project the plan does not have. */
    public static final String OUTCOME_UNKNOWN_PROJECT = "outcome.unknown-project";
    /** An outcome or forecast of a project that is applied for but not decided, which the budget leaves out. */
    public static final String OUTCOME_PROJECT_NOT_DECIDED = "outcome.project-not-decided";
    /** A forecast of the whole year's cost below what is already booked to date, e.g. 100 000 for a project with 320 000 booked. */
    public static final String FORECAST_BELOW_OUTCOME = "forecast.below-outcome";
    /** A later year of a multi-year plan that is not the year after the one before it, e.g. 2006 in a plan for 2007. */
    public static final String PLAN_YEAR_OUT_OF_ORDER = "plan.year-out-of-order";
    /** A multi-year plan with more years than {@code AnnualPlan.MAX_YEARS}. */
    public static final String PLAN_TOO_MANY_YEARS = "plan.too-many-years";

    // The socio-economic calculation (se.finsam.socioeconomic, docs/socioeconomic.md)

    /** A share (effect, fall-off, success rate) outside 0–100 % or with more than 10 decimals, e.g. 120 %. */
    public static final String SOCIOECONOMIC_SHARE_OUT_OF_RANGE = "socioeconomic.share-out-of-range";
    /** A number of participants below 1 or above {@code SocioEconomicCalculation.MAX_PARTICIPANTS}. */
    public static final String SOCIOECONOMIC_PARTICIPANTS_OUT_OF_RANGE = "socioeconomic.participants-out-of-range";
    /** A number of successful participants below 0 or above the number of participants. */
    public static final String SOCIOECONOMIC_SUCCESS_OUT_OF_RANGE = "socioeconomic.success-out-of-range";
    /** A horizon below 1 or above {@code SocioEconomicCalculation.MAX_HORIZON} years, out of order, or too many horizons. */
    public static final String SOCIOECONOMIC_HORIZON_OUT_OF_RANGE = "socioeconomic.horizon-out-of-range";
    /** A discount rate outside 0–100 % or with more than 10 decimals. */
    public static final String SOCIOECONOMIC_DISCOUNT_RATE_OUT_OF_RANGE = "socioeconomic.discount-rate-out-of-range";
    /** Project costs over more years, or an effect given for more years, than the calculation allows. */
    public static final String SOCIOECONOMIC_TOO_MANY_YEARS = "socioeconomic.too-many-years";
    /** An actor whose cost of exclusion is listed twice. */
    public static final String SOCIOECONOMIC_DUPLICATE_ACTOR = "socioeconomic.duplicate-actor";
    /** Transfers or lost taxes given for the individual, who receives transfers and pays taxes, never the reverse. */
    public static final String SOCIOECONOMIC_INDIVIDUAL_PAYS = "socioeconomic.individual-pays";
    /** Lost taxes that together exceed the lost production they are part of. */
    public static final String SOCIOECONOMIC_TAXES_EXCEED_PRODUCTION = "socioeconomic.taxes-exceed-production";
    // --- indicators and participant follow-up (docs/domain.md, Indicators) --------------------

    /** A period, project or participant whose end comes before its start. */
    public static final String PERIOD_END_BEFORE_START = "period.end-before-start";
    /** A period of zero days (its inclusive end is the day before its start): no rate per day exists. */
    public static final String PERIOD_ZERO_DAYS = "period.zero-days";
    /** An ohälsotal or sjukpenningtal period that is not exactly twelve months. */
    public static final String PERIOD_NOT_TWELVE_MONTHS = "period.not-twelve-months";
    /** Measures of different periods aggregated together, or figures of another period than their own. */
    public static final String PERIOD_MISMATCH = "period.mismatch";
    /**
     * A name or note that is blank (also: only no-break or zero-width spaces), too long (names 200
     * characters, notes 2000, counted as code points) or holds a control character (see
     * {@link TextRules}).
     */
    public static final String TEXT_INVALID = "text.invalid";
    /** A population or number of insured that is zero, negative or above 10<sup>12</sup>. */
    public static final String POPULATION_OUT_OF_RANGE = "population.out-of-range";
    /** A number of days, full-year equivalents, participants or a year that is negative or implausible. */
    public static final String VALUE_OUT_OF_RANGE = "value.out-of-range";
    /** A payment kind or benefit missing from an indicator's figures (write 0 if nothing was paid). */
    public static final String INDICATOR_COMPONENT_MISSING = "indicator.component-missing";
    /** A published key figure given twice for the same municipality, year and gender. */
    public static final String KEY_FIGURE_DUPLICATE = "indicator.key-figure-duplicate";
    /** Measures for different age bands aggregated or compared. */
    public static final String INDICATOR_AGE_BAND_MISMATCH = "indicator.age-band-mismatch";
    /** A period without figures for one of the declared municipalities. */
    public static final String INDICATOR_FIGURES_MISSING = "indicator.figures-missing";
    /** An empty list of municipalities: an indicator set's, an aggregate's or a project's. */
    public static final String MUNICIPALITY_NONE = "municipality.none";
    /** A municipality that is not declared: in figures, an aggregate or a participant. */
    public static final String MUNICIPALITY_UNKNOWN = "municipality.unknown";
    /** A municipality or area id declared or listed twice. */
    public static final String MUNICIPALITY_DUPLICATE = "municipality.duplicate";
    /** A participant who has finished but has no exit reason or situation after. */
    public static final String PARTICIPANT_OUTCOME_MISSING = "participant.outcome-missing";
    /** A participant with an exit reason or situation after, but no end date. */
    public static final String PARTICIPANT_OUTCOME_WITHOUT_END = "participant.outcome-without-end";
    /** A participant who starts or ends outside the project's period. */
    public static final String PARTICIPANT_OUTSIDE_PROJECT = "participant.outside-project";
    /** A target whose threshold is out of range or whose time limit does not apply to its measure. */
    public static final String TARGET_INVALID = "target.invalid";
    /** A county code that is not two digits from 01 to 25 (the county codes of Statistics Sweden). */
    public static final String COUNTY_CODE_INVALID = "county.code-invalid";
    /** A county listed twice in a national follow-up. */
    public static final String COUNTY_DUPLICATE = "county.duplicate";
    /** An association's county that the national follow-up does not list. */
    public static final String COUNTY_UNKNOWN = "county.unknown";
    /** One municipality declared with another name or code by two projects of a national follow-up. */
    public static final String MUNICIPALITY_DIFFERS = "municipality.differs";
    // --- national allocation, supplementary funds, matching (docs/domain.md, the same headings) ---

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
    /**
     * A currency that amounts cannot be in: ISO 4217's codes for no currency ({@code XXX}), precious
     * metals ({@code XAU}, {@code XAG}, {@code XPT}, {@code XPD}), testing ({@code XTS}) and funds or
     * units of account ({@code XDR}, {@code XBA} to {@code XBD}, {@code XSU}, {@code XUA}), and any code
     * without a minor unit.
     */
    public static final String CURRENCY_INVALID = "currency.invalid";
}
