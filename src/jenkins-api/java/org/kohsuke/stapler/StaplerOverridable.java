package org.kohsuke.stapler;

import java.util.Collection;

/** Compile-only copy: an object whose URL space other objects may override. */
public interface StaplerOverridable {
    Collection<?> getOverrides();
}
