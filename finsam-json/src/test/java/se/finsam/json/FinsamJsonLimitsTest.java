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
        assertThat(FinsamJson.create().plan().read(MINIMAL)).isNotNull();
        assertThat(FinsamJson.create().maxDocumentBytes()).isEqualTo(16 * 1024 * 1024);
    }

    @Test
    void aStringOverTheLimit_isReportedTheSameWay_whateverTheThreadReadBefore() throws Exception {
        FinsamJson json = FinsamJson.create();
        String tooLong = minimalWith("\"name\": \"Samordningsförbundet Mini\"", "\"name\": \"" + "x".repeat(10_001) + "\"");
        // Alone in a fresh thread, Jackson's text buffers are small; after a long string they are large enough that
        // Jackson would not check the length again. The message must not depend on which.
        String[] fresh = new String[1];
        Thread thread = new Thread(() -> fresh[0] = json.plan().validate(tooLong).violations().toString());
        thread.start();
        thread.join();
        json.plan().validate(minimalWith("\"name\": \"Samordningsförbundet Mini\"", "\"name\": \"" + "y".repeat(9_999) + "\"")).violations();

        String afterALongOne = json.plan().validate(tooLong).violations().toString();

        assertThat(afterALongOne).isEqualTo(fresh[0]).contains("String of 10001 characters is longer than the limit of 10000");
    }

    @Test
    void documentSize_isCheckedBeforeParsing() {
        byte[] json = MINIMAL.getBytes(StandardCharsets.UTF_8);
        FinsamJson exact = FinsamJson.builder().maxDocumentBytes(json.length).build();
        FinsamJson smaller = FinsamJson.builder().maxDocumentBytes(json.length - 1).build();

        assertThat(exact.plan().read(json)).isNotNull();
        Violation v = only(() -> smaller.plan().read(json));
        assertThat(v.path()).isEmpty();
        assertThat(v.code()).isEqualTo(JsonViolationCodes.LIMIT_EXCEEDED);
        assertThat(v.message()).contains(String.valueOf(json.length - 1), String.valueOf(json.length));
    }

    @Test
    void stream_isReadNoFurtherThanOneBytePastTheLimit() throws IOException {
        int limit = 1000;
        CountingStream endless = new CountingStream();

        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class,
                () -> FinsamJson.builder().maxDocumentBytes(limit).build().plan().read(endless));

        assertThat(e.violations()).extracting(Violation::code).containsExactly(JsonViolationCodes.LIMIT_EXCEEDED);
        // The size is not known: the limit, said once, and that the rest was not read.
        assertThat(e.violations().get(0).message())
                .isEqualTo("The document is larger than the limit of 1000 bytes; the rest was not read");
        assertThat(endless.read).isEqualTo(limit + 1);
        assertThat(FinsamJson.builder().maxDocumentBytes(limit).build().plan().validate(new CountingStream()).violations())
                .extracting(Violation::code).containsExactly(JsonViolationCodes.LIMIT_EXCEEDED);
    }

    @Test
    void depth_isLimited() {
        // document, association, members, a member: four levels.
        assertThat(FinsamJson.builder().maxDepth(4).build().plan().read(MINIMAL)).isNotNull();
        Violation v = only(() -> FinsamJson.builder().maxDepth(3).build().plan().read(MINIMAL));
        assertThat(v.code()).isEqualTo(JsonViolationCodes.LIMIT_EXCEEDED);
        assertThat(v.path()).isEqualTo("/association/members/0");
        assertThat(v.message()).containsPattern("line \\d+, column \\d+");
    }

    @Test
    void stringLength_isLimited() {
        Violation v = only(() -> FinsamJson.builder().maxStringLength(20).build().plan().read(MINIMAL));

        assertThat(v.code()).isEqualTo(JsonViolationCodes.LIMIT_EXCEEDED);
        assertThat(v.path()).isEqualTo("/association/name");
    }

    @Test
    void numberLength_isLimited() {
        String json = minimalWith("\"1000000\"", "1000000");

        assertThat(FinsamJson.builder().maxNumberLength(7).build().plan().read(json)).isNotNull();
        Violation v = only(() -> FinsamJson.builder().maxNumberLength(6).build().plan().read(json));
        assertThat(v.code()).isEqualTo(JsonViolationCodes.LIMIT_EXCEEDED);
        assertThat(v.path()).isEqualTo("/financing/total");
    }

    @Test
    void membersAndProjects_areLimited_beforeAnyIsRead() {
        Violation members = only(() -> FinsamJson.builder().maxMembers(4).build().plan().read(MINIMAL));
        assertThat(members.path()).isEqualTo("/association/members");
        assertThat(members.message()).contains("4", "5");

        String withProjects = minimalWith("\"year\": 2011,", "\"year\": 2011, \"projects\": [{}, {}],");
        Violation projects = only(() -> FinsamJson.builder().maxProjects(1).build().plan().read(withProjects));
        assertThat(projects.path()).isEqualTo("/projects");
        assertThat(projects.code()).isEqualTo(JsonViolationCodes.LIMIT_EXCEEDED);
    }

    @Test
    void participantsAnonymousEntriesTargetsAndMunicipalities_ofAParticipantDocument_areLimited() {
        byte[] document = FollowUpReaderTest.DOCUMENT.getBytes(StandardCharsets.UTF_8);
        int participants = FinsamJson.create().followUp().read(document).participants().size();
        assertThat(FinsamJson.builder().maxParticipants(participants).maxTargets(1).build().followUp().read(document)).isNotNull();

        assertLimit(() -> FinsamJson.builder().maxParticipants(participants - 1).build().followUp().read(document), "/participants",
                participants - 1 + " participants", participants);
        StringBuilder entries = new StringBuilder();
        for (int i = 0; i <= participants; i++) {
            entries.append(i == 0 ? "" : ", ").append("{\"year\": 2011, \"gender\": \"MAN\", \"count\": 1}");
        }
        String moreAnonymous = FollowUpReaderTest.DOCUMENT.replace("\"anonymous\": [{\"year\": 2011, \"gender\": \"WOMAN\", \"count\": 2}]",
                "\"anonymous\": [" + entries + "]");
        assertThat(moreAnonymous).isNotEqualTo(FollowUpReaderTest.DOCUMENT);
        assertLimit(() -> FinsamJson.builder().maxParticipants(participants).build().followUp().read(moreAnonymous.getBytes(
                StandardCharsets.UTF_8)), "/anonymous", participants + " entries of anonymous participants", participants + 1);
        String twoTargets = FollowUpReaderTest.DOCUMENT.replace("\"targets\": [", "\"targets\": [{\"measure\": \"PARTICIPANTS\", \"atLeast\": \"1\"}, ");
        assertLimit(() -> FinsamJson.builder().maxTargets(1).build().followUp().read(twoTargets.getBytes(StandardCharsets.UTF_8)),
                "/targets", "1 targets", 2);
        assertLimit(() -> FinsamJson.builder().maxMembers(1).build().followUp().read(document), "/municipalities", "1 municipalities",
                FinsamJson.create().followUp().read(document).municipalities().size());
    }

    @Test
    void periodsAreasAndFigures_ofAnIndicatorDocument_areLimited() {
        byte[] document = IndicatorReaderTest.DOCUMENT.getBytes(StandardCharsets.UTF_8);
        assertThat(FinsamJson.builder().maxPeriods(2).maxMembers(2).build().indicators().read(document)).isNotNull();

        assertLimit(() -> FinsamJson.builder().maxPeriods(1).build().indicators().read(document), "/support", "1 support periods", 2);
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class,
                () -> FinsamJson.builder().maxMembers(1).build().indicators().read(document));
        assertThat(e.violations()).extracting(Violation::path).containsExactly("/municipalities", "/aggregates/0/municipalities",
                "/support/0/figures", "/support/1/figures", "/illHealth/0/figures");
        assertThat(e.violations().get(0).message()).isEqualTo("At most 1 municipalities are accepted, found 2");
        assertThat(e.violations()).extracting(Violation::code).containsOnly(JsonViolationCodes.LIMIT_EXCEEDED);
        String threeIllHealth = IndicatorReaderTest.DOCUMENT.replace("\"illHealth\": [", "\"illHealth\": [{}, {}, ");
        assertLimit(() -> FinsamJson.builder().maxPeriods(2).build().indicators().read(threeIllHealth.getBytes(StandardCharsets.UTF_8)),
                "/illHealth", "2 ill-health periods", 3);
    }

    @Test
    void theMunicipalitiesOfAllAggregatedAreasTogether_areLimitedToTenTimesMaxMembers() {
        // 12 municipalities and 12 areas of 11 each: 132 memberships, over 10 × 12.
        StringBuilder municipalities = new StringBuilder();
        StringBuilder figures = new StringBuilder();
        StringBuilder members = new StringBuilder();
        for (int m = 0; m < 12; m++) {
            municipalities.append(m == 0 ? "" : ", ").append("{\"id\": \"m").append(m).append("\", \"name\": \"M").append(m).append("\"}");
            figures.append(m == 0 ? "" : ", ").append("\"m").append(m).append("\": {\"population\": 10, \"payments\": {"
                    + "\"SICKNESS_AND_REHABILITATION_BENEFIT\": \"1\", \"SICKNESS_AND_ACTIVITY_COMPENSATION\": \"1\", "
                    + "\"UNEMPLOYMENT_BENEFIT\": \"1\", \"FINANCIAL_ASSISTANCE\": \"1\"}}");
            if (m < 11) {
                members.append(m == 0 ? "" : ", ").append("\"m").append(m).append('"');
            }
        }
        StringBuilder aggregates = new StringBuilder();
        for (int a = 0; a < 12; a++) {
            aggregates.append(a == 0 ? "" : ", ").append("{\"id\": \"g").append(a).append("\", \"name\": \"G").append(a)
                    .append("\", \"kind\": \"ASSOCIATION\", \"municipalities\": [").append(members).append("]}");
        }
        byte[] document = ("{\"name\": \"Areas\", \"ageBand\": \"16-64\", \"municipalities\": [" + municipalities
                + "], \"aggregates\": [" + aggregates + "], \"support\": [{\"start\": \"2011-01-01\", \"end\": \"2011-03-31\", "
                + "\"figures\": {" + figures + "}}]}").getBytes(StandardCharsets.UTF_8);
        assertThat(FinsamJson.builder().maxMembers(14).build().indicators().read(document).aggregates()).hasSize(12);

        assertLimit(() -> FinsamJson.builder().maxMembers(12).build().indicators().read(document), "/aggregates",
                "120 municipalities of aggregated areas (together)", 132);
    }

    @Test
    void associations_ofANationalDocument_areLimited_beforeAnyIsRead() {
        byte[] document = NationalDocuments.SMALL.getBytes(StandardCharsets.UTF_8);
        assertThat(FinsamJson.builder().maxAssociations(3).build().national().read(document)).isNotNull();

        assertLimit(() -> FinsamJson.builder().maxAssociations(2).build().national().read(document), "/associations",
                "2 associations", 3);
        assertThat(FinsamJson.create().national().read(document)).isNotNull();
    }

    /** The read is refused with one limit violation at {@code path}. */
    private static void assertLimit(Supplier<?> read, String path, String limit, int found) {
        Violation v = only(read);
        assertThat(v.code()).isEqualTo(JsonViolationCodes.LIMIT_EXCEEDED);
        assertThat(v.path()).isEqualTo(path);
        assertThat(v.message()).isEqualTo("At most " + limit + " are accepted, found " + found);
    }

    @Test
    void absurdNumbers_areRefusedWithoutArithmetic() {
        for (String number : new String[] {"1e1000000000", "1e-1000000000", "9".repeat(50) + "e999999999"}) {
            String json = minimalWith("\"1000000\"", number);
            Violation v = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> only(() -> FinsamJson.create().plan().read(json)));
            assertThat(v.path()).as(number).isEqualTo("/financing/total");
            assertThat(v.code()).as(number).isEqualTo(JsonViolationCodes.INVALID_NUMBER);
        }
        Violation digits = only(() -> FinsamJson.create().plan().read(minimalWith("\"1000000\"", "1" + "0".repeat(400))));
        assertThat(digits.code()).isEqualTo(JsonViolationCodes.LIMIT_EXCEEDED);
    }

    @Test
    void manyViolations_areCutAtOneThousand_andTheRestCounted() {
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < 1500; i++) {
            fields.append("\"x").append(i).append("\": 0, ");
        }
        FinsamValidationException e = catchThrowableOfType(FinsamValidationException.class,
                () -> FinsamJson.create().plan().read(MINIMAL.replaceFirst("\\{", "{" + fields)));

        assertThat(e.violations()).hasSize(1001);
        assertThat(e.violations().get(1000).code()).isEqualTo(JsonViolationCodes.LIMIT_EXCEEDED);
        assertThat(e.violations().get(1000).message()).startsWith("500 more violations");
    }

    @Test
    void builder_refusesLimitsThatAreNotPositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> FinsamJson.builder().maxDepth(0).build()).withMessageContaining("maxDepth");
        assertThatIllegalArgumentException().isThrownBy(() -> FinsamJson.builder().maxParticipants(0).build())
                .withMessageContaining("maxParticipants");
        assertThatIllegalArgumentException().isThrownBy(() -> FinsamJson.builder().maxTargets(-1).build()).withMessageContaining("maxTargets");
        assertThatIllegalArgumentException().isThrownBy(() -> FinsamJson.builder().maxPeriods(0).build()).withMessageContaining("maxPeriods");
        assertThatIllegalArgumentException().isThrownBy(() -> FinsamJson.builder().maxAssociations(0).build())
                .withMessageContaining("maxAssociations");
        assertThatIllegalArgumentException().isThrownBy(() -> FinsamJson.builder().maxDocumentBytes(-1).build());
        assertThatIllegalArgumentException().isThrownBy(() -> FinsamJson.builder().maxDocumentBytes(Integer.MAX_VALUE).build());
    }

    @Test
    void utf16_isRefusedAsNotUtf8() throws IOException {
        Violation v = only(() -> FinsamJson.create().plan().read(MINIMAL.getBytes(StandardCharsets.UTF_16)));

        assertThat(v.code()).isEqualTo(JsonViolationCodes.SYNTAX);
        assertThat(v.message()).contains("not UTF-8");
        assertThat(FinsamJson.create().plan().validate(new ByteArrayInputStream(new byte[0])).isValid()).isFalse();
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
