package io.jenkins.plugins.deploymentsop.rollback;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * What happens when a rule's breach is sustained: an automatic rollback, or a decision by a person within a timeout
 * after which a default applies.
 */
public final class RuleAction implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Who acts. */
    public enum Mode {
        AUTO,
        MANUAL;

        /**
         * Parses a mode written by a user.
         *
         * @param parameter the parameter name, for the error message
         * @param text {@code auto}, {@code automatic} or {@code manual}
         * @return the mode
         */
        public static Mode valueOf(final String parameter, final String text) {
            String normalized = text.trim().toLowerCase(Locale.ROOT);
            if ("auto".equals(normalized) || "automatic".equals(normalized)) {
                return AUTO;
            }
            if ("manual".equals(normalized)) {
                return MANUAL;
            }
            throw new InvalidInputException(parameter, text, "auto or manual");
        }
    }

    private static final RuleAction AUTOMATIC = new RuleAction(Mode.AUTO, TimeSpan.ZERO, Choice.ROLLBACK);

    private final Mode mode;
    private final TimeSpan decisionTimeout;
    private final Choice onTimeout;

    private RuleAction(final Mode mode, final TimeSpan decisionTimeout, final Choice onTimeout) {
        this.mode = mode;
        this.decisionTimeout = decisionTimeout;
        this.onTimeout = onTimeout;
    }

    /** Returns the automatic action: roll back at once. */
    public static RuleAction auto() {
        return AUTOMATIC;
    }

    /**
     * Creates a manual action.
     *
     * @param decisionTimeout how long a person has to decide, more than 0
     * @param onTimeout what applies when nobody decided in time
     * @return the action
     */
    public static RuleAction manual(final TimeSpan decisionTimeout, final Choice onTimeout) {
        if (decisionTimeout.isZero()) {
            throw new InvalidInputException(
                    "decisionTimeout",
                    decisionTimeout.toString(),
                    "a duration greater than 0 for a manual rule, e.g. 5m");
        }
        return new RuleAction(Mode.MANUAL, decisionTimeout, onTimeout);
    }

    public Mode mode() {
        return mode;
    }

    public boolean isAutomatic() {
        return mode == Mode.AUTO;
    }

    /** Returns how long a person has to decide; zero for an automatic action. */
    public TimeSpan decisionTimeout() {
        return decisionTimeout;
    }

    /** Returns what applies when nobody decided in time; ROLLBACK for an automatic action. */
    public Choice onTimeout() {
        return onTimeout;
    }

    @Override
    public boolean equals(final Object o) {
        if (!(o instanceof RuleAction)) {
            return false;
        }
        RuleAction other = (RuleAction) o;
        return mode == other.mode && decisionTimeout.equals(other.decisionTimeout) && onTimeout == other.onTimeout;
    }

    @Override
    public int hashCode() {
        return Objects.hash(mode, decisionTimeout, onTimeout);
    }

    /** Renders the action, e.g. {@code automatic} or {@code manual within 5m, then rollback}. */
    @Override
    public String toString() {
        if (isAutomatic()) {
            return "automatic";
        }
        return "manual within " + decisionTimeout + ", then " + onTimeout.name().toLowerCase(Locale.ROOT);
    }
}
