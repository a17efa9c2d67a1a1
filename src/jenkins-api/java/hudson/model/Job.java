package hudson.model;

import hudson.ExtensionPoint;
import hudson.security.ACL;
import hudson.util.RunList;
import java.util.SortedMap;
import jenkins.model.ModelObjectWithChildren;
import jenkins.widgets.HasWidgets;
import org.kohsuke.stapler.StaplerOverridable;

/** Compile-only copy: a job, which owns a list of builds. */
public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>>
        extends AbstractItem implements ExtensionPoint, StaplerOverridable, ModelObjectWithChildren, HasWidgets {
    protected Job(ItemGroup parent, String name) {
        super(parent, name);
    }

    public int getNextBuildNumber() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public abstract boolean isBuildable();

    public RunList<RunT> getBuilds() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public RunT getBuild(String id) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public RunT getBuildByNumber(int n) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    protected abstract SortedMap<Integer, ? extends RunT> _getRuns();

    protected abstract void removeRun(RunT run);

    public RunT getLastBuild() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public RunT getLastSuccessfulBuild() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public RunT getLastCompletedBuild() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public ACL getACL() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
