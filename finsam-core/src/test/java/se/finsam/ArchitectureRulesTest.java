package se.finsam;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.math.BigDecimal;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link ArchitectureTest} fails on a class that breaks it, and passes on one that does
 * not: a rule that cannot fail would be a defect. The fixtures are nested classes of this test, so the
 * {@code DoNotIncludeTests} import of {@code ArchitectureTest} never sees them.
 */
class ArchitectureRulesTest {

    // --- fixtures ------------------------------------------------------------------------------

    /** Breaks nothing. */
    static final class Clean {
        private static final int LIMIT = 3;
        private final long units;

        Clean(long units) {
            if (units > LIMIT) {
                throw new IllegalArgumentException("too many units: " + units);
            }
            this.units = units;
        }

        long units() {
            return units;
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof Clean other && units == other.units;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(units);
        }
    }

    /** A final class with a mutable field. */
    static final class MutableValue {
        private long units;

        void add(long more) {
            units += more;
        }
    }

    /** Mutable global state. */
    static final class GlobalSetting {
        static int defaultScale = 2;
    }

    /** A value type that a subclass could change. */
    static class OpenValue {
        @Override
        public boolean equals(Object obj) {
            return obj instanceof OpenValue;
        }

        @Override
        public int hashCode() {
            return 1;
        }
    }

    static final class ThrowsGeneric {
        void fail() {
            throw new RuntimeException("something");
        }
    }

    static final class CatchesAll {
        int parse(String s) {
            try {
                return Integer.parseInt(s);
            } catch (Exception e) {
                return 0;
            }
        }
    }

    static final class LogsWithJul {
        void log() {
            Logger.getLogger("finsam").info("hello");
        }
    }

    static final class LogsWithSystemLogger {
        void log() {
            System.getLogger("finsam").log(System.Logger.Level.INFO, "hello");
        }
    }

    static final class Prints {
        void print() {
            System.out.println("hello");
        }
    }

    static final class DoubleField {
        private final double amount = 0.1;

        double amount() {
            return amount;
        }
    }

    static final class DoubleParameter {
        long units(float amount) {
            return (long) amount;
        }
    }

    static final class ThroughDouble {
        BigDecimal viaConstructor() {
            return new BigDecimal(0.1);
        }
    }

    static final class ThroughDoubleValue {
        long viaDoubleValue(BigDecimal amount) {
            return (long) amount.doubleValue();
        }
    }

    static final class LowBitsOfADecimal {
        long units(BigDecimal amount) {
            return amount.longValue();
        }
    }

    static final class LowBitsOfABigInteger {
        int units(java.math.BigInteger amount) {
            return amount.intValue();
        }
    }

    static final class UsesAssertJ {
        Object dependency() {
            return org.assertj.core.api.Assertions.class;
        }
    }

    static final class UsesMoneta {
        Object dependency() {
            return org.javamoney.moneta.Money.class;
        }
    }

    // --- checks --------------------------------------------------------------------------------

    /** Every fixture that breaks a rule, imported once. */
    private static final JavaClasses BROKEN = new ClassFileImporter().importClasses(MutableValue.class, GlobalSetting.class,
            OpenValue.class, ThrowsGeneric.class, CatchesAll.class, LogsWithJul.class, LogsWithSystemLogger.class,
            Prints.class, DoubleField.class, DoubleParameter.class, ThroughDouble.class, ThroughDoubleValue.class,
            LowBitsOfADecimal.class, LowBitsOfABigInteger.class, UsesAssertJ.class, UsesMoneta.class);
    private static final JavaClasses CLEAN = new ClassFileImporter().importClasses(Clean.class);

    /** The rule fails on the broken fixtures, reporting the given fixture's violation. */
    private static void assertFails(ArchRule rule, Class<?> fixture, String mentioning) {
        assertThatThrownBy(() -> rule.check(BROKEN))
                .as("rule '%s' on %s", rule.getDescription(), fixture.getSimpleName())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(fixture.getName())
                .hasMessageContaining(mentioning);
    }

    /** The rule passes on the clean fixture. */
    private static void assertPasses(ArchRule rule) {
        assertThatCode(() -> rule.allowEmptyShould(true).check(CLEAN))
                .as("rule '%s' on Clean", rule.getDescription())
                .doesNotThrowAnyException();
    }

    @Test
    void fieldsOfValueTypesAreFinal_failsOnAMutableField() {
        assertFails(ArchitectureTest.FIELDS_OF_VALUE_TYPES_ARE_FINAL, MutableValue.class, "units");
        assertPasses(ArchitectureTest.FIELDS_OF_VALUE_TYPES_ARE_FINAL);
    }

    @Test
    void staticFieldsAreFinal_failsOnMutableGlobalState() {
        assertFails(ArchitectureTest.STATIC_FIELDS_ARE_FINAL, GlobalSetting.class, "defaultScale");
        assertPasses(ArchitectureTest.STATIC_FIELDS_ARE_FINAL);
    }

    @Test
    void classesWithValueEqualityAreFinal_failsOnAnOpenClass() {
        assertFails(ArchitectureTest.CLASSES_WITH_VALUE_EQUALITY_ARE_FINAL, OpenValue.class, "OpenValue");
        assertPasses(ArchitectureTest.CLASSES_WITH_VALUE_EQUALITY_ARE_FINAL);
    }

    @Test
    void noGenericExceptions_failsOnThrowingRuntimeException() {
        assertFails(ArchitectureTest.NO_GENERIC_EXCEPTIONS, ThrowsGeneric.class, "RuntimeException");
        assertPasses(ArchitectureTest.NO_GENERIC_EXCEPTIONS);
    }

    @Test
    void noCatchAll_failsOnCatchingException() {
        assertFails(ArchitectureTest.NO_CATCH_ALL, CatchesAll.class, "catches java.lang.Exception");
        assertPasses(ArchitectureTest.NO_CATCH_ALL);
    }

    @Test
    void noLoggingOrPrinting_failsOnJulAndSystemOut() {
        assertFails(ArchitectureTest.NO_LOGGING, LogsWithJul.class, "java.util.logging.Logger");
        assertFails(ArchitectureTest.NO_LOGGING, LogsWithSystemLogger.class, "System$Logger");
        assertFails(ArchitectureTest.NO_STANDARD_STREAMS, Prints.class, "System.out");
        assertPasses(ArchitectureTest.NO_LOGGING);
        assertPasses(ArchitectureTest.NO_STANDARD_STREAMS);
    }

    @Test
    void noFloatingPoint_failsOnFieldsSignaturesAndConversions() {
        assertFails(ArchitectureTest.NO_FLOATING_POINT_FIELDS, DoubleField.class, "amount is of type double");
        assertFails(ArchitectureTest.NO_FLOATING_POINT_IN_SIGNATURES, DoubleField.class, "amount() returns double");
        assertFails(ArchitectureTest.NO_FLOATING_POINT_IN_SIGNATURES, DoubleParameter.class, "takes float");
        assertFails(ArchitectureTest.NO_FLOATING_POINT_CONVERSIONS, ThroughDouble.class, "BigDecimal.<init>(double)");
        assertFails(ArchitectureTest.NO_FLOATING_POINT_CONVERSIONS, ThroughDoubleValue.class, "doubleValue()");
        assertPasses(ArchitectureTest.NO_FLOATING_POINT_FIELDS);
        assertPasses(ArchitectureTest.NO_FLOATING_POINT_IN_SIGNATURES);
        assertPasses(ArchitectureTest.NO_FLOATING_POINT_CONVERSIONS);
    }

    @Test
    void coreDependsOnlyOnTheJdkAndJsr354_failsOnAnyOtherLibrary_andOnMoneta() {
        assertFails(ArchitectureTest.CORE_DEPENDS_ONLY_ON_THE_JDK_AND_JSR_354, UsesAssertJ.class, "org.assertj");
        assertFails(ArchitectureTest.CORE_DEPENDS_ONLY_ON_THE_JDK_AND_JSR_354, UsesMoneta.class, "org.javamoney.moneta.Money");
        assertPasses(ArchitectureTest.CORE_DEPENDS_ONLY_ON_THE_JDK_AND_JSR_354);
    }

    @Test
    void packagesAreNullMarked_failsOnAClassInAPackageWithoutIt() {
        // The fixtures lie in se.finsam, which has no package-info; se.finsam.money's and se.finsam.national's
        // say @NullMarked (national, the last core package marked, is no longer excepted).
        assertFails(ArchitectureTest.PACKAGES_ARE_NULL_MARKED, MutableValue.class, "whose package-info is not @NullMarked");
        assertThatCode(() -> ArchitectureTest.PACKAGES_ARE_NULL_MARKED.check(new ClassFileImporter().importPackages("se.finsam.money")))
                .doesNotThrowAnyException();
        assertThatCode(() -> ArchitectureTest.PACKAGES_ARE_NULL_MARKED.check(
                new ClassFileImporter().importPackages("se.finsam.national"))).doesNotThrowAnyException();
    }

    @Test
    void noLossyNumberConversions_failsOnLongValueOfADecimalAndIntValueOfABigInteger() {
        assertFails(ArchitectureTest.NO_LOSSY_NUMBER_CONVERSIONS, LowBitsOfADecimal.class, "BigDecimal.longValue()");
        assertFails(ArchitectureTest.NO_LOSSY_NUMBER_CONVERSIONS, LowBitsOfABigInteger.class, "BigInteger.intValue()");
        assertPasses(ArchitectureTest.NO_LOSSY_NUMBER_CONVERSIONS);
    }
}
