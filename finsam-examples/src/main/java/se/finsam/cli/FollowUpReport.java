package se.finsam.cli;

import java.util.Optional;
import se.finsam.followup.ProjectFollowUp;

/** Renders {@code finsam followup}: finsam-report's report of a project's participant follow-up. */
final class FollowUpReport implements Report<ProjectFollowUp> {

    @Override
    public Optional<se.finsam.report.Report> model(ProjectFollowUp project, se.finsam.report.Detail detail) {
        return Optional.of(se.finsam.report.Report.of(project, detail));
    }
}
