package io.jenkins.plugins.deploymentsop.steps.rollback;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.health.ProbePolicy;
import io.jenkins.plugins.deploymentsop.metrics.QueryVariable;
import io.jenkins.plugins.deploymentsop.metrics.QueryVariables;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.rollback.plan.DatabaseRestore;
import io.jenkins.plugins.deploymentsop.rollback.plan.RollbackPlan;
import io.jenkins.plugins.deploymentsop.rollback.plan.RollbackType;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checked parameters of one {@code rollbackIfUnhealthy} that the watch keeps with the build: plain values, no
 * Jenkins types, so the session is testable and survives restarts.
 */
public final class WatchSettings implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Engine parameter names and the step's names for them, for messages. */
    private static final Map<String, String> STEP_NAMES =
            Map.of("type", "rollbackType", "destroy", "destroyCommand", "restoreCommand", "restoreCommand");

    private final DeploymentKey key;
    private final TimeSpan watch;
    private final TimeSpan interval;

    @CheckForNull
    private final Color previousColor;

    private final String version;
    private final boolean useDefaults;
    private final boolean dryRun;
    private final RollbackPlan plan;
    private final TimeSpan commandTimeout;
    private final TimeSpan recoveryTimeout;

    // null in the settings of watches that started before this field existed: they are not watched after a rollback
    @CheckForNull
    private final TimeSpan watchAfterRollback;

    private final ArrayList<String> deciders;
    private final ArrayList<String> deciderGroups;

    private WatchSettings(final Builder builder) {
        this.key = builder.key;
        this.watch = builder.watch;
        this.interval = builder.interval;
        this.previousColor = builder.previousColor;
        this.version = builder.version;
        this.useDefaults = builder.useDefaults;
        this.dryRun = builder.dryRun;
        this.plan = plan(builder);
        this.commandTimeout = builder.commandTimeout;
        this.recoveryTimeout = builder.recoveryTimeout;
        this.watchAfterRollback = builder.watchAfterRollback;
        this.deciders = new ArrayList<>(builder.deciders);
        this.deciderGroups = new ArrayList<>(builder.deciderGroups);
    }

    /**
     * Starts settings.
     *
     * @param key the service and environment
     * @return the builder
     */
    public static Builder builder(final DeploymentKey key) {
        return new Builder(key);
    }

    private static RollbackPlan plan(final Builder builder) {
        if (builder.body && !builder.restoreCommand.isEmpty()) {
            throw new InvalidInputException(
                    "restoreCommand",
                    builder.restoreCommand,
                    "either a body or restoreCommand for the database restore, not both");
        }
        Optional<DatabaseRestore> restore = builder.body
                ? Optional.of(DatabaseRestore.body())
                : builder.restoreCommand.isEmpty()
                        ? Optional.empty()
                        : Optional.of(DatabaseRestore.command(builder.restoreCommand));
        RollbackType type = builder.type == null
                ? restore.isPresent() ? RollbackType.DATABASE : RollbackType.TRAFFIC
                : builder.type;
        try {
            return RollbackPlan.of(
                    type,
                    restore,
                    builder.destroyCommand.isEmpty() ? Optional.empty() : Optional.of(builder.destroyCommand));
        } catch (InvalidInputException exception) {
            throw new InvalidInputException(
                    STEP_NAMES.getOrDefault(exception.getParameter(), exception.getParameter()),
                    exception.getValue(),
                    exception.getAllowed());
        }
    }

    public DeploymentKey key() {
        return key;
    }

    public TimeSpan watch() {
        return watch;
    }

    public TimeSpan interval() {
        return interval;
    }

    /** Returns the colour to roll back to when given explicitly; otherwise the router's other colour. */
    public Optional<Color> previousColor() {
        return Optional.ofNullable(previousColor);
    }

    public String version() {
        return version;
    }

    public boolean useDefaults() {
        return useDefaults;
    }

    public boolean dryRun() {
        return dryRun;
    }

    public RollbackPlan plan() {
        return plan;
    }

    public TimeSpan commandTimeout() {
        return commandTimeout;
    }

    /** Returns how long the previous colour has to become healthy after the rollback. */
    public TimeSpan recoveryTimeout() {
        return recoveryTimeout;
    }

    /** Returns how long the version a successful rollback restored is watched; {@code 0s}: not watched. */
    public TimeSpan watchAfterRollback() {
        TimeSpan value = watchAfterRollback;
        return value == null ? TimeSpan.ZERO : value;
    }

    public List<String> deciders() {
        return Collections.unmodifiableList(deciders);
    }

    public List<String> deciderGroups() {
        return Collections.unmodifiableList(deciderGroups);
    }

    /** Returns the values of the query placeholders except the colour. */
    public QueryVariables variables() {
        return variables(key, version);
    }

    /**
     * Returns the values of the query placeholders except the colour.
     *
     * @param key the service and environment
     * @param version the version, or empty when unknown
     * @return the values
     */
    public static QueryVariables variables(final DeploymentKey key, final String version) {
        QueryVariables variables = QueryVariables.NONE
                .with(QueryVariable.SERVICE, key.service())
                .with(QueryVariable.ENVIRONMENT, key.environment());
        return version.isEmpty() ? variables : variables.with(QueryVariable.VERSION, version);
    }

    /** Returns the policy of the health check of the previous colour after a rollback. */
    public ProbePolicy recoveryPolicy() {
        TimeSpan second = TimeSpan.ofSeconds(1);
        return new ProbePolicy(1, 100_000, second, second, 2.0, TimeSpan.ofSeconds(5), recoveryTimeout);
    }

    /** Collects the settings; the plan is checked when built. */
    public static final class Builder {
        private final DeploymentKey key;
        private TimeSpan watch = TimeSpan.ofMinutes(30);
        private TimeSpan interval = TimeSpan.ofSeconds(30);

        @CheckForNull
        private Color previousColor;

        private String version = "";
        private boolean useDefaults = true;
        private boolean dryRun;

        @CheckForNull
        private RollbackType type;

        private boolean body;
        private String restoreCommand = "";
        private String destroyCommand = "";
        private TimeSpan commandTimeout = TimeSpan.ofMinutes(60);
        private TimeSpan recoveryTimeout = TimeSpan.ofMinutes(2);
        private TimeSpan watchAfterRollback = TimeSpan.ZERO;
        private List<String> deciders = List.of();
        private List<String> deciderGroups = List.of();

        private Builder(final DeploymentKey key) {
            this.key = key;
        }

        public Builder watch(final TimeSpan value) {
            this.watch = value;
            return this;
        }

        /**
         * Sets the sampling interval.
         *
         * @param value greater than 0
         * @return this builder
         */
        public Builder interval(final TimeSpan value) {
            if (value.isZero()) {
                throw new InvalidInputException("interval", value.toString(), "a duration greater than 0, e.g. 30s");
            }
            this.interval = value;
            return this;
        }

        public Builder previousColor(@CheckForNull final Color value) {
            this.previousColor = value;
            return this;
        }

        public Builder version(final String value) {
            this.version = value.trim();
            return this;
        }

        public Builder useDefaults(final boolean value) {
            this.useDefaults = value;
            return this;
        }

        public Builder dryRun(final boolean value) {
            this.dryRun = value;
            return this;
        }

        /**
         * Sets the rollback type.
         *
         * @param value the type; null: database when a restore is given, else traffic
         * @return this builder
         */
        public Builder type(@CheckForNull final RollbackType value) {
            this.type = value;
            return this;
        }

        /**
         * Makes the step's body restore the database.
         *
         * @param value whether the step has a body
         * @return this builder
         */
        public Builder body(final boolean value) {
            this.body = value;
            return this;
        }

        public Builder restoreCommand(final String value) {
            this.restoreCommand = value.trim();
            return this;
        }

        public Builder destroyCommand(final String value) {
            this.destroyCommand = value.trim();
            return this;
        }

        public Builder commandTimeout(final TimeSpan value) {
            this.commandTimeout = value;
            return this;
        }

        public Builder recoveryTimeout(final TimeSpan value) {
            this.recoveryTimeout = value;
            return this;
        }

        /**
         * Sets how long the version a successful rollback restored is watched by the same rules.
         *
         * @param value the window; {@code 0s} (the default): not watched beyond the rollback's health check
         * @return this builder
         */
        public Builder watchAfterRollback(final TimeSpan value) {
            this.watchAfterRollback = value;
            return this;
        }

        public Builder deciders(final List<String> users, final List<String> groups) {
            this.deciders = List.copyOf(users);
            this.deciderGroups = List.copyOf(groups);
            return this;
        }

        /**
         * Builds the settings.
         *
         * @return the settings
         * @throws InvalidInputException if the rollback type does not fit the restore and destroy commands
         */
        public WatchSettings build() {
            return new WatchSettings(this);
        }
    }
}
