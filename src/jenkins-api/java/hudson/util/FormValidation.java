package hudson.util;

import java.io.IOException;
import org.kohsuke.stapler.HttpResponse;

/** Compile-only copy: the answer of a form field check (ok, warning or error). */
public abstract class FormValidation extends IOException implements HttpResponse {
    private FormValidation() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static FormValidation error(String message) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static FormValidation warning(String message) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static FormValidation ok(String message) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static FormValidation ok() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static FormValidation error(String format, Object... args) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static FormValidation warning(String format, Object... args) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static FormValidation ok(String format, Object... args) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static FormValidation error(Throwable e, String message) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static FormValidation warning(Throwable e, String message) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static FormValidation okWithMarkup(String html) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public abstract String renderHtml();
}
