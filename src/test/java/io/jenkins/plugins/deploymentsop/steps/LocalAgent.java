package io.jenkins.plugins.deploymentsop.steps;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.remoting.Callable;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.deploymentsop.util.CommandResult;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An agent in this JVM, behaving like remoting where it matters: every callable is serialized and deserialized before
 * it runs (so whatever crosses the channel must be serializable), and an exported object arrives as a serializable
 * handle that calls back to the original.
 */
final class LocalAgent implements AgentLink {
    private static final Map<String, CommandRunner> EXPORTED = new ConcurrentHashMap<>();

    private final VirtualChannel channel = mock(VirtualChannel.class);
    private final CommandRunner commands;
    final List<String> calls = new ArrayList<>();

    @CheckForNull
    IOException failure;

    LocalAgent(final CommandRunner commands) {
        this.commands = commands;
        try {
            when(channel.call(any())).thenAnswer(invocation -> {
                Callable<?, ?> callable = invocation.getArgument(0);
                calls.add(callable.getClass().getSimpleName());
                IOException broken = failure;
                if (broken != null) {
                    throw broken;
                }
                return RolloutFixture.restart(callable).call();
            });
            when(channel.export(eq(CommandRunner.class), any())).thenAnswer(invocation -> {
                String id = UUID.randomUUID().toString();
                EXPORTED.put(id, invocation.getArgument(1));
                return new ExportedRunner(id);
            });
        } catch (IOException | InterruptedException exception) {
            throw new IllegalStateException(exception);
        }
    }

    @Override
    public VirtualChannel channel() {
        return channel;
    }

    @Override
    public CommandRunner launcherCommands() {
        return commands;
    }

    /** What the agent holds of an exported runner: a handle that calls back. */
    private record ExportedRunner(String id) implements CommandRunner, Serializable {
        @Override
        public CommandResult run(
                final List<String> command, final Map<String, String> environment, final Duration timeout)
                throws IOException, InterruptedException {
            return EXPORTED.get(id).run(command, environment, timeout);
        }
    }
}
