package hudson.model;

/** Compile-only copy: an action shown as a badge next to a build. */
public interface BuildBadgeAction extends Action {
}
