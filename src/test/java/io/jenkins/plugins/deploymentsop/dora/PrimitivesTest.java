package io.jenkins.plugins.deploymentsop.dora;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PrimitivesTest {
    @Test
    void shouldMatchSortedQuantilesOnRandomData() {
        SplittableRandom random = new SplittableRandom(7);
        Quantiles quantiles = new Quantiles();
        for (int round = 0; round < 200; round++) {
            int size = 1 + random.nextInt(300);
            LongList values = new LongList();
            for (int i = 0; i < size; i++) {
                values.add(random.nextInt(round % 2 == 0 ? 5 : 1_000_000)); // many duplicates every other round
            }
            long[] sorted = values.toArray();
            Arrays.sort(sorted);

            DurationStatistics statistics = quantiles.summarize(values, 0, size).orElseThrow();

            assertThat(statistics.getMedian()).isEqualTo(Duration.ofMillis(reference(sorted, 0.5)));
            assertThat(statistics.getP90()).isEqualTo(Duration.ofMillis(reference(sorted, 0.9)));
            assertThat(statistics.getCount()).isEqualTo(size);
        }
        assertThat(quantiles.summarize(new LongList(), 0, 0)).isEmpty();
    }

    private static long reference(final long[] sorted, final double p) {
        double position = (sorted.length - 1) * p;
        int lower = (int) Math.floor(position);
        int upper = Math.min(lower + 1, sorted.length - 1);
        return Math.round(sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]));
    }

    @Test
    void shouldRememberLongsIncludingZeroAcrossGrowth() {
        LongHashSet set = new LongHashSet(2);
        for (long value = -500; value < 500; value++) {
            assertThat(set.add(value * 7919)).isTrue();
        }
        for (long value = -500; value < 500; value++) {
            assertThat(set.add(value * 7919)).isFalse();
        }
        assertThat(set.size()).isEqualTo(1000);
    }

    @Test
    void shouldUseTheGitIdPrefixAsCommitKey() {
        assertThat(CommitKeys.key("0123456789abcdef0123")).isEqualTo(0x0123456789abcdefL);
        assertThat(CommitKeys.key("0123456789ABCDEF")).isEqualTo(0x0123456789abcdefL);
        assertThat(CommitKeys.key("ffffffffffffffff")).isEqualTo(-1L);
        assertThat(CommitKeys.key("abc")).isNotEqualTo(CommitKeys.key("abd"));
        assertThat(CommitKeys.key("svn-r1234")).isEqualTo(CommitKeys.key("svn-r1234"));
        assertThat(CommitKeys.withGroup(42, 0)).isNotEqualTo(CommitKeys.withGroup(42, 1));
    }

    @Test
    void shouldFindLowerBoundsInSortedLists() {
        LongList list = new LongList();
        for (long value : new long[] {1, 3, 3, 5}) {
            list.add(value);
        }

        assertThat(list.lowerBound(0)).isZero();
        assertThat(list.lowerBound(3)).isEqualTo(1);
        assertThat(list.lowerBound(4)).isEqualTo(3);
        assertThat(list.lowerBound(9)).isEqualTo(4);
        assertThat(ScopeSeries.count(list, 3, 5)).isEqualTo(2);
    }

    @Test
    void shouldSortRowsByFinishTimeWithOrWithoutPacking() {
        long[] finished = {50, 10, 50, 0, Long.MAX_VALUE / 2};

        assertThat(RowOrder.byFinishTime(new int[] {0, 1, 2, 3}, finished)).containsExactly(3, 1, 0, 2);
        assertThat(RowOrder.byFinishTime(new int[] {4, 0, 1, 2, 3}, finished)).containsExactly(3, 1, 0, 2, 4);
    }

    @Test
    void shouldKeepTheLastEventPerDeploymentIdInTheTable() {
        DeploymentTable table = DeploymentTable.builder()
                .add(TestEvents.deployment(Duration.ofDays(2))
                        .deploymentId("x")
                        .commit("a", TestEvents.END.minusSeconds(9 * 86_400))
                        .build())
                .add(TestEvents.deployment(Duration.ofDays(1))
                        .deploymentId("x")
                        .commit("b", TestEvents.END.minusSeconds(3 * 86_400))
                        .commit("c", TestEvents.END.minusSeconds(3 * 86_400))
                        .build())
                .build();

        assertThat(table.size()).isEqualTo(1);
        assertThat(table.commitCount()).isEqualTo(2);
        assertThat(table.getFinishedAt(0)).isEqualTo(TestEvents.ago(Duration.ofDays(1)));
        assertThat(table.getJobs()).containsExactly("shop-deploy");
        assertThat(DeploymentTable.empty().size()).isZero();
    }
}
