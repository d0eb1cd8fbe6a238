package se.finsam.cli;

import java.util.Optional;
import se.finsam.report.Detail;
import se.finsam.socioeconomic.SocioEconomicCalculation;

/**
 * Renders {@code finsam socioeconomic}: finsam-report's report of a socio-economic calculation (with
 * {@code --followup FILE}, {@link Kind#withFollowUp} has put a participant follow-up's outcome in it).
 */
final class SocioEconomicReport implements Report<SocioEconomicCalculation> {

    @Override
    public Optional<se.finsam.report.Report> model(SocioEconomicCalculation calculation, Detail detail) {
        return Optional.of(se.finsam.report.Report.socioeconomic(calculation, detail));
    }
}
