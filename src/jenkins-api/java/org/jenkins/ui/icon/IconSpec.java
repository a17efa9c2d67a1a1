package org.jenkins.ui.icon;

/** Compile-only copy: something that names its icon by a CSS class or symbol. */
public interface IconSpec {
    String getIconClassName();
}
