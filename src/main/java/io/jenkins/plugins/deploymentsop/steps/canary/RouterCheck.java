package io.jenkins.plugins.deploymentsop.steps.canary;

import hudson.AbortException;
import io.jenkins.plugins.deploymentsop.steps.RouterConfiguration;
import io.jenkins.plugins.deploymentsop.util.CommandResult;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The routers canaryPromote drives: those without commands (HAProxy's Runtime API, nginx's dynamic mode). A router
 * that runs commands needs the build's agent, which this step does not wire yet.
 */
final class RouterCheck {
    /** Refuses to run anything: no router used by this step runs commands. */
    static final CommandRunner NO_COMMANDS = new CommandRunner() {
        @Override
        public CommandResult run(
                final List<String> command, final Map<String, String> environment, final Duration timeout)
                throws IOException {
            throw new IOException("canaryPromote does not run router commands yet: use haproxy(...) or"
                    + " nginx(mode: 'dynamic', ...)");
        }
    };

    private RouterCheck() {}

    /**
     * Fails for routers that run commands.
     *
     * @param step the step
     * @throws AbortException naming the router parameter
     */
    static void requireNoCommands(final CanaryPromoteStep step) throws AbortException {
        RouterConfiguration router = step.getRouter();
        if (router != null && router.runsCommands()) {
            throw new AbortException(CanaryPromoteStep.FUNCTION_NAME + ": Invalid value for 'router': a router"
                    + " that runs commands (allowed: haproxy(...) or nginx(mode: 'dynamic', ...); command routers and"
                    + " nginx reload mode need the build's agent, not wired for canaryPromote yet)");
        }
    }
}
