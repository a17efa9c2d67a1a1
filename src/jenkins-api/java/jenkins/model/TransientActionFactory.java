package jenkins.model;

import hudson.ExtensionPoint;
import hudson.model.Action;
import java.util.Collection;

/** Compile-only copy: adds computed (not persisted) actions to objects of one type. */
public abstract class TransientActionFactory<T> implements ExtensionPoint {
    public abstract Class<T> type();

    public Class<? extends Action> actionType() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public abstract Collection<? extends Action> createFor(T target);
}
