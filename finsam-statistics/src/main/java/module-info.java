/**
 * Reads official statistics saved as files, each figure with its source: population tables of Statistics
 * Sweden (SCB's PxWeb: API v1 JSON, JSON-stat 2.0 and CSV) and key figures of Kolada (API v2 and v3).
 * The module never goes to the network; docs/statistics.md says how to save each file.
 */
module se.finsam.statistics {
    requires transitive se.finsam.core;
    requires com.fasterxml.jackson.databind;
    requires static transitive org.jspecify;

    exports se.finsam.statistics;
}
