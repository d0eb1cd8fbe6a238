package se.finsam.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * Writes large, valid finsam documents, to measure the library and the command line at scale (docs/performance.md,
 * "Large documents" and "National scale"). Every document is written as it is made, so memory does not grow with
 * its size. It needs nothing but the JDK, so it runs without a build, with the JDK's source launcher (as
 * {@code large.sh} and {@code heap.sh} run it), as well as from the benchmarks' classes:
 *
 * <pre>
 * java finsam-benchmarks/src/main/java/se/finsam/benchmarks/LargeDocument.java participants 1000000 &gt; /tmp/p.json
 * /usr/bin/time -v ./finsam followup /tmp/p.json &gt; /dev/null
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
 *   <li>{@code followup P T}: a participant document with P participants and T targets, in a fixed pattern
 *       (the documents of the earlier figures of docs/performance.md, unchanged);</li>
 *   <li>{@code participants N [SEED]}: one project's participant document of N participants drawn at random,
 *       the same for the same seed (see {@link #participants(OutputStream, int, long)});</li>
 *   <li>{@code indicators M A P}: an indicator document with M municipalities, A aggregates of all of
 *       them, and P quarterly support periods;</li>
 *   <li>{@code national N}: a national document with N associations;</li>
 *   <li>{@code national-followup N [SEED]}: a national follow-up document of N participants in all (see
 *       {@link #nationalFollowUp(OutputStream, int, long)}).</li>
 * </ul>
 */
public final class LargeDocument {

    /** The seed of {@code participants N} when none is given. */
    public static final long DEFAULT_SEED = 1L;

    private LargeDocument() {
    }

    /**
     * Writes the document of the kind and sizes given to standard output, as UTF-8.
     *
     * @param args the kind and its sizes (see the class)
     * @throws IOException if standard output cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java LargeDocument.java plan-days N | plan-50 N | plan-members N | followup P T"
                    + " | participants N [SEED] | indicators M A P | national N | national-followup N [SEED]");
            System.exit(2);
        }
        if (args[0].equals("participants")) {
            participants(System.out, Integer.parseInt(args[1]), args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED);
            return;
        }
        if (args[0].equals("national-followup")) {
            nationalFollowUp(System.out, Integer.parseInt(args[1]), args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED);
            return;
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

    /**
     * Writes one project's participant document of {@code participants} participants to a file, as
     * {@link #participants(OutputStream, int, long)} writes it to a stream.
     *
     * @param file the file, created or replaced
     * @param participants how many registered participants, at least 0
     * @param seed the seed: the same seed and size give the same bytes
     * @throws IOException if the file cannot be written
     */
    public static void participants(Path file, int participants, long seed) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            participants(out, participants, seed);
        }
    }

    /**
     * Writes one project's participant document (docs/indicators.md) of {@code participants} participants to a
     * stream, as UTF-8 JSON, one participant a line, holding none of them: the document of a ten-year project
     * in Västmanland's ten municipalities. Each participant is drawn at random: a start within the project; a
     * municipality in proportion to its population; gender, age band and the situation before (occupation and
     * main support) in plausible shares (illustrative, from no source); about nine in ten finished, some four in five
     * of those completed, with an end within the project and a situation after (work, studies, job seeking or as
     * before). Those who would finish after the project's end are ongoing. Twenty entries of anonymous participants
     * (one per year and gender) count about one in fifty more, and two targets are evaluated (a third closer to work
     * within twelve months, met; 30 % in work or studies after, not met). The same seed and size give the same
     * bytes; about 270 bytes a participant.
     *
     * <pre>{@code
     * try (OutputStream out = Files.newOutputStream(file)) {
     *     LargeDocument.participants(out, 1_000_000, LargeDocument.DEFAULT_SEED);   // about 270 MB
     * }
     * }</pre>
     *
     * @param out receives the document; flushed, not closed
     * @param participants how many registered participants, at least 0
     * @param seed the seed: the same seed and size give the same bytes
     * @throws IOException if the stream cannot be written
     * @throws IllegalArgumentException if {@code participants} is negative
     */
    public static void participants(OutputStream out, int participants, long seed) throws IOException {
        if (participants < 0) {
            throw new IllegalArgumentException("Participants must be at least 0, was " + participants);
        }
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        new ParticipantDocument(writer, new Random(seed)).write(participants);
        writer.flush();
    }

    /** Participants per project of a generated national follow-up (the last project has the rest). */
    public static final int PARTICIPANTS_PER_PROJECT = 500;
    /** Projects per association of a generated national follow-up. */
    public static final int PROJECTS_PER_ASSOCIATION = 25;
    /** Sweden's 21 counties: code and name. */
    private static final String[][] COUNTIES = {
        {"01", "Stockholms län"}, {"03", "Uppsala län"}, {"04", "Södermanlands län"}, {"05", "Östergötlands län"},
        {"06", "Jönköpings län"}, {"07", "Kronobergs län"}, {"08", "Kalmar län"}, {"09", "Gotlands län"},
        {"10", "Blekinge län"}, {"12", "Skåne län"}, {"13", "Hallands län"}, {"14", "Västra Götalands län"},
        {"17", "Värmlands län"}, {"18", "Örebro län"}, {"19", "Västmanlands län"}, {"20", "Dalarnas län"},
        {"21", "Gävleborgs län"}, {"22", "Västernorrlands län"}, {"23", "Jämtlands län"}, {"24", "Västerbottens län"},
        {"25", "Norrbottens län"}};

    /**
     * Writes a national follow-up document (docs/indicators.md) of {@code participants} participants in all to a file,
     * as {@link #nationalFollowUp(OutputStream, int, long)} writes it to a stream.
     *
     * @param file the file, created or replaced
     * @param participants how many registered participants in all, at least 1
     * @param seed the seed: the same seed and size give the same bytes
     * @throws IOException if the file cannot be written
     */
    public static void nationalFollowUp(Path file, int participants, long seed) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            nationalFollowUp(out, participants, seed);
        }
    }

    /**
     * Writes a national follow-up document of {@code participants} participants in all to a stream, as UTF-8 JSON,
     * holding none of them, in the same shape at every size: projects of {@value #PARTICIPANTS_PER_PROJECT}
     * participants (the last one the rest), each as {@link #participants(OutputStream, int, long)} writes one,
     * {@value #PROJECTS_PER_ASSOCIATION} projects per association, the associations in Sweden's 21 counties in
     * turn. A million participants make 2 000 projects of 80 associations, about 270 MB.
     *
     * @param out receives the document; flushed, not closed
     * @param participants how many registered participants in all, at least 1
     * @param seed the seed: the same seed and size give the same bytes
     * @throws IOException if the stream cannot be written
     * @throws IllegalArgumentException if {@code participants} is less than 1
     */
    public static void nationalFollowUp(OutputStream out, int participants, long seed) throws IOException {
        if (participants < 1) {
            throw new IllegalArgumentException("Participants must be at least 1, was " + participants);
        }
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        Random random = new Random(seed);
        int projects = (participants + PARTICIPANTS_PER_PROJECT - 1) / PARTICIPANTS_PER_PROJECT;
        int associations = (projects + PROJECTS_PER_ASSOCIATION - 1) / PROJECTS_PER_ASSOCIATION;
        writer.write("{\"name\": \"Uppföljning Finsam\",\n \"note\": \"Generated by LargeDocument: " + participants
                + " participants drawn at random, in " + projects + " projects of " + associations + " associations.\",\n"
                + " \"counties\": [\n");
        for (int i = 0; i < COUNTIES.length; i++) {
            writer.write((i == 0 ? "  " : ", ") + "{\"code\": \"" + COUNTIES[i][0] + "\", \"name\": \"" + COUNTIES[i][1] + "\"}\n");
        }
        writer.write(" ],\n \"followUps\": [\n");
        int project = 0;
        for (int a = 0; a < associations; a++) {
            writer.write((a == 0 ? "" : ",\n") + "{\"association\": \"forbund-" + a + "\", \"name\": \"Samordningsförbund "
                    + (a + 1) + "\", \"county\": \"" + COUNTIES[a % COUNTIES.length][0] + "\",\n \"projects\": [\n");
            for (int p = 0; p < PROJECTS_PER_ASSOCIATION && project < projects; p++, project++) {
                if (p > 0) {
                    writer.write(",\n");
                }
                int n = project < projects - 1 ? PARTICIPANTS_PER_PROJECT : participants - PARTICIPANTS_PER_PROJECT * (projects - 1);
                new ParticipantDocument(writer, random).write(n, "Projekt " + (project + 1));
            }
            writer.write("]}");
        }
        writer.write("\n]}\n");
        writer.flush();
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

    /**
     * The writer of {@link #participants(OutputStream, int, long)}: one participant a line, drawn from the
     * random numbers in a fixed order, so that a seed gives the same document on every JDK.
     */
    private static final class ParticipantDocument {

        private static final LocalDate START = LocalDate.of(2012, 1, 1);
        private static final LocalDate END = LocalDate.of(2021, 12, 31);
        /** Västmanland's municipalities: id, name, code, and the weight of each (its population in thousands). */
        private static final String[][] MUNICIPALITIES = {
            {"vasteras", "Västerås", "1980", "155"}, {"sala", "Sala", "1981", "23"},
            {"fagersta", "Fagersta", "1982", "13"}, {"koping", "Köping", "1983", "26"},
            {"arboga", "Arboga", "1984", "14"}, {"kungsor", "Kungsör", "1960", "9"},
            {"hallstahammar", "Hallstahammar", "1961", "16"}, {"norberg", "Norberg", "1962", "6"},
            {"surahammar", "Surahammar", "1907", "10"}, {"skinnskatteberg", "Skinnskatteberg", "1904", "4"}};
        /** Main support before, with weights in per cent. */
        private static final String[] SUPPORT_BEFORE = {"FINANCIAL_ASSISTANCE", "SICKNESS_AND_REHABILITATION_BENEFIT",
            "SICKNESS_AND_ACTIVITY_COMPENSATION", "UNEMPLOYMENT_BENEFIT", "OTHER"};
        private static final int[] SUPPORT_BEFORE_WEIGHTS = {35, 20, 15, 20, 10};
        /** The longest time in the project, in days, less the shortest. */
        private static final int SPREAD_DAYS = 480;
        private static final int SHORTEST_DAYS = 30;

        private final Writer out;
        private final Random random;
        private final int[] municipalityWeights;
        private final StringBuilder line = new StringBuilder(400);

        ParticipantDocument(Writer out, Random random) {
            this.out = out;
            this.random = random;
            this.municipalityWeights = new int[MUNICIPALITIES.length];
            for (int i = 0; i < MUNICIPALITIES.length; i++) {
                municipalityWeights[i] = Integer.parseInt(MUNICIPALITIES[i][3]);
            }
        }

        void write(int participants) throws IOException {
            write(participants, "Uppföljning i Västmanland");
        }

        /** The document, of a project of this name. */
        void write(int participants, String name) throws IOException {
            head(participants, name);
            for (int i = 0; i < participants; i++) {
                participant(i == 0);
            }
            anonymous(participants);
            out.write("""
                     ],
                     "targets": [
                      {"measure": "CLOSER_TO_WORK", "atLeast": "35", "withinMonths": 12, "note": "At least a third closer to work within a year."},
                      {"measure": "IN_WORK_OR_STUDIES_AFTER", "atLeast": "30"}
                     ]}
                    """);
        }

        private void head(int participants, String name) throws IOException {
            out.write("{\"name\": \"" + name + "\",\n \"note\": \"Generated by LargeDocument: " + participants
                    + " participants drawn at random.\",\n \"start\": \"" + START + "\", \"end\": \"" + END
                    + "\",\n \"municipalities\": [\n");
            for (int i = 0; i < MUNICIPALITIES.length; i++) {
                String[] m = MUNICIPALITIES[i];
                out.write((i == 0 ? "  " : ", ") + "{\"id\": \"" + m[0] + "\", \"name\": \"" + m[1] + "\", \"code\": \""
                        + m[2] + "\"}\n");
            }
            out.write(" ],\n \"participants\": [\n");
        }

        /** One participant, drawn in a fixed order: start, gender, age band, municipality, before, time, outcome. */
        private void participant(boolean first) throws IOException {
            long firstDay = START.toEpochDay();
            long lastDay = END.toEpochDay();
            long start = firstDay + random.nextInt((int) (lastDay - firstDay + 1));
            String gender = random.nextInt(100) < 56 ? "WOMAN" : "MAN";
            String ageBand = ageBand(random.nextInt(100));
            String municipality = MUNICIPALITIES[pick(municipalityWeights)][0];
            String support = SUPPORT_BEFORE[pick(SUPPORT_BEFORE_WEIGHTS)];
            String occupation = support.equals("UNEMPLOYMENT_BENEFIT") || random.nextInt(10) == 0 ? "JOB_SEEKING" : "OTHER";
            long end = start + SHORTEST_DAYS + random.nextInt(SPREAD_DAYS / 2) + random.nextInt(SPREAD_DAYS / 2);
            boolean finished = end <= lastDay && random.nextInt(100) >= 3;
            line.setLength(0);
            line.append(first ? "  " : ", ").append("{\"start\": \"").append(LocalDate.ofEpochDay(start)).append('"');
            boolean completed = finished && outcome(LocalDate.ofEpochDay(end));
            line.append(", \"gender\": \"").append(gender).append("\", \"ageBand\": \"").append(ageBand)
                    .append("\", \"municipality\": \"").append(municipality).append("\", \"before\": ");
            situation(occupation, support);
            if (finished) {
                line.append(", \"after\": ");
                after(completed, occupation, support);
            }
            line.append("}\n");
            out.append(line);
        }

        private static String ageBand(int percent) {
            return percent < 40 ? "16-29" : percent < 80 ? "30-49" : "50-64";
        }

        /** The end and exit of a finished participant, of whom about three quarters complete; true if completed. */
        private boolean outcome(LocalDate end) {
            boolean completed = random.nextInt(100) < 78;
            line.append(", \"end\": \"").append(end).append("\", \"exit\": \"")
                    .append(completed ? "COMPLETED" : "DISCONTINUED").append('"');
            return completed;
        }

        /** The situation after: of those who completed, some in work, some studying, some seeking work, the rest as before. */
        private void after(boolean completed, String occupation, String support) {
            int percent = random.nextInt(100);
            if (!completed || percent >= 70) {
                situation(occupation, support);
            } else if (percent < 22) {
                situation("WORK", "WORK");
            } else if (percent < 36) {
                situation("STUDIES", "STUDIES");
            } else {
                situation("JOB_SEEKING", "UNEMPLOYMENT_BENEFIT");
            }
        }

        private void situation(String occupation, String support) {
            line.append("{\"occupation\": \"").append(occupation).append("\", \"support\": \"").append(support).append("\"}");
        }

        /** An index drawn in proportion to the weights. */
        private int pick(int[] weights) {
            int total = 0;
            for (int w : weights) {
                total += w;
            }
            int r = random.nextInt(total);
            int i = 0;
            while (r >= weights[i]) {
                r -= weights[i];
                i++;
            }
            return i;
        }

        /** One entry per year of the project and gender, each of 1 to about participants / 500. */
        private void anonymous(int participants) throws IOException {
            out.write(" ],\n \"anonymous\": [\n");
            boolean first = true;
            for (int year = START.getYear(); year <= END.getYear(); year++) {
                for (String gender : new String[] {"WOMAN", "MAN"}) {
                    int count = 1 + random.nextInt(1 + participants / 500);
                    out.write((first ? "  " : ", ") + "{\"year\": " + year + ", \"gender\": \"" + gender + "\", \"count\": "
                            + count + "}\n");
                    first = false;
                }
            }
        }
    }
}
