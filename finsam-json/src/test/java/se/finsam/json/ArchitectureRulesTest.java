package se.finsam.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import se.finsam.testing.NullMarkedPackages;

/**
 * The rule that finsam-json's {@link ArchitectureTest} adds to the core's fails on a class that breaks it and
 * passes on the module's own classes: a rule that cannot fail would be a defect.
 */
class ArchitectureRulesTest {

    @Test
    void packagesAreNullMarked_failsOnAClassOfFinsamJsonInAPackageWithoutIt() {
        JavaClasses unmarked = new ClassFileImporter().importPackages("se.finsam.json.unmarked");

        assertThatThrownBy(() -> ArchitectureTest.packagesAreNullMarked(unmarked)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("se.finsam.json.unmarked.Unmarked is in package se.finsam.json.unmarked,"
                        + " whose package-info is not @NullMarked");
    }

    @Test
    void packagesAreNullMarked_passesOnFinsamJson() {
        JavaClasses main = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("se.finsam.json");

        assertThat(main.containPackage("se.finsam.json.internal")).isTrue();
        assertThatCode(() -> ArchitectureTest.packagesAreNullMarked(main)).doesNotThrowAnyException();
    }

    @Test
    void packagesAreNullMarked_leavesTheClassesOfOtherModulesAlone() throws ClassNotFoundException {
        // se.finsam.testing (the core's test-jar) has no package-info: not finsam-json's to hold.
        JavaClasses withCore = new ClassFileImporter().importClasses(NullMarkedPackages.class, FinsamJson.class,
                Class.forName("se.finsam.json.package-info"));

        assertThat(withCore.contain(NullMarkedPackages.class)).isTrue();
        assertThatCode(() -> ArchitectureTest.packagesAreNullMarked(withCore)).doesNotThrowAnyException();
    }
}
