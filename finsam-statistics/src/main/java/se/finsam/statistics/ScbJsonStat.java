package se.finsam.statistics;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import se.finsam.statistics.ScbWords.Role;
import se.finsam.validation.Violation;

/**
 * Reads a JSON-stat 2.0 dataset, as PxWeb API v2 writes it and API v1 with {@code "format": "json-stat2"}:
 * {@code id} and {@code size} (the dimensions in order), {@code dimension.<id>.label},
 * {@code dimension.<id>.category.index} (an object code → position, or an array of codes) and
 * {@code category.label}, {@code role} ({@code time}, {@code geo}, {@code metric}), {@code value} (an array
 * in row-major order, the last dimension varying fastest, or an object position → value), {@code status}
 * (an array, an object or one string), {@code label}, {@code updated} and {@code extension.px.tableid}.
 */
final class ScbJsonStat {

    private ScbJsonStat() {
    }

    static ScbRead read(JsonNode root, ScbFaults faults) {
        ScbJson.text(root, "class").filter(c -> !c.equals("dataset")).ifPresent(c -> faults.add("/class",
                StatisticsCodes.FILE_UNREADABLE, "JSON-stat class '" + ScbFaults.quote(c) + "' is not 'dataset': save one table"));
        List<String> ids = new ArrayList<>();
        JsonNode idNode = ScbJson.array(root, "id", "", faults, "the array of dimension ids").orElse(ScbJson.EMPTY);
        for (int i = 0; i < idNode.size(); i++) {
            ScbJson.string(idNode.get(i), "/id/" + i, faults, "a dimension id").ifPresent(ids::add);
        }
        List<Integer> sizes = sizes(root, ids.size(), faults);
        Map<String, Role> roles = roles(root);
        List<ScbDimension> dimensions = new ArrayList<>();
        for (int d = 0; d < ids.size(); d++) {
            dimensions.add(dimension(root, ids.get(d), roles.get(ids.get(d)), d < sizes.size() ? sizes.get(d) : -1, d, faults));
        }
        long product = 1;
        for (ScbDimension dim : dimensions) {
            product = Math.min(product * dim.size(), (long) ScbCube.MAX_CELLS + 1);
        }
        Optional<String> title = ScbJson.text(root, "label");
        Optional<JsonNode> value = ScbJson.field(root, "value");
        long entries = 0;
        if (value.isEmpty() || !(value.get().isArray() || value.get().isObject())) {
            faults.add("/value", StatisticsCodes.FILE_UNREADABLE, "Expected the values as an array or an object, found "
                    + ScbJson.kind(value.orElse(null)));
        } else if (product > ScbCube.MAX_CELLS) {
            faults.add("/size", StatisticsCodes.FILE_TOO_LARGE, "The dimensions make more than " + ScbCube.MAX_CELLS
                    + " cells, the most finsam reads");
        } else if (value.get().isArray() && value.get().size() != product) {
            faults.add("/value", StatisticsCodes.FILE_UNREADABLE, "The dimensions make " + product + " cells, the array of values has "
                    + value.get().size());
        } else {
            entries = value.get().size();
        }
        ScbCube cube = ScbCube.resolve(dimensions, faults, location -> "/value/" + location, "/value", "/id", title, "/label",
                entries);
        if (entries > 0) {
            cells(root, value.get(), dimensions, product, cube, faults);
        }
        cube.finish();
        return new ScbRead(TableFormat.JSON_STAT2, cube, dataset(root, title, cube), title, ScbJson.text(root, "updated"));
    }

    private static List<Integer> sizes(JsonNode root, int count, ScbFaults faults) {
        List<Integer> sizes = new ArrayList<>();
        JsonNode sizeNode = ScbJson.array(root, "size", "", faults, "the array of sizes").orElse(ScbJson.EMPTY);
        if (sizeNode.size() != count && faults.isEmpty()) {
            faults.add("/size", StatisticsCodes.FILE_UNREADABLE, "There are " + sizeNode.size() + " sizes for " + count + " dimensions");
        }
        for (int i = 0; i < sizeNode.size(); i++) {
            JsonNode s = sizeNode.get(i);
            OptionalInt size = ScbJson.wholeInt(s);
            if (size.isEmpty() || size.getAsInt() < 0) {
                faults.add("/size/" + i, StatisticsCodes.FILE_UNREADABLE, "Size " + ScbJson.kind(s) + " is not a number of categories");
                sizes.add(-1);
            } else {
                sizes.add(size.getAsInt());
            }
        }
        return sizes;
    }

    /** JSON-stat's roles: {@code time}, {@code geo} and {@code metric}, by dimension id. */
    private static Map<String, Role> roles(JsonNode root) {
        Map<String, Role> roles = new HashMap<>();
        Optional<JsonNode> role = ScbJson.field(root, "role").filter(JsonNode::isObject);
        if (role.isEmpty()) {
            return roles;
        }
        for (var entry : List.of(Map.entry("time", Role.TIME), Map.entry("geo", Role.REGION), Map.entry("metric", Role.CONTENTS))) {
            ScbJson.field(role.get(), entry.getKey()).filter(JsonNode::isArray).ifPresent(ids -> ids.forEach(id -> {
                if (id.isTextual()) {
                    roles.put(id.textValue(), entry.getValue());
                }
            }));
        }
        return roles;
    }

    private static ScbDimension dimension(JsonNode root, String id, @Nullable Role role, int size, int d, ScbFaults faults) {
        String path = Violation.pointer("dimension", id);
        Optional<JsonNode> node = ScbJson.field(root, "dimension").flatMap(dims -> ScbJson.field(dims, id));
        ScbDimension dim = new ScbDimension(id, node.flatMap(n -> ScbJson.text(n, "label")).orElse(id), path, role);
        Optional<JsonNode> category = node.flatMap(n -> ScbJson.field(n, "category")).filter(JsonNode::isObject);
        if (category.isEmpty()) {
            faults.add(path + "/category", StatisticsCodes.FILE_UNREADABLE, "Dimension '" + ScbFaults.quote(id)
                    + "' has no category object");
            return dim;
        }
        Optional<JsonNode> labels = ScbJson.field(category.get(), "label").filter(JsonNode::isObject);
        Optional<JsonNode> index = ScbJson.field(category.get(), "index");
        List<String> codes = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        if (index.isPresent() && index.get().isArray()) {
            for (int i = 0; i < index.get().size(); i++) {
                ScbJson.string(index.get().get(i), path + "/category/index/" + i, faults, "a category code").ifPresent(codes::add);
                paths.add(path + "/category/index/" + i);
            }
        } else if (index.isPresent() && index.get().isObject()) {
            positions(index.get(), path + "/category/index", codes, paths, faults);
        } else if (index.isEmpty() && labels.isPresent() && labels.get().size() == 1) {
            codes.add(labels.get().fieldNames().next());
            paths.add(path + "/category/label");
        } else {
            faults.add(path + "/category/index", StatisticsCodes.FILE_UNREADABLE, "Expected the categories' index as an object or"
                    + " an array, found " + ScbJson.kind(index.orElse(null)));
        }
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            String label = labels.flatMap(l -> ScbJson.text(l, code)).orElse(code);
            if (!dim.add(code, label, paths.get(i))) {
                faults.add(paths.get(i), StatisticsCodes.DUPLICATE, "Category '" + ScbFaults.quote(code) + "' of dimension '"
                        + ScbFaults.quote(id) + "' is there twice");
            }
        }
        if (size >= 0 && size != codes.size()) {
            faults.add("/size/" + d, StatisticsCodes.FILE_UNREADABLE, "Size " + size + " of dimension '" + ScbFaults.quote(id)
                    + "' is not its number of categories, " + codes.size());
        }
        return dim;
    }

    /** The codes of an index object in the order of their positions, which must be 0 to n - 1 once each. */
    private static void positions(JsonNode index, String path, List<String> codes, List<String> paths, ScbFaults faults) {
        int n = index.size();
        String[] byPosition = new String[n];
        for (Map.Entry<String, JsonNode> e : index.properties()) {
            JsonNode p = e.getValue();
            String at = path + Violation.pointer(e.getKey());
            OptionalInt position = ScbJson.wholeInt(p);
            if (position.isEmpty() || position.getAsInt() < 0 || position.getAsInt() >= n) {
                faults.add(at, StatisticsCodes.FILE_UNREADABLE, "Position " + ScbJson.kind(p) + " of category '"
                        + ScbFaults.quote(e.getKey()) + "' is not from 0 to " + (n - 1));
            } else if (byPosition[position.getAsInt()] != null) {
                faults.add(at, StatisticsCodes.DUPLICATE, "Categories '" + ScbFaults.quote(String.valueOf(byPosition[position.getAsInt()]))
                        + "' and '" + ScbFaults.quote(e.getKey()) + "' have the same position " + position.getAsInt());
            } else {
                byPosition[position.getAsInt()] = e.getKey();
            }
        }
        for (String code : byPosition) {
            if (code != null) {
                codes.add(code);
                paths.add(path + Violation.pointer(code));
            }
        }
    }

    private static void cells(JsonNode root, JsonNode value, List<ScbDimension> dimensions, long product, ScbCube cube,
            ScbFaults faults) {
        Optional<JsonNode> status = ScbJson.field(root, "status");
        int[] categories = new int[dimensions.size()];
        if (value.isArray()) {
            for (int pos = 0; pos < value.size(); pos++) {
                cell(value.get(pos), pos, status, dimensions, categories, cube, faults);
            }
            return;
        }
        for (Map.Entry<String, JsonNode> e : value.properties()) {
            String key = e.getKey();
            int pos = key.matches("0|[1-9][0-9]{0,9}") && Long.parseLong(key) < product ? Integer.parseInt(key) : -1;
            if (pos < 0) {
                faults.add("/value" + Violation.pointer(key), StatisticsCodes.FILE_UNREADABLE, "Position '" + ScbFaults.quote(key)
                        + "' is not a cell of the table, which has " + product);
            } else {
                cell(e.getValue(), pos, status, dimensions, categories, cube, faults);
            }
        }
    }

    private static void cell(JsonNode cell, int pos, Optional<JsonNode> status, List<ScbDimension> dimensions, int[] categories,
            ScbCube cube, ScbFaults faults) {
        int rest = pos;
        for (int d = dimensions.size() - 1; d >= 0; d--) {
            categories[d] = rest % dimensions.get(d).size();
            rest /= dimensions.get(d).size();
        }
        if (!cube.wanted(categories)) {
            return;
        }
        String path = "/value/" + pos;
        long value;
        if (cell.isNumber()) {
            value = ScbCount.ofNumber(cell.decimalValue(), path, faults);
        } else if (cell.isTextual()) {
            value = ScbCount.ofText(cell.textValue(), path, faults);
        } else {
            String said = statusOf(status, pos).map(s -> " (status '" + ScbFaults.quote(s) + "')").orElse("");
            faults.add(path, StatisticsCodes.VALUE_NOT_A_COUNT, "Cell " + ScbJson.kind(cell) + said + " is not a count of people"
                    + (cell.isNull() ? ": the figure is missing" : ""));
            value = ScbCount.BAD;
        }
        cube.cell(categories, value, pos);
    }

    private static Optional<String> statusOf(Optional<JsonNode> status, int pos) {
        if (status.isEmpty()) {
            return Optional.empty();
        }
        JsonNode s = status.get();
        JsonNode at = s.isTextual() ? s : s.isArray() ? s.get(pos) : s.get(Integer.toString(pos));
        return at != null && at.isTextual() ? Optional.of(at.textValue()) : Optional.empty();
    }

    /** The table id: {@code extension.px.tableid}, else an id at the start of the label, else the contents' code. */
    private static Optional<String> dataset(JsonNode root, Optional<String> title, ScbCube cube) {
        Optional<String> tableId = ScbJson.field(root, "extension").flatMap(e -> ScbJson.field(e, "px"))
                .flatMap(px -> ScbJson.text(px, "tableid"));
        if (tableId.isPresent()) {
            return tableId;
        }
        Optional<String> fromTitle = title.flatMap(ScbWords::leadingTableId);
        if (fromTitle.isPresent()) {
            return fromTitle;
        }
        return cube.contents().filter(c -> cube.contentsCategory() >= 0)
                .map(c -> c.categories().get(cube.contentsCategory()).code())
                .filter(code -> code.matches("[A-Z]{2}[0-9]{4}[A-Z0-9]+"));
    }
}
