package se.finsam.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import se.finsam.test.RarSormland2007;

/**
 * The picture the README shows, {@code docs/images/rar-sormland-2007-split.svg}: the charts of RAR
 * Sörmland's 2007 contributions as the HTML page draws them, in Swedish. The committed file must be what the
 * renderer draws today, so it cannot go stale; {@code -Dfinsam.writeImages=true} writes it anew.
 */
class ReadmeImageTest {

    private static final Path IMAGE = Path.of("..", "docs", "images", "rar-sormland-2007-split.svg");

    private static String drawn() {
        return HtmlRenderer.svg(Report.split(RarSormland2007.plan()), Formatting.of(RenderOptions.SWEDISH));
    }

    @Test
    void committedImage_isWhatTheRendererDrawsToday() throws IOException {
        String drawn = drawn();
        if (Boolean.getBoolean("finsam.writeImages")) {
            Files.writeString(IMAGE, drawn, StandardCharsets.UTF_8);
        }

        assertThat(Files.readString(IMAGE, StandardCharsets.UTF_8))
                .as("%s is stale: run ./mvnw -o -q -pl finsam-report -am test -Dtest=ReadmeImageTest"
                        + " -Dsurefire.failIfNoSpecifiedTests=false -Dfinsam.writeImages=true", IMAGE)
                .isEqualTo(drawn);
    }

    @Test
    void image_isOneSvgOfBothCharts_withTheirTitles() {
        Document svg = Jsoup.parse(drawn(), "", Parser.xmlParser());

        assertThat(svg.selectFirst("svg").attr("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(svg.selectFirst("svg > title").text())
                .isEqualTo("Medlemmarnas bidrag 2007 – Samordningsförbundet RAR i Sörmland");
        assertThat(svg.select("svg > svg").eachAttr("aria-label")).containsExactly("Kommunernas fördelningsnyckel",
                "Fördelningen mellan parterna enligt lag");
        assertThat(svg.select("rect.bar")).hasSize(9);
        assertThat(svg.select("rect.segment")).hasSize(3);
    }
}
