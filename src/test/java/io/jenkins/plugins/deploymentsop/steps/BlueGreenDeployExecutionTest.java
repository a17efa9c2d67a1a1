package io.jenkins.plugins.deploymentsop.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import hudson.AbortException;
import hudson.model.Run;
import io.jenkins.plugins.deploymentsop.rollout.Lease;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;

/** The glue of {@code blueGreenDeploy} around its deployment: what is saved, what is released, what fails early. */
class BlueGreenDeployExecutionTest {
    private final StepContext context = mock(StepContext.class);

    private BlueGreenDeployExecution execution(final BlueGreenDeployment deployment) throws Exception {
        BlueGreenDeployExecution execution = TickingExecutions.create(BlueGreenDeployExecution.class, context);
        set(execution, "step", RolloutFixture.step());
        set(execution, "deployment", deployment);
        return execution;
    }

    private static void set(final Object target, final String name, final Object value) throws Exception {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }

    @Test
    void shouldSaveACopyOfTheDeploymentAndReadItBackIntoTheLiveField() throws Exception {
        BlueGreenDeployment deployment = new BlueGreenDeployment(RolloutFixture.step(), "shop/release#42");
        BlueGreenDeployExecution execution = execution(deployment);

        execution.saveState();

        verify(context).saveState();
        BlueGreenDeployExecution restored =
                (BlueGreenDeployExecution) TickingExecutions.load(TickingExecutions.save(execution));
        assertThat(restored.getStatus()).isEqualTo(execution.getStatus());
        Field live = BlueGreenDeployExecution.class.getDeclaredField("deployment");
        live.setAccessible(true);
        assertThat(live.get(restored)).isInstanceOf(BlueGreenDeployment.class).isNotSameAs(deployment);
    }

    @Test
    void shouldGiveTheLockBackHoweverTheStepEnds() throws Exception {
        BlueGreenDeployment deployment = new BlueGreenDeployment(RolloutFixture.step(), "shop/release#42");
        Lease lease = DeploymentLocks.get()
                .tryAcquire(RolloutFixture.step().key(), "shop/release#42")
                .orElseThrow();
        set(deployment, "lease", lease);
        BlueGreenDeployExecution execution = execution(deployment);

        execution.complete(new IllegalStateException("the agent went away"));

        verify(context).onFailure(any());
        assertThat(DeploymentLocks.get().holder(RolloutFixture.step().key())).isEmpty();
    }

    @Test
    void shouldReleaseWhatAFinishedBuildStillHolds() {
        Run<?, ?> run = mock(Run.class);
        when(run.getExternalizableId()).thenReturn("shop/release#44");
        DeploymentLocks.get()
                .tryAcquire(RolloutFixture.step().key(), DeploymentLocks.holderOf(run))
                .orElseThrow();

        // RunListener's constructor is Jenkins': make the listener without it
        mock(DeploymentRecordFinalizer.class, CALLS_REAL_METHODS).onFinalized(run);

        assertThat(DeploymentLocks.get().holder(RolloutFixture.step().key())).isEmpty();
    }

    @Test
    void shouldRefuseACallWithoutABlockBeforeTakingTheLockOrRecordingAnything() throws Exception {
        List<String> messages = new ArrayList<>();
        when(context.hasBody()).thenReturn(false);

        try (MockedConstruction<AbortException> aborts = mockConstruction(
                AbortException.class,
                (abort, creation) -> messages.add((String) creation.arguments().get(0)))) {
            assertThatThrownBy(() -> RolloutFixture.step().start(context)).isInstanceOf(AbortException.class);
        }

        assertThat(messages)
                .singleElement()
                .asString()
                .startsWith("blueGreenDeploy needs a block that deploys the new version to DEPLOY_COLOR");
        verify(context, never()).get(any());
        assertThat(DeploymentLocks.get().holder(RolloutFixture.step().key())).isEmpty();
    }
}
