package se.finsam.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import se.finsam.population.AgeBand;
import se.finsam.provenance.Source;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.TextRules;
import se.finsam.validation.Violation;

/**
 * A population table of Statistics Sweden (SCB) saved from its database as a file: head counts by region,
 * age, time and perhaps sex, summed per municipality over an age band. Three formats are read, told apart by
 * the content ({@link TableFormat}): PxWeb API v1 JSON, JSON-stat 2.0, and CSV as the database saves it.
 *
 * <pre>{@code
 * PopulationTable table = PopulationTable.read(Path.of("folkmangd.json"));
 * table.count("0484", AgeBand.of(16, 64), "2023");              // 201
 * table.counts(List.of("0480", "0484"), AgeBand.of(16, 64), "2023");   // {0480=149, 0484=201}
 * table.count("0481", AgeBand.of(16, 64), "2023");              // throws: statistics.region-missing
 * table.source();   // SCB, BE0101N1, its title, its update time, the file's name and SHA-256
 * }</pre>
 *
 * <p>Ages are single years ({@code 16}, {@code 16 år}), the open top ({@code 100+}: ages 100 to
 * {@link AgeBand#MAX_AGE}, so a band reaching it ends at 150), groups ({@code 16-19}, {@code 16–19 år},
 * {@code 65+ år}) and totals ({@code tot}, {@code totalt ålder}, {@code Total}), which are used only for the
 * band 0–150 and only when nothing else makes it. A band is summed from the categories that lie inside it and
 * join without gap or overlap, the finest such (single years before groups that cover the same ages); a band
 * the table's categories cannot make exactly is refused, never estimated. Of a sex dimension the total is
 * used if the table has it, else men and women are summed.
 *
 * <p>A file that cannot be used is refused with every fault found, each located in the file (a JSON pointer,
 * or {@code /rows/LINE/COLUMN} for CSV) with a code of {@link StatisticsCodes}: a bad cell anywhere (such as
 * {@code ..}, SCB's mark for a missing figure) refuses the whole table. Work and memory are linear in the file,
 * which may have at most {@code maxBytes} bytes and {@value #MAX_CELLS} cells.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PopulationTable {

    /** The largest file read unless another limit is given: 16 MiB. */
    public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
    /** The most cells (combinations of region, time, age and sex) a table may have. */
    public static final int MAX_CELLS = ScbCube.MAX_CELLS;
    /** The publisher of every table read. */
    public static final String PUBLISHER = "SCB";

    private final TableFormat format;
    private final Source source;
    private final List<String> regions;
    private final Map<String, Integer> regionIndex;
    private final Map<String, String> regionNames;
    private final List<String> periods;
    private final Map<String, Integer> periodIndex;
    private final List<ScbAge> ages;
    private final int[] sexes;
    private final int[] sizes;
    private final long[] values;

    private PopulationTable(TableFormat format, Source source, ScbCube cube) {
        this.format = format;
        this.source = source;
        List<String> regionCodes = new ArrayList<>();
        Map<String, Integer> regionIdx = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (ScbDimension.Category c : cube.regions()) {
            regionIdx.put(c.code(), regionCodes.size());
            regionCodes.add(c.code());
            String label = c.label().startsWith(c.code() + " ") ? c.label().substring(c.code().length() + 1).strip() : c.label();
            if (!label.isEmpty() && !label.equals(c.code())) {
                names.put(c.code(), label);
            }
        }
        List<String> periodCodes = new ArrayList<>();
        Map<String, Integer> periodIdx = new HashMap<>();
        for (ScbDimension.Category c : cube.periods()) {
            periodIdx.put(c.code(), periodCodes.size());
            periodCodes.add(c.code());
        }
        this.regions = List.copyOf(regionCodes);
        this.regionIndex = Map.copyOf(regionIdx);
        this.regionNames = Map.copyOf(names);
        this.periods = List.copyOf(periodCodes);
        this.periodIndex = Map.copyOf(periodIdx);
        this.ages = List.copyOf(cube.ages());
        this.sexes = cube.sexes();
        this.sizes = cube.sizes();
        this.values = cube.values();
    }

    /**
     * Obtains a table from a file of at most {@link #DEFAULT_MAX_BYTES} bytes, its format told by its content.
     *
     * @param file the file
     * @return the table
     * @throws IOException if the file cannot be read
     * @throws FinsamValidationException with every fault of the file, codes of {@link StatisticsCodes}
     */
    public static PopulationTable read(Path file) throws IOException {
        return read(file, DEFAULT_MAX_BYTES);
    }

    /**
     * Obtains a table from a file of at most {@code maxBytes} bytes; no more than that is read.
     *
     * <pre>{@code
     * PopulationTable.read(Path.of("folkmangd.csv"), 1024);   // throws statistics.file-too-large if larger
     * }</pre>
     *
     * @param file the file
     * @param maxBytes the most bytes accepted, at least 1
     * @return the table
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if {@code maxBytes} is less than 1
     * @throws FinsamValidationException with every fault of the file, codes of {@link StatisticsCodes}
     */
    public static PopulationTable read(Path file, int maxBytes) throws IOException {
        Objects.requireNonNull(file, "file");
        checkLimit(maxBytes);
        Path name = file.getFileName();
        String fileName = name == null ? file.toString() : name.toString();
        byte[] content;
        try (InputStream in = Files.newInputStream(file)) {
            content = in.readNBytes((int) Math.min((long) maxBytes + 1, Integer.MAX_VALUE - 8));
        }
        return read(fileName, content, maxBytes);
    }

    /**
     * Obtains a table from the bytes of a file of at most {@link #DEFAULT_MAX_BYTES} bytes.
     *
     * <pre>{@code
     * PopulationTable.read("folkmangd.csv", bytes).format();   // CSV
     * }</pre>
     *
     * @param fileName the file's name, without folders, for the source
     * @param content the file's bytes
     * @return the table
     * @throws FinsamValidationException with every fault of the file, codes of {@link StatisticsCodes}
     */
    public static PopulationTable read(String fileName, byte[] content) {
        return read(fileName, content, DEFAULT_MAX_BYTES);
    }

    /**
     * Obtains a table from the bytes of a file of at most {@code maxBytes} bytes.
     *
     * @param fileName the file's name, without folders, for the source
     * @param content the file's bytes
     * @param maxBytes the most bytes accepted, at least 1
     * @return the table
     * @throws IllegalArgumentException if {@code maxBytes} is less than 1
     * @throws FinsamValidationException with every fault of the file, codes of {@link StatisticsCodes}
     */
    public static PopulationTable read(String fileName, byte[] content, int maxBytes) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
        checkLimit(maxBytes);
        ScbFaults faults = new ScbFaults();
        if (content.length > maxBytes) {
            faults.add("", StatisticsCodes.FILE_TOO_LARGE, "The file is larger than the limit of " + maxBytes + " bytes");
            faults.throwIfAny(fileName);
        }
        byte[] text = withoutByteOrderMark(content);
        int first = 0;
        while (first < text.length && (text[first] == ' ' || text[first] == '\t' || text[first] == '\n' || text[first] == '\r')) {
            first++;
        }
        if (first == text.length) {
            faults.add("", StatisticsCodes.FILE_UNREADABLE, "The file is empty");
        } else if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            faults.add("", StatisticsCodes.FILE_UNREADABLE, "The file is a ZIP archive, such as an Excel workbook (xlsx):"
                    + " save the table from SCB as CSV, PxWeb JSON or JSON-stat instead");
        } else if (text[first] == '<') {
            faults.add("", StatisticsCodes.FILE_UNREADABLE, "The file is a web page or XML, not a table: save the table"
                    + " from SCB as CSV, PxWeb JSON or JSON-stat (\"Spara som\"), not the page that shows it");
        } else if (content.length >= 2 && ((content[0] & 0xFF) == 0xFE || (content[0] & 0xFF) == 0xFF || content[0] == 0 || content[1] == 0)) {
            faults.add("", StatisticsCodes.FILE_UNREADABLE, "The file is UTF-16 or UTF-32; save it as UTF-8 (or as the database saves it)");
        }
        faults.throwIfAny(fileName);
        ScbRead read = text[first] == '{' || text[first] == '[' ? ScbJson.readTable(text, maxBytes, faults, fileName)
                : ScbCsv.read(text, faults, fileName);
        faults.throwIfAny(fileName);
        return new PopulationTable(read.format(), source(fileName, content, read), read.cube());
    }

    private static void checkLimit(int maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("The limit of bytes must be at least 1, was " + maxBytes);
        }
    }

    private static byte[] withoutByteOrderMark(byte[] content) {
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
            return Arrays.copyOfRange(content, 3, content.length);
        }
        return content;
    }

    private static Source source(String fileName, byte[] content, ScbRead read) {
        String stem = fileName.lastIndexOf('.') > 0 ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        String dataset = read.dataset().flatMap(PopulationTable::stated).orElse(stem);
        return Source.ofFile(PUBLISHER, dataset, read.title().flatMap(PopulationTable::stated),
                read.updated().flatMap(PopulationTable::stated), fileName, StatisticsFiles.sha256(content));
    }

    /** A text of the file as a source states it: one line, at most 200 characters; empty if nothing is left. */
    private static Optional<String> stated(String text) {
        String line = text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
        if (line.codePointCount(0, line.length()) > TextRules.MAX_NAME_LENGTH) {
            line = line.substring(0, line.offsetByCodePoints(0, TextRules.MAX_NAME_LENGTH - 1)) + "…";
        }
        return TextRules.problemOfName(line).isEmpty() ? Optional.of(line) : Optional.empty();
    }

    /**
     * Returns the format the table was read from.
     *
     * @return the format
     */
    public TableFormat format() {
        return format;
    }

    /**
     * Returns where the table came from: publisher {@code SCB}; the table id the file states
     * ({@code extension.px.tableid} of JSON-stat, an id at the start of its label, the code of the head-count
     * contents such as {@code BE0101N1}, or an id in a CSV title line), else the file's name without its
     * extension; the title and update time as stated; the file's name and the SHA-256 of its bytes.
     *
     * @return the source
     */
    public Source source() {
        return source;
    }

    /**
     * Returns the region codes in the table's order, e.g. {@code 0484}; a CSV saved with texts alone has
     * the texts ({@code Eskilstuna}) instead.
     *
     * @return the codes
     */
    public List<String> regions() {
        return regions;
    }

    /**
     * Returns the name of a region as the table states it: {@code Eskilstuna} for {@code 0484 Eskilstuna}.
     *
     * @param code the region's code
     * @return the name, or empty if the table has no such region or states no name for it
     */
    public Optional<String> regionName(String code) {
        Objects.requireNonNull(code, "code");
        return Optional.ofNullable(regionNames.get(code));
    }

    /**
     * Returns the periods in the table's order as it writes them, e.g. {@code 2023} or {@code 2023M10}.
     *
     * @return the periods
     */
    public List<String> periods() {
        return periods;
    }

    /**
     * Returns the date a period's head counts refer to: its last day, as SCB counts the population at the
     * end of the year, quarter or month.
     *
     * <pre>{@code
     * PopulationTable.referenceDate("2023");      // 2023-12-31
     * PopulationTable.referenceDate("2023M10");   // 2023-10-31
     * PopulationTable.referenceDate("2023K2");    // 2023-06-30
     * PopulationTable.referenceDate("hösten");    // throws: statistics.period-missing
     * }</pre>
     *
     * @param period a year {@code YYYY}, a month {@code YYYYMmm} or a quarter {@code YYYYKq} ({@code YYYYQq})
     * @return the last day of the period
     * @throws FinsamValidationException with code {@link StatisticsCodes#PERIOD_MISSING} at {@code /period} if
     *     the text is no such period
     */
    public static LocalDate referenceDate(String period) {
        Objects.requireNonNull(period, "period");
        Matcher m = ScbWords.PERIOD.matcher(period);
        if (!m.matches()) {
            throw FinsamValidationException.of("period", Violation.of("/period", StatisticsCodes.PERIOD_MISSING, "Period '"
                    + ScbFaults.quote(period) + "' is none of a year (2023), a month (2023M10) or a quarter (2023K4)"));
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return YearMonth.of(year, Integer.parseInt(m.group(2))).atEndOfMonth();
        }
        if (m.group(3) != null) {
            return YearMonth.of(year, Integer.parseInt(m.group(3)) * 3).atEndOfMonth();
        }
        return LocalDate.of(year, 12, 31);
    }

    /**
     * Returns the head count of one region over an age band in one period.
     *
     * @param region the region's code as the table writes it, e.g. {@code 0484}
     * @param band the ages, e.g. {@code 16-64}; {@code 65-150} to include the open top {@code 100+}
     * @param period the period as the table writes it, e.g. {@code 2023}
     * @return the head count
     * @throws FinsamValidationException with every fault at once: {@link StatisticsCodes#REGION_MISSING} at
     *     {@code /regions/0}, {@link StatisticsCodes#PERIOD_MISSING} at {@code /period},
     *     {@link StatisticsCodes#AGES_NOT_COVERED} at {@code /ages}
     */
    public long count(String region, AgeBand band, String period) {
        Objects.requireNonNull(region, "region");
        return counts(List.of(region), band, period).getOrDefault(region, 0L);
    }

    /**
     * Returns the head counts of many regions over an age band in one period, every missing region, the
     * period and the ages reported at once.
     *
     * @param regions the regions' codes as the table writes them
     * @param band the ages
     * @param period the period as the table writes it
     * @return each region's head count, in the given order
     * @throws FinsamValidationException with every fault at once: {@link StatisticsCodes#REGION_MISSING} at
     *     {@code /regions/INDEX} (from 0, in the given list), {@link StatisticsCodes#PERIOD_MISSING} at
     *     {@code /period}, {@link StatisticsCodes#AGES_NOT_COVERED} at {@code /ages}
     */
    public Map<String, Long> counts(List<String> regions, AgeBand band, String period) {
        Objects.requireNonNull(regions, "regions");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(period, "period");
        regions.forEach(r -> Objects.requireNonNull(r, "region"));
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            if (!regionIndex.containsKey(regions.get(i))) {
                violations.add(Violation.of("/regions/" + i, StatisticsCodes.REGION_MISSING, missingRegion(regions.get(i))));
            }
        }
        Integer t = periodIndex.get(period);
        if (t == null) {
            violations.add(Violation.of("/period", StatisticsCodes.PERIOD_MISSING, "The table has no period '"
                    + ScbFaults.quote(period) + "'; it has " + listed(periods)));
        }
        ScbAge.Composition ages = ScbAge.compose(this.ages, band);
        if (!ages.problem().isEmpty()) {
            violations.add(Violation.of("/ages", StatisticsCodes.AGES_NOT_COVERED, ages.problem()));
        }
        if (!violations.isEmpty() || t == null) {
            throw new FinsamValidationException("population count", violations);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String region : regions) {
            counts.put(region, sum(regionIndex.getOrDefault(region, 0), t, ages.indices()));
        }
        return java.util.Collections.unmodifiableMap(counts);
    }

    private long sum(int region, int period, List<Integer> ageIndices) {
        long total = 0;
        for (int a : ageIndices) {
            for (int s : sexes) {
                total = Math.addExact(total, values[((region * sizes[1] + period) * sizes[2] + a) * sizes[3] + s]);
            }
        }
        return total;
    }

    private String missingRegion(String region) {
        boolean codes = regions.stream().anyMatch(r -> r.matches("[0-9]{2,4}[A-Z]?"));
        return "The table has no region '" + ScbFaults.quote(region) + "'" + (codes ? "; it has " + listed(regions)
                : "; it names its regions without codes (" + listed(regions) + "): save it with codes and texts");
    }

    private static String listed(List<String> items) {
        List<String> shown = items.subList(0, Math.min(10, items.size())).stream().map(ScbFaults::quote).toList();
        return String.join(", ", shown) + (items.size() > 10 ? " and " + (items.size() - 10) + " more" : "");
    }

    /**
     * Returns the format, the source and the size of the table, for logs.
     *
     * @return e.g. {@code PopulationTable[CSV, SCB BE0101N1, 4 regions, 2 periods, 7 ages]}
     */
    @Override
    public String toString() {
        return "PopulationTable[" + format + ", " + source.publisher() + " " + source.dataset() + ", " + regions.size()
                + " regions, " + periods.size() + " periods, " + ages.size() + " ages]";
    }
}
