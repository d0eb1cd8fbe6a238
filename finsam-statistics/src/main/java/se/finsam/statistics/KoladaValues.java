package se.finsam.statistics;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.finsam.provenance.Source;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.TextRules;
import se.finsam.validation.Violation;

/**
 * The values of Kolada key figures read from data responses of Kolada's API (v2 or v3) saved as files, each
 * value with the file it came from: per key figure (KPI), municipality, year and gender, exactly as written.
 * A value the file writes {@code null} is missing: kept as such, and asking for it is an error, never zero.
 *
 * <pre>{@code
 * KoladaValues kolada = KoladaValues.read(Path.of("ohalsotal-page1.json"), Path.of("ohalsotal-page2.json"));
 * BigDecimal days = kolada.value("N00957", "0484", 2023, KoladaGender.TOTAL);   // 24.6
 * Source source = kolada.source("N00957");   // Kolada, N00957, ohalsotal-page1.json, its SHA-256
 * kolada.value("N00957", "0482", 2023, KoladaGender.MEN);
 *         // throws: /values/3/values/2/value statistics.value-missing (the file has null)
 * }</pre>
 *
 * <h2>What is read</h2>
 * A file is one page of a response of {@code api.kolada.se/v2/data/...} or {@code /v3/data/...}: a JSON object
 * whose array {@code values} lists entries {@code {"kpi", "municipality", "period", "values": [{"gender",
 * "value", "status", "count"}]}}. The fields {@code count}, {@code next_page}, {@code previous_page} (v2),
 * {@code next_url} and {@code previous_url} (v3) of the response and {@code count} of a value are ignored; a
 * value or entry marked {@code isdeleted} (v3) or {@code is_deleted} (v2) true or 1 is not a value (asking for
 * it is {@link StatisticsCodes#VALUE_MISSING}); every other field is refused, so that a file of another kind is
 * not read as if it were this one. The period is a year, written {@code 2023} or {@code "2023"}; the gender
 * {@code T}, {@code K} or {@code M}; the value a JSON number in any notation ({@code 12.3}, {@code 1.23e1}),
 * read exactly, or {@code null}; the status a text, an empty one counting as none. {@link KoladaValue} has the
 * rules of each part. Several pages of one response are read together with {@link #read(Path...)} or
 * {@link #merge(List)}.
 *
 * <h2>Sources</h2>
 * Kolada's data responses name no title and no update time. The {@link Source} of a key figure is publisher
 * {@code Kolada}, dataset the key figure's id, the title given with {@link #withTitle(String, String)} if any,
 * no update time, and the file with its SHA-256: {@link #sources(String)} gives one source per file holding
 * the key figure's values, {@link #source(String)} the first.
 *
 * <h2>Faults</h2>
 * A file that cannot be used is refused with a {@link FinsamValidationException} holding every fault found in
 * every file (up to 1000 a file), each at a JSON pointer in its file and with a message that starts with the
 * file's name: {@link StatisticsCodes#FILE_UNREADABLE} (not JSON, with line and column; not a Kolada data
 * response, such as an SCB table or a Kolada metadata response), {@link StatisticsCodes#FILE_TOO_LARGE} (more
 * bytes than the limit, or more than {@value #MAX_VALUES} values), {@link StatisticsCodes#FIELD_INVALID} (a
 * field that breaks its rule, an unknown field) and {@link StatisticsCodes#DUPLICATE} (a key figure,
 * municipality, year and gender twice, in one file or across pages; a file given twice).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KoladaValues {

    /** The largest file read by default, in bytes: 16 MiB. */
    public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
    /** The most values (one per key figure, municipality, year and gender) read from the files together. */
    public static final int MAX_VALUES = 1_000_000;

    private static final String PUBLISHER = "Kolada";
    private static final String WHAT = "Kolada values";

    /**
     * A file read: its name, the SHA-256 of its bytes, and its link to a next page ({@code next_page} or
     * {@code next_url}), empty for the last page of an answer.
     */
    record Page(String file, String sha256, Optional<String> next) {
    }

    /** A value read, with the page it is on and its JSON pointer there; a deleted one has no value. */
    record Entry(KoladaValue value, int page, String pointer, boolean deleted) {

        Key key() {
            return new Key(value.kpi(), value.municipality(), value.year(), value.gender());
        }

        Entry onPage(int newPage) {
            return new Entry(value, newPage, pointer, deleted);
        }
    }

    /** What identifies a value. */
    private record Key(String kpi, String municipality, int year, KoladaGender gender) {
    }

    private final List<Page> pages;
    private final List<Entry> entries;
    private final Map<String, String> titles;
    private final List<KoladaValue> values;
    private final Map<Key, Entry> index;
    /** Key figure → municipality → years, in the order first read. */
    private final Map<String, Map<String, Set<Integer>>> present;

    private KoladaValues(List<Page> pages, List<Entry> entries, Map<String, String> titles) {
        this.pages = List.copyOf(pages);
        this.entries = List.copyOf(entries);
        this.titles = Map.copyOf(titles);
        List<KoladaValue> live = new ArrayList<>();
        Map<Key, Entry> byKey = new HashMap<>();
        Map<String, Map<String, Set<Integer>>> found = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (!e.deleted()) {
                live.add(e.value());
            }
            byKey.merge(e.key(), e, (first, second) -> first.deleted() ? second : first);
            found.computeIfAbsent(e.value().kpi(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(e.value().municipality(), m -> new LinkedHashSet<>()).add(e.value().year());
        }
        this.values = List.copyOf(live);
        this.index = byKey;
        this.present = found;
    }

    // --- reading -------------------------------------------------------------------------------

    /**
     * Reads one or more saved pages of Kolada data responses, at most {@value #DEFAULT_MAX_BYTES} bytes each.
     *
     * <pre>{@code KoladaValues.read(Path.of("kolada-v3-page1.json"), Path.of("kolada-v3-page2.json"))}</pre>
     *
     * @param pages the files, in order; at least one
     * @return the values of every page
     * @throws IOException if a file cannot be read
     * @throws IllegalArgumentException if no file is given
     * @throws FinsamValidationException with every fault of every file (see the class description)
     */
    public static KoladaValues read(Path... pages) throws IOException {
        return read(List.of(pages), DEFAULT_MAX_BYTES);
    }

    /**
     * Reads one or more saved pages of Kolada data responses, each at most {@code maxBytes} bytes.
     *
     * <pre>{@code KoladaValues.read(List.of(Path.of("kolada.json")), 1024 * 1024)}</pre>
     *
     * @param pages the files, in order; at least one
     * @param maxBytes the largest file read, in bytes; positive
     * @return the values of every page
     * @throws IOException if a file cannot be read
     * @throws IllegalArgumentException if no file is given or {@code maxBytes} is not positive
     * @throws FinsamValidationException with every fault of every file (see the class description)
     */
    public static KoladaValues read(List<Path> pages, int maxBytes) throws IOException {
        Objects.requireNonNull(pages, "pages");
        pages.forEach(p -> Objects.requireNonNull(p, "page"));
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("Give at least one Kolada file");
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        List<KoladaReader.Result> results = new ArrayList<>();
        int budget = MAX_VALUES;
        for (Path page : pages) {
            String name = StatisticsFiles.name(page);
            byte @Nullable [] content = StatisticsFiles.readAtMost(page, maxBytes);
            KoladaReader.Result result = content == null ? KoladaReader.tooLarge(name, maxBytes)
                    : KoladaReader.read(name, content, maxBytes, Math.max(budget, 0));
            budget -= result.entries().size();
            results.add(result);
        }
        return assemble(results);
    }

    /**
     * Reads one saved page of a Kolada data response, at most {@value #DEFAULT_MAX_BYTES} bytes.
     *
     * <pre>{@code KoladaValues.read("kolada-v2.json", Files.readAllBytes(path))}</pre>
     *
     * @param fileName the file's name, for messages and the source: a name without folders
     * @param content the file's bytes (JSON in UTF-8, or UTF-16 or UTF-32 as JSON allows)
     * @return the values
     * @throws IllegalArgumentException if the file name is blank, too long or holds control characters
     * @throws FinsamValidationException with every fault of the file (see the class description)
     */
    public static KoladaValues read(String fileName, byte[] content) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
        TextRules.problemOfName(fileName).ifPresent(p -> {
            throw new IllegalArgumentException("File name '" + StatisticsFiles.quote(fileName) + "' " + p);
        });
        return assemble(List.of(KoladaReader.read(fileName, content, DEFAULT_MAX_BYTES, MAX_VALUES)));
    }

    /**
     * Obtains the values of pages read one by one, as one response: a key figure, municipality, year and gender
     * on two pages is a {@link StatisticsCodes#DUPLICATE}, and so is a file given twice.
     *
     * <pre>{@code KoladaValues.merge(List.of(page1, page2))}</pre>
     *
     * @param pages the pages, in order; at least one
     * @return the values of every page, in order
     * @throws IllegalArgumentException if no page is given
     * @throws FinsamValidationException with {@link StatisticsCodes#DUPLICATE} for every value given twice and
     *     {@link StatisticsCodes#FILE_TOO_LARGE} for more than {@value #MAX_VALUES} values
     */
    public static KoladaValues merge(List<KoladaValues> pages) {
        Objects.requireNonNull(pages, "pages");
        pages.forEach(p -> Objects.requireNonNull(p, "page"));
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("Give at least one page of Kolada values");
        }
        List<Page> allPages = new ArrayList<>();
        List<Entry> allEntries = new ArrayList<>();
        Map<String, String> allTitles = new HashMap<>();
        for (KoladaValues page : pages) {
            int offset = allPages.size();
            allPages.addAll(page.pages);
            page.entries.forEach(e -> allEntries.add(e.onPage(e.page() + offset)));
            page.titles.forEach(allTitles::putIfAbsent);
        }
        List<Violation> violations = new ArrayList<>();
        KoladaValues merged = checked(allPages, allEntries, allTitles, violations);
        throwIfAny(violations);
        return merged;
    }

    /** Puts pages read together, or throws every fault of every page. */
    private static KoladaValues assemble(List<KoladaReader.Result> results) {
        List<Violation> violations = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (KoladaReader.Result result : results) {
            int page = pages.size();
            pages.add(result.page());
            violations.addAll(result.violations());
            result.entries().forEach(e -> entries.add(e.onPage(page)));
        }
        KoladaValues values = checked(pages, entries, Map.of(), violations);
        throwIfAny(violations);
        return values;
    }

    /**
     * Returns these values as the whole answer: the pages read must include its last page, the one that links
     * to no next page ({@code next_page} in v2, {@code next_url} in v3). Pages read one at a time to be merged
     * need not be; what is shown or computed from an answer should be.
     *
     * <pre>{@code KoladaValues.read(page1, page2).whole()}</pre>
     *
     * @return these values
     * @throws FinsamValidationException with {@link StatisticsCodes#PAGE_MISSING} when every page read links
     *     to a next one, naming the link of the last page given
     */
    public KoladaValues whole() {
        List<Violation> violations = new ArrayList<>();
        lastPage(pages, violations);
        throwIfAny(violations);
        return this;
    }

    /** A whole answer whose every page links to a next one lacks its last page: its figures would be incomplete. */
    private static void lastPage(List<Page> pages, List<Violation> violations) {
        if (pages.stream().allMatch(p -> p.next().isPresent())) {
            Page last = pages.get(pages.size() - 1);
            violations.add(Violation.of("", StatisticsCodes.PAGE_MISSING, last.file() + ": the answer goes on at "
                    + StatisticsFiles.quote(last.next().orElseThrow()) + ", but no page given is its last (one without a next"
                    + " page): save every page of the answer and give them all, e.g. --kolada page1.json --kolada page2.json"));
        }
    }

    /** The values of pages, after the checks across them: a file twice, a value twice, too many values. */
    private static KoladaValues checked(List<Page> pages, List<Entry> entries, Map<String, String> titles,
            List<Violation> violations) {
        Set<Integer> repeated = repeatedPages(pages, violations);
        Map<Key, Entry> seen = new HashMap<>();
        List<Entry> kept = new ArrayList<>();
        for (Entry e : entries) {
            if (repeated.contains(e.page())) {
                continue;
            }
            Entry first = seen.get(e.key());
            if (first == null || (first.deleted() && !e.deleted())) {
                seen.put(e.key(), e);
                kept.add(e);
            } else if (!first.deleted() && !e.deleted()) {
                violations.add(Violation.of(e.pointer(), StatisticsCodes.DUPLICATE, pages.get(e.page()).file() + ": "
                        + describe(e.value()) + " is there a second time: it is already at " + first.pointer() + " in "
                        + pages.get(first.page()).file()));
            }
        }
        if (kept.size() > MAX_VALUES) {
            violations.add(Violation.of("", StatisticsCodes.FILE_TOO_LARGE, "The files hold " + kept.size()
                    + " values, more than the limit of " + MAX_VALUES));
        }
        return new KoladaValues(pages, kept, titles);
    }

    /** The pages whose bytes are those of an earlier page: reported, and their values left out. */
    private static Set<Integer> repeatedPages(List<Page> pages, List<Violation> violations) {
        Map<String, Integer> bySha = new HashMap<>();
        Set<Integer> repeated = new LinkedHashSet<>();
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            if (page.sha256().isEmpty()) {
                continue;
            }
            Integer first = bySha.putIfAbsent(page.sha256(), i);
            if (first != null) {
                repeated.add(i);
                violations.add(Violation.of("", StatisticsCodes.DUPLICATE, page.file() + ": has the same bytes as "
                        + pages.get(first).file() + " (SHA-256 " + page.sha256() + "): the same page given twice"));
            }
        }
        return repeated;
    }

    private static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new FinsamValidationException(WHAT, violations);
        }
    }

    // --- what was read -------------------------------------------------------------------------

    /**
     * Returns the values read, in file order (pages in the order given); values marked deleted are not values.
     *
     * @return the values, unmodifiable
     */
    public List<KoladaValue> values() {
        return values;
    }

    /**
     * Returns the key figures read, in the order first read.
     *
     * @return the key figures' ids, unmodifiable
     */
    public List<String> kpis() {
        return List.copyOf(present.keySet());
    }

    /**
     * Returns the source of a key figure's values: that of the first file holding them.
     *
     * <pre>{@code kolada.source("N00957")   // Source[publisher=Kolada, dataset=N00957, title=Optional.empty, updated=Optional.empty,
     *                                      //        file=Optional[kolada-v2.json], sha256=Optional[3f1c…]]}</pre>
     *
     * @param kpi the key figure's id
     * @return the source
     * @throws FinsamValidationException with {@link StatisticsCodes#KPI_MISSING} if no file has the key figure
     */
    public Source source(String kpi) {
        return sources(kpi).get(0);
    }

    /**
     * Returns the sources of a key figure's values: one for each file holding them, in the order read.
     *
     * @param kpi the key figure's id
     * @return the sources, at least one, unmodifiable
     * @throws FinsamValidationException with {@link StatisticsCodes#KPI_MISSING} if no file has the key figure
     */
    public List<Source> sources(String kpi) {
        requireKpi(kpi);
        Set<Integer> holding = new LinkedHashSet<>();
        entries.stream().filter(e -> e.value().kpi().equals(kpi)).forEach(e -> holding.add(e.page()));
        Optional<String> title = Optional.ofNullable(titles.get(kpi));
        return holding.stream().map(pages::get)
                .map(p -> Source.ofFile(PUBLISHER, kpi, title, Optional.empty(), p.file(), p.sha256())).toList();
    }

    /**
     * Returns these values with a title for a key figure's sources, since Kolada's data responses name none
     * (its metadata, {@code /v3/kpi/N00957}, does).
     *
     * <pre>{@code kolada.withTitle("N00957", "Ohälsotal, dagar").source("N00957").title()   // Optional[Ohälsotal, dagar]}</pre>
     *
     * @param kpi the key figure's id
     * @param title its title
     * @return the values with the title
     * @throws FinsamValidationException with {@link StatisticsCodes#KPI_MISSING} if no file has the key figure,
     *     or {@code source.text-invalid} if the title is not a name
     */
    public KoladaValues withTitle(String kpi, String title) {
        requireKpi(kpi);
        Objects.requireNonNull(title, "title");
        Source.check(PUBLISHER, kpi, Optional.of(title), Optional.empty(), Optional.empty(), Optional.empty())
                .throwIfInvalid("source of " + kpi);
        Map<String, String> newTitles = new HashMap<>(titles);
        newTitles.put(kpi, title);
        return new KoladaValues(pages, entries, newTitles);
    }

    private void requireKpi(String kpi) {
        Objects.requireNonNull(kpi, "kpi");
        if (!present.containsKey(kpi)) {
            throw FinsamValidationException.of(WHAT, Violation.of("", StatisticsCodes.KPI_MISSING, "Key figure '"
                    + StatisticsFiles.quote(kpi) + "' is in none of " + files()));
        }
    }

    // --- looking values up ---------------------------------------------------------------------

    /**
     * Returns a value read, with its status, or empty if the files do not have it (or mark it deleted). A value
     * the file writes {@code null} is found, with an empty value.
     *
     * @param kpi the key figure's id
     * @param municipality the municipality's code
     * @param year the year
     * @param gender the gender, or the total
     * @return the value, if read
     */
    public Optional<KoladaValue> find(String kpi, String municipality, int year, KoladaGender gender) {
        Entry e = index.get(key(kpi, municipality, year, gender));
        return e == null || e.deleted() ? Optional.empty() : Optional.of(e.value());
    }

    /**
     * Returns a value, never zero for a missing one.
     *
     * <pre>{@code kolada.value("N00957", "0484", 2023, KoladaGender.WOMEN)   // 29.8}</pre>
     *
     * @param kpi the key figure's id
     * @param municipality the municipality's code
     * @param year the year
     * @param gender the gender, or the total
     * @return the value, exactly as written
     * @throws FinsamValidationException with {@link StatisticsCodes#VALUE_MISSING} at the value in its file if the
     *     file writes it {@code null} or marks it deleted, or, with path {@code ""}, {@link StatisticsCodes#KPI_MISSING},
     *     {@link StatisticsCodes#REGION_MISSING}, {@link StatisticsCodes#PERIOD_MISSING} or
     *     {@link StatisticsCodes#GENDER_MISSING} for the first of them the files do not have
     */
    public BigDecimal value(String kpi, String municipality, int year, KoladaGender gender) {
        List<Violation> violations = new ArrayList<>();
        BigDecimal value = lookUp(key(kpi, municipality, year, gender), violations);
        throwIfAny(violations);
        return Objects.requireNonNull(value, "a value found");
    }

    /**
     * Returns the values of many municipalities at once, reporting every one missing.
     *
     * <pre>{@code kolada.values("N00957", List.of("0480", "0484"), 2023, KoladaGender.TOTAL)   // {0480=25.1, 0484=24.6}}</pre>
     *
     * @param kpi the key figure's id
     * @param municipalities the municipalities' codes
     * @param year the year
     * @param gender the gender, or the total
     * @return the values by municipality, in the given order, unmodifiable
     * @throws FinsamValidationException with every value missing, as for
     *     {@link #value(String, String, int, KoladaGender)}
     */
    public Map<String, BigDecimal> values(String kpi, List<String> municipalities, int year, KoladaGender gender) {
        Objects.requireNonNull(municipalities, "municipalities");
        List<Violation> violations = new ArrayList<>();
        Map<String, BigDecimal> found = new LinkedHashMap<>();
        for (String municipality : municipalities) {
            BigDecimal value = lookUp(key(kpi, municipality, year, gender), violations);
            if (value != null) {
                found.put(municipality, value);
            }
        }
        throwIfAny(violations);
        return java.util.Collections.unmodifiableMap(found);
    }

    private static Key key(String kpi, String municipality, int year, KoladaGender gender) {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(gender, "gender");
        return new Key(kpi, municipality, year, gender);
    }

    /** A value, or null with a violation saying why there is none. */
    private @Nullable BigDecimal lookUp(Key key, List<Violation> violations) {
        Entry e = index.get(key);
        if (e == null) {
            violations.add(absent(key));
            return null;
        }
        Optional<BigDecimal> value = e.value().value();
        if (e.deleted() || value.isEmpty()) {
            String file = pages.get(e.page()).file();
            violations.add(Violation.of(e.deleted() ? e.pointer() : e.pointer() + "/value", StatisticsCodes.VALUE_MISSING,
                    file + ": " + describe(e.value())
                    + (e.deleted() ? " is marked deleted" : " has no value (null" + e.value().status().map(
                            s -> ", status '" + StatisticsFiles.quote(s) + "'").orElse("") + ")")
                    + ": a missing value, not zero"));
            return null;
        }
        return value.get();
    }

    /** Why the files have no value: the key figure, the municipality, the year or the gender is not there. */
    private Violation absent(Key key) {
        Map<String, Set<Integer>> municipalities = present.get(key.kpi());
        String kpi = StatisticsFiles.quote(key.kpi());
        if (municipalities == null) {
            return Violation.of("", StatisticsCodes.KPI_MISSING, "Key figure '" + kpi + "' is in none of " + files());
        }
        Set<Integer> years = municipalities.get(key.municipality());
        if (years == null) {
            return Violation.of("", StatisticsCodes.REGION_MISSING, "Key figure " + kpi + " has no value for municipality '"
                    + StatisticsFiles.quote(key.municipality()) + "' in " + files() + "; it has " + municipalities.keySet());
        }
        if (!years.contains(key.year())) {
            return Violation.of("", StatisticsCodes.PERIOD_MISSING, "Key figure " + kpi + " has no value for "
                    + key.municipality() + " in " + key.year() + " in " + files() + "; it has " + years);
        }
        return Violation.of("", StatisticsCodes.GENDER_MISSING, "Key figure " + kpi + " has no value for "
                + key.municipality() + " in " + key.year() + " by gender " + key.gender().code() + " in " + files()
                + " (a key figure not divided by gender has only T)");
    }

    private String files() {
        StringBuilder names = new StringBuilder();
        for (Page page : pages) {
            names.append(names.length() == 0 ? "" : ", ").append(page.file());
        }
        return names.toString();
    }

    private static String describe(KoladaValue v) {
        return "key figure " + v.kpi() + ", municipality " + v.municipality() + ", " + v.year() + ", gender "
                + v.gender().code();
    }

    /**
     * Returns a summary for people: the files and the number of values.
     *
     * @return e.g. {@code KoladaValues[kolada-v2.json: 36 values of N00957, N31001]}
     */
    @Override
    public String toString() {
        return "KoladaValues[" + files() + ": " + values.size() + " values of " + String.join(", ", present.keySet()) + "]";
    }
}
