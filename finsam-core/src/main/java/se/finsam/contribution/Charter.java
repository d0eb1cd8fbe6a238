package se.finsam.contribution;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
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
 * <p>Rules (the Finsam law, 3 § and 9 §; docs/domain.md, Who takes part and The keys), all checked at once:
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
        members = List.copyOf(Objects.requireNonNull(members, "members"));
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
    public static Charter of(List<Member> members, ContributionKey municipalKey, @Nullable ContributionKey regionalKey) {
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
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(municipalKey, "municipalKey");
        Objects.requireNonNull(regionalKey, "regionalKey");
        List<PartialMember> partial = new ArrayList<>(members.size());
        for (Member m : members) {
            partial.add(PartialMember.of(m));
        }
        return checkPartial(partial, Optional.of(PartialKey.of(municipalKey)), regionalKey.map(PartialKey::of));
    }

    /**
     * What is known of a member while a document is read: its id and kind, either of which may be unknown
     * (null) because the document's value could not be read, and its code. The charter's rules that need
     * an unknown part are skipped for it.
     *
     * @param id the member's id, or null if unknown
     * @param kind the member's kind, or null if unknown
     * @param code the member's code; empty if it has none, or if it is unknown
     */
    public record PartialMember(@Nullable MemberId id, @Nullable MemberKind kind, Optional<String> code) {

        /**
         * Validates that the code is not null.
         *
         * @param id the member's id, or null if unknown
         * @param kind the member's kind, or null if unknown
         * @param code the member's code, or empty
         */
        public PartialMember {
            Objects.requireNonNull(code, "code");
        }

        /**
         * Obtains everything known of a member.
         *
         * @param member the member
         * @return the partial member, with nothing unknown
         */
        public static PartialMember of(Member member) {
            return new PartialMember(member.id(), member.kind(), member.code());
        }
    }

    /**
     * What is known of a key while a document is read: the members it names that could be read, and
     * whether those are all it names. An {@link KeyBasis#EQUAL equal} key, or one whose values could not
     * be read at all, names none and is not complete: it is not checked against the members.
     *
     * @param named the members the key names (and that could be read), in order
     * @param complete whether {@code named} is every member the key names
     */
    public record PartialKey(List<MemberId> named, boolean complete) {

        /**
         * Copies the named members.
         *
         * @param named the members the key names, in order
         * @param complete whether they are all
         */
        public PartialKey {
            named = List.copyOf(named);
        }

        /**
         * Obtains what a key names: every member of an explicit key; nothing to check of an equal key.
         *
         * @param key the key
         * @return the partial key
         */
        public static PartialKey of(ContributionKey key) {
            Objects.requireNonNull(key, "key");
            return key.basis() == KeyBasis.EQUAL ? new PartialKey(List.of(), false) : new PartialKey(key.namedMembers(), true);
        }
    }

    /**
     * Checks the rules of a charter on what is known of it, without throwing: for a reader that reports
     * every fault of a document at once. Each rule runs on every member and key that could be read, and is
     * skipped only where it needs a part that is unknown: with a member of unknown kind, no kind is
     * reported missing (it could be that kind) and its party is not checked; with a member of unknown id, no
     * key member is reported unknown; with a key not {@link PartialKey#complete() complete}, no member is
     * reported missing from it.
     *
     * <pre>{@code
     * Charter.checkPartial(members, Optional.of(new PartialKey(List.of(koping2, arboga), true)), Optional.empty());
     *         // /municipalKey/values/koping2 key.unknown-member and /municipalKey/values key.member-missing 'koping'
     * }</pre>
     *
     * @param members what is known of each member, in order
     * @param municipalKey what is known of the municipal key; empty if there is none
     * @param regionalKey what is known of the regional key; empty if there is none
     * @return every violation, located as in the document format
     */
    public static ValidationResult checkPartial(List<PartialMember> members, Optional<PartialKey> municipalKey,
            Optional<PartialKey> regionalKey) {
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(municipalKey, "municipalKey");
        Objects.requireNonNull(regionalKey, "regionalKey");
        List<Violation> violations = new ArrayList<>();
        if (members.size() > MAX_MEMBERS) {
            violations.add(Violation.of("/members", ViolationCodes.TOO_MANY_MEMBERS,
                    "An association may have at most " + MAX_MEMBERS + " members, got " + members.size()));
            return ValidationResult.of(violations);
        }
        Map<MemberKind, Integer> count = new EnumMap<>(MemberKind.class);
        boolean kindUnknown = checkMembers(members, count, violations);
        if (!kindUnknown) {
            // A member of unknown kind could be the one missing: only a charter whose every kind is known lacks one.
            requireKind(count, MemberKind.SOCIAL_INSURANCE_AGENCY, ViolationCodes.SOCIAL_INSURANCE_AGENCY_MISSING,
                    "Försäkringskassan (SOCIAL_INSURANCE_AGENCY)", violations);
            requireKind(count, MemberKind.PUBLIC_EMPLOYMENT_SERVICE, ViolationCodes.PUBLIC_EMPLOYMENT_SERVICE_MISSING,
                    "Arbetsförmedlingen (PUBLIC_EMPLOYMENT_SERVICE)", violations);
            requireKind(count, MemberKind.REGION, ViolationCodes.REGION_MISSING, "a region (REGION)", violations);
            requireKind(count, MemberKind.MUNICIPALITY, ViolationCodes.MUNICIPALITY_MISSING, "a municipality (MUNICIPALITY)",
                    violations);
        }
        municipalKey.ifPresent(key -> checkCoverage(members, key, Party.MUNICIPALITIES, "municipal key").violations()
                .forEach(v -> violations.add(v.under("/municipalKey"))));
        if (regionalKey.isPresent()) {
            checkCoverage(members, regionalKey.get(), Party.REGIONS, "regional key").violations()
                    .forEach(v -> violations.add(v.under("/regionalKey")));
        } else if (count.getOrDefault(MemberKind.REGION, 0) > 1) {
            violations.add(Violation.of("/regionalKey", ViolationCodes.REGIONAL_KEY_MISSING, "The association has "
                    + count.get(MemberKind.REGION) + " regions, so a regional key must say how they share the regional quarter"));
        }
        return ValidationResult.of(violations);
    }

    /**
     * Ids and codes are unique, and at most one member is each national agency; counts the members of
     * each kind into {@code count}. Returns whether some member's kind is unknown.
     */
    private static boolean checkMembers(List<PartialMember> members, Map<MemberKind, Integer> count,
            List<Violation> violations) {
        Map<MemberId, Integer> ids = new HashMap<>();
        Map<String, Integer> codes = new HashMap<>();
        boolean kindUnknown = false;
        for (int i = 0; i < members.size(); i++) {
            PartialMember m = Objects.requireNonNull(members.get(i), "member");
            if (m.id() != null) {
                Integer earlier = ids.putIfAbsent(m.id(), i);
                if (earlier != null) {
                    violations.add(Violation.of(Violation.pointer("members", i, "id"), ViolationCodes.DUPLICATE_MEMBER_ID,
                            "Member id '" + m.id() + "' is used by members " + earlier + " and " + i));
                }
            }
            if (m.code().isPresent()) {
                Integer sameCode = codes.putIfAbsent(m.code().get(), i);
                if (sameCode != null) {
                    violations.add(Violation.of(Violation.pointer("members", i, "code"), ViolationCodes.DUPLICATE_MEMBER_CODE,
                            "Code '" + m.code().get() + "' is used by members " + label(members, sameCode) + " and "
                                    + label(members, i)));
                }
            }
            if (m.kind() == null) {
                kindUnknown = true;
                continue;
            }
            int seen = count.getOrDefault(m.kind(), 0) + 1;
            count.put(m.kind(), seen);
            if (seen == 2 && m.kind() == MemberKind.SOCIAL_INSURANCE_AGENCY) {
                violations.add(Violation.of(Violation.pointer("members", i, "kind"),
                        ViolationCodes.SOCIAL_INSURANCE_AGENCY_DUPLICATE, "Only one member may be Försäkringskassan"
                                + " (SOCIAL_INSURANCE_AGENCY); " + label(members, i) + " is a second"));
            } else if (seen == 2 && m.kind() == MemberKind.PUBLIC_EMPLOYMENT_SERVICE) {
                violations.add(Violation.of(Violation.pointer("members", i, "kind"),
                        ViolationCodes.PUBLIC_EMPLOYMENT_SERVICE_DUPLICATE, "Only one member may be Arbetsförmedlingen"
                                + " (PUBLIC_EMPLOYMENT_SERVICE); " + label(members, i) + " is a second"));
            }
        }
        return kindUnknown;
    }

    private static String label(List<PartialMember> members, int i) {
        MemberId id = members.get(i).id();
        return id != null ? "'" + id + "'" : "member " + i;
    }

    private static void requireKind(Map<MemberKind, Integer> count, MemberKind kind, String code, String what,
            List<Violation> violations) {
        if (!count.containsKey(kind)) {
            violations.add(Violation.of("/members", code, "The members must include " + what + " (Finsam law, 3 §)"));
        }
    }

    /**
     * Checks that a key covers exactly the members of its party, on what is known of both: each member it
     * names is a member of the party, and, when the key is complete, it names every member of the party.
     * A named member is reported unknown only when every member's id is known, and a member is reported
     * missing only when its id and kind are known.
     *
     * <pre>{@code
     * Charter.checkCoverage(members, new PartialKey(List.of(koping, flen2), true), Party.MUNICIPALITIES, "final municipal key");
     *         // /values/flen2 key.unknown-member: "Unknown member 'flen2' in final municipal key"
     * }</pre>
     *
     * @param members what is known of each member, in order
     * @param key what is known of the key
     * @param party the party the key splits among its members
     * @param keyName the key's name in messages, e.g. {@code "municipal key"}
     * @return every violation, located below the key: {@code /values/<member>} and {@code /values}
     */
    public static ValidationResult checkCoverage(List<PartialMember> members, PartialKey key, Party party, String keyName) {
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(keyName, "keyName");
        List<Violation> violations = new ArrayList<>();
        Map<MemberId, PartialMember> byId = new HashMap<>();
        boolean idUnknown = false;
        for (PartialMember m : members) {
            if (m.id() == null) {
                idUnknown = true;
            } else {
                byId.putIfAbsent(m.id(), m);
            }
        }
        Set<MemberId> named = new LinkedHashSet<>(key.named());
        for (MemberId id : named) {
            PartialMember m = byId.get(id);
            if (m == null) {
                if (!idUnknown) {
                    violations.add(Violation.of(Violation.pointer("values", id), ViolationCodes.KEY_UNKNOWN_MEMBER,
                            "Unknown member '" + id + "' in " + keyName));
                }
            } else if (m.kind() != null && m.kind().party() != party) {
                violations.add(Violation.of(Violation.pointer("values", id), ViolationCodes.KEY_MEMBER_NOT_IN_PARTY,
                        "Member '" + id + "' in " + keyName + " is " + m.kind() + ", not "
                                + (party == Party.MUNICIPALITIES ? "MUNICIPALITY" : "REGION")));
            }
        }
        if (key.complete()) {
            for (PartialMember m : members) {
                if (m.id() != null && m.kind() != null && m.kind().party() == party && !named.contains(m.id())) {
                    violations.add(Violation.of("/values", ViolationCodes.KEY_MEMBER_MISSING,
                            capitalize(keyName) + " has no value for member '" + m.id() + "'"));
                }
            }
        }
        return ValidationResult.of(violations);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * The key that splits a party's share among its members: the municipal key for the municipalities, the
     * regional key (if the charter has one) for the regions, none for the state, whose share
     * Försäkringskassan pays whole.
     *
     * @param party the party
     * @return its key, or empty for the state and for the regions of a charter with one region and no key
     */
    public Optional<ContributionKey> keyOf(Party party) {
        return switch (Objects.requireNonNull(party, "party")) {
            case STATE -> Optional.empty();
            case REGIONS -> regionalKey;
            case MUNICIPALITIES -> Optional.of(municipalKey);
        };
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
