package se.finsam.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.cli.CliTest.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code finsam indicators} on the bundled example, in every format, and on bad documents. */
class IndicatorReportTest {

    static final String EXAMPLE = "documents/norra-vastmanland-indicators.json";

    @Test
    void table_ofTheExample_matchesTheGoldenOutput() throws Exception {
        CliTest.Run r = run("indicators", EXAMPLE);

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(Files.readString(Path.of("src/test/resources/golden/indicators-norra-vastmanland.txt")));
    }

    @Test
    void table_showsNorbergsPublished52KronorAndTheAssociationWeighedByPopulation() {
        CliTest.Run r = run("indicators", EXAMPLE);

        // Norberg Q2 2011 (the Norra Västmanland newsletter): 16 183 440 kr / (3 420 × 91) = 52,00.
        // Association: 74 181 420 / (13 590 × 91) = 59,98; the mean of the three rates would be 58,07.
        assertThat(r.out()).contains("""
                Area                                   Kind of area  2010-04-01 – 2010-06-30  2011-04-01 – 2011-06-30
                Fagersta                               Municipality                    66.90                    64.31
                Norberg                                Municipality                    56.80                    52.00
                Skinnskatteberg                        Municipality                    55.40                    57.90
                Norra Västmanlands samordningsförbund  Association                     62.14                    59.98
                """).containsPattern("(?m)^Försörjningsmått  2011-04-01  2011-06-30 +Norberg +Municipality +Paid +Total +SEK 16,183,440$")
                .contains("Note: Published: Norberg's försörjningsmått of 52 kr", "Illustrative");
    }

    @Test
    void table_inSwedish_hasSwedishWordsAndNumbers() {
        CliTest.Run r = run("indicators", "--lang", "sv", EXAMPLE);

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Indikatorer\nNorra Västmanlands samordningsförbund\nAnmärkning: Published:")
                .containsPattern("(?m)^Försörjningsmått  2011-04-01  2011-06-30 +Norberg +Kommun +Utbetalt +Totalt +16 183 440 kr$")
                .containsPattern("(?m)^Förändring +2011-04-01  2011-06-30  2010-04-01 +2010-06-30 +Norberg +Kommun +Förändring i procent"
                        + " +Totalt +-8,4 %$")
                .containsPattern("(?m)^Norra Västmanlands samordningsförbund  Samordningsförbund +62,14 +59,98$");
    }

    @Test
    void explain_takesNorbergsPublishedRateApart() {
        CliTest.Run r = run("indicators", "--explain", "--lang", "sv", EXAMPLE);

        assertThat(r.status()).as(r.err()).isZero();
        // 16 183 440 kr / (3 420 × 91 = 311 220) = 52 exactly.
        assertThat(r.out()).contains("Så räknades varje mått")
                .containsPattern("(?m)^2011-04-01  2011-06-30  Norberg +Totalt +16 183 440 kr +3 420 +91 +311 220 +52,000000 +52,00$");
    }

    @Test
    void json_hasTheRatesChangesAndIllHealth() {
        CliTest.Run r = run("indicators", "--format", "json", EXAMPLE);

        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("\"area\" : \"norberg\"", "\"total\" : \"52.00\"", "\"kind\" : \"ASSOCIATION\"",
                "\"comparedWith\"", "\"total\" : \"-8.4\"", "\"ILL_HEALTH_RATE\" : \"31.7\"", "\"SICKNESS_BENEFIT_RATE\" : \"11.6\"");
    }

    @Test
    void csv_isLongFormat_inTheSwedishDialectByDefault() {
        CliTest.Run r = run("indicators", "--format", "csv", EXAMPLE);

        assertThat(r.out()).startsWith("\uFEFFsection;start;end;compared_start;compared_end;area;name;area_kind;measure;component;value;"
                        + "sectionName;area_kindName;measureName;componentName\r\n")
                .contains("support;2011-04-01;2011-06-30;;;norberg;Norberg;MUNICIPALITY;rate;TOTAL;52,00;"
                                + "Försörjningsmått;Municipality;Kr per inhabitant and day;Total\r\n",
                        "change;2011-04-01;2011-06-30;2010-04-01;2010-06-30;norberg;Norberg;MUNICIPALITY;percent;TOTAL;-8,4;"
                                + "Change;Municipality;Change in percent;Total\r\n",
                        "ill_health;2010-07-01;2011-06-30;;;norberg;Norberg;MUNICIPALITY;ill_health_rate;TOTAL;31,7;"
                                + "Ohälsotal;Municipality;Ohälsotal;Total\r\n",
                        "\r\n\r\narea;name;area_kind;area_kindName;2010-04-01/2010-06-30;2011-04-01/2011-06-30\r\n");
    }

    @Test
    void csv_inRfc4180_hasCommasAndDecimalPoints() {
        CliTest.Run r = run("indicators", "--format", "csv", "--csv-dialect", "rfc4180", EXAMPLE);

        assertThat(r.out()).contains("support,2011-04-01,2011-06-30,,,norberg,Norberg,MUNICIPALITY,rate,TOTAL,52.00,"
                + "Försörjningsmått,Municipality,Kr per inhabitant and day,Total\r\n");
    }

    @Test
    void invalidDocument_exitsOneWithEveryViolationOnStandardError(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, Files.readString(Path.of(EXAMPLE))
                .replace("\"population\": 3420", "\"population\": 0")
                .replace("\"FINANCIAL_ASSISTANCE\": \"9676100\"", "\"FINANCIAL_ASSISTANCE\": \"-9676100\"")
                .replace("\"end\": \"2010-06-30\"", "\"end\": \"2010-03-31\"")
                .replace("[\"fagersta\", \"norberg\", \"skinnskatteberg\"]", "[\"fagersta\", \"norberg\", \"vasteras\"]"));

        CliTest.Run r = run("indicators", broken.toString());

        assertThat(r.status()).isEqualTo(Cli.INVALID);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("/support/1/figures/norberg/population", "population.out-of-range",
                "/support/0/figures/fagersta/payments/FINANCIAL_ASSISTANCE", "amount.negative", "-9676100",
                "/support/0/end", "period.zero-days", "/aggregates/0/municipalities/2", "municipality.unknown", "'vasteras'")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void anAssociationDocument_isNotAnIndicatorDocument() {
        CliTest.Run r = run("indicators", CliTest.RAR);

        assertThat(r.status()).isEqualTo(Cli.INVALID);
        assertThat(r.err()).contains("(1 violation)", "json.wrong-document-kind", "not an indicator document")
                .doesNotContain("json.unknown-field", "json.missing-field");
    }
}
