package io.jenkins.plugins.deploymentsop.checklist.check;

import io.jenkins.plugins.deploymentsop.checklist.CheckContext;
import io.jenkins.plugins.deploymentsop.checklist.CheckOutcome;
import io.jenkins.plugins.deploymentsop.checklist.InstantQueryClient;
import io.jenkins.plugins.deploymentsop.checklist.Texts;
import io.jenkins.plugins.deploymentsop.checklist.config.ItemFields;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * "Performance benchmarks meet SLA", "error rate below baseline": a Prometheus instant query compared with a
 * threshold. No data (NaN) fails the gate: an empty answer proves nothing.
 */
public final class MetricCheck extends AbstractCheck {
    private static final long serialVersionUID = 1L;
    static final String TYPE = "metric";

    private final String query;
    private final Threshold threshold;

    /**
     * Creates the check.
     *
     * @param query the PromQL expression; {@code ${environment}} and {@code ${release}} are replaced
     * @param threshold the condition the value must meet
     */
    public MetricCheck(final String query, final Threshold threshold) {
        this.query = query;
        this.threshold = threshold;
    }

    static MetricCheck read(final ItemFields fields) {
        String query = fields.string("query", "a PromQL expression yielding one value");
        Threshold threshold = fields.parsed("threshold", Threshold::valueOf)
                .orElseThrow(() -> fields.missing("threshold", "a comparison such as '< 0.05'"));
        return new MetricCheck(query, threshold);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public boolean runsConcurrently() {
        return true;
    }

    @Override
    protected CheckOutcome run(final CheckContext context) {
        Optional<InstantQueryClient> client = context.prometheus();
        String expanded = context.expand(query);
        String shown = "`" + Texts.oneLine(expanded, 160) + "`";
        if (client.isEmpty()) {
            return CheckOutcome.error("No Prometheus server is configured for metric items (query " + shown + ")");
        }
        double value;
        try {
            value = client.get().query(expanded);
        } catch (IOException exception) {
            return CheckOutcome.error("Prometheus query " + shown + " failed: " + exception.getMessage());
        }
        if (Double.isNaN(value)) {
            return CheckOutcome.failed(
                    "Prometheus query " + shown + " returned no data; " + threshold + " cannot be shown");
        }
        String evidence = String.format("%s = %s, required %s", shown, format(value), threshold);
        return threshold.holdsFor(value) ? CheckOutcome.passed(evidence) : CheckOutcome.failed(evidence);
    }

    private static String format(final double value) {
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        return new BigDecimal(value)
                .round(new MathContext(6))
                .stripTrailingZeros()
                .toPlainString();
    }
}
