package io.jenkins.plugins.deploymentsop.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorerTest {
    private static ScoredMetric scored(final String group, final String name, final Outcome outcome) {
        return new ScoredMetric(group, MetricVerdict.of(name, outcome, List.of(), "scripted " + outcome));
    }

    private final Scorer scorer = new Scorer(Map.of("latency", 60.0, "errors", 40.0), ScoreThresholds.DEFAULT);

    @Test
    void shouldWeighGroupScores() {
        Scorecard card = scorer.score(List.of(
                scored("latency", "p50", Outcome.PASS),
                scored("latency", "p95", Outcome.FAIL),
                scored("errors", "error-rate", Outcome.PASS),
                scored("errors", "error-count", Outcome.PASS)));

        // latency 50 × 60 + errors 100 × 40 = 7000 / 100 = 70 < 75
        assertThat(card.score()).isCloseTo(70, within(1e-9));
        assertThat(card.verdict()).isEqualTo(CanaryVerdict.FAIL);
        assertThat(card.reason())
                .startsWith("score 70 (pass >= 95, marginal >= 75): latency 1/2 (weight 60), errors 2/2 (weight 40)")
                .contains("not passed: p95: FAIL (scripted FAIL)");
    }

    @Test
    void shouldClassifyPassAndMarginalByTheThresholds() {
        Scorer equal = new Scorer(Map.of(), new ScoreThresholds(90, 50));
        assertThat(equal.score(List.of(scored("a", "x", Outcome.PASS), scored("b", "y", Outcome.PASS)))
                        .verdict())
                .isEqualTo(CanaryVerdict.PASS);
        Scorecard marginal = equal.score(List.of(scored("a", "x", Outcome.PASS), scored("b", "y", Outcome.FAIL)));
        assertThat(marginal.score()).isEqualTo(50.0);
        assertThat(marginal.verdict()).isEqualTo(CanaryVerdict.MARGINAL);
        assertThat(marginal.verdict().toOutcome()).isEqualTo(Outcome.INCONCLUSIVE);
    }

    @Test
    void shouldFailOnACriticalMetricWhateverTheScore() {
        List<ScoredMetric> metrics = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            metrics.add(scored("latency", "m" + i, Outcome.PASS));
        }
        metrics.add(new ScoredMetric(
                "errors",
                MetricVerdict.criticalFailure("error-count", List.of(), "canary rate is significantly higher")));
        metrics.add(scored("errors", "error-rate", Outcome.PASS));

        Scorecard card = scorer.score(metrics);

        assertThat(card.score()).isCloseTo(80, within(1e-9));
        assertThat(card.verdict()).isEqualTo(CanaryVerdict.FAIL);
        assertThat(card.reason()).startsWith("critical metric failed: error-count: FAIL (critical)");
    }

    @Test
    void shouldCountErrorsAsFailuresAndLeaveOutMetricsWithoutData() {
        Scorecard card = scorer.score(List.of(
                scored("latency", "p95", Outcome.PASS),
                scored("latency", "p99", Outcome.INCONCLUSIVE),
                scored("errors", "error-rate", Outcome.ERROR),
                scored("errors", "error-count", Outcome.PASS)));

        assertThat(card.groups().get(0)).isEqualTo(new GroupScore("latency", 60, 1, 1, 1));
        assertThat(card.groups().get(1)).isEqualTo(new GroupScore("errors", 40, 1, 2, 0));
        assertThat(card.score()).isCloseTo(80, within(1e-9)); // 100 × 60 + 50 × 40
        assertThat(card.verdict()).isEqualTo(CanaryVerdict.MARGINAL);
    }

    @Test
    void shouldBeInconclusiveWithoutDataAndAnErrorWhenNothingOrSomethingCriticalCouldBeMeasured() {
        Scorecard noData = scorer.score(List.of(scored("latency", "p95", Outcome.INCONCLUSIVE)));
        assertThat(noData.verdict()).isEqualTo(CanaryVerdict.INCONCLUSIVE);
        assertThat(noData.score()).isNaN();
        assertThat(noData.reason()).isEqualTo("no metric had data: p95: INCONCLUSIVE (scripted INCONCLUSIVE)");

        Scorecard down =
                scorer.score(List.of(scored("latency", "p95", Outcome.ERROR), scored("errors", "e", Outcome.ERROR)));
        assertThat(down.verdict()).isEqualTo(CanaryVerdict.ERROR);
        assertThat(down.verdict().toOutcome()).isEqualTo(Outcome.ERROR);

        Scorecard criticalDown = scorer.score(List.of(
                scored("latency", "p95", Outcome.PASS),
                new ScoredMetric("errors", MetricVerdict.error("e", "timeout").asCritical())));
        assertThat(criticalDown.verdict()).isEqualTo(CanaryVerdict.ERROR);
        assertThat(criticalDown.reason()).startsWith("a critical metric could not be measured: e: ERROR (timeout)");
    }

    @Test
    void shouldRejectBadWeightsThresholdsAndUnknownGroups() {
        assertThatThrownBy(() -> new Scorer(Map.of("a", -1.0), ScoreThresholds.DEFAULT))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'weights.a'");
        assertThatThrownBy(() -> new Scorer(Map.of("a", 0.0), ScoreThresholds.DEFAULT))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new ScoreThresholds(80, 90))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'marginal'");
        assertThatThrownBy(() -> scorer.checkGroups(List.of("latncy")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Invalid value for 'group': 'latncy' (allowed: one of the weighted groups ");
    }

    @Test
    void shouldScoreAsOneAnalysisMetricWithChildren() throws InterruptedException {
        ScorecardCheck check = new ScorecardCheck(
                "canary-score",
                List.of(
                        new ScorecardCheck.Entry(
                                "latency", "p95", () -> MetricVerdict.of("p95", Outcome.PASS, List.of(), "ok")),
                        new ScorecardCheck.Entry("errors", "rate", () -> {
                            throw new IllegalArgumentException("broken");
                        })),
                scorer);

        MetricVerdict verdict = check.check();

        assertThat(verdict.metric()).isEqualTo("canary-score");
        assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL); // 100 × 60 + 0 × 40 = 60 < 75
        assertThat(verdict.figure("score")).contains(60.0);
        assertThat(verdict.children()).extracting(MetricVerdict::outcome).containsExactly(Outcome.PASS, Outcome.ERROR);
        assertThat(verdict.children().get(1).reason()).contains("broken");
    }
}
