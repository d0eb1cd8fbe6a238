package se.finsam.report;

import se.finsam.provenance.Source;

/**
 * Where imported figures came from, as a note under them: "Källa: SCB, tabell BE0101N1 (Folkmängden …),
 * uppdaterad 2024-02-21; fil folkmangd.json, SHA-256 …" (docs/statistics.md).
 */
final class Sources {

    /** The publisher whose datasets are key figures rather than tables. */
    private static final String KOLADA = "Kolada";

    private Sources() {
    }

    /**
     * The note naming a source: its publisher, its table (or, for Kolada, its key figure) with the title
     * and update time the file states, and the file read with its SHA-256, each part only when known.
     *
     * @param source the source
     * @return the note
     */
    static Text note(Source source) {
        // A table that names no id of its own is named by its file: say "file" once, not "table <file name>".
        boolean namedByFile = source.file().map(f -> f.equals(source.dataset()) || f.startsWith(source.dataset() + "."))
                .orElse(false);
        Cell dataset = namedByFile ? Cell.label("source.untitled")
                : Cell.label(KOLADA.equalsIgnoreCase(source.publisher()) ? "source.kpi" : "source.table",
                        Cell.text(source.dataset()));
        Cell title = source.title().<Cell>map(t -> Cell.label("source.title", Cell.text(t))).orElse(Cell.EMPTY);
        Cell updated = source.updated().<Cell>map(u -> Cell.label("source.updated", Cell.text(u))).orElse(Cell.EMPTY);
        Cell file = source.file().<Cell>map(f -> source.sha256().<Cell>map(
                        h -> Cell.label("source.fileAndHash", Cell.text(f), Cell.text(h)))
                .orElse(Cell.label("source.file", Cell.text(f)))).orElse(Cell.EMPTY);
        return Text.of("source.note", Cell.text(source.publisher()), dataset, title, updated, file);
    }
}
