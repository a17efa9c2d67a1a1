package io.jenkins.plugins.deploymentsop.steps.rollback;

import io.jenkins.plugins.deploymentsop.health.HealthProbe;
import io.jenkins.plugins.deploymentsop.metrics.Measurement;
import io.jenkins.plugins.deploymentsop.metrics.QueryVariable;
import io.jenkins.plugins.deploymentsop.metrics.QueryVariables;
import io.jenkins.plugins.deploymentsop.rollback.Rule;
import io.jenkins.plugins.deploymentsop.rollback.RuleSet;
import io.jenkins.plugins.deploymentsop.rollback.Signal;
import io.jenkins.plugins.deploymentsop.rollback.watch.Observation;
import io.jenkins.plugins.deploymentsop.rollback.watch.Observations;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the signals of the rules are read. A rule's {@code source} is {@code <scheme>:<what>}:
 *
 * <ul>
 *   <li>{@code <source id>:<what>} reads {@code <what>} from the metric source with that id (a query for
 *       {@code prometheus}, a JSON pointer for {@code jsonMetric}, a statistic for {@code syntheticProbe});
 *   <li>{@code sop:error-rate}, {@code sop:latency-p95}, {@code sop:business-metric} (the SOP's matrix) read what the
 *       one metric source that binds the name ({@code errorRate:}, {@code latencyP95:}, {@code businessMetric:}) says;
 *   <li>{@code health:<name>} runs the health checks of that name against the live colour: {@code application}
 *       ({@code healthChecks:}), {@code database} ({@code databaseChecks:}) or a {@code healthSignal(name: ...)}.
 * </ul>
 *
 * A rule whose {@code sop:} or {@code health:} signal nothing binds is not watched (the plan says so); an unknown
 * source id is an error.
 */
public final class SignalCatalog {
    /** The scheme of the SOP's named signals. */
    public static final String SOP_SCHEME = "sop";

    /** The SOP's named signals and the parameter of a metric source that binds each. */
    public static final Map<String, String> SOP_SIGNALS =
            Map.of("error-rate", "errorRate", "latency-p95", "latencyP95", "business-metric", "businessMetric");

    private final LinkedHashMap<String, MetricReader> sources;
    private final LinkedHashMap<String, Binding> bindings;
    private final LinkedHashMap<String, HealthSignal> health;
    private final QueryVariables variables;

    private SignalCatalog(final Builder builder) {
        this.sources = new LinkedHashMap<>(builder.sources);
        this.bindings = new LinkedHashMap<>(builder.bindings);
        this.health = new LinkedHashMap<>(builder.health);
        this.variables = builder.variables;
    }

    /**
     * Starts a catalog.
     *
     * @param variables the values of the query placeholders except {@code {{color}}}, which is the colour read
     * @return the builder
     */
    public static Builder builder(final QueryVariables variables) {
        return new Builder(variables);
    }

    /**
     * Keeps the rules whose signals can be read, and names the others.
     *
     * @param rules the merged rules
     * @return the rules to watch and notes about the rules that are not watched
     * @throws InvalidInputException if a rule names an unknown source, or if no rule is left
     */
    public WatchPlan plan(final RuleSet rules) {
        List<Rule> watched = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Rule rule : rules.rules()) {
            Optional<String> unbound = unbound(rule);
            if (unbound.isPresent()) {
                notes.add(rule.id() + " is not watched: " + unbound.get());
            } else {
                watched.add(rule);
            }
        }
        if (watched.isEmpty()) {
            throw new InvalidInputException(
                    "rules", "none watchable", "at least one rule whose signal is bound; " + String.join("; ", notes));
        }
        return new WatchPlan(RuleSet.of(watched, rules.noDataDefaults()), notes);
    }

    private Optional<String> unbound(final Rule rule) {
        Signal signal = rule.signal();
        String what = what(signal);
        String parameter = "rules[" + rule.id() + "].source";
        switch (signal.scheme()) {
            case Signal.HEALTH_SCHEME:
                return health.containsKey(what)
                        ? Optional.empty()
                        : Optional.of("no health check is named '" + what + "'; give "
                                + ("application".equals(what)
                                        ? "healthChecks: [...]"
                                        : "database".equals(what)
                                                ? "databaseChecks: [...]"
                                                : "healthSignals: [healthSignal(name: '" + what + "', checks: [...])]")
                                + " or disable the rule");
            case SOP_SCHEME:
                if (!SOP_SIGNALS.containsKey(what)) {
                    throw new InvalidInputException(
                            parameter, signal.source(), "one of sop:error-rate, sop:latency-p95, sop:business-metric");
                }
                return bindings.containsKey(what)
                        ? Optional.empty()
                        : Optional.of("no metric source binds " + signal.source() + "; set " + SOP_SIGNALS.get(what)
                                + ": on one of metrics: [...] or disable the rule");
            default:
                MetricReader reader = sources.get(signal.scheme());
                if (reader == null) {
                    throw new InvalidInputException(
                            parameter,
                            signal.source(),
                            "'<source id>:<what>' with the id of one of metrics: [...] (ids: "
                                    + (sources.isEmpty() ? "none given" : String.join(", ", sources.keySet()))
                                    + "), or sop:<signal> or health:<name>");
                }
                reader.check(parameter, what);
                return Optional.empty();
        }
    }

    private static String what(final Signal signal) {
        return signal.source().substring(signal.source().indexOf(':') + 1).trim();
    }

    /**
     * Reads signals once, one reading per source reference.
     *
     * @param signals the signals, e.g. {@link RuleSet#signals()}
     * @param live the colour that serves the release; fills {@code {{color}}} and selects the probes
     * @return the readings; a failed read is an error reading with its reason, never a value
     * @throws InterruptedException if interrupted
     */
    public Observations read(final List<Signal> signals, final Color live) throws InterruptedException {
        Observations.Builder readings = Observations.builder();
        for (Signal signal : signals) {
            readings.put(signal, read(signal, live));
        }
        return readings.build();
    }

    private Observation read(final Signal signal, final Color live) throws InterruptedException {
        String what = what(signal);
        try {
            switch (signal.scheme()) {
                case Signal.HEALTH_SCHEME:
                    HealthSignal probes = health.get(what);
                    return probes == null ? Observation.noData("no health check " + what) : probes.read(live);
                case SOP_SCHEME:
                    Binding binding = bindings.get(what);
                    return binding == null
                            ? Observation.noData("nothing binds " + signal.source())
                            : measure(sources.get(binding.sourceId()), binding.what(), live);
                default:
                    MetricReader reader = sources.get(signal.scheme());
                    return reader == null
                            ? Observation.noData("no metric source " + signal.scheme())
                            : measure(reader, what, live);
            }
        } catch (RuntimeException exception) {
            return Observation.error(exception.getClass().getSimpleName() + ": " + exception.getMessage());
        }
    }

    private Observation measure(final MetricReader reader, final String what, final Color live)
            throws InterruptedException {
        Measurement measurement = reader.measure(what, variables.with(QueryVariable.COLOR, live.id()));
        switch (measurement.status()) {
            case OK:
                return Observation.value(measurement.lastValue());
            case NO_DATA:
                return Observation.noData(measurement.message());
            default:
                return Observation.error(measurement.message());
        }
    }

    /**
     * Returns the probes of every health signal for a colour, e.g. to check the previous colour after a rollback.
     *
     * @param color the colour
     * @return the probes, possibly none
     */
    public List<HealthProbe> probes(final Color color) {
        List<HealthProbe> all = new ArrayList<>();
        health.values().forEach(signal -> all.addAll(signal.probes(color)));
        return all;
    }

    /** Describes the sources and bindings for the build log. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        sources.forEach((id, reader) -> parts.add(id + " = " + reader.describe()));
        bindings.forEach(
                (name, binding) -> parts.add("sop:" + name + " = " + binding.sourceId() + ":" + binding.what()));
        health.forEach((name, signal) ->
                parts.add("health:" + name + " = " + signal.probes(Color.BLUE).size() + " probe(s) per colour"));
        return parts.isEmpty() ? "no metric sources or health checks" : String.join("; ", parts);
    }

    /** A SOP signal bound to a source. */
    private record Binding(String sourceId, String what) {}

    /** Collects sources, bindings and health signals; ids and bindings must be unique. */
    public static final class Builder {
        private final QueryVariables variables;
        private final LinkedHashMap<String, MetricReader> sources = new LinkedHashMap<>();
        private final LinkedHashMap<String, Binding> bindings = new LinkedHashMap<>();
        private final LinkedHashMap<String, HealthSignal> health = new LinkedHashMap<>();

        private Builder(final QueryVariables variables) {
            this.variables = variables;
        }

        /**
         * Adds a metric source.
         *
         * @param id its id, the scheme of the signals it reads
         * @param reader the reader
         * @return this builder
         * @throws InvalidInputException if the id is taken or reserved
         */
        public Builder source(final String id, final MetricReader reader) {
            String checked = SourceIds.check("metrics[].id", id);
            if (sources.putIfAbsent(checked, reader) != null) {
                throw new InvalidInputException("metrics[].id", id, "a different id for each metric source");
            }
            return this;
        }

        /**
         * Binds a SOP signal to a source.
         *
         * @param signal {@code error-rate}, {@code latency-p95} or {@code business-metric}
         * @param sourceId the id of an added source
         * @param what what to read from it
         * @return this builder
         * @throws InvalidInputException if the signal is bound already or the source reads nothing like it
         */
        public Builder bind(final String signal, final String sourceId, final String what) {
            String parameter = "metrics[" + sourceId + "]." + SOP_SIGNALS.getOrDefault(signal, signal);
            MetricReader reader = sources.get(sourceId);
            if (reader == null || !SOP_SIGNALS.containsKey(signal)) {
                throw new IllegalArgumentException("Unknown source " + sourceId + " or signal " + signal);
            }
            reader.check(parameter, what);
            Binding earlier = bindings.putIfAbsent(signal, new Binding(sourceId, what.trim()));
            if (earlier != null) {
                throw new InvalidInputException(
                        parameter,
                        what,
                        "one source per SOP signal; sop:" + signal + " is bound by " + earlier.sourceId());
            }
            return this;
        }

        /**
         * Adds a health signal.
         *
         * @param name the name after {@code health:}
         * @param probes the probes of each colour
         * @return this builder
         * @throws InvalidInputException if the name is taken
         */
        public Builder health(final String name, final Map<Color, List<HealthProbe>> probes) {
            if (health.putIfAbsent(name, new HealthSignal(name, probes)) != null) {
                throw new InvalidInputException(
                        "healthSignals[].name", name, "a different name for each health signal");
            }
            return this;
        }

        public SignalCatalog build() {
            return new SignalCatalog(this);
        }
    }
}
