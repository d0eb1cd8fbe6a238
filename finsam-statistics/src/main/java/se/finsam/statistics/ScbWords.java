package se.finsam.statistics;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of SCB's tables that finsam recognizes, in Swedish and English as the database writes them:
 * the names of the dimensions, the categories of sex, the contents that are head counts, and the forms
 * of a time period. One home for every word list, so that every format reads the same words.
 */
final class ScbWords {

    /** What a dimension of a population table is. */
    enum Role {
        REGION("region (region/Region)"),
        AGE("age (ålder/Alder/age)"),
        SEX("sex (kön/Kon/sex)"),
        TIME("time (år/Tid/year/month)"),
        CONTENTS("contents (tabellinnehåll/ContentsCode)");

        private final String description;

        Role(String description) {
            this.description = description;
        }

        String description() {
            return description;
        }
    }

    /** What a category of the sex dimension is. */
    enum Sex { TOTAL, MEN, WOMEN, UNKNOWN }

    private static final Set<String> REGION = Set.of("region", "kommun", "municipality");
    private static final Set<String> AGE = Set.of("alder", "ålder", "age");
    private static final Set<String> SEX = Set.of("kon", "kön", "sex", "gender");
    private static final Set<String> TIME = Set.of("tid", "år", "year", "månad", "month", "time", "kvartal", "quarter");
    private static final Set<String> CONTENTS = Set.of("contentscode", "tabellinnehåll", "contents", "observations");

    private static final Set<String> SEX_TOTAL = Set.of("1+2", "tot", "t", "total", "totalt", "totalt kön", "båda könen",
            "both sexes", "samtliga", "män och kvinnor", "men and women", "total sex", "all");
    private static final Set<String> SEX_MEN = Set.of("1", "m", "män", "men", "man", "male", "males");
    private static final Set<String> SEX_WOMEN = Set.of("2", "k", "f", "kvinnor", "women", "woman", "kvinna", "female", "females");

    /** Words of contents that are not head counts: deaths, births, means, changes, shares. */
    private static final List<String> NOT_HEAD_COUNT = List.of("medel", "mean", "average", "genomsnitt", "döda", "death",
            "födda", "birth", "flytt", "migra", "invandr", "utvandr", "ökning", "increase", "förändring", "change",
            "andel", "share", "procent", "percent", "täthet", "density");

    /** A period as SCB writes it: a year {@code 2023}, a month {@code 2023M10}, a quarter {@code 2023K4}. */
    static final Pattern PERIOD = Pattern.compile("([0-9]{4})(?:M(0[1-9]|1[0-2])|[KQ]([1-4]))?");
    /** A CSV column of one period's counts: {@code Folkmängd 2023}. */
    private static final Pattern CONTENTS_AND_PERIOD = Pattern.compile("(.*\\S)\\s+([0-9]{4}(?:M[0-9]{2}|[KQ][1-4])?)");
    /** A region written with its code: {@code 0484 Eskilstuna}. */
    private static final Pattern CODE_AND_NAME = Pattern.compile("([0-9]{2,4}[A-Z]?)\\s+(\\S.*)");

    private ScbWords() {
    }

    /** Lower case, trimmed, inner white space as one space. */
    static String normalize(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The role of a dimension named {@code name} (its code or its label), if finsam knows the word. */
    static Optional<Role> roleOf(String name) {
        String n = normalize(name);
        if (REGION.contains(n)) {
            return Optional.of(Role.REGION);
        }
        if (AGE.contains(n)) {
            return Optional.of(Role.AGE);
        }
        if (SEX.contains(n)) {
            return Optional.of(Role.SEX);
        }
        if (TIME.contains(n)) {
            return Optional.of(Role.TIME);
        }
        return CONTENTS.contains(n) ? Optional.of(Role.CONTENTS) : Optional.empty();
    }

    /** Whether contents named so are head counts: folkmängd, population, SCB's BE0101N1, and nothing else. */
    static boolean isHeadCount(String name) {
        String n = normalize(name);
        return (n.contains("folkmängd") || n.contains("population") || n.equals("be0101n1")) && !isNotHeadCount(n);
    }

    /** Whether a text names something else than head counts: deaths, births, a mean, a change, a share. */
    static boolean isNotHeadCount(String name) {
        String n = normalize(name);
        for (String word : NOT_HEAD_COUNT) {
            if (n.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The sex a category stands for, by its code or its label. */
    /** The totals a variable finsam does not use may be saved as: "totalt", "samtliga", "total". */
    private static final Set<String> TOTAL = Set.of("tot", "total", "totalt", "samtliga", "alla", "all", "summa", "sum");

    /** Whether a category is the total of its variable, by its code or its label. */
    static boolean isTotal(String code, String label) {
        return TOTAL.contains(normalize(code)) || TOTAL.contains(normalize(label));
    }

    static Sex sexOf(String code, String label) {
        for (String text : List.of(code, label)) {
            String n = normalize(text);
            if (SEX_TOTAL.contains(n)) {
                return Sex.TOTAL;
            }
            if (SEX_MEN.contains(n)) {
                return Sex.MEN;
            }
            if (SEX_WOMEN.contains(n)) {
                return Sex.WOMEN;
            }
        }
        return Sex.UNKNOWN;
    }

    /** A CSV header of one period's counts split into contents and period, if it is one: {@code Folkmängd 2023}. */
    static Optional<String[]> contentsAndPeriod(String header) {
        Matcher m = CONTENTS_AND_PERIOD.matcher(header.strip());
        return m.matches() ? Optional.of(new String[] {m.group(1), m.group(2)}) : Optional.empty();
    }

    /** Whether a text is a period as SCB writes it. */
    static boolean isPeriod(String text) {
        return PERIOD.matcher(text).matches();
    }

    /** A region label split into its code and name, if it starts with a code: {@code 0484 Eskilstuna}. */
    static Optional<String[]> codeAndName(String label) {
        Matcher m = CODE_AND_NAME.matcher(label.strip());
        return m.matches() ? Optional.of(new String[] {m.group(1), m.group(2).strip()}) : Optional.empty();
    }

    /** A table id at the start of a title: {@code TAB1267: Folkmängden …} or {@code BE0101N1 Folkmängd …}. */
    static Optional<String> leadingTableId(String title) {
        Matcher m = Pattern.compile("((?:TAB[0-9]+)|(?:[A-Z]{2}[0-9]{4}[A-Z0-9]*))(?:[:.]\\s*|\\s+).*").matcher(title.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
