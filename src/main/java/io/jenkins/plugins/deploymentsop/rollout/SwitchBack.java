package io.jenkins.plugins.deploymentsop.rollout;

import io.jenkins.plugins.deploymentsop.traffic.RouterException;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/**
 * Sending all traffic back to the colour that was live, one attempt per tick and a few attempts at most: why it began,
 * how many attempts failed and when the next one is due. The machine words the outcome in its own terms.
 */
final class SwitchBack implements Serializable {
    private static final long serialVersionUID = 1L;

    private String why = "";
    private int failures;
    private Instant dueAt = Instant.EPOCH;

    /**
     * How a machine words a switch back.
     *
     * @param detail for the observer when the live colour serves all traffic again, e.g. {@code switched back to blue}
     * @param retry the decision to try again, e.g. {@code retry the switch back}
     * @param attempt the act, for the reason when every attempt failed, e.g. {@code switching back to blue}
     * @param back what precedes the verified split in the reason once back, e.g. {@code traffic switched back to }
     */
    record Words(String detail, String retry, String attempt, String back) {}

    /**
     * How an attempt ended.
     *
     * @param retryAt when to try again; empty once the switch back is over
     * @param back whether all traffic is on the live colour again (verified)
     * @param outcome the rollout's reason when over, with what the router serves; empty text while retrying
     */
    record Result(Optional<Instant> retryAt, boolean back, String outcome) {
        static Result retryAt(final Instant time) {
            return new Result(Optional.of(time), false, "");
        }
    }

    /**
     * Begins a switch back: the first attempt is due now.
     *
     * @param reason why traffic goes back
     * @param now the time
     */
    void start(final String reason, final Instant now) {
        why = reason;
        failures = 0;
        dueAt = now;
    }

    /**
     * Makes an attempt if one is due.
     *
     * @param tools the collaborators
     * @param traffic what the rollout vouches for; it names the live colour
     * @param attempts how many attempts at most
     * @param retryDelay the wait after a failed attempt
     * @param words the machine's words
     * @return when to try again, or the end: back on the live colour, or given up
     */
    Result attempt(
            final RolloutTools<?> tools,
            final VerifiedTraffic traffic,
            final int attempts,
            final TimeSpan retryDelay,
            final Words words) {
        if (tools.now().isBefore(dueAt)) {
            return Result.retryAt(dueAt);
        }
        try {
            TrafficSplit served = traffic.apply(tools, TrafficSplit.allOn(traffic.live()), words.detail());
            return new Result(Optional.empty(), true, why + "; " + words.back() + served + " (verified)");
        } catch (RouterException exception) {
            failures++;
            if (failures < attempts) {
                tools.decide(
                        words.retry(),
                        "attempt " + failures + " of " + attempts + " failed: " + exception.getMessage());
                dueAt = tools.now().plus(retryDelay.toDuration());
                return Result.retryAt(dueAt);
            }
            return new Result(
                    Optional.empty(),
                    false,
                    why + "; " + words.attempt() + " failed " + failures + " times, last: " + exception.getMessage()
                            + "; " + traffic.stateAfter(exception));
        }
    }
}
