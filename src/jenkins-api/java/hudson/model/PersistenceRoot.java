package hudson.model;

import java.io.File;

/** Compile-only copy: a saveable object that owns a folder on disk. */
public interface PersistenceRoot extends Saveable {
    File getRootDir();
}
