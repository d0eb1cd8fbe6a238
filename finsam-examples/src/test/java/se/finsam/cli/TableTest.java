package se.finsam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The tool's own table, of violations on standard error: one cell per column, lined up to the left. */
class TableTest {

    @Test
    void row_ofAnotherWidth_isRefused() {
        Table table = Table.columns(2);

        assertThatThrownBy(() -> table.row("only one")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Expected 2 cells, got 1");
    }

    @Test
    void columns_lineUpByCodePoints_twoBlanksApart_withoutTrailingBlanks() {
        Table table = Table.columns(3).row("/year", "json.wrong-type", "Expected a year").row("/members/0/name", "x", "")
                .row("/𝔸", "c", "m");

        assertThat(table.toString()).isEqualTo("""
                /year            json.wrong-type  Expected a year
                /members/0/name  x
                /𝔸               c                m
                """);
    }
}
