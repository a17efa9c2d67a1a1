package io.jenkins.plugins.deploymentsop.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

class RadixSortTest {
    private static final double[] SPECIAL = {
        0.0,
        -0.0,
        Double.MIN_VALUE,
        -Double.MIN_VALUE,
        Double.MIN_NORMAL,
        Double.MAX_VALUE,
        -Double.MAX_VALUE,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY,
        1,
        -1
    };

    @Test
    void shouldSortLikeArraysSortBitForBit() {
        SplittableRandom random = new SplittableRandom(17);
        DoubleSupplier[] kinds = {
            () -> 0.1 * Math.exp(0.5 * random.nextGaussian()), // latencies: one sign, few exponents
            () -> random.nextGaussian() * 1e6, // both signs
            () -> Math.rint(random.nextDouble(0, 5)), // heavy ties
            () -> SPECIAL[random.nextInt(SPECIAL.length)], // zeros of both signs, subnormals, extremes
            () -> Double.longBitsToDouble(random.nextLong()), // any bit pattern but NaN
            () -> 42.0 // one value
        };
        for (int length : new int[] {0, 1, 2, 511, 512, 513, 4096, 10_000}) {
            for (DoubleSupplier kind : kinds) {
                double[] values = new double[length];
                for (int i = 0; i < length; i++) {
                    double value = kind.getAsDouble();
                    values[i] = Double.isNaN(value) ? 0.5 : value;
                }
                double[] expected = values.clone();
                Arrays.sort(expected);

                RadixSort.sort(values);

                assertThat(Arrays.equals(values, expected))
                        .as("length %d, first difference at %d", length, Arrays.mismatch(values, expected))
                        .isTrue();
            }
        }
    }

    @Test
    void shouldMapDoublesToKeysInTheirOrder() {
        double[] ordered = {
            Double.NEGATIVE_INFINITY,
            -Double.MAX_VALUE,
            -1,
            -Double.MIN_VALUE,
            -0.0,
            0.0,
            Double.MIN_VALUE,
            1,
            Double.MAX_VALUE,
            Double.POSITIVE_INFINITY
        };
        for (int i = 1; i < ordered.length; i++) {
            assertThat(Long.compareUnsigned(RadixSort.key(ordered[i - 1]), RadixSort.key(ordered[i])))
                    .as("%s before %s", ordered[i - 1], ordered[i])
                    .isNegative();
        }
        for (double value : ordered) {
            assertThat(Double.doubleToRawLongBits(RadixSort.value(RadixSort.key(value))))
                    .isEqualTo(Double.doubleToRawLongBits(value));
        }
    }
}
