package se.finsam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import java.io.File;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.finsam.json.FinsamJson;
import se.finsam.money.Amounts;

/**
 * finsam-core and finsam-json are real modules (docs/architecture.md, "Modules on the module path"): they
 * resolve on the module path with only the JSR 354 API and Jackson beside them, and the tool computes the
 * same results there as on the class path, with Moneta, the provider, on the class path (with
 * jakarta.annotation-api, which Moneta reads its providers' priorities with). The unit tests of every module run
 * on the class path; these tests start a JVM with the modules on the module path.
 */
class ModulePathTest {

    private static final Set<String> CORE_PACKAGES = Set.of("se.finsam.association", "se.finsam.budget",
            "se.finsam.contribution", "se.finsam.followup", "se.finsam.indicator", "se.finsam.member", "se.finsam.money",
            "se.finsam.national", "se.finsam.period", "se.finsam.population", "se.finsam.project", "se.finsam.provenance", "se.finsam.socioeconomic",
            "se.finsam.validation");

    /** finsam-core, finsam-json, the JSR 354 API and Jackson: the module path of a finsam user. */
    private static final List<Path> MODULE_PATH = Stream.of(Amounts.class, FinsamJson.class, Monetary.class,
            ObjectMapper.class, JsonParser.class, JsonProperty.class).map(ModulePathTest::home).toList();

    /** The tool's module path: a user's, and finsam-report with its workbook writer (fastexcel and opczip). */
    private static final List<Path> TOOL_MODULE_PATH = Stream.concat(MODULE_PATH.stream(),
            Stream.of(se.finsam.report.Report.class, org.dhatim.fastexcel.Workbook.class,
                    com.github.rzymek.opczip.OpcOutputStream.class).map(ModulePathTest::home)).toList();

    @Test
    void modules_resolveWithoutMoneta_andExportOnlyTheirApi() {
        Configuration modules = Configuration.resolve(ModuleFinder.of(MODULE_PATH.toArray(Path[]::new)),
                List.of(ModuleLayer.boot().configuration()), ModuleFinder.of(), Set.of("se.finsam.json"));

        assertThat(modules.modules().stream().map(ResolvedModule::name)).containsExactlyInAnyOrder("se.finsam.json",
                "se.finsam.core", "java.money", "com.fasterxml.jackson.databind", "com.fasterxml.jackson.core",
                "com.fasterxml.jackson.annotation");
        ModuleDescriptor core = descriptor(modules, "se.finsam.core");
        assertThat(core.isAutomatic()).isFalse();
        assertThat(exported(core)).isEqualTo(CORE_PACKAGES);
        assertThat(core.packages()).isEqualTo(CORE_PACKAGES);
        assertThat(requires(core)).containsExactlyInAnyOrder("java.base [MANDATED]", "java.money [TRANSITIVE]",
                "org.jspecify [TRANSITIVE, STATIC]");
        ModuleDescriptor json = descriptor(modules, "se.finsam.json");
        assertThat(json.isAutomatic()).isFalse();
        assertThat(exported(json)).containsExactly("se.finsam.json");
        assertThat(json.packages()).contains("se.finsam.json.internal", "se.finsam.json.plan");
        assertThat(json.opens()).isEmpty();
        assertThat(requires(json)).containsExactlyInAnyOrder("java.base [MANDATED]", "se.finsam.core [TRANSITIVE]",
                "com.fasterxml.jackson.databind [TRANSITIVE]", "org.jspecify [TRANSITIVE, STATIC]");
        assertThat(json.provides()).singleElement().satisfies(p -> {
            assertThat(p.service()).isEqualTo("com.fasterxml.jackson.databind.Module");
            assertThat(p.providers()).containsExactly("se.finsam.json.FinsamModule");
        });
    }

    @ParameterizedTest
    @CsvSource({
        "split documents/rar-sormland-2007.json",
        "split --format json documents/rar-sormland-2007.json",
        "budget --format json documents/every-field.json",
        "schedule --format csv documents/every-field.json",
        "allocate --format json documents/national-2016.json",
        "indicators --format json documents/norra-vastmanland-indicators.json",
        "followup --format json documents/vagen-in-2011.json",
        "validate documents/kvinnocoacher-2011.json",
    })
    void tool_onTheModulePath_withMonetaOnTheClassPath_printsWhatItPrintsOnTheClassPath(String command)
            throws IOException, InterruptedException {
        String[] args = command.split(" ");
        CliTest.Run onClassPath = CliTest.run(args);

        CliTest.Run onModulePath = java(List.of("--module-path", path(TOOL_MODULE_PATH), "--add-modules", "se.finsam.json,se.finsam.report",
                "--class-path", path(List.of(home(Main.class), home(Money.class), home(Priority.class)))), args);

        assertThat(onClassPath.status()).as(onClassPath.err()).isZero();
        assertThat(onModulePath).isEqualTo(onClassPath);
    }

    @Test
    void moneta_onTheModulePath_doesNotResolve_forItRequiresOkHttp() throws IOException, InterruptedException {
        List<Path> withMoneta = new ArrayList<>(MODULE_PATH);
        withMoneta.add(home(Money.class));
        withMoneta.add(home(Priority.class)); // Moneta's other requirement, jakarta.annotation: found

        CliTest.Run run = java(List.of("--module-path", path(withMoneta), "--add-modules", "se.finsam.json,org.javamoney.moneta",
                "--class-path", home(Main.class).toString()), "split", CliTest.RAR);

        // The JVM reports a boot layer that cannot be resolved on its standard output, before any finsam code runs.
        assertThat(run.status()).isOne();
        assertThat(run.out()).isEqualTo("Error occurred during initialization of boot layer\n"
                + "java.lang.module.FindException: Module okhttp3 not found, required by org.javamoney.moneta\n");
    }

    /** Runs the tool's main class in a new JVM with the given options. */
    private static CliTest.Run java(List<String> options, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8"));
        command.addAll(options);
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        // Outputs are small (the largest is a few kB), far below a pipe's buffer: read after the exit.
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished within a minute").isTrue();
        return new CliTest.Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    /** The jar or classes directory a class was loaded from. */
    private static Path home(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String path(List<Path> entries) {
        return entries.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    private static ModuleDescriptor descriptor(Configuration modules, String name) {
        return modules.findModule(name).orElseThrow().reference().descriptor();
    }

    private static Set<String> exported(ModuleDescriptor module) {
        assertThat(module.exports()).noneMatch(ModuleDescriptor.Exports::isQualified);
        return module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    }

    private static List<String> requires(ModuleDescriptor module) {
        return module.requires().stream().map(r -> r.name() + " " + new java.util.TreeSet<>(r.modifiers())).toList();
    }
}
