package io.jenkins.plugins.deploymentsop.rollback.plan;

import java.io.IOException;

/**
 * What a dry run asks about the real deployment, without changing anything; implemented by the step with its
 * router, health probe and command runner. An {@link IOException} is reported as an ERROR check.
 */
public interface RollbackTarget {
    /**
     * Checks that the router can be read and would accept a switch, without switching.
     *
     * @return the result
     * @throws IOException if the router could not be asked
     * @throws InterruptedException if interrupted
     */
    CheckResult routerReachable() throws IOException, InterruptedException;

    /**
     * Checks that the previous version (the rollback target) is healthy.
     *
     * @return the result
     * @throws IOException if the probe could not run
     * @throws InterruptedException if interrupted
     */
    CheckResult previousVersionHealthy() throws IOException, InterruptedException;

    /**
     * Checks that a rollback command could be run, without running it (see {@link CommandPresence}).
     *
     * @param command the command line
     * @return the result
     * @throws IOException if the check could not run
     * @throws InterruptedException if interrupted
     */
    CheckResult commandExists(String command) throws IOException, InterruptedException;
}
