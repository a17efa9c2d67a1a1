package io.jenkins.plugins.deploymentsop.rollout;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * A service in an environment: the unit that only one deployment at a time may change.
 *
 * @param service e.g. {@code shop}
 * @param environment e.g. {@code production}
 */
public record DeploymentKey(String service, String environment) implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");

    /**
     * Validates the key.
     *
     * @throws InvalidInputException if a name is not allowed
     */
    public DeploymentKey {
        validateName("service", service);
        validateName("environment", environment);
    }

    static void validateName(final String parameter, final String value) {
        if (!NAME.matcher(value).matches()) {
            throw new InvalidInputException(
                    parameter, value, "1 to 100 letters, digits, '_', '.' or '-', starting with a letter or digit");
        }
    }

    @Override
    public String toString() {
        return service + "/" + environment;
    }
}
