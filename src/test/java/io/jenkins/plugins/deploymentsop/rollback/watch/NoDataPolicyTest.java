package io.jenkins.plugins.deploymentsop.rollback.watch;

import static io.jenkins.plugins.deploymentsop.rollback.watch.Watch.APP;
import static io.jenkins.plugins.deploymentsop.rollback.watch.Watch.DB;
import static io.jenkins.plugins.deploymentsop.rollback.watch.Watch.ERRORS;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.rollback.DefaultRules;
import io.jenkins.plugins.deploymentsop.rollback.NoDataPolicy;
import io.jenkins.plugins.deploymentsop.rollback.Origin;
import io.jenkins.plugins.deploymentsop.rollback.RuleLayer;
import io.jenkins.plugins.deploymentsop.rollback.RuleSet;
import io.jenkins.plugins.deploymentsop.rollback.RuleSource;
import io.jenkins.plugins.deploymentsop.rollback.RuleSpec;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import org.junit.jupiter.api.Test;

class NoDataPolicyTest {
    private static final TimeSpan HOUR = TimeSpan.ofMinutes(60);
    private static final Observation UNREACHABLE = Observation.error("connection refused: 127.0.0.1:9090");
    private static final Observation PASSING = Observation.probe(true, "HTTP 200");

    @Test
    void shouldReportAnUnreadableMetricOnceAndIgnoreItByDefault() {
        Watch watch = new Watch().start(RuleSet.defaults(), HOUR);

        for (long at = 0; at <= 600; at += 30) {
            assertThat(watch.tickAt(at, ERRORS, UNREACHABLE, APP, PASSING, DB, PASSING)
                            .kind())
                    .isEqualTo(WatchDecision.Kind.NONE);
        }
        watch.tickAt(630, ERRORS, 1.0, APP, PASSING, DB, PASSING);

        assertThat(watch.eventsOf(EventType.NO_DATA))
                .filteredOn(event -> event.ruleId().orElseThrow().equals("error-rate-p0"))
                .singleElement()
                .satisfies(event -> assertThat(event.message())
                        .isEqualTo("error-rate-p0: error rate (sop:error-rate): error: connection refused:"
                                + " 127.0.0.1:9090, ignored (policy ignore)"));
        assertThat(watch.eventsOf(EventType.DATA_RESUMED))
                .filteredOn(event -> event.ruleId().orElseThrow().equals("error-rate-p0"))
                .singleElement()
                .satisfies(event -> assertThat(event.message()).contains("after 21 missing sample(s)"));
    }

    @Test
    void shouldRollBackWhenAHealthProbeCannotRunThreeTimes() {
        Watch watch = new Watch().start(RuleSet.defaults(), HOUR);

        watch.tickAt(0, APP, UNREACHABLE, DB, PASSING);
        watch.tickAt(10, APP, UNREACHABLE, DB, PASSING);
        WatchDecision decision = watch.tickAt(20, APP, UNREACHABLE, DB, PASSING);

        assertThat(decision.kind()).isEqualTo(WatchDecision.Kind.ROLLBACK_NOW);
        assertThat(decision.trigger().orElseThrow().ruleId()).isEqualTo("health-check");
        assertThat(decision.trigger().orElseThrow().valuesText()).isEqualTo("no data, no data, no data");
        assertThat(watch.eventsOf(EventType.NO_DATA))
                .filteredOn(event -> event.ruleId().orElseThrow().equals("health-check"))
                .singleElement()
                .satisfies(event -> assertThat(event.message()).contains("(policy treat_as_breach)"));
    }

    @Test
    void shouldLetARuleOverrideItsDefault() {
        RuleSource pipeline = RuleSource.builder(RuleLayer.PIPELINE, "Pipeline")
                .add(RuleSpec.builder("health-check", Origin.of("Pipeline"))
                        .noData("treat_as_healthy")
                        .build())
                .build();
        Watch watch = new Watch().start(RuleSet.merge(DefaultRules.source(), pipeline), HOUR);

        for (long at = 0; at <= 100; at += 10) {
            assertThat(watch.tickAt(at, APP, UNREACHABLE, DB, PASSING).kind()).isEqualTo(WatchDecision.Kind.NONE);
        }
    }

    @Test
    void shouldApplyTheDefaultsOfTheRuleSet() {
        RuleSource global = RuleSource.builder(RuleLayer.GLOBAL, "global")
                .noDataForMetrics(NoDataPolicy.TREAT_AS_BREACH)
                .build();
        Watch watch = new Watch().start(RuleSet.merge(DefaultRules.source(), global), HOUR);

        WatchDecision decision = watch.tickAt(0, APP, PASSING, DB, PASSING);

        assertThat(decision.trigger().orElseThrow().ruleId()).isEqualTo("error-rate-p0");
        assertThat(decision.trigger().orElseThrow().reason()).contains("no data");
    }

    @Test
    void shouldTreatNotANumberAsNoData() {
        Watch watch = new Watch().start(Watch.rules(Watch.autoErrorRule("errors", "> 5%", 0)), HOUR);

        watch.tickAt(0, ERRORS, Double.NaN);

        assertThat(watch.eventsOf(EventType.NO_DATA)).singleElement().satisfies(event -> assertThat(event.message())
                .contains("no data: the value is NaN (e.g. a rate over no requests)"));
        assertThat(Observation.value(Double.POSITIVE_INFINITY).hasValue()).isFalse();
    }

    @Test
    void shouldSayWhichSignalWasNotSupplied() {
        Watch watch = new Watch().start(Watch.rules(Watch.autoErrorRule("errors", "> 5%", 0)), HOUR);

        watch.tickAt(0);

        assertThat(watch.eventsOf(EventType.NO_DATA).get(0).message())
                .contains("no reading was supplied for sop:error-rate");
    }
}
