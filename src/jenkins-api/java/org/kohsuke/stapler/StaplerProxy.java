package org.kohsuke.stapler;

/** Compile-only copy: lets an object hand URL processing to another object (or refuse it). */
public interface StaplerProxy {
    Object getTarget();
}
