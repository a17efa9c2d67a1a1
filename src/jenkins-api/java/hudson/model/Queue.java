package hudson.model;

import jenkins.model.queue.AsynchronousExecution;
import hudson.model.queue.SubTask;
import jenkins.console.WithConsoleUrl;

/** Compile-only copy: the build queue; only the task types are copied. */
public class Queue extends ResourceController implements Saveable {
    private Queue() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public void save() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    /** Compile-only copy: something that can be scheduled, e.g. a job. */
    public interface Task extends ModelObject, SubTask {
        String getName();

        String getFullDisplayName();

        String getUrl();
    }

    /** Compile-only copy: the run of a task on an executor. */
    public interface Executable extends Runnable, WithConsoleUrl {
        SubTask getParent();

        @Override
        void run() throws AsynchronousExecution;

        @Override
        String toString();
    }
}
