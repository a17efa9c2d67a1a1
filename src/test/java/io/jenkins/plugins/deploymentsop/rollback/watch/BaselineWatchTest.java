package io.jenkins.plugins.deploymentsop.rollback.watch;

import static io.jenkins.plugins.deploymentsop.rollback.watch.Watch.BUSINESS;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.rollback.RuleSet;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BaselineWatchTest {
    private static final TimeSpan HOUR = TimeSpan.ofMinutes(60);

    @Test
    void shouldCaptureOnlyTheBaselineSignals() {
        Observations before = Observations.builder()
                .value(BUSINESS, 200)
                .value(Watch.ERRORS, 0.4)
                .build();

        Baseline baseline = Baseline.capture(RuleSet.defaults(), before);

        assertThat(baseline.values()).isEqualTo(Map.of(BUSINESS, 200.0));
        assertThat(baseline.missing()).isEmpty();
    }

    @Test
    void shouldAskAPersonWhenTheBusinessMetricDropsMoreThanTwentyPercent() {
        Baseline baseline = Baseline.capture(
                RuleSet.defaults(), Observations.builder().value(BUSINESS, 200).build());
        Watch watch = Watch.defaults(HOUR).start(RuleSet.defaults(), HOUR, baseline);

        assertThat(watch.tickAt(0, BUSINESS, 170.0).kind()).isEqualTo(WatchDecision.Kind.NONE);
        WatchDecision decision = watch.tickAt(30, BUSINESS, 150.0);

        PendingDecision pending = decision.pending().orElseThrow();
        assertThat(pending.ruleId()).isEqualTo("business-metric-drop");
        assertThat(pending.deadline()).isEqualTo(FakeClock.START.plusSeconds(30 + 15 * 60));
        assertThat(watch.eventsOf(EventType.BREACH_STARTED).get(0).message())
                .isEqualTo("business-metric-drop: business metric dropped 25% from baseline 200 to 150 (drop > 20%)");
    }

    @Test
    void shouldReportAMissingBaselineAndTreatTheComparisonAsNoData() {
        Baseline baseline = Baseline.capture(
                RuleSet.defaults(),
                Observations.builder()
                        .put(BUSINESS, Observation.error("query failed: 400 bad_data"))
                        .build());
        Watch watch = Watch.defaults(HOUR).start(RuleSet.defaults(), HOUR, baseline);

        assertThat(watch.tickAt(0, BUSINESS, 10.0).kind()).isEqualTo(WatchDecision.Kind.NONE);
        watch.tickAt(30, BUSINESS, 5.0);

        assertThat(watch.eventsOf(EventType.BASELINE_MISSING)).singleElement().satisfies(event -> assertThat(
                        event.message())
                .isEqualTo("no baseline for business metric (sop:business-metric): query failed: 400 bad_data;"
                        + " rule(s) business-metric-drop treat their comparisons as no data"));
        assertThat(watch.eventsOf(EventType.NO_DATA))
                .filteredOn(event -> event.ruleId().orElseThrow().equals("business-metric-drop"))
                .singleElement()
                .satisfies(event -> assertThat(event.message())
                        .contains("no baseline value was captured")
                        .contains("(policy ignore)"));
    }

    @Test
    void shouldKeepNonFiniteBaselinesOut() {
        Baseline baseline = Baseline.of(Map.of(BUSINESS, Double.NaN));

        assertThat(baseline.values()).isEmpty();
        assertThat(baseline.missing()).containsEntry(BUSINESS, "the value is NaN");
    }
}
