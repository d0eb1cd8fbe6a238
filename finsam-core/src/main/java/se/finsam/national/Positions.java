package se.finsam.national;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import se.finsam.association.AssociationId;

/** Finds an association's position in the results of a national allocation by its id. */
final class Positions {

    private Positions() {
    }

    /**
     * Indexes a list by the ids of its elements.
     *
     * @param list the elements, their ids distinct
     * @param id the id of an element
     * @return each id's position
     */
    static <T> Map<AssociationId, Integer> index(List<T> list, Function<T, AssociationId> id) {
        Map<AssociationId, Integer> map = new HashMap<>(list.size() * 2);
        for (int i = 0; i < list.size(); i++) {
            map.put(id.apply(list.get(i)), i);
        }
        return map;
    }

    /**
     * Finds an association's position.
     *
     * @throws IllegalArgumentException if there is no such association
     */
    static int find(Map<AssociationId, Integer> index, AssociationId association) {
        Integer i = index.get(Objects.requireNonNull(association, "association"));
        if (i == null) {
            throw new IllegalArgumentException("No association '" + association + "' in the national allocation");
        }
        return i;
    }
}
