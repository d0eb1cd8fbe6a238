package se.finsam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.finsam.cli.Align.LEFT;
import static se.finsam.cli.Align.RIGHT;

import org.junit.jupiter.api.Test;

/**
 * The tool's own table and CSV (of violations and the reports not yet in finsam-report): one cell per column;
 * a field a spreadsheet would run as a formula is defused.
 */
class TableTest {

    @Test
    void row_ofAnotherWidth_isRefused() {
        Table table = Table.columns(LEFT, RIGHT);

        assertThatThrownBy(() -> table.row("only one")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Expected 2 cells, got 1");
    }
}
