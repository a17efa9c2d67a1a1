package io.jenkins.plugins.deploymentsop.rollback.watch;

import io.jenkins.plugins.deploymentsop.rollback.NoDataPolicy;
import java.util.Optional;

/**
 * How one tick's reading counts for one rule.
 *
 * @param status breaching, healthy, or ignored (missing data under IGNORE)
 * @param valueText the value with its unit, or {@code no data}
 * @param reason the reason with the numbers
 * @param missingReason why there was no usable reading, empty when there was one
 * @param policy the "no data" policy that applied to a missing reading
 */
record Assessment(
        Assessment.Status status,
        String valueText,
        String reason,
        Optional<String> missingReason,
        NoDataPolicy policy) {
    /** How the sample counts. */
    enum Status {
        BREACHING,
        HEALTHY,
        IGNORED
    }

    boolean isMissing() {
        return missingReason.isPresent();
    }
}
