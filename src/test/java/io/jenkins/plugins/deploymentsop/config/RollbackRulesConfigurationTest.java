package io.jenkins.plugins.deploymentsop.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.verify;

import hudson.util.FormValidation;
import io.jenkins.plugins.deploymentsop.rollback.DefaultRules;
import io.jenkins.plugins.deploymentsop.rollback.NoDataPolicy;
import io.jenkins.plugins.deploymentsop.rollback.RuleLayer;
import io.jenkins.plugins.deploymentsop.rollback.RuleSet;
import io.jenkins.plugins.deploymentsop.rollback.RuleSource;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;
import org.mockito.Mockito;
import org.springframework.security.access.AccessDeniedException;

/** The global rollback rules of Manage Jenkins: YAML parsed into the GLOBAL layer, checked by administrators only. */
class RollbackRulesConfigurationTest {
    private static final String YAML = "noData:\n  metrics: treat_as_breach\nrules:\n"
            + "  - id: error-rate-p0\n    when: \"> 15%\"\n  - id: business-metric-drop\n    enabled: false\n";

    @Test
    void shouldParseTheYamlIntoTheGlobalLayerWithTheNoDataDefaults() {
        RuleSource layer =
                DeploymentSopConfiguration.rollbackLayer(YAML, "", "ignore").orElseThrow();

        assertThat(layer.layer()).isEqualTo(RuleLayer.GLOBAL);
        assertThat(layer.specs()).hasSize(2);
        assertThat(layer.noDataForMetrics()).as("the YAML's own wins").contains(NoDataPolicy.TREAT_AS_BREACH);
        assertThat(layer.noDataForHealth()).as("the field applies").contains(NoDataPolicy.IGNORE);
        RuleSet merged = RuleSet.merge(DefaultRules.source(), layer);
        assertThat(merged.find("error-rate-p0").orElseThrow().condition().text())
                .isEqualTo("> 15%");
        assertThat(merged.find("business-metric-drop")).isEmpty();
        assertThat(merged.dropped()).containsKey("business-metric-drop");

        assertThat(DeploymentSopConfiguration.rollbackLayer("", "", "")).isEmpty();
        assertThat(DeploymentSopConfiguration.rollbackLayer("", "treat_as_healthy", "")
                        .orElseThrow()
                        .noDataForMetrics())
                .contains(NoDataPolicy.TREAT_AS_HEALTHY);
        assertThatThrownBy(
                        () -> DeploymentSopConfiguration.rollbackLayer("rules:\n  - id: x\n    when: > 5%\n", "", ""))
                .hasMessageStartingWith("Invalid value for 'global rollback rules, line")
                .hasMessageContaining("quote conditions that start with '>'");
    }

    @Test
    void shouldCheckTheRulesInTheFormForAdministratorsOnly() {
        DeploymentSopConfiguration configuration = mock(DeploymentSopConfiguration.class, Mockito.CALLS_REAL_METHODS);
        Jenkins jenkins = mock(Jenkins.class);
        try (MockedStatic<Jenkins> jenkinsStatic = mockStatic(Jenkins.class);
                MockedStatic<FormValidation> forms = mockStatic(FormValidation.class)) {
            jenkinsStatic.when(Jenkins::get).thenReturn(jenkins);
            FormValidation ok = mock(FormValidation.class);
            forms.when(() -> FormValidation.ok(Mockito.anyString())).thenReturn(ok);

            assertThat(configuration.doCheckRollbackRules(YAML)).isSameAs(ok);
            forms.verify(() -> FormValidation.ok("2 rule entries"));
            configuration.doCheckRollbackRules("rules:\n  - id: error-rate-p0\n    sustainFor: 3m\n");
            forms.verify(() -> FormValidation.error(Mockito.contains(
                    "rules[error-rate-p0].sustainFor (global rollback" + " rules, line 3, column 5)")));
            configuration.doCheckRollbackNoDataHealth("panic");
            forms.verify(() -> FormValidation.error(Mockito.contains("'rollbackNoDataHealth': 'panic'")));
            verify(jenkins, Mockito.times(3)).checkPermission(Jenkins.ADMINISTER);

            doThrow(new AccessDeniedException("no ADMINISTER")).when(jenkins).checkPermission(Jenkins.ADMINISTER);
            assertThatThrownBy(() -> configuration.doCheckRollbackRules(YAML)).hasMessage("no ADMINISTER");
        }
    }
}
