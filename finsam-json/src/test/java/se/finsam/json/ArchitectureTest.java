package se.finsam.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import se.finsam.json.internal.DocumentDescriptor;
import se.finsam.json.internal.TreeReader;
import se.finsam.testing.ExactNumbers;
import se.finsam.testing.NullMarkedPackages;

/** The layering of finsam-json. */
@AnalyzeClasses(packages = "se.finsam", importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

    /** The packages of the kinds of document, each with its descriptor, reader and writers. */
    private static final String[] KIND_PACKAGES = {"se.finsam.json.plan..", "se.finsam.json.national..",
        "se.finsam.json.indicator..", "se.finsam.json.followup..", "se.finsam.json.socioeconomic.."};

    /** The adapter depends on the core, never on the tool built on top of it. */
    @ArchTest
    static final ArchRule jsonDoesNotDependOnTheTool = noClasses().that().resideInAPackage("se.finsam.json..")
            .should().dependOnClassesThat().resideInAnyPackage("se.finsam.cli..", "se.finsam.examples..");

    /** The core never sees Jackson. */
    @ArchTest
    static final ArchRule coreDoesNotSeeJackson = noClasses().that().resideOutsideOfPackage("se.finsam.json..")
            .and().resideInAPackage("se.finsam..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml..");

    /**
     * The API package holds the public API only: the facade, the formats of the kinds of document, the module,
     * the module's exception and the codes. Readers, writers, serializers and the tree builder are
     * implementation details in the kind packages and {@code internal}. A new public type is a new promise:
     * add it here deliberately.
     */
    @ArchTest
    static final ArchRule smallPublicSurface = classes().that().resideInAPackage("se.finsam.json")
            .and().arePublic().and().areTopLevelClasses()
            .should().haveSimpleName("FinsamJson").orShould().haveSimpleName("FinsamModule")
            .orShould().haveSimpleName("FinsamMappingException").orShould().haveSimpleName("JsonViolationCodes")
            .orShould().haveSimpleName("DocumentKind").orShould().haveSimpleName("DocumentFormat")
            .orShould().haveSimpleName("PlanFormat")
            .orShould().haveSimpleName("FollowUpFormat")
            .orShould().haveSimpleName("NationalFollowUpFormat");

    /** Each kind package shows the facade its descriptor only; its reader and writers stay package-private. */
    @ArchTest
    static final ArchRule kindPackagesShowTheirDescriptorOnly = classes()
            .that().resideInAnyPackage(KIND_PACKAGES).and().arePublic().and().areTopLevelClasses()
            .should().beAssignableTo(DocumentDescriptor.class).andShould().haveSimpleNameEndingWith("Kind");

    /**
     * The kinds of document never use each other: what two of them share (a charter, a municipality, the
     * rounding of rates) is in {@code internal}.
     */
    @ArchTest
    static final ArchRule kindsDoNotUseEachOther = slices().matching("se.finsam.json.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(DescribedPredicate.alwaysTrue(), JavaClass.Predicates.resideInAPackage("se.finsam.json.internal.."))
            .as("the plan, national, indicator, followup and socioeconomic packages never use each other");

    /** The tree machinery serves the facade and the kinds only; it never reaches up to a kind. */
    @ArchTest
    static final ArchRule internalServesTheFacadeAndTheKinds = classes().that().resideInAPackage("se.finsam.json.internal..")
            .should().onlyHaveDependentClassesThat().resideInAnyPackage(with("se.finsam.json", "se.finsam.json.internal.."))
            .andShould().onlyDependOnClassesThat().resideOutsideOfPackages(KIND_PACKAGES);

    /**
     * Every amount finsam makes is exact whatever Moneta is configured to do: through
     * {@code Amounts.exact}, never {@code Money.of}, whose default context a {@code javamoney.properties}
     * can set to round (the national reader once did).
     */
    @ArchTest
    static final ArchRule amountsAreMadeExactly = noClasses().that().resideInAPackage("se.finsam..")
            .and().doNotHaveFullyQualifiedName("se.finsam.money.Amounts")
            .should().callMethodWhere(DescribedPredicate.describe("Money.of(...)",
                    call -> call.getTargetOwner().getFullName().equals("org.javamoney.moneta.Money")
                            && call.getName().equals("of")))
            .because("Money.of takes its precision from Moneta's configuration; Amounts.exact keeps every digit");

    /**
     * Values are immutable; only a reader (one per document: a tree's reader, a streamed document and the
     * stream of its bytes, and the slots in which a reader from tokens holds an object's violations) and a builder
     * collect state.
     */
    @ArchTest
    static final ArchRule fieldsAreFinal = fields().that().areDeclaredInClassesThat().resideInAPackage("se.finsam.json..")
            .and().areDeclaredInClassesThat().areNotAssignableTo(TreeReader.class)
            .and().areDeclaredInClassesThat().areNotAssignableTo(java.io.InputStream.class)
            .and().areDeclaredInClassesThat().haveSimpleNameNotEndingWith("Stream")
            .and().areDeclaredInClassesThat().haveSimpleNameNotEndingWith("Builder")
            .and().areDeclaredInClassesThat().doNotHaveFullyQualifiedName("se.finsam.json.internal.Slots")
            .should().beFinal();

    /**
     * No polymorphic typing anywhere in finsam: no default typing switched on, no type ids read from a
     * document. Kinds and bases are closed sets of names, read by the strict readers.
     */
    @ArchTest
    static final ArchRule noPolymorphicTyping = noClasses().that().resideInAPackage("se.finsam..")
            .should().callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.nameMatching(
                    "activateDefaultTyping.*|enableDefaultTyping.*|setDefaultTyping|registerSubtypes")))
            .orShould().dependOnClassesThat().haveFullyQualifiedName("com.fasterxml.jackson.annotation.JsonTypeInfo")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("com.fasterxml.jackson.annotation.JsonSubTypes")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("com.fasterxml.jackson.databind.ObjectMapper$DefaultTyping")
            .orShould().dependOnClassesThat().haveFullyQualifiedName(
                    "com.fasterxml.jackson.databind.jsontype.PolymorphicTypeValidator")
            .orShould().dependOnClassesThat().haveFullyQualifiedName(
                    "com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator");

    /** Errors say what went wrong: no generic exceptions. */
    @ArchTest
    static final ArchRule noGenericExceptions = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

    /** Numbers cross types exactly: no longValue() or intValue() of a BigDecimal, BigInteger or Number. */
    @ArchTest
    static final ArchRule noLossyNumberConversions = ExactNumbers.NO_LOSSY_CONVERSIONS;

    /**
     * Every package of finsam-json is {@code @NullMarked}, so NullAway checks all of it (docs/null-safety.md).
     * The rule is core's ({@link NullMarkedPackages}); it is held here to finsam-json's own classes, since the
     * core's are the core's to hold.
     *
     * @param classes the classes imported for this test, of finsam-json and the core
     */
    @ArchTest
    static void packagesAreNullMarked(JavaClasses classes) {
        NullMarkedPackages.everyPackageExcept().check(classes.that(JavaClass.Predicates.resideInAPackage("se.finsam.json..")));
    }

    private static String[] with(String... packages) {
        String[] all = java.util.Arrays.copyOf(packages, packages.length + KIND_PACKAGES.length);
        System.arraycopy(KIND_PACKAGES, 0, all, packages.length, KIND_PACKAGES.length);
        return all;
    }

    /** Leaves out the core's test-jar (its fixtures break the rules on purpose); only main code is checked. */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }
}
