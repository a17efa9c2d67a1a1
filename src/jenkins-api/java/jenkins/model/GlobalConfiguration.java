package jenkins.model;

import hudson.ExtensionList;
import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Descriptor;

/**
 * Compile-only copy: a section of the global configuration page (Manage Jenkins).
 * {@code configure(StaplerRequest2, JSONObject)} needs json-lib and is not copied.
 */
public abstract class GlobalConfiguration extends Descriptor<GlobalConfiguration> implements ExtensionPoint, Describable<GlobalConfiguration> {
    protected GlobalConfiguration() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public final Descriptor<GlobalConfiguration> getDescriptor() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public String getGlobalConfigPage() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static ExtensionList<GlobalConfiguration> all() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
