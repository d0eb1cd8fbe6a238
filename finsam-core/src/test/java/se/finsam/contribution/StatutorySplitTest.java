package se.finsam.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.testing.Samples.id;
import static se.finsam.testing.Samples.sek;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.finsam.association.CoordinationAssociation;
import se.finsam.member.Party;
import se.finsam.money.RoundingUnit;
import se.finsam.testing.Samples;

class StatutorySplitTest {

    private final CoordinationAssociation rar = Samples.rarSormland();

    @Test
    void split_ofRar2007_matchesPublishedBudget() {
        ContributionSplit split = rar.contributions(Financing.ofTotal(sek("15000000")), RoundingUnit.KRONA);

        Map<String, String> published = new LinkedHashMap<>();
        published.put("fk", "7500000");
        published.put("af", "0");
        published.put("landstinget", "3750000");
        published.put("eskilstuna", "1308750");
        published.put("flen", "236250");
        published.put("gnesta", "142500");
        published.put("katrineholm", "465000");
        published.put("nykoping", "712500");
        published.put("oxelosund", "161250");
        published.put("strangnas", "438750");
        published.put("trosa", "153750");
        published.put("vingaker", "131250");
        published.forEach((member, amount) ->
                assertThat(split.amountOf(id(member))).as(member).isEqualTo(sek(amount)));
        assertThat(split.partyTotal(Party.MUNICIPALITIES)).isEqualTo(sek("3750000"));
        assertThat(split.partyTotal(Party.REGIONS)).isEqualTo(sek("3750000"));
        assertThat(split.partyTotal(Party.STATE)).isEqualTo(sek("7500000"));
        assertThat(split.total()).isEqualTo(sek("15000000"));
        assertThat(split.contributions()).extracting(c -> c.member().value()).containsExactlyElementsOf(published.keySet());
    }
}
