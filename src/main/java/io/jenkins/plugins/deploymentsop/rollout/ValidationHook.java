package io.jenkins.plugins.deploymentsop.rollout;

import java.util.ArrayList;
import java.util.List;

/**
 * Judges the new colour while it serves all traffic. Health probes are one hook ({@link HealthValidationHook}); metric
 * rules (rollbackIfUnhealthy) join as further hooks through {@link #allOf(List)}.
 */
@FunctionalInterface
public interface ValidationHook {
    /** A hook that always passes, for rollouts without validation rules. */
    ValidationHook NONE = context -> ValidationVerdict.pass("no validation rules");

    /**
     * Judges the new colour now.
     *
     * @param context the rollout and the time
     * @return pass or fail with the reason
     * @throws InterruptedException if interrupted
     */
    ValidationVerdict evaluate(ValidationContext context) throws InterruptedException;

    /**
     * Combines hooks: the first failure decides; otherwise all pass reasons are joined.
     *
     * @param hooks the hooks, evaluated in order
     * @return the combined hook
     */
    static ValidationHook allOf(final List<ValidationHook> hooks) {
        List<ValidationHook> copy = List.copyOf(hooks);
        return context -> {
            List<String> reasons = new ArrayList<>();
            for (ValidationHook hook : copy) {
                ValidationVerdict verdict = hook.evaluate(context);
                if (!verdict.passed()) {
                    return verdict;
                }
                reasons.add(verdict.reason());
            }
            return ValidationVerdict.pass(reasons.isEmpty() ? "no validation rules" : String.join("; ", reasons));
        };
    }
}
