package jenkins.scm;

import hudson.model.Job;
import hudson.model.Run;
import hudson.scm.ChangeLogSet;
import java.util.List;
import java.util.Set;

/** Compile-only copy: a build that knows its SCM changes. */
public interface RunWithSCM<JobT extends Job<JobT, RunT>,
        RunT extends Run<JobT, RunT> & RunWithSCM<JobT, RunT>> {
    List<ChangeLogSet<? extends ChangeLogSet.Entry>> getChangeSets();

    Set<String> getCulpritIds();

    boolean shouldCalculateCulprits();
}
