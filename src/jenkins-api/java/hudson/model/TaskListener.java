package hudson.model;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

/** Compile-only copy: the log of a running task (a build's console). */
public interface TaskListener extends SerializableOnlyOverRemoting {
    TaskListener NULL = null;

    PrintStream getLogger();

    default void hyperlink(String url, String text) throws IOException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    default PrintWriter error(String msg) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    default PrintWriter error(String format, Object... args) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    default PrintWriter fatalError(String msg) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    default PrintWriter fatalError(String format, Object... args) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
