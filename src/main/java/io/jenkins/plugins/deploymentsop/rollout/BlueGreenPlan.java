package io.jenkins.plugins.deploymentsop.rollout;

import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.Percentage;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a blue-green rollout should do: the traffic steps for the new colour with the wait after each, how long to
 * validate, and whether it is a dry run. Immutable and serializable; built with {@link #builder(String, String)}.
 */
public final class BlueGreenPlan implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String service;
    private final String environment;
    private final ArrayList<Percentage> trafficSteps;
    private final TimeSpan stepWait;
    private final TimeSpan validateFor;
    private final TimeSpan validationInterval;
    private final boolean dryRun;
    private final int switchBackAttempts;
    private final TimeSpan switchBackRetryDelay;

    private BlueGreenPlan(final Builder builder) {
        this.service = builder.service;
        this.environment = builder.environment;
        this.trafficSteps = new ArrayList<>(builder.trafficSteps);
        this.stepWait = builder.stepWait;
        this.validateFor = builder.validateFor;
        this.validationInterval = builder.validationInterval;
        this.dryRun = builder.dryRun;
        this.switchBackAttempts = builder.switchBackAttempts;
        this.switchBackRetryDelay = builder.switchBackRetryDelay;
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

    public String service() {
        return service;
    }

    public String environment() {
        return environment;
    }

    /** The shares of the new colour, strictly increasing, ending with 100%. */
    public List<Percentage> trafficSteps() {
        return List.copyOf(trafficSteps);
    }

    public TimeSpan stepWait() {
        return stepWait;
    }

    public TimeSpan validateFor() {
        return validateFor;
    }

    public TimeSpan validationInterval() {
        return validationInterval;
    }

    public boolean dryRun() {
        return dryRun;
    }

    public int switchBackAttempts() {
        return switchBackAttempts;
    }

    public TimeSpan switchBackRetryDelay() {
        return switchBackRetryDelay;
    }

    @Override
    public String toString() {
        return String.format(
                "%s/%s: steps %s, wait %s, validate for %s%s",
                service,
                environment,
                trafficSteps.stream().map(Percentage::toString).collect(Collectors.joining(", ")),
                stepWait,
                validateFor,
                dryRun ? " (dry run)" : "");
    }

    /** Collects and validates a plan. */
    public static final class Builder {
        private final String service;
        private final String environment;
        private List<Percentage> trafficSteps = List.of(Percentage.HUNDRED);
        private TimeSpan stepWait = TimeSpan.ofMinutes(5);
        private TimeSpan validateFor = TimeSpan.ofMinutes(5);
        private TimeSpan validationInterval = TimeSpan.ofSeconds(30);
        private boolean dryRun;
        private int switchBackAttempts = 3;
        private TimeSpan switchBackRetryDelay = TimeSpan.ofSeconds(2);

        private Builder(final String service, final String environment) {
            this.service = service;
            this.environment = environment;
        }

        /**
         * Sets the traffic steps, e.g. 10, 25, 50, 100.
         *
         * @param value strictly increasing shares ending with 100%
         * @return this
         */
        public Builder trafficSteps(final List<Percentage> value) {
            this.trafficSteps = List.copyOf(value);
            return this;
        }

        public Builder stepWait(final TimeSpan value) {
            this.stepWait = value;
            return this;
        }

        public Builder validateFor(final TimeSpan value) {
            this.validateFor = value;
            return this;
        }

        public Builder validationInterval(final TimeSpan value) {
            this.validationInterval = value;
            return this;
        }

        public Builder dryRun(final boolean value) {
            this.dryRun = value;
            return this;
        }

        public Builder switchBackAttempts(final int value) {
            this.switchBackAttempts = value;
            return this;
        }

        public Builder switchBackRetryDelay(final TimeSpan value) {
            this.switchBackRetryDelay = value;
            return this;
        }

        /**
         * Validates and creates the plan.
         *
         * @return the plan
         * @throws InvalidInputException naming the bad parameter
         */
        public BlueGreenPlan build() {
            new DeploymentKey(service, environment); // validates both names
            String steps = trafficSteps.stream().map(Percentage::toString).collect(Collectors.joining(", "));
            String allowed = "strictly increasing percentages above 0 that end with 100, e.g. [10, 25, 50, 100]";
            if (trafficSteps.isEmpty()
                    || !trafficSteps.get(trafficSteps.size() - 1).isFull()) {
                throw new InvalidInputException("trafficSteps", steps, allowed);
            }
            for (int i = 0; i < trafficSteps.size(); i++) {
                boolean increasing = i == 0 || trafficSteps.get(i - 1).isBelow(trafficSteps.get(i));
                if (trafficSteps.get(i).isZero() || !increasing) {
                    throw new InvalidInputException("trafficSteps", steps, allowed);
                }
            }
            if (validationInterval.isZero()) {
                throw new InvalidInputException(
                        "validationInterval", validationInterval.toString(), "a positive duration");
            }
            if (switchBackAttempts < 1 || switchBackAttempts > 100) {
                throw new InvalidInputException(
                        "switchBackAttempts", String.valueOf(switchBackAttempts), "a number from 1 to 100");
            }
            return new BlueGreenPlan(this);
        }
    }
}
