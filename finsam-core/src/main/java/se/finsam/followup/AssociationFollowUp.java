package se.finsam.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.finsam.association.AssociationId;
import se.finsam.validation.TextRules;
import se.finsam.validation.Violation;

/**
 * One association's part of a national follow-up: its projects' summaries and the figures of all their
 * participants together (as if one project held them all, without targets: targets belong to projects).
 *
 * <p>Rules ({@link IllegalArgumentException}, quoting the values): the name follows the text rules of every
 * name; the county is a county code ({@link County#checkCode}); the figures hold no target results, and
 * count exactly the participants of the projects (started, registered, anonymous and finished are the sums
 * of the projects').
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the association's id, as in its plan and the national allocation
 * @param name the association's name
 * @param county the code of the county the association reports under
 * @param projects the summaries of its projects, in order
 * @param figures the figures of all its projects' participants together
 */
public record AssociationFollowUp(AssociationId id, String name, String county, List<ProjectSummary> projects,
        FollowUpFigures figures) {

    /**
     * Validates the association's part (see the class description).
     *
     * @param id the association's id
     * @param name the association's name
     * @param county the code of the county the association reports under
     * @param projects the summaries of its projects, in order
     * @param figures the figures of all its projects' participants together
     * @throws NullPointerException if a component or element is null
     * @throws IllegalArgumentException if a rule of the class description is broken
     */
    public AssociationFollowUp {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(county, "county");
        projects = List.copyOf(Objects.requireNonNull(projects, "projects"));
        Objects.requireNonNull(figures, "figures");
        List<Violation> found = new ArrayList<>();
        TextRules.checkName("/name", name, found);
        County.checkCode("/county", county, found);
        if (!found.isEmpty()) {
            throw new IllegalArgumentException(found.get(0).message());
        }
        NationalFollowUp.requireSums("Association '" + id + "'", figures,
                projects.stream().map(ProjectSummary::figures).toList());
    }
}
