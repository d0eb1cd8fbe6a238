package se.finsam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import se.finsam.testing.NullMarkedPackages;

/**
 * The rule that finsam-examples' {@link ArchitectureTest} adds to the core's fails on a class that breaks it
 * and passes on the module's own classes: a rule that cannot fail would be a defect.
 */
class ArchitectureRulesTest {

    @Test
    void packagesAreNullMarked_failsOnAClassOfTheToolInAPackageWithoutIt() {
        JavaClasses unmarked = new ClassFileImporter().importPackages("se.finsam.cli.unmarked");

        assertThatThrownBy(() -> ArchitectureTest.packagesAreNullMarked(unmarked)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("se.finsam.cli.unmarked.Unmarked is in package se.finsam.cli.unmarked,"
                        + " whose package-info is not @NullMarked");
    }

    @Test
    void packagesAreNullMarked_passesOnTheToolAndTheExamples() {
        JavaClasses main = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("se.finsam.cli", "se.finsam.examples");

        assertThat(main.containPackage("se.finsam.examples")).isTrue();
        assertThatCode(() -> ArchitectureTest.packagesAreNullMarked(main)).doesNotThrowAnyException();
    }

    @Test
    void packagesAreNullMarked_leavesTheClassesOfOtherModulesAlone() throws ClassNotFoundException {
        // se.finsam.testing (the core's test-jar) has no package-info: not finsam-examples' to hold.
        JavaClasses withCore = new ClassFileImporter().importClasses(NullMarkedPackages.class, Main.class,
                Class.forName("se.finsam.cli.package-info"));

        assertThat(withCore.contain(NullMarkedPackages.class)).isTrue();
        assertThatCode(() -> ArchitectureTest.packagesAreNullMarked(withCore)).doesNotThrowAnyException();
    }
}
