package io.jenkins.plugins.deploymentsop.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.traffic.RouterException;
import io.jenkins.plugins.deploymentsop.traffic.TrafficRouter;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import jenkins.security.MasterToSlaveCallable;

/**
 * One router operation, done in the agent's JVM: creates the engine's router from the user's configuration there and
 * reads, applies or verifies a split. The router's commands run through the exported launcher runner.
 */
final class RouterCall extends MasterToSlaveCallable<TrafficSplit, RouterException> {
    private static final long serialVersionUID = 1L;

    /** What to do with the router. */
    enum Operation {
        READ,
        APPLY,
        VERIFY
    }

    private final RouterConfiguration router;
    private final ColorTargets targets;
    private final CommandRunner commands;
    private final Operation operation;

    @CheckForNull
    private final TrafficSplit split;

    RouterCall(
            final RouterConfiguration router,
            final ColorTargets targets,
            final CommandRunner commands,
            final Operation operation,
            @CheckForNull final TrafficSplit split) {
        this.router = router;
        this.targets = targets;
        this.commands = commands;
        this.operation = operation;
        this.split = split;
    }

    @Override
    public TrafficSplit call() throws RouterException {
        TrafficRouter engine = router.createRouter(targets, commands);
        TrafficSplit target = split;
        if (operation == Operation.READ || target == null) {
            return engine.read();
        }
        return operation == Operation.APPLY ? engine.apply(target) : engine.verify(target);
    }
}
