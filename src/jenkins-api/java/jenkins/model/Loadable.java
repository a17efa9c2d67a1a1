package jenkins.model;

import java.io.IOException;

/** Compile-only copy: an object that can reload its persisted state. */
public interface Loadable {
    void load() throws IOException;
}
