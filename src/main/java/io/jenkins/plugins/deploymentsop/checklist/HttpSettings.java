package io.jenkins.plugins.deploymentsop.checklist;

import io.jenkins.plugins.deploymentsop.value.TimeSpan;

/**
 * How http items connect: the connect timeout and whether redirects are followed (off by default, so that a
 * health endpoint answering with a redirect to a login page is not mistaken for a healthy one).
 *
 * @param connectTimeout the TCP/TLS connect timeout
 * @param followRedirects whether 3xx answers are followed
 */
public record HttpSettings(TimeSpan connectTimeout, boolean followRedirects) {
    /** 5 seconds to connect, redirects not followed. */
    public static final HttpSettings DEFAULTS = new HttpSettings(TimeSpan.ofSeconds(5), false);
}
