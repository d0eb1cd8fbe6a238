package se.finsam.statistics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;
import se.finsam.statistics.ScbWords.Role;
import se.finsam.statistics.ScbWords.Sex;

/**
 * The cells of a population table by region, time, age and sex, whatever the file's format: the
 * dimensions a reader found are given their roles and checked (every age readable, a sex total or both
 * sexes, one head-count contents), then the reader hands over each cell and the cube checks that every
 * combination is there exactly once. Memory is linear in the file: the dense array is made only when the
 * dimensions make at most about twice as many cells as the file holds.
 */
final class ScbCube {

    /** The most cells a table may make. */
    static final int MAX_CELLS = 10_000_000;
    /**
     * How many more cells than twice those in the file the dimensions may make before the cube is refused
     * unmade: a table missing a few cells has each reported, and memory stays linear in the file.
     */
    private static final long SLACK = 1024;

    private final List<ScbDimension> dimensions;
    private final ScbFaults faults;
    private final LongFunction<String> pathOf;
    private final String cellsPath;
    private final Map<Role, Integer> roles = new EnumMap<>(Role.class);
    private int contentsCategory = -1;
    private final List<ScbAge> ages = new ArrayList<>();
    private int[] sexes = {0};
    private long @Nullable [] values;
    private long @Nullable [] where;
    private int[] sizes = new int[4];

    private ScbCube(List<ScbDimension> dimensions, ScbFaults faults, LongFunction<String> pathOf, String cellsPath) {
        this.dimensions = List.copyOf(dimensions);
        this.faults = faults;
        this.pathOf = pathOf;
        this.cellsPath = cellsPath;
    }

    /**
     * Gives the dimensions their roles and checks them; every fault goes to {@code faults}.
     *
     * @param dimensions the dimensions in the file's order
     * @param faults receives the faults
     * @param pathOf the path of a cell's location, as the reader numbers locations
     * @param cellsPath where the cells are, for a fault of the cells as a whole
     * @param dimensionsPath where the dimensions are declared, for a dimension that is missing
     * @param title the table's title, if it has one, to tell a table of something else when it has no contents
     * @param titlePath where the title is
     * @param entries how many cells the file holds, to bound the cube before making it
     * @return the cube, ready for cells if its dimensions were usable and nothing before was at fault
     */
    static ScbCube resolve(List<ScbDimension> dimensions, ScbFaults faults, LongFunction<String> pathOf, String cellsPath,
            String dimensionsPath, Optional<String> title, String titlePath, long entries) {
        ScbCube cube = new ScbCube(dimensions, faults, pathOf, cellsPath);
        cube.assignRoles(dimensionsPath);
        cube.checkContents(title, titlePath);
        cube.readAges();
        cube.readSexes();
        if (faults.isEmpty()) {
            cube.allocate(entries);
        }
        return cube;
    }

    private void assignRoles(String dimensionsPath) {
        for (int d = 0; d < dimensions.size(); d++) {
            ScbDimension dim = dimensions.get(d);
            Optional<Role> role = dim.role();
            if (role.isEmpty()) {
                // A variable finsam does not use may stay only as its total ("totalt"): one other category of it
                // ("ogifta" of civilstånd) would count part of the population, silently.
                if (dim.size() > 1 || (dim.size() == 1 && !ScbWords.isTotal(dim.categories().get(0).code(),
                        dim.categories().get(0).label()))) {
                    faults.add(dim.path(), StatisticsCodes.HEADER_UNKNOWN, "Dimension " + dim.describe()
                            + " is none of region, age, sex, time or contents as SCB names them in Swedish or English;"
                            + " save the table without it (choose its total, or leave the variable out)");
                }
            } else if (roles.containsKey(role.get())) {
                faults.add(dim.path(), StatisticsCodes.DUPLICATE, "Dimension " + dim.describe() + " is a second "
                        + role.get().description() + " dimension; the first is " + dimensions.get(roles.get(role.get())).describe());
            } else {
                roles.put(role.get(), d);
            }
        }
        for (Role needed : List.of(Role.REGION, Role.AGE, Role.TIME)) {
            if (!roles.containsKey(needed)) {
                faults.add(dimensionsPath, StatisticsCodes.DIMENSION_MISSING, "The table has no " + needed.description()
                        + " dimension; a population table needs region, age and time");
            }
        }
    }

    private void checkContents(Optional<String> title, String titlePath) {
        Integer d = roles.get(Role.CONTENTS);
        if (d == null) {
            if (title.isPresent() && ScbWords.isNotHeadCount(title.get())) {
                faults.add(titlePath, StatisticsCodes.WRONG_TABLE, "The table '" + ScbFaults.quote(title.get())
                        + "' is not of head counts (folkmängd, population)");
            }
            return;
        }
        ScbDimension dim = dimensions.get(d);
        List<String> others = new ArrayList<>();
        for (int c = 0; c < dim.size(); c++) {
            ScbDimension.Category cat = dim.categories().get(c);
            if (ScbWords.isHeadCount(cat.code()) || ScbWords.isHeadCount(cat.label())) {
                contentsCategory = c;
                return;
            }
            others.add("'" + ScbFaults.quote(cat.label()) + "'" + (cat.code().equals(cat.label()) ? "" : " (" + ScbFaults.quote(cat.code()) + ")"));
        }
        String path = dim.size() > 0 ? dim.categories().get(0).path() : dim.path();
        faults.add(path, StatisticsCodes.WRONG_TABLE, "The table holds " + String.join(", ", others)
                + ", not head counts (folkmängd, population)");
    }

    private void readAges() {
        Integer d = roles.get(Role.AGE);
        if (d == null) {
            return;
        }
        for (ScbDimension.Category cat : dimensions.get(d).categories()) {
            Optional<ScbAge> age = ScbAge.parse(cat.code()).or(() -> ScbAge.parse(cat.label()));
            if (age.isEmpty()) {
                faults.add(cat.path(), StatisticsCodes.AGE_UNREADABLE, "Age '" + ScbFaults.quote(cat.label())
                        + "' is none of the forms finsam reads: 16, 16-19, 16–19 år, 100+ or a total such as 'totalt'");
                ages.add(new ScbAge(0, 0, true, cat.label()));
                continue;
            }
            ScbAge a = new ScbAge(age.get().fromAge(), age.get().toAge(), age.get().total(), cat.label());
            for (ScbAge earlier : ages) {
                if (earlier.sameAges(a)) {
                    faults.add(cat.path(), StatisticsCodes.DUPLICATE, "Age '" + ScbFaults.quote(cat.label())
                            + "' holds the same ages as '" + ScbFaults.quote(earlier.text()) + "'");
                    break;
                }
            }
            ages.add(a);
        }
    }

    private void readSexes() {
        Integer d = roles.get(Role.SEX);
        if (d == null) {
            return;
        }
        ScbDimension dim = dimensions.get(d);
        Map<Sex, Integer> found = new EnumMap<>(Sex.class);
        for (int c = 0; c < dim.size(); c++) {
            ScbDimension.Category cat = dim.categories().get(c);
            Sex sex = ScbWords.sexOf(cat.code(), cat.label());
            if (sex == Sex.UNKNOWN) {
                faults.add(cat.path(), StatisticsCodes.HEADER_UNKNOWN, "Sex '" + ScbFaults.quote(cat.label())
                        + "' is none of men, women or total as SCB writes them (1/män/men, 2/kvinnor/women, 1+2/totalt/total)");
            } else if (found.containsKey(sex)) {
                faults.add(cat.path(), StatisticsCodes.DUPLICATE, "Sex '" + ScbFaults.quote(cat.label()) + "' is the same as '"
                        + ScbFaults.quote(dim.categories().get(found.get(sex)).label()) + "'");
            } else {
                found.put(sex, c);
            }
        }
        if (found.containsKey(Sex.TOTAL)) {
            sexes = new int[] {found.get(Sex.TOTAL)};
        } else if (found.containsKey(Sex.MEN) && found.containsKey(Sex.WOMEN)) {
            sexes = new int[] {found.get(Sex.MEN), found.get(Sex.WOMEN)};
        } else if (!found.isEmpty()) {
            faults.add(dim.path(), StatisticsCodes.WRONG_TABLE, "The table holds only "
                    + (found.containsKey(Sex.MEN) ? "men" : "women") + " of sex " + dim.describe()
                    + "; a head count needs both sexes or their total");
        }
    }

    private void allocate(long entries) {
        int[] dims = {dim(Role.REGION), dim(Role.TIME), dim(Role.AGE), roles.containsKey(Role.SEX) ? dim(Role.SEX) : -1};
        long product = 1;
        for (int i = 0; i < dims.length; i++) {
            sizes[i] = dims[i] < 0 ? 1 : dimensions.get(dims[i]).size();
            product = Math.min(product * sizes[i], (long) MAX_CELLS + 1);
        }
        if (product > MAX_CELLS) {
            faults.add(cellsPath, StatisticsCodes.FILE_TOO_LARGE, "The table's regions, times, ages and sexes make more than "
                    + MAX_CELLS + " cells, the most finsam reads");
        } else if (product > 2 * entries + SLACK) {
            faults.add(cellsPath, StatisticsCodes.CELL_MISSING, "The table's regions, times, ages and sexes make " + product
                    + " cells, but the file holds only " + entries);
        } else {
            values = new long[(int) product];
            where = new long[(int) product];
        }
    }

    private int dim(Role role) {
        Integer d = roles.get(role);
        return d == null ? -1 : d;
    }

    /**
     * Whether a cell is of the table's head counts: true unless the table has a contents dimension and the
     * cell is of other contents (or the table has no head-count contents at all).
     */
    boolean wanted(int[] categories) {
        Integer contents = roles.get(Role.CONTENTS);
        return contents == null || categories[contents] == contentsCategory;
    }

    /**
     * Takes one cell of the file.
     *
     * @param categories the cell's category in each dimension, in the file's order of dimensions
     * @param value the count, or {@link ScbCount#BAD}
     * @param location where the cell is, as the reader numbers locations (0 or more)
     */
    void cell(int[] categories, long value, long location) {
        long[] v = values;
        long[] w = where;
        if (v == null || w == null) {
            return;
        }
        if (!wanted(categories)) {
            return;
        }
        int i = index(categories);
        if (w[i] != 0) {
            faults.add(pathOf.apply(location), StatisticsCodes.DUPLICATE, "A second cell for " + describe(i)
                    + "; the first is at " + pathOf.apply(w[i] - 1));
            return;
        }
        w[i] = location + 1;
        v[i] = value;
    }

    private int index(int[] categories) {
        int r = categories[dim(Role.REGION)];
        int t = categories[dim(Role.TIME)];
        int a = categories[dim(Role.AGE)];
        int s = roles.containsKey(Role.SEX) ? categories[dim(Role.SEX)] : 0;
        return ((r * sizes[1] + t) * sizes[2] + a) * sizes[3] + s;
    }

    /** The cell at an index in words: region, age, sex and time. */
    private String describe(int i) {
        int s = i % sizes[3];
        int a = i / sizes[3] % sizes[2];
        int t = i / sizes[3] / sizes[2] % sizes[1];
        int r = i / sizes[3] / sizes[2] / sizes[1];
        String sex = roles.containsKey(Role.SEX) ? ", sex '" + ScbFaults.quote(category(Role.SEX, s).label()) + "'" : "";
        return "region '" + ScbFaults.quote(category(Role.REGION, r).code()) + "', age '"
                + ScbFaults.quote(category(Role.AGE, a).label()) + "'" + sex + ", time '"
                + ScbFaults.quote(category(Role.TIME, t).code()) + "'";
    }

    private ScbDimension.Category category(Role role, int i) {
        return dimensions.get(dim(role)).categories().get(i);
    }

    /** Reports every combination of the dimensions that no cell gave. */
    void finish() {
        long[] w = where;
        if (w == null) {
            return;
        }
        for (int i = 0; i < w.length; i++) {
            if (w[i] == 0) {
                faults.add(cellsPath, StatisticsCodes.CELL_MISSING, "The file has no cell for " + describe(i));
            }
        }
    }

    List<ScbDimension.Category> regions() {
        return dimensions.get(dim(Role.REGION)).categories();
    }

    List<ScbDimension.Category> periods() {
        return dimensions.get(dim(Role.TIME)).categories();
    }

    List<ScbAge> ages() {
        return ages;
    }

    /** The sex categories whose cells are summed: the total, or men and women. */
    int[] sexes() {
        return sexes.clone();
    }

    /** Sizes of region, time, age and sex. */
    int[] sizes() {
        return sizes.clone();
    }

    /** The counts, dense, indexed ((region × times + time) × ages + age) × sexes + sex. */
    long[] values() {
        long[] v = values;
        if (v == null) {
            throw new IllegalStateException("No cells: the table was not usable");
        }
        return v;
    }

    /** The chosen contents category of the contents dimension, or -1 when the table has none. */
    int contentsCategory() {
        return contentsCategory;
    }

    /** The contents dimension, if the table has one. */
    Optional<ScbDimension> contents() {
        Integer d = roles.get(Role.CONTENTS);
        return d == null ? Optional.empty() : Optional.of(dimensions.get(d));
    }
}
