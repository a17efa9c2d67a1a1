package io.jenkins.plugins.deploymentsop.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.BinomialTest;
import org.apache.commons.statistics.inference.ContinuityCorrection;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.PValueMethod;
import org.junit.jupiter.api.Test;

/** The statistics the judges use, checked against values published in textbooks and reference software. */
class StatisticsReferenceTest {
    // Hollander & Wolfe (1973), p. 69f., permeability constants of the human chorioamnion at term (x) and at 12 to 26
    // weeks (y); R's ?wilcox.test example: wilcox.test(x, y, alternative = "greater") gives W = 35, p-value = 0.1272
    // (exact); with exact = FALSE, correct = FALSE (H&W large sample approximation) W = 35, p-value = 0.1103.
    private static final double[] TERM = {0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46};
    private static final double[] EARLY = {1.15, 0.88, 0.90, 0.74, 1.21};

    @Test
    void shouldReproduceTheExactMannWhitneyExampleOfHollanderAndWolfe() {
        MannWhitneyUTest.Result result = MannWhitneyUTest.withDefaults()
                .with(AlternativeHypothesis.GREATER_THAN)
                .with(PValueMethod.EXACT)
                .test(TERM, EARLY);

        assertThat(result.getStatistic()).isEqualTo(35.0);
        assertThat(result.getPValue()).isCloseTo(0.1272, within(0.00005));
    }

    @Test
    void shouldReproduceTheLargeSampleApproximationOfHollanderAndWolfe() {
        MannWhitneyUTest.Result result = MannWhitneyUTest.withDefaults()
                .with(AlternativeHypothesis.GREATER_THAN)
                .with(PValueMethod.ASYMPTOTIC)
                .with(ContinuityCorrection.DISABLED)
                .test(TERM, EARLY);

        assertThat(result.getPValue()).isCloseTo(0.1103, within(0.00005));
    }

    @Test
    void shouldNotFlagTheHollanderAndWolfeExampleAtTheFivePercentLevel() {
        MetricVerdict verdict = MannWhitneyJudge.of(Direction.INCREASE).judge("permeability", TERM, EARLY);

        assertThat(verdict.outcome()).isEqualTo(Outcome.PASS);
        assertThat(verdict.figure("U")).contains(35.0);
        assertThat(verdict.figure("p-value").orElseThrow()).isCloseTo(0.1272, within(0.00005));
        assertThat(verdict.reason()).contains("no significant increase", "p 0.1272 >= 0.05");
    }

    @Test
    void shouldMatchPublishedCriticalValuesOfTheMannWhitneyTable() {
        // Critical values of U for a two-sided test at the 5% level (Mann & Whitney 1947; e.g. the table in Siegel &
        // Castellan, Nonparametric Statistics, Table J): reject when U <= the value. So P(U <= value) <= 0.025 and
        // P(U <= value + 1) > 0.025, i.e. the lower 2.5% quantile as R's qwilcox is value + 1.
        int[][] table = {{5, 5, 2}, {8, 8, 13}, {10, 10, 23}, {20, 20, 127}, {5, 10, 8}};
        for (int[] row : table) {
            assertThat(MannWhitneyDistribution.lowerQuantile(0.025, row[0], row[1]))
                    .as("n = %d, m = %d", row[0], row[1])
                    .isEqualTo(row[2] + 1);
        }
    }

    @Test
    void shouldMatchTheExactPValuesOfCommonsStatistics() {
        double[] probabilities = MannWhitneyDistribution.probabilities(10, 5);
        double upperTail = 0;
        for (int u = 35; u < probabilities.length; u++) {
            upperTail += probabilities[u];
        }
        assertThat(upperTail).isCloseTo(0.1272, within(0.00005)); // the same Hollander & Wolfe p-value
        double total = 0;
        for (double probability : probabilities) {
            total += probability;
        }
        assertThat(total).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void shouldReproduceTheTwoProportionExampleOfAgresti() {
        // Agresti, An Introduction to Categorical Data Analysis, Section 2.2 (Physicians' Health Study): myocardial
        // infarction in 189 of 11,034 physicians on placebo and 104 of 11,037 on aspirin. R:
        // prop.test(c(189, 104), c(11034, 11037), correct = FALSE) gives X-squared = 25.014, i.e. z = 5.001, and a
        // two-sided p-value of 5.69e-07.
        TwoProportionZTest.Result result = TwoProportionZTest.test(
                new EventCounts(189, 11_034), new EventCounts(104, 11_037), AlternativeHypothesis.TWO_SIDED);

        assertThat(result.z() * result.z()).isCloseTo(25.014, within(0.0005));
        assertThat(result.z()).isCloseTo(5.0014, within(0.0001));
        assertThat(result.pValue()).isCloseTo(5.69e-7, within(0.01e-7));
    }

    @Test
    void shouldReproduceTheBinomialExampleOfConover() {
        // Conover (1971), p. 97f., R's ?binom.test example: 682 giant and 243 dwarf plants, H0 p = 3/4;
        // binom.test(682, 925, p = 3/4) gives p-value = 0.3825.
        double pValue = BinomialTest.withDefaults().test(925, 682, 0.75).getPValue();

        assertThat(pValue).isCloseTo(0.3825, within(0.00005));
    }

    @Test
    void shouldComputeTheConditionalRateTestByHand() {
        // 8 errors on the canary, 0 on stable, equal traffic: under equal rates each error lands on the canary with
        // probability 1/2, so P(all 8 on the canary) = 1/2^8 = 0.00390625.
        MetricVerdict verdict =
                CountJudge.errors().judge("errors", new EventCounts(8, 10_000), new EventCounts(0, 10_000));

        assertThat(verdict.figure("p-value").orElseThrow()).isCloseTo(1 / 256.0, within(1e-12));
        assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
    }
}
