package hudson.model.listeners;

import hudson.ExtensionPoint;
import hudson.model.Run;
import hudson.model.TaskListener;

/** Compile-only copy: receives notifications about builds as they start, complete and are finalized. */
@SuppressWarnings("rawtypes")
public abstract class RunListener<R extends Run> implements ExtensionPoint {
    protected RunListener(Class<R> targetType) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    protected RunListener() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public void onCompleted(R r, TaskListener listener) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public void onFinalized(R r) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
