package se.finsam.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.finsam.population.AgeBand;

/**
 * An age category of a table: one year ({@code 16}), a group ({@code 16-19}, {@code 16–19 år}), the open
 * top ({@code 100+}, ages 100 to {@link AgeBand#MAX_AGE}) or the total of all ages ({@code tot},
 * {@code totalt ålder}, {@code Total}).
 *
 * @param fromAge the lowest age
 * @param toAge the highest age; {@link AgeBand#MAX_AGE} for an open top
 * @param total whether this is the total of all ages
 * @param text the category as the table writes it, for messages
 */
record ScbAge(int fromAge, int toAge, boolean total, String text) {

    private static final Set<String> TOTALS = Set.of("tot", "total", "totalt", "totalt ålder", "ålder totalt", "total age",
            "age total", "samtliga åldrar", "alla åldrar", "all ages", "totalt, ålder", "total, age");
    /** {@code 16}, {@code 16-19}, {@code 100+}, after the words {@code år}/{@code years} and spaces are gone. */
    private static final Pattern FORM = Pattern.compile("([0-9]{1,3})(?:(\\+)|-([0-9]{1,3}))?");

    /** Reads an age category, or empty if the text is none of the forms. */
    static Optional<ScbAge> parse(String text) {
        String n = ScbWords.normalize(text);
        if (TOTALS.contains(n)) {
            return Optional.of(new ScbAge(0, AgeBand.MAX_AGE, true, text));
        }
        String bare = n.replaceAll("\\s*(år|years?)$", "").replace('\u2013', '-').replace('\u2014', '-')
                .replace('\u2212', '-').replaceAll("\\s", "");
        Matcher m = FORM.matcher(bare);
        if (!m.matches()) {
            return Optional.empty();
        }
        int from = Integer.parseInt(m.group(1));
        int to = m.group(2) != null ? AgeBand.MAX_AGE : m.group(3) != null ? Integer.parseInt(m.group(3)) : from;
        if (from > to || to > AgeBand.MAX_AGE) {
            return Optional.empty();
        }
        return Optional.of(new ScbAge(from, to, false, text));
    }

    /** Whether two categories hold the same ages. */
    boolean sameAges(ScbAge other) {
        return fromAge == other.fromAge && toAge == other.toAge && total == other.total;
    }

    /**
     * The categories whose counts make an age band exactly: the finest composition of the table's
     * categories that lie inside the band and join without gap or overlap (so single years are preferred
     * to groups that cover the same ages); the total of all ages only for the band 0–150 and only when
     * nothing else makes it.
     *
     * @param ages the table's categories
     * @param band the band
     * @return the indices of the categories to sum, or the reason why none make the band exactly
     */
    static Composition compose(List<ScbAge> ages, AgeBand band) {
        int from = band.fromAge();
        int to = band.toAge();
        int nodes = to - from + 2;
        int[] best = new int[nodes];
        int[] via = new int[nodes];
        java.util.Arrays.fill(best, -1);
        best[0] = 0;
        List<List<Integer>> starting = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            starting.add(new ArrayList<>());
        }
        for (int i = 0; i < ages.size(); i++) {
            ScbAge a = ages.get(i);
            if (!a.total && a.fromAge >= from && a.toAge <= to) {
                starting.get(a.fromAge - from).add(i);
            }
        }
        for (int node = 0; node < nodes - 1; node++) {
            if (best[node] < 0) {
                continue;
            }
            for (int i : starting.get(node)) {
                int next = ages.get(i).toAge - from + 1;
                if (best[node] + 1 > best[next]) {
                    best[next] = best[node] + 1;
                    via[next] = i;
                }
            }
        }
        if (best[nodes - 1] >= 0) {
            List<Integer> chosen = new ArrayList<>();
            for (int node = nodes - 1; node > 0; node = ages.get(via[node]).fromAge - from) {
                chosen.add(via[node]);
            }
            return new Composition(chosen, "");
        }
        if (from == 0 && to == AgeBand.MAX_AGE) {
            for (int i = 0; i < ages.size(); i++) {
                if (ages.get(i).total) {
                    return new Composition(List.of(i), "");
                }
            }
        }
        return new Composition(List.of(), reason(ages, band, best));
    }

    /** Why a band cannot be made: the first age that no path reaches, and what stands there. */
    private static String reason(List<ScbAge> ages, AgeBand band, int[] best) {
        int from = band.fromAge();
        int to = band.toAge();
        int stuck = from;
        for (int node = 0; node < best.length - 1; node++) {
            if (best[node] >= 0) {
                stuck = from + node;
            }
        }
        String start = "Age band " + band + " cannot be made exactly from the table's ages: ";
        for (ScbAge a : ages) {
            if (!a.total && a.fromAge <= stuck && a.toAge >= stuck && (a.fromAge < from || a.toAge > to)) {
                return start + "the group '" + ScbFaults.quote(a.text) + "' (" + a.fromAge + "-" + a.toAge
                        + ") reaches outside the band";
            }
        }
        for (ScbAge a : ages) {
            if (!a.total && a.fromAge < stuck && a.toAge >= stuck) {
                return start + "the group '" + ScbFaults.quote(a.text) + "' overlaps the other ages at age " + stuck;
            }
        }
        int next = to + 1;
        for (ScbAge a : ages) {
            if (!a.total && a.fromAge > stuck && a.fromAge < next) {
                next = a.fromAge;
            }
        }
        return start + (next - 1 == stuck ? "the table has no age " + stuck : "the table has no ages " + stuck + "-" + (next - 1));
    }

    /**
     * The categories that make a band, or why none do.
     *
     * @param indices the categories to sum; empty when the band cannot be made
     * @param problem why the band cannot be made; empty when it can
     */
    record Composition(List<Integer> indices, String problem) {
        Composition {
            indices = List.copyOf(indices);
        }
    }
}
