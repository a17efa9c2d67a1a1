package org.jenkinsci.plugins.workflow.actions;

import hudson.model.Action;

/** Compile-only copy: marker for flow node actions that are stored with the node. */
public interface PersistentAction extends Action {
}
