package jenkins.model;

import hudson.model.Action;
import hudson.model.Run;

/** Compile-only copy: an action on a build that is told when it is attached and when the build is loaded. */
public interface RunAction2 extends Action {
    void onAttached(Run<?, ?> r);

    void onLoad(Run<?, ?> r);
}
