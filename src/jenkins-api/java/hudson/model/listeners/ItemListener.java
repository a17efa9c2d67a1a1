package hudson.model.listeners;

import hudson.ExtensionPoint;
import hudson.model.Item;

/** Compile-only copy: receives notifications about items being created, renamed, moved and deleted. */
public class ItemListener implements ExtensionPoint {
    public void onDeleted(Item item) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public void onLocationChanged(Item item, String oldFullName, String newFullName) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
