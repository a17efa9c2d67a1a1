package hudson.model;

/** Compile-only copy: an activity that uses resources. */
public interface ResourceActivity {
    String getDisplayName();
}
