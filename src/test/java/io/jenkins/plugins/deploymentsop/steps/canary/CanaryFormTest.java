package io.jenkins.plugins.deploymentsop.steps.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;
import org.mockito.Mockito;
import org.springframework.security.access.AccessDeniedException;

/**
 * The Snippet Generator's form of canaryPromote and its metrics: the number lists as comma-separated text next to the
 * Pipeline's lists, and the field checks, which ask for the permission to configure the job first and then say what
 * the setters would say.
 */
class CanaryFormTest {
    private final Item job = mock(Item.class);
    private final FormValidation ok = mock(FormValidation.class);
    private final FormValidation error = mock(FormValidation.class);
    private final List<String> errors = new ArrayList<>();
    private MockedStatic<FormValidation> forms;

    @BeforeEach
    void mockForms() {
        forms = mockStatic(FormValidation.class);
        forms.when(FormValidation::ok).thenReturn(ok);
        forms.when(() -> FormValidation.error(anyString())).thenAnswer(invocation -> {
            errors.add(invocation.getArgument(0));
            return error;
        });
    }

    @AfterEach
    void closeForms() {
        forms.close();
    }

    /** A descriptor with its real methods; the API copy's constructors cannot run outside Jenkins. */
    private static <T> T descriptor(final Class<T> type) {
        return mock(type, Mockito.CALLS_REAL_METHODS);
    }

    /** Runs a check that must pass. */
    private void assertOk(final Supplier<FormValidation> check) {
        assertThat(check.get()).as("errors: %s", errors).isSameAs(ok);
    }

    /** Runs a check that must fail and returns its message. */
    private String assertError(final Supplier<FormValidation> check) {
        int before = errors.size();
        assertThat(check.get()).isSameAs(error);
        assertThat(errors).hasSize(before + 1);
        return errors.get(before);
    }

    @Test
    @SuppressWarnings("deprecation") // the text setters are the form's
    void shouldTakeTheNumberListsAsTextInTheFormAndAsListsInPipeline() {
        CanaryPromoteStep form = new CanaryPromoteStep("shop", "production");
        form.setStepsText(" 10, 25,50 , 100 ");
        form.setPauseAtText("[50]");
        CanaryPromoteStep pipeline = new CanaryPromoteStep("shop", "production");
        pipeline.setSteps(List.of(10.0, 25.0, 50.0, 100.0));
        pipeline.setPauseAt(List.of(50.0));

        assertThat(form.getSteps()).isEqualTo(pipeline.getSteps()).containsExactly(10.0, 25.0, 50.0, 100.0);
        assertThat(form.getPauseAt()).isEqualTo(pipeline.getPauseAt()).containsExactly(50.0);
        // the text is derived from the lists, so a generated snippet needs only steps: [...] and pauseAt: [...]
        assertThat(pipeline.getStepsText()).isEqualTo("10, 25, 50, 100");
        assertThat(pipeline.getPauseAtText()).isEqualTo("50");
        assertThat(new CanaryPromoteStep("shop", "production").getStepsText()).isEqualTo("10, 25, 50, 100");

        form.setStepsText("12.5 37.5 100");
        form.setPauseAtText("");
        assertThat(form.getStepsText()).isEqualTo("12.5, 37.5, 100");
        assertThat(form.getPauseAt()).isEmpty();
        assertThatThrownBy(() -> form.setStepsText("10, 50, 25, 100"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'steps'");
        assertThatThrownBy(() -> form.setStepsText("10, ten, 100"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'steps': '10, ten, 100'")
                .hasMessageContaining("separated by commas");

        form.setBakeTimesText(" 30m, 1h,2h , 5m ");
        pipeline.setBakeTimes(List.of("30m", "1h", "2h", "5m"));
        assertThat(form.getBakeTimes()).isEqualTo(pipeline.getBakeTimes()).containsExactly("30m", "1h", "2h", "5m");
        assertThat(pipeline.getBakeTimesText()).isEqualTo("30m, 1h, 2h, 5m");
        form.setBakeTimesText("");
        assertThat(form.getBakeTimes()).isEmpty();
        assertThatThrownBy(() -> form.setBakeTimesText("30m, soon"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'bakeTimes': 'soon'");
    }

    @Test
    void shouldCheckTheNumberListsOfTheForm() {
        CanaryPromoteStep.DescriptorImpl descriptor = descriptor(CanaryPromoteStep.DescriptorImpl.class);

        assertOk(() -> descriptor.doCheckStepsText("10, 25, 50, 100", job));
        assertThat(assertError(() -> descriptor.doCheckStepsText("10, 50", job)))
                .contains("'steps'", "end with 100");
        assertThat(assertError(() -> descriptor.doCheckStepsText("10; 120", job)))
                .contains("'steps': '120'", "from 0 to 100");
        assertOk(() -> descriptor.doCheckPauseAtText("", "10, 25, 50, 100", job));
        assertOk(() -> descriptor.doCheckPauseAtText("25, 50", "10, 25, 50, 100", job));
        assertThat(assertError(() -> descriptor.doCheckPauseAtText("30", "10, 25, 50, 100", job)))
                .contains("'pauseAt': '30%'", "one of the steps [10, 25, 50, 100]");
        assertOk(() -> descriptor.doCheckBakeTimesText("", "10, 25, 50, 100", job));
        assertOk(() -> descriptor.doCheckBakeTimesText("30m, 1h, 2h, 5m", "5, 25, 75, 100", job));
        assertThat(assertError(() -> descriptor.doCheckBakeTimesText("30m, 1h", "10, 25, 50, 100", job)))
                .contains("'bakeTimes': '30m, 1h'", "one duration per step: 4");
        assertThat(assertError(() -> descriptor.doCheckBakeTimesText("30m, 0s", "50, 100", job)))
                .contains("'bakeTimes': '0s'");
        verify(job, times(10)).checkPermission(Item.CONFIGURE);
    }

    @Test
    void shouldCheckTheOtherFieldsOfTheStepWithTheSettersWords() {
        CanaryPromoteStep.DescriptorImpl descriptor = descriptor(CanaryPromoteStep.DescriptorImpl.class);

        assertOk(() -> descriptor.doCheckService("shop", job));
        assertThat(assertError(() -> descriptor.doCheckService("", job))).contains("'service'");
        assertOk(() -> descriptor.doCheckEnvironment("production", job));
        assertOk(() -> descriptor.doCheckInterval("5m", job));
        assertThat(assertError(() -> descriptor.doCheckInterval("0s", job)))
                .contains("'interval': '0s'", "a positive duration");
        assertThat(assertError(() -> descriptor.doCheckSampleInterval("often", job)))
                .contains("'sampleInterval'");
        assertOk(() -> descriptor.doCheckInitialDelay("0s", job));
        assertOk(() -> descriptor.doCheckDecisionTimeout("30m", job));
        assertOk(() -> descriptor.doCheckFailureLimit("0", job));
        assertThat(assertError(() -> descriptor.doCheckFailureLimit("1001", job)))
                .contains("'failureLimit': '1001'", "a number from 0 to 1000");
        assertThat(assertError(() -> descriptor.doCheckInconclusiveLimit("-1", job)))
                .contains("'inconclusiveLimit'");
        assertThat(assertError(() -> descriptor.doCheckConsecutiveErrorLimit("four", job)))
                .contains("'consecutiveErrorLimit': 'four'");
        assertOk(() -> descriptor.doCheckOnFailure("pause", job));
        assertThat(assertError(() -> descriptor.doCheckOnFailure("explode", job)))
                .contains("'rollback' or 'pause'");
        assertOk(() -> descriptor.doCheckOnMarginal("abort", job));
    }

    @Test
    void shouldCheckTheFieldsOfTheMetricsAndTheSource() {
        ThresholdMetric.DescriptorImpl threshold = descriptor(ThresholdMetric.DescriptorImpl.class);
        BaselineRatioMetric.DescriptorImpl ratio = descriptor(BaselineRatioMetric.DescriptorImpl.class);
        MannWhitneyMetric.DescriptorImpl mannWhitney = descriptor(MannWhitneyMetric.DescriptorImpl.class);
        ErrorCountMetric.DescriptorImpl errorCount = descriptor(ErrorCountMetric.DescriptorImpl.class);
        PrometheusSource.DescriptorImpl prometheus = descriptor(PrometheusSource.DescriptorImpl.class);

        assertOk(() -> threshold.doCheckName("error-rate", job));
        assertThat(assertError(() -> threshold.doCheckName("error rate", job))).contains("error rate");
        assertOk(() -> threshold.doCheckQuery("sum(rate(errors{version=\"{{version}}\"}[1m]))", job));
        assertThat(assertError(() -> threshold.doCheckQuery("up{version={{version}}}", job)))
                .contains("'query'");
        assertOk(() -> threshold.doCheckMax("", job));
        assertOk(() -> threshold.doCheckMax("1e-3", job));
        assertThat(assertError(() -> threshold.doCheckMin("low", job))).contains("'min': 'low'");
        assertOk(() -> ratio.doCheckMaxRatio("1.2", job));
        assertThat(assertError(() -> ratio.doCheckMaxRatio("0", job))).contains("'factor'", "greater than 0");
        assertThat(assertError(() -> ratio.doCheckAllowance("-0.1", job))).contains("'allowance'");
        assertOk(() -> mannWhitney.doCheckWindow("5m", job));
        assertOk(() -> mannWhitney.doCheckStep("15s", "5m", job));
        assertOk(() -> mannWhitney.doCheckStep("15s", "", job)); // the window's own field reports that
        assertThat(assertError(() -> mannWhitney.doCheckStep("1m", "30s", job)))
                .contains("'step': '1m'", "at most the window 30s");
        assertThat(assertError(() -> mannWhitney.doCheckDirection("up", job)))
                .contains("'increase', 'decrease' or 'either'");
        assertThat(assertError(() -> mannWhitney.doCheckConfidence("1", job))).contains("'confidence'", "below 1");
        assertOk(() -> mannWhitney.doCheckAllowedIncrease("1.2", job));
        assertThat(assertError(() -> mannWhitney.doCheckAllowedIncrease("0.9", job)))
                .contains("'allowedIncrease': '0.9'", "at least 1");
        assertThat(assertError(() -> mannWhitney.doCheckAllowedDecrease("ten", job)))
                .contains("'allowedDecrease'");
        assertOk(() -> mannWhitney.doCheckCriticalIncrease("", "1.1", job)); // empty: never critical
        assertOk(() -> mannWhitney.doCheckCriticalIncrease("2", "1.1", job));
        assertThat(assertError(() -> mannWhitney.doCheckCriticalIncrease("1.2", "1.5", job)))
                .contains("'criticalIncrease': '1.2'", "at least the allowed increase 1.5");
        assertOk(() -> mannWhitney.doCheckCriticalDecrease("0.5", "bad", job)); // the other field reports that
        assertThat(assertError(() -> mannWhitney.doCheckCriticalDecrease("0.95", "0.9", job)))
                .contains("'criticalDecrease': '0.95'");
        assertOk(() -> errorCount.doCheckErrors("sum(increase(errors[5m]))", job));
        assertOk(() -> errorCount.doCheckAllowedRatio("1.5", job));
        assertThat(assertError(() -> errorCount.doCheckAllowedRatio("0.5", job)))
                .contains("0.5");
        assertThat(assertError(() -> errorCount.doCheckConfidence("95%", job))).contains("'confidence': '95%'");
        assertOk(() -> prometheus.doCheckUrl("http://prometheus:9090", job));
        assertThat(assertError(() -> prometheus.doCheckUrl("prometheus:9090", job)))
                .contains("prometheus:9090");
        assertThat(assertError(() -> prometheus.doCheckTimeout("0s", job))).contains("'timeout'");
    }

    @Test
    void shouldAskForThePermissionToConfigureTheJobOrToAdministerJenkinsFirst() {
        CanaryPromoteStep.DescriptorImpl descriptor = descriptor(CanaryPromoteStep.DescriptorImpl.class);
        doThrow(new AccessDeniedException("no CONFIGURE")).when(job).checkPermission(Item.CONFIGURE);

        assertThatThrownBy(() -> descriptor.doCheckStepsText("10, 100", job)).hasMessage("no CONFIGURE");
        assertThatThrownBy(
                        () -> descriptor(MannWhitneyMetric.DescriptorImpl.class).doCheckStep("15s", "5m", job))
                .hasMessage("no CONFIGURE");
        forms.verifyNoInteractions();

        Jenkins jenkins = mock(Jenkins.class);
        try (MockedStatic<Jenkins> jenkinsStatic = mockStatic(Jenkins.class)) {
            jenkinsStatic.when(Jenkins::get).thenReturn(jenkins);
            assertOk(() -> descriptor.doCheckInterval("5m", null));
            verify(jenkins).checkPermission(Jenkins.ADMINISTER);
        }
    }
}
