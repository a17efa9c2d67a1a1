package io.jenkins.plugins.deploymentsop.dora;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrequencyClassifierTest {
    @Test
    void shouldNeedAtLeastOneFullWeek() {
        assertThat(FrequencyClassifier.classify(new int[0])).isEmpty();
    }

    @Test
    void shouldBeDailyWhenTheMedianWeekHasThreeDeploymentDays() {
        assertThat(FrequencyClassifier.classify(new int[] {3, 3, 0, 7})).contains(FrequencyClass.DAILY);
        assertThat(FrequencyClassifier.classify(new int[] {3, 2, 7, 2})).contains(FrequencyClass.WEEKLY); // 2.5
    }

    @Test
    void shouldBeWeeklyOnlyWhenMoreThanHalfTheWeeksHaveADeployment() {
        assertThat(FrequencyClassifier.classify(new int[] {1, 1, 0})).contains(FrequencyClass.WEEKLY);
        assertThat(FrequencyClassifier.classify(new int[] {1, 1, 0, 0})).contains(FrequencyClass.MONTHLY);
    }

    @Test
    void shouldBeMonthlyWhenMostFourWeekMonthsHaveADeployment() {
        // months (newest first): [1,0,0,0] [0,0,0,1] [0,0,0,0] -> weeks in deployed months: 8 of 12
        int[] weeks = {1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0};
        assertThat(FrequencyClassifier.classify(weeks)).contains(FrequencyClass.MONTHLY);
        // only one month of three had a deployment
        assertThat(FrequencyClassifier.classify(new int[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}))
                .contains(FrequencyClass.YEARLY);
    }

    @Test
    void shouldInterpolateTheMedianOfAnEvenCount() {
        assertThat(FrequencyClassifier.median(new int[] {4, 1, 2, 3})).isEqualTo(2.5);
        assertThat(FrequencyClassifier.median(new int[] {5})).isEqualTo(5);
    }
}
