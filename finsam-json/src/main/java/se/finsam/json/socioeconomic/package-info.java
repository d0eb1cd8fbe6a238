/**
 * The socio-economic calculation document ({@code docs/socioeconomic.md}), who invests and who gains when
 * a project's participants leave exclusion: its descriptor
 * {@link se.finsam.json.socioeconomic.SocioEconomicKind}, its reader and the writer of its result report.
 * Reached through {@link se.finsam.json.FinsamJson#socioeconomic()}; not API of its own.
 */
@NullMarked
package se.finsam.json.socioeconomic;

import org.jspecify.annotations.NullMarked;
