package se.finsam.statistics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import se.finsam.testing.ExactNumbers;
import se.finsam.testing.NullMarkedPackages;

/** The layering of finsam-statistics: on the core and Jackson alone, never on finsam-json, the reports or the tool. */
@AnalyzeClasses(packages = "se.finsam", importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

    /** Statistics are read into the core's values; documents are finsam-json's, words the reports', commands the tool's. */
    @ArchTest
    static final ArchRule statisticsSeeOnlyTheCoreAndJackson = noClasses().that().resideInAPackage("se.finsam.statistics..")
            .should().dependOnClassesThat().resideInAnyPackage("se.finsam.json..", "se.finsam.report..", "se.finsam.cli..",
                    "se.finsam.examples..");

    /** Jackson stays inside: no public type of the module shows it. */
    @ArchTest
    static final ArchRule jacksonIsNotInThePublicApi = noClasses().that().resideInAPackage("se.finsam.statistics..")
            .and().arePublic().should().dependOnClassesThat().resideInAPackage("com.fasterxml..")
            .because("the public API of finsam-statistics names no Jackson type; Jackson is used by package-private readers");

    /** No count goes through a double or a long without saying so. */
    @ArchTest
    static final ArchRule noLossyNumberConversions = ExactNumbers.NO_LOSSY_CONVERSIONS;

    /**
     * Every package of finsam-statistics is {@code @NullMarked}, so NullAway checks all of it.
     *
     * @param classes the classes imported for this test
     */
    @ArchTest
    static void packagesAreNullMarked(JavaClasses classes) {
        NullMarkedPackages.everyPackageExcept().check(classes.that(JavaClass.Predicates.resideInAPackage("se.finsam.statistics..")));
    }

    /** Leaves out the core's test-jar (its fixtures break the rules on purpose); only main code is checked. */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }
}
