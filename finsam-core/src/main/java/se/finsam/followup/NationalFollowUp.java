package se.finsam.followup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.finsam.association.AssociationId;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.validation.TextRules;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * A national follow-up: the follow-ups of many associations' projects, with the figures of every project,
 * every association, every county and the whole country, the same measures at each level (the levels the
 * national follow-up system's standard report compares). Each aggregate counts its participants as if one
 * project held them all, without targets (targets belong to projects).
 *
 * <p>{@code FinsamJson.create().nationalFollowUp().read(file)} in finsam-json reads one from a document of
 * any size up to its streaming limit, holding no participant: only each project's summary.
 *
 * <pre>{@code
 * NationalFollowUp national = ...;
 * national.total().completed();                        // Share[count=..., base=...], of every finished participant
 * national.county("19").timeInProject();              // Västmanlands län's time in project
 * national.associations().get(0).projects().get(0);    // a project's summary
 * }</pre>
 *
 * <p>Rules ({@link IllegalArgumentException}, quoting the values): the name and note follow the text rules;
 * no county is listed twice ({@link ViolationCodes#COUNTY_DUPLICATE}); no association twice
 * ({@link ViolationCodes#NATIONAL_DUPLICATE_ASSOCIATION}); every association's county is listed
 * ({@link ViolationCodes#COUNTY_UNKNOWN}); {@code byCounty} has the counties' codes, in order; each aggregate
 * holds no target results and counts exactly the participants of its parts. A reader reports the same rules
 * as violations through {@link #checkCounties}, {@link #checkAssociations} and {@link #checkMunicipality}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the follow-up's name, e.g. {@code Uppföljning Finsam 2023}
 * @param note a note for people, e.g. where the data come from
 * @param counties the counties, in order
 * @param associations each association's part, in order
 * @param byCounty the figures of each county's associations together, by county code, in the counties' order
 * @param total the figures of every association together
 */
public record NationalFollowUp(String name, Optional<String> note, List<County> counties,
        List<AssociationFollowUp> associations, Map<String, FollowUpFigures> byCounty, FollowUpFigures total) {

    /**
     * Validates the national follow-up (see the class description).
     *
     * @param name the follow-up's name
     * @param note a note for people
     * @param counties the counties, in order
     * @param associations each association's part, in order
     * @param byCounty the figures of each county's associations together, by county code, in the counties' order
     * @param total the figures of every association together
     * @throws NullPointerException if a component, element, key or value is null
     * @throws IllegalArgumentException if a rule of the class description is broken
     */
    public NationalFollowUp {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(note, "note");
        counties = List.copyOf(Objects.requireNonNull(counties, "counties"));
        associations = List.copyOf(Objects.requireNonNull(associations, "associations"));
        byCounty = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(byCounty, "byCounty")));
        Objects.requireNonNull(total, "total");
        List<Violation> found = new ArrayList<>();
        TextRules.checkName("/name", name, found);
        TextRules.checkNote("/note", note, found);
        List<@Nullable String> codes = counties.stream().map(County::code).map(c -> (@Nullable String) c).toList();
        checkCounties(codes, found);
        checkAssociations(associations.stream().map(a -> (@Nullable AssociationId) a.id()).toList(),
                associations.stream().map(a -> (@Nullable String) a.county()).toList(), Set.copyOf(codes), found);
        if (!found.isEmpty()) {
            throw new IllegalArgumentException(found.get(0).message());
        }
        if (!List.copyOf(byCounty.keySet()).equals(codes)) {
            throw new IllegalArgumentException("The figures by county are of the counties " + byCounty.keySet()
                    + ", not of the follow-up's " + codes);
        }
        for (Map.Entry<String, FollowUpFigures> e : byCounty.entrySet()) {
            requireSums("County '" + e.getKey() + "'", Objects.requireNonNull(e.getValue(), "figures"), associations
                    .stream().filter(a -> a.county().equals(e.getKey())).map(AssociationFollowUp::figures).toList());
        }
        requireSums("The total", total, associations.stream().map(AssociationFollowUp::figures).toList());
    }

    /**
     * Checks that an aggregate counts exactly its parts' participants, and holds no target results.
     *
     * @param what the aggregate, for the message
     * @param aggregate its figures
     * @param parts its parts' figures
     * @throws IllegalArgumentException if it does not
     */
    static void requireSums(String what, FollowUpFigures aggregate, List<FollowUpFigures> parts) {
        long started = 0;
        long registered = 0;
        long anonymous = 0;
        long finished = 0;
        for (FollowUpFigures f : parts) {
            started = Math.addExact(started, f.started());
            registered = Math.addExact(registered, f.registered());
            anonymous = Math.addExact(anonymous, f.anonymous());
            finished = Math.addExact(finished, f.finished());
        }
        if (aggregate.started() != started || aggregate.registered() != registered || aggregate.anonymous() != anonymous
                || aggregate.finished() != finished) {
            throw new IllegalArgumentException(what + " counts " + aggregate.started() + " started, "
                    + aggregate.registered() + " registered, " + aggregate.anonymous() + " anonymous and "
                    + aggregate.finished() + " finished, not its parts' " + started + ", " + registered + ", "
                    + anonymous + " and " + finished);
        }
        if (!aggregate.targetResults().isEmpty()) {
            throw new IllegalArgumentException(what + " holds " + aggregate.targetResults().size()
                    + " target results: targets belong to projects");
        }
    }

    /**
     * Checks the counties' codes: none twice ({@link ViolationCodes#COUNTY_DUPLICATE} at
     * {@code /counties/<i>/code}, the later one).
     *
     * @param codes the codes in order, null where unknown (not checked)
     * @param out receives each violation
     */
    public static void checkCounties(List<@Nullable String> codes, List<Violation> out) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            Integer earlier = code == null ? null : seen.putIfAbsent(code, i);
            if (earlier != null) {
                out.add(Violation.of(Violation.pointer("counties", i, "code"), ViolationCodes.COUNTY_DUPLICATE,
                        "County '" + code + "' is listed as counties " + earlier + " and " + i));
            }
        }
    }

    /**
     * Checks the associations of a national follow-up: none twice ({@link ViolationCodes#NATIONAL_DUPLICATE_ASSOCIATION}
     * at {@code /followUps/<i>/association}, the later one), each in a listed county
     * ({@link ViolationCodes#COUNTY_UNKNOWN} at {@code /followUps/<i>/county}).
     *
     * @param ids the associations' ids in order, null where unknown (not checked)
     * @param counties their counties' codes in order, null where unknown (not checked)
     * @param declared the listed counties' codes, or null if unknown (the counties are then not checked)
     * @param out receives each violation, in order of the associations
     */
    public static void checkAssociations(List<@Nullable AssociationId> ids, List<@Nullable String> counties,
            @Nullable Set<String> declared, List<Violation> out) {
        Map<AssociationId, Integer> seen = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            AssociationId id = ids.get(i);
            Integer earlier = id == null ? null : seen.putIfAbsent(id, i);
            if (earlier != null) {
                out.add(Violation.of(Violation.pointer("followUps", i, "association"),
                        ViolationCodes.NATIONAL_DUPLICATE_ASSOCIATION,
                        "Association id '" + id + "' is used by follow-ups " + earlier + " and " + i));
            }
            String county = i < counties.size() ? counties.get(i) : null;
            if (county != null && declared != null && !declared.contains(county)) {
                out.add(Violation.of(Violation.pointer("followUps", i, "county"), ViolationCodes.COUNTY_UNKNOWN,
                        "County '" + county + "' is not among the counties listed in 'counties'"));
            }
        }
    }

    /**
     * Where a municipality was first named in a national follow-up, for {@link #checkMunicipality}.
     *
     * @param member the municipality as first named
     * @param path where, e.g. {@code /followUps/0/projects/2/municipalities/1}
     */
    public record Named(Member member, String path) {

        /**
         * Validates the record.
         *
         * @param member the municipality as first named
         * @param path where
         * @throws NullPointerException if a component is null
         */
        public Named {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(path, "path");
        }
    }

    /**
     * Checks that a project declares a municipality as the first project of the national follow-up that declared it
     * did: with the same name ({@link ViolationCodes#MUNICIPALITY_DIFFERS} at {@code path/name}) and the same code
     * (at {@code path/code}); and that no other id is declared with its code (at {@code path/code}: one municipality
     * under two ids would be counted as two). The figures of a county and of the country go by municipality, and one
     * municipality is one municipality in them.
     *
     * @param path where the project declares the municipality, e.g. {@code /followUps/1/projects/0/municipalities/3}
     * @param member the municipality as declared there
     * @param seen the municipalities declared so far, by id, with where; the municipality is added when it is new
     * @param codes the same by their codes; the municipality's code is added when it is new
     * @param out receives the violations
     */
    public static void checkMunicipality(String path, Member member, Map<MemberId, Named> seen, Map<String, Named> codes,
            List<Violation> out) {
        Named earlier = seen.putIfAbsent(member.id(), new Named(member, path));
        if (earlier == null) {
            Named coded = member.code().isEmpty() ? null : codes.putIfAbsent(member.code().get(), new Named(member, path));
            if (coded != null) {
                out.add(Violation.of(path + "/code", ViolationCodes.MUNICIPALITY_DIFFERS, "Code '" + member.code().get()
                        + "' is municipality '" + coded.member().id() + "' at " + coded.path() + ", here '" + member.id()
                        + "'; one municipality has one id throughout a national follow-up, or it is counted twice"));
            }
            return;
        }
        Member first = earlier.member();
        String where = " at " + earlier.path() + "; a municipality is declared alike throughout a national follow-up";
        if (!first.name().equals(member.name())) {
            out.add(Violation.of(path + "/name", ViolationCodes.MUNICIPALITY_DIFFERS, "Municipality '" + member.id()
                    + "' is named '" + member.name() + "' here but '" + first.name() + "'" + where));
        }
        if (!first.code().equals(member.code())) {
            out.add(Violation.of(path + "/code", ViolationCodes.MUNICIPALITY_DIFFERS, "Municipality '" + member.id()
                    + "' has " + code(member) + " here but " + code(first) + where));
        }
    }

    private static String code(Member m) {
        return m.code().map(c -> "code '" + c + "'").orElse("no code");
    }

    /**
     * Returns the figures of one county's associations together.
     *
     * @param code the county's code
     * @return the figures
     * @throws IllegalArgumentException if the follow-up has no such county
     */
    public FollowUpFigures county(String code) {
        FollowUpFigures f = byCounty.get(Objects.requireNonNull(code, "code"));
        if (f == null) {
            throw new IllegalArgumentException("No county '" + code + "' in the national follow-up; its counties are "
                    + byCounty.keySet());
        }
        return f;
    }

    /**
     * Returns the number of projects of every association together.
     *
     * @return the number of projects
     */
    public int projectCount() {
        return associations.stream().mapToInt(a -> a.projects().size()).sum();
    }
}
