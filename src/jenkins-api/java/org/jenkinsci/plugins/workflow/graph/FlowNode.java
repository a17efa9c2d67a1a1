package org.jenkinsci.plugins.workflow.graph;

import hudson.model.Action;
import hudson.model.Actionable;
import hudson.model.BallColor;
import hudson.model.Saveable;
import java.io.IOException;
import java.util.List;

/**
 * Compile-only copy: one node of a Pipeline's flow graph (a step, a block start or end).
 * The real constructors need FlowExecution and are not copied; the private constructor only stops javac
 * from adding a public one.
 */
public abstract class FlowNode extends Actionable implements Saveable {
    private FlowNode() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public final boolean isActive() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public List<FlowNode> getParents() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public String getEnclosingId() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public String getId() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public final String getSearchUrl() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public String getDisplayFunctionName() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public BallColor getIconColor() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    protected abstract String getTypeDisplayName();

    public String getUrl() throws IOException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public final <T extends Action> T getPersistentAction(Class<T> type) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public <T extends Action> T getAction(Class<T> type) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public void save() throws IOException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
