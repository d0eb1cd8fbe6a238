package se.finsam.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pointers made lazily read as the JSON pointers they stand for. */
class PointerTest {

    @Test
    void childPointers_readAsJsonPointers_withNamesEscaped() {
        Pointer project = Pointer.ROOT.field("projects").index(3);
        assertThat(Pointer.ROOT).hasToString("");
        assertThat(project.field("end")).hasToString("/projects/3/end");
        assertThat(project.field("costByYear").field("2007")).hasToString("/projects/3/costByYear/2007");
        // RFC 6901: '~' is written ~0 and '/' is written ~1.
        assertThat(Pointer.ROOT.field("values").field("a/b~c")).hasToString("/values/a~1b~0c");
        assertThat(Pointer.ROOT.field("")).hasToString("/");
    }

    @Test
    void pointersGivenAsText_areKept_andExtended() {
        assertThat(Pointer.of("")).isSameAs(Pointer.ROOT);
        assertThat(Pointer.of("/association/members/2")).hasToString("/association/members/2");
        assertThat(Pointer.of("/association/members/2").field("id")).hasToString("/association/members/2/id");
    }

    @Test
    void last_isTheUnescapedLastSegment() {
        assertThat(Pointer.ROOT.field("projects").index(4).last()).isEqualTo("4");
        assertThat(Pointer.ROOT.field("values").field("a/b").last()).isEqualTo("a/b");
        assertThat(Pointer.of("/projects/7").last()).isEqualTo("7");
        assertThat(Pointer.ROOT.last()).isEmpty();
    }
}
