package org.kohsuke.stapler;

/** Compile-only copy: an object that can be deleted by an HTTP DELETE (its default methods are not copied). */
public interface HttpDeletable {
}
