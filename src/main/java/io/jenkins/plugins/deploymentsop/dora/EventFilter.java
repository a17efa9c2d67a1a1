package io.jenkins.plugins.deploymentsop.dora;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which events a report covers: the jobs the user may read (all when unrestricted), an optional service and
 * environment, and whether non-production environments count (by default they do not).
 */
public final class EventFilter implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final EventFilter PRODUCTION = new EventFilter(null, null, null, true);

    @CheckForNull
    private final Set<String> jobs;

    @CheckForNull
    private final String service;

    @CheckForNull
    private final String environment;

    private final boolean productionOnly;

    private EventFilter(
            @CheckForNull final Set<String> jobs,
            @CheckForNull final String service,
            @CheckForNull final String environment,
            final boolean productionOnly) {
        this.jobs = jobs == null ? null : Set.copyOf(jobs);
        this.service = service;
        this.environment = environment;
        this.productionOnly = productionOnly;
    }

    /**
     * Returns the default filter: every job, every service and environment, production tier only.
     *
     * @return the filter
     */
    public static EventFilter production() {
        return PRODUCTION;
    }

    /**
     * Restricts the report to the given jobs, e.g. those the current user may read.
     *
     * @param readableJobs full names of the jobs
     * @return a new filter
     */
    public EventFilter withJobs(final Set<String> readableJobs) {
        return new EventFilter(readableJobs, service, environment, productionOnly);
    }

    /**
     * Restricts the report to one service; a blank name removes the restriction.
     *
     * @param name the service
     * @return a new filter
     */
    public EventFilter withService(final String name) {
        return new EventFilter(jobs, blankToNull(name), environment, productionOnly);
    }

    /**
     * Restricts the report to one environment; a blank name removes the restriction.
     *
     * @param name the environment
     * @return a new filter
     */
    public EventFilter withEnvironment(final String name) {
        return new EventFilter(jobs, service, blankToNull(name), productionOnly);
    }

    /**
     * Counts non-production environments too.
     *
     * @return a new filter
     */
    public EventFilter includingNonProduction() {
        return new EventFilter(jobs, service, environment, false);
    }

    @CheckForNull
    private static String blankToNull(final String name) {
        String trimmed = name.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /**
     * Tells whether events of a job pass the job restriction.
     *
     * @param job the full job name
     * @return {@code true} if the job may be read
     */
    public boolean acceptsJob(final String job) {
        return jobs == null || jobs.contains(job);
    }

    /**
     * Tells whether a service/environment pair passes the restrictions (ignoring the production flag).
     *
     * @param serviceName the service
     * @param environmentName the environment
     * @return {@code true} if accepted
     */
    public boolean acceptsGroup(final String serviceName, final String environmentName) {
        return (service == null || service.equals(serviceName))
                && (environment == null || environment.equals(environmentName));
    }

    /**
     * Tells whether an event's tier passes.
     *
     * @param productionTier the event's production flag
     * @return {@code true} if accepted
     */
    public boolean acceptsTier(final boolean productionTier) {
        return productionTier || !productionOnly;
    }

    /**
     * Tells whether an event passes every restriction.
     *
     * @param event the event
     * @return {@code true} if the report covers it
     */
    public boolean accepts(final DeploymentEvent event) {
        return acceptsJob(event.getJob())
                && acceptsGroup(event.getService(), event.getEnvironment())
                && acceptsTier(event.isProductionTier());
    }

    /**
     * Returns the same filter without the service and environment restriction: the choices a filter form offers.
     *
     * @return a new filter
     */
    public EventFilter withoutGroup() {
        return new EventFilter(jobs, null, null, productionOnly);
    }

    public Optional<Set<String>> getJobs() {
        return Optional.ofNullable(jobs);
    }

    public Optional<String> getService() {
        return Optional.ofNullable(service);
    }

    public Optional<String> getEnvironment() {
        return Optional.ofNullable(environment);
    }

    public boolean isProductionOnly() {
        return productionOnly;
    }

    @Override
    public boolean equals(final Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof EventFilter)) {
            return false;
        }
        EventFilter other = (EventFilter) o;
        return productionOnly == other.productionOnly
                && Objects.equals(jobs, other.jobs)
                && Objects.equals(service, other.service)
                && Objects.equals(environment, other.environment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jobs, service, environment, productionOnly);
    }

    @Override
    public String toString() {
        return String.format(
                "service=%s, environment=%s, jobs=%s, productionOnly=%s",
                service == null ? "*" : service,
                environment == null ? "*" : environment,
                jobs == null ? "*" : jobs.size() + " jobs",
                productionOnly);
    }
}
