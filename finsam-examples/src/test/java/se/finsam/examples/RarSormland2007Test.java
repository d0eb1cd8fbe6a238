package se.finsam.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The API example prints RAR Sörmland's published contributions and a settlement that sums to nothing. */
class RarSormland2007Test {

    @Test
    void main_printsThePublishedContributions_andASettlement() {
        PrintStream before = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            RarSormland2007.main(new String[0]);
        } finally {
            System.setOut(before);
        }
        String text = out.toString(StandardCharsets.UTF_8);

        assertThat(text).startsWith("fk              7 500 000 kr\naf                      0 kr\n"
                + "landstinget     3 750 000 kr\neskilstuna      1 308 750 kr\n");
        assertThat(text).contains("vingaker          131 250 kr\n",
                "\nSettlement against the final key (positive: pays more; negative: gets back):\n");
        long sum = 0;
        String settlement = text.substring(text.indexOf("gets back):\n") + "gets back):\n".length());
        for (String line : settlement.split("\n")) {
            sum += Long.parseLong(line.substring(12, line.length() - 3).replace(" ", "").replace("\u00a0", "").strip());
        }
        assertThat(settlement.split("\n")).hasSize(9);
        assertThat(sum).isZero();
    }
}
