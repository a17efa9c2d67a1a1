package io.jenkins.plugins.deploymentsop.steps.checklist;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.FilePath;
import hudson.model.Result;
import hudson.model.Run;
import io.jenkins.plugins.deploymentsop.checklist.ChecklistResult;
import io.jenkins.plugins.deploymentsop.checklist.Decision;
import io.jenkins.plugins.deploymentsop.checklist.DecisionKind;
import io.jenkins.plugins.deploymentsop.checklist.DecisionRefusedException;
import io.jenkins.plugins.deploymentsop.checklist.DeploymentLookup;
import io.jenkins.plugins.deploymentsop.checklist.ItemResult;
import io.jenkins.plugins.deploymentsop.checklist.ManualGate;
import io.jenkins.plugins.deploymentsop.checklist.check.CheckType;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.record.TimelineEntry;
import io.jenkins.plugins.deploymentsop.steps.RunRecords;
import io.jenkins.plugins.deploymentsop.steps.TickingStepExecution;
import io.jenkins.plugins.deploymentsop.ui.Decider;
import io.jenkins.plugins.deploymentsop.ui.DecisionHandler;
import io.jenkins.plugins.deploymentsop.ui.DecisionRegistry;
import io.jenkins.plugins.deploymentsop.ui.PendingDecision;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Runs {@code preDeployChecklist}: the first tick evaluates the checklist (on the agent inside {@code node}, else on
 * the controller without a workspace) and records it; while manual items wait, the questions are on the build's
 * "Deployment Decisions" page and each answer is applied, recorded and followed by a tick; later ticks fail sign-offs
 * whose deadline passed. The checklist's state ({@link ChecklistResult},
 * immutable and serializable) is this execution's state, so a controller restart resumes the wait.
 */
class PreDeployChecklistExecution extends TickingStepExecution implements DecisionHandler {
    private static final long serialVersionUID = 1L;
    private static final Duration IDLE_RECHECK = Duration.ofMinutes(1);
    private static final Duration AFTER_DEADLINE = Duration.ofSeconds(1);

    private final PreDeployChecklistStep step;

    @CheckForNull
    private DeploymentKey key;

    private String buildId = "";

    @CheckForNull
    private ChecklistResult result;

    /** Set when someone rejected a failed automated item: the deployment stops at once. */
    private String stoppedBy = "";

    @CheckForNull
    private transient Clock clock;

    PreDeployChecklistExecution(final StepContext context, final PreDeployChecklistStep step) {
        super(context);
        this.step = step;
    }

    /** Sets the clock (tests); the system clock otherwise. */
    synchronized void setClock(final Clock clock) {
        this.clock = clock;
    }

    private Instant now() {
        Clock current = clock;
        return current == null ? Instant.now() : current.instant();
    }

    @Override
    protected synchronized void begin() throws IOException, InterruptedException {
        Run<?, ?> run = run();
        String service = step.getService().isEmpty() ? serviceOf(run.getParent().getFullName()) : step.getService();
        if (step.getService().isEmpty()) {
            log("preDeployChecklist: no service given, using '" + service + "' (from the job's name)");
        }
        key = new DeploymentKey(service, step.getEnvironment());
        buildId = run.getExternalizableId();
    }

    /**
     * Makes a job's full name a service name: runs of characters other than letters, digits, '.', '_' and '-' become
     * one '-', e.g. {@code shop/deploy} becomes {@code shop-deploy}.
     *
     * @param jobName the job's full name
     * @return the service name
     */
    static String serviceOf(final String jobName) {
        String safe = jobName.replaceAll("[^A-Za-z0-9._-]+", "-");
        if (safe.length() > 100) {
            safe = safe.substring(0, 100);
        }
        safe = safe.replaceAll("^[^A-Za-z0-9]+|[^A-Za-z0-9]+$", "");
        return safe.isEmpty() ? "service" : safe;
    }

    @Override
    protected synchronized Optional<Duration> tick() throws IOException, InterruptedException {
        if (result == null) {
            evaluate();
        } else {
            ChecklistResult checked = result.timeOut(now());
            if (checked != result) {
                result = checked;
                record(TimelineEntry.Status.INFO, "Sign-off deadline passed: " + checked.summary());
                logChanges(checked);
            }
        }
        return settle();
    }

    private void evaluate() throws IOException, InterruptedException {
        Run<?, ?> run = run();
        ChecklistRequest asked = step.request(
                MetricsCredentials.resolve(step.getMetricsUrl(), step.getMetricsCredentialsId(), run),
                ZoneId.systemDefault(),
                key().service(),
                EarlierDeployments.notRead());
        // the deployment index is read only for a stagedFirst item; one of the Pipeline's is known before the trip
        ChecklistRequest request = asked.hasPipelineItemOfType(CheckType.STAGED_FIRST.typeName())
                ? asked.with(earlierDeployments())
                : asked;
        FilePath workspace = getContext().get(FilePath.class);
        if (workspace == null) {
            log("preDeployChecklist runs outside node { }: evaluating on the controller without a workspace;"
                    + " sign-offs wait without holding an executor");
        }
        EvaluatedChecklist evaluated = evaluate(workspace, request);
        if (evaluated.needsEarlierDeployments()) { // a stagedFirst item of the checklist file
            evaluated = evaluate(workspace, request.with(earlierDeployments()));
        }
        result = evaluated.result();
        ChecklistLog.lines(key(), title(), step.getRelease(), evaluated).forEach(this::log);
        ChecklistResult evaluatedResult = evaluated.result();
        RunRecords.update(run, key(), record -> {
            if (record.getVersion().isEmpty()) {
                record.setVersion(step.getRelease());
            }
            if (step.isPreDeployment()) {
                record.setType(request.type());
            }
            record.replaceChecklist(step.getName(), ChecklistRecords.entries(evaluatedResult));
            record.addTimeline(ChecklistRecords.timeline(
                    now(),
                    evaluatedResult.hasBlockingFailures() ? TimelineEntry.Status.FAILED : TimelineEntry.Status.INFO,
                    title() + " evaluated: " + evaluatedResult.summary()
                            + (step.getEmergencyOverride().isEmpty()
                                    ? ""
                                    : "; emergency override: " + step.getEmergencyOverride())));
        });
    }

    /**
     * Evaluates the checklist on the agent that holds the workspace, or here without one (outside {@code node}).
     *
     * @param workspace the workspace, {@code null} outside {@code node}
     * @param request what to evaluate
     * @return the result, or the request for the earlier deployments
     */
    private EvaluatedChecklist evaluate(@CheckForNull final FilePath workspace, final ChecklistRequest request)
            throws IOException, InterruptedException {
        ChecklistEvaluation evaluation = new ChecklistEvaluation(request);
        if (workspace == null) {
            Clock current = clock;
            return evaluation.evaluateWithoutWorkspace(current == null ? Clock.systemUTC() : current);
        }
        return workspace.act(evaluation);
    }

    private EarlierDeployments earlierDeployments() {
        return EarlierDeployments.read(deployments(), key().service(), step.getRelease());
    }

    /** Finishes when nothing can change the outcome any more; otherwise asks the open questions and waits. */
    private Optional<Duration> settle() throws IOException, InterruptedException {
        ChecklistResult current = state();
        if (!stoppedBy.isEmpty() || current.isComplete() || aSignOffFailed(current)) {
            unregisterAll(current);
            finish(current);
            return Optional.empty();
        }
        List<PendingDecision> questions = ChecklistQuestions.of(key(), step.getName(), current);
        syncQuestions(current, questions);
        Optional<Instant> deadline = current.nextDeadline();
        if (deadline.isEmpty()) {
            return Optional.of(IDLE_RECHECK);
        }
        Duration wait = Duration.between(now(), deadline.get());
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait.plus(AFTER_DEADLINE));
    }

    /** A blocking sign-off that was rejected or timed out fails the checklist at once; nobody need wait longer. */
    private static boolean aSignOffFailed(final ChecklistResult current) {
        return current.blockingFailures().stream()
                .map(item -> current.gate(item.id()))
                .flatMap(Optional::stream)
                .anyMatch(gate ->
                        gate.phase() == ManualGate.Phase.REJECTED || gate.phase() == ManualGate.Phase.TIMED_OUT);
    }

    private void finish(final ChecklistResult current) throws IOException, InterruptedException {
        Run<?, ?> run = run();
        if (!stoppedBy.isEmpty() || current.hasBlockingFailures() || !current.isComplete()) {
            String message = current.message(title()) + (stoppedBy.isEmpty() ? "" : "; stopped: " + stoppedBy);
            record(TimelineEntry.Status.FAILED, message);
            log(message);
            complete(new AbortException(message));
            return;
        }
        List<ItemResult> warnings = current.warnings();
        if (!warnings.isEmpty()) {
            String message = title() + " warnings: "
                    + warnings.stream()
                            .map(item -> item.id() + " (" + item.evidence() + ")")
                            .collect(Collectors.joining("; "));
            FlowNode node = getContext().get(FlowNode.class);
            if (node != null) {
                node.addOrReplaceAction(new WarningAction(Result.UNSTABLE).withMessage(message));
            }
            run.setResult(Result.UNSTABLE);
            log(message);
        }
        record(TimelineEntry.Status.SUCCEEDED, current.message(title()));
        log(current.message(title()));
        complete(current.toPipelineMap());
    }

    @Override
    public void onResume() {
        synchronized (this) {
            ChecklistResult current = result;
            if (current != null && !isFinished()) {
                syncQuestions(current, ChecklistQuestions.of(key(), step.getName(), current));
            }
        }
        super.onResume();
    }

    @Override
    public String getStatus() {
        ChecklistResult current = result;
        if (current == null) {
            return "preDeployChecklist: evaluating the checklist";
        }
        return "preDeployChecklist: waiting for "
                + current.pending().stream().map(ItemResult::id).collect(Collectors.joining(", "));
    }

    /**
     * Applies an answer from the "Deployment Decisions" page or the chat-ops endpoint, which has checked the job
     * permission and the allowed users and groups already.
     */
    @Override
    public void decide(final String decisionId, final String choice, final String userId, final String comment) {
        decide(decisionId, choice, new Decider(userId, Set.of(), false), comment);
    }

    /**
     * Applies an answer with the groups of the person, which the checklist records and checks against the item's
     * users and groups (the decisions page has checked them already, as the security realm compares ids).
     */
    @Override
    public synchronized void decide(
            final String decisionId, final String choice, final Decider decider, final String comment) {
        String userId = decider.userId();
        ChecklistResult current = result;
        Optional<String> itemId = ChecklistQuestions.itemId(key(), step.getName(), decisionId);
        if (current == null || isFinished() || itemId.isEmpty()) {
            throw new IllegalStateException("The checklist no longer waits for '" + decisionId + "'");
        }
        Instant at = now();
        DecisionKind kind = DecisionKind.parse("choice", choice);
        Decision decision = new Decision(kind, itemId.get(), userId, List.copyOf(decider.groups()), at, comment);
        boolean automated = current.gate(itemId.get()).isEmpty();
        if (automated && kind == DecisionKind.REJECT) {
            stoppedBy = String.format(
                    "%s rejected the failed item '%s'%s",
                    userId, itemId.get(), comment.isBlank() ? "" : ": " + comment);
        } else {
            try {
                result = current.apply(decision);
            } catch (DecisionRefusedException exception) {
                throw new IllegalArgumentException(exception.getMessage(), exception);
            }
        }
        ChecklistResult next = state();
        log(String.format(
                Locale.ROOT,
                "preDeployChecklist: %s by %s on '%s'%s",
                kind,
                userId,
                itemId.get(),
                comment.isBlank() ? "" : ": " + comment));
        next.item(itemId.get()).map(ChecklistLog::line).ifPresent(this::log);
        try {
            RunRecords.update(run(), key(), record -> {
                record.replaceChecklist(step.getName(), ChecklistRecords.entries(next));
                record.addApproval(ChecklistRecords.approval(step.getName(), decision));
                record.addTimeline(ChecklistRecords.timeline(at, TimelineEntry.Status.INFO, decision.toString()));
            });
        } catch (IOException exception) {
            throw new UncheckedIOException("Cannot record the decision: " + exception.getMessage(), exception);
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while recording the decision", exception);
        }
        DecisionRegistry.unregister(buildId, decisionId);
        tickNow();
    }

    /** A sign-off is the named people's own word: administrators answer only where the item names nobody. */
    @Override
    public boolean administratorsMaySettle() {
        return false;
    }

    private void syncQuestions(final ChecklistResult current, final List<PendingDecision> questions) {
        Set<String> asked = questions.stream().map(PendingDecision::id).collect(Collectors.toSet());
        for (ItemResult item : current.items()) {
            String id = ChecklistQuestions.decisionId(key(), step.getName(), item.id());
            if (!asked.contains(id)) {
                DecisionRegistry.unregister(buildId, id);
            }
        }
        for (PendingDecision question : questions) {
            DecisionRegistry.register(buildId, question, this);
        }
    }

    private void unregisterAll(final ChecklistResult current) {
        for (ItemResult item : current.items()) {
            DecisionRegistry.unregister(buildId, ChecklistQuestions.decisionId(key(), step.getName(), item.id()));
        }
    }

    private void record(final TimelineEntry.Status status, final String message)
            throws IOException, InterruptedException {
        ChecklistResult current = state();
        Instant at = now();
        RunRecords.update(run(), key(), record -> {
            record.replaceChecklist(step.getName(), ChecklistRecords.entries(current));
            record.addTimeline(ChecklistRecords.timeline(at, status, message));
        });
    }

    private void logChanges(final ChecklistResult current) {
        current.items().stream()
                .filter(item -> current.gate(item.id())
                        .map(gate -> gate.phase() == ManualGate.Phase.TIMED_OUT)
                        .orElse(false))
                .map(ChecklistLog::line)
                .forEach(this::log);
    }

    /**
     * Returns where earlier deployments are looked up: the controller's deployment index (tests replace it).
     *
     * @return the lookup
     */
    DeploymentLookup deployments() {
        return IndexDeploymentLookup.ofController();
    }

    /** Names the checklist in log lines and the record's timeline. */
    private String title() {
        return step.isPreDeployment() ? "Pre-deployment checklist" : "Checklist '" + step.getName() + "'";
    }

    private ChecklistResult state() {
        ChecklistResult current = result;
        if (current == null) {
            throw new IllegalStateException("The checklist has not been evaluated yet");
        }
        return current;
    }

    private DeploymentKey key() {
        DeploymentKey current = key;
        if (current == null) {
            throw new IllegalStateException("The step has not started");
        }
        return current;
    }

    /** For tests: the checklist's current state. */
    synchronized Optional<ChecklistResult> result() {
        return Optional.ofNullable(result);
    }
}
