package io.jenkins.plugins.deploymentsop.checklist.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of a SARIF 2.1.0 log. A result's severity comes from its own {@code security-severity} property or its
 * rule's, else from its {@code level}, else from its rule's {@code defaultConfiguration.level}, else
 * {@code warning} (the SARIF default). Rules are found by reference, index or id in the driver and in
 * {@code tool.extensions}. Results of kind {@code pass}, {@code notApplicable} or {@code informational},
 * results whose baseline state is {@code absent} and suppressed results are not findings.
 */
final class SarifRun {
    private final String file;
    private final VulnerabilitySummary.Builder summary;
    private final List<JsonNode> waiting = new ArrayList<>();
    private JsonNode driverRules = MissingNode.getInstance();
    private final List<JsonNode> extensionRules = new ArrayList<>();
    private final Map<String, JsonNode> rulesById = new HashMap<>();
    private boolean toolRead;

    SarifRun(final String file, final VulnerabilitySummary.Builder summary) {
        this.file = file;
        this.summary = summary;
    }

    void tool(final JsonNode tool) {
        JsonNode driver = tool.path("driver");
        String version = JsonFields.text(driver, "semanticVersion");
        if (version.isEmpty()) {
            version = JsonFields.text(driver, "version");
        }
        summary.tool((JsonFields.text(driver, "name") + " " + version).strip());
        driverRules = driver.path("rules");
        index(driverRules);
        for (JsonNode extension : tool.path("extensions")) {
            extensionRules.add(extension.path("rules"));
            index(extension.path("rules"));
        }
        toolRead = true;
        for (JsonNode result : waiting) {
            add(result);
        }
        waiting.clear();
    }

    private void index(final JsonNode rules) {
        for (JsonNode rule : rules) {
            rulesById.putIfAbsent(JsonFields.text(rule, "id"), rule);
        }
    }

    void result(final JsonNode result) {
        if (toolRead) {
            add(result);
        } else {
            // the tool object usually comes first; if not, results wait for the rules
            waiting.add(result);
        }
    }

    void finish() {
        for (JsonNode result : waiting) {
            add(result);
        }
        waiting.clear();
    }

    private void add(final JsonNode result) {
        String kind = JsonFields.text(result, "kind");
        if (kind.equals("pass") || kind.equals("notApplicable") || kind.equals("informational")) {
            return;
        }
        if (JsonFields.text(result, "baselineState").equals("absent")) {
            return;
        }
        if (isSuppressed(result)) {
            summary.suppressed(1);
            return;
        }
        JsonNode rule = rule(result);
        String id = JsonFields.text(result, "ruleId");
        if (id.isEmpty()) {
            id = JsonFields.text(result.path("rule"), "id");
        }
        if (id.isEmpty()) {
            id = JsonFields.text(rule, "id");
        }
        double score = securitySeverity(result.path("properties"));
        if (Double.isNaN(score)) {
            score = securitySeverity(rule.path("properties"));
        }
        VulnerabilitySeverity severity = JsonFields.severity(
                JsonFields.scoreText(score),
                JsonFields.text(result.path("properties"), "security-severity"),
                JsonFields.text(rule.path("properties"), "security-severity"),
                levelSeverity(level(result, rule)));
        String title = JsonFields.title(JsonFields.text(result.path("message"), "text"));
        if (title.isEmpty()) {
            title = JsonFields.title(JsonFields.text(rule.path("shortDescription"), "text"));
        }
        summary.add(new Finding(id.isEmpty() ? "(no rule)" : id, severity, score, location(result), title, file));
    }

    private static boolean isSuppressed(final JsonNode result) {
        for (JsonNode suppression : result.path("suppressions")) {
            String status = JsonFields.text(suppression, "status");
            if (status.isEmpty() || status.equals("accepted")) {
                return true;
            }
        }
        return false;
    }

    private JsonNode rule(final JsonNode result) {
        JsonNode reference = result.path("rule");
        JsonNode rules = driverRules;
        if (reference.path("toolComponent").has("index")) {
            int component = reference.path("toolComponent").path("index").asInt(-1);
            rules = component >= 0 && component < extensionRules.size()
                    ? extensionRules.get(component)
                    : MissingNode.getInstance();
        }
        int index = reference.has("index")
                ? reference.path("index").asInt(-1)
                : result.path("ruleIndex").asInt(-1);
        if (index >= 0 && index < rules.size()) {
            return rules.get(index);
        }
        String id = JsonFields.text(result, "ruleId");
        if (id.isEmpty()) {
            id = JsonFields.text(reference, "id");
        }
        JsonNode rule = rulesById.get(id);
        if (rule == null && id.contains("/")) {
            // hierarchical ids ("a/b") refer to rule "a" plus a sub-id
            rule = rulesById.get(id.substring(0, id.indexOf('/')));
        }
        return rule == null ? MissingNode.getInstance() : rule;
    }

    private static String level(final JsonNode result, final JsonNode rule) {
        String level = JsonFields.text(result, "level");
        if (level.isEmpty()) {
            level = JsonFields.text(rule.path("defaultConfiguration"), "level");
        }
        return level.isEmpty() ? "warning" : level;
    }

    private static String levelSeverity(final String level) {
        switch (level) {
            case "error":
                return "high";
            case "note":
                return "low";
            case "none":
                return "negligible";
            default:
                return "medium";
        }
    }

    private static double securitySeverity(final JsonNode properties) {
        double score = JsonFields.number(properties.path("security-severity"));
        return score >= 0 && score <= 10 ? score : Double.NaN;
    }

    private static String location(final JsonNode result) {
        JsonNode physical = result.path("locations").path(0).path("physicalLocation");
        String uri = JsonFields.text(physical.path("artifactLocation"), "uri");
        String line = JsonFields.text(physical.path("region"), "startLine");
        return line.isEmpty() || uri.isEmpty() ? uri : uri + ":" + line;
    }
}
