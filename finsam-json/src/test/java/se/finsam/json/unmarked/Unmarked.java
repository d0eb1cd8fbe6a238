package se.finsam.json.unmarked;

/**
 * A fixture of {@code ArchitectureRulesTest}: a class of finsam-json in a package whose package-info is not
 * {@code @NullMarked} (it has none).
 */
public final class Unmarked {

    private Unmarked() {
    }
}
