package io.jenkins.plugins.deploymentsop.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RouterWeightsTest {
    @Test
    void shouldKeepWholePercentagesReadable() {
        assertThat(RouterWeights.forSplit(TrafficSplit.of(90, 10), 256)).isEqualTo(new RouterWeights(90, 10));
        assertThat(RouterWeights.forSplit(TrafficSplit.allOn(Color.GREEN), 256)).isEqualTo(new RouterWeights(0, 100));
    }

    @Test
    void shouldReduceFinerSplitsAndRoundWhenTheRangeIsTooSmall() {
        assertThat(RouterWeights.forSplit(TrafficSplit.of(12.5, 87.5), 256)).isEqualTo(new RouterWeights(1, 7));
        RouterWeights rounded = RouterWeights.forSplit(TrafficSplit.of(33.33, 66.67), 256);
        assertThat(rounded).isEqualTo(new RouterWeights(85, 171));
        assertThat(RouterWeights.forSplit(TrafficSplit.of(33.33, 66.67), 10_000))
                .isEqualTo(new RouterWeights(3333, 6667));
    }

    @Test
    void shouldConvertBackAndCompareProportions() {
        assertThat(new RouterWeights(9, 1).toSplit()).contains(TrafficSplit.of(90, 10));
        assertThat(new RouterWeights(0, 0).toSplit()).isEmpty();
        assertThat(new RouterWeights(9, 1).isProportionalTo(new RouterWeights(90, 10)))
                .isTrue();
        assertThat(new RouterWeights(9, 1).isProportionalTo(new RouterWeights(80, 20)))
                .isFalse();
        assertThat(new RouterWeights(0, 0).isProportionalTo(new RouterWeights(0, 0)))
                .isFalse();
    }
}
