package hudson.model;

import hudson.ExtensionPoint;

/** Compile-only copy: an action registered at the Jenkins root URL. */
public interface RootAction extends Action, ExtensionPoint {
}
