package io.jenkins.plugins.deploymentsop.steps.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import hudson.FilePath;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.deploymentsop.checklist.ItemStatus;
import io.jenkins.plugins.deploymentsop.dora.RecordEvents;
import io.jenkins.plugins.deploymentsop.dora.index.DeploymentIndex;
import io.jenkins.plugins.deploymentsop.record.Approval;
import io.jenkins.plugins.deploymentsop.record.ChecklistEntry;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.DeploymentType;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import io.jenkins.plugins.deploymentsop.record.RecordStore;
import io.jenkins.plugins.deploymentsop.testing.JenkinsMocks;
import io.jenkins.plugins.deploymentsop.ui.Decider;
import io.jenkins.plugins.deploymentsop.ui.DecisionRegistry;
import io.jenkins.plugins.deploymentsop.ui.DeploymentReportAction;
import io.jenkins.plugins.deploymentsop.ui.PendingDecision;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import jenkins.util.Timer;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

/**
 * The step's execution on a build whose Jenkins objects are mocks and whose workspace and build folder are real:
 * evaluation, questions on the decisions page, answers recorded in the deployment record, deadlines, the outcome.
 */
class PreDeployChecklistExecutionTest {
    private static final DeploymentKey KEY = new DeploymentKey("shop", "production");
    private static final String SECURITY = "shop@production:checklist:security";
    private static final String TESTS = "shop@production:checklist:tests";
    private static final String ON_CALL = "shop@production:checklist:operations-handoff:on-call-briefed";

    @TempDir
    Path workspace;

    @RegisterExtension
    final JenkinsMocks jenkins = JenkinsMocks.build(12);

    private final StepContext context = mock(StepContext.class);
    private final Run<?, ?> run = jenkins.run();
    private final String build = jenkins.buildId();
    private final FlowNode node = mock(FlowNode.class);
    private final List<String> warnings = new ArrayList<>();
    private Instant now = ChecklistEvaluationTest.NOW;

    @BeforeEach
    void mockJenkins() throws Exception {
        jenkins.mockStatic(Timer.class).when(Timer::get).thenReturn(mock(ScheduledExecutorService.class));
        jenkins.closeAfterTest(AbortMessages.mock());
        jenkins.closeAfterTest(org.mockito.Mockito.mockConstruction(
                WarningAction.class,
                (mock, construction) -> when(mock.withMessage(any())).thenAnswer(invocation -> {
                    warnings.add(invocation.getArgument(0));
                    return mock;
                })));

        FilePath filePath = mock(FilePath.class);
        when(filePath.act(any())).thenAnswer(invocation -> ((ChecklistEvaluation) invocation.getArgument(0))
                .evaluate(workspace, Clock.fixed(now, ZoneOffset.UTC)));
        when(context.get(Run.class)).thenReturn(run);
        when(context.get(TaskListener.class)).thenReturn(jenkins.listener());
        when(context.get(FilePath.class)).thenReturn(filePath);
        when(context.get(FlowNode.class)).thenReturn(node);
    }

    @AfterEach
    void forgetTheQuestions() {
        for (String id : List.of(SECURITY, TESTS, ON_CALL)) {
            DecisionRegistry.unregister(build, id);
        }
    }

    private PreDeployChecklistExecution started(final boolean failingTests, final ChecklistItemSpec... items)
            throws Exception {
        ChecklistEvaluationTest.fill(workspace, failingTests);
        PreDeployChecklistStep step = new PreDeployChecklistStep("1.4.0", "production");
        step.setService("shop");
        step.setChecklist("checklist.yaml");
        step.setItems(List.of(items));
        PreDeployChecklistExecution execution = execution(step);
        execution.setClock(Clock.fixed(now, ZoneOffset.UTC));
        execution.begin();
        return execution;
    }

    /**
     * Creates the execution without the API copy's StepExecution constructor (it throws): the real methods run on an
     * instance whose context is the mock.
     */
    private PreDeployChecklistExecution execution(final PreDeployChecklistStep step) throws Exception {
        PreDeployChecklistExecution execution =
                mock(PreDeployChecklistExecution.class, withSettings().defaultAnswer(CALLS_REAL_METHODS));
        doReturn(context).when(execution).getContext();
        Field field = PreDeployChecklistExecution.class.getDeclaredField("step");
        field.setAccessible(true);
        field.set(execution, step);
        Field stoppedBy = PreDeployChecklistExecution.class.getDeclaredField("stoppedBy");
        stoppedBy.setAccessible(true);
        stoppedBy.set(execution, "");
        Field buildId = PreDeployChecklistExecution.class.getDeclaredField("buildId");
        buildId.setAccessible(true);
        buildId.set(execution, "");
        return execution;
    }

    private static ManualItem security() {
        ManualItem item = new ManualItem("security");
        item.setUsers("alice");
        item.setTimeout("4h");
        return item;
    }

    private DeploymentRecord record() throws Exception {
        return RecordStore.forBuild(jenkins.buildFolder()).load(KEY).orElseThrow();
    }

    private static Optional<ChecklistEntry> entry(final DeploymentRecord record, final String id) {
        return record.getChecklist().stream()
                .filter(entry -> entry.id().equals(id))
                .findFirst();
    }

    private String failureMessage() {
        ArgumentCaptor<Throwable> failure = ArgumentCaptor.forClass(Throwable.class);
        verify(context).onFailure(failure.capture());
        verify(context, never()).onSuccess(any());
        return failure.getValue().getMessage();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> returnedMap() {
        ArgumentCaptor<Object> value = ArgumentCaptor.forClass(Object.class);
        verify(context).onSuccess(value.capture());
        verify(context, never()).onFailure(any());
        return (Map<String, Object>) value.getValue();
    }

    @Test
    void shouldPassAndReturnTheMapWhenEveryGatePasses() throws Exception {
        PreDeployChecklistExecution execution = started(false);

        assertThat(execution.tick()).isEmpty();

        assertThat(returnedMap()).containsEntry("passed", true);
        DeploymentRecord record = record();
        assertThat(record.getChecklist()).extracting(ChecklistEntry::id).containsExactly("tests", "coverage");
        assertThat(entry(record, "coverage").orElseThrow().status()).isEqualTo("PASSED");
        assertThat(entry(record, "tests").orElseThrow().details()).containsEntry("total", "3");
        assertThat(record.getVersion()).isEqualTo("1.4.0");
        assertThat(record.getTimeline()).isNotEmpty();
        assertThat(jenkins.actions()).singleElement().isInstanceOf(DeploymentReportAction.class);
        assertThat(jenkins.log())
                .contains("Pre-deployment checklist of shop@production 1.4.0:")
                .contains("PASSED   coverage")
                .contains("Pre-deployment checklist passed");
        assertThat(DecisionRegistry.pending(build)).isEmpty();
    }

    @Test
    void shouldFailAtOnceOnABlockingFailureWhenNobodyIsAsked() throws Exception {
        PreDeployChecklistExecution execution = started(true);

        assertThat(execution.tick()).isEmpty();

        assertThat(failureMessage())
                .startsWith("Pre-deployment checklist failed")
                .contains("blocking: tests (FAILED");
        assertThat(entry(record(), "tests").orElseThrow().status()).isEqualTo("FAILED");
        assertThat(DecisionRegistry.pending(build)).isEmpty();
    }

    @Test
    void shouldAskForTheSignOffAndPassOnceConfirmed() throws Exception {
        PreDeployChecklistExecution execution = started(false, security());

        Optional<Duration> wait = execution.tick();

        assertThat(wait).hasValueSatisfying(delay -> assertThat(delay).isGreaterThan(Duration.ofHours(3)));
        assertThat(DecisionRegistry.pending(build)).singleElement().satisfies(question -> {
            assertThat(question.id()).isEqualTo(SECURITY);
            assertThat(question.choices()).containsExactly("CONFIRM", "REJECT");
            assertThat(question.allowedUsers()).containsExactly("alice");
            assertThat(question.deadline()).isEqualTo(now.plus(Duration.ofHours(4)));
            assertThat(question.defaultChoice()).isEqualTo("REJECT");
        });
        assertThat(entry(record(), "security").orElseThrow().status()).isEqualTo("PENDING");

        now = now.plus(Duration.ofMinutes(5));
        execution.setClock(Clock.fixed(now, ZoneOffset.UTC));
        execution.decide(
                SECURITY, "CONFIRM", new Decider("alice", Set.of("security"), false), "pen test report reviewed");

        DeploymentRecord record = record();
        assertThat(record.getApprovals())
                .containsExactly(new Approval("security", "CONFIRM", "alice", "pen test report reviewed", now));
        assertThat(entry(record, "security").orElseThrow().status()).isEqualTo("PASSED");
        assertThat(DecisionRegistry.pending(build)).isEmpty();
        assertThat(execution
                        .result()
                        .orElseThrow()
                        .item("security")
                        .orElseThrow()
                        .decisions())
                .singleElement()
                .satisfies(decision -> assertThat(decision.groups()).contains("security"));

        assertThat(execution.tick()).isEmpty();
        assertThat(returnedMap()).containsEntry("passed", true);
    }

    @Test
    void shouldFailAtOnceWhenASignOffIsRejected() throws Exception {
        PreDeployChecklistExecution execution = started(false, security(), new ManualItem("support-briefed"));
        execution.tick();

        execution.decide(SECURITY, "REJECT", "alice", "open critical finding");
        execution.tick();

        assertThat(failureMessage()).contains("blocking: security (FAILED").contains("open critical finding");
        assertThat(record().getApprovals()).extracting(Approval::decision).containsExactly("REJECT");
        assertThat(DecisionRegistry.pending(build)).isEmpty();
    }

    @Test
    void shouldTakeASignOffFromAMemberOfTheItemsGroupWithTheGroupsOfTheAnswer() throws Exception {
        ManualItem security = new ManualItem("security");
        security.setGroups("security-team");
        PreDeployChecklistExecution execution = started(false, security);
        execution.tick();

        assertThatThrownBy(() -> execution.decide(SECURITY, "CONFIRM", new Decider("bob", Set.of("qa"), false), ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'bob' may not decide");
        execution.decide(SECURITY, "CONFIRM", new Decider("bob", Set.of("qa", "security-team"), false), "");

        assertThat(record().getApprovals()).extracting(Approval::userId).containsExactly("bob");
        assertThat(execution
                        .result()
                        .orElseThrow()
                        .item("security")
                        .orElseThrow()
                        .decisions())
                .singleElement()
                .satisfies(decision -> assertThat(decision.groups()).containsExactly("qa", "security-team"));
        assertThat(execution.administratorsMaySettle()).isFalse();
    }

    @Test
    void shouldRefuseAWaiverWithoutReasonAndRecordNothing() throws Exception {
        PreDeployChecklistExecution execution = started(true, security());
        execution.tick();
        assertThat(DecisionRegistry.pending(build))
                .extracting(PendingDecision::id)
                .containsExactlyInAnyOrder(SECURITY, TESTS);
        assertThat(DecisionRegistry.pending(build).stream()
                        .filter(question -> question.id().equals(TESTS))
                        .findFirst()
                        .orElseThrow()
                        .choices())
                .containsExactly("WAIVE", "REJECT");

        assertThatThrownBy(() -> execution.decide(TESTS, "WAIVE", "alice", " "))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("reason");

        assertThat(record().getApprovals()).isEmpty();
        assertThat(execution.result().orElseThrow().item("tests").orElseThrow().status())
                .isEqualTo(ItemStatus.FAILED);
        assertThat(DecisionRegistry.pending(build)).hasSize(2);
    }

    @Test
    void shouldPassWithAWaivedFailureAndAConfirmedSignOff() throws Exception {
        PreDeployChecklistExecution execution = started(true, security());
        execution.tick();

        execution.decide(TESTS, "WAIVE", "alice", "flaky cart test, fixed in 1.4.1 (JIRA-12)");
        execution.tick();
        execution.decide(SECURITY, "CONFIRM", "alice", "");
        execution.tick();

        Map<String, Object> map = returnedMap();
        assertThat(map).containsEntry("passed", true);
        DeploymentRecord record = record();
        assertThat(entry(record, "tests").orElseThrow().status()).isEqualTo("WAIVED");
        assertThat(entry(record, "tests").orElseThrow().evidence()).contains("flaky cart test");
        assertThat(record.getApprovals()).extracting(Approval::decision).containsExactly("WAIVE", "CONFIRM");
    }

    @Test
    void shouldStopWhenAFailedItemIsRejected() throws Exception {
        PreDeployChecklistExecution execution = started(true, security());
        execution.tick();

        execution.decide(TESTS, "REJECT", "alice", "not with failing tests");
        execution.tick();

        assertThat(failureMessage()).contains("alice rejected the failed item 'tests': not with failing tests");
        assertThat(record().getApprovals()).extracting(Approval::decision).containsExactly("REJECT");
    }

    @Test
    void shouldFailTheSignOffAtItsDeadline() throws Exception {
        PreDeployChecklistExecution execution = started(false, security());
        execution.tick();

        now = now.plus(Duration.ofHours(4));
        execution.setClock(Clock.fixed(now, ZoneOffset.UTC));
        execution.tick();

        assertThat(failureMessage()).contains("security").contains("No decision within 4h");
        assertThat(entry(record(), "security").orElseThrow().status()).isEqualTo("FAILED");
        assertThat(DecisionRegistry.pending(build)).isEmpty();
    }

    @Test
    void shouldRefuseAnswersOnceTheChecklistIsDone() throws Exception {
        PreDeployChecklistExecution execution = started(false, security());
        execution.tick();
        execution.decide(SECURITY, "CONFIRM", "alice", "");
        execution.tick();

        assertThatThrownBy(() -> execution.decide(SECURITY, "CONFIRM", "alice", ""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no longer waits");
    }

    @Test
    void shouldAskAgainAfterARestart() throws Exception {
        PreDeployChecklistExecution execution = started(false, security());
        execution.tick();
        DecisionRegistry.unregister(build, SECURITY); // a restart empties the registry

        execution.onResume();

        assertThat(DecisionRegistry.pending(build))
                .extracting(PendingDecision::id)
                .containsExactly(SECURITY);
    }

    @Test
    void shouldSignAHandoffAfterTheReleaseWithoutLosingTheEarlierChecklists() throws Exception {
        RecordStore.forBuild(jenkins.buildFolder())
                .update(
                        KEY,
                        now,
                        record -> record.putChecklistEntry(
                                "rollback-dry-run",
                                new ChecklistEntry(
                                        "rollback-dry-run",
                                        "Rollback tested (dry run)",
                                        "ROLLBACK",
                                        "BLOCKING",
                                        "PASSED",
                                        "traffic rollback can run",
                                        Map.of(),
                                        List.of())));
        PreDeployChecklistExecution preDeployment = started(false);
        preDeployment.tick();
        PreDeployChecklistStep handoff = new PreDeployChecklistStep("1.4.0", "production");
        handoff.setService("shop");
        handoff.setType("hotfix"); // a named checklist has no template and leaves the record's type alone
        handoff.setName("operations-handoff");
        ManualItem onCall = new ManualItem("on-call-briefed");
        onCall.setUsers("alice");
        handoff.setItems(List.of(onCall));
        PreDeployChecklistExecution execution = execution(handoff);
        execution.setClock(Clock.fixed(now, ZoneOffset.UTC));
        execution.begin();

        execution.tick();

        assertThat(DecisionRegistry.pending(build)).singleElement().satisfies(question -> {
            assertThat(question.id()).isEqualTo(ON_CALL);
            assertThat(question.title()).contains("shop@production, checklist operations-handoff");
        });
        execution.decide(ON_CALL, "CONFIRM", "alice", "briefed at the stand-up");
        execution.tick();

        DeploymentRecord record = record();
        assertThat(record.getChecklist())
                .extracting(ChecklistEntry::qualifiedId, ChecklistEntry::status)
                .containsExactly(
                        tuple("rollback-dry-run:rollback-dry-run", "PASSED"),
                        tuple("tests", "PASSED"),
                        tuple("coverage", "PASSED"),
                        tuple("operations-handoff:on-call-briefed", "PASSED"));
        assertThat(record.getApprovals())
                .containsExactly(new Approval(
                        "operations-handoff:on-call-briefed", "CONFIRM", "alice", "briefed at the stand-up", now));
        assertThat(record.getType()).isEqualTo(DeploymentType.STANDARD);
        assertThat(record.deriveOutcome().outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(jenkins.log())
                .contains("Checklist 'operations-handoff' of shop@production 1.4.0:")
                .contains("Checklist 'operations-handoff' passed (1 item: 1 passed)");
        verify(context, org.mockito.Mockito.times(2)).onSuccess(any());
    }

    @Test
    void shouldFindTheStagingDeploymentOfTheReleaseInTheControllersIndex() throws Exception {
        DeploymentRecord staging =
                new DeploymentRecord(new DeploymentKey("shop", "staging"), now.minus(Duration.ofHours(3)));
        staging.setJob("shop/deploy-staging");
        staging.setBuild(41);
        staging.setVersion("1.4.0");
        staging.finish(Outcome.SUCCEEDED, "ok", now.minus(Duration.ofHours(2)));
        new DeploymentIndex(jenkins.jenkinsHome().resolve(RecordStore.FOLDER))
                .append(RecordEvents.from(staging).orElseThrow());
        StagedFirstItem fromStaging = new StagedFirstItem("staging");
        fromStaging.setWithin("1d");
        StagedFirstItem fromQa = new StagedFirstItem("qa");
        fromQa.setId("staged-in-qa");
        fromQa.setSeverity("warning");
        PreDeployChecklistExecution execution = started(false, fromStaging, fromQa);

        execution.tick();

        assertThat(returnedMap()).containsEntry("passed", true);
        assertThat(entry(record(), "staged-first").orElseThrow().evidence())
                .isEqualTo("shop 1.4.0 was deployed to staging within the last 1d: shop/deploy-staging #41,"
                        + " SUCCEEDED at 2026-03-04T08:00:00Z (2h ago)");
        assertThat(entry(record(), "staged-in-qa").orElseThrow()).satisfies(entry -> {
            assertThat(entry.status()).isEqualTo("WARNING");
            assertThat(entry.evidence())
                    .isEqualTo("shop 1.4.0 has not been deployed to qa; it went to" + " staging (SUCCEEDED)");
        });
    }

    @Test
    void shouldMarkTheStageUnstableOnWarnings() throws Exception {
        CoverageItem coverage = new CoverageItem();
        coverage.setMinimum(95.0);
        coverage.setSeverity("warning");
        PreDeployChecklistExecution execution = started(false, coverage);

        execution.tick();

        assertThat(returnedMap()).containsEntry("passed", true);
        verify(node).addOrReplaceAction(any(WarningAction.class));
        verify(run).setResult(Result.UNSTABLE);
        assertThat(warnings).singleElement().asString().contains("coverage");
    }
}
