package io.jenkins.plugins.deploymentsop.value;

import java.io.Serializable;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A path inside the workspace, as a user writes it in a Jenkinsfile: relative, with '/' separators, and without
 * any {@code ..} segment, so that files the plugin writes or reads stay confined to the workspace.
 */
public final class RelativePath implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
    private static final String ALLOWED =
            "a path relative to the workspace, e.g. docs/reports/deployment.md, without '..' segments";

    private final String path;

    private RelativePath(final String path) {
        this.path = path;
    }

    /**
     * Validates a workspace-relative path.
     *
     * @param parameter the parameter name, for the error message
     * @param text the path
     * @return the path, normalised to '/' separators without empty or '.' segments
     */
    public static RelativePath of(final String parameter, final String text) {
        String unified = text.trim().replace('\\', '/');
        if (unified.isEmpty()
                || unified.startsWith("/")
                || DRIVE.matcher(unified).matches()
                || unified.indexOf('\0') >= 0) {
            throw new InvalidInputException(parameter, text, ALLOWED);
        }
        String[] segments = Arrays.stream(unified.split("/"))
                .filter(segment -> !segment.isEmpty() && !".".equals(segment))
                .toArray(String[]::new);
        if (segments.length == 0 || Arrays.asList(segments).contains("..")) {
            throw new InvalidInputException(parameter, text, ALLOWED);
        }
        return new RelativePath(String.join("/", segments));
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof RelativePath && ((RelativePath) o).path.equals(path);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }

    @Override
    public String toString() {
        return path;
    }
}
