package se.finsam.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Checks {@code equals} and {@code hashCode} in groups, like Guava's {@code EqualsTester}: every item
 * equals itself and every item of its own group (both ways, with equal hash codes), and equals no item
 * of another group, nor {@code null}, nor an instance of an unrelated type.
 *
 * <pre>{@code
 * EqualityGroups.create()
 *         .addGroup(RoundingUnit.parse("1"), RoundingUnit.parse("1.00"))
 *         .addGroup(RoundingUnit.ORE)
 *         .test();
 * }</pre>
 *
 * <p>Failures name the group and item indexes and the items' {@code toString}.
 */
public final class EqualityGroups {

    /** An object of a type that no finsam value should consider equal to itself. */
    private static final Object FOREIGN = new Object() {
        @Override
        public String toString() {
            return "a foreign object";
        }
    };

    private final List<List<Object>> groups = new ArrayList<>();

    private EqualityGroups() {
    }

    /**
     * Starts an empty set of groups.
     *
     * @return the tester
     */
    public static EqualityGroups create() {
        return new EqualityGroups();
    }

    /**
     * Adds a group of items that must all be equal to each other and unequal to every other group.
     *
     * @param items the items, at least one, none null
     * @return this tester
     */
    public EqualityGroups addGroup(Object... items) {
        if (items.length == 0) {
            throw new IllegalArgumentException("A group needs at least one item");
        }
        for (Object item : items) {
            Objects.requireNonNull(item, "item");
        }
        groups.add(List.copyOf(Arrays.asList(items)));
        return this;
    }

    /**
     * Runs every check.
     *
     * @throws AssertionError naming the first offending pair
     */
    // The contract of equals is what is tested: an object against itself, against null, and its hash code twice.
    @SuppressWarnings({"SelfEquals", "EqualsNull", "IdentityBinaryExpression"})
    public void test() {
        for (int g = 0; g < groups.size(); g++) {
            List<Object> group = groups.get(g);
            for (int i = 0; i < group.size(); i++) {
                Object item = group.get(i);
                String name = describe(g, i, item);
                check(item.equals(item), name + " must equal itself");
                check(!item.equals(null), name + " must not equal null");
                check(!item.equals(FOREIGN), name + " must not equal " + FOREIGN);
                check(item.hashCode() == item.hashCode(), name + " must have a stable hash code");
                for (int j = 0; j < group.size(); j++) {
                    Object peer = group.get(j);
                    String peerName = describe(g, j, peer);
                    check(item.equals(peer), name + " must equal " + peerName);
                    check(item.hashCode() == peer.hashCode(), name + " has hash code " + item.hashCode() + " but its equal "
                            + peerName + " has " + peer.hashCode());
                }
                for (int h = 0; h < groups.size(); h++) {
                    if (h == g) {
                        continue;
                    }
                    List<Object> other = groups.get(h);
                    for (int j = 0; j < other.size(); j++) {
                        check(!item.equals(other.get(j)), name + " must not equal " + describe(h, j, other.get(j)));
                    }
                }
            }
        }
    }

    private static String describe(int group, int index, Object item) {
        return "item " + index + " of group " + group + " [" + item + "]";
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
