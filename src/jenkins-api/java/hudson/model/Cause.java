package hudson.model;

/** Compile-only copy: why a build was started. */
public abstract class Cause {
    public abstract String getShortDescription();

    public void onAddedTo(Run build) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public void onLoad(Run<?, ?> build) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public void print(TaskListener listener) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
