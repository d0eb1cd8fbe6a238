package se.finsam.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.provider.Arguments;
import se.finsam.validation.FinsamValidationException;

/** The shared shape of the bad-input tests: a named document, and the violation it must produce. */
final class BadInput {

    private BadInput() {
    }

    /** One case: its name, the document, and the path, code and quoted text of a violation it must produce. */
    static Arguments bad(String name, String json, String path, String code, String quoted) {
        return Arguments.of(name, json, path, code, quoted);
    }

    /** Asserts that reading throws the documented exception with a violation of that path, code and quote. */
    static void assertReported(String name, ThrowingCallable read, String path, String code, String quoted) {
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, read);

        assertThat(e).as("%s must be rejected", name).isNotNull();
        assertThat(e.violations()).as("violations of '%s'", name).anySatisfy(v -> {
            assertThat(v.path()).isEqualTo(path);
            assertThat(v.code()).isEqualTo(code);
            assertThat(v.message()).contains(quoted);
        });
    }
}
