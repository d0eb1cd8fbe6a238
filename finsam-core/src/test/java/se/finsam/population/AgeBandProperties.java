package se.finsam.population;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.finsam.testing.Property;

/**
 * {@link AgeBand#parse(CharSequence)} is the inverse of {@link AgeBand#toString()} on every valid band.
 */
class AgeBandProperties {

    private static final int CASES = 10_000;

    @Test
    void parse_ofToString_givesAnEqualBand() {
        Property.forAll("age band parse(toString)", CASES, random -> {
            int from = random.nextInt(AgeBand.MAX_AGE + 1);
            int to = random.nextInt(from, AgeBand.MAX_AGE + 1);
            AgeBand band = AgeBand.of(from, to);
            AgeBand parsed = AgeBand.parse(band.toString());
            assertThat(parsed).as("parse(\"%s\")", band).isEqualTo(band);
            assertThat(parsed.fromAge()).as("from of %s", band).isEqualTo(from);
            assertThat(parsed.toAge()).as("to of %s", band).isEqualTo(to);
            assertThat(parsed.toString()).as("toString of parse(\"%s\")", band).isEqualTo(from + "-" + to);
        });
    }
}
