package io.jenkins.plugins.deploymentsop.checklist.check;

import io.jenkins.plugins.deploymentsop.checklist.CheckContext;
import io.jenkins.plugins.deploymentsop.checklist.CheckOutcome;
import io.jenkins.plugins.deploymentsop.checklist.Details;
import io.jenkins.plugins.deploymentsop.checklist.config.ItemFields;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * "Code review score ≥ 90/100": a number read from a JSON/YAML file (JSON pointer) or a {@code .properties} file
 * (key), between 0 and {@code maximum}. A score outside that range is an ERROR: the wrong file or scale.
 */
public final class ReviewScoreCheck extends AbstractCheck {
    private static final long serialVersionUID = 1L;
    static final String TYPE = "reviewScore";

    private final ValueInFile value;
    private final double minimum;
    private final double maximum;

    private ReviewScoreCheck(final ValueInFile value, final double minimum, final double maximum) {
        this.value = value;
        this.minimum = minimum;
        this.maximum = maximum;
    }

    static ReviewScoreCheck read(final ItemFields fields) {
        ValueInFile value = ValueInFile.read(fields);
        double minimum = fields.number("minimum").orElse(90.0);
        double maximum = fields.number("maximum").orElse(100.0);
        if (maximum <= 0 || minimum < 0 || minimum > maximum) {
            throw fields.problem(String.format(
                    "'minimum' (%s) and 'maximum' (%s) need 0 <= minimum <= maximum and maximum > 0",
                    format(minimum), format(maximum)));
        }
        return new ReviewScoreCheck(value, minimum, maximum);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    protected CheckOutcome run(final CheckContext context) throws IOException {
        double score = value.number(value.text(context));
        Details details = Details.builder().count("score", Math.round(score)).build();
        if (score < 0 || score > maximum) {
            return CheckOutcome.error(String.format(
                    "Review score %s from %s is outside 0..%s: wrong file or scale?",
                    format(score), value.describe(), format(maximum)));
        }
        String evidence = String.format(
                "Review score %s of %s %s minimum %s (%s)",
                format(score), format(maximum), score < minimum ? "<" : ">=", format(minimum), value.describe());
        return (score < minimum ? CheckOutcome.failed(evidence) : CheckOutcome.passed(evidence)).withDetails(details);
    }

    private static String format(final double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
}
