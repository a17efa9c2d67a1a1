package io.jenkins.plugins.deploymentsop.steps.checklist;

import hudson.Extension;
import java.util.Map;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/** {@code metricCheck(id: 'error-rate', query: ..., threshold: '< 0.01')}: a Prometheus value within a threshold. */
public class MetricItem extends ChecklistItemSpec {
    private static final long serialVersionUID = 1L;

    private final String query;
    private final String threshold;

    /**
     * Creates the item (needs the step's {@code metricsUrl}).
     *
     * @param query a PromQL expression yielding one value
     * @param threshold e.g. {@code < 0.05}, {@code >= 99.9}
     */
    @DataBoundConstructor
    public MetricItem(final String query, final String threshold) {
        this.query = notBlank("query", query, "a PromQL expression yielding one value");
        this.threshold = notBlank("threshold", threshold, "a comparison such as < 0.05 or >= 99.9");
    }

    public String getQuery() {
        return query;
    }

    public String getThreshold() {
        return threshold;
    }

    @Override
    public String type() {
        return "metric";
    }

    @Override
    protected String defaultId() {
        return "metric";
    }

    @Override
    protected void addFields(final Map<String, Object> fields) {
        fields.put("query", query);
        fields.put("threshold", threshold);
    }

    /** Registers the item type under its Pipeline symbol. */
    @Extension
    @Symbol("metricCheck")
    public static class DescriptorImpl extends ItemDescriptor {
        @Override
        public String getDisplayName() {
            return "Prometheus value within a threshold";
        }
    }
}
