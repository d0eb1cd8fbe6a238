package se.finsam.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The release setup (docs/releasing.md) stays whole: metadata, the release profile, what is never published. */
class ReleaseConfigurationTest {

    private static final List<String> MODULES =
            List.of("finsam-core", "finsam-json", "finsam-examples", "finsam-benchmarks");
    private static final List<String> RELEASE_PLUGINS = List.of("maven-source-plugin", "maven-javadoc-plugin",
            "maven-gpg-plugin", "cyclonedx-maven-plugin", "central-publishing-maven-plugin");

    @Test
    void parentPom_carriesTheMetadataCentralRequires() throws Exception {
        Element project = pom("pom.xml");

        assertThat(text(project, "url")).isEqualTo("https://github.com/finsam/finsam");
        assertThat(project.getAttribute("child.project.url.inherit.append.path")).isEqualTo("false");
        Element scm = child(project, "scm");
        assertThat(text(scm, "connection")).isEqualTo("scm:git:https://github.com/finsam/finsam.git");
        assertThat(text(scm, "developerConnection")).isEqualTo("scm:git:ssh://git@github.com/finsam/finsam.git");
        assertThat(text(scm, "url")).isEqualTo("https://github.com/finsam/finsam");
        assertThat(text(child(child(project, "developers"), "developer"), "name")).isEqualTo("The finsam maintainers");
        assertThat(text(child(project, "issueManagement"), "url")).isEqualTo("https://github.com/finsam/finsam/issues");
        assertThat(text(child(child(project, "licenses"), "license"), "name")).isEqualTo("Apache License, Version 2.0");
        for (String module : MODULES) {
            Element modulePom = pom(module + "/pom.xml");
            assertThat(text(modulePom, "name")).as(module).isEqualTo(module);
            assertThat(text(modulePom, "description")).as(module).hasSizeGreaterThan(30);
        }
    }

    @Test
    void releaseProfile_buildsSourcesJavadocSignaturesSbomAndAnUnsentBundle() throws Exception {
        Element project = pom("pom.xml");
        Element release = profile(project, "release");
        Map<String, Element> plugins = pluginsOf(child(release, "build"));

        assertThat(plugins.keySet()).containsExactlyInAnyOrder("maven-enforcer-plugin", "maven-source-plugin",
                "maven-javadoc-plugin", "maven-gpg-plugin", "cyclonedx-maven-plugin", "central-publishing-maven-plugin");
        assertThat(goalsOf(plugins.get("maven-source-plugin"))).containsExactly("jar-no-fork");
        assertThat(goalsOf(plugins.get("maven-javadoc-plugin"))).containsExactly("jar");
        assertThat(goalsOf(plugins.get("maven-gpg-plugin"))).containsExactly("sign");
        assertThat(goalsOf(plugins.get("cyclonedx-maven-plugin"))).containsExactly("makeBom");
        assertThat(text(child(plugins.get("cyclonedx-maven-plugin"), "configuration"), "outputFormat")).isEqualTo("all");

        Element javadoc = child(plugins.get("maven-javadoc-plugin"), "configuration");
        assertThat(text(javadoc, "detectOfflineLinks")).isEqualTo("false");
        assertThat(text(javadoc, "excludePackageNames")).isEqualTo("se.finsam.json.internal");
        assertThat(javadoc.getElementsByTagName("links").getLength()).isZero();

        Element central = plugins.get("central-publishing-maven-plugin");
        assertThat(text(central, "extensions")).isEqualTo("true");
        Element publishing = child(central, "configuration");
        assertThat(text(publishing, "publishingServerId")).isEqualTo("central");
        assertThat(text(publishing, "autoPublish")).isEqualTo("false");
        assertThat(text(publishing, "skipUpload")).isEqualTo("${central.skipUpload}");
        assertThat(text(child(project, "properties"), "central.skipUpload")).isEqualTo("true");
        assertThat(has(publishing, "skipPublishing")).as("skipPublishing would not build the bundle").isFalse();
        assertThat(text(child(publishing, "excludeArtifacts"), "artifact")).isEqualTo("finsam-benchmarks");

        Element rules = (Element) plugins.get("maven-enforcer-plugin").getElementsByTagName("rules").item(0);
        assertThat(childNames(rules)).containsExactly(
                "requireReleaseDeps", "requireUpperBoundDeps", "banDuplicatePomDependencyVersions");
        assertThat(text(child(rules, "requireReleaseDeps"), "onlyWhenRelease")).isEqualTo("true");
    }

    @Test
    void releasePlugins_runOnlyInTheReleaseProfile() throws Exception {
        for (String path : List.of("pom.xml", "finsam-core/pom.xml", "finsam-json/pom.xml",
                "finsam-examples/pom.xml", "finsam-benchmarks/pom.xml")) {
            Element project = pom(path);
            Map<String, Element> plugins = has(project, "build") ? pluginsOf(child(project, "build")) : Map.of();
            assertThat(plugins.keySet()).as(path).doesNotContainAnyElementsOf(RELEASE_PLUGINS);
        }
    }

    @Test
    void benchmarks_areNeverPublished() throws Exception {
        Element properties = child(pom("finsam-benchmarks/pom.xml"), "properties");

        for (String skip : List.of("maven.deploy.skip", "maven.source.skip", "maven.javadoc.skip",
                "cyclonedx.skip", "gpg.skip")) {
            assertThat(text(properties, skip)).as(skip).isEqualTo("true");
        }
        assertThat(has(child(pom("finsam-examples/pom.xml"), "properties"), "maven.deploy.skip")).isFalse();
    }

    /** Every version written in a POM has its row in docs/releasing.md, so the table cannot fall behind. */
    @Test
    void everyPinnedVersion_isInTheReleasingTable() throws Exception {
        String doc = Files.readString(Path.of("../docs/releasing.md"));
        Map<String, String> properties = new HashMap<>();
        List<String[]> pinned = new ArrayList<>();
        for (String path : List.of("pom.xml", "finsam-core/pom.xml", "finsam-json/pom.xml",
                "finsam-examples/pom.xml", "finsam-benchmarks/pom.xml")) {
            Element project = pom(path);
            for (Element property : has(project, "properties") ? children(child(project, "properties")) : List.<Element>of()) {
                properties.put(property.getTagName(), property.getTextContent().trim());
            }
            for (String tag : List.of("plugin", "dependency", "path")) {
                NodeList found = project.getElementsByTagName(tag);
                for (int i = 0; i < found.getLength(); i++) {
                    Element e = (Element) found.item(i);
                    if (has(e, "version")) {
                        String group = has(e, "groupId") ? text(e, "groupId") : "org.apache.maven.plugins";
                        pinned.add(new String[] {group, text(e, "artifactId"), text(e, "version")});
                    }
                }
            }
        }

        int rows = 0;
        for (String[] artifact : pinned) {
            String version = resolve(artifact[2], properties);
            if (!artifact[0].equals("se.finsam")) {
                assertThat(doc).as("docs/releasing.md row of " + artifact[1])
                        .contains("| `" + artifact[0] + ":" + artifact[1] + "` | " + version + " |");
                rows++;
            }
        }
        assertThat(rows).isGreaterThan(25);
    }

    private static String resolve(String version, Map<String, String> properties) {
        Matcher property = Pattern.compile("\\$\\{([^}]+)}").matcher(version);
        return property.matches() ? properties.get(property.group(1)) : version;
    }

    private static Element pom(String path) throws IOException, ParserConfigurationException, SAXException {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("..", path).toFile()).getDocumentElement();
    }

    private static Element profile(Element project, String id) {
        for (Element profile : children(child(project, "profiles"))) {
            if (id.equals(text(profile, "id"))) {
                return profile;
            }
        }
        throw new AssertionError("no profile " + id);
    }

    private static Map<String, Element> pluginsOf(Element build) {
        Map<String, Element> plugins = new HashMap<>();
        for (Element plugin : has(build, "plugins") ? children(child(build, "plugins")) : List.<Element>of()) {
            plugins.put(text(plugin, "artifactId"), plugin);
        }
        return plugins;
    }

    private static List<String> goalsOf(Element plugin) {
        List<String> goals = new ArrayList<>();
        NodeList found = plugin.getElementsByTagName("goal");
        for (int i = 0; i < found.getLength(); i++) {
            goals.add(found.item(i).getTextContent().trim());
        }
        return goals;
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    private static List<String> childNames(Element parent) {
        return children(parent).stream().map(Element::getTagName).toList();
    }

    private static boolean has(Element parent, String name) {
        return childNames(parent).contains(name);
    }

    private static Element child(Element parent, String name) {
        return children(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">"));
    }

    private static String text(Element parent, String name) {
        return child(parent, name).getTextContent().trim();
    }
}
