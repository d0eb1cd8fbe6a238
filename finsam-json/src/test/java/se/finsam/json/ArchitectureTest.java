package se.finsam.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The layering of finsam-json. */
@AnalyzeClasses(packages = "se.finsam", importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

    /** The adapter depends on the core, never on the tool built on top of it. */
    @ArchTest
    static final ArchRule jsonDoesNotDependOnTheTool = noClasses().that().resideInAPackage("se.finsam.json..")
            .should().dependOnClassesThat().resideInAnyPackage("se.finsam.cli..", "se.finsam.examples..");

    /** The core never sees Jackson. */
    @ArchTest
    static final ArchRule coreDoesNotSeeJackson = noClasses().that().resideOutsideOfPackage("se.finsam.json..")
            .and().resideInAPackage("se.finsam..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml..");

    /** Readers and writers are implementation details: only the facade, the document and the codes are public. */
    @ArchTest
    static final ArchRule smallPublicSurface = classes().that().resideInAPackage("se.finsam.json")
            .and().arePublic().and().areTopLevelClasses()
            .should().haveSimpleNameStartingWith("Finsam").orShould().haveSimpleName("JsonViolationCodes");

    /** Values are immutable. */
    @ArchTest
    static final ArchRule fieldsAreFinal = fields().that().areDeclaredInClassesThat().resideInAPackage("se.finsam.json")
            .and().areDeclaredInClassesThat().areNotAssignableTo(DocumentReader.class)
            .should().beFinal();

    /** Errors say what went wrong: no generic exceptions. */
    @ArchTest
    static final ArchRule noGenericExceptions = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

    /** Leaves out the core's test-jar (its fixtures break the rules on purpose); only main code is checked. */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }
}
