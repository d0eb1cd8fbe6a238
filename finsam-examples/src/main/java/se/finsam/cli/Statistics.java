package se.finsam.cli;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.finsam.budget.AnnualPlan;
import se.finsam.contribution.ContributionKey;
import se.finsam.indicator.IndicatorSet;
import se.finsam.json.FinsamJson;
import se.finsam.population.AgeBand;
import se.finsam.statistics.IndicatorImports;
import se.finsam.statistics.KoladaValues;
import se.finsam.statistics.PopulationKeys;
import se.finsam.statistics.PopulationTable;
import se.finsam.statistics.StatisticsCodes;
import se.finsam.validation.FinsamValidationException;

/**
 * The files of official statistics the commands take besides their document ({@code --population},
 * {@code --kolada}): read with finsam-statistics, a file that cannot be used reported under its own name
 * with every fault located in it (docs/statistics.md).
 */
final class Statistics {

    /** The ages counted when {@code --ages} is not given: working age, as the keys of the sources. */
    static final AgeBand DEFAULT_AGES = AgeBand.of(16, 64);

    private Statistics() {
    }

    /**
     * {@code finsam key}: the plan with its municipal key replaced by a population key from the table that
     * {@code --population} names, or with {@code --settle} with that key as its final municipal key.
     *
     * @throws Cli.UsageException without {@code --population} or {@code --year}, or if the table cannot be read
     * @throws Cli.InvalidInput if the table cannot be used for this plan: every fault, located in the table
     * @throws FinsamValidationException if a municipality of the plan has no code (located in the plan)
     */
    static AnnualPlan withPopulationKey(FinsamJson json, AnnualPlan plan, Cli.Options options) throws Cli.UsageException {
        String file = required(options.population, "key", "--population FILE (a population table saved from SCB's database)");
        String year = required(options.year, "key", "--year Y (the table's year, e.g. 2023, or month, e.g. 2023M10)");
        // The plan's faults first: a municipality without a code cannot be looked up in any table.
        PopulationKeys.checkCodes(plan.association()).throwIfInvalid("association");
        PopulationTable table = table(file, options);
        ContributionKey.Population key;
        try {
            key = PopulationKeys.municipalKey(plan.association(), table, ages(options), year);
        } catch (FinsamValidationException e) {
            throw ofDocumentOr(file, e);
        }
        return options.settle ? plan.withFinalMunicipalKey(key) : plan.withMunicipalKey(key);
    }

    /**
     * {@code finsam indicators}: the set with its populations from the table {@code --population} names (for
     * {@code --year}, in the set's age band) and the key figures of the Kolada files {@code --kolada} names.
     *
     * @throws Cli.UsageException for {@code --population} without {@code --year}, or a file that cannot be read
     * @throws Cli.InvalidInput if a file cannot be used for this set: every fault, located in the file
     * @throws FinsamValidationException if a municipality of the set has no code (located in the document)
     */
    static IndicatorSet withStatistics(FinsamJson json, IndicatorSet set, Cli.Options options) throws Cli.UsageException {
        IndicatorSet result = set;
        if (options.population != null) {
            String file = options.population;
            String year = required(options.year, "indicators", "--year Y with --population (the table's year, e.g. 2023)");
            PopulationTable table = table(file, options);
            try {
                result = IndicatorImports.withPopulations(result, table, year);
            } catch (FinsamValidationException e) {
                throw ofDocumentOr(file, e);
            }
        } else if (options.year != null) {
            throw new Cli.UsageException("indicators: --year is the year of a --population table: give --population FILE");
        }
        if (!options.kolada.isEmpty()) {
            KoladaValues values = kolada(options);
            try {
                result = IndicatorImports.withKeyFigures(result, values);
            } catch (FinsamValidationException e) {
                throw ofDocumentOr(String.join(", ", options.kolada), e);
            }
        }
        return result;
    }

    /**
     * A fault of the command's document (a municipality without a code) as it is; any other as the file's.
     */
    private static RuntimeException ofDocumentOr(String file, FinsamValidationException e) {
        boolean document = e.violations().stream().allMatch(v -> v.code().equals(StatisticsCodes.MEMBER_WITHOUT_CODE)
                || v.path().startsWith("/municipalities/") || v.path().startsWith("/association/"));
        return document ? e : new Cli.InvalidInput(file, e.violations());
    }

    /** The Kolada files {@code --kolada} names, read together as the pages of one answer. */
    static KoladaValues kolada(Cli.Options options) throws Cli.UsageException {
        List<Path> pages = new ArrayList<>(options.kolada.size());
        String current = "";
        try {
            for (String file : options.kolada) {
                current = file;
                pages.add(Path.of(file));
            }
            return KoladaValues.read(pages, options.json().maxDocumentBytes()).whole();
        } catch (FinsamValidationException e) {
            throw new Cli.InvalidInput(String.join(", ", options.kolada), e.violations());
        } catch (NoSuchFileException e) {
            throw new Cli.UsageException("cannot read --kolada '" + e.getFile() + "': no such file");
        } catch (IOException e) {
            throw new Cli.UsageException("cannot read --kolada: " + e.getMessage());
        } catch (InvalidPathException e) {
            throw new Cli.UsageException("cannot read --kolada '" + current + "': " + e.getMessage());
        }
    }

    /** The ages to count: {@code --ages}, or 16–64. */
    static AgeBand ages(Cli.Options options) {
        return options.ages == null ? DEFAULT_AGES : options.ages;
    }

    /** The population table {@code --population} names, read through the run's size limit. */
    static PopulationTable table(String file, Cli.Options options) throws Cli.UsageException {
        try {
            return PopulationTable.read(Path.of(file), options.json().maxDocumentBytes());
        } catch (FinsamValidationException e) {
            throw new Cli.InvalidInput(file, e.violations());
        } catch (NoSuchFileException e) {
            throw new Cli.UsageException("cannot read --population '" + file + "': no such file");
        } catch (IOException | InvalidPathException e) {
            throw new Cli.UsageException("cannot read --population '" + file + "': " + e.getMessage());
        }
    }

    private static String required(@org.jspecify.annotations.Nullable String value, String command, String what)
            throws Cli.UsageException {
        if (value == null) {
            throw new Cli.UsageException(command + ": give " + what);
        }
        return value;
    }
}
