package io.jenkins.plugins.deploymentsop.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalysisRunTest {
    private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final FakeClock clock = new FakeClock(START);

    /** A check that answers the given outcomes in turn, then keeps passing. */
    private static MetricCheck scripted(final String metric, final Outcome... outcomes) {
        Deque<Outcome> queue = new ArrayDeque<>(Arrays.asList(outcomes));
        return () -> {
            Outcome outcome = queue.isEmpty() ? Outcome.PASS : queue.poll();
            return MetricVerdict.of(metric, outcome, List.of(new Figure("value", 1)), "scripted " + outcome);
        };
    }

    private static MetricSettings.Builder metric(final String name) {
        return MetricSettings.builder(name).interval(TimeSpan.ofMinutes(1));
    }

    /** Ticks once a minute until the run completes or the limit of ticks is reached. */
    private void runToCompletion(final AnalysisRun run, final AnalysisRunner runner, final int maxTicks)
            throws InterruptedException {
        for (int tick = 0; tick < maxTicks && !run.isCompleted(); tick++) {
            runner.tick(run);
            clock.advance(MINUTE);
        }
    }

    @Test
    void shouldFailOnceFailuresExceedTheLimitAtTheTimeTheFormulaPredicts() throws InterruptedException {
        MetricSettings settings = metric("error-rate")
                .count(10)
                .failureLimit(2)
                .initialDelay(TimeSpan.ofMinutes(2))
                .build();
        AnalysisRun run = new AnalysisRun(List.of(settings), START);
        AnalysisRunner runner = new AnalysisRunner(
                clock, Map.of("error-rate", scripted("error-rate", Outcome.FAIL, Outcome.FAIL, Outcome.FAIL)));

        assertThat(run.dueMetrics(START.plus(Duration.ofSeconds(119)))).isEmpty();
        assertThat(run.nextDueAt()).contains(START.plus(Duration.ofMinutes(2)));
        runToCompletion(run, runner, 20);

        assertThat(run.phase()).isEqualTo(AnalysisPhase.FAILED);
        assertThat(run.reason())
                .isEqualTo("metric 'error-rate' failed: failed (3) > failureLimit (2); last: scripted FAIL");
        MeasurementRecord last = run.metric("error-rate").orElseThrow().last().orElseThrow();
        // the third failure is measured at initialDelay + failureLimit × interval; the documented time to abort adds
        // one interval for the bad data to reach the query window: initialDelay + interval × (failureLimit + 1)
        assertThat(last.takenAt()).isEqualTo(START.plus(Duration.ofMinutes(4)));
        assertThat(settings.timeToFail()).isEqualTo(TimeSpan.ofMinutes(5));
        assertThat(run.dueMetrics(clock.instant())).isEmpty();
        assertThat(run.nextDueAt()).isEmpty();
    }

    @Test
    void shouldGiveMetricsCutShortByAnotherMetricsFailureTheVerdictOfTheirOwnData() throws InterruptedException {
        AnalysisRun run = new AnalysisRun(
                List.of(
                        metric("error-rate").count(0).failureLimit(1).build(),
                        metric("errors").count(0).failureLimit(1).build(),
                        metric("p99").count(0).failureLimit(1).build(),
                        metric("saturation")
                                .count(0)
                                .initialDelay(TimeSpan.ofMinutes(10))
                                .build()),
                START);
        AnalysisRunner runner = new AnalysisRunner(
                clock,
                Map.of(
                        "error-rate", scripted("error-rate", Outcome.FAIL, Outcome.FAIL),
                        "errors", scripted("errors", Outcome.FAIL, Outcome.FAIL),
                        "p99", scripted("p99"),
                        "saturation", scripted("saturation")));

        runToCompletion(run, runner, 5);

        assertThat(run.phase()).isEqualTo(AnalysisPhase.FAILED);
        assertThat(run.reason()).startsWith("metric 'error-rate' failed: failed (2) > failureLimit (1)");
        MetricRun errors = run.metric("errors").orElseThrow();
        assertThat(errors.counts().measured())
                .as("not measured in the tick that decided")
                .isEqualTo(1);
        assertThat(errors.phase()).as("its own numbers are decisive").isEqualTo(AnalysisPhase.FAILED);
        assertThat(errors.isCutShort()).isTrue();
        assertThat(errors.isNotNeeded()).isFalse();
        assertThat(errors.reason())
                .isEqualTo("cut short (the analysis already ended: 'error-rate' failed); its own data: 1 measured:"
                        + " 0 successful, 1 failed, 0 inconclusive; 0 errors (0 in a row); last: scripted FAIL");
        assertThat(run.metric("p99").orElseThrow().phase()).isEqualTo(AnalysisPhase.SUCCESSFUL);
        MetricRun saturation = run.metric("saturation").orElseThrow();
        assertThat(saturation.isNotNeeded()).isTrue();
        assertThat(saturation.phase().isCompleted()).isFalse();
        assertThat(saturation.reason()).isEqualTo("not needed: the analysis already ended: 'error-rate' failed");
        assertThat(run.dueMetrics(clock.instant().plus(Duration.ofHours(1)))).isEmpty();
    }

    @Test
    void shouldCallAMetricWithOnlySourceErrorsWhenCutShortAnError() throws InterruptedException {
        AnalysisRun run = new AnalysisRun(
                List.of(
                        metric("error-rate").count(0).failureLimit(1).build(),
                        metric("p95").count(0).consecutiveErrorLimit(5).build()),
                START);
        AnalysisRunner runner = new AnalysisRunner(
                clock,
                Map.of(
                        "error-rate",
                        scripted("error-rate", Outcome.FAIL, Outcome.FAIL),
                        "p95",
                        () -> MetricVerdict.error("p95", "Prometheus answered 503")));

        runToCompletion(run, runner, 5);

        MetricRun p95 = run.metric("p95").orElseThrow();
        assertThat(p95.phase()).isEqualTo(AnalysisPhase.ERROR);
        assertThat(p95.reason())
                .startsWith("cut short (the analysis already ended: 'error-rate' failed) with source errors only");
        assertThat(run.phase()).as("only the deciding metric decides").isEqualTo(AnalysisPhase.FAILED);
        assertThat(run.reason()).doesNotContain("p95");
    }

    @Test
    void shouldRideOutATransientBlipShorterThanTheFailureLimit() throws InterruptedException {
        AnalysisRun run = new AnalysisRun(
                List.of(metric("latency").count(4).failureLimit(1).build()), START);
        AnalysisRunner runner = new AnalysisRunner(
                clock, Map.of("latency", scripted("latency", Outcome.PASS, Outcome.FAIL, Outcome.PASS, Outcome.PASS)));

        runToCompletion(run, runner, 10);

        assertThat(run.phase()).isEqualTo(AnalysisPhase.SUCCESSFUL);
        assertThat(run.reason()).isEqualTo("all 1 metrics successful: latency: 4 measured, 1 failed");
        assertThat(run.metric("latency").orElseThrow().counts()).isEqualTo(new MetricCounts(4, 3, 1, 0, 0, 0));
    }

    @Test
    void shouldEndInErrorAfterTooManyConsecutiveErrorsAndResetTheStreakOnData() throws InterruptedException {
        AnalysisRun run = new AnalysisRun(
                List.of(metric("p95").count(0).consecutiveErrorLimit(2).build()), START);
        AnalysisRunner runner = new AnalysisRunner(
                clock,
                Map.of(
                        "p95",
                        scripted(
                                "p95",
                                Outcome.ERROR,
                                Outcome.ERROR,
                                Outcome.PASS,
                                Outcome.ERROR,
                                Outcome.ERROR,
                                Outcome.ERROR)));

        runToCompletion(run, runner, 20);

        assertThat(run.phase()).isEqualTo(AnalysisPhase.ERROR);
        assertThat(run.reason())
                .isEqualTo(
                        "metric 'p95' error: consecutiveErrors (3) > consecutiveErrorLimit (2); last: scripted ERROR");
        assertThat(run.metric("p95").orElseThrow().counts()).isEqualTo(new MetricCounts(1, 1, 0, 0, 5, 3));
    }

    @Test
    void shouldTurnABrokenCheckIntoAnErrorNotAPass() throws InterruptedException {
        AnalysisRun run = new AnalysisRun(
                List.of(metric("broken").consecutiveErrorLimit(0).build()), START);
        AnalysisRunner runner = new AnalysisRunner(clock, Map.of("broken", () -> {
            throw new IllegalStateException("boom");
        }));

        runner.tick(run);

        assertThat(run.phase()).isEqualTo(AnalysisPhase.ERROR);
        assertThat(run.reason()).contains("the check failed: java.lang.IllegalStateException: boom");
    }

    @Test
    void shouldStopAtTheFirstInconclusiveMeasurementByDefault() throws InterruptedException {
        AnalysisRun run = new AnalysisRun(List.of(metric("error-rate").count(3).build()), START);
        AnalysisRunner runner = new AnalysisRunner(
                clock,
                Map.of(
                        "error-rate",
                        () -> MetricVerdict.inconclusive(
                                "error-rate", List.of(), "the metric has no data: the query returned NaN")));

        runner.tick(run);

        assertThat(run.phase()).isEqualTo(AnalysisPhase.INCONCLUSIVE);
        assertThat(run.reason())
                .isEqualTo("metric 'error-rate' inconclusive: inconclusive (1) > inconclusiveLimit (0); "
                        + "last: the metric has no data: the query returned NaN");
    }

    @Test
    void shouldReportDryRunMetricsWithoutLettingThemDecide() throws InterruptedException {
        AnalysisRun run = new AnalysisRun(
                List.of(
                        metric("error-rate").count(2).build(),
                        metric("p99").count(2).dryRun(true).build()),
                START);
        AnalysisRunner runner = new AnalysisRunner(
                clock, Map.of("error-rate", scripted("error-rate"), "p99", scripted("p99", Outcome.FAIL)));

        runToCompletion(run, runner, 10);

        assertThat(run.phase()).isEqualTo(AnalysisPhase.SUCCESSFUL);
        assertThat(run.dryRunSummary())
                .isEqualTo("p99: would have failed (failed (1) > failureLimit (0); last: scripted FAIL)");
        assertThat(run.metric("p99").orElseThrow().phase()).isEqualTo(AnalysisPhase.FAILED);
    }

    @Test
    void shouldRunUntilTerminatedAndTakeTheWorstPhase() throws InterruptedException {
        AnalysisRun run = new AnalysisRun(
                List.of(
                        metric("errors-only").count(0).build(),
                        metric("late")
                                .count(0)
                                .initialDelay(TimeSpan.ofMinutes(10))
                                .build(),
                        metric("fine").count(0).build()),
                START);
        AnalysisRunner runner = new AnalysisRunner(
                clock,
                Map.of(
                        "errors-only", scripted("errors-only", Outcome.ERROR, Outcome.ERROR),
                        "late", scripted("late"),
                        "fine", scripted("fine")));
        runner.tick(run);
        clock.advance(MINUTE);
        runner.tick(run);
        assertThat(run.phase()).isEqualTo(AnalysisPhase.RUNNING);

        run.terminate(clock.instant());

        // errors-only: ERROR, late: INCONCLUSIVE (never measured), fine: SUCCESSFUL; ERROR is worse than INCONCLUSIVE
        assertThat(run.phase()).isEqualTo(AnalysisPhase.ERROR);
        assertThat(run.reason())
                .startsWith("metric 'errors-only' error: terminated without a successful measurement: 2 errors")
                .contains("; metric 'late' inconclusive: terminated before its first measurement");
        assertThatThrownBy(() -> run.record("fine", MetricVerdict.error("fine", "late"), clock.instant()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldResumeAfterSerializationWithTheRemainingMeasurements() throws Exception {
        AnalysisRun run = new AnalysisRun(
                List.of(metric("error-rate").count(3).failureLimit(1).build()), START);
        new AnalysisRunner(clock, Map.of("error-rate", scripted("error-rate", Outcome.FAIL))).tick(run);
        clock.advance(Duration.ofSeconds(30));

        AnalysisRun restored = roundTrip(run);

        assertThat(restored.dueMetrics(clock.instant())).isEmpty(); // the next one is due a minute after the first
        clock.advance(Duration.ofSeconds(30));
        AnalysisRunner afterRestart =
                new AnalysisRunner(clock, Map.of("error-rate", scripted("error-rate", Outcome.FAIL)));
        afterRestart.tick(restored);
        assertThat(restored.phase()).isEqualTo(AnalysisPhase.FAILED);
        assertThat(restored.reason()).startsWith("metric 'error-rate' failed: failed (2) > failureLimit (1)");
        assertThat(restored.metric("error-rate").orElseThrow().history()).hasSize(2);
    }

    @Test
    void shouldRejectBadSettings() {
        assertThatThrownBy(() -> new AnalysisRun(List.of(), START)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() ->
                        new AnalysisRun(List.of(metric("a").build(), metric("a").build()), START))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Invalid value for 'name': 'a' (allowed: a name used by only one metric)");
        assertThatThrownBy(() -> metric("a").failureLimit(-1))
                .hasMessage("Invalid value for 'failureLimit': '-1' (allowed: a whole number of at least 0)");
        assertThatThrownBy(() -> MetricSettings.builder("a")
                        .interval(TimeSpan.ZERO)
                        .count(3)
                        .build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'interval'");
        assertThatThrownBy(() -> MetricSettings.builder("bad name")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void shouldOrderPhasesFromBestToWorst() {
        AnalysisPhase[] order = AnalysisPhase.values();
        for (int i = 0; i < order.length; i++) {
            for (int j = 0; j < order.length; j++) {
                assertThat(AnalysisPhase.worst(order[i], order[j])).isEqualTo(order[Math.max(i, j)]);
            }
        }
        assertThat(AnalysisPhase.FAILED.isWorseThan(AnalysisPhase.ERROR)).isTrue();
        assertThat(AnalysisPhase.ERROR.isWorseThan(AnalysisPhase.INCONCLUSIVE)).isTrue();
        assertThat(AnalysisPhase.RUNNING.isCompleted()).isFalse();
    }

    private static AnalysisRun roundTrip(final AnalysisRun run) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(run);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (AnalysisRun) in.readObject();
        }
    }
}
