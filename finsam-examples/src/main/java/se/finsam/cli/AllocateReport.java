package se.finsam.cli;

import java.util.Optional;
import se.finsam.national.NationalAllocation;

/** Renders {@code finsam allocate}: finsam-report's report of the national allocation. */
final class AllocateReport implements Report<NationalAllocation> {

    @Override
    public Optional<se.finsam.report.Report> model(NationalAllocation national, se.finsam.report.Detail detail) {
        return Optional.of(se.finsam.report.Report.of(national, detail));
    }
}
