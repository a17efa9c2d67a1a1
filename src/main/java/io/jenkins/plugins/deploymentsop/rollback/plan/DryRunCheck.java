package io.jenkins.plugins.deploymentsop.rollback.plan;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One line of the dry-run checklist. */
public final class DryRunCheck implements Serializable {
    private static final long serialVersionUID = 1L;

    /** How a check ended. */
    public enum Status {
        PASSED,
        FAILED,
        /** The check could not be made, e.g. the router did not answer. */
        ERROR,
        /** Not checkable without running it, e.g. a restore by the step's body. */
        SKIPPED
    }

    private final String name;
    private final Status status;
    private final String detail;
    private final Instant at;

    DryRunCheck(final String name, final Status status, final String detail, final Instant at) {
        this.name = name;
        this.status = status;
        this.detail = detail;
        this.at = at;
    }

    public String name() {
        return name;
    }

    public Status status() {
        return status;
    }

    public String detail() {
        return detail;
    }

    public Instant at() {
        return at;
    }

    public boolean isProblem() {
        return status == Status.FAILED || status == Status.ERROR;
    }

    @Override
    public boolean equals(final Object o) {
        if (!(o instanceof DryRunCheck)) {
            return false;
        }
        DryRunCheck other = (DryRunCheck) o;
        return name.equals(other.name) && status == other.status && detail.equals(other.detail) && at.equals(other.at);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, status, detail, at);
    }

    @Override
    public String toString() {
        return status + " " + name + ": " + detail;
    }
}
