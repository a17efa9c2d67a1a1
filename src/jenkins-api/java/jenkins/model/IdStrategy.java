package jenkins.model;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;
import java.util.Comparator;

/** Compile-only copy: how a security realm compares user or group ids (e.g. ignoring case). */
public abstract class IdStrategy extends AbstractDescribableImpl<IdStrategy> implements ExtensionPoint, Comparator<String> {
    public String keyFor(String id) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public boolean equals(String id1, String id2) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public abstract int compare(String id1, String id2);
}
