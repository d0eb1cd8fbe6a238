package se.finsam.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import java.time.LocalDate;
import se.finsam.association.AssociationId;
import se.finsam.budget.AnnualPlan;
import se.finsam.budget.CostCategory;
import se.finsam.budget.CostLine;
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
        for (Class<?> type : List.of(ViolationCodes.class, JsonViolationCodes.class)) {
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
    }

    @Test
    void readme_showsTheTwoQuickStartCommands() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        String ci = Files.readString(Path.of("../.ci/run"));

        assertThat(readme).contains("./finsam split finsam-examples/documents/rar-sormland-2007.json", "\n./mvnw -B verify ");
        assertThat(ci).contains("\n./mvnw -B verify\n");
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
