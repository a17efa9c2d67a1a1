package io.jenkins.plugins.deploymentsop.checklist.report;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Locates the report fixtures under {@code src/test/resources/.../checklist/report}. */
final class Fixtures {
    private Fixtures() {}

    static Path path(final String name) {
        URL url = Fixtures.class.getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("No fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException exception) {
            throw new IllegalArgumentException(exception);
        }
    }
}
