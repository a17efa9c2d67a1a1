package io.jenkins.plugins.deploymentsop.dora;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A commit that a deployment shipped: its id and when it was committed (the start of its lead time). */
public final class CommitRef implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Longest commit id accepted; SHA-256 ids have 64 characters. */
    public static final int MAX_ID_LENGTH = 200;

    private final String id;
    private final Instant committedAt;

    private CommitRef(final String id, final Instant committedAt) {
        this.id = id;
        this.committedAt = committedAt;
    }

    /**
     * Creates a commit reference.
     *
     * @param id the commit id, e.g. a Git SHA
     * @param committedAt the commit time
     * @return the reference
     * @throws InvalidInputException if the id is blank or too long, or the time is out of range
     */
    public static CommitRef of(final String id, final Instant committedAt) {
        String trimmed = id.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_ID_LENGTH) {
            throw new InvalidInputException("commit.id", id, "1 to " + MAX_ID_LENGTH + " characters");
        }
        return new CommitRef(trimmed, EventTimes.check("commit.committedAt", committedAt));
    }

    public String getId() {
        return id;
    }

    public Instant getCommittedAt() {
        return committedAt;
    }

    @Override
    public boolean equals(final Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CommitRef)) {
            return false;
        }
        CommitRef other = (CommitRef) o;
        return id.equals(other.id) && committedAt.equals(other.committedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, committedAt);
    }

    @Override
    public String toString() {
        return id + "@" + committedAt;
    }
}
