package io.jenkins.plugins.deploymentsop.checklist;

import java.io.Serializable;
import java.util.Objects;

/**
 * What a check found, before the item's severity is applied: a status, a one-line evidence text and details.
 * {@link ItemResult#of} turns it into the item's result.
 */
public final class CheckOutcome implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ItemStatus status;
    private final String evidence;
    private final Details details;

    private CheckOutcome(final ItemStatus status, final String evidence, final Details details) {
        this.status = status;
        this.evidence = Texts.oneLine(evidence, Texts.MAX_EVIDENCE);
        this.details = details;
    }

    public static CheckOutcome passed(final String evidence) {
        return new CheckOutcome(ItemStatus.PASSED, evidence, Details.EMPTY);
    }

    public static CheckOutcome failed(final String evidence) {
        return new CheckOutcome(ItemStatus.FAILED, evidence, Details.EMPTY);
    }

    /**
     * A finding worth a look that never blocks, e.g. a changelog entry without content.
     *
     * @param evidence the evidence
     * @return the outcome
     */
    public static CheckOutcome warning(final String evidence) {
        return new CheckOutcome(ItemStatus.WARNING, evidence, Details.EMPTY);
    }

    /**
     * The check could not run: the evidence names the file or field and what is wrong.
     *
     * @param evidence the evidence
     * @return the outcome
     */
    public static CheckOutcome error(final String evidence) {
        return new CheckOutcome(ItemStatus.ERROR, evidence, Details.EMPTY);
    }

    public static CheckOutcome pending(final String evidence) {
        return new CheckOutcome(ItemStatus.PENDING, evidence, Details.EMPTY);
    }

    /**
     * The gate failed but a recorded override accepts it, e.g. an emergency deployment outside the window.
     *
     * @param evidence the evidence, including the reason
     * @return the outcome
     */
    public static CheckOutcome waived(final String evidence) {
        return new CheckOutcome(ItemStatus.WAIVED, evidence, Details.EMPTY);
    }

    /**
     * Returns a copy with details.
     *
     * @param newDetails the details
     * @return the copy
     */
    public CheckOutcome withDetails(final Details newDetails) {
        return new CheckOutcome(status, evidence, newDetails);
    }

    public ItemStatus status() {
        return status;
    }

    public String evidence() {
        return evidence;
    }

    public Details details() {
        return details;
    }

    @Override
    public boolean equals(final Object o) {
        if (!(o instanceof CheckOutcome)) {
            return false;
        }
        CheckOutcome other = (CheckOutcome) o;
        return status == other.status && evidence.equals(other.evidence) && details.equals(other.details);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, evidence, details);
    }

    @Override
    public String toString() {
        return status + ": " + evidence;
    }
}
