package io.jenkins.plugins.deploymentsop.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import hudson.model.Run;
import io.jenkins.plugins.deploymentsop.dora.index.DeploymentIndex;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.record.DeploymentRecord;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import io.jenkins.plugins.deploymentsop.record.RecordStore;
import io.jenkins.plugins.deploymentsop.record.RollbackEvent;
import io.jenkins.plugins.deploymentsop.record.Strategy;
import io.jenkins.plugins.deploymentsop.record.TimelineEntry;
import io.jenkins.plugins.deploymentsop.record.TrafficChange;
import io.jenkins.plugins.deploymentsop.rollout.BlueGreenRollout;
import io.jenkins.plugins.deploymentsop.testing.JenkinsMocks;
import io.jenkins.plugins.deploymentsop.ui.DeploymentReportAction;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a rollout leaves in the deployment record of a build whose Jenkins objects are mocks and whose folders are
 * real: phases with timestamps, verified traffic splits, the switch-back as a rollback event, colours and outcome.
 */
class DeploymentRecordObserverTest {
    private static final DeploymentKey SHOP = new DeploymentKey("shop", "production");
    private static final Instant START = RolloutFixture.START;

    @RegisterExtension
    final JenkinsMocks jenkins = JenkinsMocks.build(42);

    private final Run<?, ?> run = jenkins.run();
    private final RolloutFixture fixture = new RolloutFixture();

    private DeploymentRecord deploy(final BlueGreenDeployStep step) throws Exception {
        BlueGreenDeployment deployment = new BlueGreenDeployment(step, "shop/deploy #42");
        fixture.drive(deployment, fixture.wiring(ContextWiring.recordsOf(step, run)));
        return RecordStore.forBuild(jenkins.buildFolder()).load(SHOP).orElseThrow();
    }

    @Test
    void shouldRecordEveryPhaseTheVerifiedSplitsAndASwitchBackAsARollback() throws Exception {
        fixture.greenFailsAt = START.plus(Duration.ofMinutes(2)).plusSeconds(45);

        DeploymentRecord record = deploy(RolloutFixture.step());

        assertThat(record.getStrategy()).isEqualTo(Strategy.BLUE_GREEN);
        assertThat(record.getVersion()).isEqualTo("1.4.0");
        assertThat(record.getJob()).isEqualTo("shop/deploy");
        assertThat(record.getTimeline())
                .filteredOn(entry -> entry.status() != TimelineEntry.Status.INFO)
                .extracting(TimelineEntry::phase, TimelineEntry::status, TimelineEntry::at)
                .containsExactly(
                        tuple("READ_LIVE", TimelineEntry.Status.STARTED, START),
                        tuple("READ_LIVE", TimelineEntry.Status.SUCCEEDED, START),
                        tuple("DEPLOYING", TimelineEntry.Status.STARTED, START),
                        tuple("DEPLOYING", TimelineEntry.Status.SUCCEEDED, START),
                        tuple("HEALTH_CHECK", TimelineEntry.Status.STARTED, START),
                        tuple("HEALTH_CHECK", TimelineEntry.Status.SUCCEEDED, START),
                        tuple("SWITCHING", TimelineEntry.Status.STARTED, START),
                        tuple("SWITCHING", TimelineEntry.Status.SUCCEEDED, START.plusSeconds(120)),
                        tuple("VALIDATING", TimelineEntry.Status.STARTED, START.plusSeconds(120)),
                        tuple("VALIDATING", TimelineEntry.Status.FAILED, START.plusSeconds(180)),
                        tuple("SWITCHING_BACK", TimelineEntry.Status.STARTED, START.plusSeconds(180)),
                        tuple("SWITCHING_BACK", TimelineEntry.Status.SUCCEEDED, START.plusSeconds(180)));
        assertThat(record.getTimeline())
                .extracting(TimelineEntry::step)
                .containsOnly(BlueGreenDeployStep.FUNCTION_NAME);
        assertThat(record.getTimeline())
                .filteredOn(entry -> entry.phase().equals("ROLLED_BACK"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.message()).endsWith("(verified)"));
        assertThat(record.getTimeline())
                .anySatisfy(entry -> assertThat(entry.message()).startsWith("switch traffic to green: health check"));

        assertThat(record.getTraffic())
                .extracting(TrafficChange::blueWeight, TrafficChange::greenWeight, TrafficChange::verified)
                .containsExactly(
                        tuple(100.0, 0.0, true),
                        tuple(90.0, 10.0, true),
                        tuple(50.0, 50.0, true),
                        tuple(0.0, 100.0, true),
                        tuple(100.0, 0.0, true));
        assertThat(record.getTraffic().get(1).reason()).isEqualTo("step 1 of 3");

        RollbackEvent rollback = record.getRollbacks().get(0);
        assertThat(record.getRollbacks()).hasSize(1);
        assertThat(rollback.type()).isEqualTo("TRAFFIC");
        assertThat(rollback.trigger()).startsWith("Validation of green failed after 60s");
        assertThat(rollback.startedAt()).isEqualTo(START.plusSeconds(180));
        assertThat(rollback.finishedAt()).isEqualTo(START.plusSeconds(180));
        assertThat(rollback.succeeded()).isTrue();

        assertThat(record.getLiveColor()).isEqualTo("blue");
        assertThat(record.getPreviousColor()).isEqualTo("blue");
        assertThat(record.getOutcome()).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(record.getOutcomeReason()).endsWith("traffic switched back to blue 100% / green 0% (verified)");
        assertThat(record.getFinishedAt()).isEqualTo(START.plusSeconds(180));
        assertThat(record.deriveOutcome().outcome()).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(jenkins.actions()).singleElement().isInstanceOf(DeploymentReportAction.class);
        assertThat(new DeploymentIndex(jenkins.jenkinsHome().resolve("deployment-sop"))
                        .snapshot()
                        .getTable()
                        .size())
                .as("a finished deployment is in the DORA index")
                .isEqualTo(1);
    }

    @Test
    void shouldLeaveASuccessfulDeploymentOpenWithGreenLive() throws Exception {
        DeploymentRecord record = deploy(RolloutFixture.step());

        assertThat(record.getOutcome()).as("later steps end it").isEqualTo(Outcome.IN_PROGRESS);
        assertThat(record.getLiveColor()).isEqualTo("green");
        assertThat(record.getPreviousColor()).isEqualTo("blue");
        assertThat(record.getRollbacks()).isEmpty();
        assertThat(record.getTimeline().get(0).phase()).isEqualTo("START");
        assertThat(record.getTimeline().get(0).message())
                .isEqualTo("blue-green deployment shop/production: steps 10%, 50%, 100%, wait 1m, validate for 2m"
                        + " through router in memory, version 1.4.0");
        assertThat(record.getTimeline().get(record.getTimeline().size() - 1))
                .extracting(TimelineEntry::phase, TimelineEntry::status, TimelineEntry::at)
                .containsExactly("SUCCEEDED", TimelineEntry.Status.SUCCEEDED, START.plusSeconds(240));
        assertThat(record.deriveOutcome().outcome()).isEqualTo(Outcome.SUCCEEDED);
    }

    @Test
    void shouldEndTheRecordFailedWhenTheBodyFails() throws Exception {
        fixture.bodyOutcome = Optional.of("script returned exit code 1");

        DeploymentRecord record = deploy(RolloutFixture.step());

        assertThat(record.getOutcome()).isEqualTo(Outcome.FAILED);
        assertThat(record.getTimeline())
                .filteredOn(entry -> entry.phase().equals("DEPLOYING"))
                .filteredOn(entry -> entry.status() != TimelineEntry.Status.INFO)
                .extracting(TimelineEntry::status)
                .containsExactly(TimelineEntry.Status.STARTED, TimelineEntry.Status.FAILED);
        assertThat(record.getTraffic()).hasSize(1);
        assertThat(record.getLiveColor()).isEqualTo("blue");
    }

    @Test
    void shouldEndTheRecordAbortedWhenAStoppedBuildGotTrafficBack() throws Exception {
        BlueGreenDeployStep step = RolloutFixture.step();
        BlueGreenDeployment deployment = new BlueGreenDeployment(step, "shop/deploy #42");
        RolloutWiring wiring = fixture.wiring(ContextWiring.recordsOf(step, run));
        for (int i = 0; i < 6; i++) {
            if (deployment.next(wiring).kind() == Next.Kind.RUN_BODY) {
                deployment.bodyFinished(Optional.empty(), false);
            }
        }

        deployment.stop(wiring, "the build was stopped", fixture.clock::advance);

        DeploymentRecord record =
                RecordStore.forBuild(jenkins.buildFolder()).load(SHOP).orElseThrow();
        assertThat(record.getOutcome()).isEqualTo(Outcome.ABORTED);
        assertThat(record.getOutcomeReason()).startsWith("Aborted: the build was stopped; traffic switched back");
        assertThat(record.getRollbacks()).singleElement().satisfies(rollback -> assertThat(rollback.succeeded())
                .isTrue());
    }

    @Test
    void shouldWriteNoRecordInADryRun() throws Exception {
        BlueGreenDeployStep step = RolloutFixture.step();
        step.setDryRun(true);
        BlueGreenDeployment deployment = new BlueGreenDeployment(step, "shop/deploy #42");

        fixture.drive(deployment, fixture.wiring(ContextWiring.recordsOf(step, run)));

        assertThat(RecordStore.forBuild(jenkins.buildFolder()).load(SHOP)).isEmpty();
        assertThat(jenkins.actions()).isEmpty();
        assertThat(fixture.log).anyMatch(line -> line.startsWith("dry run: would route blue 90% / green 10%"));
    }

    @Test
    void shouldReportARecordThatCannotBeWrittenInTheLogAndGoOn() {
        BlueGreenRollout rollout = new BlueGreenRollout(RolloutFixture.step().plan());
        DeploymentRecords broken = new DeploymentRecords() {
            @Override
            public void update(final java.util.function.Consumer<DeploymentRecord> change) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void finish(final Outcome outcome, final String reason, final Instant at) throws IOException {
                throw new IOException("disk full");
            }
        };
        DeploymentRecordObserver observer = new DeploymentRecordObserver(broken, fixture.log::add, rollout);

        observer.decision("deploy to green", "blue is live", START);

        assertThat(fixture.log)
                .containsExactly(
                        "deploy to green: blue is live", "WARNING: cannot update the deployment record: disk full");
    }
}
