package hudson.model;

/** Compile-only copy: an icon that shows a status. */
public interface StatusIcon {
    String getImageOf(String size);

    String getDescription();
}
