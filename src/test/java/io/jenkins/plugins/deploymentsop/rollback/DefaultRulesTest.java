package io.jenkins.plugins.deploymentsop.rollback;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import org.junit.jupiter.api.Test;

class DefaultRulesTest {
    private final RuleSet defaults = RuleSet.defaults();

    private Rule rule(final String id) {
        return defaults.find(id).orElseThrow();
    }

    @Test
    void shouldHoldTheSopMatrixInOrder() {
        assertThat(defaults.rules())
                .extracting(Rule::id)
                .containsExactly(
                        DefaultRules.ERROR_RATE_P0,
                        DefaultRules.ERROR_RATE_P1,
                        DefaultRules.LATENCY_P0,
                        DefaultRules.LATENCY_P1,
                        DefaultRules.HEALTH_CHECK,
                        DefaultRules.DATABASE_CONNECTION,
                        DefaultRules.BUSINESS_METRIC_DROP);
        assertThat(defaults.describe())
                .isEqualTo(String.join(
                        "\n",
                        "error-rate-p0: error rate > 10% → P0, automatic",
                        "error-rate-p1: error rate > 5% for 2m → P1, manual within 5m, then rollback",
                        "latency-p95-p0: p95 response time > 5s → P0, automatic",
                        "latency-p95-p1: p95 response time > 3s → P1, manual within 10m, then rollback",
                        "health-check: application health failing, 3 times in a row → P0, automatic",
                        "database-connection: database connection failing, 3 times in a row → P0, automatic",
                        "business-metric-drop: business metric drop > 20% → P1, manual within 15m, then rollback"));
        assertThat(defaults.noDataDefaults()).isEqualTo(NoDataDefaults.STANDARD);
        assertThat(defaults.dropped()).isEmpty();
    }

    @Test
    void shouldTriggerErrorRateP0AutomaticallyAndAtOnce() {
        Rule p0 = rule(DefaultRules.ERROR_RATE_P0);

        assertThat(p0.severity()).isEqualTo(Severity.P0);
        assertThat(p0.action().isAutomatic()).isTrue();
        assertThat(p0.sustainedFor()).isEqualTo(TimeSpan.ZERO);
        assertThat(p0.consecutive()).isEqualTo(1);
        assertThat(p0.signal()).isEqualTo(Signal.of("error rate", "sop:error-rate", "%"));
        assertThat(p0.description()).contains("SOP 001 Rollback Decision Matrix");
    }

    @Test
    void shouldAskAPersonForAnErrorRateAboveFivePercentSustainedTwoMinutes() {
        Rule p1 = rule(DefaultRules.ERROR_RATE_P1);

        assertThat(p1.severity()).isEqualTo(Severity.P1);
        assertThat(p1.sustainedFor()).isEqualTo(TimeSpan.ofMinutes(2));
        assertThat(p1.action()).isEqualTo(RuleAction.manual(TimeSpan.ofMinutes(5), Choice.ROLLBACK));
        assertThat(p1.condition().text()).isEqualTo("> 5%");
        assertThat(p1.description()).contains("5-10%").contains("Stage 5");
    }

    @Test
    void shouldJudgeTheP95ResponseTimeInSeconds() {
        assertThat(rule(DefaultRules.LATENCY_P0).condition().text()).isEqualTo("> 5s");
        assertThat(rule(DefaultRules.LATENCY_P0).action().isAutomatic()).isTrue();
        assertThat(rule(DefaultRules.LATENCY_P1).condition().text()).isEqualTo("> 3s");
        assertThat(rule(DefaultRules.LATENCY_P1).action())
                .isEqualTo(RuleAction.manual(TimeSpan.ofMinutes(10), Choice.ROLLBACK));
    }

    @Test
    void shouldRollBackAfterThreeFailedHealthOrDatabaseChecks() {
        for (String id : new String[] {DefaultRules.HEALTH_CHECK, DefaultRules.DATABASE_CONNECTION}) {
            Rule probe = rule(id);
            assertThat(probe.signal().kind()).isEqualTo(SignalKind.HEALTH);
            assertThat(probe.condition().text()).isEqualTo("failing");
            assertThat(probe.consecutive()).isEqualTo(3);
            assertThat(probe.severity()).isEqualTo(Severity.P0);
            assertThat(probe.action().isAutomatic()).isTrue();
            assertThat(probe.noDataPolicy(defaults.noDataDefaults())).isEqualTo(NoDataPolicy.TREAT_AS_BREACH);
        }
    }

    @Test
    void shouldCompareTheBusinessMetricWithItsBaseline() {
        Rule drop = rule(DefaultRules.BUSINESS_METRIC_DROP);

        assertThat(drop.condition().needsBaseline()).isTrue();
        assertThat(drop.action()).isEqualTo(RuleAction.manual(TimeSpan.ofMinutes(15), Choice.ROLLBACK));
        assertThat(drop.noDataPolicy(defaults.noDataDefaults())).isEqualTo(NoDataPolicy.IGNORE);
        assertThat(defaults.baselineSignals()).containsExactly(drop.signal());
    }

    @Test
    void shouldReadEachSharedSignalOnce() {
        assertThat(defaults.signals())
                .extracting(Signal::source)
                .containsExactly(
                        "sop:error-rate",
                        "sop:latency-p95",
                        "health:application",
                        "health:database",
                        "sop:business-metric");
    }
}
