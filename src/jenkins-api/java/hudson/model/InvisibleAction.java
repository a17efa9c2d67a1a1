package hudson.model;

/** Compile-only copy: an action with no link and no page, used to store data. */
public abstract class InvisibleAction implements Action {
    @Override
    public final String getIconFileName() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public final String getDisplayName() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public String getUrlName() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
