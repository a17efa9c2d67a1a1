package io.jenkins.plugins.deploymentsop.traffic;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.util.Locale;

/** How the nginx router changes the split; docs/routers.md says what each mode guarantees. */
public enum NginxMode {
    /**
     * Rewrites an upstream include file (weights, {@code down} for 0%), validates it with {@code nginx -t} and reloads
     * nginx. Works with every nginx; a reload closes idle keep-alive client connections, and a client that sends a
     * request on such a connection at that very moment sees it closed.
     */
    RELOAD,
    /**
     * Rewrites a small JSON state file that an njs function reads on every request to pick blue or green. No reload
     * at all, so no connection is touched; needs the njs module ({@code libnginx-mod-http-js}).
     */
    DYNAMIC;

    /**
     * Parses the mode as written in a Jenkinsfile.
     *
     * @param text {@code reload} or {@code dynamic}
     * @return the mode
     */
    public static NginxMode parse(final String text) {
        for (NginxMode mode : values()) {
            if (mode.name().equalsIgnoreCase(text.trim())) {
                return mode;
            }
        }
        throw new InvalidInputException("mode", text, "reload or dynamic");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
