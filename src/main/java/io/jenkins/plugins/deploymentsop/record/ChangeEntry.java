package io.jenkins.plugins.deploymentsop.record;

import java.io.Serializable;
import java.time.Instant;

/**
 * A commit deployed by this release: the input of lead time for changes.
 *
 * @param commitId the commit id
 * @param author the author's name
 * @param message the first line of the commit message
 * @param committedAt the commit time
 */
public record ChangeEntry(String commitId, String author, String message, Instant committedAt)
        implements Serializable {}
