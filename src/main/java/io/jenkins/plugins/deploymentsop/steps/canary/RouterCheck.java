package io.jenkins.plugins.deploymentsop.steps.canary;

import io.jenkins.plugins.deploymentsop.steps.RouterConfiguration;
import io.jenkins.plugins.deploymentsop.util.CommandResult;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
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
     * @param router the step's router
     * @throws InvalidInputException naming the router parameter
     */
    static void requireNoCommands(final RouterConfiguration router) {
        if (router.runsCommands()) {
            throw new InvalidInputException(
                    "router",
                    router.getClass().getSimpleName(),
                    "haproxy(...) or nginx(mode: 'dynamic', ...): command routers and nginx reload mode need the"
                            + " build's agent, which canaryPromote does not wire yet");
        }
    }
}
