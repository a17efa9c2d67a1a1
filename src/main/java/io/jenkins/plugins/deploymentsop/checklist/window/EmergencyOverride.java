package io.jenkins.plugins.deploymentsop.checklist.window;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.Serializable;

/**
 * Permission to deploy outside the window in an emergency: the reason is mandatory and ends up in the evidence.
 *
 * @param reason why the window is overridden, e.g. the incident
 * @param requestedBy who asked for it, may be empty
 */
public record EmergencyOverride(String reason, String requestedBy) implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Validates the override.
     *
     * @throws InvalidInputException if the reason is blank
     */
    public EmergencyOverride {
        reason = reason.strip();
        requestedBy = requestedBy.strip();
        if (reason.isEmpty()) {
            throw new InvalidInputException(
                    "emergencyOverride.reason", reason, "a non-empty reason, e.g. the incident it fixes");
        }
    }

    /** Renders e.g. {@code emergency override by alice: P0 incident INC-4711}. */
    @Override
    public String toString() {
        return "emergency override" + (requestedBy.isEmpty() ? "" : " by " + requestedBy) + ": " + reason;
    }
}
