/**
 * The {@code finsam} command-line tool: {@code finsam <command> [options] FILE}.
 *
 * <p>Commands print in three formats: {@code table} (for people, with Swedish digit grouping),
 * {@code csv} (for spreadsheets: by default semicolons, decimal comma and a UTF-8 byte order mark, as a
 * spreadsheet set to Swedish expects) and {@code json} (for programs). Exit status: 0 success, 1 the
 * document is invalid (every violation on standard error), 2 usage error or unreadable file, 3 the tool
 * itself failed (out of memory, or a bug): one line on standard error, never a stack trace.
 */
@NullMarked
package se.finsam.cli;

import org.jspecify.annotations.NullMarked;
