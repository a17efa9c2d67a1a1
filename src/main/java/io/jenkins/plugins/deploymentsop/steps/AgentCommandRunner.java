package io.jenkins.plugins.deploymentsop.steps;

import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.TaskListener;
import io.jenkins.plugins.deploymentsop.util.CommandResult;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Runs a command on the agent of the {@code node} block around the step, looking the launcher up for every command:
 * the agent may have reconnected since the last one, and HTTP or HAProxy routers never need it at all.
 */
final class AgentCommandRunner implements CommandRunner {
    private final StepContext context;
    private final String whyAgent;

    /**
     * Creates the runner.
     *
     * @param context the step's context
     * @param whyAgent why the step's commands need the agent, for the message when there is none
     */
    AgentCommandRunner(final StepContext context, final String whyAgent) {
        this.context = context;
        this.whyAgent = whyAgent;
    }

    @Override
    public CommandResult run(final List<String> command, final Map<String, String> environment, final Duration timeout)
            throws IOException, InterruptedException {
        Launcher launcher = context.get(Launcher.class);
        TaskListener listener = context.get(TaskListener.class);
        if (launcher == null || listener == null) {
            throw new IOException("No agent to run '" + String.join(" ", command) + "' on: " + whyAgent
                    + ", so call it inside a node block");
        }
        EnvVars buildEnvironment = context.get(EnvVars.class);
        return new LauncherCommandRunner(
                        launcher,
                        context.get(FilePath.class),
                        buildEnvironment == null ? Map.of() : buildEnvironment,
                        listener)
                .run(command, environment, timeout);
    }
}
