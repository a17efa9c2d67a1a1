package io.jenkins.plugins.deploymentsop.health;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs several probes at the same time, each under the same policy, and collects a {@link HealthReport}. */
public final class HealthChecker {
    private final ProbeRunner runner;

    public HealthChecker(final ProbeRunner runner) {
        this.runner = runner;
    }

    /**
     * Checks all probes concurrently.
     *
     * @param probes the probes
     * @param policy the policy for each probe
     * @return the report, results in the order of {@code probes}
     * @throws InterruptedException if interrupted; running probes are cancelled
     */
    public HealthReport check(final List<HealthProbe> probes, final ProbePolicy policy) throws InterruptedException {
        if (probes.size() == 1) {
            return new HealthReport(List.of(runner.run(probes.get(0), policy)));
        }
        ExecutorService executor = Executors.newFixedThreadPool(Math.max(1, probes.size()), runnable -> {
            Thread thread = new Thread(runnable, "health-probe");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<ProbeResult>> futures = new ArrayList<>();
            for (HealthProbe probe : probes) {
                futures.add(executor.submit(() -> runner.run(probe, policy)));
            }
            List<ProbeResult> results = new ArrayList<>();
            for (Future<ProbeResult> future : futures) {
                results.add(result(future));
            }
            return new HealthReport(results);
        } finally {
            executor.shutdownNow();
        }
    }

    private static ProbeResult result(final Future<ProbeResult> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException exception) {
            Throwable cause = exception.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new IllegalStateException("Probe failed unexpectedly", cause);
        }
    }
}
