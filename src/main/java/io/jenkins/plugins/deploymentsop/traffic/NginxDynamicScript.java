package io.jenkins.plugins.deploymentsop.traffic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The njs script that nginx's dynamic mode needs, shipped inside the plugin so that setup can copy it. */
public final class NginxDynamicScript {
    /** The file name the nginx configuration imports from its {@code js_path}. */
    public static final String FILE_NAME = "deploymentsop-split.js";

    private NginxDynamicScript() {}

    /**
     * Returns the script text.
     *
     * @return the script
     */
    public static String text() {
        try (InputStream input = NginxDynamicScript.class.getResourceAsStream(FILE_NAME)) {
            if (input == null) {
                throw new IllegalStateException("Missing resource " + FILE_NAME);
            }
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException exception) {
            throw new IllegalStateException("Cannot read resource " + FILE_NAME, exception);
        }
    }
}
