package se.finsam.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import se.finsam.followup.ProjectFollowUp;
import se.finsam.json.FinsamJson;
import se.finsam.report.Detail;
import se.finsam.socioeconomic.SocioEconomicCalculation;
import se.finsam.socioeconomic.Success;
import se.finsam.validation.FinsamValidationException;

/**
 * Renders {@code finsam socioeconomic}: finsam-report's report of a socio-economic calculation; with
 * {@code --followup FILE}, of the calculation with the participants and successes of a participant follow-up.
 */
final class SocioEconomicReport implements Report<SocioEconomicCalculation> {

    @Override
    public Optional<se.finsam.report.Report> model(SocioEconomicCalculation calculation, Detail detail) {
        return Optional.of(se.finsam.report.Report.socioeconomic(calculation, detail));
    }

    /**
     * The calculation with the outcome of the participant follow-up that {@code --followup} names, if it names
     * one: everyone who started, and the finished who are in work or studies after ({@link Success#of}).
     *
     * @param json the reader of the run, with its limits
     * @param calculation the calculation as read
     * @param options the options of the run
     * @return the calculation to report
     * @throws Cli.UsageException if the follow-up cannot be read
     * @throws Cli.InvalidInput if the follow-up is invalid, or has no participants
     */
    static SocioEconomicCalculation withFollowUp(FinsamJson json, SocioEconomicCalculation calculation,
            Cli.Options options) throws Cli.UsageException {
        String file = options.followUp;
        if (file == null) {
            return calculation;
        }
        try {
            byte[] bytes;
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                bytes = json.readBytes(in);
            }
            ProjectFollowUp followUp = json.followUp().read(bytes);
            return calculation.withSuccess(Success.of(followUp));
        } catch (FinsamValidationException e) {
            throw new Cli.InvalidInput(file, e.violations());
        } catch (NoSuchFileException e) {
            throw new Cli.UsageException("cannot read --followup '" + file + "': no such file");
        } catch (IOException | InvalidPathException e) {
            throw new Cli.UsageException("cannot read --followup '" + file + "': " + e.getMessage());
        }
    }
}
