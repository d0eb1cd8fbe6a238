package se.finsam.statistics;

import java.util.Optional;

/**
 * What a reader of one format found: the cube of cells and what the file states of its source.
 *
 * @param format the format read
 * @param cube the cells, if the table was usable
 * @param dataset the table id the file states, if it does
 * @param title the title the file states, if it does
 * @param updated the update time the file states, if it does
 */
record ScbRead(TableFormat format, ScbCube cube, Optional<String> dataset, Optional<String> title, Optional<String> updated) {
}
