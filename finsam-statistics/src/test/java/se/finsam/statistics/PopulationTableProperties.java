package se.finsam.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import se.finsam.population.AgeBand;
import se.finsam.test.Seeds;
import se.finsam.testing.Violations;

/**
 * Summing ages in any grouping gives the same head count: a table of single years and the same table with
 * its ages grouped at random give the same count over every band the groups make, in every format; a band
 * that cuts a group is refused, never estimated.
 */
class PopulationTableProperties {

    /** A table's age categories with each region's count in each. */
    private static final class Ages {
        private final List<String> labels;
        private final long[][] counts;

        Ages(List<String> labels, long[][] counts) {
            this.labels = labels;
            this.counts = counts;
        }

        List<String> labels() {
            return labels;
        }

        long[][] counts() {
            return counts;
        }
    }

    @Test
    void summingAgesInAnyGrouping_givesTheSameHeadCount() {
        Seeds.forAll("summing ages in any grouping gives the same head count", 300, random -> {
            int top = 3 + random.nextInt(25);
            int regions = 1 + random.nextInt(3);
            long[][] single = new long[regions][top + 1];
            for (long[] region : single) {
                for (int a = 0; a <= top; a++) {
                    region[a] = random.nextInt(1000);
                }
            }
            List<int[]> groups = groups(random, top);
            Ages singles = singles(single, top, random);
            Ages grouped = grouped(single, groups, top, random);
            PopulationTable one = table(singles, random);
            PopulationTable other = table(grouped, random);

            int g = random.nextInt(groups.size());
            int h = g + random.nextInt(groups.size() - g);
            AgeBand band = AgeBand.of(groups.get(g)[0], groups.get(h)[1]);
            for (int r = 0; r < regions; r++) {
                long expected = 0;
                for (int a = band.fromAge(); a <= Math.min(band.toAge(), top); a++) {
                    expected += single[r][a];
                }
                String code = code(r);
                assertThat(one.count(code, band, "2023")).as("single years over %s, region %s", band, code).isEqualTo(expected);
                assertThat(other.count(code, band, "2023")).as("groups %s over %s, region %s", grouped.labels(), band, code)
                        .isEqualTo(expected);
            }
            int[] wide = groups.stream().filter(x -> x[1] > x[0] && x[0] + 1 <= Math.min(x[1], top)).findFirst().orElse(null);
            if (wide != null) {
                AgeBand cut = AgeBand.of(wide[0] + 1, wide[1]);
                Violations.assertSingle(() -> other.count(code(0), cut, "2023"), StatisticsCodes.AGES_NOT_COVERED, "/ages",
                        "Age band " + cut);
            }
        });
    }

    /** Contiguous groups of [0, top - 1], then the open top; the last group may run into the top as "N+". */
    private static List<int[]> groups(SplittableRandom random, int top) {
        List<int[]> groups = new ArrayList<>();
        int start = 0;
        while (start < top) {
            int length = 1 + random.nextInt(Math.min(6, top - start));
            groups.add(new int[] {start, start + length - 1});
            start += length;
        }
        if (random.nextBoolean()) {
            groups.get(groups.size() - 1)[1] = AgeBand.MAX_AGE;
        } else {
            groups.add(new int[] {top, AgeBand.MAX_AGE});
        }
        return groups;
    }

    private static Ages singles(long[][] single, int top, SplittableRandom random) {
        List<String> labels = new ArrayList<>();
        String word = random.nextBoolean() ? "" : " år";
        for (int a = 0; a < top; a++) {
            labels.add(a + word);
        }
        labels.add(top + "+" + word);
        return new Ages(labels, single);
    }

    private static Ages grouped(long[][] single, List<int[]> groups, int top, SplittableRandom random) {
        String[] forms = {"%d-%d", "%d–%d år", "%d-%d years", "%d - %d"};
        String form = forms[random.nextInt(forms.length)];
        List<String> labels = new ArrayList<>();
        long[][] counts = new long[single.length][groups.size()];
        for (int k = 0; k < groups.size(); k++) {
            int[] g = groups.get(k);
            labels.add(g[1] == AgeBand.MAX_AGE ? g[0] + "+" : g[0] == g[1] ? Integer.toString(g[0]) : String.format(form, g[0], g[1]));
            for (int r = 0; r < single.length; r++) {
                for (int a = g[0]; a <= Math.min(g[1], top); a++) {
                    counts[r][k] += single[r][a];
                }
            }
        }
        return new Ages(labels, counts);
    }

    private static String code(int region) {
        return "048" + region;
    }

    /** The table in a format chosen at random: CSV (; or ,), PxWeb v1 JSON or JSON-stat 2.0. */
    private static PopulationTable table(Ages ages, SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        int format = random.nextInt(4);
        int regions = ages.counts().length;
        if (format < 2) {
            char sep = format == 0 ? ';' : ',';
            text.append("region").append(sep).append("ålder").append(sep).append("år").append(sep).append("Folkmängd\n");
            for (int r = 0; r < regions; r++) {
                for (int a = 0; a < ages.labels().size(); a++) {
                    text.append('"').append(code(r)).append(" Kommun").append('"').append(sep).append('"')
                            .append(ages.labels().get(a)).append('"').append(sep).append("2023").append(sep)
                            .append(ages.counts()[r][a]).append('\n');
                }
            }
            return ScbFixtures.text("property.csv", text.toString());
        }
        if (format == 2) {
            text.append("{\"columns\":[{\"code\":\"Region\",\"text\":\"region\",\"type\":\"d\"},{\"code\":\"Alder\",\"text\":\"ålder\","
                    + "\"type\":\"d\"},{\"code\":\"Tid\",\"text\":\"år\",\"type\":\"t\"},{\"code\":\"BE0101N1\",\"text\":\"Folkmängd\","
                    + "\"type\":\"c\"}],\"data\":[");
            for (int r = 0; r < regions; r++) {
                for (int a = 0; a < ages.labels().size(); a++) {
                    text.append(r + a > 0 ? "," : "").append("{\"key\":[\"").append(code(r)).append("\",\"").append(ages.labels().get(a))
                            .append("\",\"2023\"],\"values\":[\"").append(ages.counts()[r][a]).append("\"]}");
                }
            }
            return ScbFixtures.text("property.json", text.append("]}").toString());
        }
        text.append("{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"Region\",\"Alder\",\"Tid\"],\"size\":[").append(regions)
                .append(',').append(ages.labels().size()).append(",1],\"dimension\":{\"Region\":{\"category\":{\"index\":[");
        for (int r = 0; r < regions; r++) {
            text.append(r > 0 ? "," : "").append('"').append(code(r)).append('"');
        }
        text.append("]}},\"Alder\":{\"category\":{\"index\":{");
        for (int a = 0; a < ages.labels().size(); a++) {
            text.append(a > 0 ? "," : "").append('"').append(ages.labels().get(a)).append("\":").append(a);
        }
        text.append("}}},\"Tid\":{\"category\":{\"index\":[\"2023\"]}}},\"value\":[");
        for (int r = 0; r < regions; r++) {
            for (int a = 0; a < ages.labels().size(); a++) {
                text.append(r + a > 0 ? "," : "").append(ages.counts()[r][a]);
            }
        }
        return ScbFixtures.text("property.json", text.append("]}").toString());
    }
}
