package org.kohsuke.stapler;

/** Compile-only copy: an object that renders an HTTP response (its default methods are not copied). */
public interface HttpResponse {
}
