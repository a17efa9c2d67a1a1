package io.jenkins.plugins.deploymentsop.rollback.watch;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.rollback.Choice;
import io.jenkins.plugins.deploymentsop.rollback.Rule;
import io.jenkins.plugins.deploymentsop.rollback.RuleSet;
import io.jenkins.plugins.deploymentsop.rollback.Severity;
import io.jenkins.plugins.deploymentsop.rollback.Signal;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Watches one release against a rule set, one tick at a time. Each {@link #tick(Observations)} judges the readings
 * of every rule, keeps each rule's breach window and returns the events and a {@link WatchDecision}: keep watching,
 * roll back now (an automatic rule's breach is sustained), wait for a person (a manual rule's breach is sustained),
 * or passed (the window ended). A person answers with {@link #decide}; at the deadline the rule's default applies.
 *
 * <p>When several sustained breaches compete, the most severe wins: P0 before P1, automatic before manual, then the
 * order of the rules. An automatic breach ends a pending request; a more severe manual breach replaces it.
 *
 * <p>{@link #watchRestored} watches the version a rollback restored, by the same rules: there is nothing left to roll
 * back to, so the first sustained breach of any rule, automatic or manual, ends that watch as {@link Phase#UNHEALTHY}
 * without asking anybody.
 *
 * <p>The state is plain and serializable: all times are absolute, so a watcher restored after a controller restart
 * continues with the remaining window; it uses the system clock unless {@link #resume(Clock)} sets another.
 */
public final class RollbackWatcher implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The user of decisions made by a timeout. */
    public static final String SYSTEM_USER = "SYSTEM";

    private final RuleSet rules;
    private final Baseline baseline;
    private final Instant startedAt;
    private final Instant watchEnd;
    private final boolean gate;
    // watches a version restored by a rollback: a sustained breach means unhealthy, never a rollback or a question
    private final boolean restored;
    private final ArrayList<RuleState> states = new ArrayList<>();
    private final ArrayList<RuleDecision> decisions = new ArrayList<>();
    private final ArrayList<WatchEvent> undelivered = new ArrayList<>();
    private Phase phase = Phase.WATCHING;
    private long ticks;

    @CheckForNull
    private PendingDecision pending;

    @CheckForNull
    private Trigger trigger;

    private transient Clock clock;

    private RollbackWatcher(
            final RuleSet rules,
            final TimeSpan watch,
            final Baseline baseline,
            final Clock clock,
            final boolean restored) {
        this.rules = rules;
        this.baseline = baseline;
        this.clock = clock;
        this.startedAt = clock.instant();
        this.watchEnd = startedAt.plus(watch.toDuration());
        this.gate = watch.isZero();
        this.restored = restored;
        rules.rules().forEach(rule -> states.add(new RuleState(rule.id())));
    }

    /**
     * Starts watching.
     *
     * @param rules the rules
     * @param watch how long to watch; {@code 0s} evaluates once, as a gate
     * @param baseline the baseline captured before watching, see {@link Baseline#capture}
     * @param clock the clock of the ticks
     * @return the watcher; its first tick reports the start
     */
    public static RollbackWatcher start(
            final RuleSet rules, final TimeSpan watch, final Baseline baseline, final Clock clock) {
        RollbackWatcher watcher = new RollbackWatcher(rules, watch, baseline, clock, false);
        watcher.reportStart();
        return watcher;
    }

    /**
     * Starts watching the version a rollback restored: the first sustained breach of any rule ends the watch as
     * {@link Phase#UNHEALTHY}; the end of the window as {@link Phase#PASSED}. Nobody is asked and no rollback is
     * requested, since there is no earlier version to return to.
     *
     * @param rules the rules, usually those the release was watched with
     * @param watch how long to watch the restored version; {@code 0s} evaluates once
     * @param baseline the baseline of the rules that compare with one
     * @param clock the clock of the ticks
     * @return the watcher; its first tick reports the start
     */
    public static RollbackWatcher watchRestored(
            final RuleSet rules, final TimeSpan watch, final Baseline baseline, final Clock clock) {
        RollbackWatcher watcher = new RollbackWatcher(rules, watch, baseline, clock, true);
        watcher.reportStart();
        return watcher;
    }

    private void reportStart() {
        String what = (restored ? "the version restored by the rollback: " : "")
                + (gate
                        ? "evaluating " + rules.rules().size() + " rule(s) once, as a gate"
                        : "watching " + rules.rules().size() + " rule(s) for " + Durations.between(startedAt, watchEnd)
                                + " until " + watchEnd);
        undelivered.add(new WatchEvent(
                startedAt,
                EventType.WATCH_STARTED,
                "",
                what + "; no data: " + rules.noDataDefaults() + "; baseline: " + baseline.values()));
        for (Signal signal : rules.baselineSignals()) {
            if (baseline.get(signal).isEmpty()) {
                String reason = baseline.missing().getOrDefault(signal.source(), "not captured");
                String ids = rules.rules().stream()
                        .filter(rule -> rule.signal().source().equals(signal.source()))
                        .filter(rule -> rule.condition().needsBaseline())
                        .map(Rule::id)
                        .collect(Collectors.joining(", "));
                undelivered.add(new WatchEvent(
                        startedAt,
                        EventType.BASELINE_MISSING,
                        "",
                        String.format(
                                "no baseline for %s: %s; rule(s) %s treat their comparisons as no data",
                                signal, reason, ids)));
            }
        }
    }

    private void readObject(final ObjectInputStream input) throws IOException, ClassNotFoundException {
        input.defaultReadObject();
        clock = Clock.systemUTC();
    }

    /**
     * Sets the clock after the watcher was restored from disk (the clock is not stored).
     *
     * @param newClock the clock
     * @return this watcher
     */
    public RollbackWatcher resume(final Clock newClock) {
        this.clock = newClock;
        return this;
    }

    /**
     * Judges one tick's readings.
     *
     * @param observations the readings of {@link RuleSet#signals()}; a missing one is no data
     * @return the events and the decision; after a final phase the same decision again, without new events
     */
    public TickResult tick(final Observations observations) {
        Instant now = clock.instant();
        List<WatchEvent> events = drainUndelivered();
        if (phase.isFinal()) {
            return new TickResult(events, decision());
        }
        ticks++;
        List<Rule> list = rules.rules();
        for (int i = 0; i < list.size(); i++) {
            Rule rule = list.get(i);
            Assessment assessment = RuleJudge.assess(
                    rule,
                    observations.get(rule.signal()),
                    baseline.get(rule.signal()),
                    rule.noDataPolicy(rules.noDataDefaults()));
            states.get(i).observe(rule, assessment, now, gate, events);
        }
        if (phase == Phase.AWAITING_DECISION) {
            handleWhileAwaiting(now, events);
        }
        if (phase == Phase.WATCHING) {
            mostSevere(rule -> true).ifPresent(index -> {
                if (restored) {
                    markUnhealthy(index, now, events);
                } else {
                    act(index, now, events);
                }
            });
        }
        if (phase == Phase.WATCHING && !now.isBefore(watchEnd)) {
            pass(now, events);
        }
        return new TickResult(events, decision());
    }

    /**
     * Applies a decision timeout between ticks, e.g. when the sampling interval is longer than the time left.
     *
     * @return the events and the decision
     */
    public TickResult checkTimers() {
        Instant now = clock.instant();
        List<WatchEvent> events = drainUndelivered();
        if (phase == Phase.AWAITING_DECISION && !now.isBefore(currentPending().deadline())) {
            applyTimeout(now, events);
        }
        return new TickResult(events, decision());
    }

    /**
     * Records a person's decision on the pending request.
     *
     * @param choice rollback or keep
     * @param user the id of the person
     * @param comment the reason given, may be empty
     * @param at when the decision was made
     * @return the events and the decision
     * @throws IllegalStateException if no decision is pending (e.g. the timeout already applied)
     */
    public TickResult decide(final Choice choice, final String user, final String comment, final Instant at) {
        requireRelease("decide");
        if (phase != Phase.AWAITING_DECISION) {
            throw new IllegalStateException("No decision is pending: the watch is " + phase + describeFinal());
        }
        if (user.isBlank()) {
            throw new InvalidInputException("user", user, "the id of the person who decides");
        }
        List<WatchEvent> events = drainUndelivered();
        PendingDecision request = currentPending();
        decisions.add(new RuleDecision(request.ruleId(), choice, user, comment, at, false));
        events.add(new WatchEvent(
                at,
                EventType.DECIDED,
                request.ruleId(),
                String.format(
                        "%s decided %s on %s%s",
                        user,
                        choice.name().toLowerCase(Locale.ROOT),
                        request.ruleId(),
                        comment.isEmpty() ? "" : ": " + comment)));
        if (choice == Choice.ROLLBACK) {
            requireRollback(new Trigger(request, at, Trigger.DecidedBy.PERSON, user, comment), events);
        } else {
            keep(at, events);
        }
        return new TickResult(events, decision());
    }

    /**
     * Rolls back on a person's word without a breached rule: the SOP's manual triggers (security vulnerability, data
     * corruption, critical bug reported, stakeholder request).
     *
     * @param user the id of the person
     * @param reason why
     * @param severity the severity the person gives it
     * @param at when
     * @return the events and the decision
     * @throws IllegalStateException if the watch is already final
     */
    public TickResult rollbackByPerson(
            final String user, final String reason, final Severity severity, final Instant at) {
        requireRelease("roll back");
        if (phase.isFinal()) {
            throw new IllegalStateException("The watch is already " + phase + describeFinal());
        }
        if (user.isBlank()) {
            throw new InvalidInputException("user", user, "the id of the person who starts the rollback");
        }
        List<WatchEvent> events = drainUndelivered();
        supersedePending(at, "manual rollback by " + user, events);
        requireRollback(
                new Trigger(
                        new Breach(
                                Trigger.PERSON_RULE_ID,
                                "manual rollback: " + reason,
                                severity,
                                "rollback started by " + user + ": " + reason,
                                List.of(),
                                at,
                                at),
                        at,
                        Trigger.DecidedBy.PERSON,
                        user,
                        reason),
                events);
        return new TickResult(events, decision());
    }

    private void requireRelease(final String what) {
        if (restored) {
            throw new IllegalStateException(
                    "Cannot " + what + ": this watch is of the version restored by a rollback, with nothing earlier to"
                            + " roll back to");
        }
    }

    /** Ends the watch of a restored version at its first sustained breach, whatever the rule's action. */
    private void markUnhealthy(final int index, final Instant now, final List<WatchEvent> events) {
        Rule rule = ruleAt(index);
        RuleState state = states.get(index);
        state.markActed();
        String reason = breachReason(rule, state, now);
        trigger = ruleTrigger(rule, state, reason, now);
        phase = Phase.UNHEALTHY;
        events.add(new WatchEvent(
                now,
                EventType.RESTORED_UNHEALTHY,
                rule.id(),
                String.format(
                        "the restored version is unhealthy after %s: %s (%s); there is no earlier version to roll back"
                                + " to",
                        Durations.between(startedAt, now), rule.id(), reason)));
    }

    private void handleWhileAwaiting(final Instant now, final List<WatchEvent> events) {
        Optional<Integer> automatic = mostSevere(rule -> rule.action().isAutomatic());
        if (automatic.isPresent()) {
            supersedePending(now, "automatic rule " + ruleAt(automatic.get()).id(), events);
            act(automatic.get(), now, events);
            return;
        }
        Severity current = currentPending().severity();
        Optional<Integer> worse = mostSevere(rule -> rule.severity().isMoreSevereThan(current));
        if (worse.isPresent()) {
            Instant deadline = currentPending().deadline();
            supersedePending(now, "more severe rule " + ruleAt(worse.get()).id(), events);
            act(worse.get(), now, events);
            if (pending != null && deadline.isBefore(pending.deadline())) {
                pending = pending.withDeadline(deadline);
            }
        }
        if (phase == Phase.AWAITING_DECISION && !now.isBefore(currentPending().deadline())) {
            applyTimeout(now, events);
        }
    }

    /** Finds the sustained, unhandled breach that wins: P0 before P1, automatic before manual, then rule order. */
    private Optional<Integer> mostSevere(final Predicate<Rule> filter) {
        if (states.stream().noneMatch(RuleState::awaitsAction)) {
            return Optional.empty(); // the common case, without building the order
        }
        Comparator<Integer> order = Comparator.<Integer, Severity>comparing(
                        index -> ruleAt(index).severity())
                .thenComparing(index -> !ruleAt(index).action().isAutomatic())
                .thenComparing(index -> index);
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < states.size(); i++) {
            if (states.get(i).awaitsAction() && filter.test(ruleAt(i))) {
                candidates.add(i);
            }
        }
        return candidates.stream().min(order);
    }

    private void act(final int index, final Instant now, final List<WatchEvent> events) {
        Rule rule = ruleAt(index);
        RuleState state = states.get(index);
        state.markActed();
        String reason = breachReason(rule, state, now);
        if (rule.action().isAutomatic()) {
            requireRollback(ruleTrigger(rule, state, reason, now), events);
            return;
        }
        Instant deadline = now.plus(rule.action().decisionTimeout().toDuration());
        pending = new PendingDecision(
                breach(rule, state, reason), deadline, rule.action().onTimeout());
        phase = Phase.AWAITING_DECISION;
        events.add(new WatchEvent(
                now,
                EventType.DECISION_REQUESTED,
                rule.id(),
                String.format(
                        "%s: decide by %s (%s left), then %s applies; %s",
                        rule.id(),
                        deadline,
                        rule.action().decisionTimeout(),
                        rule.action().onTimeout().name().toLowerCase(Locale.ROOT),
                        reason)));
    }

    private static String breachReason(final Rule rule, final RuleState state, final Instant now) {
        return String.format(
                "%s: %s over %d sample(s) in %s",
                rule.describe(),
                state.valuesText(),
                state.breachSamples(),
                Durations.between(state.breachStart(), now));
    }

    private static Breach breach(final Rule rule, final RuleState state, final String reason) {
        return new Breach(
                rule.id(),
                rule.describe(),
                rule.severity(),
                reason,
                state.seen(),
                state.breachStart(),
                state.sustainedAt());
    }

    private static Trigger ruleTrigger(final Rule rule, final RuleState state, final String reason, final Instant now) {
        return new Trigger(breach(rule, state, reason), now, Trigger.DecidedBy.RULE, "", "");
    }

    private void applyTimeout(final Instant now, final List<WatchEvent> events) {
        PendingDecision request = currentPending();
        Choice choice = request.onTimeout();
        decisions.add(
                new RuleDecision(request.ruleId(), choice, SYSTEM_USER, "no decision within the timeout", now, true));
        events.add(new WatchEvent(
                now,
                EventType.DECISION_TIMED_OUT,
                request.ruleId(),
                String.format(
                        "%s: nobody decided by %s; the default %s applies",
                        request.ruleId(), request.deadline(), choice.name().toLowerCase(Locale.ROOT))));
        if (choice == Choice.ROLLBACK) {
            requireRollback(
                    new Trigger(request, now, Trigger.DecidedBy.TIMEOUT, SYSTEM_USER, "no decision within the timeout"),
                    events);
        } else {
            keep(now, events);
        }
    }

    private void keep(final Instant at, final List<WatchEvent> events) {
        pending = null;
        phase = Phase.WATCHING;
        if (!at.isBefore(watchEnd)) {
            pass(at, events);
        }
    }

    private void supersedePending(final Instant now, final String by, final List<WatchEvent> events) {
        if (pending != null) {
            events.add(new WatchEvent(
                    now,
                    EventType.DECISION_SUPERSEDED,
                    pending.ruleId(),
                    pending.ruleId() + ": the pending decision is superseded by " + by));
            pending = null;
            phase = Phase.WATCHING;
        }
    }

    private void requireRollback(final Trigger cause, final List<WatchEvent> events) {
        trigger = cause;
        pending = null;
        phase = Phase.ROLLBACK_REQUIRED;
        events.add(new WatchEvent(
                cause.decidedAt(), EventType.ROLLBACK_TRIGGERED, cause.ruleId(), "roll back: " + cause.summary()));
    }

    private void pass(final Instant now, final List<WatchEvent> events) {
        phase = Phase.PASSED;
        List<String> open = new ArrayList<>();
        for (int i = 0; i < states.size(); i++) {
            RuleState state = states.get(i);
            if (state.isBreaching() && !state.isSustained()) {
                open.add(String.format(
                        "%s breaching for %s (%d sample(s)) but not sustained",
                        state.ruleId(), Durations.between(state.breachStart(), now), state.breachSamples()));
            }
        }
        String kept = decisions.stream()
                .filter(decision -> decision.choice() == Choice.KEEP)
                .map(decision -> decision.ruleId() + " kept by " + decision.user())
                .collect(Collectors.joining(", "));
        events.add(new WatchEvent(
                now,
                EventType.WATCH_PASSED,
                "",
                String.format(
                        "%s after %d tick(s) in %s%s%s",
                        restored ? "the restored version stayed healthy: no sustained breach" : "no rollback",
                        ticks,
                        Durations.between(startedAt, now),
                        kept.isEmpty() ? "" : "; " + kept,
                        open.isEmpty() ? "" : "; " + String.join("; ", open))));
    }

    private List<WatchEvent> drainUndelivered() {
        List<WatchEvent> events = new ArrayList<>(undelivered);
        undelivered.clear();
        return events;
    }

    private Rule ruleAt(final int index) {
        return rules.rules().get(index);
    }

    private PendingDecision currentPending() {
        if (pending == null) {
            throw new IllegalStateException("No decision is pending");
        }
        return pending;
    }

    private String describeFinal() {
        return trigger == null ? "" : " (" + trigger.summary() + ")";
    }

    /** Returns what the caller has to do now. */
    public WatchDecision decision() {
        switch (phase) {
            case AWAITING_DECISION:
                return WatchDecision.awaiting(currentPending());
            case ROLLBACK_REQUIRED:
                return WatchDecision.rollbackNow(trigger().orElseThrow());
            case UNHEALTHY:
                return WatchDecision.unhealthy(trigger().orElseThrow());
            case PASSED:
                return WatchDecision.passed();
            default:
                return WatchDecision.none();
        }
    }

    public Phase phase() {
        return phase;
    }

    public boolean isFinished() {
        return phase.isFinal();
    }

    public Optional<PendingDecision> pendingDecision() {
        return Optional.ofNullable(pending);
    }

    public Optional<Trigger> trigger() {
        return Optional.ofNullable(trigger);
    }

    /** Returns the decisions made on manual rules, by people and by timeouts, in order. */
    public List<RuleDecision> decisions() {
        return Collections.unmodifiableList(decisions);
    }

    public RuleSet rules() {
        return rules;
    }

    public Baseline baseline() {
        return baseline;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant watchEnd() {
        return watchEnd;
    }

    /** Returns whether this watch is of a version restored by a rollback, see {@link #watchRestored}. */
    public boolean isOfRestoredVersion() {
        return restored;
    }

    /** Returns whether the watch evaluates once ({@code watch: 0s}). */
    public boolean isGate() {
        return gate;
    }

    /** Returns the number of ticks judged so far. */
    public long ticks() {
        return ticks;
    }

    /** Returns the time left in the watch window, zero once it ended. */
    public Duration remaining() {
        Duration left = Duration.between(clock.instant(), watchEnd);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Returns when something happens without a reading: the pending deadline, else the end of the window. */
    public Instant nextDeadline() {
        return pending != null ? pending.deadline() : watchEnd;
    }

    @Override
    public String toString() {
        return phase + " since " + startedAt + " until " + watchEnd + ", " + ticks + " tick(s)";
    }
}
