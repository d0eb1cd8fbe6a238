package se.finsam.cli.unmarked;

/**
 * A fixture of {@code ArchitectureRulesTest}: a class of finsam-examples in a package whose package-info is
 * not {@code @NullMarked} (it has none).
 */
public final class Unmarked {

    private Unmarked() {
    }
}
