package se.finsam.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import se.finsam.followup.NationalFollowUp;
import se.finsam.followup.ProjectSummary;
import se.finsam.json.FinsamJson;

/**
 * Renders {@code finsam followup}: finsam-report's report of a project's participant follow-up, made from the
 * project's summary (every figure, no participant), or of a national follow-up (per county, association and
 * project, and for the whole country), which {@link Kind#FOLLOW_UPS} streams from the document.
 */
final class FollowUpReport implements Report<FollowUpRead> {

    @Override
    public Optional<se.finsam.report.Report> model(FollowUpRead read, se.finsam.report.Detail detail) {
        ProjectSummary project = read.project();
        if (project != null) {
            return Optional.of(se.finsam.report.Report.of(project, detail));
        }
        return Optional.of(se.finsam.report.Report.of(Objects.requireNonNull(read.national(), "national"), detail));
    }

    /**
     * Writes finsam-json's report of what was read: a project's, or a national follow-up's, as it is made.
     *
     * @param json the reader of the run
     * @param read the follow-up
     * @param given the options of the run
     * @param out receives the JSON
     */
    static void json(FinsamJson json, FollowUpRead read, Cli.Options given, PrintStream out) {
        ProjectSummary project = read.project();
        if (project != null) {
            out.print(json.followUp().write(project));
            return;
        }
        NationalFollowUp national = Objects.requireNonNull(read.national(), "national");
        json.nationalFollowUp().write(national, new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }
}
