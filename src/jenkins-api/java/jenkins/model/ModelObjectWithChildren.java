package jenkins.model;

import hudson.model.ModelObject;

/** Compile-only copy: a model object offering a children menu (its default methods are not copied). */
public interface ModelObjectWithChildren extends ModelObject {
}
