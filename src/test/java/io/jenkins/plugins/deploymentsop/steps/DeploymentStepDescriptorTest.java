package io.jenkins.plugins.deploymentsop.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.deploymentsop.steps.canary.CanaryPromoteStep;
import io.jenkins.plugins.deploymentsop.steps.rollback.RollbackIfUnhealthyStep;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/** What the descriptors of the deployment steps share: their context and the label of a call. */
class DeploymentStepDescriptorTest {
    private static <T> T descriptor(final Class<T> type) {
        return mock(type, Mockito.CALLS_REAL_METHODS);
    }

    @Test
    void shouldNeedTheBuildAndItsLogInEveryDeploymentStep() {
        for (DeploymentStepDescriptor descriptor : new DeploymentStepDescriptor[] {
            descriptor(BlueGreenDeployStep.DescriptorImpl.class),
            descriptor(DeploymentReportStep.DescriptorImpl.class),
            descriptor(RollbackIfUnhealthyStep.DescriptorImpl.class),
            descriptor(CanaryPromoteStep.DescriptorImpl.class)
        }) {
            assertThat(Set.copyOf(descriptor.getRequiredContext()))
                    .as(descriptor.getClass().getName())
                    .isEqualTo(Set.of(Run.class, TaskListener.class));
        }
    }

    @Test
    void shouldNameTheDeploymentOnlyWhenServiceAndEnvironmentAreText() {
        assertThat(DeploymentStepDescriptor.deploymentOf(Map.of("service", "shop", "environment", "production")))
                .contains("shop@production");
        assertThat(DeploymentStepDescriptor.deploymentOf(Map.of("service", "shop", "environment", 42)))
                .isEmpty();
        assertThat(DeploymentStepDescriptor.deploymentOf(Map.of("service", "shop")))
                .isEmpty();
    }

    @Test
    void shouldFallBackToTheParameterNamesForABlueGreenCallWithoutAPlainDeployment() {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("service", "shop");
        args.put("router", "haproxy");
        args.put("environment", 7);

        assertThat(descriptor(BlueGreenDeployStep.DescriptorImpl.class).argumentsToString(args))
                .isEqualTo("environment, router, service");
        assertThat(descriptor(CanaryPromoteStep.DescriptorImpl.class).argumentsToString(args))
                .isEmpty();
        assertThat(descriptor(CanaryPromoteStep.DescriptorImpl.class)
                        .argumentsToString(Map.of("service", "shop", "environment", "production")))
                .isEqualTo("shop@production");
    }
}
