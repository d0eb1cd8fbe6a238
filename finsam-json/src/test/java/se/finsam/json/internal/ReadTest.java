package se.finsam.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.finsam.json.JsonViolationCodes;

/** A reader's result: a value, or "reported" (its violation recorded); never null. */
class ReadTest {

    @Test
    void of_holdsTheValue() {
        Read<String> read = Read.of("flen");
        assertThat(read.isRead()).isTrue();
        assertThat(read.isReported()).isFalse();
        assertThat(read.get()).isEqualTo("flen");
        assertThat(read.orElse("other")).isEqualTo("flen");
        assertThat(read.orUnknown()).isEqualTo("flen");
    }

    @Test
    void of_refusesNull() {
        assertThatThrownBy(() -> Read.of(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("value");
    }

    @Test
    void reported_isOneInstance_withoutAValue() {
        Read<String> reported = Read.reported();
        assertThat(reported).isSameAs(Read.<Integer>reported());
        assertThat(reported.isRead()).isFalse();
        assertThat(reported.isReported()).isTrue();
        assertThat(reported.orElse("other")).isEqualTo("other");
        assertThat(reported.orUnknown()).isNull();
        assertThatThrownBy(reported::get).isInstanceOf(IllegalStateException.class).hasMessageContaining("reported");
    }

    @Test
    void absent_isRead_andEmpty_notReported() {
        Read<Optional<String>> absent = Read.absent();
        assertThat(absent.isRead()).isTrue();
        assertThat(absent.get()).isEmpty();
        assertThat(absent).isSameAs(Read.<Integer>absent());
        assertThat(Read.present("x").get()).contains("x");
    }

    @Test
    void constants_areShared_andRead() {
        assertThat(Read.of(true)).isSameAs(Read.of(true)).isEqualTo(Read.of(Boolean.TRUE));
        assertThat(Read.of(false).get()).isFalse();
        assertThat(Read.<String>emptyList()).isSameAs(Read.<Integer>emptyList());
        assertThat(Read.emptyList().get()).isEmpty();
        assertThat(Read.<String, Integer>emptyMap().get()).isEmpty();
    }

    @Test
    void enumValues_areTheSharedReadingOfEachConstant() {
        CharterReader reader = new CharterReader(Limits.DEFAULTS);
        Read<se.finsam.member.MemberKind> region = reader.enumValue(TextNode.valueOf("REGION"), Pointer.ROOT,
                se.finsam.member.MemberKind.class, "member kind");
        assertThat(region.get()).isEqualTo(se.finsam.member.MemberKind.REGION);
        assertThat(reader.enumValue(TextNode.valueOf("REGION"), Pointer.ROOT, se.finsam.member.MemberKind.class, "member kind"))
                .isSameAs(region);
        assertThat(reader.enumValue(TextNode.valueOf("region"), Pointer.of("/k"), se.finsam.member.MemberKind.class,
                "member kind").isReported()).isTrue();
        assertThat(reader.violations()).extracting(v -> v.path() + " " + v.code())
                .containsExactly("/k " + JsonViolationCodes.INVALID_VALUE);
    }

    @Test
    void money_isReported_withAnUnknownCurrency_yetItsNumberIsChecked() {
        CharterReader reader = new CharterReader(Limits.DEFAULTS);
        Read<javax.money.CurrencyUnit> sek = TreeReader.readDefaultCurrency();
        assertThat(reader.money(TextNode.valueOf("12.50"), Pointer.ROOT, sek).get().getNumber().toString()).isEqualTo("12.5");
        assertThat(reader.money(TextNode.valueOf("12.50"), Pointer.ROOT, Read.reported()).isReported()).isTrue();
        assertThat(reader.violations()).isEmpty();
        assertThat(reader.money(TextNode.valueOf("1e3"), Pointer.of("/m"), Read.reported()).isReported()).isTrue();
        assertThat(reader.violations()).extracting(v -> v.path() + " " + v.code())
                .containsExactly("/m " + JsonViolationCodes.INVALID_NUMBER);
    }

    @Test
    void map_andThen_passReportedOn_withoutCallingTheFunction() {
        assertThat(Read.of(2).map(i -> i * 21)).isEqualTo(Read.of(42));
        assertThat(Read.of(2).then(i -> Read.of("n" + i))).isEqualTo(Read.of("n2"));
        assertThat(Read.of(2).then(i -> Read.<String>reported()).isReported()).isTrue();
        Read<Integer> reported = Read.reported();
        assertThat(reported.map(i -> { throw new AssertionError("called"); }).isReported()).isTrue();
        assertThat(reported.then(i -> { throw new AssertionError("called"); }).isReported()).isTrue();
    }

    @Test
    void then_refusesANullResult() {
        assertThatThrownBy(() -> Read.of(1).then(i -> null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void ifRead_runsOnlyOnAValue() {
        List<String> seen = new ArrayList<>();
        Read.of("a").ifRead(seen::add);
        Read.<String>reported().ifRead(seen::add);
        assertThat(seen).containsExactly("a");
    }

    @Test
    void equality_isByValue_andReportedEqualsOnlyItself() {
        assertThat(Read.of("a")).isEqualTo(Read.of("a")).hasSameHashCodeAs(Read.of("a")).isNotEqualTo(Read.of("b"));
        assertThat(Read.<String>reported()).isEqualTo(Read.reported()).isNotEqualTo(Read.of("a"));
        assertThat(Read.of("a")).isNotEqualTo(Read.reported()).isNotEqualTo("a");
        assertThat(Read.of("a")).hasToString("Read[a]");
        assertThat(Read.reported()).hasToString("Read.reported");
    }

    @Test
    void field_isReported_whenAbsent_orWrong_andGivenIsEmptyWhenAbsent() {
        CharterReader reader = new CharterReader(Limits.DEFAULTS);
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("name", 5).put("note", "fine");
        assertThat(reader.field(node, "missing", Pointer.ROOT, reader::text).isReported()).isTrue();
        assertThat(reader.violations()).isEmpty(); // the absence of a required field is checkFields' report
        assertThat(reader.given(node, "missing", Pointer.ROOT, reader::text)).isSameAs(Read.absent());
        Read<String> byDefault = Read.of("default");
        assertThat(reader.fieldOr(node, "missing", Pointer.ROOT, byDefault, reader::text)).isSameAs(byDefault);
        assertThat(reader.given(node, "note", Pointer.ROOT, reader::text).get()).contains("fine");
        assertThat(reader.given(node, "name", Pointer.ROOT, reader::text).isReported()).isTrue();
        assertThat(reader.violations()).extracting(v -> v.path() + " " + v.code())
                .containsExactly("/name " + JsonViolationCodes.WRONG_TYPE);
    }

    @Test
    void build_reportsTheFactorysViolations_belowThePath() {
        CharterReader reader = new CharterReader(Limits.DEFAULTS);
        assertThat(reader.memberId(TextNode.valueOf("flen"), Pointer.of("/id")).get().value()).isEqualTo("flen");
        assertThat(reader.memberId(TextNode.valueOf(""), Pointer.of("/id")).isReported()).isTrue();
        assertThat(reader.violations()).hasSize(1).allSatisfy(v -> assertThat(v.path()).startsWith("/id"));
    }
}
