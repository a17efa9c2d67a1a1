package hudson.model;

import jenkins.model.Loadable;
import jenkins.util.io.OnMaster;

/**
 * Compile-only copy: metadata and global configuration for a kind of {@link Describable}.
 * Members that need json-lib or the deprecated javax Stapler types are not copied.
 */
public abstract class Descriptor<T extends Describable<T>> implements Loadable, Saveable, OnMaster {
    protected Descriptor(Class<? extends T> clazz) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    protected Descriptor() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public String getDisplayName() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public String getId() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public Class<T> getT() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public String getDescriptorUrl() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public String getHelpFile() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public String getHelpFile(String fieldName) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public String getConfigPage() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public String getGlobalConfigPage() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public synchronized void save() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public synchronized void load() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
