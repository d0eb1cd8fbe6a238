package se.finsam.statistics;

/**
 * The stable codes of the violations raised when a statistics file cannot be used. Codes never change
 * meaning once released; programs may match on them. Each violation's path locates the fault in the file:
 * a JSON pointer for JSON ({@code /data/3/values/0}), {@code /rows/LINE/COLUMN} for CSV, both counted from 1
 * for CSV lines and columns (docs/statistics.md, Faults).
 */
public final class StatisticsCodes {

    private StatisticsCodes() {
    }

    // --- every format ----------------------------------------------------------------------------

    /** A file that is not in a format finsam reads, or not valid in it: truncated JSON, a CSV without a header. */
    public static final String FILE_UNREADABLE = "statistics.file-unreadable";
    /** A file larger than the limit, or with more cells, regions or values than the limits allow. */
    public static final String FILE_TOO_LARGE = "statistics.file-too-large";

    // --- SCB population tables -------------------------------------------------------------------

    /** A table without one of the dimensions a population table needs: region, age or time. */
    public static final String DIMENSION_MISSING = "statistics.dimension-missing";
    /** A table of something else than head counts, e.g. deaths or mean population. */
    public static final String WRONG_TABLE = "statistics.wrong-table";
    /** A cell that is not a whole number of people, e.g. {@code ..} (missing) or {@code 12,5}. */
    public static final String VALUE_NOT_A_COUNT = "statistics.value-not-a-count";
    /** The same region, age and time twice, or the same code twice in a dimension. */
    public static final String DUPLICATE = "statistics.duplicate";
    /** An age the table writes in a way finsam does not read, e.g. {@code 65 år och äldre}. */
    public static final String AGE_UNREADABLE = "statistics.age-unreadable";
    /** An age band the table's ages (single years or groups) cannot make exactly, e.g. 16–64 from 15–19. */
    public static final String AGES_NOT_COVERED = "statistics.ages-not-covered";
    /** A year or month the table does not have. */
    public static final String PERIOD_MISSING = "statistics.period-missing";
    /** A municipality code the table does not have. */
    public static final String REGION_MISSING = "statistics.region-missing";
    /** A member (a municipality) without an official code to look up. */
    public static final String MEMBER_WITHOUT_CODE = "statistics.member-without-code";
    /**
     * A CSV whose headers are in neither Swedish nor English as the database saves them; also a dimension, or
     * a category of sex, whose name finsam does not know in either language (e.g. {@code Alter}, {@code Männer}).
     */
    public static final String HEADER_UNKNOWN = "statistics.header-unknown";
    /**
     * A combination of region, age, sex and time that has no cell in the table, e.g. a municipality without the
     * row of one age. A population table has every combination once.
     */
    public static final String CELL_MISSING = "statistics.cell-missing";

    // --- Kolada ----------------------------------------------------------------------------------

    /** A Kolada value that is {@code null}: missing, never read as zero. */
    public static final String VALUE_MISSING = "statistics.value-missing";
    /** A Kolada field that is not as the API writes it: a period that is not a year, an unknown gender. */
    public static final String FIELD_INVALID = "statistics.field-invalid";
    /** A key figure the files do not have. */
    public static final String KPI_MISSING = "statistics.kpi-missing";
    /**
     * A gender the Kolada files do not have for a key figure, municipality and year: a key figure not divided
     * by gender has only the total ({@code T}).
     */
    public static final String GENDER_MISSING = "statistics.gender-missing";
    /**
     * Kolada pages given as a whole answer, every one of which links to a next page ({@code next_page},
     * {@code next_url}): the last page is missing, and the figures would be incomplete.
     */
    public static final String PAGE_MISSING = "statistics.page-missing";
}
