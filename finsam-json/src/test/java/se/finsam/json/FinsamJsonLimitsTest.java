package se.finsam.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static se.finsam.json.Documents.MINIMAL;
import static se.finsam.json.Documents.minimalWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import se.finsam.validation.FinsamValidationException;
import se.finsam.validation.Violation;

/** Each limit of {@link FinsamJson.Builder} refuses what is over it, as a located violation, and no more. */
class FinsamJsonLimitsTest {

    private static Violation only(Supplier<?> read) {
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class, read::get);
        assertThat(e).as("must be refused").isNotNull();
        assertThat(e.violations()).hasSize(1);
        return e.violations().get(0);
    }

    @Test
    void defaults_readTheExample() {
        assertThat(FinsamJson.create().read(MINIMAL)).isNotNull();
        assertThat(FinsamJson.create().maxDocumentBytes()).isEqualTo(16 * 1024 * 1024);
    }

    @Test
    void documentSize_isCheckedBeforeParsing() {
        byte[] json = MINIMAL.getBytes(StandardCharsets.UTF_8);
        FinsamJson exact = FinsamJson.builder().maxDocumentBytes(json.length).build();
        FinsamJson smaller = FinsamJson.builder().maxDocumentBytes(json.length - 1).build();

        assertThat(exact.read(json)).isNotNull();
        Violation v = only(() -> smaller.read(json));
        assertThat(v.path()).isEmpty();
        assertThat(v.code()).isEqualTo(JsonViolationCodes.LIMIT_EXCEEDED);
        assertThat(v.message()).contains(String.valueOf(json.length - 1), String.valueOf(json.length));
    }

    @Test
    void stream_isReadNoFurtherThanOneBytePastTheLimit() throws IOException {
        int limit = 1000;
        CountingStream endless = new CountingStream();

        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class,
                () -> FinsamJson.builder().maxDocumentBytes(limit).build().read(endless));

        assertThat(e.violations()).extracting(Violation::code).containsExactly(JsonViolationCodes.LIMIT_EXCEEDED);
        assertThat(endless.read).isEqualTo(limit + 1);
        assertThat(FinsamJson.builder().maxDocumentBytes(limit).build().validate(new CountingStream()).violations())
                .extracting(Violation::code).containsExactly(JsonViolationCodes.LIMIT_EXCEEDED);
    }

    @Test
    void depth_isLimited() {
        // document, association, members, a member: four levels.
        assertThat(FinsamJson.builder().maxDepth(4).build().read(MINIMAL)).isNotNull();
        Violation v = only(() -> FinsamJson.builder().maxDepth(3).build().read(MINIMAL));
        assertThat(v.code()).isEqualTo(JsonViolationCodes.LIMIT_EXCEEDED);
        assertThat(v.path()).isEqualTo("/association/members/0");
        assertThat(v.message()).containsPattern("line \\d+, column \\d+");
    }

    @Test
    void stringLength_isLimited() {
        Violation v = only(() -> FinsamJson.builder().maxStringLength(20).build().read(MINIMAL));

        assertThat(v.code()).isEqualTo(JsonViolationCodes.LIMIT_EXCEEDED);
        assertThat(v.path()).isEqualTo("/association/name");
    }

    @Test
    void numberLength_isLimited() {
        String json = minimalWith("\"1000000\"", "1000000");

        assertThat(FinsamJson.builder().maxNumberLength(7).build().read(json)).isNotNull();
        Violation v = only(() -> FinsamJson.builder().maxNumberLength(6).build().read(json));
        assertThat(v.code()).isEqualTo(JsonViolationCodes.LIMIT_EXCEEDED);
        assertThat(v.path()).isEqualTo("/financing/total");
    }

    @Test
    void membersAndProjects_areLimited_beforeAnyIsRead() {
        Violation members = only(() -> FinsamJson.builder().maxMembers(4).build().read(MINIMAL));
        assertThat(members.path()).isEqualTo("/association/members");
        assertThat(members.message()).contains("4", "5");

        String withProjects = minimalWith("\"year\": 2011,", "\"year\": 2011, \"projects\": [{}, {}],");
        Violation projects = only(() -> FinsamJson.builder().maxProjects(1).build().read(withProjects));
        assertThat(projects.path()).isEqualTo("/projects");
        assertThat(projects.code()).isEqualTo(JsonViolationCodes.LIMIT_EXCEEDED);
    }

    @Test
    void absurdNumbers_areRefusedWithoutArithmetic() {
        for (String number : new String[] {"1e1000000000", "1e-1000000000", "9".repeat(50) + "e999999999"}) {
            String json = minimalWith("\"1000000\"", number);
            Violation v = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> only(() -> FinsamJson.create().read(json)));
            assertThat(v.path()).as(number).isEqualTo("/financing/total");
            assertThat(v.code()).as(number).isEqualTo(JsonViolationCodes.INVALID_NUMBER);
        }
        Violation digits = only(() -> FinsamJson.create().read(minimalWith("\"1000000\"", "1" + "0".repeat(400))));
        assertThat(digits.code()).isEqualTo(JsonViolationCodes.LIMIT_EXCEEDED);
    }

    @Test
    void manyViolations_areCutAtOneThousand_andTheRestCounted() {
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < 1500; i++) {
            fields.append("\"x").append(i).append("\": 0, ");
        }
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class,
                () -> FinsamJson.create().read(MINIMAL.replaceFirst("\\{", "{" + fields)));

        assertThat(e.violations()).hasSize(1001);
        assertThat(e.violations().get(1000).code()).isEqualTo(JsonViolationCodes.LIMIT_EXCEEDED);
        assertThat(e.violations().get(1000).message()).startsWith("500 more violations");
    }

    @Test
    void builder_refusesLimitsThatAreNotPositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> FinsamJson.builder().maxDepth(0).build()).withMessageContaining("maxDepth");
        assertThatIllegalArgumentException().isThrownBy(() -> FinsamJson.builder().maxDocumentBytes(-1).build());
        assertThatIllegalArgumentException().isThrownBy(() -> FinsamJson.builder().maxDocumentBytes(Integer.MAX_VALUE).build());
    }

    @Test
    void utf16_isRefusedAsNotUtf8() throws IOException {
        Violation v = only(() -> FinsamJson.create().read(MINIMAL.getBytes(StandardCharsets.UTF_16)));

        assertThat(v.code()).isEqualTo(JsonViolationCodes.SYNTAX);
        assertThat(v.message()).contains("not UTF-8");
        assertThat(FinsamJson.create().validate(new ByteArrayInputStream(new byte[0])).isValid()).isFalse();
    }

    /** An endless stream of spaces that counts what is read from it. */
    static final class CountingStream extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return ' ';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) ' ');
            read += len;
            return len;
        }
    }
}
