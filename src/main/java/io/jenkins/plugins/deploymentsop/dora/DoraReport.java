package io.jenkins.plugins.deploymentsop.dora;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The result of a {@link DoraCalculator} run: the overall metrics, one entry per service and environment, and the
 * services and environments the filter form may offer (limited to what the readable jobs deployed).
 */
public final class DoraReport {
    private final DoraQuery query;
    private final ScopeMetrics overall;
    private final List<ScopeMetrics> groups;
    private final List<String> services;
    private final List<String> environments;

    DoraReport(
            final DoraQuery query,
            final ScopeMetrics overall,
            final List<ScopeMetrics> groups,
            final List<String> services,
            final List<String> environments) {
        this.query = query;
        this.overall = overall;
        this.groups = List.copyOf(groups);
        this.services = List.copyOf(services);
        this.environments = List.copyOf(environments);
    }

    public DoraQuery getQuery() {
        return query;
    }

    public Instant getEnd() {
        return query.getEnd();
    }

    public List<DoraWindow> getWindows() {
        return query.getWindows();
    }

    public ScopeMetrics getOverall() {
        return overall;
    }

    /** One entry per service and environment with at least one event in the report's range, sorted. */
    public List<ScopeMetrics> getGroups() {
        return groups;
    }

    /**
     * Finds the metrics of one service and environment.
     *
     * @param service the service
     * @param environment the environment
     * @return the metrics, empty if the pair had no events
     */
    public Optional<ScopeMetrics> getGroup(final String service, final String environment) {
        Scope wanted = Scope.of(service, environment);
        return groups.stream().filter(group -> group.getScope().equals(wanted)).findFirst();
    }

    /** Services deployed by the readable jobs (ignoring the service and environment filter), sorted. */
    public List<String> getServices() {
        return services;
    }

    /** Environments deployed by the readable jobs (ignoring the service and environment filter), sorted. */
    public List<String> getEnvironments() {
        return environments;
    }
}
