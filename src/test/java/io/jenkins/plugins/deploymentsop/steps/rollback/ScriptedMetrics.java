package io.jenkins.plugins.deploymentsop.steps.rollback;

import io.jenkins.plugins.deploymentsop.metrics.Measurement;
import io.jenkins.plugins.deploymentsop.metrics.QueryVariable;
import io.jenkins.plugins.deploymentsop.metrics.QueryVariables;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A metric source whose values the test sets: a value per query (or per query and colour), or an error for all. */
final class ScriptedMetrics implements MetricReader {
    private final Clock clock;
    private final Map<String, Double> values = new HashMap<>();
    private final Map<String, Double> ofColor = new HashMap<>();
    final List<String> asked = new ArrayList<>();
    final List<QueryVariables> variables = new ArrayList<>();
    String error = "";

    ScriptedMetrics(final Clock clock) {
        this.clock = clock;
    }

    ScriptedMetrics set(final String what, final double value) {
        values.put(what, value);
        return this;
    }

    /** Sets the value of a query for one colour, which takes precedence over {@link #set}. */
    ScriptedMetrics set(final String what, final String color, final double value) {
        ofColor.put(what + "@" + color, value);
        return this;
    }

    @Override
    public void check(final String parameter, final String what) {
        if (what.contains("bad")) {
            throw new InvalidInputException(parameter, what, "a query the fake knows");
        }
    }

    @Override
    public Measurement measure(final String what, final QueryVariables variables) {
        asked.add(what);
        this.variables.add(variables);
        if (!error.isEmpty()) {
            return Measurement.error("Prometheus: " + error);
        }
        Double value = ofColor.getOrDefault(
                what + "@" + variables.get(QueryVariable.COLOR).orElse(""), values.get(what));
        return value == null
                ? Measurement.noData("the query returned no series: " + what)
                : Measurement.of(clock.instant(), value);
    }

    @Override
    public String describe() {
        return "scripted metrics";
    }
}
