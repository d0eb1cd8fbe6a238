package se.finsam.statistics;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.finsam.statistics.ScbWords.Role;

/**
 * Reads a PxWeb API v1 JSON response: {@code columns} ({@code code}, {@code text}, {@code type} {@code d} for a
 * dimension, {@code t} for time, {@code c} for contents), {@code data} (each {@code key} the codes of the
 * dimension and time columns in their order, {@code values} one string per contents column) and
 * {@code metadata} ({@code infofile}, {@code updated}, {@code label}, {@code source}). {@code comments} are
 * not read.
 */
final class ScbPxJson {

    private ScbPxJson() {
    }

    static ScbRead read(JsonNode root, ScbFaults faults) {
        List<ScbDimension> dimensions = new ArrayList<>();
        ScbDimension contents = new ScbDimension("ContentsCode", "tabellinnehåll", "/columns", Role.CONTENTS);
        JsonNode columns = ScbJson.array(root, "columns", "", faults, "the array of columns").orElse(ScbJson.EMPTY);
        for (int i = 0; i < columns.size(); i++) {
            String path = "/columns/" + i;
            JsonNode column = columns.get(i);
            Optional<String> code = ScbJson.text(column, "code");
            if (code.isEmpty()) {
                faults.add(path + "/code", StatisticsCodes.FILE_UNREADABLE, "Expected the column's code as a string, found "
                        + ScbJson.kind(column.isObject() ? column.get("code") : column));
                continue;
            }
            String text = ScbJson.text(column, "text").orElse(code.get());
            String type = ScbJson.text(column, "type").orElse("d");
            if (type.equals("c")) {
                contents.add(code.get(), text, path);
            } else {
                dimensions.add(new ScbDimension(code.get(), text, path, type.equals("t") ? Role.TIME : null));
            }
        }
        if (columns.size() > 0 && contents.size() == 0) {
            faults.add("/columns", StatisticsCodes.FILE_UNREADABLE, "No column has type \"c\" (contents): a PxWeb response"
                    + " names its figures in one");
        }
        JsonNode data = ScbJson.array(root, "data", "", faults, "the array of data").orElse(ScbJson.EMPTY);
        int[][] keys = new int[data.size()][];
        for (int k = 0; k < data.size(); k++) {
            keys[k] = keys(data.get(k), "/data/" + k, dimensions, faults);
        }
        List<ScbDimension> all = new ArrayList<>(dimensions);
        if (contents.size() > 0) {
            all.add(contents);
        }
        Optional<JsonNode> metadata = ScbJson.field(root, "metadata").filter(JsonNode::isArray).filter(m -> m.size() > 0)
                .map(m -> m.get(0));
        Optional<String> title = metadata.flatMap(m -> ScbJson.text(m, "label"));
        int perRow = Math.max(1, contents.size());
        ScbCube cube = ScbCube.resolve(all, faults, location -> "/data/" + location / perRow + "/values/" + location % perRow,
                "/data", "/columns", title, "/metadata/0/label", (long) data.size() * contents.size());
        int chosen = cube.contentsCategory();
        for (int k = 0; k < data.size(); k++) {
            cells(data.get(k), "/data/" + k, keys[k], contents.size(), chosen, k, cube, faults);
        }
        cube.finish();
        Optional<String> dataset = chosen >= 0 ? Optional.of(contents.categories().get(chosen).code())
                : metadata.flatMap(m -> ScbJson.text(m, "infofile"));
        return new ScbRead(TableFormat.PXWEB_JSON, cube, dataset, title, metadata.flatMap(m -> ScbJson.text(m, "updated")));
    }

    /** The categories of a row's key, added to the dimensions; null if the key is not usable. */
    private static int @org.jspecify.annotations.Nullable [] keys(JsonNode row, String path, List<ScbDimension> dimensions,
            ScbFaults faults) {
        Optional<JsonNode> key = ScbJson.array(row, "key", path, faults, "the row's key");
        if (key.isEmpty()) {
            return null;
        }
        if (key.get().size() != dimensions.size()) {
            faults.add(path + "/key", StatisticsCodes.FILE_UNREADABLE, "The key has " + key.get().size()
                    + " codes, the columns of type d and t are " + dimensions.size());
            return null;
        }
        int[] categories = new int[dimensions.size() + 1];
        boolean usable = true;
        for (int j = 0; j < dimensions.size(); j++) {
            String at = path + "/key/" + j;
            Optional<String> code = ScbJson.string(key.get().get(j), at, faults, "a code");
            if (code.isPresent()) {
                categories[j] = dimensions.get(j).indexOf(code.get(), code.get(), at);
            } else {
                usable = false;
            }
        }
        return usable ? categories : null;
    }

    private static void cells(JsonNode row, String path, int @org.jspecify.annotations.Nullable [] key, int contentsCount,
            int chosen, int k, ScbCube cube, ScbFaults faults) {
        Optional<JsonNode> values = ScbJson.array(row, "values", path, faults, "the row's values");
        if (values.isEmpty()) {
            return;
        }
        if (values.get().size() != contentsCount) {
            faults.add(path + "/values", StatisticsCodes.FILE_UNREADABLE, "The row has " + values.get().size()
                    + " values, the columns of type c are " + contentsCount);
            return;
        }
        for (int j = 0; j < contentsCount; j++) {
            if (chosen >= 0 && j != chosen) {
                continue;
            }
            String at = path + "/values/" + j;
            JsonNode cell = values.get().get(j);
            long value = cell.isTextual() ? ScbCount.ofText(cell.textValue(), at, faults)
                    : cell.isNumber() ? ScbCount.ofNumber(cell.decimalValue(), at, faults) : notACount(cell, at, faults);
            if (key != null) {
                key[key.length - 1] = j;
                cube.cell(key, value, (long) k * contentsCount + j);
            }
        }
    }

    private static long notACount(JsonNode cell, String path, ScbFaults faults) {
        faults.add(path, StatisticsCodes.VALUE_NOT_A_COUNT, "Cell " + ScbJson.kind(cell) + " is not a count of people");
        return ScbCount.BAD;
    }
}
