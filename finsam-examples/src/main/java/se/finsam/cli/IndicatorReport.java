package se.finsam.cli;

import java.util.Optional;
import se.finsam.indicator.IndicatorSet;

/**
 * Renders {@code finsam indicators}: finsam-report's report of the indicator set, whose rows are made period
 * by period as they are written, so that the output of any size is never held.
 */
final class IndicatorReport implements Report<IndicatorSet> {

    @Override
    public Optional<se.finsam.report.Report> model(IndicatorSet set, se.finsam.report.Detail detail) {
        return Optional.of(se.finsam.report.Report.of(set, detail));
    }
}
