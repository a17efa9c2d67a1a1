package io.jenkins.plugins.deploymentsop.record;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Everything that happened in one deployment: what was checked, what was done to traffic, what was judged and
 * decided, what was rolled back, what was deployed. Steps add to it as they run (through {@link RecordStore#update}),
 * so a failed deployment still has a complete record.
 *
 * <p>Serialized as JSON (schema in docs/record-format.md); {@link #SCHEMA_VERSION} changes when the format does.
 */
public class DeploymentRecord {
    /** The version of the JSON schema this class writes. */
    public static final int SCHEMA_VERSION = 2;

    private int schemaVersion = SCHEMA_VERSION;
    private String service = "";
    private String environment = "";
    private String version = "";
    private DeploymentType type = DeploymentType.STANDARD;
    private Strategy strategy = Strategy.OTHER;
    private boolean productionTier = true;
    private String job = "";
    private int build;

    @CheckForNull
    private Instant startedAt;

    @CheckForNull
    private Instant finishedAt;

    private Outcome outcome = Outcome.IN_PROGRESS;
    private String outcomeReason = "";
    private String liveColor = "";
    private String previousColor = "";
    private List<ChecklistEntry> checklist = new ArrayList<>();
    private List<Approval> approvals = new ArrayList<>();
    private List<TimelineEntry> timeline = new ArrayList<>();
    private List<TrafficChange> traffic = new ArrayList<>();
    private List<AnalysisVerdict> verdicts = new ArrayList<>();
    private List<RollbackEvent> rollbacks = new ArrayList<>();
    private List<Incident> incidents = new ArrayList<>();
    private List<ArtifactEntry> artifacts = new ArrayList<>();
    private List<MetricSnapshot> metrics = new ArrayList<>();
    private List<ChangeEntry> changes = new ArrayList<>();

    /** For JSON binding. */
    public DeploymentRecord() {
        // fields have their defaults
    }

    /**
     * Starts the record of a deployment.
     *
     * @param key the service and environment
     * @param startedAt when the first step of the deployment started
     */
    public DeploymentRecord(final DeploymentKey key, final Instant startedAt) {
        this.service = key.service();
        this.environment = key.environment();
        this.startedAt = startedAt;
    }

    public DeploymentKey key() {
        return new DeploymentKey(service, environment);
    }

    /** Returns the time from start to end, or to {@code now} while running. */
    public Duration duration(final Instant now) {
        Instant start = startedAt == null ? now : startedAt;
        return Duration.between(start, finishedAt == null ? now : finishedAt);
    }

    /**
     * Derives the outcome from what happened, for {@code outcome: 'auto'}: a completed rollback means ROLLED_BACK, a
     * failed phase or a failed blocking gate (of any checklist) means FAILED, otherwise SUCCEEDED.
     *
     * @return the derived outcome and its reason
     */
    public DerivedOutcome deriveOutcome() {
        List<RollbackRun> runs = rollbackRuns();
        Optional<RollbackRun> rollback =
                runs.stream().filter(RollbackRun::succeeded).reduce((first, second) -> second);
        if (rollback.isPresent()) {
            return new DerivedOutcome(
                    Outcome.ROLLED_BACK, "rolled back: " + rollback.get().trigger());
        }
        if (!runs.isEmpty()) {
            return new DerivedOutcome(
                    Outcome.FAILED,
                    "rollback did not complete: " + runs.get(runs.size() - 1).trigger());
        }
        Optional<TimelineEntry> failure = timeline.stream()
                .filter(entry -> entry.status() == TimelineEntry.Status.FAILED)
                .findFirst();
        if (failure.isPresent()) {
            return new DerivedOutcome(
                    Outcome.FAILED, failure.get().phase() + ": " + failure.get().message());
        }
        Optional<ChecklistEntry> gate = checklist.stream()
                .filter(entry -> "BLOCKING".equals(entry.severity()))
                .filter(entry -> "FAILED".equals(entry.status()) || "ERROR".equals(entry.status()))
                .findFirst();
        if (gate.isPresent()) {
            return new DerivedOutcome(
                    Outcome.FAILED,
                    "blocking gate " + gate.get().qualifiedId() + ": "
                            + gate.get().evidence());
        }
        return new DerivedOutcome(Outcome.SUCCEEDED, "every recorded phase succeeded");
    }

    /**
     * Derives the outcome like {@link #deriveOutcome()}, for a build that may have been aborted: an aborted build
     * whose deployment shows no failure ends ABORTED (neither a success nor a change failure).
     *
     * @param buildAborted whether the build was aborted
     * @return the derived outcome and its reason
     */
    public DerivedOutcome deriveOutcome(final boolean buildAborted) {
        DerivedOutcome derived = deriveOutcome();
        if (buildAborted && derived.outcome() == Outcome.SUCCEEDED) {
            return new DerivedOutcome(Outcome.ABORTED, "the build was aborted");
        }
        return derived;
    }

    /**
     * An outcome with its reason.
     *
     * @param outcome the outcome
     * @param reason why
     */
    public record DerivedOutcome(Outcome outcome, String reason) {}

    /**
     * Ends the record.
     *
     * @param finalOutcome the outcome
     * @param reason why, in words
     * @param at when
     */
    public void finish(final Outcome finalOutcome, final String reason, final Instant at) {
        this.outcome = finalOutcome;
        this.outcomeReason = reason;
        this.finishedAt = at;
    }

    /** Returns the users who approved anything (sign-offs, waivers, promotions), in order of their first decision. */
    public List<String> approvers() {
        Set<String> users = new LinkedHashSet<>();
        approvals.stream()
                .filter(approval -> !"REJECT".equals(approval.decision()))
                .forEach(approval -> users.add(approval.userId()));
        return List.copyOf(users);
    }

    /**
     * Replaces the entries of one checklist with its latest evaluation; the entries of other checklists stay. The new
     * entries take the place of the checklist's first old entry, or come last for a checklist not recorded before.
     *
     * @param name the checklist's name, e.g. {@link ChecklistEntry#DEFAULT_CHECKLIST}
     * @param entries the entries; they are recorded as entries of that checklist
     */
    public void replaceChecklist(final String name, final List<ChecklistEntry> entries) {
        int position = checklist.size();
        for (int i = 0; i < checklist.size(); i++) {
            if (checklist.get(i).checklist().equals(name)) {
                position = i;
                break;
            }
        }
        List<ChecklistEntry> next = new ArrayList<>(checklist.subList(0, position));
        entries.forEach(entry -> next.add(entry.inChecklist(name)));
        checklist.subList(position, checklist.size()).stream()
                .filter(entry -> !entry.checklist().equals(name))
                .forEach(next::add);
        checklist = next;
    }

    /**
     * Adds one entry to a checklist, or replaces the entry with the same id in it; every other entry stays. For
     * single gates recorded outside a checklist evaluation, e.g. the rollback dry run.
     *
     * @param name the checklist's name
     * @param entry the entry; it is recorded as an entry of that checklist
     */
    public void putChecklistEntry(final String name, final ChecklistEntry entry) {
        ChecklistEntry named = entry.inChecklist(name);
        for (int i = 0; i < checklist.size(); i++) {
            ChecklistEntry existing = checklist.get(i);
            if (existing.checklist().equals(name) && existing.id().equals(named.id())) {
                checklist.set(i, named);
                return;
            }
        }
        checklist.add(named);
    }

    /**
     * Returns the names of the recorded checklists in the order they first appear.
     *
     * @return e.g. {@code [pre-deployment, rollback-dry-run, operations-handoff]}
     */
    public List<String> checklistNames() {
        Set<String> names = new LinkedHashSet<>();
        checklist.forEach(entry -> names.add(entry.checklist()));
        return List.copyOf(names);
    }

    public void addApproval(final Approval approval) {
        approvals.add(approval);
    }

    public void addTimeline(final TimelineEntry entry) {
        timeline.add(entry);
    }

    public void addTrafficChange(final TrafficChange change) {
        traffic.add(change);
    }

    public void addVerdict(final AnalysisVerdict verdict) {
        verdicts.add(verdict);
    }

    /**
     * Adds a rollback event; an unnumbered one (a whole rollback in one event) becomes the next rollback.
     *
     * @param rollback the event
     */
    public void addRollback(final RollbackEvent rollback) {
        rollbacks.add(rollback.rollback() == 0 ? rollback.numbered(nextRollbackNumber()) : rollback);
    }

    /**
     * Adds the event of an action of a rollback, or replaces the event of the same action of the same rollback (e.g.
     * when the running action ends).
     *
     * @param event the event, numbered with {@link #nextRollbackNumber()} when its rollback began
     * @throws IllegalArgumentException if the event has no rollback number
     */
    public void putRollbackAction(final RollbackEvent event) {
        if (event.rollback() == 0) {
            throw new IllegalArgumentException("The action " + event.action() + " has no rollback number");
        }
        for (int i = 0; i < rollbacks.size(); i++) {
            if (rollbacks.get(i).isSameActionAs(event)) {
                rollbacks.set(i, event);
                return;
            }
        }
        rollbacks.add(event);
    }

    /** Returns the number the next rollback of this deployment gets: one more than the highest so far. */
    public int nextRollbackNumber() {
        return rollbacks.stream().mapToInt(RollbackEvent::rollback).max().orElse(0) + 1;
    }

    /** Returns the rollbacks with their actions, in the order they started. */
    public List<RollbackRun> rollbackRuns() {
        return RollbackRun.of(rollbacks);
    }

    /**
     * Replaces the latest rollback event, e.g. when a whole rollback recorded in one event finishes; the replacement
     * keeps the rollback's number.
     *
     * @param update computes the new event from the latest one
     */
    public void updateLatestRollback(final UnaryOperator<RollbackEvent> update) {
        if (rollbacks.isEmpty()) {
            throw new IllegalStateException("No rollback has been recorded yet");
        }
        RollbackEvent latest = rollbacks.get(rollbacks.size() - 1);
        RollbackEvent updated = update.apply(latest);
        rollbacks.set(rollbacks.size() - 1, updated.rollback() == 0 ? updated.numbered(latest.rollback()) : updated);
    }

    /**
     * Brings a record read from a file of an older schema version to the current one: before version 2 each rollback
     * was one event, which now becomes a numbered rollback of its own with the action {@code ROLLBACK}.
     */
    void upgradeSchema() {
        List<RollbackEvent> events = new ArrayList<>(rollbacks);
        rollbacks.clear();
        events.stream().filter(Objects::nonNull).forEach(this::addRollback);
        schemaVersion = SCHEMA_VERSION;
    }

    /**
     * Adds an incident or replaces the one with the same id.
     *
     * @param incident the incident
     */
    public void putIncident(final Incident incident) {
        incidents.removeIf(existing -> existing.id().equals(incident.id()));
        incidents.add(incident);
    }

    public void addArtifact(final ArtifactEntry artifact) {
        artifacts.removeIf(existing -> existing.name().equals(artifact.name()));
        artifacts.add(artifact);
    }

    public void addMetricSnapshot(final MetricSnapshot snapshot) {
        metrics.add(snapshot);
    }

    /**
     * Adds deployed commits, once each.
     *
     * @param entries the commits
     */
    public void addChanges(final List<ChangeEntry> entries) {
        for (ChangeEntry entry : entries) {
            if (changes.stream().noneMatch(existing -> existing.commitId().equals(entry.commitId()))) {
                changes.add(entry);
            }
        }
    }

    // Bean accessors for JSON binding and views. Lists are returned as copies so no caller changes a record behind
    // the store's back.

    public int getSchemaVersion() {
        return schemaVersion;
    }

    public void setSchemaVersion(final int schemaVersion) {
        this.schemaVersion = schemaVersion;
    }

    public String getService() {
        return service;
    }

    public void setService(final String service) {
        this.service = service;
    }

    public String getEnvironment() {
        return environment;
    }

    public void setEnvironment(final String environment) {
        this.environment = environment;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(final String version) {
        this.version = version;
    }

    public DeploymentType getType() {
        return type;
    }

    public void setType(final DeploymentType type) {
        this.type = type;
    }

    public Strategy getStrategy() {
        return strategy;
    }

    public void setStrategy(final Strategy strategy) {
        this.strategy = strategy;
    }

    public boolean isProductionTier() {
        return productionTier;
    }

    public void setProductionTier(final boolean productionTier) {
        this.productionTier = productionTier;
    }

    public String getJob() {
        return job;
    }

    public void setJob(final String job) {
        this.job = job;
    }

    public int getBuild() {
        return build;
    }

    public void setBuild(final int build) {
        this.build = build;
    }

    @CheckForNull
    public Instant getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(@CheckForNull final Instant startedAt) {
        this.startedAt = startedAt;
    }

    @CheckForNull
    public Instant getFinishedAt() {
        return finishedAt;
    }

    public void setFinishedAt(@CheckForNull final Instant finishedAt) {
        this.finishedAt = finishedAt;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(final Outcome outcome) {
        this.outcome = outcome;
    }

    public String getOutcomeReason() {
        return outcomeReason;
    }

    public void setOutcomeReason(final String outcomeReason) {
        this.outcomeReason = outcomeReason;
    }

    public String getLiveColor() {
        return liveColor;
    }

    public void setLiveColor(final String liveColor) {
        this.liveColor = liveColor;
    }

    public String getPreviousColor() {
        return previousColor;
    }

    public void setPreviousColor(final String previousColor) {
        this.previousColor = previousColor;
    }

    public List<ChecklistEntry> getChecklist() {
        return List.copyOf(checklist);
    }

    public void setChecklist(final List<ChecklistEntry> checklist) {
        this.checklist = new ArrayList<>(checklist);
    }

    public List<Approval> getApprovals() {
        return List.copyOf(approvals);
    }

    public void setApprovals(final List<Approval> approvals) {
        this.approvals = new ArrayList<>(approvals);
    }

    public List<TimelineEntry> getTimeline() {
        return List.copyOf(timeline);
    }

    public void setTimeline(final List<TimelineEntry> timeline) {
        this.timeline = new ArrayList<>(timeline);
    }

    public List<TrafficChange> getTraffic() {
        return List.copyOf(traffic);
    }

    public void setTraffic(final List<TrafficChange> traffic) {
        this.traffic = new ArrayList<>(traffic);
    }

    public List<AnalysisVerdict> getVerdicts() {
        return List.copyOf(verdicts);
    }

    public void setVerdicts(final List<AnalysisVerdict> verdicts) {
        this.verdicts = new ArrayList<>(verdicts);
    }

    public List<RollbackEvent> getRollbacks() {
        return List.copyOf(rollbacks);
    }

    public void setRollbacks(final List<RollbackEvent> rollbacks) {
        this.rollbacks = new ArrayList<>(rollbacks);
    }

    public List<Incident> getIncidents() {
        return List.copyOf(incidents);
    }

    public void setIncidents(final List<Incident> incidents) {
        this.incidents = new ArrayList<>(incidents);
    }

    public List<ArtifactEntry> getArtifacts() {
        return List.copyOf(artifacts);
    }

    public void setArtifacts(final List<ArtifactEntry> artifacts) {
        this.artifacts = new ArrayList<>(artifacts);
    }

    public List<MetricSnapshot> getMetrics() {
        return List.copyOf(metrics);
    }

    public void setMetrics(final List<MetricSnapshot> metrics) {
        this.metrics = new ArrayList<>(metrics);
    }

    public List<ChangeEntry> getChanges() {
        return List.copyOf(changes);
    }

    public void setChanges(final List<ChangeEntry> changes) {
        this.changes = new ArrayList<>(changes);
    }
}
