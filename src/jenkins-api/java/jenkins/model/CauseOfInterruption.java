package jenkins.model;

import hudson.model.TaskListener;
import java.io.Serializable;

/** Compile-only copy: why a build or step was interrupted. */
public abstract class CauseOfInterruption implements Serializable {
    public abstract String getShortDescription();

    public void print(TaskListener listener) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
