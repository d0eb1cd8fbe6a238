package se.finsam.statistics;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import se.finsam.statistics.ScbWords.Role;

/**
 * Reads a CSV file as SCB's database saves it: separated by semicolons, commas or tabs (whichever most of
 * the first lines hold), UTF-8 or, when the bytes are not UTF-8, Windows-1252 (older saves); optional title
 * lines before the header; the header in Swedish or English; dimensions with codes and texts
 * ({@code 0484 Eskilstuna}), texts or codes; counts in one column (long form: {@code Folkmängd},
 * {@code Population}) or one column per period (wide form: {@code 2023}, {@code Folkmängd 2023}).
 * Paths are {@code /rows/LINE/COLUMN}, both from 1.
 */
final class ScbCsv {

    /** How many of the first records decide the separator and the header. */
    private static final int SAMPLE = 20;
    private static final Pattern TABLE_ID = Pattern.compile("\\b(TAB[0-9]+|[A-Z]{2}[0-9]{4}[A-Z0-9]+)\\b");

    /** One record: its fields and the line it starts on. */
    private record Row(List<String> fields, int line) {
        boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /** What a header column holds. */
    private record Column(@Nullable Role role, @Nullable String period, boolean skipped) {
        Column(@Nullable Role role, @Nullable String period) {
            this(role, period, false);
        }
    }

    /** A column of other contents beside the head counts (Folkökning beside Folkmängd): left out, as in JSON. */
    private static final Column OTHER_CONTENTS = new Column(null, null, true);

    private ScbCsv() {
    }

    static ScbRead read(byte[] bytes, ScbFaults faults, String fileName) {
        String text = decode(bytes);
        char separator = separator(text);
        List<Row> rows = records(text, separator, faults);
        faults.throwIfAny(fileName);
        int header = header(rows);
        if (header < 0) {
            faults.add("/rows/1", StatisticsCodes.FILE_UNREADABLE, "The file has no header line: no line holds two or more fields"
                    + " separated by '" + separator + "'");
            faults.throwIfAny(fileName);
        }
        Optional<String> title = title(rows, header, separator);
        Row head = rows.get(header);
        Column[] columns = classify(head, faults);
        return body(rows, header, head, columns, title, faults);
    }

    /** UTF-8 if the bytes are UTF-8, else Windows-1252, the encoding of older saves from the database. */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            CharBuffer chars = Charset.forName("windows-1252").decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        }
    }

    /** The separator that most of the first lines hold outside quotes: ';', then tab, then ',' on a tie. */
    private static char separator(String text) {
        char[] candidates = {';', '\t', ','};
        int[] lines = new int[candidates.length];
        boolean[] seen = new boolean[candidates.length];
        boolean quoted = false;
        int examined = 0;
        for (int i = 0; i < text.length() && examined < SAMPLE; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                for (int k = 0; k < candidates.length; k++) {
                    lines[k] += seen[k] ? 1 : 0;
                    seen[k] = false;
                }
                examined++;
            } else if (!quoted) {
                for (int k = 0; k < candidates.length; k++) {
                    seen[k] |= c == candidates[k];
                }
            }
        }
        int best = 0;
        for (int k = 0; k < candidates.length; k++) {
            lines[k] += seen[k] ? 1 : 0;
            if (lines[k] > lines[best]) {
                best = k;
            }
        }
        return candidates[best];
    }

    /** Splits the text into records, with quoted fields ({@code ""} a quote inside) that may span lines. */
    private static List<Row> records(String text, char separator, ScbFaults faults) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int start = 1;
        int quoteLine = 0;
        boolean quoted = false;
        // Whether the field so far is blank: a quote opens a quoted field only there. Kept as a flag, for
        // field.toString() at every quote would make the reading quadratic in a field full of quotes.
        boolean blank = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    blank = false;
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) ? 1 : 0;
                    field.append(c);
                    blank &= Character.isWhitespace(c);
                }
            } else if (c == '"' && blank) {
                quoted = true;
                quoteLine = line;
                field.setLength(0);
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                blank = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                blank = true;
                rows.add(new Row(List.copyOf(fields), start));
                fields.clear();
                line++;
                start = line;
            } else {
                field.append(c);
                blank &= Character.isWhitespace(c);
            }
        }
        if (quoted) {
            faults.add("/rows/" + quoteLine + "/" + (fields.size() + 1), StatisticsCodes.FILE_UNREADABLE,
                    "A quoted field that starts on line " + quoteLine + " is not closed: the file is truncated");
        }
        if (!fields.isEmpty() || field.length() > 0) {
            fields.add(field.toString());
            rows.add(new Row(List.copyOf(fields), start));
        }
        return rows;
    }

    /** The header: the first of the first records with the most common number of fields (two or more). */
    private static int header(List<Row> rows) {
        Map<Integer, Integer> counts = new HashMap<>();
        int sampled = 0;
        int mode = -1;
        for (int i = 0; i < rows.size() && sampled < SAMPLE; i++) {
            int n = rows.get(i).fields().size();
            if (rows.get(i).isBlank() || n < 2) {
                continue;
            }
            sampled++;
            int count = counts.merge(n, 1, Integer::sum);
            if (mode < 0 || count > counts.getOrDefault(mode, 0)) {
                mode = n;
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).fields().size() == mode && !rows.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** The first line before the header that is not blank, as its text. */
    private static Optional<String> title(List<Row> rows, int header, char separator) {
        for (int i = 0; i < header; i++) {
            if (!rows.get(i).isBlank()) {
                String t = String.join(String.valueOf(separator), rows.get(i).fields()).strip();
                return t.isEmpty() ? Optional.empty() : Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** What each header column is: a dimension, a period's counts, or the counts (role and period both null). */
    private static Column[] classify(Row head, ScbFaults faults) {
        Column[] columns = new Column[head.fields().size()];
        for (int c = 0; c < columns.length; c++) {
            String h = head.fields().get(c).strip();
            String path = "/rows/" + head.line() + "/" + (c + 1);
            Optional<Role> role = ScbWords.roleOf(h);
            Optional<String[]> split = ScbWords.contentsAndPeriod(h);
            if (role.isPresent()) {
                columns[c] = new Column(role.get(), null);
            } else if (ScbWords.isPeriod(h)) {
                columns[c] = new Column(null, h);
            } else if (split.isPresent() && ScbWords.isHeadCount(split.get()[0])) {
                columns[c] = new Column(null, split.get()[1]);
            } else if (split.isEmpty() && ScbWords.isHeadCount(h)) {
                columns[c] = new Column(null, null);
            } else if (ScbWords.isNotHeadCount(h)) {
                columns[c] = OTHER_CONTENTS;
            } else {
                faults.add(path, StatisticsCodes.HEADER_UNKNOWN, "Column '" + ScbFaults.quote(h) + "' is none of region, age, sex,"
                        + " time, contents, a period or head counts as SCB writes them in Swedish or English");
            }
        }
        // Other contents are left out beside head counts, as in a JSON table; without any, the table is the wrong one.
        boolean counts = false;
        for (Column col : columns) {
            counts |= col != null && !col.skipped() && col.role() == null;
        }
        for (int c = 0; c < columns.length; c++) {
            if (columns[c] != null && columns[c].skipped() && !counts) {
                faults.add("/rows/" + head.line() + "/" + (c + 1), StatisticsCodes.WRONG_TABLE, "Column '"
                        + ScbFaults.quote(head.fields().get(c).strip()) + "' is not of head counts (folkmängd, population)");
            }
        }
        return columns;
    }

    private static ScbRead body(List<Row> rows, int header, Row head, Column[] columns, Optional<String> title, ScbFaults faults) {
        String headPath = "/rows/" + head.line();
        List<ScbDimension> dimensions = new ArrayList<>();
        int[] dimensionOf = new int[columns.length];
        List<Integer> valueColumns = new ArrayList<>();
        boolean unknown = false;
        for (int c = 0; c < columns.length; c++) {
            dimensionOf[c] = -1;
            Column col = columns[c];
            if (col == null) {
                unknown = true;
            } else if (col.skipped()) {
                dimensionOf[c] = -1; // other contents: neither a dimension nor counts
            } else if (col.role() != null) {
                dimensionOf[c] = dimensions.size();
                String h = head.fields().get(c).strip();
                dimensions.add(new ScbDimension(h, h, headPath + "/" + (c + 1), col.role()));
            } else {
                valueColumns.add(c);
            }
        }
        ScbDimension wideTime = wideTime(head, columns, valueColumns, dimensions, faults);
        if (valueColumns.isEmpty() && !unknown) {
            faults.add(headPath, StatisticsCodes.FILE_UNREADABLE, "No column holds counts: SCB's files have a column 'Folkmängd'"
                    + " ('Population') or one per period ('2023', 'Folkmängd 2023')");
        }
        List<Row> data = data(rows, header, columns.length, faults);
        int[][] categories = new int[data.size()][];
        for (int r = 0; r < data.size(); r++) {
            categories[r] = categories(data.get(r), columns, dimensionOf, dimensions);
        }
        int width = columns.length;
        int[] lines = data.stream().mapToInt(Row::line).toArray();
        ScbCube cube = ScbCube.resolve(dimensions, faults, location -> "/rows/" + lines[(int) (location / width)] + "/"
                + (location % width + 1), "/rows", headPath, title, "/rows/1", (long) data.size() * valueColumns.size());
        int timeIndex = wideTime == null ? -1 : dimensions.indexOf(wideTime);
        for (int r = 0; r < data.size(); r++) {
            for (int k = 0; k < valueColumns.size(); k++) {
                int c = valueColumns.get(k);
                if (timeIndex >= 0) {
                    categories[r][timeIndex] = k;
                }
                if (cube.wanted(categories[r])) {
                    long value = ScbCount.ofText(data.get(r).fields().get(c), "/rows/" + lines[r] + "/" + (c + 1), faults);
                    cube.cell(categories[r], value, (long) r * width + c);
                }
            }
        }
        cube.finish();
        Optional<String> dataset = title.flatMap(t -> {
            Matcher m = TABLE_ID.matcher(t);
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        });
        return new ScbRead(TableFormat.CSV, cube, dataset, title, Optional.empty());
    }

    /** The time dimension of a wide file, whose periods are its value columns; null for a long file. */
    private static @Nullable ScbDimension wideTime(Row head, Column[] columns, List<Integer> valueColumns,
            List<ScbDimension> dimensions, ScbFaults faults) {
        boolean wide = valueColumns.stream().anyMatch(c -> columns[c].period() != null);
        if (!wide) {
            if (valueColumns.size() > 1) {
                faults.add("/rows/" + head.line() + "/" + (valueColumns.get(1) + 1), StatisticsCodes.DUPLICATE, "A second column"
                        + " of counts '" + ScbFaults.quote(head.fields().get(valueColumns.get(1))) + "'; the file has no period in it");
            }
            return null;
        }
        ScbDimension time = new ScbDimension("Tid", "år", "/rows/" + head.line(), Role.TIME);
        for (int c : valueColumns) {
            String period = columns[c].period();
            String path = "/rows/" + head.line() + "/" + (c + 1);
            if (period == null) {
                faults.add(path, StatisticsCodes.FILE_UNREADABLE, "Column '" + ScbFaults.quote(head.fields().get(c))
                        + "' names no period, but the other columns of counts do");
            } else if (!time.add(period, period, path)) {
                faults.add(path, StatisticsCodes.DUPLICATE, "A second column for period '" + ScbFaults.quote(period) + "'");
            }
        }
        dimensions.add(time);
        return time;
    }

    /** The rows after the header: blank lines skipped; after a blank line, lines of one field are notes. */
    private static List<Row> data(List<Row> rows, int header, int width, ScbFaults faults) {
        List<Row> data = new ArrayList<>();
        boolean blankSeen = false;
        boolean notes = false;
        for (int i = header + 1; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.isBlank()) {
                blankSeen = !data.isEmpty();
            } else if (!notes && row.fields().size() == width) {
                data.add(row);
            } else if (blankSeen && row.fields().size() == 1) {
                notes = true;
            } else {
                faults.add("/rows/" + row.line(), StatisticsCodes.FILE_UNREADABLE, "Line " + row.line() + " has "
                        + row.fields().size() + " fields, the header has " + width);
            }
        }
        return data;
    }

    /** A row's category in each dimension, added to the dimensions as met. */
    private static int[] categories(Row row, Column[] columns, int[] dimensionOf, List<ScbDimension> dimensions) {
        int[] categories = new int[dimensions.size()];
        for (int c = 0; c < columns.length; c++) {
            if (dimensionOf[c] < 0) {
                continue;
            }
            ScbDimension dim = dimensions.get(dimensionOf[c]);
            String text = row.fields().get(c).strip();
            String path = "/rows/" + row.line() + "/" + (c + 1);
            Column col = columns[c];
            if (col != null && col.role() == Role.REGION) {
                Optional<String[]> split = ScbWords.codeAndName(text);
                categories[dimensionOf[c]] = split.isPresent() ? dim.indexOf(split.get()[0], split.get()[1], path)
                        : dim.indexOf(text, text, path);
            } else {
                categories[dimensionOf[c]] = dim.indexOf(text, text, path);
            }
        }
        return categories;
    }
}
