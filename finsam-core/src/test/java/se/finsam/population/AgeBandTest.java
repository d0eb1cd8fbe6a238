package se.finsam.population;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.finsam.testing.EqualityGroups;
import se.finsam.testing.Raises;
import se.finsam.testing.Violations;
import se.finsam.validation.ViolationCodes;

class AgeBandTest {

    @Test
    void parse_readsFromAndTo_inclusive() {
        AgeBand workingAge = AgeBand.parse("16-64");

        assertThat(workingAge.fromAge()).isEqualTo(16);
        assertThat(workingAge.toAge()).isEqualTo(64);
        assertThat(workingAge).hasToString("16-64").isEqualTo(AgeBand.of(16, 64));
        assertThat(AgeBand.parse("0-150")).isEqualTo(AgeBand.of(0, AgeBand.MAX_AGE));
        assertThat(AgeBand.parse("65-65")).isEqualTo(AgeBand.of(65, 65));
    }

    @Test
    @Raises(ViolationCodes.AGE_BAND_INVALID)
    void ageBand_thatIsNotFromDashToWithinZeroTo150_isRejected() {
        Violations.assertSingle(() -> AgeBand.of(64, 16), ViolationCodes.AGE_BAND_INVALID, "", "'64-16'");
        Violations.assertSingle(() -> AgeBand.of(-1, 64), ViolationCodes.AGE_BAND_INVALID, "", "'-1-64'");
        Violations.assertSingle(() -> AgeBand.of(16, 151), ViolationCodes.AGE_BAND_INVALID, "", "'16-151'");
        Violations.assertSingle(() -> AgeBand.parse("16–64"), ViolationCodes.AGE_BAND_INVALID, "", "'16–64'");
        Violations.assertSingle(() -> AgeBand.parse("16-"), ViolationCodes.AGE_BAND_INVALID, "", "'16-'");
        Violations.assertSingle(() -> AgeBand.parse("-64"), ViolationCodes.AGE_BAND_INVALID, "", "'-64'");
        Violations.assertSingle(() -> AgeBand.parse("1600-64"), ViolationCodes.AGE_BAND_INVALID, "", "'1600-64'");
        Violations.assertSingle(() -> AgeBand.parse("16 - 64"), ViolationCodes.AGE_BAND_INVALID, "", "'16 - 64'");
        Violations.assertSingle(() -> AgeBand.parse("x".repeat(30)), ViolationCodes.AGE_BAND_INVALID, "",
                "'" + "x".repeat(20) + "…'");
        assertThat(Violations.assertSingle(() -> AgeBand.parse("16-64\u001b[2J"), ViolationCodes.AGE_BAND_INVALID, "",
                "'16-64\\u001B[2J'").message()).as("never the raw control character").doesNotContain("\u001b");
    }

    @Test
    void equality_isByBothAges() {
        EqualityGroups.create()
                .addGroup(AgeBand.of(16, 64), AgeBand.parse("16-64"), AgeBand.parse("016-064"))
                .addGroup(AgeBand.of(16, 65))
                .addGroup(AgeBand.of(20, 64))
                .test();
    }

    @Test
    void invalidText_isQuotedWhole_upToTwentyCharacters() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AgeBand.parse("x".repeat(20)))
                .hasMessageContaining("Age band '" + "x".repeat(20) + "' must be FROM-TO");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AgeBand.parse("x".repeat(21)))
                .hasMessageContaining("Age band '" + "x".repeat(20) + "…' must be FROM-TO");
    }
}
