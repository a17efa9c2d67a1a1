package io.jenkins.plugins.deploymentsop.checklist.check;

import io.jenkins.plugins.deploymentsop.checklist.Approvers;
import io.jenkins.plugins.deploymentsop.checklist.CheckContext;
import io.jenkins.plugins.deploymentsop.checklist.CheckOutcome;
import io.jenkins.plugins.deploymentsop.checklist.ManualPolicy;
import io.jenkins.plugins.deploymentsop.checklist.config.ItemFields;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.util.Optional;

/**
 * "Stakeholders notified", "technical lead approval": a person confirms on the build page. The item waits (PENDING)
 * for a decision by one of the named users or groups (anyone with the Jenkins permission if none is named), and
 * fails when nobody decides within the timeout (24 hours by default).
 */
public final class ManualCheck extends AbstractCheck {
    private static final long serialVersionUID = 1L;
    static final String TYPE = "manual";

    private final ManualPolicy policy;

    /**
     * Creates the check.
     *
     * @param policy who may decide, how long to wait, what to confirm
     */
    public ManualCheck(final ManualPolicy policy) {
        this.policy = policy;
    }

    static ManualCheck read(final ItemFields fields) {
        Approvers approvers = Approvers.of(fields.strings("users"), fields.strings("groups"));
        TimeSpan timeout = fields.timeSpan("timeout").orElse(ManualPolicy.DEFAULT_TIMEOUT);
        if (timeout.isZero()) {
            throw fields.invalid("timeout", "a duration above 0, e.g. 24h");
        }
        return new ManualCheck(new ManualPolicy(
                approvers, timeout, fields.optionalString("instructions").orElse("")));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<ManualPolicy> manualPolicy() {
        return Optional.of(policy);
    }

    @Override
    protected CheckOutcome run(final CheckContext context) {
        return CheckOutcome.pending("Waiting for a decision by " + policy.approvers());
    }
}
