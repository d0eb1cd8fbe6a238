package se.finsam.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What the build wrote into finsam-json: its version, from {@code build.properties}, a resource that Maven
 * filters with {@code ${project.version}}. The version is set once, in the POM.
 */
public final class BuildInfo {

    /** The version of finsam-json, e.g. {@code "0.1.0-SNAPSHOT"}. */
    public static final String VERSION = load("version");

    private BuildInfo() {
    }

    private static String load(String key) {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in == null) {
                throw new IllegalStateException("finsam-json was built without its build.properties");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String value = properties.getProperty(key, "");
        if (value.isBlank() || value.contains("${")) {
            throw new IllegalStateException("finsam-json was built without its " + key + ": '" + value + "'");
        }
        return value;
    }
}
