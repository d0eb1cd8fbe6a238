/**
 * Reports of finsam's results for people: {@code se.finsam.report.Report}, one model per result, rendered
 * as a text table or CSV in Swedish or English. Depends on finsam-core alone; no Jackson.
 */
module se.finsam.report {
    requires transitive se.finsam.core;
    requires static transitive org.jspecify;

    exports se.finsam.report;
}
