package se.finsam.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A dimension of a table as a reader found it: its name (code), its label, where it is stated, the role
 * it was given by the file (JSON-stat's {@code role}) and its categories in the table's order. Categories
 * are added as they are met, each once by code; the first place each is met locates it.
 */
final class ScbDimension {

    /**
     * A category of a dimension.
     *
     * @param code the code, e.g. {@code 0484}
     * @param label the label, e.g. {@code Eskilstuna}; the code when the file has no label
     * @param path where it is first stated in the file
     */
    record Category(String code, String label, String path) {
    }

    private final String code;
    private final String label;
    private final String path;
    private final ScbWords.@Nullable Role statedRole;
    private final List<Category> categories = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();

    ScbDimension(String code, String label, String path, ScbWords.@Nullable Role statedRole) {
        this.code = code;
        this.label = label;
        this.path = path;
        this.statedRole = statedRole;
    }

    String code() {
        return code;
    }

    String label() {
        return label;
    }

    String path() {
        return path;
    }

    /** The role: as the file states it, else by the code's or the label's word, if finsam knows it. */
    Optional<ScbWords.Role> role() {
        if (statedRole != null) {
            return Optional.of(statedRole);
        }
        Optional<ScbWords.Role> byCode = ScbWords.roleOf(code);
        return byCode.isPresent() ? byCode : ScbWords.roleOf(label);
    }

    /** A name for messages: the label and, if different, the code. */
    String describe() {
        return label.equals(code) ? "'" + ScbFaults.quote(label) + "'"
                : "'" + ScbFaults.quote(label) + "' (" + ScbFaults.quote(code) + ")";
    }

    List<Category> categories() {
        return categories;
    }

    int size() {
        return categories.size();
    }

    /** The index of a category by its code, adding it if new. */
    int indexOf(String categoryCode, String categoryLabel, String categoryPath) {
        Integer i = index.get(categoryCode);
        if (i != null) {
            return i;
        }
        categories.add(new Category(categoryCode, categoryLabel, categoryPath));
        index.put(categoryCode, categories.size() - 1);
        return categories.size() - 1;
    }

    /** Adds a category that must be new; returns false (and adds nothing) if its code is already there. */
    boolean add(String categoryCode, String categoryLabel, String categoryPath) {
        if (index.containsKey(categoryCode)) {
            return false;
        }
        indexOf(categoryCode, categoryLabel, categoryPath);
        return true;
    }
}
