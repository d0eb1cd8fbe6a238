package se.finsam.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import javax.money.MonetaryAmount;
import se.finsam.association.CoordinationAssociation;
import se.finsam.contribution.Charter;
import se.finsam.contribution.Contribution;
import se.finsam.contribution.ContributionKey;
import se.finsam.contribution.ContributionSplit;
import se.finsam.contribution.Financing;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.money.RoundingUnit;
import se.finsam.validation.ValidationResult;
import se.finsam.validation.Violation;

/** Writes documents and results with a Jackson generator, in the field order of the format. */
final class DocumentWriter {

    private DocumentWriter() {
    }

    static void document(JsonGenerator g, FinsamDocument d) throws IOException {
        g.writeStartObject();
        g.writeFieldName("association");
        association(g, d.association());
        g.writeNumberField("year", d.year());
        g.writeObjectFieldStart("financing");
        g.writeStringField(d.financing().basis() == Financing.Basis.TOTAL ? "total" : "stateContribution",
                plain(d.financing().amount()));
        g.writeEndObject();
        g.writeStringField("roundingUnit", d.roundingUnit().toString());
        g.writeStringField("projectRoundingUnit", d.projectRoundingUnit().toString());
        g.writeEndObject();
    }

    private static void association(JsonGenerator g, CoordinationAssociation a) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", a.id().value());
        g.writeStringField("name", a.name());
        g.writeStringField("currency", a.currency().getCurrencyCode());
        g.writeArrayFieldStart("members");
        for (Member m : a.members()) {
            g.writeStartObject();
            g.writeStringField("id", m.id().value());
            g.writeStringField("kind", m.kind().name());
            g.writeStringField("name", m.name());
            if (m.code().isPresent()) {
                g.writeStringField("code", m.code().get());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        Charter charter = a.charter();
        g.writeFieldName("municipalKey");
        key(g, charter.municipalKey());
        if (charter.regionalKey().isPresent()) {
            g.writeFieldName("regionalKey");
            key(g, charter.regionalKey().get());
        }
        g.writeEndObject();
    }

    private static void key(JsonGenerator g, ContributionKey key) throws IOException {
        g.writeStartObject();
        g.writeStringField("basis", key.basis().name());
        if (key instanceof ContributionKey.Percentages p) {
            decimals(g, p.values());
        } else if (key instanceof ContributionKey.Weights w) {
            decimals(g, w.values());
        } else if (key instanceof ContributionKey.Population p) {
            g.writeObjectFieldStart("values");
            for (Map.Entry<MemberId, Long> e : p.values().entrySet()) {
                g.writeNumberField(e.getKey().value(), e.getValue());
            }
            g.writeEndObject();
            if (p.referenceDate().isPresent()) {
                g.writeStringField("referenceDate", p.referenceDate().get().toString());
            }
            if (p.ageBand().isPresent()) {
                g.writeStringField("ageBand", p.ageBand().get().toString());
            }
        }
        g.writeEndObject();
    }

    private static void decimals(JsonGenerator g, Map<MemberId, BigDecimal> values) throws IOException {
        g.writeObjectFieldStart("values");
        for (Map.Entry<MemberId, BigDecimal> e : values.entrySet()) {
            g.writeStringField(e.getKey().value(), e.getValue().toPlainString());
        }
        g.writeEndObject();
    }

    static void split(JsonGenerator g, FinsamDocument d, ContributionSplit split) throws IOException {
        RoundingUnit unit = split.unit();
        g.writeStartObject();
        g.writeStringField("association", d.association().id().value());
        g.writeNumberField("year", d.year());
        g.writeStringField("currency", split.currency().getCurrencyCode());
        g.writeStringField("total", unit.decimalOf(split.totalUnits()).toPlainString());
        g.writeArrayFieldStart("contributions");
        for (Contribution c : split.contributions()) {
            g.writeStartObject();
            g.writeStringField("member", c.member().value());
            g.writeStringField("kind", c.kind().name());
            g.writeStringField("amount", unit.decimalOf(split.unitsOf(c.member())).toPlainString());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static void validation(JsonGenerator g, ValidationResult result) throws IOException {
        g.writeStartObject();
        g.writeBooleanField("valid", result.isValid());
        g.writeArrayFieldStart("violations");
        for (Violation v : result.violations()) {
            g.writeStartObject();
            g.writeStringField("path", v.path());
            g.writeStringField("code", v.code());
            g.writeStringField("message", v.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static String plain(MonetaryAmount amount) {
        return amount.getNumber().numberValue(BigDecimal.class).stripTrailingZeros().toPlainString();
    }
}
