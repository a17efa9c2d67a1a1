package io.jenkins.plugins.deploymentsop.health;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The verdicts of all probes of one health check; healthy only if every probe is.
 *
 * @param results one result per probe, in the order the probes were given
 */
public record HealthReport(List<ProbeResult> results) implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the report.
     *
     * @param results the results
     */
    public HealthReport {
        results = List.copyOf(new ArrayList<>(results));
    }

    public boolean healthy() {
        return results.stream().allMatch(ProbeResult::healthy);
    }

    /**
     * Summarizes the report in one line, naming the failing probes first.
     *
     * @return e.g. {@code 1 of 2 probes unhealthy: GET http://…/health: unhealthy: …}
     */
    public String summary() {
        if (results.isEmpty()) {
            return "no health probes configured";
        }
        List<ProbeResult> failing =
                results.stream().filter(result -> !result.healthy()).toList();
        if (failing.isEmpty()) {
            return results.size() == 1 ? results.get(0).toString() : "all " + results.size() + " probes healthy";
        }
        return failing.size() + " of " + results.size() + " probes unhealthy: "
                + failing.stream().map(ProbeResult::toString).collect(Collectors.joining("; "));
    }
}
