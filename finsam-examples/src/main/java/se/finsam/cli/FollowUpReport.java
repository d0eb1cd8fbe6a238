package se.finsam.cli;

import java.util.Optional;
import se.finsam.followup.ProjectSummary;

/**
 * Renders {@code finsam followup}: finsam-report's report of a project's participant follow-up, made from the
 * project's summary (every figure, no participant), which {@link Kind#FOLLOW_UP} streams from the document.
 */
final class FollowUpReport implements Report<ProjectSummary> {

    @Override
    public Optional<se.finsam.report.Report> model(ProjectSummary project, se.finsam.report.Detail detail) {
        return Optional.of(se.finsam.report.Report.of(project, detail));
    }
}
