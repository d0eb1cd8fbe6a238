package se.finsam.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.UnknownCurrencyException;
import org.javamoney.moneta.Money;
import se.finsam.association.AssociationId;
import se.finsam.association.CoordinationAssociation;
import se.finsam.contribution.AgeBand;
import se.finsam.contribution.Charter;
import se.finsam.contribution.ContributionKey;
import se.finsam.contribution.Financing;
import se.finsam.contribution.KeyBasis;
import se.finsam.contribution.StatutorySplit;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;
import se.finsam.money.RoundingUnit;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;

/**
 * Turns a parsed JSON tree into a {@link FinsamDocument}, collecting every violation with its JSON
 * pointer. Types and fields are checked here; the domain rules by the core factories it calls, whose
 * violations it relocates below the path of the value they were built from.
 *
 * <p>Not thread-safe: one instance reads one document.
 */
final class DocumentReader extends TreeReader {

    private static final Set<String> DOCUMENT_FIELDS = Set.of("association", "year", "financing", "roundingUnit",
            "projectRoundingUnit");
    private static final Set<String> ASSOCIATION_FIELDS = Set.of("id", "name", "currency", "members", "municipalKey",
            "regionalKey");
    private static final Set<String> MEMBER_FIELDS = Set.of("id", "kind", "name", "code");
    private static final Set<String> KEY_FIELDS = Set.of("basis", "values", "referenceDate", "ageBand");
    private static final Set<String> FINANCING_FIELDS = Set.of("total", "stateContribution");


    /**
     * Reads a document, or throws with every violation found.
     *
     * @param root the parsed tree
     * @return the document
     * @throws FinsamValidationException if anything is wrong
     */
    FinsamDocument read(JsonNode root) {
        FinsamDocument document = document(root);
        throwIfInvalid("document");
        return document;
    }

    private FinsamDocument document(JsonNode root) {
        if (!expect(root, "", JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(root, "", DOCUMENT_FIELDS, "document", "association", "year", "financing");
        CurrencyUnit[] currency = new CurrencyUnit[1];
        CoordinationAssociation association = optional(root, "association", "/association",
                (n, p) -> association(n, p, currency));
        Integer year = optional(root, "year", "/year", this::year);
        RoundingUnit unit = optional(root, "roundingUnit", "/roundingUnit", this::unit);
        RoundingUnit projectUnit = optional(root, "projectRoundingUnit", "/projectRoundingUnit", this::unit);
        Financing financing = optional(root, "financing", "/financing",
                (n, p) -> financing(n, p, currency[0] != null ? currency[0] : defaultCurrency()));
        boolean unitOk = root.get("roundingUnit") == null || unit != null;
        boolean projectUnitOk = root.get("projectRoundingUnit") == null || projectUnit != null;
        if (financing != null && unitOk && association == null) {
            // The association is broken, so the document will not be built; still report what is
            // wrong with the financing (otherwise FinsamDocument's constructor reports it).
            violations.addAll(StatutorySplit.check(financing, unit != null ? unit : RoundingUnit.KRONA).violations());
        }
        if (association == null || year == null || financing == null || !unitOk || !projectUnitOk
                || !violations.isEmpty()) {
            return null;
        }
        RoundingUnit effectiveUnit = unit != null ? unit : RoundingUnit.KRONA;
        return build("", () -> new FinsamDocument(association, year, financing, effectiveUnit,
                projectUnit != null ? projectUnit : effectiveUnit));
    }

    // --- association --------------------------------------------------------------------------

    CoordinationAssociation association(JsonNode node, String path, CurrencyUnit[] currencyOut) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(node, path, ASSOCIATION_FIELDS, "association", "id", "name", "members", "municipalKey");
        AssociationId id = optional(node, "id", path + "/id", (n, p) -> {
            String text = text(n, p);
            return text == null ? null : build(p, () -> AssociationId.of(text));
        });
        String name = optional(node, "name", path + "/name", this::text);
        CurrencyUnit currency = node.get("currency") == null ? defaultCurrency()
                : currency(node.get("currency"), path + "/currency");
        currencyOut[0] = currency;
        List<Member> members = optional(node, "members", path + "/members", this::members);
        ContributionKey municipalKey = optional(node, "municipalKey", path + "/municipalKey", this::key);
        ContributionKey regionalKey = optional(node, "regionalKey", path + "/regionalKey", this::key);
        boolean regionalOk = node.get("regionalKey") == null || regionalKey != null;
        if (members != null && municipalKey != null && regionalOk) {
            violations.addAll(Charter.check(members, municipalKey, Optional.ofNullable(regionalKey)).under(path).violations());
        }
        if (id == null || name == null || currency == null || members == null || municipalKey == null || !regionalOk
                || !violations.isEmpty()) {
            return null;
        }
        Charter charter = build(path, () -> Charter.of(members, municipalKey, regionalKey));
        return charter == null ? null : build(path, () -> CoordinationAssociation.of(id, name, currency, charter));
    }

    private List<Member> members(JsonNode node, String path) {
        if (!expect(node, path, JsonNode::isArray, "an array")) {
            return null;
        }
        List<Member> members = new ArrayList<>(node.size());
        boolean allOk = true;
        for (int i = 0; i < node.size(); i++) {
            Member m = member(node.get(i), path + "/" + i);
            allOk &= m != null;
            members.add(m);
        }
        return allOk ? members : null;
    }

    private Member member(JsonNode node, String path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(node, path, MEMBER_FIELDS, "member", "id", "kind", "name");
        MemberId id = optional(node, "id", path + "/id", this::memberId);
        MemberKind kind = optional(node, "kind", path + "/kind", (n, p) -> enumValue(n, p, MemberKind.class, "member kind"));
        String name = optional(node, "name", path + "/name", this::text);
        boolean codeGiven = node.get("code") != null;
        String code = codeGiven ? text(node.get("code"), path + "/code") : null;
        if (id == null || kind == null) {
            return null;
        }
        Member member = name == null || (codeGiven && code == null) ? null
                : build(path, () -> new Member(id, kind, name, Optional.ofNullable(code)));
        if (member == null) {
            // Its name or code is wrong (already reported), but id and kind are right: a stand-in
            // keeps the association's own rules (duplicates, parties, key coverage) checkable; the
            // violation already recorded stops the association from being built.
            return Member.of(id, kind, "(invalid)");
        }
        return member;
    }

    private MemberId memberId(JsonNode node, String path) {
        String text = text(node, path);
        return text == null ? null : build(path, () -> MemberId.of(text));
    }

    // --- keys ------------------------------------------------------------------------------------

    private ContributionKey key(JsonNode node, String path) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        KeyBasis basis = optional(node, "basis", path + "/basis", (n, p) -> enumValue(n, p, KeyBasis.class, "key basis"));
        checkFields(node, path, KEY_FIELDS, "key", "basis");
        if (basis == null) {
            return null;
        }
        JsonNode values = node.get("values");
        String valuesPath = path + "/values";
        if (basis != KeyBasis.POPULATION) {
            for (String field : List.of("referenceDate", "ageBand")) {
                if (node.get(field) != null) {
                    add(path + "/" + field, JsonViolationCodes.CONFLICTING_FIELDS,
                            "Field '" + field + "' belongs to a POPULATION key, not " + basis);
                }
            }
        }
        switch (basis) {
            case EQUAL -> {
                if (values != null) {
                    add(valuesPath, JsonViolationCodes.CONFLICTING_FIELDS, "An EQUAL key has no values");
                    return null;
                }
                return ContributionKey.equal();
            }
            case PERCENTAGES, WEIGHTS -> {
                Map<MemberId, BigDecimal> map = valueMap(node, valuesPath, this::decimal);
                if (map == null) {
                    return null;
                }
                return build(path, () -> basis == KeyBasis.PERCENTAGES ? ContributionKey.ofPercentages(map)
                        : ContributionKey.ofWeights(map));
            }
            case POPULATION -> {
                Map<MemberId, Long> map = valueMap(node, valuesPath, this::integer);
                LocalDate date = optional(node, "referenceDate", path + "/referenceDate", this::date);
                AgeBand band = optional(node, "ageBand", path + "/ageBand", (n, p) -> {
                    String text = text(n, p);
                    return text == null ? null : build(p, () -> AgeBand.parse(text));
                });
                boolean dateOk = node.get("referenceDate") == null || date != null;
                boolean bandOk = node.get("ageBand") == null || band != null;
                if (map == null || !dateOk || !bandOk) {
                    return null;
                }
                return build(path, () -> ContributionKey.ofPopulation(map, date, band));
            }
            default -> throw new AssertionError(basis);
        }
    }

    private <V> Map<MemberId, V> valueMap(JsonNode key, String path, Reader<V> valueReader) {
        JsonNode values = key.get("values");
        if (values == null) {
            add(path, JsonViolationCodes.MISSING_FIELD, "Missing required field 'values' in key");
            return null;
        }
        if (!expect(values, path, JsonNode::isObject, "an object")) {
            return null;
        }
        Map<MemberId, V> map = new LinkedHashMap<>();
        boolean allOk = true;
        for (Map.Entry<String, JsonNode> e : values.properties()) {
            String p = path + Violation.pointer(e.getKey());
            MemberId id = build(p, () -> MemberId.of(e.getKey()));
            V value = valueReader.read(e.getValue(), p);
            if (id == null || value == null) {
                allOk = false;
            } else {
                map.put(id, value);
            }
        }
        return allOk ? map : null;
    }

    // --- financing, year, units ----------------------------------------------------------------

    private Financing financing(JsonNode node, String path, CurrencyUnit currency) {
        if (!expect(node, path, JsonNode::isObject, "an object")) {
            return null;
        }
        checkFields(node, path, FINANCING_FIELDS, "financing");
        boolean total = node.get("total") != null;
        boolean state = node.get("stateContribution") != null;
        if (total == state) {
            add(path, JsonViolationCodes.CONFLICTING_FIELDS, total
                    ? "Give either 'total' or 'stateContribution' in financing, not both"
                    : "Financing needs one of 'total' or 'stateContribution'");
            return null;
        }
        String field = total ? "total" : "stateContribution";
        BigDecimal amount = decimal(node.get(field), path + "/" + field);
        if (amount == null || currency == null) {
            return null;
        }
        MonetaryAmount money = Money.of(amount, currency);
        return total ? Financing.ofTotal(money) : Financing.ofStateContribution(money);
    }

    Integer year(JsonNode node, String path) {
        Long value = integer(node, path);
        if (value == null) {
            return null;
        }
        if (value < FinsamDocument.MIN_YEAR || value > FinsamDocument.MAX_YEAR) {
            add(path, JsonViolationCodes.YEAR_OUT_OF_RANGE, "Year must be from " + FinsamDocument.MIN_YEAR + " to "
                    + FinsamDocument.MAX_YEAR + ", was " + value);
            return null;
        }
        return value.intValue();
    }

    RoundingUnit unit(JsonNode node, String path) {
        BigDecimal value = decimal(node, path);
        return value == null ? null : build(path, () -> RoundingUnit.of(value));
    }

    CurrencyUnit currency(JsonNode node, String path) {
        String code = text(node, path);
        if (code == null) {
            return null;
        }
        if (!code.matches("[A-Z]{3}")) {
            add(path, JsonViolationCodes.INVALID_VALUE, "Currency must be an ISO 4217 code such as SEK, was '" + shorten(code) + "'");
            return null;
        }
        try {
            return Monetary.getCurrency(code);
        } catch (UnknownCurrencyException e) {
            add(path, JsonViolationCodes.INVALID_VALUE, "Unknown currency '" + code + "'");
            return null;
        }
    }

    private static CurrencyUnit defaultCurrency() {
        return Monetary.getCurrency("SEK");
    }

}
