package io.jenkins.plugins.deploymentsop.dora;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.Percentage;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.util.Arrays;
import java.util.List;

/**
 * The performance bands as an administrator writes them in Manage Jenkins: per metric the upper limits of elite,
 * high and medium, separated by commas, e.g. {@code 1d, 7d, 30d} for lead time or {@code 5, 10, 20} for change
 * failure rate in percent. Anything beyond medium is low.
 */
public final class BandSettings {
    private BandSettings() {}

    /**
     * Renders the limits of a band as the settings text.
     *
     * @param bands the bands
     * @return e.g. {@code 1d, 7d, 30d}
     */
    public static String text(final DurationBands bands) {
        return bands.getElite() + ", " + bands.getHigh() + ", " + bands.getMedium();
    }

    /**
     * Renders the limits of a band as the settings text.
     *
     * @param bands the bands
     * @return e.g. {@code 5, 10, 20}
     */
    public static String text(final PercentageBands bands) {
        return strip(bands.getElite()) + ", " + strip(bands.getHigh()) + ", " + strip(bands.getMedium());
    }

    private static String strip(final Percentage percentage) {
        String text = percentage.toString();
        return text.substring(0, text.length() - 1);
    }

    /**
     * Parses the five settings into thresholds.
     *
     * @param deploymentInterval time between production deployments, e.g. {@code 1d, 7d, 30d}
     * @param leadTime commit to production, e.g. {@code 1d, 7d, 30d}
     * @param recoveryTime failure to restored service, e.g. {@code 1h, 1d, 7d}
     * @param changeFailureRate percent, e.g. {@code 5, 10, 20}
     * @param reworkRate percent, e.g. {@code 5, 10, 20}
     * @return the thresholds
     * @throws InvalidInputException naming the setting with the bad value
     */
    public static BandThresholds parse(
            final String deploymentInterval,
            final String leadTime,
            final String recoveryTime,
            final String changeFailureRate,
            final String reworkRate) {
        List<TimeSpan> interval = spans("deploymentIntervalBands", deploymentInterval);
        List<TimeSpan> lead = spans("leadTimeBands", leadTime);
        List<TimeSpan> recovery = spans("recoveryTimeBands", recoveryTime);
        List<Percentage> failures = percentages("changeFailureRateBands", changeFailureRate);
        List<Percentage> rework = percentages("reworkRateBands", reworkRate);
        return BandThresholds.builder()
                .deploymentInterval(interval.get(0), interval.get(1), interval.get(2))
                .leadTime(lead.get(0), lead.get(1), lead.get(2))
                .recoveryTime(recovery.get(0), recovery.get(1), recovery.get(2))
                .changeFailureRate(failures.get(0), failures.get(1), failures.get(2))
                .reworkRate(rework.get(0), rework.get(1), rework.get(2))
                .build();
    }

    private static List<String> three(final String parameter, final String text, final String example) {
        List<String> parts = Arrays.stream(text.split(",")).map(String::trim).toList();
        if (parts.size() != 3 || parts.stream().anyMatch(String::isEmpty)) {
            throw new InvalidInputException(
                    parameter, text, "three limits for elite, high and medium, separated by commas, e.g. " + example);
        }
        return parts;
    }

    private static List<TimeSpan> spans(final String parameter, final String text) {
        return three(parameter, text, "1d, 7d, 30d").stream()
                .map(part -> TimeSpan.valueOf(parameter, part))
                .toList();
    }

    private static List<Percentage> percentages(final String parameter, final String text) {
        return three(parameter, text, "5, 10, 20").stream()
                .map(part -> Percentage.valueOf(parameter, part))
                .toList();
    }
}
