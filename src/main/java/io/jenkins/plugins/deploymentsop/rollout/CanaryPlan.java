package io.jenkins.plugins.deploymentsop.rollout;

import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.Percentage;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a canary rollout should do: the canary's weight at each step (default 10, 25, 50, 100, SOP 001), the bake time
 * of each step (default 5 minutes each; or one per step, as SOP 004 bakes 5% for 30 minutes and 75% for two hours), the
 * metrics judged at every step, the manual gates, and what failures, marginal
 * verdicts and timeouts do. Immutable and serializable; built with {@link #builder(String, String)}.
 *
 * <p>Timing: a canary that passes every step needs at least {@link #minimumPromotionTime()} = Σ bake times; a canary
 * bad from the start is aborted after about {@link #timeToAbort()} = initial delay + interval × (failure limit + 1) of
 * its quickest deciding metric, at most the first step's bake time.
 */
public final class CanaryPlan implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The steps of SOP 001. */
    public static final List<Percentage> DEFAULT_STEPS =
            List.of(Percentage.of(10), Percentage.of(25), Percentage.of(50), Percentage.HUNDRED);

    private final DeploymentKey key;
    private final ArrayList<Percentage> steps;
    private final ArrayList<TimeSpan> bakeTimes;
    private final ArrayList<CanaryMetric> metrics;
    private final ArrayList<Percentage> pauseAt;
    private final CanaryFailureAction onFailure;
    private final CanaryMarginalAction onMarginal;
    private final TimeSpan decisionTimeout;
    private final boolean dryRun;
    private final int rollbackAttempts;
    private final TimeSpan rollbackRetryDelay;

    private CanaryPlan(final Builder builder, final DeploymentKey key) {
        this.key = key;
        this.steps = new ArrayList<>(builder.steps);
        this.bakeTimes = builder.bakeTimes.isEmpty()
                ? new ArrayList<>(Collections.nCopies(builder.steps.size(), builder.bakeTime))
                : new ArrayList<>(builder.bakeTimes);
        this.metrics = new ArrayList<>(builder.metrics);
        this.pauseAt = new ArrayList<>(builder.pauseAt);
        this.onFailure = builder.onFailure;
        this.onMarginal = builder.onMarginal;
        this.decisionTimeout = builder.decisionTimeout;
        this.dryRun = builder.dryRun;
        this.rollbackAttempts = builder.rollbackAttempts;
        this.rollbackRetryDelay = builder.rollbackRetryDelay;
    }

    /**
     * Starts a plan.
     *
     * @param service the service, e.g. {@code shop}
     * @param environment the environment, e.g. {@code production}
     * @return the builder
     */
    public static Builder builder(final String service, final String environment) {
        return new Builder(service, environment);
    }

    public DeploymentKey key() {
        return key;
    }

    public String service() {
        return key.service();
    }

    public String environment() {
        return key.environment();
    }

    /** The canary's weights, strictly increasing, ending with 100%. */
    public List<Percentage> steps() {
        return List.copyOf(steps);
    }

    /** The bake time of each step, in the order of the steps. */
    public List<TimeSpan> bakeTimes() {
        return List.copyOf(bakeTimes);
    }

    /**
     * Returns the bake time of a step.
     *
     * @param stepIndex the step, from 0
     * @return how long the step bakes
     */
    public TimeSpan bakeTimeAt(final int stepIndex) {
        return bakeTimes.get(stepIndex);
    }

    /** Whether every step bakes as long as the others. */
    public boolean hasOneBakeTime() {
        return bakeTimes.stream().distinct().count() == 1;
    }

    /** The bake times for people: {@code 5m each}, or {@code 30m, 1h, 2h, 5m}. */
    public String bakeTimesText() {
        return hasOneBakeTime()
                ? bakeTimes.get(0) + " each"
                : bakeTimes.stream().map(TimeSpan::toString).collect(Collectors.joining(", "));
    }

    public List<CanaryMetric> metrics() {
        return List.copyOf(metrics);
    }

    /** The weights before which a person must agree to go on. */
    public List<Percentage> pauseAt() {
        return List.copyOf(pauseAt);
    }

    public CanaryFailureAction onFailure() {
        return onFailure;
    }

    public CanaryMarginalAction onMarginal() {
        return onMarginal;
    }

    /** How long a question waits for a person before its default applies. */
    public TimeSpan decisionTimeout() {
        return decisionTimeout;
    }

    public boolean dryRun() {
        return dryRun;
    }

    public int rollbackAttempts() {
        return rollbackAttempts;
    }

    public TimeSpan rollbackRetryDelay() {
        return rollbackRetryDelay;
    }

    /**
     * Returns the shortest time a canary needs to reach 100%, without waits for people.
     *
     * @return the sum of the bake times of all steps
     */
    public TimeSpan minimumPromotionTime() {
        return bakeTimes.stream().reduce(TimeSpan.ZERO, TimeSpan::plus);
    }

    /**
     * Returns about how long a canary that is bad from the start of a step stays on it: the quickest deciding
     * metric's initial delay + interval × (failure limit + 1), at most the first step's bake time.
     *
     * @return the time, or the bake time without deciding metrics (judged at its end)
     */
    public TimeSpan timeToAbort() {
        TimeSpan bakeTime = bakeTimes.get(0);
        TimeSpan quickest = metrics.stream()
                .map(CanaryMetric::settings)
                .filter(settings -> !settings.isDryRun())
                .map(settings -> settings.timeToFail())
                .min(TimeSpan::compareTo)
                .orElse(bakeTime);
        return quickest.compareTo(bakeTime) < 0 ? quickest : bakeTime;
    }

    @Override
    public String toString() {
        return String.format(
                "%s: steps %s, bake %s, %d metrics%s%s",
                key.id(),
                steps.stream().map(Percentage::toString).collect(Collectors.joining(", ")),
                bakeTimesText(),
                metrics.size(),
                pauseAt.isEmpty() ? "" : ", pause before " + pauseAt,
                dryRun ? " (dry run)" : "");
    }

    /** Collects and validates a plan. */
    public static final class Builder {
        private final String service;
        private final String environment;
        private List<Percentage> steps = DEFAULT_STEPS;
        private TimeSpan bakeTime = TimeSpan.ofMinutes(5);
        private List<TimeSpan> bakeTimes = List.of();
        private List<CanaryMetric> metrics = List.of();
        private List<Percentage> pauseAt = List.of();
        private CanaryFailureAction onFailure = CanaryFailureAction.ROLLBACK;
        private CanaryMarginalAction onMarginal = CanaryMarginalAction.PAUSE;
        private TimeSpan decisionTimeout = TimeSpan.ofMinutes(30);
        private boolean dryRun;
        private int rollbackAttempts = 3;
        private TimeSpan rollbackRetryDelay = TimeSpan.ofSeconds(2);

        private Builder(final String service, final String environment) {
            this.service = service;
            this.environment = environment;
        }

        /**
         * Sets the canary's weights, e.g. 10, 25, 50, 100.
         *
         * @param value strictly increasing weights above 0 ending with 100%
         * @return this
         */
        public Builder steps(final List<Percentage> value) {
            this.steps = List.copyOf(value);
            return this;
        }

        /**
         * Sets one bake time for every step; {@link #bakeTimes(List)} overrides it.
         *
         * @param value e.g. 5 minutes
         * @return this
         */
        public Builder bakeTime(final TimeSpan value) {
            this.bakeTime = value;
            return this;
        }

        /**
         * Sets the bake time of each step, one per step in their order; empty: {@link #bakeTime(TimeSpan)} for all.
         *
         * @param value e.g. 30m, 1h, 2h, 5m for steps 5, 25, 75, 100
         * @return this
         */
        public Builder bakeTimes(final List<TimeSpan> value) {
            this.bakeTimes = List.copyOf(value);
            return this;
        }

        public Builder metrics(final List<CanaryMetric> value) {
            this.metrics = List.copyOf(value);
            return this;
        }

        public Builder pauseAt(final List<Percentage> value) {
            this.pauseAt = List.copyOf(value);
            return this;
        }

        public Builder onFailure(final CanaryFailureAction value) {
            this.onFailure = value;
            return this;
        }

        public Builder onMarginal(final CanaryMarginalAction value) {
            this.onMarginal = value;
            return this;
        }

        public Builder decisionTimeout(final TimeSpan value) {
            this.decisionTimeout = value;
            return this;
        }

        public Builder dryRun(final boolean value) {
            this.dryRun = value;
            return this;
        }

        public Builder rollbackAttempts(final int value) {
            this.rollbackAttempts = value;
            return this;
        }

        public Builder rollbackRetryDelay(final TimeSpan value) {
            this.rollbackRetryDelay = value;
            return this;
        }

        /**
         * Validates and creates the plan.
         *
         * @return the plan
         * @throws InvalidInputException naming the bad parameter
         */
        public CanaryPlan build() {
            DeploymentKey key = new DeploymentKey(service, environment); // validates both names
            String text = steps.stream().map(Percentage::toString).collect(Collectors.joining(", "));
            String allowed = "strictly increasing percentages above 0 that end with 100, e.g. [10, 25, 50, 100]";
            if (steps.isEmpty() || !steps.get(steps.size() - 1).isFull()) {
                throw new InvalidInputException("steps", text, allowed);
            }
            for (int i = 0; i < steps.size(); i++) {
                boolean increasing = i == 0 || steps.get(i - 1).isBelow(steps.get(i));
                if (steps.get(i).isZero() || !increasing) {
                    throw new InvalidInputException("steps", text, allowed);
                }
            }
            for (Percentage gate : pauseAt) {
                if (!steps.contains(gate)) {
                    throw new InvalidInputException("pauseAt", gate.toString(), "one of the steps [" + text + "]");
                }
            }
            if (bakeTime.isZero()) {
                throw new InvalidInputException("interval", bakeTime.toString(), "a positive duration, e.g. 5m");
            }
            String bakeText = bakeTimes.stream().map(TimeSpan::toString).collect(Collectors.joining(", "));
            if (!bakeTimes.isEmpty() && bakeTimes.size() != steps.size()) {
                throw new InvalidInputException(
                        "bakeTimes",
                        bakeText,
                        "one duration per step: " + steps.size() + " for the steps [" + text + "], or none");
            }
            if (bakeTimes.stream().anyMatch(TimeSpan::isZero)) {
                throw new InvalidInputException("bakeTimes", bakeText, "positive durations, e.g. ['30m', '1h', '5m']");
            }
            if (decisionTimeout.isZero()) {
                throw new InvalidInputException(
                        "decisionTimeout", decisionTimeout.toString(), "a positive duration, e.g. 30m");
            }
            Set<String> names = new HashSet<>();
            for (CanaryMetric metric : metrics) {
                if (!names.add(metric.name())) {
                    throw new InvalidInputException("name", metric.name(), "a name used by only one metric");
                }
            }
            if (rollbackAttempts < 1 || rollbackAttempts > 100) {
                throw new InvalidInputException(
                        "rollbackAttempts", String.valueOf(rollbackAttempts), "a number from 1 to 100");
            }
            return new CanaryPlan(this, key);
        }
    }
}
