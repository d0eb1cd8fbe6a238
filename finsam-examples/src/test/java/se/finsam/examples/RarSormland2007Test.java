package se.finsam.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import se.finsam.association.CoordinationAssociation;
import se.finsam.contribution.Financing;
import se.finsam.member.MemberId;
import se.finsam.money.Amounts;
import se.finsam.money.RoundingUnit;
import se.finsam.test.FinsamAssertions;

/** The API example prints RAR Sörmland's published contributions and a settlement that sums to nothing. */
class RarSormland2007Test {

    @Test
    void main_printsThePublishedContributions_andASettlement() {
        String text = printed();

        assertThat(text).startsWith("fk              7 500 000 kr\naf                      0 kr\n"
                + "landstinget     3 750 000 kr\neskilstuna      1 308 750 kr\n");
        assertThat(text).contains("vingaker          131 250 kr\n",
                "\nSettlement against the final key (positive: pays more; negative: gets back):\n");
        long sum = 0;
        String settlement = text.substring(text.indexOf("gets back):\n") + "gets back):\n".length());
        for (String line : settlement.split("\n")) {
            sum += kronor(line).longValueExact();
        }
        assertThat(settlement.split("\n")).hasSize(9);
        assertThat(sum).isZero();
    }

    @Test
    void main_printsWhatTheLawGivesEachMemberOfTheGoldenFixture() {
        String text = printed();

        Map<MemberId, MonetaryAmount> contributions = new LinkedHashMap<>();
        for (String line : text.substring(0, text.indexOf("\n\n")).split("\n")) {
            contributions.put(MemberId.of(line.substring(0, 12).strip()), Amounts.exact(kronor(line), Monetary.getCurrency("SEK")));
        }
        CoordinationAssociation rar = se.finsam.test.RarSormland2007.association();
        assertThat(contributions).hasSize(12);
        FinsamAssertions.assertThatContributions(contributions, rar.charter(),
                Financing.ofTotal(Amounts.exact(se.finsam.test.RarSormland2007.TOTAL, rar.currency())), RoundingUnit.KRONA)
                .obeysTheLaw().isTheStatutorySplit();
    }

    private static String printed() {
        PrintStream before = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            RarSormland2007.main(new String[0]);
        } finally {
            System.setOut(before);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The amount of a line {@code "%-12s %15s"}: the member, then whole kronor grouped by spaces, then "kr". */
    private static BigDecimal kronor(String line) {
        return new BigDecimal(line.substring(12, line.length() - 3).replace(" ", "").replace("\u00a0", "").strip());
    }
}
