package hudson.model;

/** Compile-only copy: an object with a name shown to people. */
public interface ModelObject {
    String getDisplayName();
}
