package se.finsam.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.lang.ArchRule;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Set;

/**
 * The ArchUnit rule that numbers cross types exactly (STYLE.md): no main code calls {@code longValue()},
 * {@code intValue()}, {@code shortValue()} or {@code byteValue()} on a {@link BigDecimal}, a
 * {@link BigInteger}, a JSR 354 {@code NumberValue} or a plain {@link Number}: they keep the low bits, and
 * {@code 1E+23} is not a small number. Use {@code longValueExact()}, {@code intValueExact()} or
 * {@code Math.toIntExact}. Every module's {@code ArchitectureTest} holds it.
 */
public final class ExactNumbers {

    private static final Set<String> LOSSY = Set.of("longValue", "intValue", "shortValue", "byteValue");
    private static final Set<String> OWNERS = Set.of(BigDecimal.class.getName(), BigInteger.class.getName(),
            Number.class.getName(), "javax.money.NumberValue", "org.javamoney.moneta.spi.DefaultNumberValue");

    private ExactNumbers() {
    }

    /** No lossy conversion of an arbitrary-precision or abstract number to a primitive. */
    public static final ArchRule NO_LOSSY_CONVERSIONS = noClasses().that().resideInAPackage("se.finsam..")
            .should().callMethodWhere(DescribedPredicate.describe(
                    "longValue(), intValue(), shortValue() or byteValue() of BigDecimal, BigInteger or Number",
                    ExactNumbers::isLossy))
            .because("those keep the low bits of a number that does not fit: use longValueExact() or an explicit range"
                    + " check (STYLE.md, issue 11)");

    private static boolean isLossy(JavaCall<?> call) {
        return LOSSY.contains(call.getName()) && OWNERS.contains(call.getTargetOwner().getFullName());
    }
}
