package org.jenkinsci.plugins.workflow.steps;

import com.google.common.util.concurrent.FutureCallback;
import java.util.Collection;

/** Compile-only copy: configures and starts the body block of a step. */
public abstract class BodyInvoker {
    public abstract BodyInvoker withContext(Object override);

    public BodyInvoker withContexts(Object... overrides) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public BodyInvoker withContexts(Collection<?> overrides) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public abstract BodyInvoker withDisplayName(String name);

    public abstract BodyInvoker withCallback(BodyExecutionCallback callback);

    public final BodyInvoker withCallback(FutureCallback<Object> callback) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public abstract BodyExecution start();
}
