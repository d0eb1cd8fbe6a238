/**
 * Reports of finsam's results for people: {@code se.finsam.report.Report}, one model per result, rendered
 * as a text table, CSV or an Excel workbook in Swedish or English. Depends on finsam-core, and on dhatim
 * fastexcel for the workbooks; no Jackson.
 */
module se.finsam.report {
    requires transitive se.finsam.core;
    requires static transitive org.jspecify;
    requires org.dhatim.fastexcel;

    exports se.finsam.report;
}
