package hudson.model.queue;

import hudson.model.Queue;
import org.springframework.security.core.Authentication;

/** Compile-only copy: helpers for tasks; only the authentication lookup is copied. */
public class Tasks {
    public static Authentication getAuthenticationOf2(Queue.Task t) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
