package se.finsam.report;

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

/** The layering of finsam-report: on the core alone, never on Jackson, finsam-json or the tool. */
@AnalyzeClasses(packages = "se.finsam", importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

    /** Reports are made from the core's values; reading and writing JSON is finsam-json's, the command line the tool's. */
    @ArchTest
    static final ArchRule reportsSeeOnlyTheCore = noClasses().that().resideInAPackage("se.finsam.report..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "se.finsam.json..", "se.finsam.cli..",
                    "se.finsam.examples..");

    /** No amount goes through a double or a long without saying so. */
    @ArchTest
    static final ArchRule noLossyNumberConversions = ExactNumbers.NO_LOSSY_CONVERSIONS;

    /**
     * Every package of finsam-report is {@code @NullMarked}, so NullAway checks all of it.
     *
     * @param classes the classes imported for this test
     */
    @ArchTest
    static void packagesAreNullMarked(JavaClasses classes) {
        NullMarkedPackages.everyPackageExcept().check(classes.that(JavaClass.Predicates.resideInAPackage("se.finsam.report..")));
    }

    /** Leaves out the core's test-jar (its fixtures break the rules on purpose); only main code is checked. */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }
}
