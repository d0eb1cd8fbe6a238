package se.finsam.cli;

import java.util.Objects;
import java.util.Optional;
import se.finsam.followup.ProjectSummary;

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
}
