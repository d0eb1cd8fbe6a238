package se.finsam.contribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;
import se.finsam.member.Party;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;
import se.finsam.validation.ViolationCodes;

/**
 * The förbundsordning as far as money goes: the members, in order, and the keys that split the
 * municipal quarter (and the regional quarter among several regions).
 *
 * <p>Rules (F1, F3), all checked at once:
 * <ul>
 *   <li>exactly one Försäkringskassan and one Arbetsförmedlingen, at least one region and at least one
 *       municipality; member ids and codes unique; at most {@link #MAX_MEMBERS} members;</li>
 *   <li>the municipal key covers exactly the municipalities; the regional key, required when there is
 *       more than one region, covers exactly the regions. A key naming an unknown member, a member of
 *       another party, or missing one of its party is an error naming that member.</li>
 * </ul>
 * Violations are located as in the document format: {@code /members/3/id},
 * {@code /municipalKey/values/flen2}, {@code /regionalKey}.
 *
 * <p>The order of the members matters: it is the order of every result, and within a party the tie
 * order of its split (the member listed first wins a tie). The split between the parties does not
 * depend on it (see {@link StatutorySplit}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param members the members, in order
 * @param municipalKey the key that splits the municipalities' quarter
 * @param regionalKey the key that splits the regions' quarter; required with more than one region
 */
public record Charter(List<Member> members, ContributionKey municipalKey, Optional<ContributionKey> regionalKey) {

    /** The most members an association may have (Sweden has 290 municipalities and 21 regions). */
    public static final int MAX_MEMBERS = 400;

    /**
     * Validates the charter; reports every problem at once.
     *
     * @param members the members, in order
     * @param municipalKey the key that splits the municipalities' quarter
     * @param regionalKey the key that splits the regions' quarter; required with more than one region
     * @throws NullPointerException if a component or member is null
     * @throws FinsamValidationException if a rule is broken
     */
    public Charter {
        members = List.copyOf(members);
        Objects.requireNonNull(municipalKey, "municipalKey");
        Objects.requireNonNull(regionalKey, "regionalKey");
        check(members, municipalKey, regionalKey).throwIfInvalid("charter");
    }

    /**
     * Obtains a charter.
     *
     * <pre>{@code Charter.of(List.of(fk, af, region, eskilstuna, flen), ContributionKey.equal(), null)}</pre>
     *
     * @param members the members, in order
     * @param municipalKey the municipal key
     * @param regionalKey the regional key, or null when there is one region and none is needed
     * @return the charter
     * @throws FinsamValidationException if a rule is broken
     */
    public static Charter of(List<Member> members, ContributionKey municipalKey, ContributionKey regionalKey) {
        return new Charter(members, municipalKey, Optional.ofNullable(regionalKey));
    }

    /**
     * Checks members and keys against the rules without throwing.
     *
     * @param members the members, in order
     * @param municipalKey the municipal key
     * @param regionalKey the regional key, if any
     * @return every violation, located as in the document format
     */
    public static ValidationResult check(List<Member> members, ContributionKey municipalKey,
            Optional<ContributionKey> regionalKey) {
        List<Violation> violations = new ArrayList<>();
        if (members.size() > MAX_MEMBERS) {
            violations.add(Violation.of("/members", ViolationCodes.TOO_MANY_MEMBERS,
                    "An association may have at most " + MAX_MEMBERS + " members, got " + members.size()));
            return ValidationResult.of(violations);
        }
        Map<MemberId, Integer> ids = new HashMap<>();
        Map<String, Integer> codes = new HashMap<>();
        int[] count = new int[MemberKind.values().length];
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            Integer earlier = ids.putIfAbsent(m.id(), i);
            if (earlier != null) {
                violations.add(Violation.of(Violation.pointer("members", i, "id"), ViolationCodes.DUPLICATE_MEMBER_ID,
                        "Member id '" + m.id() + "' is used by members " + earlier + " and " + i));
            }
            if (m.code().isPresent()) {
                Integer sameCode = codes.putIfAbsent(m.code().get(), i);
                if (sameCode != null) {
                    violations.add(Violation.of(Violation.pointer("members", i, "code"), ViolationCodes.DUPLICATE_MEMBER_CODE,
                            "Code '" + m.code().get() + "' is used by members '" + members.get(sameCode).id() + "' and '"
                                    + m.id() + "'"));
                }
            }
            int seen = ++count[m.kind().ordinal()];
            if (seen == 2 && m.kind() == MemberKind.SOCIAL_INSURANCE_AGENCY) {
                violations.add(Violation.of(Violation.pointer("members", i, "kind"),
                        ViolationCodes.SOCIAL_INSURANCE_AGENCY_DUPLICATE,
                        "Only one member may be Försäkringskassan (SOCIAL_INSURANCE_AGENCY); '" + m.id() + "' is a second"));
            } else if (seen == 2 && m.kind() == MemberKind.PUBLIC_EMPLOYMENT_SERVICE) {
                violations.add(Violation.of(Violation.pointer("members", i, "kind"),
                        ViolationCodes.PUBLIC_EMPLOYMENT_SERVICE_DUPLICATE,
                        "Only one member may be Arbetsförmedlingen (PUBLIC_EMPLOYMENT_SERVICE); '" + m.id() + "' is a second"));
            }
        }
        requireKind(count, MemberKind.SOCIAL_INSURANCE_AGENCY, ViolationCodes.SOCIAL_INSURANCE_AGENCY_MISSING,
                "Försäkringskassan (SOCIAL_INSURANCE_AGENCY)", violations);
        requireKind(count, MemberKind.PUBLIC_EMPLOYMENT_SERVICE, ViolationCodes.PUBLIC_EMPLOYMENT_SERVICE_MISSING,
                "Arbetsförmedlingen (PUBLIC_EMPLOYMENT_SERVICE)", violations);
        requireKind(count, MemberKind.REGION, ViolationCodes.REGION_MISSING, "a region (REGION)", violations);
        requireKind(count, MemberKind.MUNICIPALITY, ViolationCodes.MUNICIPALITY_MISSING, "a municipality (MUNICIPALITY)",
                violations);

        Map<MemberId, Member> byId = new HashMap<>();
        members.forEach(m -> byId.putIfAbsent(m.id(), m));
        checkCoverage(municipalKey, "/municipalKey", "municipal key", Party.MUNICIPALITIES, members, byId, violations);
        if (regionalKey.isPresent()) {
            checkCoverage(regionalKey.get(), "/regionalKey", "regional key", Party.REGIONS, members, byId, violations);
        } else if (count[MemberKind.REGION.ordinal()] > 1) {
            violations.add(Violation.of("/regionalKey", ViolationCodes.REGIONAL_KEY_MISSING, "The association has "
                    + count[MemberKind.REGION.ordinal()] + " regions, so a regional key must say how they share the regional quarter"));
        }
        return ValidationResult.of(violations);
    }

    private static void requireKind(int[] count, MemberKind kind, String code, String what, List<Violation> violations) {
        if (count[kind.ordinal()] == 0) {
            violations.add(Violation.of("/members", code, "The members must include " + what + " (Finsam law, 3 §)"));
        }
    }

    private static void checkCoverage(ContributionKey key, String keyPath, String keyName, Party party,
            List<Member> members, Map<MemberId, Member> byId, List<Violation> violations) {
        if (key.basis() == KeyBasis.EQUAL) {
            return;
        }
        Set<MemberId> named = new LinkedHashSet<>(key.namedMembers());
        for (MemberId id : named) {
            Member m = byId.get(id);
            if (m == null) {
                violations.add(Violation.of(keyPath + Violation.pointer("values", id), ViolationCodes.KEY_UNKNOWN_MEMBER,
                        "Unknown member '" + id + "' in " + keyName));
            } else if (m.party() != party) {
                violations.add(Violation.of(keyPath + Violation.pointer("values", id),
                        ViolationCodes.KEY_MEMBER_NOT_IN_PARTY, "Member '" + id + "' in " + keyName
                        + " is " + m.kind() + ", not " + (party == Party.MUNICIPALITIES ? "MUNICIPALITY" : "REGION")));
            }
        }
        for (Member m : members) {
            if (m.party() == party && !named.contains(m.id())) {
                violations.add(Violation.of(keyPath + "/values", ViolationCodes.KEY_MEMBER_MISSING,
                        capitalize(keyName) + " has no value for member '" + m.id() + "'"));
            }
        }
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * Returns a member by id.
     *
     * @param id the id
     * @return the member, or empty if there is none with that id
     */
    public Optional<Member> member(MemberId id) {
        Objects.requireNonNull(id, "id");
        for (Member m : members) {
            if (m.id().equals(id)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the members of a party, in order.
     *
     * @param party the party
     * @return the party's members
     */
    public List<Member> membersOf(Party party) {
        Objects.requireNonNull(party, "party");
        return members.stream().filter(m -> m.party() == party).toList();
    }

    /**
     * Returns a copy with another municipal key: the usual way to go from a preliminary to a final key.
     *
     * @param key the new municipal key
     * @return the new charter
     * @throws FinsamValidationException if the key does not cover exactly the municipalities
     */
    public Charter withMunicipalKey(ContributionKey key) {
        return new Charter(members, key, regionalKey);
    }

    /**
     * Returns a copy with another regional key.
     *
     * @param key the new regional key
     * @return the new charter
     * @throws FinsamValidationException if the key does not cover exactly the regions
     */
    public Charter withRegionalKey(ContributionKey key) {
        return new Charter(members, municipalKey, Optional.of(key));
    }
}
