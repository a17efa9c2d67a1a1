package org.jenkins.ui.icon;

/** Compile-only copy: an object with a CSS icon class. */
public interface IconSpec {
    String getIconClassName();
}
