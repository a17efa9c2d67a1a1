package jenkins.util;

import java.util.concurrent.ScheduledExecutorService;

/** Compile-only copy: the shared scheduler of Jenkins. */
public class Timer {
    private Timer() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static ScheduledExecutorService get() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
