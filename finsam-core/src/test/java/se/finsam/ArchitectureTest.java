package se.finsam;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.math.BigDecimal;
import java.util.Set;
import se.finsam.testing.ExactNumbers;
import se.finsam.testing.NullMarkedPackages;

/**
 * The shape of finsam-core (STYLE.md): no framework, no cycles, immutable value types, no floating
 * point, no generic exceptions. {@code ArchitectureRulesTest} shows that each rule can fail.
 */
@AnalyzeClasses(packages = "se.finsam", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final Set<String> FLOATING_POINT = Set.of("double", "float", "java.lang.Double", "java.lang.Float");
    private static final Set<String> GENERIC_THROWABLES = Set.of("java.lang.Throwable", "java.lang.Exception",
            "java.lang.RuntimeException");

    /** Records, and final classes: the value types, whose state must never change. */
    static final DescribedPredicate<JavaClass> RECORDS_AND_FINAL_CLASSES = DescribedPredicate.describe(
            "records or final classes", c -> c.isRecord() || c.getModifiers().contains(JavaModifier.FINAL));

    @ArchTest
    static final ArchRule CORE_HAS_NO_JACKSON = noClasses().should().dependOnClassesThat()
            .resideInAPackage("com.fasterxml..")
            .because("finsam-core has no framework in it; Jackson lives in finsam-json (STYLE.md)");

    @ArchTest
    static final ArchRule CORE_DOES_NOT_DEPEND_ON_ADAPTERS = noClasses()
            .that().resideInAPackage("se.finsam..")
            .and().resideOutsideOfPackages("se.finsam.json..", "se.finsam.cli..", "se.finsam.examples..")
            .should().dependOnClassesThat().resideInAnyPackage("se.finsam.json..", "se.finsam.cli..", "se.finsam.examples..")
            .because("the core is what the adapters build on, never the other way round");

    @ArchTest
    static final ArchRule CORE_DEPENDS_ONLY_ON_THE_JDK_AND_JSR_354 = classes()
            .that().resideInAPackage("se.finsam..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.money..", "org.jspecify.annotations..",
                    "se.finsam..")
            .because("finsam-core is pure Java plus the JSR 354 API (and JSpecify's nullness annotations): no framework,"
                    + " no logging, no persistence, and no provider's classes (its module requires java.money alone;"
                    + " Moneta is found at run time)");

    @ArchTest
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("se.finsam.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule FIELDS_OF_VALUE_TYPES_ARE_FINAL = fields()
            .that().areDeclaredInClassesThat(RECORDS_AND_FINAL_CLASSES)
            .and().areDeclaredInClassesThat().doNotHaveSimpleName("Builder")
            .and().areNotStatic()
            .should().beFinal()
            .because("records and final classes are immutable value types (STYLE.md); builders are not values");

    @ArchTest
    static final ArchRule STATIC_FIELDS_ARE_FINAL = fields()
            .that().areStatic()
            .should().beFinal()
            .because("global mutable state would change what a value means (STYLE.md, Avoid 2)");

    @ArchTest
    static final ArchRule CLASSES_WITH_VALUE_EQUALITY_ARE_FINAL = classes()
            .that(DescribedPredicate.describe("override equals", ArchitectureTest::overridesEquals))
            .should().haveModifier(JavaModifier.FINAL)
            .because("a subclass could break equals and immutability of a value type");

    @ArchTest
    static final ArchRule NO_GENERIC_EXCEPTIONS = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

    @ArchTest
    static final ArchRule NO_CATCH_ALL = codeUnits().should(notCatchGenericThrowables())
            .because("no catch-all catch (Exception e) (STYLE.md)");

    /** Stricter than {@code GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING}, which sees only Logger fields. */
    @ArchTest
    static final ArchRule NO_LOGGING = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("java.util.logging..", "org.slf4j..", "org.apache.logging..", "org.apache.commons.logging..")
            .orShould().dependOnClassesThat().belongToAnyOf(System.Logger.class)
            .because("finsam-core has no logging framework in it (STYLE.md); it reports through exceptions and results");

    @ArchTest
    static final ArchRule NO_STANDARD_STREAMS = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule NO_FLOATING_POINT_FIELDS = fields().should(notBeFloatingPoint())
            .because("amounts are exact: never double or float (STYLE.md, Avoid 3)");

    @ArchTest
    static final ArchRule NO_FLOATING_POINT_IN_SIGNATURES = codeUnits().should(notTakeOrReturnFloatingPoint())
            .because("amounts are exact: never double or float (STYLE.md, Avoid 3)");

    @ArchTest
    static final ArchRule NO_FLOATING_POINT_CONVERSIONS = noClasses()
            .should().callConstructor(BigDecimal.class, double.class)
            .orShould().callMethod(BigDecimal.class, "valueOf", double.class)
            .orShould().callMethodWhere(DescribedPredicate.describe("doubleValue() or floatValue()",
                    call -> call.getName().equals("doubleValue") || call.getName().equals("floatValue")))
            .because("a decimal through double loses digits silently (STYLE.md, Avoid 3)");

    @ArchTest
    static final ArchRule NO_LOSSY_NUMBER_CONVERSIONS = ExactNumbers.NO_LOSSY_CONVERSIONS;

    /** NullAway checks every package: every core package is null-marked, none excepted (docs/null-safety.md). */
    @ArchTest
    static final ArchRule PACKAGES_ARE_NULL_MARKED = NullMarkedPackages.everyPackageExcept();

    private static boolean overridesEquals(JavaClass c) {
        for (JavaMethod m : c.getMethods()) {
            if (m.getName().equals("equals") && m.getRawParameterTypes().size() == 1
                    && m.getRawParameterTypes().get(0).isEquivalentTo(Object.class)) {
                return true;
            }
        }
        return false;
    }

    private static ArchCondition<JavaField> notBeFloatingPoint() {
        return new ArchCondition<>("not be of type double, float, Double or Float") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                if (FLOATING_POINT.contains(field.getRawType().getName())) {
                    events.add(SimpleConditionEvent.violated(field, field.getFullName() + " is of type "
                            + field.getRawType().getName()));
                }
            }
        };
    }

    private static ArchCondition<JavaCodeUnit> notTakeOrReturnFloatingPoint() {
        return new ArchCondition<>("not take or return double, float, Double or Float") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                if (FLOATING_POINT.contains(unit.getRawReturnType().getName())) {
                    events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " returns "
                            + unit.getRawReturnType().getName()));
                }
                for (JavaClass type : unit.getRawParameterTypes()) {
                    if (FLOATING_POINT.contains(type.getName())) {
                        events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " takes " + type.getName()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaCodeUnit> notCatchGenericThrowables() {
        return new ArchCondition<>("not catch Throwable, Exception or RuntimeException") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                for (TryCatchBlock block : unit.getTryCatchBlocks()) {
                    for (JavaClass caught : block.getCaughtThrowables()) {
                        if (GENERIC_THROWABLES.contains(caught.getName())) {
                            events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " catches "
                                    + caught.getName() + " in " + block.getSourceCodeLocation()));
                        }
                    }
                }
            }
        };
    }
}
