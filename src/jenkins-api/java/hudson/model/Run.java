package hudson.model;

import hudson.EnvVars;
import hudson.ExtensionPoint;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import java.io.File;
import java.io.IOException;
import java.util.Calendar;
import java.util.List;
import jenkins.console.WithConsoleUrl;
import jenkins.model.HistoricalBuild;
import jenkins.util.io.OnMaster;
import org.kohsuke.stapler.StaplerProxy;

/**
 * Compile-only copy: one build of a {@link Job}. {@code fromExternalizableId} is left out (its throws clause
 * names Spring Security's AccessDeniedException); look builds up through the job instead.
 */
public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>>
        extends Actionable implements ExtensionPoint, Comparable<RunT>, AccessControlled, PersistenceRoot, DescriptorByNameOwner, OnMaster, StaplerProxy, HistoricalBuild, WithConsoleUrl {
    public static final Permission DELETE = null;
    public static final Permission UPDATE = null;

    protected Run(JobT job) throws IOException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public int compareTo(RunT that) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public long getQueueId() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public Result getResult() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public void setResult(Result r) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public List<BuildBadgeAction> getBadgeActions() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public boolean isBuilding() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public List<Cause> getCauses() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public <T extends Cause> T getCause(Class<T> type) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public JobT getParent() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public Calendar getTimestamp() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public final long getTimeInMillis() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public final long getStartTimeInMillis() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public String getDescription() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public String getDurationString() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public long getDuration() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public BallColor getIconColor() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public String getFullDisplayName() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public int getNumber() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public RunT getPreviousBuild() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public RunT getNextBuild() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public String getUrl() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public String getConsoleUrl() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public final String getSearchUrl() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public String getId() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public File getRootDir() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public List<ParameterValue> getParameterValues() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public ACL getACL() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public synchronized void save() throws IOException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public EnvVars getEnvironment(TaskListener listener) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public String getExternalizableId() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
