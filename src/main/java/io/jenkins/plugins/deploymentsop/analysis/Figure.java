package io.jenkins.plugins.deploymentsop.analysis;

import java.io.Serializable;

/**
 * One named number behind a verdict, e.g. {@code p-value = 0.003} or {@code canary n = 120}, so a report can show
 * why a verdict was reached.
 *
 * @param name what the number is
 * @param value the number (NaN where it is undefined, e.g. a ratio against zero)
 */
public record Figure(String name, double value) implements Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public String toString() {
        return name + " = " + Numbers.format(value);
    }
}
