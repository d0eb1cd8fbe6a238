package se.finsam.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import java.time.LocalDate;
import se.finsam.association.AssociationId;
import se.finsam.budget.AnnualPlan;
import se.finsam.budget.CostCategory;
import se.finsam.budget.CostLine;
import se.finsam.budget.Outcome;
import se.finsam.budget.PlanYear;
import se.finsam.project.Project;
import se.finsam.project.ProjectId;
import se.finsam.association.CoordinationAssociation;
import se.finsam.contribution.Charter;
import se.finsam.contribution.ContributionKey;
import se.finsam.contribution.ContributionSplit;
import se.finsam.contribution.Financing;
import se.finsam.json.JsonViolationCodes;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;
import se.finsam.money.RoundingUnit;
import se.finsam.validation.ViolationCodes;

/** The documentation says what the code does. */
class DocumentationTest {

    @Test
    void everyViolationCode_isDocumented() throws IOException, IllegalAccessException {
        String doc = Files.readString(Path.of("../docs/violations.md"));
        List<String> codes = new ArrayList<>();
        for (Class<?> type : List.of(ViolationCodes.class, JsonViolationCodes.class, se.finsam.statistics.StatisticsCodes.class)) {
            for (Field f : type.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                    codes.add((String) f.get(null));
                }
            }
        }
        assertThat(codes).hasSizeGreaterThan(40);
        assertThat(codes).allSatisfy(code -> assertThat(doc).as("docs/violations.md").contains("`" + code + "`"));
    }

    @Test
    void readmeExample_computesWhatItSays() {
        CurrencyUnit sek = Monetary.getCurrency("SEK");
        List<Member> members = List.of(
                Member.of(MemberId.of("fk"), MemberKind.SOCIAL_INSURANCE_AGENCY, "Försäkringskassan"),
                Member.of(MemberId.of("af"), MemberKind.PUBLIC_EMPLOYMENT_SERVICE, "Arbetsförmedlingen"),
                Member.of(MemberId.of("landstinget"), MemberKind.REGION, "Landstinget Sörmland", "04"),
                Member.of(MemberId.of("eskilstuna"), MemberKind.MUNICIPALITY, "Eskilstuna", "0484"),
                Member.of(MemberId.of("flen"), MemberKind.MUNICIPALITY, "Flen", "0482"));
        ContributionKey key = ContributionKey.ofPercentages(Map.of(
                MemberId.of("eskilstuna"), new BigDecimal("84.7"),
                MemberId.of("flen"), new BigDecimal("15.3")));
        CoordinationAssociation association = CoordinationAssociation.of(AssociationId.of("exempel"),
                "Samordningsförbundet Exempel", sek, Charter.of(members, key, null));

        ContributionSplit split = association.contributions(
                Financing.ofTotal(Money.of(15_000_000, sek)), RoundingUnit.KRONA);

        assertThat(split.amountOf(MemberId.of("eskilstuna"))).isEqualTo(Money.of(3_176_250, sek));

        AnnualPlan plan = AnnualPlan.builder(association, 2007, Financing.ofTotal(Money.of(15_000_000, sek)))
                .projectRoundingUnit(RoundingUnit.THOUSAND)
                .projects(List.of(Project.builder(ProjectId.of("ungdomstorget"), "Ungdomstorget Nyköping")
                        .period(LocalDate.of(2006, 8, 15), LocalDate.of(2008, 8, 14))
                        .totalCost(Money.of(2_279_000, sek)).build()))
                .costs(List.of(CostLine.of(CostCategory.BOARD, Money.of(310_000, sek))))
                .build();
        assertThat(plan.schedules().get(0).amountIn(2007)).isEqualTo(Money.of(1_140_000, sek));
        assertThat(plan.budget().disposable()).isEqualTo(Money.of(13_550_000, sek));

        AnnualPlan followed = AnnualPlan.builder(association, 2007, Financing.ofTotal(Money.of(15_000_000, sek)))
                .projectRoundingUnit(RoundingUnit.THOUSAND)
                .projects(plan.projects())
                .costs(plan.costs())
                .openingEquity(Money.of(2_000_000, sek))
                .outcome(Outcome.of(LocalDate.of(2007, 4, 30), Map.of(MemberId.of("fk"), Money.of(3_750_000, sek)),
                        Map.of(CostCategory.BOARD, Money.of(95_000, sek)),
                        Map.of(ProjectId.of("ungdomstorget"), Money.of(640_000, sek))))
                .laterYears(List.of(PlanYear.of(2008, Financing.ofTotal(Money.of(15_000_000, sek)), false, List.of()),
                        PlanYear.of(2009, Financing.ofTotal(Money.of(15_000_000, sek)), true, List.of())))
                .build();
        assertThat(followed.followUp().flagged()).extracting(l -> l.project().orElseThrow())
                .containsExactly(ProjectId.of("ungdomstorget"));
        assertThat(followed.followUp().flagged().get(0).usedPercent().orElseThrow()
                .toBigDecimal(1, java.math.RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("56.1"));
        assertThat(followed.yearEnd().result()).isEqualTo(Money.of(13_550_000, sek));
        assertThat(followed.yearEnd().closingEquity()).isEqualTo(Money.of(15_550_000, sek));
        assertThat(followed.yearEnd().equityShares().amountOf(MemberId.of("eskilstuna"))).isEqualTo(Money.of(3_292_713, sek));
        assertThat(followed.multiYear().years().get(1).disposable()).isEqualTo(Money.of(14_291_000, sek));
    }

    @Test
    void readme_showsTheTwoQuickStartCommands() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        String ci = Files.readString(Path.of("../.ci/run"));

        assertThat(readme).contains("./finsam split finsam-examples/documents/rar-sormland-2007.json", "\n./mvnw -B verify ");
        assertThat(ci).contains("\n./mvnw -B verify\n");
    }

    /**
     * A citation a reader of the repository cannot look up: a "seed" of the original brief, its file
     * FINSAM.md, or one of its rule numbers (F1 to F19). A byte written in hexadecimal is no rule: one in
     * quotes or code ({@code "F8"}, a back-quoted F5, {@code {@code F5}}), one next to another byte
     * ({@code F0 9F}), or one on a line about code points ({@code U+10FFFF}).
     */
    static final Pattern UNTRACEABLE = Pattern.compile(
            "(?i:\\bseed\\s+\\d+)|FINSAM\\.md"
            + "|(?<![\"`]|\\{@code |\\b[0-9A-F]{2} )\\bF(?:1[0-9]|[1-9])\\b(?! [0-9A-F]{2}\\b)");

    /**
     * Returns the untraceable citations of one line (see {@link #UNTRACEABLE}).
     *
     * @param line a line of a document or source
     * @return each citation as written, in order
     */
    static List<String> untraceableCitations(String line) {
        List<String> found = new ArrayList<>();
        Matcher m = UNTRACEABLE.matcher(line);
        while (m.find()) {
            boolean rule = m.group().startsWith("F");
            if (!rule || !line.contains("U+")) {
                found.add(m.group());
            }
        }
        return found;
    }

    @Test
    void untraceableCitations_findSeedsTheBriefsFileAndRuleNumbers_butNotBytes() {
        assertThat(untraceableCitations("the statutory 50/25/25 split (F2, F5) and the settlement (F4)."))
                .containsExactly("F2", "F5", "F4");
        assertThat(untraceableCitations("rules F8 and F9; keys, F2–F5; ## The model (F10); matching (rule F17)"))
                .containsExactly("F8", "F9", "F2", "F5", "F10", "F17");
        assertThat(untraceableCitations("RAR Sörmland's 2007 plan (seed 004, FINSAM.md §3)"))
                .containsExactly("seed 004", "FINSAM.md");
        assertThat(untraceableCitations("// Seed 3: 27 of 31; SEED  12")).containsExactly("Seed 3", "SEED  12");

        assertThat(untraceableCitations("bytes `C0`, `C1`, `F5`–`FF`; {@code F5} to {@code FF}; \"F8\", \"FF\""))
                .isEmpty();
        assertThat(untraceableCitations("\"F0 80 80 AF, 0, overlong\", \"EF BB BF F4 8F\", {@code F4 90 80 80}"))
                .isEmpty();
        assertThat(untraceableCitations("# F5 would start a code point above U+10FFFF")).isEmpty();
        assertThat(untraceableCitations("-Dfinsam.seed=N; seed-number-1; 0x9E3779B97F4A7C15L; F20; AF7; F7a; the seeds 3"))
                .isEmpty();
        assertThat(untraceableCitations("docs/domain.md, The statutory split (Lag (2003:1210), 5 §)")).isEmpty();
    }

    @Test
    void noDocOrSource_citesASeedOrARuleNumber() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Path> places = new ArrayList<>(List.of(root.resolve("README.md"), root.resolve("pom.xml"),
                root.resolve("finsam"), root.resolve("docs"), root.resolve("scripts")));
        Matcher module = Pattern.compile("<module>([^<]+)</module>")
                .matcher(Files.readString(root.resolve("pom.xml")));
        while (module.find()) {
            places.add(root.resolve(module.group(1)));
        }
        assertThat(places).as("the modules").hasSizeGreaterThan(6);
        Path self = root.resolve("finsam-examples/src/test/java/se/finsam/examples/DocumentationTest.java");

        List<String> citations = new ArrayList<>();
        int files = 0;
        for (Path place : places) {
            if (!Files.exists(place)) {
                continue;
            }
            List<Path> texts;
            try (Stream<Path> walk = Files.walk(place)) {
                texts = walk.filter(Files::isRegularFile)
                        .filter(p -> !root.relativize(p).toString().replace('\\', '/').matches("(.*/)?target/.*"))
                        .filter(p -> !p.equals(self) && !p.endsWith("CHANGELOG.md")).sorted().toList();
            }
            for (Path text : texts) {
                String content = utf8(text);
                if (content == null) {
                    continue;
                }
                files++;
                String[] lines = content.split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    for (String citation : untraceableCitations(lines[i])) {
                        citations.add(root.relativize(text) + ":" + (i + 1) + ": " + citation);
                    }
                }
            }
        }
        assertThat(files).as("text files read").isGreaterThan(500);
        assertThat(citations).as("cite the source by its name or docs/domain.md's heading instead").isEmpty();
    }

    /** Returns a file's text, or null when it is not UTF-8 text (a binary fixture). */
    private static @org.jspecify.annotations.Nullable String utf8(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            for (byte b : bytes) {
                if (b == 0) {
                    return null;
                }
            }
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theWrapperPinsTheMavenTheEnforcerRequires() throws IOException {
        String wrapper = Files.readString(Path.of("../.mvn/wrapper/maven-wrapper.properties"));
        String pom = Files.readString(Path.of("../pom.xml"));
        String launcher = Files.readString(Path.of("../finsam"));

        java.util.regex.Matcher pinned = java.util.regex.Pattern
                .compile("apache-maven/(\\d+\\.\\d+\\.\\d+)/apache-maven-\\1-bin\\.zip").matcher(wrapper);
        assertThat(pinned.find()).as("the wrapper's distributionUrl").isTrue();
        assertThat(wrapper).containsPattern("distributionSha256Sum=[0-9a-f]{64}");
        assertThat(pom).contains("<version>[" + pinned.group(1) + ",)</version>");
        assertThat(launcher).contains("./mvnw").doesNotContain("command -v mvn");
    }
}
