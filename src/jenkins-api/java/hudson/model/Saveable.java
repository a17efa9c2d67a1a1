package hudson.model;

import java.io.IOException;

/** Compile-only copy: an object that persists its own state. */
public interface Saveable {
    void save() throws IOException;
}
