package se.finsam.provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.TextRules;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * The source of imported figures: who published them, the table or key figure, the time the file says it
 * was updated, and the file they were read from with its SHA-256, so that anyone can check that a key was
 * made from exactly that file (docs/statistics.md).
 *
 * <pre>{@code
 * Source scb = new Source("SCB", "BE0101N1", Optional.of("Folkmängden efter region, ålder och år"),
 *         Optional.of("2024-02-21T08:00:00Z"), Optional.of("folkmangd-2023.json"),
 *         Optional.of("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
 * new Source("SCB", "BE0101N1", Optional.empty(), Optional.empty(), Optional.empty(),
 *         Optional.of("9F86"));   // throws: source.hash-invalid
 * }</pre>
 *
 * <p>Every text is as the file states it: finsam does not interpret the update time, which services
 * write in different forms ({@code 2024-02-21T08:00:00Z}, {@code 2024-02-21}). This record is immutable and
 * thread-safe.
 *
 * @param publisher who published the figures, e.g. {@code SCB} or {@code Kolada}: a name, 1–200 characters
 * @param dataset the table or key figure, e.g. {@code BE0101N1} or {@code N00957}: a name
 * @param title the table's or key figure's title as the file states it, if it does
 * @param updated when the file says the figures were last updated, as it writes it, if it does
 * @param file the name of the file read, without its folders, if read from a file
 * @param sha256 the SHA-256 of the file's bytes as 64 lowercase hexadecimal digits, if read from a file
 */
public record Source(String publisher, String dataset, Optional<String> title, Optional<String> updated,
        Optional<String> file, Optional<String> sha256) {

    /** The length of a SHA-256 written in hexadecimal. */
    public static final int SHA256_LENGTH = 64;

    /**
     * Validates the source; reports every problem at once.
     *
     * @param publisher who published the figures
     * @param dataset the table or key figure
     * @param title the title, if stated
     * @param updated the update time as stated, if stated
     * @param file the file's name, if read from a file
     * @param sha256 the file's SHA-256, if read from a file
     * @throws FinsamValidationException with {@link ViolationCodes#SOURCE_TEXT_INVALID} for a text that is
     *     blank, too long or holds control characters (paths {@code /publisher}, {@code /dataset},
     *     {@code /title}, {@code /updated}, {@code /file}), and {@link ViolationCodes#SOURCE_HASH_INVALID}
     *     for a SHA-256 that is not 64 lowercase hexadecimal digits ({@code /sha256})
     */
    public Source {
        check(publisher, dataset, title, updated, file, sha256).throwIfInvalid("source");
    }

    /**
     * Obtains the source of figures read from a file.
     *
     * @param publisher who published the figures
     * @param dataset the table or key figure
     * @param title the title, if stated
     * @param updated the update time as stated, if stated
     * @param file the file's name, without its folders
     * @param sha256 the file's SHA-256 in lowercase hexadecimal
     * @return the source
     * @throws FinsamValidationException if a part is invalid, as for the constructor
     */
    public static Source ofFile(String publisher, String dataset, Optional<String> title, Optional<String> updated,
            String file, String sha256) {
        return new Source(publisher, dataset, title, updated, Optional.of(file), Optional.of(sha256));
    }

    /**
     * Checks the parts of a source without making it, so that a reader reports every fault of a document
     * at once.
     *
     * @param publisher who published the figures
     * @param dataset the table or key figure
     * @param title the title, if stated
     * @param updated the update time as stated, if stated
     * @param file the file's name, if read from a file
     * @param sha256 the file's SHA-256, if read from a file
     * @return every violation, at the paths the constructor names
     */
    public static ValidationResult check(String publisher, String dataset, Optional<String> title, Optional<String> updated,
            Optional<String> file, Optional<String> sha256) {
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
        List<Violation> violations = new ArrayList<>();
        text("/publisher", "Publisher", publisher, violations);
        text("/dataset", "Dataset", dataset, violations);
        title.ifPresent(t -> text("/title", "Title", t, violations));
        updated.ifPresent(u -> text("/updated", "Update time", u, violations));
        file.ifPresent(f -> text("/file", "File name", f, violations));
        sha256.ifPresent(h -> {
            if (!isSha256(h)) {
                violations.add(Violation.of("/sha256", ViolationCodes.SOURCE_HASH_INVALID, "SHA-256 '"
                        + TextRules.escape(h.length() > 80 ? h.substring(0, 80) + "…" : h)
                        + "' must be " + SHA256_LENGTH + " lowercase hexadecimal digits"));
            }
        });
        return ValidationResult.of(violations);
    }

    private static void text(String path, String what, String text, List<Violation> violations) {
        TextRules.problemOfName(text).ifPresent(problem -> violations.add(Violation.of(path,
                ViolationCodes.SOURCE_TEXT_INVALID, what + " '" + TextRules.escape(
                        text.length() > 80 ? text.substring(0, 80) + "…" : text) + "' " + problem)));
    }

    private static boolean isSha256(String text) {
        if (text.length() != SHA256_LENGTH) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

}
