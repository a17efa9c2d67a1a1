package io.jenkins.plugins.deploymentsop.steps.rollback;

import io.jenkins.plugins.deploymentsop.steps.HaproxyRouterConfiguration;
import io.jenkins.plugins.deploymentsop.steps.HealthCheckConfiguration;
import io.jenkins.plugins.deploymentsop.steps.HttpHealthCheck;
import io.jenkins.plugins.deploymentsop.steps.RouterConfiguration;
import io.jenkins.plugins.deploymentsop.steps.TcpHealthCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a {@code rollbackIfUnhealthy} outside {@code node} may watch from the controller, holding no executor: an
 * administrator must allow it, and everything the watch drives must be a network call the controller can make without
 * touching its own files, sockets or processes: HAProxy's Runtime API over TCP without a state file, HTTP (without a
 * body regex) and TCP health checks, no commands and no rules file.
 */
final class ControllerWatch {
    private ControllerWatch() {}

    /**
     * Tells why a step cannot watch from the controller.
     *
     * @param step the parameters
     * @param allowed whether an administrator allowed routers driven from the controller
     * @return the reasons, empty if it can
     */
    static List<String> refusals(final RollbackIfUnhealthyStep step, final boolean allowed) {
        List<String> reasons = new ArrayList<>();
        if (!allowed) {
            reasons.add("an administrator has not allowed watches outside node to drive network routers from the"
                    + " controller (Manage Jenkins › System › Deployment SOP)");
            return reasons;
        }
        Optional<RouterConfiguration> router = Optional.ofNullable(step.getRouter());
        if (router.isEmpty()) {
            reasons.add("no router");
        } else if (!(router.get() instanceof HaproxyRouterConfiguration)
                || !isTcp(((HaproxyRouterConfiguration) router.get()).getSocket())) {
            reasons.add("only haproxy(...) with a TCP Runtime API address (tcp:host:port) is driven from the"
                    + " controller, not " + describe(router.get()));
        } else if (!((HaproxyRouterConfiguration) router.get()).getStateFile().isEmpty()) {
            // the router writes it after every change: on the controller that would be a file of the controller's
            reasons.add("haproxy(stateFile: '" + ((HaproxyRouterConfiguration) router.get()).getStateFile()
                    + "') is written where the router runs");
        }
        for (HealthCheckConfiguration check : step.allHealthChecks()) {
            if (!(check instanceof HttpHealthCheck) && !(check instanceof TcpHealthCheck)) {
                reasons.add("only http(...) and tcp(...) health checks run on the controller, not "
                        + check.getClass().getSimpleName());
            } else if (check instanceof HttpHealthCheck
                    && !((HttpHealthCheck) check).getBodyRegex().isEmpty()) {
                // a Jenkinsfile's regular expression could keep a controller thread busy backtracking
                reasons.add("http(bodyRegex: ...) is not matched on the controller: use bodyContains or jsonPointer");
            }
        }
        if (!step.getRulesFile().isEmpty()) {
            reasons.add("rulesFile '" + step.getRulesFile() + "' is in a workspace");
        }
        if (!step.getRestoreCommand().isEmpty()) {
            reasons.add("restoreCommand runs on an agent (a body with its own node block can restore instead)");
        }
        if (!step.getDestroyCommand().isEmpty()) {
            reasons.add("destroyCommand runs on an agent");
        }
        return reasons;
    }

    private static boolean isTcp(final String socket) {
        String address = socket.strip();
        return !address.startsWith("/") && !address.startsWith("unix:");
    }

    private static String describe(final RouterConfiguration router) {
        if (router instanceof HaproxyRouterConfiguration) {
            return "the UNIX socket " + ((HaproxyRouterConfiguration) router).getSocket();
        }
        return router.getClass().getSimpleName();
    }
}
