package io.jenkins.plugins.deploymentsop.checklist;

import io.jenkins.plugins.deploymentsop.record.Outcome;
import java.io.Serializable;
import java.time.Instant;

/**
 * A finished deployment of a release of a service, as a lookup of earlier deployments reports it.
 *
 * @param service the service, e.g. {@code shop}
 * @param environment the environment it went to, e.g. {@code staging}
 * @param release the release (the record's version), e.g. {@code 1.4.0}
 * @param outcome how it ended
 * @param finishedAt when it ended
 * @param reference where it was deployed from, for people, e.g. {@code shop/deploy #41}
 */
public record PastDeployment(
        String service, String environment, String release, Outcome outcome, Instant finishedAt, String reference)
        implements Serializable {
    private static final long serialVersionUID = 1L;
}
