package se.finsam.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import se.finsam.test.FinsamGenerators;
import se.finsam.test.Seeds;

/**
 * The inputs of {@link ViolationsGoldenTest}: a fixed corpus of documents of every {@link DocumentKind}, each with
 * the kind it is validated as and the {@link FinsamJson} (limits) it is validated with. Every input is rebuilt
 * from the repository on each run, the same bytes each time: the catalogue and multi-fault documents, the fuzz
 * tests' replayed inputs, the bundled documents of finsam-examples (each also validated as every other kind),
 * seeded generated plan documents with 0 to 8 faults, and seeded mutations of the bundled documents
 * ({@link DocumentMutations}).
 */
final class GoldenCorpus {

    /** How many generated plan documents the corpus holds; their faults go round 0 to 8. */
    static final int GENERATED_PLANS = 300;

    /** How many seeded variants of each mutation a bundled document gets. */
    static final int VARIANTS = 2;

    private static final Path EXAMPLES = Path.of("../finsam-examples/documents");

    private static final FinsamJson JSON = FinsamJson.create();

    /**
     * One input: its name (unique in the corpus), the kind it is validated as, its bytes, and the limits it is
     * validated with when they are not the defaults ({@code ""} for the defaults). Never compared as a whole.
     */
    @SuppressWarnings("ArrayRecordComponent")
    record Input(String name, DocumentKind kind, byte[] bytes, String limits, FinsamJson json) {

        Input {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(bytes, "bytes");
            Objects.requireNonNull(limits, "limits");
            Objects.requireNonNull(json, "json");
        }

        static Input of(String name, DocumentKind kind, byte[] bytes) {
            return new Input(name, kind, bytes, "", JSON);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A bundled document of finsam-examples, the list the mutations put one element past its limit, and that limit. */
    record Example(String file, DocumentKind kind, String list, String limit, Limit setter) {
    }

    /** Sets one list limit of a builder. */
    interface Limit {
        FinsamJson.Builder set(FinsamJson.Builder builder, int value);
    }

    /** The bundled documents, each with the list whose limit the corpus tests. */
    static final List<Example> EXAMPLE_DOCUMENTS = List.of(
            new Example("rar-sormland-2007.json", DocumentKind.PLAN, "/association/members", "maxMembers",
                    FinsamJson.Builder::maxMembers),
            new Example("rar-sormland-2007-2009.json", DocumentKind.PLAN, "/projects", "maxProjects",
                    FinsamJson.Builder::maxProjects),
            new Example("every-field.json", DocumentKind.PLAN, "/projects", "maxProjects", FinsamJson.Builder::maxProjects),
            new Example("national-2016.json", DocumentKind.NATIONAL_ALLOCATION, "/associations", "maxAssociations",
                    FinsamJson.Builder::maxAssociations),
            new Example("norra-vastmanland-indicators.json", DocumentKind.INDICATORS, "/support", "maxPeriods",
                    FinsamJson.Builder::maxPeriods),
            new Example("vagen-in-2011.json", DocumentKind.FOLLOW_UP, "/participants", "maxParticipants",
                    FinsamJson.Builder::maxParticipants),
            new Example("kvinnocoacher-2011.json", DocumentKind.FOLLOW_UP, "/participants", "maxParticipants",
                    FinsamJson.Builder::maxParticipants),
            new Example("unga-jonkoping.json", DocumentKind.SOCIOECONOMIC, "/projectCosts", "maxProjects",
                    FinsamJson.Builder::maxProjects),
            new Example("national-followup-2011.json", DocumentKind.NATIONAL_FOLLOW_UP, "/followUps/0/projects",
                    "maxProjects", FinsamJson.Builder::maxProjects));

    private GoldenCorpus() {
    }

    /** Every input of the corpus, in a fixed order. */
    static List<Input> inputs() {
        List<Input> inputs = new ArrayList<>();
        for (Catalogue entry : Catalogue.entries()) {
            inputs.add(Input.of("catalogue/" + entry.name(), DocumentKind.PLAN, entry.bytes()));
        }
        for (Catalogue entry : Catalogue.entries("/multi-fault")) {
            byte[] bytes = entry.bytes();
            inputs.add(Input.of("multi-fault/" + entry.name(), JSON.kindOf(bytes), bytes));
        }
        fuzzInputs(inputs, "/se/finsam/json/DocumentFuzzTestInputs", "fuzz/", DocumentKind.PLAN);
        fuzzInputs(inputs, "/se/finsam/json/SocioEconomicFuzzingTestInputs", "socioeconomic-fuzz/",
                DocumentKind.SOCIOECONOMIC);
        for (Example example : EXAMPLE_DOCUMENTS) {
            exampleInputs(inputs, example);
        }
        generatedPlans(inputs);
        return inputs;
    }

    /** Every file under a fuzz test's input folder (one folder per fuzz method), as that kind, sorted by path. */
    private static void fuzzInputs(List<Input> inputs, String folder, String prefix, DocumentKind kind) {
        Path dir = resource(folder);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = dir.relativize(file).toString().replace('\\', '/');
                inputs.add(Input.of(prefix + name, kind, Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bundled document as its kind and as every other kind, then its mutations. */
    private static void exampleInputs(List<Input> inputs, Example example) {
        byte[] bytes = example(example.file());
        String name = example.file().substring(0, example.file().length() - ".json".length());
        inputs.add(Input.of("examples/" + name, example.kind(), bytes));
        for (DocumentKind other : DocumentKind.values()) {
            if (other != example.kind()) {
                inputs.add(Input.of("examples/" + name + " as " + fileName(other), other, bytes));
            }
        }
        Set<String> names = new HashSet<>();
        DocumentMutations mutations = new DocumentMutations(new String(bytes, StandardCharsets.UTF_8));
        SplittableRandom random = Seeds.random(Seeds.seedOf("violations golden " + name), 0);
        for (DocumentMutations.Mutation mutation : DocumentMutations.Mutation.values()) {
            int variants = mutation == DocumentMutations.Mutation.REORDERED_FIELDS
                    || mutation == DocumentMutations.Mutation.DROPPED_TOP_LEVEL_FIELD ? 1 : VARIANTS;
            for (int i = 0; i < variants; i++) {
                mutations.apply(mutation, random).map(m -> Input.of("mutated/" + name + "/" + m.description(),
                        example.kind(), m.bytes())).filter(m -> names.add(m.name())).ifPresent(inputs::add);
            }
        }
        int length = mutations.length(example.list());
        DocumentMutations.Mutated m = mutations.faultyElementAppended(example.list(), random);
        for (int past : new int[] {1, 0}) {
            int limit = length + 1 - past;
            FinsamJson limited = example.setter().set(FinsamJson.builder(), limit).build();
            inputs.add(new Input("mutated/" + name + "/" + (past == 1 ? "one past " : "at ") + example.limit() + " "
                    + limit + ", " + m.description(), example.kind(), m.bytes(), example.limit() + "=" + limit, limited));
        }
    }

    /** The generated plan documents: case i of the corpus's seed, with i mod 9 faults. */
    private static void generatedPlans(List<Input> inputs) {
        long seed = Seeds.seedOf("violations golden plan documents");
        for (int i = 0; i < GENERATED_PLANS; i++) {
            int faults = i % (FinsamGenerators.MAX_INJECTED_FAULTS + 1);
            String text = FinsamGenerators.planDocument(Seeds.random(seed, i), faults).text();
            inputs.add(Input.of("generated/plan " + i + " with " + faults + " faults", DocumentKind.PLAN,
                    text.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** The golden file's name of a kind: {@code plan}, {@code national-allocation}, {@code follow-up}, ... */
    static String fileName(DocumentKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static byte[] example(String file) {
        try {
            return Files.readAllBytes(EXAMPLES.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resource(String folder) {
        URL url = GoldenCorpus.class.getResource(folder);
        if (url == null) {
            throw new IllegalStateException("No test resource " + folder);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
