package org.jenkinsci.plugins.workflow.actions;

import hudson.model.Result;

/** Compile-only copy: marks a flow node (e.g. a stage) with a non-fatal result such as UNSTABLE. */
public class WarningAction implements PersistentAction {
    public WarningAction(Result result) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public WarningAction withMessage(String message) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public String getMessage() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public Result getResult() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public String getIconFileName() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public String getUrlName() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
