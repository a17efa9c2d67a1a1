package io.jenkins.plugins.deploymentsop.dora;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.record.DeploymentType;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One deployment as DORA sees it: where it went, how it ended, which commits it shipped and, for a failure, when the
 * failure was detected and when service was restored. Immutable; built from a deployment record by the caller.
 */
public final class DeploymentEvent implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Longest deployment id, job name, service or environment accepted. */
    public static final int MAX_NAME_LENGTH = 1024;
    /** Most commits one event may carry; a bigger change set is truncated by the caller, not silently here. */
    public static final int MAX_COMMITS = 10_000;
    /** Most incident ids one event may carry. */
    public static final int MAX_INCIDENTS = 1000;

    private final String deploymentId;
    private final String job;
    private final String service;
    private final String environment;
    private final String version;
    private final boolean productionTier;
    private final DeploymentType type;
    private final Outcome outcome;
    private final Instant startedAt;
    private final Instant finishedAt;
    private final List<CommitRef> commits;

    @CheckForNull
    private final Instant failureDetectedAt;

    @CheckForNull
    private final Instant serviceRestoredAt;

    private final List<String> incidentIds;

    private DeploymentEvent(final Builder builder) {
        deploymentId = requireName("deploymentId", builder.deploymentId);
        job = requireName("job", builder.job);
        service = requireName("service", builder.service);
        environment = requireName("environment", builder.environment);
        version = builder.version.strip();
        if (version.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("version", version, "at most " + MAX_NAME_LENGTH + " characters");
        }
        productionTier = builder.productionTier;
        type = builder.type;
        if (!builder.outcome.isFinished()) {
            throw new InvalidInputException(
                    "outcome",
                    builder.outcome.name(),
                    "SUCCEEDED, FAILED, ROLLED_BACK or ABORTED: an event is a finished deployment");
        }
        outcome = builder.outcome;
        startedAt = EventTimes.check("startedAt", require("startedAt", builder.startedAt));
        finishedAt = EventTimes.check("finishedAt", require("finishedAt", builder.finishedAt));
        if (finishedAt.isBefore(startedAt)) {
            throw new InvalidInputException(
                    "finishedAt", finishedAt.toString(), "an instant not before startedAt " + startedAt);
        }
        if (builder.commits.size() > MAX_COMMITS) {
            throw new InvalidInputException(
                    "commits", builder.commits.size() + " commits", "at most " + MAX_COMMITS + " commits");
        }
        commits = List.copyOf(builder.commits);
        failureDetectedAt = checkOptional("failureDetectedAt", builder.failureDetectedAt);
        serviceRestoredAt = checkOptional("serviceRestoredAt", builder.serviceRestoredAt);
        if (failureDetectedAt != null && serviceRestoredAt != null && serviceRestoredAt.isBefore(failureDetectedAt)) {
            throw new InvalidInputException(
                    "serviceRestoredAt",
                    serviceRestoredAt.toString(),
                    "an instant not before failureDetectedAt " + failureDetectedAt);
        }
        if (builder.incidentIds.size() > MAX_INCIDENTS) {
            throw new InvalidInputException(
                    "incidentIds", builder.incidentIds.size() + " incidents", "at most " + MAX_INCIDENTS);
        }
        List<String> incidents = new ArrayList<>();
        for (String incident : builder.incidentIds) {
            String name = requireName("incidentIds", incident);
            if (!incidents.contains(name)) {
                incidents.add(name);
            }
        }
        incidentIds = List.copyOf(incidents);
    }

    /**
     * Starts a builder; type defaults to {@link DeploymentType#STANDARD}, production tier to {@code false}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder with every field of this event, e.g. to move it to a renamed job.
     *
     * @return a builder holding this event's fields
     */
    public Builder toBuilder() {
        return builder()
                .deploymentId(deploymentId)
                .job(job)
                .service(service)
                .environment(environment)
                .version(version)
                .productionTier(productionTier)
                .type(type)
                .outcome(outcome)
                .startedAt(startedAt)
                .finishedAt(finishedAt)
                .commits(commits)
                .failureDetectedAt(failureDetectedAt)
                .serviceRestoredAt(serviceRestoredAt)
                .incidents(incidentIds);
    }

    private static <T> T require(final String parameter, @CheckForNull final T value) {
        if (value == null) {
            throw new InvalidInputException(parameter, "(missing)", "a value");
        }
        return value;
    }

    private static String requireName(final String parameter, @CheckForNull final String value) {
        String text = require(parameter, value).strip();
        if (text.isEmpty() || text.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException(parameter, value, "1 to " + MAX_NAME_LENGTH + " characters");
        }
        return text;
    }

    @CheckForNull
    private static Instant checkOptional(final String parameter, @CheckForNull final Instant instant) {
        return instant == null ? null : EventTimes.check(parameter, instant);
    }

    /** Unique id of the deployment, e.g. {@code folder/job#42#0} (job, build, index within the build). */
    public String getDeploymentId() {
        return deploymentId;
    }

    /** Full name of the job that deployed. */
    public String getJob() {
        return job;
    }

    public String getService() {
        return service;
    }

    public String getEnvironment() {
        return environment;
    }

    /** The version (release) deployed, e.g. {@code 1.4.0}; empty when the record named none. */
    public String getVersion() {
        return version;
    }

    /** Whether the environment is production-tier; DORA counts only those by default. */
    public boolean isProductionTier() {
        return productionTier;
    }

    public DeploymentType getType() {
        return type;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    /** When the deployment ended; DORA places the deployment at this instant. */
    public Instant getFinishedAt() {
        return finishedAt;
    }

    public List<CommitRef> getCommits() {
        return commits;
    }

    /** When the failure was detected; without it a failure starts at {@link #getFinishedAt()}. */
    public Optional<Instant> getFailureDetectedAt() {
        return Optional.ofNullable(failureDetectedAt);
    }

    /** When service was restored (rollback done, fix deployed); empty while the failure is open. */
    public Optional<Instant> getServiceRestoredAt() {
        return Optional.ofNullable(serviceRestoredAt);
    }

    public List<String> getIncidentIds() {
        return incidentIds;
    }

    @Override
    public boolean equals(final Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DeploymentEvent)) {
            return false;
        }
        DeploymentEvent other = (DeploymentEvent) o;
        return productionTier == other.productionTier
                && deploymentId.equals(other.deploymentId)
                && job.equals(other.job)
                && service.equals(other.service)
                && environment.equals(other.environment)
                && version.equals(other.version)
                && type == other.type
                && outcome == other.outcome
                && startedAt.equals(other.startedAt)
                && finishedAt.equals(other.finishedAt)
                && commits.equals(other.commits)
                && Objects.equals(failureDetectedAt, other.failureDetectedAt)
                && Objects.equals(serviceRestoredAt, other.serviceRestoredAt)
                && incidentIds.equals(other.incidentIds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                deploymentId,
                job,
                service,
                environment,
                version,
                productionTier,
                type,
                outcome,
                startedAt,
                finishedAt,
                commits,
                failureDetectedAt,
                serviceRestoredAt,
                incidentIds);
    }

    @Override
    public String toString() {
        return String.format("%s [%s/%s %s %s at %s]", deploymentId, service, environment, type, outcome, finishedAt);
    }

    /** Collects the fields of an event; {@link #build()} validates them. */
    public static final class Builder {
        @CheckForNull
        private String deploymentId;

        @CheckForNull
        private String job;

        @CheckForNull
        private String service;

        @CheckForNull
        private String environment;

        private String version = "";
        private boolean productionTier;
        private DeploymentType type = DeploymentType.STANDARD;
        private Outcome outcome = Outcome.SUCCEEDED;

        @CheckForNull
        private Instant startedAt;

        @CheckForNull
        private Instant finishedAt;

        private final List<CommitRef> commits = new ArrayList<>();

        @CheckForNull
        private Instant failureDetectedAt;

        @CheckForNull
        private Instant serviceRestoredAt;

        private final List<String> incidentIds = new ArrayList<>();

        private Builder() {}

        public Builder deploymentId(final String value) {
            deploymentId = value;
            return this;
        }

        public Builder job(final String value) {
            job = value;
            return this;
        }

        public Builder service(final String value) {
            service = value;
            return this;
        }

        public Builder environment(final String value) {
            environment = value;
            return this;
        }

        /**
         * Sets the version (release) deployed.
         *
         * @param value the version; empty when unknown
         * @return this builder
         */
        public Builder version(final String value) {
            version = value;
            return this;
        }

        public Builder productionTier(final boolean value) {
            productionTier = value;
            return this;
        }

        public Builder type(final DeploymentType value) {
            type = value;
            return this;
        }

        public Builder outcome(final Outcome value) {
            outcome = value;
            return this;
        }

        public Builder startedAt(final Instant value) {
            startedAt = value;
            return this;
        }

        public Builder finishedAt(final Instant value) {
            finishedAt = value;
            return this;
        }

        /**
         * Adds a commit shipped by this deployment.
         *
         * @param id the commit id
         * @param committedAt the commit time
         * @return this builder
         */
        public Builder commit(final String id, final Instant committedAt) {
            commits.add(CommitRef.of(id, committedAt));
            return this;
        }

        public Builder commits(final List<CommitRef> values) {
            commits.addAll(values);
            return this;
        }

        public Builder failureDetectedAt(@CheckForNull final Instant value) {
            failureDetectedAt = value;
            return this;
        }

        public Builder serviceRestoredAt(@CheckForNull final Instant value) {
            serviceRestoredAt = value;
            return this;
        }

        public Builder incident(final String id) {
            incidentIds.add(id);
            return this;
        }

        public Builder incidents(final List<String> ids) {
            incidentIds.addAll(ids);
            return this;
        }

        /**
         * Validates the fields and creates the event.
         *
         * @return the event
         * @throws InvalidInputException naming the first field that is missing or invalid
         */
        public DeploymentEvent build() {
            return new DeploymentEvent(this);
        }
    }
}
