package io.jenkins.plugins.deploymentsop.steps;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import hudson.model.TaskListener;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** A build log for test drivers: each line a step prints goes to a consumer as it is printed. */
public final class BuildLog extends OutputStream {
    private final Consumer<String> lines;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    private BuildLog(final Consumer<String> lines) {
        this.lines = lines;
    }

    /**
     * Returns a listener whose logger hands each line to a consumer (the API copy's listeners cannot be created).
     *
     * @param lines where the lines go
     * @return the listener
     */
    public static TaskListener listener(final Consumer<String> lines) {
        TaskListener listener = mock(TaskListener.class);
        when(listener.getLogger()).thenReturn(new PrintStream(new BuildLog(lines), true, StandardCharsets.UTF_8));
        return listener;
    }

    @Override
    public synchronized void write(final int b) {
        if (b == '\n') {
            lines.accept(line.toString(StandardCharsets.UTF_8));
            line.reset();
        } else {
            line.write(b);
        }
    }
}
