package io.jenkins.plugins.deploymentsop.dora;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Four Keys deployment frequency class, adapted to rolling windows. The period is cut into full 7-day weeks
 * counted back from its end (left-over days at the start are not classified) and the weeks into "months" of four
 * weeks, again counted back. With medians over the weeks (interpolated for an even count):
 * <ul>
 *   <li>DAILY if the median number of deployment days per week is at least 3,</li>
 *   <li>WEEKLY if the median of "the week had a deployment" (1 or 0) is at least 1, i.e. more than half the weeks,</li>
 *   <li>MONTHLY if the median, over the weeks, of "weeks with a deployment in this week's month" is at least 1,</li>
 *   <li>YEARLY otherwise.</li>
 * </ul>
 */
final class FrequencyClassifier {
    static final int WEEKS_PER_MONTH = 4;
    private static final int DAILY_DAYS = 3;

    private FrequencyClassifier() {}

    /**
     * Classifies a period from its deployment days per week.
     *
     * @param deploymentDaysPerWeek for each full week (index 0 = the most recent), the number of days with at
     *     least one deployment
     * @return the class, empty when the period holds no full week
     */
    static Optional<FrequencyClass> classify(final int[] deploymentDaysPerWeek) {
        int weeks = deploymentDaysPerWeek.length;
        if (weeks == 0) {
            return Optional.empty();
        }
        if (median(deploymentDaysPerWeek) >= DAILY_DAYS) {
            return Optional.of(FrequencyClass.DAILY);
        }
        int[] deployedWeeks = new int[weeks];
        int[] deployedWeeksPerMonth = new int[(weeks + WEEKS_PER_MONTH - 1) / WEEKS_PER_MONTH];
        for (int week = 0; week < weeks; week++) {
            if (deploymentDaysPerWeek[week] > 0) {
                deployedWeeks[week] = 1;
                deployedWeeksPerMonth[week / WEEKS_PER_MONTH]++;
            }
        }
        if (median(deployedWeeks) >= 1) {
            return Optional.of(FrequencyClass.WEEKLY);
        }
        int[] monthOfWeek = new int[weeks];
        for (int week = 0; week < weeks; week++) {
            monthOfWeek[week] = deployedWeeksPerMonth[week / WEEKS_PER_MONTH];
        }
        if (median(monthOfWeek) >= 1) {
            return Optional.of(FrequencyClass.MONTHLY);
        }
        return Optional.of(FrequencyClass.YEARLY);
    }

    static double median(final int[] values) {
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
