package io.jenkins.plugins.deploymentsop.steps.canary;

import io.jenkins.plugins.deploymentsop.util.CommandResult;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * canaryPromote drives its router from the controller: HAProxy's Runtime API and nginx's dynamic mode need no
 * command. A router that runs commands (the command router, nginx reload mode) fails at its first read with the
 * message below, before anything changes: running them on the build's agent, as blueGreenDeploy does, needs that
 * step's agent router, which is not public yet.
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
}
