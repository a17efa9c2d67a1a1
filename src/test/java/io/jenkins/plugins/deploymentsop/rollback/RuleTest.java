package io.jenkins.plugins.deploymentsop.rollback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

class RuleTest {
    private static Rule.Builder errorRate() {
        return Rule.builder("errors")
                .signal(Signal.of("error rate", "prometheus:errors", "%"))
                .when("> 10%")
                .severity(Severity.P0)
                .auto();
    }

    @Test
    void shouldBuildFromTypedValues() {
        Rule rule = errorRate()
                .sustainedFor(TimeSpan.ofMinutes(2))
                .consecutive(2)
                .noData(NoDataPolicy.TREAT_AS_BREACH)
                .build();

        assertThat(rule.describe()).isEqualTo("error rate > 10%, 2 times in a row for 2m → P0, automatic");
        assertThat(rule.noData()).contains(NoDataPolicy.TREAT_AS_BREACH);
        assertThat(rule.noDataPolicy(NoDataDefaults.STANDARD)).isEqualTo(NoDataPolicy.TREAT_AS_BREACH);
        assertThat(rule.signal().kind()).isEqualTo(SignalKind.METRIC);
        assertThat(rule.toBuilder().build()).isEqualTo(rule);
    }

    @Test
    void shouldBuildFromTextAsWrittenByUsers() {
        Rule rule = Rule.builder("slow")
                .set(RuleField.NAME, "p95")
                .set(RuleField.SOURCE, "prometheus:histogram_quantile(0.95, rate(x[1m]))")
                .set(RuleField.UNIT, "ms")
                .set(RuleField.WHEN, "> 3s")
                .set(RuleField.SUSTAINED_FOR, "1m")
                .set(RuleField.SEVERITY, "p1")
                .set(RuleField.ACTION, "manual")
                .set(RuleField.DECISION_TIMEOUT, "10m")
                .set(RuleField.ON_TIMEOUT, "keep")
                .set(RuleField.NO_DATA, "healthy")
                .build();

        assertThat(rule.condition().text()).isEqualTo("> 3000ms");
        assertThat(rule.action()).isEqualTo(RuleAction.manual(TimeSpan.ofMinutes(10), Choice.KEEP));
        assertThat(rule.describe()).isEqualTo("p95 > 3000ms for 1m → P1, manual within 10m, then keep");
        assertThat(rule.noDataPolicy(NoDataDefaults.STANDARD)).isEqualTo(NoDataPolicy.TREAT_AS_HEALTHY);
    }

    @Test
    void shouldUseTheNoDataDefaultOfTheSignalKind() {
        Rule probe = Rule.builder("up")
                .signal(Signal.health("application health", "application"))
                .when("failing")
                .severity(Severity.P0)
                .auto()
                .build();

        assertThat(probe.signal().kind()).isEqualTo(SignalKind.HEALTH);
        assertThat(probe.noDataPolicy(NoDataDefaults.STANDARD)).isEqualTo(NoDataPolicy.TREAT_AS_BREACH);
        assertThat(errorRate().build().noDataPolicy(NoDataDefaults.STANDARD)).isEqualTo(NoDataPolicy.IGNORE);
        assertThat(probe.noDataPolicy(NoDataDefaults.of(NoDataPolicy.IGNORE, NoDataPolicy.TREAT_AS_HEALTHY)))
                .isEqualTo(NoDataPolicy.TREAT_AS_HEALTHY);
    }

    @Test
    void shouldReparseTheConditionWhenTheUnitChanges() {
        Rule seconds = Rule.builder("slow")
                .signal(Signal.of("p95", "sop:latency", "s"))
                .when("> 3s")
                .severity(Severity.P1)
                .auto()
                .build();

        assertThat(seconds.toBuilder()
                        .set(RuleField.UNIT, "ms")
                        .build()
                        .condition()
                        .text())
                .isEqualTo("> 3000ms");
    }

    @Test
    void shouldNameTheMissingOrBadField() {
        assertThatThrownBy(() -> Rule.builder("x")
                        .when("> 1")
                        .severity(Severity.P0)
                        .auto()
                        .build())
                .isInstanceOf(InvalidInputException.class)
                .extracting(exception -> ((InvalidInputException) exception).getParameter())
                .isEqualTo("source");
        assertThatThrownBy(() -> errorRate().when("").build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'when'");
        assertThatThrownBy(() -> errorRate().severity(null).build()).hasMessageContaining("'severity'");
        assertThatThrownBy(
                        () -> errorRate().manual(TimeSpan.ZERO, Choice.ROLLBACK).build())
                .hasMessageContaining("'decisionTimeout'")
                .hasMessageContaining("greater than 0");
        assertThatThrownBy(() -> errorRate().set(RuleField.CONSECUTIVE, "0"))
                .hasMessageContaining("'consecutive'")
                .hasMessageContaining("1 to 10000");
        assertThatThrownBy(() -> errorRate().set(RuleField.CONSECUTIVE, "three"))
                .hasMessageContaining("'three'");
        assertThatThrownBy(() -> errorRate().set(RuleField.SUSTAINED_FOR, "2 minutes"))
                .hasMessageContaining("'sustainedFor'");
        assertThatThrownBy(() -> errorRate().set(RuleField.ACTION, "maybe")).hasMessageContaining("auto or manual");
        assertThatThrownBy(() -> errorRate().set(RuleField.NO_DATA, "panic"))
                .hasMessageContaining("ignore, treat_as_breach or treat_as_healthy");
        assertThatThrownBy(() -> Rule.builder("no spaces")).hasMessageContaining("'id'");
    }

    @Test
    void shouldValidateSignals() {
        assertThat(Signal.of(" error rate ", " prometheus:sum(x) ", " % ").source())
                .isEqualTo("prometheus:sum(x)");
        assertThat(Signal.health("db", "database").source()).isEqualTo("health:database");
        assertThat(Signal.of("x", "Health:db", "").kind()).isEqualTo(SignalKind.HEALTH);
        assertThat(Signal.of("x", "healthz:db", "").kind()).isEqualTo(SignalKind.METRIC);
        assertThatThrownBy(() -> Signal.of("x", "no-scheme", "")).hasMessageContaining("'source'");
        assertThatThrownBy(() -> Signal.of("x", "prometheus:", "")).hasMessageContaining("'source'");
        assertThatThrownBy(() -> Signal.of("", "prometheus:x", "")).hasMessageContaining("'name'");
        assertThatThrownBy(() -> Signal.of("x", "prometheus:x", "per 5 min")).hasMessageContaining("'unit'");
        assertThat(Signal.of("x", "prometheus:x", "s").format(0.25)).isEqualTo("0.25s");
        assertThat(Signal.health("db", "db").format(0)).isEqualTo("failing");
    }

    @Test
    void shouldObeyTheEqualsContracts() {
        EqualsVerifier.forClass(Signal.class).verify();
        EqualsVerifier.forClass(RuleAction.class).verify();
        EqualsVerifier.forClass(Origin.class).verify();
        EqualsVerifier.forClass(NoDataDefaults.class).verify();
        EqualsVerifier.forClass(ThresholdCondition.class).verify();
        EqualsVerifier.forClass(RangeCondition.class).verify();
        EqualsVerifier.forClass(BaselineChangeCondition.class).verify();
        EqualsVerifier.forClass(BaselineRatioCondition.class).verify();
        EqualsVerifier.forClass(FailingCondition.class).verify();
    }
}
