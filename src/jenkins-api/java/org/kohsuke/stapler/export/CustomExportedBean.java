package org.kohsuke.stapler.export;

/** Compile-only copy: an object that replaces itself with another value in the remote API. */
public interface CustomExportedBean {
    Object toExportedObject();
}
