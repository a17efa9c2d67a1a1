package io.jenkins.plugins.deploymentsop.checklist.source;

import io.jenkins.plugins.deploymentsop.record.DeploymentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * The built-in checklist templates, one per deployment type, kept as YAML resources next to this class
 * ({@code templates/standard.yaml}, ...) and read with the same reader as checklist files. Their items cite the
 * SOP section they implement.
 */
public final class Templates {
    private static final Map<DeploymentType, ChecklistDocument> CACHE = new EnumMap<>(DeploymentType.class);

    private Templates() {}

    /**
     * Returns the template of a deployment type.
     *
     * @param type the type
     * @return the template's items
     */
    public static synchronized ChecklistDocument of(final DeploymentType type) {
        return CACHE.computeIfAbsent(type, Templates::load);
    }

    /**
     * Returns the template's YAML text, for documentation and the build log.
     *
     * @param type the type
     * @return the YAML
     */
    public static String text(final DeploymentType type) {
        String resource = "templates/" + type.getPipelineName() + ".yaml";
        try (InputStream input = Templates.class.getResourceAsStream(resource)) {
            if (input == null) {
                throw new IllegalStateException("Missing template resource " + resource);
            }
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException exception) {
            throw new UncheckedIOException("Cannot read template resource " + resource, exception);
        }
    }

    /**
     * Names a template in messages, e.g. {@code template 'standard'}.
     *
     * @param type the type
     * @return the name
     */
    public static String sourceName(final DeploymentType type) {
        return "template '" + type.getPipelineName() + "'";
    }

    private static ChecklistDocument load(final DeploymentType type) {
        return ChecklistFileReader.parse(text(type), sourceName(type));
    }
}
