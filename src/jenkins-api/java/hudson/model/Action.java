package hudson.model;

/** Compile-only copy: something attached to a model object (a page, a side-panel link, or hidden data). */
public interface Action extends ModelObject {
    String getIconFileName();

    @Override
    String getDisplayName();

    String getUrlName();
}
