package se.finsam.testing;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Text built only when a failure message needs it, so that properties running many thousand cases do
 * not pay for describing each one: {@code assertThat(x).as("sum, %s", Lazy.text(() -> ...))}.
 */
public final class Lazy {

    private final Supplier<String> text;

    private Lazy(Supplier<String> text) {
        this.text = text;
    }

    /**
     * Wraps a description.
     *
     * @param text builds the description
     * @return an object whose {@code toString} is the description
     */
    public static Lazy text(Supplier<String> text) {
        return new Lazy(Objects.requireNonNull(text, "text"));
    }

    @Override
    public String toString() {
        return text.get();
    }
}
