package io.jenkins.plugins.deploymentsop.rollout;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.analysis.AnalysisPhase;
import io.jenkins.plugins.deploymentsop.analysis.AnalysisRun;
import io.jenkins.plugins.deploymentsop.analysis.CanaryVerdict;
import io.jenkins.plugins.deploymentsop.value.Percentage;
import java.time.Instant;
import java.util.Optional;

/**
 * The verdict of one canary step: its weight, times, the analysis behind it and the reason with numbers.
 *
 * @param step the step number, from 1
 * @param steps how many steps the plan has
 * @param weight the canary's weight while sampling
 * @param verdict PASS, INCONCLUSIVE (marginal), FAIL or ERROR
 * @param reason why, with numbers
 * @param startedAt when the weight was verified
 * @param judgedAt when the verdict was taken
 * @param run the step's analysis run, null for a step without metrics
 */
public record CanaryStepVerdict(
        int step,
        int steps,
        Percentage weight,
        CanaryVerdict verdict,
        String reason,
        Instant startedAt,
        Instant judgedAt,
        @CheckForNull AnalysisRun run) {
    /**
     * Maps the phase of a completed analysis run onto a step verdict.
     *
     * @param phase the run's phase
     * @return PASS, FAIL, ERROR or INCONCLUSIVE
     */
    public static CanaryVerdict verdictOf(final AnalysisPhase phase) {
        switch (phase) {
            case SUCCESSFUL:
                return CanaryVerdict.PASS;
            case FAILED:
                return CanaryVerdict.FAIL;
            case ERROR:
                return CanaryVerdict.ERROR;
            default:
                return CanaryVerdict.INCONCLUSIVE;
        }
    }

    public Optional<AnalysisRun> analysis() {
        return Optional.ofNullable(run);
    }

    /** Names the stage for the record, e.g. {@code canary 25% (step 2 of 4)}. */
    public String stage() {
        return "canary " + weight + " (step " + step + " of " + steps + ")";
    }
}
