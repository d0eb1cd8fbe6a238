package se.finsam.json.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a reader gives for one value of a document: either the value, read, or <em>reported</em>: the value
 * could not be read (or broke a rule of its own), and a violation saying why has already been recorded by
 * the reader. A reader never returns {@code null}; the caller skips the rules that need a reported value,
 * since its own violation is the report.
 *
 * <p>An optional field that is absent is <em>not</em> reported: nothing is wrong with it. A reader of an
 * optional field gives {@code Read<Optional<T>>} ({@link TreeReader#given}): {@code of(Optional.empty())}
 * when the field is absent, {@code of(Optional.of(v))} when it was read, and {@link #reported()} when it is
 * present but wrong. A required field that is absent is reported (its absence was recorded by
 * {@link TreeReader#checkFields}).
 *
 * <p>The core's partial checks ({@code Member.check}, {@code AnnualPlan.checkProject} and the others) take
 * {@code null} for a part that is unknown; {@link #orUnknown()} is the one way to hand a reported value to
 * them.
 *
 * <p>There is one reported instance, so a reported value costs no allocation. This class is immutable and
 * thread-safe if its value is.
 *
 * @param <T> the type of the value
 */
public final class Read<T> {

    private static final Read<?> REPORTED = new Read<>(null);
    private static final Read<Optional<?>> ABSENT = new Read<>(Optional.empty());
    private static final Read<Boolean> TRUE = new Read<>(Boolean.TRUE);
    private static final Read<Boolean> FALSE = new Read<>(Boolean.FALSE);
    private static final Read<List<?>> EMPTY_LIST = new Read<>(List.of());
    private static final Read<Map<?, ?>> EMPTY_MAP = new Read<>(Map.of());

    /** The value; null only in {@link #REPORTED} (so a null value is how a read that was reported is told). */
    private final @Nullable T value;

    private Read(@Nullable T value) {
        this.value = value;
    }

    /**
     * Obtains a value that was read, for example {@code Read.of(MemberId.of("flen"))}.
     *
     * @param value the value, not null
     * @return the value, read
     * @throws NullPointerException if {@code value} is null
     */
    public static <T> Read<T> of(T value) {
        return new Read<>(Objects.requireNonNull(value, "value"));
    }

    /**
     * Obtains a truth value that was read, for example {@code Read.of(node.booleanValue())}; without an
     * allocation.
     *
     * @param value the value
     * @return the value, read
     */
    public static Read<Boolean> of(boolean value) {
        return value ? TRUE : FALSE;
    }

    /**
     * Obtains an empty list, read: the value of a list field that is absent. Without an allocation.
     *
     * @return the empty list, read
     */
    @SuppressWarnings("unchecked")
    public static <T> Read<List<T>> emptyList() {
        return (Read<List<T>>) (Read<?>) EMPTY_LIST;
    }

    /**
     * Obtains an empty map, read: the value of an object field that is absent. Without an allocation.
     *
     * @return the empty map, read
     */
    @SuppressWarnings("unchecked")
    public static <K, V> Read<Map<K, V>> emptyMap() {
        return (Read<Map<K, V>>) (Read<?>) EMPTY_MAP;
    }

    /**
     * Obtains the reported value: nothing was read, and the violation that says why has been recorded.
     *
     * @return the single reported instance
     */
    @SuppressWarnings("unchecked")
    public static <T> Read<T> reported() {
        return (Read<T>) REPORTED;
    }

    /**
     * Obtains an optional field that is absent: read, and empty. Not reported.
     *
     * @return the single absent instance
     */
    @SuppressWarnings("unchecked")
    public static <T> Read<Optional<T>> absent() {
        return (Read<Optional<T>>) (Read<?>) ABSENT;
    }

    /**
     * Obtains an optional field's value that was read: {@code of(Optional.of(value))}.
     *
     * @param value the value, not null
     * @return the value, read and present
     */
    public static <T> Read<Optional<T>> present(T value) {
        return new Read<>(Optional.of(value));
    }

    /** Whether the value was read. */
    public boolean isRead() {
        return value != null;
    }

    /** Whether the value could not be read and its violation was recorded. */
    public boolean isReported() {
        return value == null;
    }

    /**
     * The value that was read; for the code that has checked {@link #isRead()}.
     *
     * @return the value
     * @throws IllegalStateException if the value was reported (a bug of the reader)
     */
    public T get() {
        if (value == null) {
            throw new IllegalStateException("The value was not read: its violation was reported");
        }
        return value;
    }

    /**
     * The value, or {@code other} if it was reported.
     *
     * @param other the value to use instead, may be null only where the caller's API takes null
     * @return the value or {@code other}
     */
    public T orElse(T other) {
        return value == null ? other : value;
    }

    /**
     * The value, or {@code null} if it was reported: the one bridge to the core's partial checks, which
     * take {@code null} for a part that is unknown. Use it only in a call to such a check.
     *
     * @return the value, or null for unknown
     */
    public @Nullable T orUnknown() {
        return value;
    }

    /**
     * The value mapped by {@code mapper}, or reported if it was reported.
     *
     * @param mapper the function of the value, which must not return null
     * @return the mapped value, or reported
     */
    public <U> Read<U> map(Function<? super T, ? extends U> mapper) {
        return value == null ? reported() : of(mapper.apply(value));
    }

    /**
     * The next reading of the value, by a reader that may report: {@code flatMap}.
     *
     * @param next the reading of the value
     * @return what {@code next} gives, or reported if this was reported
     */
    public <U> Read<U> then(Function<? super T, Read<U>> next) {
        return value == null ? reported() : Objects.requireNonNull(next.apply(value), "next gave null");
    }

    /**
     * Gives the value to {@code action} if it was read.
     *
     * @param action what to do with the value
     */
    public void ifRead(Consumer<? super T> action) {
        if (value != null) {
            action.accept(value);
        }
    }

    /**
     * Two readings are equal if both are reported, or both read equal values.
     *
     * @param other the other object
     * @return whether equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Read<?> read && Objects.equals(value, read.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    /** {@code Read[value]} or {@code Read.reported}. */
    @Override
    public String toString() {
        return value == null ? "Read.reported" : "Read[" + value + "]";
    }
}
