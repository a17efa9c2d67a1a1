package io.jenkins.plugins.deploymentsop.ui;

import hudson.Extension;
import hudson.model.Action;
import hudson.model.Run;
import java.util.Collection;
import java.util.List;
import jenkins.model.TransientActionFactory;

/** Gives every build its "Deployment Decisions" page without storing anything in build.xml. */
@Extension
@SuppressWarnings("rawtypes")
public class DeploymentDecisionsActionFactory extends TransientActionFactory<Run> {
    @Override
    public Class<Run> type() {
        return Run.class;
    }

    @Override
    public Collection<? extends Action> createFor(final Run target) {
        return List.of(new DeploymentDecisionsAction(target));
    }
}
