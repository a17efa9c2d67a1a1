package io.jenkins.plugins.deploymentsop.checklist.report;

import java.io.Serializable;

/**
 * One failed test, for the "first failures" of the evidence.
 *
 * @param file the report file
 * @param name the test, e.g. {@code com.example.CartTest.shouldAddItem}
 * @param message the first line of the failure message
 */
public record TestFailure(String file, String name, String message) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Renders e.g. {@code com.example.CartTest.shouldAddItem: expected 2 but was 3}. */
    @Override
    public String toString() {
        return message.isEmpty() ? name : name + ": " + message;
    }
}
