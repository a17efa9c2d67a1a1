package io.jenkins.plugins.deploymentsop.steps.rollback;

import io.jenkins.plugins.deploymentsop.health.HealthChecker;
import io.jenkins.plugins.deploymentsop.steps.DeploymentRecords;
import io.jenkins.plugins.deploymentsop.traffic.TrafficRouter;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * The collaborators of a {@link WatchSession}, wired anew from the build after every restart: the router, the signal
 * sources and probes, where commands run, the rule layers, the record, the build log and the clock.
 *
 * @param router the load balancer
 * @param signals the metric sources and health probes
 * @param health runs the probes of the previous colour after a rollback, with retries
 * @param commands where restore and destroy commands run: the build's agent
 * @param rules the rule layers above the defaults
 * @param records the deployment record
 * @param log the build log
 * @param clock the time source
 */
public record WatchServices(
        TrafficRouter router,
        SignalCatalog signals,
        HealthChecker health,
        CommandRunner commands,
        RuleLoader rules,
        DeploymentRecords records,
        Consumer<String> log,
        Clock clock) {}
