package jenkins.model;

import hudson.model.ModelObject;

/** Compile-only copy: a model object offering a context menu (its default methods are not copied). */
public interface ModelObjectWithContextMenu extends ModelObject {
}
