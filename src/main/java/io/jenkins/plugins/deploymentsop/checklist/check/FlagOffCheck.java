package io.jenkins.plugins.deploymentsop.checklist.check;

import io.jenkins.plugins.deploymentsop.checklist.CheckContext;
import io.jenkins.plugins.deploymentsop.checklist.CheckOutcome;
import io.jenkins.plugins.deploymentsop.checklist.config.ItemFields;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * "New features disabled by default": the default value of a feature flag, read from the flags file in the
 * repository (a JSON pointer into JSON/YAML, or a {@code .properties} key), must be off. Off is {@code false},
 * {@code off}, {@code disabled}, {@code no} or {@code 0}; on is {@code true}, {@code on}, {@code enabled},
 * {@code yes} or {@code 1}; anything else is an ERROR, as nobody can tell.
 */
public final class FlagOffCheck extends AbstractCheck {
    private static final long serialVersionUID = 1L;
    static final String TYPE = "flagOff";
    private static final Set<String> OFF = Set.of("false", "off", "disabled", "no", "0");
    private static final Set<String> ON = Set.of("true", "on", "enabled", "yes", "1");

    private final ValueInFile value;

    private FlagOffCheck(final ValueInFile value) {
        this.value = value;
    }

    static FlagOffCheck read(final ItemFields fields) {
        return new FlagOffCheck(ValueInFile.read(fields));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    protected CheckOutcome run(final CheckContext context) throws IOException {
        String text = value.text(context);
        String normalized = text.strip().toLowerCase(Locale.ROOT);
        if (OFF.contains(normalized)) {
            return CheckOutcome.passed("Flag defaults to off: " + value.describe() + " = " + text);
        }
        if (ON.contains(normalized)) {
            return CheckOutcome.failed("Flag defaults to ON: " + value.describe() + " = " + text
                    + "; a feature-flag deployment must ship the feature disabled");
        }
        return CheckOutcome.error(String.format(
                "%s is '%s': not an on/off value (off: false, off, disabled, no, 0)", value.describe(), text));
    }
}
