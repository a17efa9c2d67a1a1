package io.jenkins.plugins.deploymentsop.steps.rollback;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.record.Approval;
import io.jenkins.plugins.deploymentsop.record.Incident;
import io.jenkins.plugins.deploymentsop.record.MetricSnapshot;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import io.jenkins.plugins.deploymentsop.record.TimelineEntry;
import io.jenkins.plugins.deploymentsop.record.TrafficChange;
import io.jenkins.plugins.deploymentsop.rollback.Choice;
import io.jenkins.plugins.deploymentsop.rollback.DefaultRules;
import io.jenkins.plugins.deploymentsop.rollback.Rule;
import io.jenkins.plugins.deploymentsop.rollback.RuleSet;
import io.jenkins.plugins.deploymentsop.rollback.RuleSource;
import io.jenkins.plugins.deploymentsop.rollback.Severity;
import io.jenkins.plugins.deploymentsop.rollback.Signal;
import io.jenkins.plugins.deploymentsop.rollback.SignalKind;
import io.jenkins.plugins.deploymentsop.rollback.plan.ActionReport;
import io.jenkins.plugins.deploymentsop.rollback.plan.DryRunCheck;
import io.jenkins.plugins.deploymentsop.rollback.plan.DryRunReport;
import io.jenkins.plugins.deploymentsop.rollback.plan.IncidentSummary;
import io.jenkins.plugins.deploymentsop.rollback.plan.PlannedAction;
import io.jenkins.plugins.deploymentsop.rollback.plan.RollbackDryRun;
import io.jenkins.plugins.deploymentsop.rollback.plan.RollbackProgress;
import io.jenkins.plugins.deploymentsop.rollback.watch.Baseline;
import io.jenkins.plugins.deploymentsop.rollback.watch.Observation;
import io.jenkins.plugins.deploymentsop.rollback.watch.Observations;
import io.jenkins.plugins.deploymentsop.rollback.watch.RollbackWatcher;
import io.jenkins.plugins.deploymentsop.rollback.watch.RuleDecision;
import io.jenkins.plugins.deploymentsop.rollback.watch.TickResult;
import io.jenkins.plugins.deploymentsop.rollback.watch.Trigger;
import io.jenkins.plugins.deploymentsop.rollback.watch.WatchDecision;
import io.jenkins.plugins.deploymentsop.rollback.watch.WatchEvent;
import io.jenkins.plugins.deploymentsop.steps.Next;
import io.jenkins.plugins.deploymentsop.traffic.RouterException;
import io.jenkins.plugins.deploymentsop.ui.PendingDecision;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One {@code rollbackIfUnhealthy} from start to end, one {@link #next} per tick: reads the router and the baseline,
 * samples every signal each interval and feeds the engine's {@link RollbackWatcher}; on a sustained automatic breach
 * (or a person's or a timeout's decision, or a person's "Roll back now") it rolls back at once through the
 * {@link RollbackProgress} of the plan — traffic first (verified), then the database (the step's body or a command),
 * the health of the previous colour, and the destroy command. After a successful rollback it can watch the restored
 * version by the same rules ({@link WatchSettings#watchAfterRollback()}). Everything goes to the deployment record as it
 * happens.
 *
 * <p>Plain and serializable: the execution keeps it in the build's program state and wires the {@link WatchServices}
 * anew after a restart; the watcher's absolute times let the window continue where it was. Not thread-safe: the
 * execution makes one call at a time.
 */
public final class WatchSession implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The step's name in the record's timeline. */
    static final String STEP = WatchEvent.STEP;

    /** The answer of the standing question that starts a rollback on a person's call. */
    static final String ROLLBACK_NOW = "ROLLBACK_NOW";

    /** The label of the metric snapshots taken after a rollback that failed. */
    static final String AFTER_FAILED_ROLLBACK = "After the failed rollback";

    /** Where the session stands. */
    public enum Phase {
        /** Nothing read yet. */
        STARTING,
        /** Sampling signals each interval; a person may be asked. */
        WATCHING,
        /** Running the rollback plan. */
        ROLLING_BACK,
        /** Watching the version the rollback restored. */
        WATCHING_RESTORED,
        /** Passed, rolled back, or failed. */
        FINISHED
    }

    private final WatchSettings settings;
    private Phase phase = Phase.STARTING;
    private final ArrayList<String> notWatched = new ArrayList<>();
    private int recordedDecisions;
    // the rollback's number in the record, which groups the events of its actions; 0 until first recorded
    private int rollbackNumber;
    private boolean bodyRunning;

    @CheckForNull
    private LiveColors colors;

    @CheckForNull
    private RollbackWatcher watcher;

    @CheckForNull
    private Trigger trigger;

    @CheckForNull
    private RollbackProgress progress;

    @CheckForNull
    private IncidentSummary incident;

    @CheckForNull
    private RollbackWatcher restoredWatcher;

    // the readings that ended the watch, written with the rollback's first record write (traffic first)
    @CheckForNull
    private ArrayList<KeptSnapshot> unwritten;

    /**
     * Prepares a watch.
     *
     * @param settings the checked parameters
     */
    public WatchSession(final WatchSettings settings) {
        this.settings = settings;
    }

    /**
     * Takes the next step.
     *
     * @param services the collaborators
     * @return what the execution does next
     * @throws IOException if the record cannot be written
     * @throws InterruptedException if interrupted
     */
    public Next next(final WatchServices services) throws IOException, InterruptedException {
        switch (phase) {
            case STARTING:
                return start(services);
            case WATCHING:
                return watch(services);
            case ROLLING_BACK:
                return rollBack(services);
            case WATCHING_RESTORED:
                return watchRestored(services);
            default:
                throw new IllegalStateException("The watch of " + settings.key() + " is finished");
        }
    }

    private Next start(final WatchServices services) throws IOException, InterruptedException {
        if (settings.dryRun()) {
            return finished(dryRun(services));
        }
        WatchPlan plan;
        try {
            plan = services.signals().plan(merge(services.rules().load()));
            colors = LiveColors.of(services.router().read(), settings.previousColor());
        } catch (InvalidInputException exception) {
            return finishWithoutWatch(services, exception.getMessage());
        } catch (RouterException exception) {
            return finishWithoutWatch(services, "cannot read the router: " + exception.getMessage());
        }
        LiveColors live = colors();
        Optional<String> leftLive = liveColorOfThisBuild(services);
        if (settings.previousColor().isEmpty()
                && leftLive.isPresent()
                && !leftLive.get().equals(live.live().id())) {
            // e.g. the watch waited for the lock while another build deployed: that release is not this build's
            return finishWithoutWatch(
                    services,
                    "the router serves " + live.live() + " live, but this build's deployment left " + leftLive.get()
                            + " live: another deployment has changed the traffic since, so this build has nothing"
                            + " to watch or roll back");
        }
        notWatched.addAll(plan.notWatched());
        RuleSet rules = plan.rules();
        Observations first = services.signals().read(rules.signals(), live.live());
        Baseline baseline = Baseline.capture(rules, first);
        Instant now = services.clock().instant();
        log(
                services,
                "watching " + describe(rules) + " on " + live.live() + "; a rollback returns to " + live.previous()
                        + "; sources: " + services.signals().describe());
        notWatched.forEach(note -> log(services, note));
        services.records().update(record -> {
            if (record.getLiveColor().isEmpty()) {
                record.setLiveColor(live.live().id());
                record.setPreviousColor(live.previous().id());
            }
            record.addTimeline(new TimelineEntry(
                    now,
                    STEP,
                    "PLAN",
                    TimelineEntry.Status.INFO,
                    rules.rules().size() + " rule(s) on " + live.live() + ", rollback to " + live.previous() + " by "
                            + settings.plan() + (notWatched.isEmpty() ? "" : "; " + String.join("; ", notWatched))));
            snapshots(rules, first, MetricSnapshot.Moment.BEFORE, MetricSnapshot.AT_WATCH_START, now)
                    .forEach(record::addMetricSnapshot);
        });
        watcher = RollbackWatcher.start(rules, settings.watch(), baseline, services.clock());
        phase = Phase.WATCHING;
        return judge(services, first);
    }

    // the live colour this build's own deployment steps recorded, if they did
    private static Optional<String> liveColorOfThisBuild(final WatchServices services) throws IOException {
        String[] live = {""}; // the update runs on this thread, at once
        services.records().update(record -> live[0] = Objects.toString(record.getLiveColor(), ""));
        return live[0].isEmpty() ? Optional.empty() : Optional.of(live[0]);
    }

    private Next dryRun(final WatchServices services) throws IOException, InterruptedException {
        DryRunReport report =
                RollbackDryRun.run(settings.plan(), new DryRunTarget(services, settings), services.clock());
        report.checks().forEach(check -> log(services, "dry run: " + check));
        services.records().update(record -> {
            report.toTimeline().forEach(record::addTimeline);
            record.putChecklistEntry(DryRunReport.CHECKLIST_ID, report.toChecklistEntry());
        });
        log(services, report.summary());
        if (!report.isSuccessful()) {
            return Next.fail(settings.key() + ": " + report.summary());
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("dryRun", true);
        result.put("passed", true);
        result.put("type", settings.plan().type().name());
        result.put("summary", report.summary());
        Map<String, Object> checks = new LinkedHashMap<>();
        for (DryRunCheck check : report.checks()) {
            checks.put(check.name(), check.status().name());
        }
        result.put("checks", checks);
        return Next.succeed(result);
    }

    private RuleSet merge(final List<RuleSource> layers) {
        List<RuleSource> sources = new ArrayList<>();
        if (settings.useDefaults()) {
            sources.add(DefaultRules.source());
        }
        sources.addAll(layers);
        if (sources.isEmpty()) {
            throw new InvalidInputException(
                    "rules", "none", "rules: [rule(...)], a rulesFile or global rules when useDefaults is false");
        }
        return RuleSet.merge(sources);
    }

    private static String describe(final RuleSet rules) {
        return rules.rules().size() + " rule(s): "
                + rules.rules().stream().map(Rule::toString).collect(Collectors.joining("; "));
    }

    private Next finishWithoutWatch(final WatchServices services, final String reason) throws IOException {
        Instant now = services.clock().instant();
        services.records()
                .update(record ->
                        record.addTimeline(new TimelineEntry(now, STEP, "START", TimelineEntry.Status.FAILED, reason)));
        return finished(Next.fail(settings.key() + ": " + reason));
    }

    private Next finished(final Next next) {
        phase = Phase.FINISHED;
        return next;
    }

    private Next watch(final WatchServices services) throws IOException, InterruptedException {
        RollbackWatcher current = watcher();
        if (current.isFinished()) {
            return react(services, current.decision(), Observations.none());
        }
        Observations readings = services.signals().read(current.rules().signals(), colors().live());
        return judge(services, readings);
    }

    private Next judge(final WatchServices services, final Observations readings)
            throws IOException, InterruptedException {
        TickResult result = watcher().tick(readings);
        report(services, result, List.of());
        return react(services, result.decision(), readings);
    }

    private Next react(final WatchServices services, final WatchDecision decision, final Observations readings)
            throws IOException, InterruptedException {
        RollbackWatcher current = watcher();
        Instant now = services.clock().instant();
        Instant nextSample = now.plus(settings.interval().toDuration());
        switch (decision.kind()) {
            case ROLLBACK_NOW:
                unwritten =
                        snapshots(
                                        current.rules(),
                                        readings,
                                        MetricSnapshot.Moment.AFTER,
                                        MetricSnapshot.AT_WATCH_END,
                                        now)
                                .stream()
                                .map(KeptSnapshot::new)
                                .collect(Collectors.toCollection(ArrayList::new));
                begin(services, decision.trigger().orElseThrow());
                return rollBack(services);
            case PASSED:
                return pass(services, readings);
            case AWAITING_DECISION:
                Instant deadline = decision.pending().orElseThrow().deadline();
                return Next.tickIn(Duration.between(now, deadline.isBefore(nextSample) ? deadline : nextSample));
            default:
                Instant end = current.watchEnd();
                return Next.tickIn(Duration.between(now, end.isBefore(nextSample) ? end : nextSample));
        }
    }

    /**
     * Records a person's answer to the pending decision; the next tick acts on it.
     *
     * @param services the collaborators
     * @param decisionId the id of the question answered, see {@link #question()}
     * @param choice {@code ROLLBACK} or {@code KEEP}
     * @param user who decided
     * @param comment the comment, possibly empty
     * @throws IllegalStateException if that question is no longer pending
     * @throws IOException if the record cannot be written
     */
    public void decide(
            final WatchServices services,
            final String decisionId,
            final String choice,
            final String user,
            final String comment)
            throws IOException {
        if (rollbackNowQuestion()
                .filter(standing -> standing.id().equals(decisionId))
                .isPresent()) {
            decideRollbackNow(services, choice, user, comment);
            return;
        }
        Optional<PendingDecision> question = question();
        if (phase != Phase.WATCHING
                || question.isEmpty()
                || !question.get().id().equals(decisionId)) {
            throw new IllegalStateException("The decision " + decisionId + " is no longer pending");
        }
        TickResult result = watcher()
                .decide(
                        Choice.valueOf("choice", choice),
                        user,
                        comment,
                        services.clock().instant());
        report(services, result, List.of());
    }

    /**
     * Answers the standing question: {@code ROLLBACK_NOW} rolls back on the person's word (the SOP's manual triggers),
     * recorded as the trigger of a P0 incident with who, when and why; {@code KEEP} only notes that the person looked.
     */
    private void decideRollbackNow(
            final WatchServices services, final String choice, final String user, final String reason)
            throws IOException {
        Instant now = services.clock().instant();
        if (!ROLLBACK_NOW.equals(choice)) {
            String line = user + " chose to keep watching" + (reason.isBlank() ? "" : ": " + reason);
            log(services, line);
            services.records()
                    .update(record ->
                            record.addTimeline(new TimelineEntry(now, STEP, "KEEP", TimelineEntry.Status.INFO, line)));
            return;
        }
        if (reason.isBlank()) {
            throw new InvalidInputException(
                    "comment", reason, "the reason for the rollback, e.g. 'security vulnerability CVE-2026-1234'");
        }
        TickResult result = watcher().rollbackByPerson(user, reason.trim(), Severity.P0, now);
        Approval approval = new Approval(
                RuleDecision.ITEM_PREFIX + Trigger.PERSON_RULE_ID, Choice.ROLLBACK.name(), user, reason.trim(), now);
        report(services, result, List.of(approval));
    }

    /** Returns the question the build page shows while a manual rule waits for a person. */
    public Optional<PendingDecision> question() {
        if (watcher == null || phase != Phase.WATCHING) {
            return Optional.empty();
        }
        return watcher.pendingDecision().map(pending -> Questions.of(settings, pending));
    }

    /** Returns the standing "Roll back now" question the build page offers for the whole watch. */
    public Optional<PendingDecision> rollbackNowQuestion() {
        RollbackWatcher current = watcher;
        if (current == null || phase != Phase.WATCHING || current.isFinished()) {
            return Optional.empty();
        }
        // a pending decision is waited for beyond the window, and so is this offer
        Instant until =
                current.nextDeadline().isAfter(current.watchEnd()) ? current.nextDeadline() : current.watchEnd();
        return Optional.of(Questions.rollbackNow(settings, colors(), until));
    }

    /** Returns every question the build page shows now: a manual rule's, and the standing "Roll back now". */
    public List<PendingDecision> questions() {
        List<PendingDecision> questions = new ArrayList<>();
        question().ifPresent(questions::add);
        rollbackNowQuestion().ifPresent(questions::add);
        return questions;
    }

    /** Logs and records a tick's events, the decisions made since the last report and the given approvals. */
    private void report(final WatchServices services, final TickResult result, final List<Approval> approvals)
            throws IOException {
        List<RuleDecision> decisions = watcher().decisions();
        List<Approval> fresh = new ArrayList<>();
        decisions.subList(recordedDecisions, decisions.size()).forEach(decision -> fresh.add(decision.toApproval()));
        recordedDecisions = decisions.size();
        fresh.addAll(approvals);
        if (result.events().isEmpty() && fresh.isEmpty()) {
            return;
        }
        result.events().forEach(event -> log(services, event.type() + ": " + event.message()));
        services.records().update(record -> {
            result.events().forEach(event -> record.addTimeline(event.toTimelineEntry()));
            fresh.forEach(record::addApproval);
        });
    }

    private Next pass(final WatchServices services, final Observations readings) throws IOException {
        RollbackWatcher current = watcher();
        Instant now = services.clock().instant();
        services.records().update(record -> snapshots(
                        current.rules(), readings, MetricSnapshot.Moment.AFTER, MetricSnapshot.AT_WATCH_END, now)
                .forEach(record::addMetricSnapshot));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("healthy", true);
        result.put("rolledBack", false);
        result.put("service", settings.key().service());
        result.put("environment", settings.key().environment());
        result.put("liveColor", colors().live().id());
        result.put("previousColor", colors().previous().id());
        result.put("ticks", current.ticks());
        result.put("rules", current.rules().rules().stream().map(Rule::id).collect(Collectors.toList()));
        result.put("notWatched", List.copyOf(notWatched));
        result.put(
                "decisions",
                current.decisions().stream().map(RuleDecision::toString).collect(Collectors.toList()));
        log(services, "healthy: no rollback after " + current.ticks() + " tick(s)");
        return finished(Next.succeed(result));
    }

    private void begin(final WatchServices services, final Trigger cause) {
        trigger = cause;
        phase = Phase.ROLLING_BACK;
        progress = new RollbackProgress(settings.plan(), cause.summary());
        incident = IncidentSummary.of(cause);
        // traffic first: the incident reaches the record with the first action, not as a file write before it
        log(services, "rolling back (" + settings.plan() + "): " + cause.summary());
    }

    private Next rollBack(final WatchServices services) throws IOException, InterruptedException {
        RollbackProgress rollback = progress();
        if (bodyRunning) {
            return Next.awaitBody();
        }
        Optional<PlannedAction> interrupted = rollback.running();
        if (interrupted.isPresent()) {
            // the controller stopped during the action: nobody knows how it ended
            rollback.complete(
                    false,
                    "interrupted by a restart of Jenkins; its outcome is unknown",
                    services.clock().instant());
            syncRollback(services, interrupted.get(), rollback, List.of());
        }
        ActionPerformer performer =
                new ActionPerformer(services, settings, colors(), trigger().ruleId());
        while (rollback.next().isPresent()) {
            PlannedAction action = rollback.begin(services.clock().instant());
            if (action.usesBody()) {
                bodyRunning = true;
                syncRollback(services, action, rollback, List.of());
                log(services, action.kind() + ": running the body to " + action.description());
                return Next.runBody(Map.of());
            }
            ActionReport report;
            try {
                report = performer.perform(action);
            } catch (RuntimeException exception) {
                report = ActionReport.failure(exception.getClass().getSimpleName() + ": " + exception.getMessage());
            }
            rollback.complete(
                    report.succeeded(), report.detail(), services.clock().instant());
            syncRollback(services, action, rollback, performer.takeTrafficChanges());
        }
        return end(services);
    }

    /**
     * Hears the end of the step's body, which restored the database; the next tick goes on with the plan.
     *
     * @param services the collaborators
     * @param failure why the body failed, empty if it succeeded
     * @throws IOException if the record cannot be written
     */
    public void bodyFinished(final WatchServices services, final Optional<String> failure) throws IOException {
        RollbackProgress rollback = progress();
        PlannedAction action = rollback.running().orElseThrow(() -> new IllegalStateException("No body is running"));
        bodyRunning = false;
        rollback.complete(
                failure.isEmpty(),
                failure.map(reason -> "the body failed: " + reason).orElse("the body (database restore) succeeded"),
                services.clock().instant());
        syncRollback(services, action, rollback, List.of());
    }

    /**
     * Records where the rollback stands in one write: the event of every action begun so far, the incident with the
     * times known so far, the traffic changes of the action that just ended, and its timeline line.
     */
    private void syncRollback(
            final WatchServices services,
            final PlannedAction action,
            final RollbackProgress rollback,
            final List<TrafficChange> traffic)
            throws IOException {
        List<TimelineEntry> lines = new ArrayList<>();
        rollback.results().stream()
                .filter(result -> result.action().equals(action))
                .reduce((a, b) -> b)
                .ifPresent(result -> {
                    lines.add(new TimelineEntry(
                            result.finishedAt(),
                            STEP,
                            action.kind().name(),
                            result.succeeded() ? TimelineEntry.Status.SUCCEEDED : TimelineEntry.Status.FAILED,
                            result.detail()));
                    log(services, action.kind() + " " + result.outcome() + ": " + result.detail());
                });
        Incident opened = incident().withProgress(rollback).toRecord();
        List<MetricSnapshot> watchEnd = unwritten == null
                ? List.of()
                : unwritten.stream().map(KeptSnapshot::toSnapshot).collect(Collectors.toList());
        services.records().update(record -> {
            if (rollbackNumber == 0) {
                rollbackNumber = record.nextRollbackNumber();
            }
            watchEnd.forEach(record::addMetricSnapshot);
            record.putIncident(opened);
            traffic.forEach(record::addTrafficChange);
            rollback.toRecords(rollbackNumber).forEach(record::putRollbackAction);
            lines.forEach(record::addTimeline);
        });
        unwritten = null;
    }

    private Next end(final WatchServices services) throws IOException, InterruptedException {
        RollbackProgress rollback = progress();
        LiveColors live = colors();
        boolean succeeded = rollback.status() == RollbackProgress.Status.SUCCEEDED;
        IncidentSummary summary = incident().withProgress(rollback);
        incident = summary;
        services.records().update(record -> {
            record.putIncident(summary.toRecord());
            if (succeeded) {
                record.setLiveColor(live.previous().id());
                record.setPreviousColor(live.live().id());
            }
        });
        if (succeeded && !settings.watchAfterRollback().isZero()) {
            return startRestoredWatch(services);
        }
        Observations after =
                services.signals().read(watcher().rules().signals(), succeeded ? live.previous() : live.live());
        return finishRollback(services, after, "");
    }

    /** Watches the version the rollback restored, by the rules and against the baseline of the release's watch. */
    private Next startRestoredWatch(final WatchServices services) throws IOException, InterruptedException {
        RollbackWatcher released = watcher();
        Observations first = services.signals().read(released.rules().signals(), colors().previous());
        restoredWatcher = RollbackWatcher.watchRestored(
                released.rules(), settings.watchAfterRollback(), released.baseline(), services.clock());
        phase = Phase.WATCHING_RESTORED;
        log(
                services,
                "watching " + colors().previous() + ", restored by the rollback, for " + settings.watchAfterRollback()
                        + " by the same rules");
        return judgeRestored(services, first);
    }

    private Next watchRestored(final WatchServices services) throws IOException, InterruptedException {
        Observations readings =
                services.signals().read(restoredWatcher().rules().signals(), colors().previous());
        return judgeRestored(services, readings);
    }

    private Next judgeRestored(final WatchServices services, final Observations readings)
            throws IOException, InterruptedException {
        RollbackWatcher restored = restoredWatcher();
        TickResult result = restored.tick(readings);
        result.events().forEach(event -> log(services, event.type() + ": " + event.message()));
        if (!result.events().isEmpty()) {
            services.records()
                    .update(record -> result.events().forEach(event -> record.addTimeline(event.toTimelineEntry())));
        }
        WatchDecision decision = result.decision();
        String previous = colors().previous().id();
        switch (decision.kind()) {
            case UNHEALTHY:
                Trigger breach = decision.trigger().orElseThrow();
                IncidentSummary second = IncidentSummary.of(breach);
                Incident open = new Incident(
                        "restored-unhealthy-" + breach.ruleId() + "-"
                                + breach.detectedAt().getEpochSecond(),
                        "after the rollback to " + previous + ": " + second.rule(),
                        breach.severity().name(),
                        second.valuesSeen(),
                        breach.detectedAt(),
                        null,
                        null);
                services.records().update(record -> record.putIncident(open));
                return finishRollback(
                        services,
                        readings,
                        "; then " + previous + " was unhealthy too: " + breach.ruleId() + " (" + breach.severity()
                                + ") " + breach.reason() + "; there is no earlier version to roll back to");
            case PASSED:
                return finishRollback(
                        services,
                        readings,
                        "; " + previous + " stayed healthy for " + settings.watchAfterRollback()
                                + " after the rollback");
            default:
                Instant now = services.clock().instant();
                Instant nextSample = now.plus(settings.interval().toDuration());
                Instant end = restored.watchEnd();
                return Next.tickIn(Duration.between(now, end.isBefore(nextSample) ? end : nextSample));
        }
    }

    /**
     * Ends a rollback: the readings after it as the table's last column, the record finished (and handed to the DORA
     * index) and the build failed with the reason.
     */
    private Next finishRollback(final WatchServices services, final Observations after, final String note)
            throws IOException {
        RollbackProgress rollback = progress();
        Trigger cause = trigger();
        LiveColors live = colors();
        boolean succeeded = rollback.status() == RollbackProgress.Status.SUCCEEDED;
        IncidentSummary summary = incident();
        Instant now = services.clock().instant();
        String outcome = succeeded
                ? "rolled back to " + live.previous() + " (" + rollback.plan().type() + ")"
                : "the rollback FAILED (" + failedAction(rollback) + ")";
        String reason = outcome + ": " + cause.summary() + timings(summary) + note;
        String label = succeeded ? MetricSnapshot.AFTER_ROLLBACK : AFTER_FAILED_ROLLBACK;
        services.records().update(record -> snapshots(watcher().rules(), after, MetricSnapshot.Moment.AFTER, label, now)
                .forEach(record::addMetricSnapshot));
        services.records().finish(succeeded ? Outcome.ROLLED_BACK : Outcome.FAILED, reason, now);
        log(services, reason);
        return finished(Next.fail(settings.key() + " " + reason));
    }

    private static String failedAction(final RollbackProgress rollback) {
        return rollback.results().stream()
                .filter(result -> !result.succeeded())
                .findFirst()
                .map(result -> result.kind() + ": " + result.detail())
                .orElse("unknown");
    }

    private static String timings(final IncidentSummary summary) {
        String toRollback = summary.timeToRollback()
                .map(duration -> "; traffic back after " + duration.toMillis() + " ms")
                .orElse("");
        String toRestore = summary.recoveryTime()
                .map(duration -> ", healthy again after " + duration.toMillis() + " ms")
                .orElse("");
        return toRollback + toRestore;
    }

    private static List<MetricSnapshot> snapshots(
            final RuleSet rules,
            final Observations readings,
            final MetricSnapshot.Moment moment,
            final String label,
            final Instant at) {
        List<MetricSnapshot> snapshots = new ArrayList<>();
        for (Signal signal : rules.signals()) {
            Observation reading = readings.get(signal);
            if (signal.kind() == SignalKind.METRIC && reading.hasValue()) {
                snapshots.add(new MetricSnapshot(signal.name(), signal.unit(), moment, reading.value(), at, label));
            }
        }
        return snapshots;
    }

    private void log(final WatchServices services, final String line) {
        services.log().accept("[" + STEP + " " + settings.key().id() + "] " + line);
    }

    /** Returns where the session stands. */
    public Phase phase() {
        return phase;
    }

    public WatchSettings settings() {
        return settings;
    }

    /** Returns the watcher once watching started. */
    public Optional<RollbackWatcher> findWatcher() {
        return Optional.ofNullable(watcher);
    }

    /** Returns the incident once a rollback started. */
    public Optional<IncidentSummary> findIncident() {
        return Optional.ofNullable(incident);
    }

    /** Returns the watch of the version the rollback restored, once it started. */
    public Optional<RollbackWatcher> findRestoredWatcher() {
        return Optional.ofNullable(restoredWatcher);
    }

    /** Returns the rollback's progress once it started. */
    public Optional<RollbackProgress> findProgress() {
        return Optional.ofNullable(progress);
    }

    /**
     * Reattaches the clock after a restart.
     *
     * @param services the collaborators
     */
    public void resume(final WatchServices services) {
        if (watcher != null) {
            watcher.resume(services.clock());
        }
        if (restoredWatcher != null) {
            restoredWatcher.resume(services.clock());
        }
    }

    /** Describes where the watch stands, for the build's status. */
    public String status() {
        if (phase == Phase.WATCHING && watcher != null) {
            return "watching " + settings.key() + ": " + watcher.phase() + " after " + watcher.ticks() + " tick(s), "
                    + watcher.remaining().toSeconds() + " s left";
        }
        if (phase == Phase.ROLLING_BACK && progress != null) {
            return "rolling back " + settings.key() + ": " + progress;
        }
        if (phase == Phase.WATCHING_RESTORED && restoredWatcher != null) {
            return "watching " + settings.key() + " after the rollback: " + restoredWatcher.phase() + " after "
                    + restoredWatcher.ticks() + " tick(s), "
                    + restoredWatcher.remaining().toSeconds() + " s left";
        }
        return phase + " " + settings.key();
    }

    private RollbackWatcher watcher() {
        return require(watcher, "watcher");
    }

    private RollbackWatcher restoredWatcher() {
        return require(restoredWatcher, "watch of the restored version");
    }

    private LiveColors colors() {
        return require(colors, "colours");
    }

    private Trigger trigger() {
        return require(trigger, "trigger");
    }

    private RollbackProgress progress() {
        return require(progress, "rollback");
    }

    private IncidentSummary incident() {
        return require(incident, "incident");
    }

    private <T> T require(@CheckForNull final T value, final String what) {
        if (value == null) {
            throw new IllegalStateException("No " + what + " yet: the watch of " + settings.key() + " is " + phase);
        }
        return value;
    }
}
