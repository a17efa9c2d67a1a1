package io.jenkins.plugins.deploymentsop.checklist;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a checklist: network checks (http, tls, metric) concurrently, file and command checks one after the other in
 * checklist order, and opens a {@link ManualGate} for every manual item, which stays PENDING until people decide.
 */
public final class ChecklistEvaluator {
    /** Network checks run at most this many at a time by default. */
    public static final int DEFAULT_PARALLELISM = 4;

    private final int parallelism;

    public ChecklistEvaluator() {
        this(DEFAULT_PARALLELISM);
    }

    /**
     * Creates an evaluator.
     *
     * @param parallelism how many network checks may run at the same time, at least 1
     */
    public ChecklistEvaluator(final int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("Parallelism must be at least 1: " + parallelism);
        }
        this.parallelism = parallelism;
    }

    /**
     * Evaluates every item.
     *
     * @param checklist the checklist
     * @param context the workspace, clock and clients
     * @return the result; manual items are PENDING
     * @throws InterruptedException if the build was aborted while checks ran
     */
    public ChecklistResult evaluate(final Checklist checklist, final CheckContext context) throws InterruptedException {
        Instant start = context.clock().instant();
        List<ChecklistItem> items = checklist.items();
        ItemResult[] results = new ItemResult[items.size()];
        Map<String, ManualGate> gates = new LinkedHashMap<>();
        Map<Integer, Future<ItemResult>> concurrent = new LinkedHashMap<>();
        ExecutorService executor = null;
        try {
            for (int i = 0; i < items.size(); i++) {
                ChecklistItem item = items.get(i);
                if (item.check().manualPolicy().isPresent()) {
                    ManualGate gate = ManualGate.start(
                            item.id(), item.check().manualPolicy().get(), start);
                    gates.put(item.id(), gate);
                    results[i] = ItemResult.of(item, CheckOutcome.pending(gate.evidence()));
                } else if (item.check().runsConcurrently()) {
                    if (executor == null) {
                        executor = Executors.newFixedThreadPool(parallelism, new CheckThreads());
                    }
                    concurrent.put(i, executor.submit(() -> run(item, context)));
                }
            }
            for (int i = 0; i < items.size(); i++) {
                if (results[i] == null && !concurrent.containsKey(i)) {
                    results[i] = run(items.get(i), context);
                }
            }
            for (Map.Entry<Integer, Future<ItemResult>> running : concurrent.entrySet()) {
                results[running.getKey()] = await(items.get(running.getKey()), running.getValue());
            }
        } finally {
            if (executor != null) {
                executor.shutdownNow();
            }
        }
        return new ChecklistResult(List.of(results), gates, checklist.waivers(), start);
    }

    private static ItemResult await(final ChecklistItem item, final Future<ItemResult> future)
            throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException exception) {
            return ItemResult.of(item, unexpected(item, exception.getCause()));
        }
    }

    /**
     * Runs one check; a programming error in a check becomes that item's ERROR instead of ending the evaluation, and
     * so does an item that needs the workspace of an evaluation without one.
     *
     * @param item the item
     * @param context the context
     * @return the item's result
     */
    static ItemResult run(final ChecklistItem item, final CheckContext context) {
        CheckOutcome outcome;
        try {
            outcome = item.check().evaluate(context);
        } catch (NoWorkspaceException exception) {
            outcome = CheckOutcome.error(String.format(
                    "Item '%s' (%s) needs the workspace, as it reads files or runs a command, and this evaluation has"
                            + " none: %s",
                    item.id(), item.check().type(), exception.getMessage()));
        } catch (RuntimeException exception) {
            outcome = unexpected(item, exception);
        }
        return ItemResult.of(item, outcome);
    }

    private static CheckOutcome unexpected(final ChecklistItem item, final Throwable exception) {
        return CheckOutcome.error(String.format(
                "The %s check failed unexpectedly: %s: %s",
                item.check().type(), exception.getClass().getSimpleName(), exception.getMessage()));
    }

    /** Names the worker threads and keeps them from holding up a shutdown. */
    private static final class CheckThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(final Runnable runnable) {
            Thread thread = new Thread(runnable, "checklist-check-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
