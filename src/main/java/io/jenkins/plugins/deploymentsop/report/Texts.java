package io.jenkins.plugins.deploymentsop.report;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.Collection;

/** Small text helpers shared by the renderers. Records read from files may lack fields, so null is expected here. */
final class Texts {
    /** Shown where a value is missing or cannot be computed. */
    static final String NONE = "—";

    private Texts() {}

    static String orEmpty(@CheckForNull final String text) {
        return text == null ? "" : text;
    }

    static String orNone(@CheckForNull final String text) {
        return text == null || text.isBlank() ? NONE : text;
    }

    static String orNone(@CheckForNull final Object value) {
        return value == null ? NONE : orNone(String.valueOf(value));
    }

    static boolean isEmpty(@CheckForNull final Collection<?> values) {
        return values == null || values.isEmpty();
    }
}
