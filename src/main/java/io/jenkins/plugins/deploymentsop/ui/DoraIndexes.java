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
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import jenkins.model.Jenkins;

/**
 * The controller's deployment index under {@code JENKINS_HOME/deployment-sop}: every finished deployment is
 * appended once; the DORA pages read only this index, never the builds, except to rebuild it when it is missing or
 * corrupt.
 */
public final class DoraIndexes {
    private static final Logger LOGGER = Logger.getLogger(DoraIndexes.class.getName());

    @CheckForNull
    private static DeploymentIndex index;

    @CheckForNull
    private static Path indexFolder;

    private DoraIndexes() {}

    /** Returns the index of this controller; kept while JENKINS_HOME stays the same (it caches what it read). */
    static synchronized DeploymentIndex index() {
        Path folder = Jenkins.get().getRootDir().toPath().resolve(RecordStore.FOLDER);
        DeploymentIndex current = index;
        if (current == null || !folder.equals(indexFolder)) {
            current = new DeploymentIndex(folder);
            index = current;
            indexFolder = folder;
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
     * Reads the index, rebuilding it from the build records first if it is missing or corrupt.
     *
     * @return the deployments and the health of the index
     * @throws IOException if the index cannot be read or rebuilt
     */
    public static IndexSnapshot snapshot() throws IOException {
        DeploymentIndex current = index();
        IndexSnapshot snapshot = current.snapshot(DoraIndexes::eventsFromBuildRecords);
        if (current.needsCompaction()) {
            // superseded or corrupt lines dominate: rewrite the file atomically, next read is incremental again
            current.compact(Instant.now());
        }
        return snapshot;
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
