package io.jenkins.plugins.deploymentsop.steps.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.jenkins.plugins.deploymentsop.dora.DeploymentTable;
import io.jenkins.plugins.deploymentsop.dora.index.DeploymentIndex;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import io.jenkins.plugins.deploymentsop.record.RecordStore;
import io.jenkins.plugins.deploymentsop.record.Strategy;
import io.jenkins.plugins.deploymentsop.rollout.Lease;
import io.jenkins.plugins.deploymentsop.steps.ColorTargets;
import io.jenkins.plugins.deploymentsop.steps.LockHold;
import io.jenkins.plugins.deploymentsop.steps.Next;
import io.jenkins.plugins.deploymentsop.steps.RouterConfiguration;
import io.jenkins.plugins.deploymentsop.steps.RunRecords;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.traffic.RouterException;
import io.jenkins.plugins.deploymentsop.traffic.TrafficRouter;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import io.jenkins.plugins.deploymentsop.ui.DecisionRegistry;
import io.jenkins.plugins.deploymentsop.ui.PendingDecision;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** canaryPromote on a build whose Jenkins objects are mocks, with a real record folder and a canned Prometheus. */
class CanaryDeploymentTest {
    private static final DeploymentKey KEY = new DeploymentKey("shop", "production");

    @TempDir
    Path jenkinsHome;

    @TempDir
    Path buildFolder;

    private final MutableClock clock = new MutableClock();
    private final MemoryRouter router = new MemoryRouter();
    private MockedBuild host;
    private CannedPrometheus prometheus;

    /** A settable clock. */
    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-03-01T09:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(final ZoneId zone) {
            return this;
        }
    }

    /** A router in memory. */
    static final class MemoryRouter implements TrafficRouter {
        TrafficSplit served = TrafficSplit.allOn(Color.BLUE);
        final List<TrafficSplit> applied = new ArrayList<>();
        int reads;

        @Override
        public TrafficSplit read() {
            reads++;
            return served;
        }

        @Override
        public TrafficSplit apply(final TrafficSplit target) {
            applied.add(target);
            served = target;
            return target;
        }

        @Override
        public TrafficSplit verify(final TrafficSplit expected) throws RouterException {
            if (!served.equals(expected)) {
                throw RouterException.nothingChanged("serves " + served);
            }
            return served;
        }

        @Override
        public String describe() {
            return "memory router";
        }
    }

    @BeforeEach
    void mockJenkins() throws Exception {
        host = new MockedBuild(jenkinsHome, buildFolder, (command, environment, timeout) -> {
            throw new IOException("these tests run no router command");
        });
        prometheus = new CannedPrometheus();
    }

    @AfterEach
    void closeMocks() {
        prometheus.close();
        host.close();
    }

    private CanaryPromoteStep step() {
        RouterConfiguration configuration = mock(RouterConfiguration.class);
        when(configuration.createRouter(any(ColorTargets.class), any(CommandRunner.class)))
                .thenReturn(router);
        CanaryPromoteStep step = new CanaryPromoteStep("shop", "production");
        step.setRouter(configuration);
        step.setSource(new PrometheusSource(prometheus.url()));
        step.setVersion("2.4.1");
        ThresholdMetric errorRate = new ThresholdMetric("error-rate", "sum(rate(errors{color=\"{{color}}\"}[1m]))");
        errorRate.setMax(0.01);
        step.setAnalysis(List.of(errorRate));
        return step;
    }

    private CanaryDeployment start(final CanaryPromoteStep step) throws Exception {
        CanaryDeployment deployment = step.deployment();
        deployment.useClock(clock);
        deployment.begin(host);
        return deployment;
    }

    /** Ticks until the step ends or waits for a person, jumping the clock by each delay. */
    private Next runTicks(final CanaryDeployment deployment) throws Exception {
        Next next = deployment.tick(host);
        for (int i = 0; i < 1000 && next.kind() == Next.Kind.TICK; i++) {
            if (!DecisionRegistry.pending(MockedBuild.BUILD_ID).isEmpty()) {
                return next;
            }
            clock.now = clock.now.plus(next.delay());
            next = deployment.tick(host);
        }
        return next;
    }

    private DeploymentRecord record() throws Exception {
        return host.record();
    }

    @Test
    void shouldPromoteAHealthyCanaryAndRecordEveryStepWithItsNumbers() throws Exception {
        CanaryDeployment deployment = start(step());

        Next next = runTicks(deployment);

        assertThat(next.kind()).isEqualTo(Next.Kind.SUCCEED);
        assertThat(next.result()).containsEntry("phase", "PROMOTED").containsEntry("canaryColor", "green");
        DeploymentRecord record = record();
        assertThat(record.getStrategy()).isEqualTo(Strategy.CANARY);
        assertThat(record.getVersion()).isEqualTo("2.4.1");
        assertThat(record.getOutcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(record.getLiveColor()).isEqualTo("green");
        assertThat(record.getPreviousColor()).isEqualTo("blue");
        assertThat(record.getTraffic())
                .extracting(change -> change.greenWeight())
                .containsExactly(0.0, 10.0, 25.0, 50.0, 100.0);
        assertThat(record.getTraffic()).allMatch(change -> change.verified());
        assertThat(record.getVerdicts()).hasSize(4).allSatisfy(verdict -> {
            assertThat(verdict.verdict()).isEqualTo("PASS");
            assertThat(verdict.metrics()).singleElement().satisfies(metric -> {
                assertThat(metric.metric()).isEqualTo("error-rate");
                assertThat(metric.numbers())
                        .containsEntry("canary", 0.001)
                        .containsEntry("limit", 0.01)
                        .containsEntry("measurements", 5.0);
            });
        });
        assertThat(record.getVerdicts().get(1).stage()).isEqualTo("canary 25% (step 2 of 4)");
        assertThat(host.log()).anyMatch(line -> line.startsWith("[canaryPromote shop@production] traffic:"));
        assertThat(prometheus.queries()).isEqualTo(20);
    }

    @Test
    void shouldFailTheBuildNamingTheReasonWhenTheCanaryIsBad() throws Exception {
        prometheus.answer("0.08");
        CanaryDeployment deployment = start(step());

        Next next = runTicks(deployment);

        assertThat(next.kind()).isEqualTo(Next.Kind.FAIL);
        assertThat(next.failure())
                .contains("canaryPromote shop@production: Canary step 1 of 4")
                .contains("failed (2) > failureLimit (1)")
                .contains("traffic is back on blue");
        assertThat(router.served).isEqualTo(TrafficSplit.allOn(Color.BLUE));
        DeploymentRecord record = record();
        assertThat(record.getOutcome()).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(record.getRollbacks()).singleElement().satisfies(rollback -> {
            assertThat(rollback.succeeded()).isTrue();
            assertThat(rollback.trigger()).contains("value 0.08 is not <= 0.01");
        });
        assertThat(record.getVerdicts()).singleElement().satisfies(verdict -> assertThat(verdict.verdict())
                .isEqualTo("FAIL"));
        assertThat(record.getLiveColor()).isEqualTo("blue");
        assertThat(record.getPreviousColor()).as("no colour was replaced").isEmpty();
    }

    @Test
    void shouldHandTheFinishedCanaryToTheDoraIndexSinceTheBuildsEndSkipsFinishedRecords() throws Exception {
        CanaryDeployment promoted = start(step());
        assertThat(runTicks(promoted).kind()).isEqualTo(Next.Kind.SUCCEED);

        DeploymentTable indexed = indexed();
        assertThat(indexed.size()).isEqualTo(1);
        assertThat(indexed.getDeploymentId(0)).isEqualTo(MockedBuild.BUILD_ID + "#shop@production");
        assertThat(indexed.getOutcome(0)).isEqualTo(Outcome.SUCCEEDED);
        assertThat(record().getTimeline())
                .filteredOn(entry -> entry.phase().equals("FINISH"))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.step()).isEqualTo("canaryPromote");
                    assertThat(entry.message()).startsWith("outcome SUCCEEDED: The canary green serves");
                });
    }

    @Test
    void shouldIndexARolledBackCanaryAsAFailedChange() throws Exception {
        prometheus.answer("0.08");
        CanaryDeployment deployment = start(step());

        assertThat(runTicks(deployment).kind()).isEqualTo(Next.Kind.FAIL);

        DeploymentTable indexed = indexed();
        assertThat(indexed.size()).isEqualTo(1);
        assertThat(indexed.getOutcome(0)).isEqualTo(Outcome.ROLLED_BACK);
    }

    @Test
    void shouldLeaveNeitherRecordNorIndexEntryInADryRun() throws Exception {
        CanaryPromoteStep step = step();
        step.setDryRun(true);
        CanaryDeployment deployment = start(step);

        assertThat(runTicks(deployment).kind()).isEqualTo(Next.Kind.SUCCEED);

        assertThat(buildFolder.resolve(RecordStore.FOLDER)).doesNotExist();
        assertThat(jenkinsHome.resolve(RecordStore.FOLDER).resolve(DeploymentIndex.FILE_NAME))
                .doesNotExist();
    }

    private DeploymentTable indexed() throws IOException {
        return new DeploymentIndex(jenkinsHome.resolve(RecordStore.FOLDER))
                .snapshot()
                .getTable();
    }

    @Test
    void shouldWaitForTheDeploymentLockOfAnotherBuildWithoutTouchingRouterOrRecord() throws Exception {
        Lease other = host.lock().tryAcquire(KEY, "shop/deploy#6").orElseThrow();
        CanaryDeployment deployment = start(step());

        Next first = deployment.tick(host);
        Next second = deployment.tick(host);

        assertThat(List.of(first, second)).allSatisfy(next -> {
            assertThat(next.kind()).isEqualTo(Next.Kind.TICK);
            assertThat(next.delay()).isEqualTo(LockHold.RETRY);
        });
        assertThat(router.reads).isZero();
        assertThat(router.applied).isEmpty();
        assertThat(buildFolder.resolve(RecordStore.FOLDER)).doesNotExist();
        assertThat(host.log())
                .filteredOn(line -> line.contains("waiting for the deployment lock"))
                .singleElement()
                .asString()
                .startsWith("[canaryPromote shop@production] waiting for the deployment lock: shop@production is"
                        + " locked by shop/deploy#6 since ");
        assertThat(deployment.status()).contains("waiting for the deployment lock");

        host.lock().release(other);
        assertThat(runTicks(deployment).kind()).isEqualTo(Next.Kind.SUCCEED);
        assertThat(host.log()).anyMatch(line -> line.contains("took the deployment lock after waiting"));
        assertThat(host.lock().holder(KEY)).as("released at the end").isEmpty();
    }

    @Test
    void shouldHoldTheLockWhileItRunsAndReleaseItWhenRolledBack() throws Exception {
        prometheus.answer("0.08");
        CanaryDeployment deployment = start(step());

        deployment.tick(host);
        assertThat(host.lock().holder(KEY))
                .hasValueSatisfying(lease -> assertThat(lease.holder()).isEqualTo(MockedBuild.BUILD_ID));
        assertThat(host.lock().tryAcquire(KEY, "shop/deploy#8"))
                .as("another build must wait")
                .isEmpty();

        assertThat(runTicks(deployment).kind()).isEqualTo(Next.Kind.FAIL);
        assertThat(host.lock().holder(KEY)).isEmpty();
    }

    @Test
    void shouldReleaseTheLockWhenTheBuildIsStopped() throws Exception {
        CanaryDeployment deployment = start(step());
        deployment.tick(host);
        deployment.tick(host);
        assertThat(router.served.green().isZero()).as("the canary has traffic").isFalse();

        deployment.stop(host, "aborted by admin");

        assertThat(router.served).isEqualTo(TrafficSplit.allOn(Color.BLUE));
        assertThat(host.lock().holder(KEY)).isEmpty();
    }

    @Test
    void shouldShareTheLockOfTheEnclosingBlueGreenDeployOfTheSameBuildInsteadOfWaitingForIt() throws Exception {
        Lease enclosing = host.lock().tryAcquire(KEY, MockedBuild.BUILD_ID).orElseThrow();
        CanaryDeployment deployment = start(step());

        assertThat(runTicks(deployment).kind()).isEqualTo(Next.Kind.SUCCEED);

        assertThat(host.log())
                .anyMatch(line -> line.startsWith("[canaryPromote shop@production] runs inside a step of this build"
                        + " that holds the deployment lock of shop@production"));
        assertThat(host.lock().holder(KEY))
                .as("the enclosing step still holds it")
                .contains(enclosing);
    }

    /** What blueGreenDeploy has done when its block runs: the lock taken, the record opened and the live colour read. */
    private Lease enclosingBlueGreenDeploy() throws IOException {
        Lease lease = host.lock().tryAcquire(KEY, MockedBuild.BUILD_ID).orElseThrow();
        RunRecords.update(host.run(), KEY, record -> {
            record.setStrategy(Strategy.BLUE_GREEN);
            record.setLiveColor("blue");
            record.setPreviousColor("blue");
        });
        return lease;
    }

    @Test
    void shouldAddCanaryStepsToTheRecordOfTheEnclosingBlueGreenDeployAndLeaveItsEndToIt() throws Exception {
        enclosingBlueGreenDeploy();
        CanaryDeployment deployment = start(step());

        assertThat(runTicks(deployment).kind()).isEqualTo(Next.Kind.SUCCEED);

        DeploymentRecord record = record();
        assertThat(record.getStrategy()).isEqualTo(Strategy.BLUE_GREEN);
        assertThat(record.getTimeline())
                .filteredOn(entry -> entry.phase().equals("PLAN"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.message())
                        .startsWith("canary steps within the blue-green deployment of this build: "));
        assertThat(record.getVerdicts()).hasSize(4);
        assertThat(record.getOutcome())
                .as("blueGreenDeploy goes on and ends it")
                .isEqualTo(Outcome.IN_PROGRESS);
        assertThat(record.getTimeline()).noneMatch(entry -> entry.phase().equals("FINISH"));
        assertThat(indexed().size()).isZero();
        assertThat(record.getLiveColor()).isEqualTo("green");
        assertThat(record.getPreviousColor()).isEqualTo("blue");
    }

    @Test
    void shouldSayThatNoColourWasReplacedWhenTheNestedCanaryIsRolledBack() throws Exception {
        enclosingBlueGreenDeploy();
        prometheus.answer("0.08");
        CanaryDeployment deployment = start(step());

        assertThat(runTicks(deployment).kind()).isEqualTo(Next.Kind.FAIL);

        DeploymentRecord record = record();
        assertThat(record.getLiveColor()).isEqualTo("blue");
        assertThat(record.getPreviousColor()).isEmpty();
        assertThat(record.getRollbacks()).singleElement().satisfies(rollback -> assertThat(rollback.succeeded())
                .isTrue());
        assertThat(record.getOutcome()).isEqualTo(Outcome.IN_PROGRESS);
    }

    @Test
    void shouldTakeTheLockAgainAfterARestartBeforeReadingTheRouter() throws Exception {
        CanaryDeployment deployment = start(step());
        deployment.tick(host);
        deployment.tick(host);
        // a restart empties the controller's locks, and another build may take this one first
        host.lock().release(host.lock().holder(KEY).orElseThrow());
        Lease other = host.lock().tryAcquire(KEY, "shop/deploy#8").orElseThrow();
        int reads = router.reads;

        deployment.resume(host);
        Next waiting = deployment.tick(host);

        assertThat(waiting.delay()).isEqualTo(LockHold.RETRY);
        assertThat(router.reads).isEqualTo(reads);
        host.lock().release(other);
        assertThat(runTicks(deployment).kind()).isEqualTo(Next.Kind.SUCCEED);
        assertThat(router.reads).isGreaterThan(reads);
    }

    @Test
    void shouldAskPeopleOnTheBuildPageAndRecordTheirAnswer() throws Exception {
        prometheus.answer("");
        CanaryDeployment deployment = start(step());

        runTicks(deployment);

        PendingDecision decision = DecisionRegistry.pending(MockedBuild.BUILD_ID).stream()
                .findFirst()
                .orElseThrow();
        assertThat(decision.id()).isEqualTo("shop@production:canary-step-1-marginal");
        assertThat(decision.choices()).containsExactly("PROMOTE", "ABORT");
        assertThat(decision.defaultChoice()).isEqualTo("ABORT");
        assertThat(decision.details()).contains("inconclusive (2) > inconclusiveLimit (1)");

        prometheus.answer("0.001");
        int reads = router.reads;
        int queries = prometheus.queries();
        deployment.receive(decision.id(), "PROMOTE", "alice", "dashboards look fine");
        assertThat(router.reads).as("the web request only keeps the answer").isEqualTo(reads);
        assertThat(prometheus.queries()).isEqualTo(queries);
        assertThat(record().getApprovals()).isEmpty();
        assertThatThrownBy(() -> deployment.receive(decision.id(), "ABORT", "bob", ""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The question 'shop@production:canary-step-1-marginal' was answered already by alice"
                        + " (PROMOTE)");

        deployment.tick(host);
        assertThat(record().getApprovals()).as("the next tick applies it").hasSize(1);
        assertThat(DecisionRegistry.pending(MockedBuild.BUILD_ID)).isEmpty();
        assertThatThrownBy(() -> deployment.receive(decision.id(), "ABORT", "bob", ""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no longer pending");

        assertThat(runTicks(deployment).kind()).isEqualTo(Next.Kind.SUCCEED);
        assertThat(record().getApprovals()).singleElement().satisfies(approval -> {
            assertThat(approval.itemId()).isEqualTo("canary-step-1-marginal");
            assertThat(approval.decision()).isEqualTo("PROMOTE");
            assertThat(approval.userId()).isEqualTo("alice");
            assertThat(approval.comment()).isEqualTo("dashboards look fine");
        });
    }

    @Test
    void shouldRefuseToStartWithoutARouter() {
        CanaryPromoteStep step = new CanaryPromoteStep("shop", "production");

        assertThatThrownBy(step::deployment)
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Invalid value for 'router'");
    }

    @Test
    void shouldRejectBadParametersNamingThem() {
        CanaryPromoteStep step = new CanaryPromoteStep("shop", "production");

        assertThatThrownBy(() -> step.setSteps(List.of(50.0, 20.0, 100.0)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'steps'");
        assertThatThrownBy(() -> step.setOnFailure("explode"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'rollback' or 'pause'");
        assertThatThrownBy(() -> step.setInterval("0s"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("interval");
        assertThatThrownBy(() -> new ThresholdMetric("error rate", "up"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("error rate");
        assertThatThrownBy(() -> new ThresholdMetric("errors", "up{version={{version}}}"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("query");
        step.setPauseAt(List.of(30.0));
        assertThatThrownBy(step::plan).isInstanceOf(InvalidInputException.class).hasMessageContaining("pauseAt");
        step.setPauseAt(List.of());
        step.setBakeTimes(List.of("30m", "1h")); // Pipeline may set them before the steps: checked when planned
        assertThatThrownBy(step::plan)
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'bakeTimes': '30m, 1h'");
    }

    @Test
    void shouldNameTheMetricWithoutASource() throws Exception {
        CanaryPromoteStep step = step();
        step.setSource(null);

        assertThatThrownBy(() -> start(step))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("metric 'error-rate'");
    }
}
