package hudson.model;

import java.util.List;
import jenkins.model.ModelObjectWithContextMenu;

/** Compile-only copy: a model object that carries {@link Action}s. */
public abstract class Actionable extends AbstractModelObject implements ModelObjectWithContextMenu {
    public final List<? extends Action> getAllActions() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public <T extends Action> List<T> getActions(Class<T> type) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public void addAction(Action a) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public void replaceAction(Action a) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public boolean addOrReplaceAction(Action a) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public boolean removeAction(Action a) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public boolean removeActions(Class<? extends Action> clazz) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public <T extends Action> T getAction(Class<T> type) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
