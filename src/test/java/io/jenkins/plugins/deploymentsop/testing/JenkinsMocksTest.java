package io.jenkins.plugins.deploymentsop.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import hudson.model.User;
import io.jenkins.plugins.deploymentsop.config.DeploymentSopConfiguration;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.record.EnvironmentTiers;
import io.jenkins.plugins.deploymentsop.ui.DeploymentReportAction;
import java.nio.file.Files;
import java.nio.file.Path;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mockito.MockedStatic;
import org.mockito.Mockito;

class JenkinsMocksTest {
    private final ExtensionContext context = mock(ExtensionContext.class);

    @Test
    void shouldStandInForJenkinsAndABuildDuringATestOnly() throws Exception {
        JenkinsMocks mocks = JenkinsMocks.build(42);
        mocks.beforeEach(context);
        Path home = mocks.jenkinsHome();
        Path build = mocks.buildFolder();
        DeploymentReportAction action = new DeploymentReportAction(new DeploymentKey("shop", "production"));

        assertThat(Jenkins.get().getRootDir()).isEqualTo(home.toFile());
        assertThat(DeploymentSopConfiguration.get().getEnvironmentTiers().getPattern())
                .isEqualTo(EnvironmentTiers.DEFAULT_PATTERN);
        assertThat(mocks.run().getParent().getFullName()).isEqualTo("shop/deploy");
        assertThat(mocks.run().getExternalizableId())
                .isEqualTo("shop/deploy#42")
                .isEqualTo(mocks.buildId());
        assertThat(mocks.run().getRootDir()).isEqualTo(build.toFile());
        mocks.run().addAction(action);
        assertThat(mocks.run().getActions(DeploymentReportAction.class)).containsExactly(action);
        assertThat(mocks.actions()).containsExactly(action);
        mocks.listener().getLogger().println("deployed");
        assertThat(mocks.log()).isEqualTo("deployed" + System.lineSeparator());
        mocks.mockStatic(User.class);
        Files.writeString(build.resolve("record.json"), "{}");

        mocks.afterEach(context);

        assertThat(home).doesNotExist();
        assertThat(build).doesNotExist();
        try (MockedStatic<Jenkins> again = Mockito.mockStatic(Jenkins.class);
                MockedStatic<DeploymentSopConfiguration> configuration =
                        Mockito.mockStatic(DeploymentSopConfiguration.class);
                MockedStatic<User> users = Mockito.mockStatic(User.class)) {
            assertThat(again)
                    .as("every static mock was closed, so it can be opened again")
                    .isNotNull();
        }
    }
}
