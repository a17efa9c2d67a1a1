package io.jenkins.plugins.deploymentsop.ui;

import hudson.model.Action;
import hudson.model.Job;
import java.util.Set;

/**
 * The "DORA Metrics" page of a job: computed on request from the deployment index for this job's deployments,
 * shown even when the last build failed (it is a transient action of the job, not of a build).
 */
public class DoraJobAction extends DoraView implements Action {
    private final Job<?, ?> job;

    /**
     * Creates the page of a job.
     *
     * @param job the job
     */
    public DoraJobAction(final Job<?, ?> job) {
        super("DORA metrics of " + job.getFullDisplayName(), () -> Set.of(job.getFullName()));
        this.job = job;
    }

    public Job<?, ?> getJob() {
        return job;
    }

    @Override
    public String getIconFileName() {
        return "symbol-analytics";
    }

    @Override
    public String getDisplayName() {
        return "DORA Metrics";
    }

    @Override
    public String getUrlName() {
        return "dora";
    }
}
