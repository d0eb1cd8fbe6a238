package se.finsam.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanDocumentWriterTest {

    private static String json(String s) {
        StringBuilder out = new StringBuilder();
        PlanDocumentWriter.string(out, s);
        return out.toString();
    }

    @Test
    void stringsAreEscapedAsRfc8259Says() {
        assertThat(json("Kommun \"5\" \\ väst")).isEqualTo("\"Kommun \\\"5\\\" \\\\ väst\"");
        assertThat(json("\b\f\n\r\t")).isEqualTo("\"\\b\\f\\n\\r\\t\"");
        assertThat(json("\u0000\u001f\u001b")).isEqualTo("\"\\u0000\\u001f\\u001b\"");
        // DEL, C1 controls, the line separator and non-ASCII letters need no escape in JSON.
        assertThat(json("\u007f\u0085\u2028Försäkringskassan /")).isEqualTo("\"\u007f\u0085\u2028Försäkringskassan /\"");
    }

    @Test
    void aSurrogatePairIsWrittenAsItIs_aLoneSurrogateEscaped() {
        String emoji = new String(Character.toChars(0x1F600));
        assertThat(json("a" + emoji + "b")).isEqualTo("\"a" + emoji + "b\"");
        assertThat(json("\ud800")).isEqualTo("\"\\ud800\"");
        assertThat(json("x\udc00")).isEqualTo("\"x\\udc00\"");
        assertThat(json("\ud800\ud800\udc00")).isEqualTo("\"\\ud800\ud800\udc00\"");
        assertThat(json("\udc00\ud800")).isEqualTo("\"\\udc00\\ud800\"");
    }

    @Test
    void everyStringReadsBackAsItWas() {
        Seeds.forAll("json strings", 300, random -> {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) {
                s.append((char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x10000)));
            }
            String written = json(s.toString());
            Object read = TinyJson.parse(written);
            // A lone surrogate comes back as the same UTF-16 unit; a string is otherwise unchanged.
            assertThat(read).as(written).isEqualTo(s.toString());
        });
    }

    @Test
    void objectsOfScalarsGoOnOneLine_othersOneFieldALine() {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("id", "fk");
        member.put("count", 3L);
        member.put("share", new BigDecimal("1E+3"));
        member.put("given", true);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("members", List.of(member, List.of()));
        doc.put("year", 2007);
        doc.put("empty", Map.of());

        assertThat(PlanDocumentWriter.write(doc)).isEqualTo("""
                {
                  "members": [
                    {"id": "fk", "count": 3, "share": 1000, "given": true},
                    []
                  ],
                  "year": 2007,
                  "empty": {}
                }
                """);
    }

    @Test
    void refusesWhatIsNoJsonValue() {
        assertThatThrownBy(() -> PlanDocumentWriter.write(List.of(1.5))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a JSON value: java.lang.Double");
    }

    @Test
    void rarSormlandsPlanIsWrittenAsItsPublishedDocument() {
        Object doc = TinyJson.parse(PlanDocumentWriter.text(RarSormland2007.plan()));

        assertThat(TinyJson.at(doc, "/association/id")).isEqualTo("rar-sormland");
        assertThat(TinyJson.at(doc, "/association/currency")).isEqualTo("SEK");
        assertThat(TinyJson.at(doc, "/association/members/0")).isEqualTo(
                Map.of("id", "fk", "kind", "SOCIAL_INSURANCE_AGENCY", "name", "Försäkringskassan"));
        assertThat(TinyJson.at(doc, "/association/municipalKey/basis")).isEqualTo("PERCENTAGES");
        assertThat(TinyJson.at(doc, "/association/municipalKey/values/eskilstuna")).isEqualTo("34.9");
        assertThat(TinyJson.at(doc, "/association/regionalKey")).isNull();
        assertThat(TinyJson.at(doc, "/year")).isEqualTo(new BigDecimal("2007"));
        assertThat(TinyJson.at(doc, "/financing")).isEqualTo(Map.of("total", "15000000"));
        assertThat(TinyJson.at(doc, "/roundingUnit")).isEqualTo("1");
        assertThat(TinyJson.at(doc, "/projectRoundingUnit")).isEqualTo("1000");
        assertThat(TinyJson.at(doc, "/projects/0")).isEqualTo(Map.of("id", "ungdomstorget", "name", "Ungdomstorget Nyköping",
                "status", "APPROVED", "start", "2006-08-15", "end", "2008-08-14", "totalCost", "2279000", "basis", "MONTHS"));
        assertThat(TinyJson.at(doc, "/projects/3")).isEqualTo(Map.of("id", "kungsgatan",
                "name", "Kungsgatans Läkarmottagning Eskilstuna", "status", "DELAYED", "start", "2006-09-01",
                "totalCost", "307000", "basis", "EXPLICIT", "costByYear", Map.of("2007", "307000")));
        assertThat(TinyJson.at(doc, "/costs/4")).isEqualTo(Map.of("category", "DEPRECIATION", "amount", "73000"));
    }
}
