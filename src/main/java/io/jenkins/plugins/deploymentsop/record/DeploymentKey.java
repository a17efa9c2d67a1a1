package io.jenkins.plugins.deploymentsop.record;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * Identifies a deployment within a build: its service and environment. Both are restricted to characters that are
 * safe in file names and URLs, so the id can name the record file and the report page without escaping.
 *
 * @param service the service, e.g. {@code shop}
 * @param environment the environment, e.g. {@code production}
 */
public record DeploymentKey(String service, String environment) implements Serializable {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final String ALLOWED = "1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit";
    private static final String SEPARATOR = "@";

    public DeploymentKey {
        check("service", service);
        check("environment", environment);
    }

    private static void check(final String parameter, final String value) {
        if (!NAME.matcher(value).matches()) {
            throw new InvalidInputException(parameter, value, ALLOWED);
        }
    }

    /**
     * Parses an id created by {@link #id()}.
     *
     * @param id the id, e.g. {@code shop@production}
     * @return the key
     */
    public static DeploymentKey fromId(final String id) {
        int separator = id.indexOf(SEPARATOR);
        if (separator < 0) {
            throw new InvalidInputException("id", id, "service@environment");
        }
        return new DeploymentKey(id.substring(0, separator), id.substring(separator + 1));
    }

    /** Returns the id, e.g. {@code shop@production}: safe as a file name and a URL path segment. */
    public String id() {
        return service + SEPARATOR + environment;
    }

    @Override
    public String toString() {
        return id();
    }
}
