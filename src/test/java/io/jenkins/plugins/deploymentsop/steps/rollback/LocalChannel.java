package io.jenkins.plugins.deploymentsop.steps.rollback;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.remoting.Callable;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.deploymentsop.util.CommandResult;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An agent channel in this JVM that behaves like remoting where it matters: a callable is serialized and read back
 * before it runs (so all it carries must be serializable), and an exported runner arrives as a handle that calls back.
 */
final class LocalChannel {
    private static final Map<String, CommandRunner> EXPORTED = new ConcurrentHashMap<>();

    final VirtualChannel channel = mock(VirtualChannel.class);
    final List<String> calls = new ArrayList<>();

    @CheckForNull
    IOException broken;

    LocalChannel() {
        try {
            when(channel.call(any())).thenAnswer(invocation -> {
                Callable<?, ?> callable = invocation.getArgument(0);
                calls.add(callable.getClass().getSimpleName());
                if (broken != null) {
                    throw broken;
                }
                return copy(callable).call();
            });
            when(channel.export(eq(CommandRunner.class), any())).thenAnswer(invocation -> {
                String id = UUID.randomUUID().toString();
                EXPORTED.put(id, invocation.getArgument(1));
                return new Handle(id);
            });
        } catch (IOException | InterruptedException exception) {
            throw new IllegalStateException(exception);
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T copy(final T object) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream output = new ObjectOutputStream(bytes)) {
            output.writeObject(object);
        }
        try (ObjectInputStream input = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) input.readObject();
        }
    }

    /** The agent's side of an exported runner. */
    private record Handle(String id) implements CommandRunner, Serializable {
        @Override
        public CommandResult run(
                final List<String> command, final Map<String, String> environment, final Duration timeout)
                throws IOException, InterruptedException {
            return EXPORTED.get(id).run(command, environment, timeout);
        }
    }
}
