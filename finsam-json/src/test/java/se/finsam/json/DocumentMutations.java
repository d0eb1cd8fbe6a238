package se.finsam.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Seeded mutations of a valid document, each giving one kind of fault at a place the random source picks: the
 * mutated document is the original's tree written by Jackson's pretty printer (or, for a truncation, the
 * original's bytes cut short), with the faults a tree cannot hold (a duplicate name, a lone surrogate, overlong
 * UTF-8, deep nesting) spliced into the text through a placeholder.
 */
final class DocumentMutations {

    /** More than the default {@code maxDepth} (32) from any place in a document. */
    private static final int DEEP = 40;

    /** One more than the default {@code maxStringLength}. */
    private static final int LONG = 10_001;

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

    /** The mutations, each one kind of fault. */
    enum Mutation {
        DROPPED_TOP_LEVEL_FIELD, DROPPED_FIELD, WRONG_TYPE, BAD_DATE, REORDERED_FIELDS, REORDERED_FIELDS_WITH_FAULTS, DUPLICATED_FIELD, TRUNCATED,
        LONE_SURROGATE, OVERLONG_UTF8, DEEP_NESTING, LONG_STRING_IN_UNKNOWN_FIELD
    }

    /** A mutated document and what was done to it (which names the place); never compared as a whole. */
    @SuppressWarnings("ArrayRecordComponent")
    record Mutated(String description, byte[] bytes) {
    }

    /** A value's place: its container, its name or index there, and its JSON pointer. */
    private record Slot(JsonNode parent, String field, int index, String pointer) {

        JsonNode value() {
            return parent.isObject() ? parent.get(field) : parent.get(index);
        }

        void set(JsonNode value) {
            if (parent instanceof ObjectNode object) {
                object.set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }
    }

    private final String text;
    private final JsonNode tree;

    DocumentMutations(String text) {
        this.text = text;
        try {
            this.tree = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a JSON document", e);
        }
    }

    /** Applies a mutation at a place the random source picks; empty if the document has no place for it. */
    Optional<Mutated> apply(Mutation mutation, SplittableRandom random) {
        JsonNode copy = tree.deepCopy();
        return switch (mutation) {
            case DROPPED_TOP_LEVEL_FIELD -> Optional.of(new Mutated("dropped field " + dropField(copy, random, true), write(copy)));
            case DROPPED_FIELD -> Optional.of(new Mutated("dropped field " + dropField(copy, random, false), write(copy)));
            case WRONG_TYPE -> Optional.of(new Mutated(wrongType(pick(slots(copy), random)), write(copy)));
            case BAD_DATE -> badDate(copy, random);
            case REORDERED_FIELDS -> {
                reverseFields(copy);
                yield Optional.of(new Mutated("every object's fields reversed", write(copy)));
            }
            case REORDERED_FIELDS_WITH_FAULTS -> {
                String wrong = wrongType(pick(slots(copy), random));
                String dropped = dropField(copy, random, false);
                reverseFields(copy);
                yield Optional.of(new Mutated("every object's fields reversed, " + wrong + ", dropped field " + dropped,
                        write(copy)));
            }
            case DUPLICATED_FIELD -> Optional.of(duplicateField(copy, random));
            case TRUNCATED -> Optional.of(truncate(random));
            case LONE_SURROGATE -> spliced(copy, random, "lone \\ud800 in the string at ", "\\ud800".getBytes(StandardCharsets.US_ASCII));
            case OVERLONG_UTF8 -> spliced(copy, random, "overlong UTF-8 C0 AF in the string at ", new byte[] {(byte) 0xC0, (byte) 0xAF});
            case DEEP_NESTING -> Optional.of(deepNesting(copy, random));
            case LONG_STRING_IN_UNKNOWN_FIELD -> Optional.of(longUnknown(copy, random));
        };
    }

    /** The number of elements of the array at a pointer. */
    int length(String list) {
        return array(tree, list).size();
    }

    /**
     * Appends to the array at a pointer a copy of its last element with a value of the wrong type in it (or, for
     * an element that is not an object or an array, instead of it).
     */
    Mutated faultyElementAppended(String list, SplittableRandom random) {
        JsonNode copy = tree.deepCopy();
        ArrayNode array = array(copy, list);
        JsonNode element = array.get(array.size() - 1).deepCopy();
        array.add(element);
        Slot slot = element.isContainerNode() && !slots(element).isEmpty()
                ? pick(slots(element), random) : new Slot(array, "", array.size() - 1, "");
        String base = list + "/" + (array.size() - 1);
        Slot located = new Slot(slot.parent(), slot.field(), slot.index(), base + slot.pointer());
        return new Mutated("appended " + base + " with " + wrongType(located), write(copy));
    }

    private static ArrayNode array(JsonNode root, String list) {
        JsonNode node = root.at(list);
        if (!(node instanceof ArrayNode array) || array.isEmpty()) {
            throw new IllegalArgumentException("No non-empty array at " + list);
        }
        return array;
    }

    /** Removes a field (of the root, or of any object) the random source picks; returns its pointer. */
    private static String dropField(JsonNode root, SplittableRandom random, boolean topLevel) {
        Slot slot = pick(slots(root).stream().filter(s -> s.parent().isObject() && (!topLevel || s.pointer().lastIndexOf('/') == 0)).toList(),
                random);
        ((ObjectNode) slot.parent()).remove(slot.field());
        return slot.pointer();
    }

    /** Replaces a value by one of another JSON type; says which. */
    private static String wrongType(Slot slot) {
        JsonNode value = slot.value();
        JsonNode wrong;
        if (value.isTextual() || value.isNull()) {
            wrong = BooleanNode.TRUE;
        } else if (value.isNumber()) {
            wrong = TextNode.valueOf("twelve");
        } else if (value.isBoolean()) {
            wrong = TextNode.valueOf("yes");
        } else if (value.isArray()) {
            wrong = JsonNodeFactory.instance.objectNode();
        } else {
            wrong = JsonNodeFactory.instance.arrayNode();
        }
        slot.set(wrong);
        return "wrong type at " + slot.pointer() + " (" + wrong + " for " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ")";
    }

    private Optional<Mutated> badDate(JsonNode root, SplittableRandom random) {
        List<Slot> dates = slots(root).stream().filter(s -> s.value().isTextual() && DATE.matcher(s.value().asText()).matches())
                .toList();
        if (dates.isEmpty()) {
            return Optional.empty();
        }
        Slot slot = pick(dates, random);
        String bad = slot.value().asText().substring(0, 4) + "-02-30";
        slot.set(TextNode.valueOf(bad));
        return Optional.of(new Mutated("bad date " + bad + " at " + slot.pointer(), write(root)));
    }

    /** Reverses the order of the fields of every object. */
    private static void reverseFields(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(object.properties());
            object.removeAll();
            for (int i = fields.size() - 1; i >= 0; i--) {
                object.set(fields.get(i).getKey(), fields.get(i).getValue());
            }
        }
        for (JsonNode child : node) {
            reverseFields(child);
        }
    }

    private Mutated duplicateField(JsonNode root, SplittableRandom random) {
        Slot slot = pick(slots(root).stream().filter(s -> s.parent().isObject()).toList(), random);
        ObjectNode object = (ObjectNode) slot.parent();
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        object.properties().forEach(e -> fields.put(e.getKey(), e.getValue()));
        object.removeAll();
        for (Map.Entry<String, JsonNode> e : fields.entrySet()) {
            object.set(e.getKey(), e.getValue());
            if (e.getKey().equals(slot.field())) {
                object.set("@@DUPLICATE@@", TextNode.valueOf("@@DUPLICATE@@"));
            }
        }
        String duplicate = literal(slot.field()) + " : " + compact(slot.value());
        String written = new String(write(root), StandardCharsets.UTF_8);
        String replaced = written.replace("\"@@DUPLICATE@@\" : \"@@DUPLICATE@@\"", duplicate);
        return new Mutated("duplicated field " + slot.pointer(), replaced.getBytes(StandardCharsets.UTF_8));
    }

    private Mutated truncate(SplittableRandom random) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int length = 1 + random.nextInt(bytes.length - 1);
        return new Mutated("truncated to " + length + " of " + bytes.length + " bytes", java.util.Arrays.copyOf(bytes, length));
    }

    /** Splices raw bytes into a string value the random source picks, at a place in it the random source picks. */
    private static Optional<Mutated> spliced(JsonNode root, SplittableRandom random, String what, byte[] inserted) {
        List<Slot> strings = slots(root).stream().filter(s -> s.value().isTextual()).toList();
        if (strings.isEmpty()) {
            return Optional.empty();
        }
        Slot slot = pick(strings, random);
        String value = slot.value().asText();
        int at = random.nextInt(value.length() + 1);
        if (at > 0 && at < value.length() && Character.isSurrogate(value.charAt(at))) {
            at--;
        }
        slot.set(TextNode.valueOf("@@SPLICE@@"));
        String written = new String(write(root), StandardCharsets.UTF_8);
        int placeholder = written.indexOf("@@SPLICE@@");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(written.substring(0, placeholder).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(escaped(value.substring(0, at)).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(inserted);
        out.writeBytes(escaped(value.substring(at)).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(written.substring(placeholder + "@@SPLICE@@".length()).getBytes(StandardCharsets.UTF_8));
        return Optional.of(new Mutated(what + slot.pointer() + ", at character " + at, out.toByteArray()));
    }

    private static Mutated deepNesting(JsonNode root, SplittableRandom random) {
        Slot slot = pick(slots(root), random);
        slot.set(TextNode.valueOf("@@DEEP@@"));
        String deep = "[".repeat(DEEP) + "\"deep\"" + "]".repeat(DEEP);
        String written = new String(write(root), StandardCharsets.UTF_8).replace("\"@@DEEP@@\"", deep);
        return new Mutated(DEEP + " nested arrays at " + slot.pointer(), written.getBytes(StandardCharsets.UTF_8));
    }

    private static Mutated longUnknown(JsonNode root, SplittableRandom random) {
        List<Slot> objects = new ArrayList<>();
        objects.add(new Slot(root, "", -1, ""));
        slots(root).stream().filter(s -> s.value().isObject()).forEach(objects::add);
        Slot slot = pick(objects, random);
        ObjectNode object = (ObjectNode) (slot.pointer().isEmpty() ? root : slot.value());
        object.put("unexpectedNote", "å".repeat(LONG));
        return new Mutated("unknown field of " + LONG + " characters in "
                + (slot.pointer().isEmpty() ? "the root" : slot.pointer()), write(root));
    }

    /** Every value below the root, in document order (parents before children). */
    private static List<Slot> slots(JsonNode root) {
        List<Slot> slots = new ArrayList<>();
        collect(root, "", slots);
        return slots;
    }

    private static void collect(JsonNode node, String pointer, List<Slot> slots) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String child = pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
                slots.add(new Slot(node, e.getKey(), -1, child));
                collect(e.getValue(), child, slots);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String child = pointer + "/" + i;
                slots.add(new Slot(node, "", i, child));
                collect(node.get(i), child, slots);
            }
        }
    }

    private static <T> T pick(List<T> from, SplittableRandom random) {
        if (from.isEmpty()) {
            throw new IllegalArgumentException("Nothing to pick from");
        }
        return from.get(random.nextInt(from.size()));
    }

    private static byte[] write(JsonNode root) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String compact(JsonNode value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A string as a JSON literal, with its quotes. */
    private static String literal(String value) {
        return compact(TextNode.valueOf(value));
    }

    /** A string as the inside of a JSON literal. */
    private static String escaped(String value) {
        String literal = literal(value);
        return literal.substring(1, literal.length() - 1);
    }
}
