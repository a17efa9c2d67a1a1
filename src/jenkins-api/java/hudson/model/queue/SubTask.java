package hudson.model.queue;

import hudson.model.Queue;
import hudson.model.ResourceActivity;
import java.io.IOException;

/** Compile-only copy: a part of a task that runs on one executor. */
public interface SubTask extends ResourceActivity {
    Queue.Executable createExecutable() throws IOException;
}
