package io.jenkins.plugins.deploymentsop.ui;

import hudson.Extension;
import hudson.model.Action;
import hudson.model.Job;
import java.util.Collection;
import java.util.List;
import jenkins.model.TransientActionFactory;

/** Gives every job its "DORA Metrics" page, whatever its last build did. */
@Extension
@SuppressWarnings("rawtypes")
public class DoraJobActionFactory extends TransientActionFactory<Job> {
    @Override
    public Class<Job> type() {
        return Job.class;
    }

    @Override
    public Collection<? extends Action> createFor(final Job target) {
        return List.of(new DoraJobAction((Job<?, ?>) target));
    }
}
