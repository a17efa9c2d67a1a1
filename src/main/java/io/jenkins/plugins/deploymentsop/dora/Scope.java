package io.jenkins.plugins.deploymentsop.dora;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/** What a set of metrics covers: everything in the report ("overall"), or one service in one environment. */
public final class Scope implements Comparable<Scope>, Serializable {
    private static final long serialVersionUID = 1L;
    private static final Scope OVERALL = new Scope(null, null);
    private static final Comparator<Scope> ORDER = Comparator.comparing(Scope::isGroup)
            .thenComparing(scope -> scope.getService().orElse(""))
            .thenComparing(scope -> scope.getEnvironment().orElse(""));

    @CheckForNull
    private final String service;

    @CheckForNull
    private final String environment;

    private Scope(@CheckForNull final String service, @CheckForNull final String environment) {
        this.service = service;
        this.environment = environment;
    }

    public static Scope overall() {
        return OVERALL;
    }

    public static Scope of(final String service, final String environment) {
        return new Scope(service, environment);
    }

    public boolean isOverall() {
        return service == null;
    }

    public boolean isGroup() {
        return service != null;
    }

    public Optional<String> getService() {
        return Optional.ofNullable(service);
    }

    public Optional<String> getEnvironment() {
        return Optional.ofNullable(environment);
    }

    /** Renders the scope as shown on the page, e.g. {@code shop / production} or {@code Overall}. */
    @Override
    public String toString() {
        return isOverall() ? "Overall" : service + " / " + environment;
    }

    @Override
    public int compareTo(final Scope other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(final Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Scope)) {
            return false;
        }
        Scope other = (Scope) o;
        return Objects.equals(service, other.service) && Objects.equals(environment, other.environment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(service, environment);
    }
}
