package io.jenkins.plugins.deploymentsop.ui;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Job;
import hudson.model.Run;
import hudson.security.ACL;
import hudson.security.ACLContext;
import io.jenkins.plugins.deploymentsop.dora.DeploymentEvent;
import io.jenkins.plugins.deploymentsop.dora.RecordEvents;
import io.jenkins.plugins.deploymentsop.dora.index.DeploymentIndex;
import io.jenkins.plugins.deploymentsop.dora.index.IndexSnapshot;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.RecordStore;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import jenkins.model.Jenkins;

/**
 * The controller's deployment index under {@code JENKINS_HOME/deployment-sop}: every finished deployment is
 * appended once; the DORA pages read only this index, never the builds, except to rebuild it in the background (on a
 * thread of its own, as SYSTEM) when it is missing or corrupt.
 */
public final class DoraIndexes {
    private static final Logger LOGGER = Logger.getLogger(DoraIndexes.class.getName());

    @CheckForNull
    private static DeploymentIndex index;

    @CheckForNull
    private static Path indexFolder;

    /** The rebuild under way, if one is; guarded by the class. */
    @CheckForNull
    private static CompletableFuture<Void> rebuild;

    @CheckForNull
    private static String rebuildReason;

    /** Why the last rebuild failed, until the next one starts. */
    @CheckForNull
    private static String rebuildFailure;

    @CheckForNull
    private static Instant rebuildFailedAt;

    /** How long after a failed rebuild the next read tries again. */
    static final Duration RETRY_AFTER = Duration.ofMinutes(1);

    private static Executor rebuilds = newRebuildThread();

    private DoraIndexes() {}

    /** Returns the index of this controller; kept while JENKINS_HOME stays the same (it caches what it read). */
    static synchronized DeploymentIndex index() {
        Path folder = Jenkins.get().getRootDir().toPath().resolve(RecordStore.FOLDER);
        DeploymentIndex current = index;
        if (current == null || !folder.equals(indexFolder)) {
            current = new DeploymentIndex(folder);
            index = current;
            indexFolder = folder;
            rebuild = null; // a rebuild still running writes the old folder's index, not this one
            rebuildReason = null;
            rebuildFailure = null;
            rebuildFailedAt = null;
        }
        return current;
    }

    /**
     * Appends a finished deployment to the index; one still in progress is skipped.
     *
     * @param record the record
     * @throws IOException if the index cannot be written
     */
    public static void append(final DeploymentRecord record) throws IOException {
        Optional<DeploymentEvent> event = RecordEvents.from(record);
        if (event.isPresent()) {
            index().append(event.get());
        }
    }

    /**
     * Reads the index. When it is missing or corrupt, a rebuild from the build records starts in the background (one
     * at a time) and this read returns what the index holds now: reading every build of a large controller can take
     * minutes, far too long for the request of the page that found the problem.
     *
     * @return the deployments and the health of the index
     * @throws IOException if the index cannot be read
     */
    public static IndexSnapshot snapshot() throws IOException {
        DeploymentIndex current = index();
        IndexSnapshot snapshot = current.snapshot();
        Optional<String> rebuildNeed = snapshot.getHealth().getRebuildNeed();
        if (rebuildNeed.isPresent()) {
            startRebuild(current, rebuildNeed.get());
        } else if (current.needsCompaction()) {
            // superseded or corrupt lines dominate: rewrite the file atomically, next read is incremental again
            current.compact(Instant.now());
        }
        return snapshot;
    }

    /**
     * Reads the index as {@link #snapshot()} does, but when a rebuild is under way waits for it first, up to a limit:
     * for a check that must not take "not in the index yet" for "never deployed". Not for request threads.
     *
     * @param limit how long to wait for a rebuild
     * @return the deployments and the health of the index
     * @throws IOException if the index cannot be read, or the rebuild failed or did not end within the limit
     * @throws InterruptedException if interrupted while waiting
     */
    public static IndexSnapshot snapshotAfterRebuild(final Duration limit) throws IOException, InterruptedException {
        IndexSnapshot snapshot = snapshot();
        if (!snapshot.getHealth().needsRebuild()) {
            return snapshot;
        }
        CompletableFuture<Void> running;
        synchronized (DoraIndexes.class) {
            running = rebuild == null ? CompletableFuture.completedFuture(null) : rebuild; // or done already
        }
        try {
            running.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException exception) {
            throw new IOException(
                    "the deployment index is being rebuilt from the build records and was not done within "
                            + TimeSpan.ofMillis(limit.toMillis()) + "; try again when it is done");
        } catch (ExecutionException exception) { // never: the rebuild completes normally and records its failure
            throw new IOException("the deployment index could not be rebuilt", exception.getCause());
        }
        Optional<String> failure = rebuildNotice();
        if (failure.isPresent()) {
            throw new IOException(failure.get());
        }
        return snapshot();
    }

    /**
     * Tells what the pages should say about a rebuild: that one is running and why, or that the last one failed.
     *
     * @return the notice, if there is one
     */
    public static synchronized Optional<String> rebuildNotice() {
        if (rebuild != null) {
            return Optional.of("The deployment index is being rebuilt from the build records (" + rebuildReason
                    + "); until it is done, the figures may be incomplete: reload the page in a moment");
        }
        return Optional.ofNullable(rebuildFailure)
                .map(failure -> "The deployment index could not be rebuilt from the build records: " + failure
                        + "; see the system log");
    }

    private static synchronized void startRebuild(final DeploymentIndex target, final String reason) {
        Instant failedAt = rebuildFailedAt;
        if (rebuild != null || (failedAt != null && Instant.now().isBefore(failedAt.plus(RETRY_AFTER)))) {
            return; // one at a time, and a failing one not again on every page view
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        rebuild = done;
        rebuildReason = reason;
        rebuildFailure = null;
        try {
            rebuilds.execute(() -> rebuildNow(target, reason, done));
        } catch (RejectedExecutionException exception) {
            finishRebuild(done, "it could not be scheduled: " + exception.getMessage());
        }
    }

    /**
     * Runs rebuilds on their own thread: reading every build can take minutes, too long for Jenkins' shared timer,
     * whose few threads serve core's periodic work.
     */
    private static Executor newRebuildThread() {
        return Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, "Deployment SOP index rebuild");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Replaces where rebuilds run, for tests (whose static mocks of Jenkins belong to the test's thread).
     *
     * @param executor runs the rebuilds
     */
    static synchronized void runRebuildsOn(final Executor executor) {
        rebuilds = executor;
    }

    static synchronized Executor rebuildExecutor() {
        return rebuilds;
    }

    private static void rebuildNow(
            final DeploymentIndex target, final String reason, final CompletableFuture<Void> done) {
        String failure = null;
        try {
            LOGGER.log(Level.INFO, "Rebuilding the deployment index from the build records: {0}", reason);
            target.rebuild(DoraIndexes::eventsFromBuildRecords);
        } catch (IOException | RuntimeException exception) {
            LOGGER.log(Level.WARNING, "Could not rebuild the deployment index", exception);
            failure = String.valueOf(exception.getMessage());
        } finally {
            finishRebuild(done, failure);
        }
    }

    private static void finishRebuild(final CompletableFuture<Void> done, @CheckForNull final String failure) {
        synchronized (DoraIndexes.class) {
            if (rebuild == done) { // not replaced meanwhile by a new JENKINS_HOME's index
                rebuild = null;
                rebuildReason = null;
                rebuildFailure = failure;
                rebuildFailedAt = failure == null ? null : Instant.now();
            }
        }
        done.complete(null); // after the state: whoever waited reads the failure, if any
    }

    /**
     * Files the deployments of a renamed or moved item (a job, or a folder with jobs) under its new name, so its page
     * keeps its history.
     *
     * @param from the item's full name before
     * @param to the item's full name after
     * @throws IOException if the index cannot be rewritten
     */
    static void moveJobs(final String from, final String to) throws IOException {
        if (indexes(from)) {
            index().rewrite(event -> Optional.of(IndexedJobs.moved(event, from, to)));
        }
    }

    /**
     * Drops the deployments of a deleted item (a job, or a folder with jobs), so a new job of the same name does not
     * inherit them; their builds are gone with it, so a rebuild would not bring them back either.
     *
     * @param item the item's full name
     * @throws IOException if the index cannot be rewritten
     */
    static void forgetJobs(final String item) throws IOException {
        if (indexes(item)) {
            index().rewrite(event ->
                    IndexedJobs.isAtOrUnder(event.getJob(), item) ? Optional.empty() : Optional.of(event));
        }
    }

    // a cheap look at the cached table first: most items have no deployments, and a folder move calls for every job
    private static boolean indexes(final String item) throws IOException {
        return index().snapshot().getTable().getJobs().stream().anyMatch(job -> IndexedJobs.isAtOrUnder(job, item));
    }

    /**
     * Reads every deployment record of every build: only for a rebuild of the index. Runs as SYSTEM, whoever opened
     * the page that found the index missing: the index is written for everybody, and the item list of a viewer with
     * limited rights would drop the other jobs' deployments from it. The pages filter by the viewer's rights
     * afterwards.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Stream<DeploymentEvent> eventsFromBuildRecords() {
        List<DeploymentEvent> events;
        try (ACLContext system = ACL.as2(ACL.SYSTEM2)) {
            events = Jenkins.get().getAllItems(Job.class).stream()
                    .flatMap(job -> ((Job<?, ?>) job).getBuilds().stream())
                    .flatMap(run -> eventsOf((Run<?, ?>) run).stream())
                    .toList();
        }
        return events.stream();
    }

    private static List<DeploymentEvent> eventsOf(final Run<?, ?> run) {
        RecordStore store = RecordStore.forBuild(run.getRootDir().toPath());
        List<DeploymentEvent> events = new ArrayList<>();
        try {
            String job = run.getParent().getFullName();
            for (DeploymentKey key : store.keys()) {
                // a record keeps the job's name at the time of the build: file it under the job's name now
                store.load(key)
                        .flatMap(RecordEvents::from)
                        .map(event -> IndexedJobs.moved(event, event.getJob(), job))
                        .ifPresent(events::add);
            }
        } catch (IOException exception) {
            LOGGER.log(Level.WARNING, "Skipping the deployment records of " + run + " in the rebuild", exception);
        }
        return events;
    }
}
