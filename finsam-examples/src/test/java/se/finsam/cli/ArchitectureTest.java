package se.finsam.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import se.finsam.json.FinsamJson;
import se.finsam.testing.ExactNumbers;
import se.finsam.testing.NullMarkedPackages;

/** The layering of finsam-examples. */
@AnalyzeClasses(packages = "se.finsam", importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

    /** The tool reads documents through the public facade only, not Jackson directly. */
    @ArchTest
    static final ArchRule toolUsesTheFacade = noClasses().that().resideInAnyPackage("se.finsam.cli..", "se.finsam.examples..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml..");

    /**
     * The tool uses finsam-json's API package only: its tree machinery ({@code se.finsam.json.internal}) and
     * the packages of the kinds of document are not API.
     */
    @ArchTest
    static final ArchRule toolUsesTheJsonApiOnly = noClasses().that().resideOutsideOfPackage("se.finsam.json..")
            .should().dependOnClassesThat().resideInAnyPackage("se.finsam.json.internal..", "se.finsam.json.plan..",
                    "se.finsam.json.national..", "se.finsam.json.indicator..", "se.finsam.json.followup..");

    /** Only Main is public in the tool; the rest may change freely. */
    @ArchTest
    static final ArchRule onlyMainIsPublic = classes().that().resideInAPackage("se.finsam.cli").and().arePublic()
            .should().haveSimpleName("Main");

    /** One FinsamJson per run, built from the options (--max-bytes): the tool never makes a default one. */
    @ArchTest
    static final ArchRule oneFinsamJsonPerRun = noClasses().that().resideInAPackage("se.finsam.cli")
            .should().callMethod(FinsamJson.class, "create");

    /**
     * The tool reads and writes documents in few places, which name each kind once: the kinds ({@link Kind}),
     * the command list's JSON writers ({@link Commands}, {@link Command}), the run ({@link Cli}) and the
     * statistics files the options name ({@link Statistics}, whose preparations get the run's reader). Reports
     * render values, never JSON.
     */
    @ArchTest
    static final ArchRule reportsDoNotReadOrWriteJson = noClasses().that().resideInAPackage("se.finsam.cli")
            .and().haveNameNotMatching("se\\.finsam\\.cli\\.(Kind|Commands|Command|Cli|Statistics)(\\$.*)?")
            .should().dependOnClassesThat().resideInAPackage("se.finsam.json..");

    /** Errors say what went wrong: no generic exceptions. */
    @ArchTest
    static final ArchRule noGenericExceptions = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

    /** Numbers cross types exactly: no longValue() or intValue() of a BigDecimal, BigInteger or Number. */
    @ArchTest
    static final ArchRule noLossyNumberConversions = ExactNumbers.NO_LOSSY_CONVERSIONS;

    /**
     * Every package of finsam-examples is {@code @NullMarked}, so NullAway checks all of it
     * (docs/null-safety.md). The rule is core's ({@link NullMarkedPackages}); it is held here to this module's
     * own classes, since the core's and finsam-json's are theirs to hold.
     *
     * @param classes the classes imported for this test, of finsam-examples, finsam-json and the core
     */
    @ArchTest
    static void packagesAreNullMarked(JavaClasses classes) {
        NullMarkedPackages.everyPackageExcept()
                .check(classes.that(JavaClass.Predicates.resideInAnyPackage("se.finsam.cli..", "se.finsam.examples..")));
    }

    /** Leaves out the core's test-jar (its fixtures break the rules on purpose); only main code is checked. */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }
}
