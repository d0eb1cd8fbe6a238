import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes large, valid finsam documents to standard output, to measure the time and memory of the command
 * line on documents near the limits (docs/performance.md, "Large documents"). Outside the build: run it
 * with the JDK's source launcher,
 *
 * <pre>
 * java finsam-benchmarks/LargeDocument.java plan-days 10000 &gt; /tmp/plan.json
 * /usr/bin/time -v ./finsam schedule --explain /tmp/plan.json &gt; /dev/null
 * </pre>
 *
 * Kinds:
 * <ul>
 *   <li>{@code plan-days N}: a plan with N projects, each from 1900-01-01 to 2200-12-31 by calendar days
 *       (301 budget years each);</li>
 *   <li>{@code plan-50 N}: a plan with N projects, each of 50 budget years by calendar days, starting in
 *       1900 to 2151 in turn (the output spans 1900–2200);</li>
 *   <li>{@code plan-members N}: a plan with 400 members (397 municipalities) and N projects of one year,
 *       each naming every member;</li>
 *   <li>{@code followup P T}: a participant document with P participants and T targets;</li>
 *   <li>{@code indicators M A P}: an indicator document with M municipalities, A aggregates of all of
 *       them, and P quarterly support periods;</li>
 *   <li>{@code national N}: a national document with N associations.</li>
 * </ul>
 */
public final class LargeDocument {

    private LargeDocument() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java LargeDocument.java plan-days N | plan-50 N | followup P T | indicators M A P | national N");
            System.exit(2);
        }
        try (Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            switch (args[0]) {
                case "plan-days" -> plan(out, Integer.parseInt(args[1]), false);
                case "plan-50" -> plan(out, Integer.parseInt(args[1]), true);
                case "plan-members" -> planMembers(out, Integer.parseInt(args[1]));
                case "followup" -> followUp(out, Integer.parseInt(args[1]), Integer.parseInt(args[2]));
                case "indicators" -> indicators(out, Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                        Integer.parseInt(args[3]));
                case "national" -> national(out, Integer.parseInt(args[1]));
                default -> throw new IllegalArgumentException("unknown kind " + args[0]);
            }
        }
    }

    private static void plan(Writer out, int projects, boolean fiftyYears) throws IOException {
        out.write("""
                {"association": {"id": "stor", "name": "Samordningsförbundet Stor",
                  "members": [{"id": "fk", "kind": "SOCIAL_INSURANCE_AGENCY", "name": "Försäkringskassan"},
                    {"id": "af", "kind": "PUBLIC_EMPLOYMENT_SERVICE", "name": "Arbetsförmedlingen"},
                    {"id": "region", "kind": "REGION", "name": "Regionen"},
                    {"id": "m1", "kind": "MUNICIPALITY", "name": "Kommun 1"},
                    {"id": "m2", "kind": "MUNICIPALITY", "name": "Kommun 2"}],
                  "municipalKey": {"basis": "PERCENTAGES", "values": {"m1": "60", "m2": "40"}}},
                 "year": 2007, "financing": {"total": "15000000"}, "roundingUnit": "1",
                 "projects": [
                """);
        for (int i = 0; i < projects; i++) {
            int start = fiftyYears ? 1900 + i % 252 : 1900;
            int end = fiftyYears ? start + 49 : 2200;
            out.write((i == 0 ? "  " : ", ") + "{\"id\": \"p" + i + "\", \"name\": \"Projekt " + i + "\", \"start\": \"" + start
                    + "-01-01\", \"end\": \"" + end + "-12-31\", \"totalCost\": \"" + (1_000_000 + 7919L * i)
                    + "\", \"basis\": \"DAYS\"}\n");
        }
        out.write("]}\n");
    }

    private static void planMembers(Writer out, int projects) throws IOException {
        int municipalities = 397;
        StringBuilder ids = new StringBuilder("\"fk\", \"af\", \"region\"");
        out.write("""
                {"association": {"id": "stor", "name": "Samordningsförbundet Stor",
                  "members": [{"id": "fk", "kind": "SOCIAL_INSURANCE_AGENCY", "name": "Försäkringskassan"},
                    {"id": "af", "kind": "PUBLIC_EMPLOYMENT_SERVICE", "name": "Arbetsförmedlingen"},
                    {"id": "region", "kind": "REGION", "name": "Regionen"}
                """);
        for (int m = 0; m < municipalities; m++) {
            out.write("    , {\"id\": \"m" + m + "\", \"kind\": \"MUNICIPALITY\", \"name\": \"Kommun " + m + "\"}\n");
            ids.append(", \"m").append(m).append('"');
        }
        out.write("""
                  ], "municipalKey": {"basis": "EQUAL"}},
                 "year": 2007, "financing": {"total": "15000000"}, "roundingUnit": "1",
                 "projects": [
                """);
        for (int i = 0; i < projects; i++) {
            out.write((i == 0 ? "  " : ", ") + "{\"id\": \"p" + i + "\", \"name\": \"Projekt " + i
                    + "\", \"start\": \"2007-01-01\", \"end\": \"2007-12-31\", \"totalCost\": \"100000\", \"members\": ["
                    + ids + "]}\n");
        }
        out.write("]}\n");
    }

    private static final String[] EXITS = {"COMPLETED", "DISCONTINUED"};
    private static final String[] GENDERS = {"WOMAN", "MAN"};
    private static final String[] BANDS = {"16-29", "30-49", "50-64"};
    private static final String[] OCCUPATIONS = {"WORK", "STUDIES", "JOB_SEEKING", "OTHER"};
    private static final String[] MEASURES = {"COMPLETION_RATE", "IN_WORK_OR_STUDIES_AFTER", "CLOSER_TO_WORK", "PARTICIPANTS"};

    private static void followUp(Writer out, int participants, int targets) throws IOException {
        out.write("""
                {"name": "Stort projekt", "start": "2010-01-01", "end": "2019-12-31",
                 "municipalities": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}, {"id": "c", "name": "C"}],
                 "participants": [
                """);
        for (int i = 0; i < participants; i++) {
            String start = "201" + (i % 5) + "-0" + (1 + i % 9) + "-1" + (i % 10);
            String municipality = String.valueOf((char) ('a' + i % 3));
            out.write((i == 0 ? "  " : ", ") + "{\"start\": \"" + start + "\", \"gender\": \"" + GENDERS[i % 2] + "\", \"ageBand\": \""
                    + BANDS[i % 3] + "\", \"municipality\": \"" + municipality
                    + "\", \"before\": {\"occupation\": \"" + OCCUPATIONS[i % 4] + "\", \"support\": \"UNEMPLOYMENT_BENEFIT\"}");
            if (i % 7 != 0) {
                String end = "201" + (5 + i % 5) + "-0" + (1 + i % 9) + "-2" + (i % 8);
                out.write(", \"end\": \"" + end + "\", \"exit\": \"" + EXITS[i % 2 == 0 || i % 3 == 0 ? 0 : 1]
                        + "\", \"after\": {\"occupation\": \"" + OCCUPATIONS[(i / 4) % 4] + "\", \"support\": \"WORK\"}");
            }
            out.write("}\n");
        }
        out.write("], \"targets\": [\n");
        for (int i = 0; i < targets; i++) {
            String measure = MEASURES[i % 4];
            out.write((i == 0 ? "  " : ", ") + "{\"measure\": \"" + measure + "\", \"atLeast\": \"" + (i % 100) + "\""
                    + (measure.equals("PARTICIPANTS") || i % 8 < 4 ? "" : ", \"withinMonths\": " + (1 + i % 600)) + "}\n");
        }
        out.write("]}\n");
    }

    private static void indicators(Writer out, int municipalities, int aggregates, int periods) throws IOException {
        out.write("{\"name\": \"Stort område\", \"ageBand\": \"16-64\", \"municipalities\": [\n");
        for (int i = 0; i < municipalities; i++) {
            out.write((i == 0 ? "  " : ", ") + "{\"id\": \"m" + i + "\", \"name\": \"Kommun " + i + "\"}\n");
        }
        out.write("], \"aggregates\": [\n");
        for (int a = 0; a < aggregates; a++) {
            out.write((a == 0 ? "  " : ", ") + "{\"id\": \"g" + a + "\", \"name\": \"Grupp " + a
                    + "\", \"kind\": \"ASSOCIATION\", \"municipalities\": [");
            for (int i = 0; i < municipalities; i++) {
                out.write((i == 0 ? "\"m" : ", \"m") + i + "\"");
            }
            out.write("]}\n");
        }
        out.write("], \"support\": [\n");
        for (int p = 0; p < periods; p++) {
            int year = 1990 + p / 4;
            int quarter = p % 4;
            String start = year + "-" + new String[] {"01-01", "04-01", "07-01", "10-01"}[quarter];
            String end = year + "-" + new String[] {"03-31", "06-30", "09-30", "12-31"}[quarter];
            out.write((p == 0 ? "  " : ", ") + "{\"start\": \"" + start + "\", \"end\": \"" + end + "\", \"figures\": {\n");
            for (int i = 0; i < municipalities; i++) {
                out.write((i == 0 ? "    " : "  , ") + "\"m" + i + "\": {\"population\": " + (1000 + i) + ", \"payments\": {"
                        + "\"SICKNESS_AND_REHABILITATION_BENEFIT\": \"" + (100000 + p) + "\", \"SICKNESS_AND_ACTIVITY_COMPENSATION\": \""
                        + (200000 + i) + "\", \"UNEMPLOYMENT_BENEFIT\": \"300000\", \"FINANCIAL_ASSISTANCE\": \"400000\"}}\n");
            }
            out.write("  }}\n");
        }
        out.write("]}\n");
    }

    private static void national(Writer out, int associations) throws IOException {
        out.write("{\"year\": 2016, \"appropriation\": \"" + (associations * 1_000_000L) + "\", \"associations\": [\n");
        for (int i = 0; i < associations; i++) {
            out.write((i == 0 ? "  " : ", ") + "{\"id\": \"f" + i + "\", \"name\": \"Förbund " + i + "\", \"population\": "
                    + (10_000 + i) + ", \"supportMeasure\": \"" + (1000 + i % 97) + "\", \"previousAllocation\": \"900000\"}\n");
        }
        out.write("]}\n");
    }
}
