package se.finsam.cli;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.finsam.followup.NationalFollowUp;
import se.finsam.followup.ProjectSummary;

/**
 * What {@code finsam followup} reads: one project's summary (a participant document), or a national follow-up;
 * exactly one of the two.
 *
 * @param project the project's summary, or null for a national follow-up
 * @param national the national follow-up, or null for a project
 */
record FollowUpRead(@Nullable ProjectSummary project, @Nullable NationalFollowUp national) {

    FollowUpRead {
        if ((project == null) == (national == null)) {
            throw new IllegalArgumentException("A project or a national follow-up, one of the two");
        }
    }

    static FollowUpRead of(ProjectSummary project) {
        return new FollowUpRead(Objects.requireNonNull(project, "project"), null);
    }

    static FollowUpRead of(NationalFollowUp national) {
        return new FollowUpRead(null, Objects.requireNonNull(national, "national"));
    }
}
