package se.finsam.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test that provokes a {@link se.finsam.validation.Violation} with the given code, so that
 * {@code ViolationCodesTest} can check that every code in {@link se.finsam.validation.ViolationCodes}
 * has at least one test of its own.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Raises {

    /**
     * Returns the codes the test provokes.
     *
     * @return the violation codes, e.g. {@code "key.percentage-sum"}
     */
    String[] value();
}
