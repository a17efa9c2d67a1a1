package io.jenkins.plugins.deploymentsop.checklist.check;

import static io.jenkins.plugins.deploymentsop.checklist.check.TestItems.check;
import static io.jenkins.plugins.deploymentsop.checklist.check.TestItems.context;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.checklist.CheckOutcome;
import io.jenkins.plugins.deploymentsop.checklist.ItemStatus;
import io.jenkins.plugins.deploymentsop.util.CommandResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandAndMetricCheckTest {
    @TempDir
    private Path workspace;

    @Test
    void shouldPassACommandWithItsLastOutputLineAsEvidence() {
        CheckOutcome outcome = check(
                        "type: command\ncommand: 'echo dumping shop; echo \"verified 42 tables of $DEPLOY_RELEASE\"'")
                .evaluate(context(workspace).build());

        assertThat(outcome.status()).isEqualTo(ItemStatus.PASSED);
        assertThat(outcome.evidence())
                .matches("`echo dumping shop; echo \"verified 42 tables of \\$DEPLOY_RELEASE\"` exited with 0 in"
                        + " \\d+(\\.\\d)? m?s: verified 42 tables of 1\\.4\\.0");
        assertThat(outcome.details().output()).containsExactly("dumping shop", "verified 42 tables of 1.4.0");
    }

    @Test
    void shouldFailOnAnotherExitCodeOrATimeout() {
        CheckOutcome failed = check(
                        "type: command\ncommand: [sh, -c, 'echo migration 0042 would lock orders >&2; exit 3']")
                .evaluate(context(workspace).build());
        assertThat(failed)
                .hasToString(
                        "FAILED: `sh -c echo migration 0042 would lock orders >&2; exit 3` exited with 3 (expected 0):"
                                + " migration 0042 would lock orders");
        assertThat(check("type: command\ncommand: 'exit 3'\nexitCode: 3")
                        .evaluate(context(workspace).build())
                        .status())
                .isEqualTo(ItemStatus.PASSED);

        CheckOutcome slow = check("type: command\ncommand: 'echo started; sleep 5'\ntimeout: 300ms")
                .evaluate(context(workspace).build());
        assertThat(slow).hasToString("FAILED: `echo started; sleep 5` timed out after 300ms and was stopped: started");
    }

    @Test
    void shouldBeAnErrorWhenTheCommandCannotStart() {
        CheckOutcome outcome = check("type: command\ncommand: ./verify-backup.sh")
                .evaluate(context(workspace)
                        .commandRunner((command, environment, timeout) -> {
                            throw new IOException("agent offline");
                        })
                        .build());

        assertThat(outcome).hasToString("ERROR: Could not start `./verify-backup.sh`: agent offline");
        assertThat(TestItems.problem("type: command")).contains("missing field 'command'");
    }

    @Test
    void shouldPassTheRunnerTheCommandEnvironmentAndTimeout() {
        List<String> seen = new ArrayList<>();
        check("type: command\ncommand: [./mvnw, -B, flyway:validate]\ntimeout: 5m")
                .evaluate(context(workspace)
                        .commandRunner((command, environment, timeout) -> {
                            seen.add(command + " " + environment + " " + timeout);
                            return new CommandResult(0, "ok\n", false);
                        })
                        .build());

        assertThat(seen)
                .containsExactly(
                        "[./mvnw, -B, flyway:validate] {DEPLOY_RELEASE=1.4.0, DEPLOY_ENVIRONMENT=production} PT5M");
    }

    @Test
    void shouldCompareAPrometheusValueWithTheThreshold() {
        List<String> queries = new ArrayList<>();
        String item = "type: metric\nquery: 'sum(rate(errors{env=\"${environment}\"}[5m]))'\nthreshold: '< 0.05'";

        CheckOutcome passed = check(item)
                .evaluate(context(workspace)
                        .prometheus(promql -> {
                            queries.add(promql);
                            return 0.0123;
                        })
                        .build());
        assertThat(passed).hasToString("PASSED: `sum(rate(errors{env=\"production\"}[5m]))` = 0.0123, required < 0.05");
        assertThat(queries).containsExactly("sum(rate(errors{env=\"production\"}[5m]))");

        assertThat(check(item)
                        .evaluate(context(workspace).prometheus(promql -> 0.08).build())
                        .status())
                .isEqualTo(ItemStatus.FAILED);
        assertThat(check(item)
                        .evaluate(context(workspace)
                                .prometheus(promql -> Double.NaN)
                                .build())
                        .evidence())
                .endsWith("returned no data; < 0.05 cannot be shown");
        assertThat(check(item)
                        .evaluate(context(workspace)
                                .prometheus(promql -> {
                                    throw new IOException("HTTP 503 from http://prometheus:9090");
                                })
                                .build())
                        .evidence())
                .isEqualTo("Prometheus query `sum(rate(errors{env=\"production\"}[5m]))` failed: HTTP 503 from"
                        + " http://prometheus:9090");
        assertThat(check(item).evaluate(context(workspace).build()).status()).isEqualTo(ItemStatus.ERROR);
        assertThat(TestItems.problem("type: metric\nquery: up\nthreshold: below 5"))
                .contains("Invalid value for 'threshold': 'below 5'");
    }

    @Test
    void shouldCompareThresholds() {
        assertThat(Threshold.valueOf("threshold", "<=500").holdsFor(500)).isTrue();
        assertThat(Threshold.valueOf("threshold", ">= 99.9").holdsFor(99.89)).isFalse();
        assertThat(Threshold.valueOf("threshold", "== 1").holdsFor(1)).isTrue();
        assertThat(Threshold.valueOf("threshold", "!= 0").holdsFor(Double.NaN)).isFalse();
        assertThat(Threshold.valueOf("threshold", "> 1e-3")).hasToString("> 0.001");
    }
}
