package io.jenkins.plugins.deploymentsop.dora;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.record.DeploymentType;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Deployment events in compact columns: names and versions become dictionary numbers, instants epoch milliseconds
 * and commit ids 64-bit keys (see {@link CommitKeys}); about 150 bytes per event plus 16 per commit. Immutable; one row per
 * deployment id, the last event added for an id wins (a later update of the same deployment replaces it).
 */
public final class DeploymentTable {
    private static final DeploymentTable EMPTY = new Builder().build();

    final int size;
    final String[] ids;
    final int[] job;
    final int[] group;
    final int[] version;
    final boolean[] production;
    final DeploymentType[] type;
    final Outcome[] outcome;
    final long[] finished;
    final long[] detected;
    final long[] restored;
    final int[] commitStart;
    final int[] commitCount;
    final long[] commitKey;
    final long[] commitTime;

    @CheckForNull
    final String[][] incidents;

    final List<String> jobs;
    final List<String> groupServices;
    final List<String> groupEnvironments;
    final List<String> versions;

    private DeploymentTable(final Builder builder) {
        size = builder.size;
        ids = Arrays.copyOf(builder.ids, size);
        job = Arrays.copyOf(builder.job, size);
        group = Arrays.copyOf(builder.group, size);
        version = Arrays.copyOf(builder.version, size);
        production = Arrays.copyOf(builder.production, size);
        type = Arrays.copyOf(builder.type, size);
        outcome = Arrays.copyOf(builder.outcome, size);
        finished = Arrays.copyOf(builder.finished, size);
        detected = Arrays.copyOf(builder.detected, size);
        restored = Arrays.copyOf(builder.restored, size);
        incidents = builder.hasIncidents ? Arrays.copyOf(builder.incidents, size) : null;
        // rows replaced by a later event leave their old commits behind in the builder: copy live ranges only
        commitStart = new int[size];
        commitCount = Arrays.copyOf(builder.commitCount, size);
        int live = 0;
        for (int row = 0; row < size; row++) {
            live += commitCount[row];
        }
        commitKey = new long[live];
        commitTime = new long[live];
        int next = 0;
        for (int row = 0; row < size; row++) {
            commitStart[row] = next;
            System.arraycopy(builder.commitKey, builder.commitStart[row], commitKey, next, commitCount[row]);
            System.arraycopy(builder.commitTime, builder.commitStart[row], commitTime, next, commitCount[row]);
            next += commitCount[row];
        }
        jobs = List.copyOf(builder.jobNames);
        groupServices = List.copyOf(builder.groupServices);
        groupEnvironments = List.copyOf(builder.groupEnvironments);
        versions = List.copyOf(builder.versionNames);
    }

    /**
     * Returns a table without rows.
     *
     * @return the empty table
     */
    public static DeploymentTable empty() {
        return EMPTY;
    }

    /**
     * Builds a table from events; later events replace earlier ones with the same deployment id.
     *
     * @param events the events
     * @return the table
     */
    public static DeploymentTable of(final Collection<DeploymentEvent> events) {
        Builder builder = new Builder();
        events.forEach(builder::add);
        return builder.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Number of distinct deployments. */
    public int size() {
        return size;
    }

    /** Number of commit references over all rows. */
    public int commitCount() {
        return commitKey.length;
    }

    /** Full names of all jobs that appear in the table. */
    public List<String> getJobs() {
        return jobs;
    }

    /**
     * Returns the deployment id of a row, e.g. to list open failures.
     *
     * @param row the row
     * @return the id
     */
    public String getDeploymentId(final int row) {
        return ids[row];
    }

    /**
     * Returns the finish time of a row.
     *
     * @param row the row
     * @return the instant
     */
    public Instant getFinishedAt(final int row) {
        return Instant.ofEpochMilli(finished[row]);
    }

    /**
     * Returns the full name of the job of a row.
     *
     * @param row the row
     * @return the job's full name
     */
    public String getJob(final int row) {
        return jobs.get(job[row]);
    }

    public String getService(final int row) {
        return groupServices.get(group[row]);
    }

    public String getEnvironment(final int row) {
        return groupEnvironments.get(group[row]);
    }

    /**
     * Returns the version (release) of a row.
     *
     * @param row the row
     * @return the version, empty when the deployment named none
     */
    public String getVersion(final int row) {
        return versions.get(version[row]);
    }

    public Outcome getOutcome(final int row) {
        return outcome[row];
    }

    int groupCount() {
        return groupServices.size();
    }

    /** Collects rows; not thread-safe. Reusable: {@link #build()} copies, so more rows may follow. */
    public static final class Builder {
        private int size;
        private String[] ids = new String[64];
        private int[] job = new int[64];
        private int[] group = new int[64];
        private int[] version = new int[64];
        private boolean[] production = new boolean[64];
        private DeploymentType[] type = new DeploymentType[64];
        private Outcome[] outcome = new Outcome[64];
        private long[] finished = new long[64];
        private long[] detected = new long[64];
        private long[] restored = new long[64];
        private int[] commitStart = new int[64];
        private int[] commitCount = new int[64];
        private String[][] incidents = new String[64][];
        private boolean hasIncidents;
        private long[] commitKey = new long[256];
        private long[] commitTime = new long[256];
        private int commitSize;

        private final Map<String, Integer> rowById = new HashMap<>();
        private final Map<String, Integer> jobByName = new HashMap<>();
        private final List<String> jobNames = new ArrayList<>();
        private final Map<String, Integer> groupByKey = new HashMap<>();
        private final List<String> groupServices = new ArrayList<>();
        private final List<String> groupEnvironments = new ArrayList<>();
        private final Map<String, Integer> versionByName = new HashMap<>();
        private final List<String> versionNames = new ArrayList<>();

        private Builder() {}

        /**
         * Adds an event, replacing an earlier one with the same deployment id.
         *
         * @param event the event
         * @return this builder
         */
        public Builder add(final DeploymentEvent event) {
            Integer existing = rowById.get(event.getDeploymentId());
            int row;
            if (existing == null) {
                row = size;
                ensureRowCapacity(size + 1);
                size++;
                rowById.put(event.getDeploymentId(), row);
            } else {
                row = existing;
            }
            ids[row] = event.getDeploymentId();
            job[row] = jobNumber(event.getJob());
            group[row] = groupNumber(event.getService(), event.getEnvironment());
            version[row] = versionNumber(event.getVersion());
            production[row] = event.isProductionTier();
            type[row] = event.getType();
            outcome[row] = event.getOutcome();
            finished[row] = event.getFinishedAt().toEpochMilli();
            detected[row] =
                    event.getFailureDetectedAt().map(Instant::toEpochMilli).orElse(EventTimes.NONE);
            restored[row] =
                    event.getServiceRestoredAt().map(Instant::toEpochMilli).orElse(EventTimes.NONE);
            List<String> incidentIds = event.getIncidentIds();
            incidents[row] = incidentIds.isEmpty() ? null : incidentIds.toArray(new String[0]);
            hasIncidents |= !incidentIds.isEmpty();
            List<CommitRef> commits = event.getCommits();
            ensureCommitCapacity(commitSize + commits.size());
            commitStart[row] = commitSize;
            commitCount[row] = commits.size();
            for (CommitRef commit : commits) {
                commitKey[commitSize] = CommitKeys.key(commit.getId());
                commitTime[commitSize] = commit.getCommittedAt().toEpochMilli();
                commitSize++;
            }
            return this;
        }

        /** Number of distinct deployments so far. */
        public int size() {
            return size;
        }

        private int jobNumber(final String name) {
            return jobByName.computeIfAbsent(name, key -> {
                jobNames.add(key);
                return jobNames.size() - 1;
            });
        }

        private int versionNumber(final String name) {
            return versionByName.computeIfAbsent(name, key -> {
                versionNames.add(key);
                return versionNames.size() - 1;
            });
        }

        private int groupNumber(final String service, final String environment) {
            return groupByKey.computeIfAbsent(service + '\u0000' + environment, key -> {
                groupServices.add(service);
                groupEnvironments.add(environment);
                return groupServices.size() - 1;
            });
        }

        private void ensureRowCapacity(final int wanted) {
            if (wanted <= ids.length) {
                return;
            }
            int capacity = Math.max(wanted, ids.length * 2);
            ids = Arrays.copyOf(ids, capacity);
            job = Arrays.copyOf(job, capacity);
            group = Arrays.copyOf(group, capacity);
            version = Arrays.copyOf(version, capacity);
            production = Arrays.copyOf(production, capacity);
            type = Arrays.copyOf(type, capacity);
            outcome = Arrays.copyOf(outcome, capacity);
            finished = Arrays.copyOf(finished, capacity);
            detected = Arrays.copyOf(detected, capacity);
            restored = Arrays.copyOf(restored, capacity);
            commitStart = Arrays.copyOf(commitStart, capacity);
            commitCount = Arrays.copyOf(commitCount, capacity);
            incidents = Arrays.copyOf(incidents, capacity);
        }

        private void ensureCommitCapacity(final int wanted) {
            if (wanted <= commitKey.length) {
                return;
            }
            int capacity = Math.max(wanted, commitKey.length * 2);
            commitKey = Arrays.copyOf(commitKey, capacity);
            commitTime = Arrays.copyOf(commitTime, capacity);
        }

        /**
         * Creates an immutable table of the rows so far.
         *
         * @return the table
         */
        public DeploymentTable build() {
            return new DeploymentTable(this);
        }
    }
}
