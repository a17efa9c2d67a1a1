package io.jenkins.plugins.deploymentsop.rollout;

import java.io.Serializable;

/**
 * The judgement of a validation hook at one tick.
 *
 * @param passed {@code false} switches traffic back
 * @param reason why, with numbers (e.g. {@code error rate 7.1% > 5% for 2m})
 */
public record ValidationVerdict(boolean passed, String reason) implements Serializable {
    private static final long serialVersionUID = 1L;

    public static ValidationVerdict pass(final String reason) {
        return new ValidationVerdict(true, reason);
    }

    public static ValidationVerdict fail(final String reason) {
        return new ValidationVerdict(false, reason);
    }
}
