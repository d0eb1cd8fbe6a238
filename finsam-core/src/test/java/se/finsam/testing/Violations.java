package se.finsam.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;

/**
 * Assertions on {@link FinsamValidationException}s: the exception type, each violation's exact code
 * and path, and that its message quotes the offending value.
 *
 * <pre>{@code
 * Violations.assertSingle(() -> ContributionKey.ofPercentages(values),
 *         ViolationCodes.KEY_PERCENTAGE_SUM, "/values", "Percentages must sum to 100, was 99.9");
 * }</pre>
 */
public final class Violations {

    private Violations() {
    }

    /**
     * Asserts that {@code call} throws a {@link FinsamValidationException} and returns it.
     *
     * @param call the code that must throw
     * @return the exception
     */
    public static FinsamValidationException thrownBy(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("what the call threw").isInstanceOf(FinsamValidationException.class);
        FinsamValidationException e = (FinsamValidationException) thrown;
        assertThat(e.violations()).as("violations of %s", e.getMessage()).isNotEmpty();
        for (Violation v : e.violations()) {
            assertThat(e.getMessage()).as("exception message lists every violation").contains(v.toString());
        }
        assertThat(e.result().violations()).as("result() of %s", e.getMessage()).isEqualTo(e.violations());
        return e;
    }

    /**
     * Asserts that {@code call} throws a {@link FinsamValidationException} with exactly one violation,
     * with the given code and path, whose message contains every fragment.
     *
     * @param call the code that must throw
     * @param code the expected code
     * @param path the expected JSON pointer
     * @param fragments text the message must contain, e.g. the offending value
     * @return the violation
     */
    public static Violation assertSingle(ThrowingCallable call, String code, String path, String... fragments) {
        FinsamValidationException e = thrownBy(call);
        assertThat(e.violations()).as("violations of %s", e.getMessage()).hasSize(1);
        return assertHas(e, code, path, fragments);
    }

    /**
     * Asserts that an exception holds a violation with the given code and path whose message contains
     * every fragment, and returns it.
     *
     * @param e the exception
     * @param code the expected code
     * @param path the expected JSON pointer
     * @param fragments text the message must contain
     * @return the violation
     */
    public static Violation assertHas(FinsamValidationException e, String code, String path, String... fragments) {
        List<Violation> matching = e.violations().stream()
                .filter(v -> v.code().equals(code) && v.path().equals(path)).toList();
        assertThat(matching).as("violations with code %s at path '%s' among %s", code, path, e.violations()).hasSize(1);
        Violation v = matching.get(0);
        for (String fragment : fragments) {
            assertThat(v.message()).as("message of %s", v).contains(fragment);
        }
        return v;
    }
}
