package hudson;

import java.io.IOException;

/** Compile-only copy: ends a build step with a message and no stack trace. */
public class AbortException extends IOException {
    public AbortException() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public AbortException(String message) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
