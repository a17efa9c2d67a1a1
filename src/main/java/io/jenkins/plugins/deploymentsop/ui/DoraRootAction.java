package io.jenkins.plugins.deploymentsop.ui;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import hudson.model.Item;
import hudson.model.Job;
import hudson.model.RootAction;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jenkins.model.Jenkins;

/**
 * The global "DORA Metrics" page across all jobs. Each viewer sees only the deployments of jobs they may read.
 */
@Extension
public class DoraRootAction extends DoraView implements RootAction {
    /** Creates the page; the readable jobs are computed per request for the current user. */
    public DoraRootAction() {
        super("DORA metrics of all jobs", DoraRootAction::readableJobs);
    }

    @SuppressWarnings("rawtypes")
    static Set<String> readableJobs() {
        return Jenkins.get().getAllItems(Job.class).stream()
                .filter(job -> job.hasPermission(Item.READ))
                .map(Job::getFullName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    @CheckForNull
    public String getIconFileName() {
        return Jenkins.get().hasPermission(Jenkins.READ) ? "symbol-analytics" : null;
    }

    @Override
    public String getDisplayName() {
        return "DORA Metrics";
    }

    @Override
    public String getUrlName() {
        return "deployment-sop-dora";
    }
}
