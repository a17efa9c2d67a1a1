package io.jenkins.plugins.deploymentsop.record;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The SOP's deployment types; a hotfix is unplanned work and counts as rework in DORA. */
public enum DeploymentType {
    STANDARD("standard"),
    HOTFIX("hotfix"),
    FEATURE_FLAG("featureFlag");

    private final String pipelineName;

    DeploymentType(final String pipelineName) {
        this.pipelineName = pipelineName;
    }

    /**
     * Tells whether this deployment was unplanned, i.e. counts towards the DORA deployment rework rate.
     *
     * @return {@code true} for hotfixes
     */
    public boolean isUnplanned() {
        return this == HOTFIX;
    }

    /** Returns the name written in a Jenkinsfile, e.g. {@code featureFlag}. */
    public String getPipelineName() {
        return pipelineName;
    }

    /**
     * Parses the name written in a Jenkinsfile (case-insensitive; {@code feature-flag} and {@code FEATURE_FLAG} too).
     *
     * @param parameter the parameter name, for the error message
     * @param text the text
     * @return the type
     */
    public static DeploymentType valueOf(final String parameter, final String text) {
        String normalized = text.trim().replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
        for (DeploymentType type : values()) {
            if (type.pipelineName.toLowerCase(Locale.ROOT).equals(normalized)) {
                return type;
            }
        }
        throw new InvalidInputException(
                parameter,
                text,
                Arrays.stream(values()).map(DeploymentType::getPipelineName).collect(Collectors.joining(", ")));
    }
}
