package jenkins.widgets;

/** Compile-only copy: an object with side-panel widgets (its default methods are not copied). */
public interface HasWidgets {
}
