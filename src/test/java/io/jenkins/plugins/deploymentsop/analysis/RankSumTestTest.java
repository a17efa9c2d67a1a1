package io.jenkins.plugins.deploymentsop.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.PValueMethod;
import org.junit.jupiter.api.Test;

/** The one-pass U of large samples must equal what Apache Commons Statistics computes. */
class RankSumTestTest {
    @Test
    void shouldAgreeWithCommonsStatisticsOnLargeSamplesWithAndWithoutTies() {
        SplittableRandom random = new SplittableRandom(3);
        int[][] sizes = {{60, 70}, {1000, 1000}, {1200, 900}, {3000, 400}};
        for (int[] size : sizes) {
            for (boolean ties : new boolean[] {false, true}) {
                double[] x = sample(random, size[0], 1.05, ties);
                double[] y = sample(random, size[1], 1.0, ties);
                for (AlternativeHypothesis alternative : AlternativeHypothesis.values()) {
                    MannWhitneyUTest.Result expected = MannWhitneyUTest.withDefaults()
                            .with(alternative)
                            .with(PValueMethod.ASYMPTOTIC)
                            .test(x, y);
                    RankSumTest.Result actual = RankSumTest.asymptotic(x, y, alternative);
                    assertThat(actual.u())
                            .as("U %s %s", Arrays.toString(size), alternative)
                            .isEqualTo(expected.getStatistic());
                    assertThat(actual.pValue())
                            .as("p %s ties %s %s", Arrays.toString(size), ties, alternative)
                            .isCloseTo(expected.getPValue(), within(1e-12));
                }
            }
        }
    }

    @Test
    void shouldDelegateSmallSamplesToCommonsStatistics() {
        double[] x = {0.73, 0.80, 0.83, 1.04, 1.38, 1.45, 1.46, 1.64, 1.89, 1.91};
        double[] y = {0.74, 0.88, 0.90, 1.15, 1.21};

        RankSumTest.Result result = RankSumTest.test(x, y, AlternativeHypothesis.GREATER_THAN);

        assertThat(result.u()).isEqualTo(35.0);
        assertThat(result.pValue()).isCloseTo(0.1272, within(0.00005)); // exact, Hollander & Wolfe
    }

    @Test
    void shouldGiveNoEvidenceWhenAllValuesAreEqual() {
        double[] same = new double[2000];
        Arrays.fill(same, 1.0);

        assertThat(RankSumTest.asymptotic(same, same, AlternativeHypothesis.TWO_SIDED)
                        .pValue())
                .isEqualTo(1.0);
    }

    private static double[] sample(
            final SplittableRandom random, final int count, final double scale, final boolean ties) {
        double[] values = random.doubles(count).map(v -> scale * Math.exp(v)).toArray();
        if (ties) {
            values = Arrays.stream(values).map(v -> Math.rint(v * 10) / 10).toArray();
        }
        Arrays.sort(values);
        return values;
    }
}
