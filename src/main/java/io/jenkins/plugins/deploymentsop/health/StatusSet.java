package io.jenkins.plugins.deploymentsop.health;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The HTTP statuses a probe accepts, written like {@code 200}, {@code 200-299} or {@code 200,204,301-302}. */
public final class StatusSet implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String ALLOWED = "statuses from 100 to 599 such as 200, 200-299 or 200,204,301-302";

    /** Any 2xx status: the default. */
    public static final StatusSet SUCCESSFUL = new StatusSet(List.of(new int[] {200, 299}), "200-299");

    private final List<int[]> ranges;
    private final String text;

    private StatusSet(final List<int[]> ranges, final String text) {
        this.ranges = ranges;
        this.text = text;
    }

    /**
     * Parses a status set.
     *
     * @param parameter the parameter name, for the error message
     * @param text the statuses
     * @return the set
     */
    public static StatusSet parse(final String parameter, final String text) {
        List<int[]> ranges = new ArrayList<>();
        String[] parts = text.trim().split("\\s*,\\s*");
        for (String part : parts) {
            String[] bounds = part.split("\\s*-\\s*");
            if (bounds.length > 2 || part.isEmpty()) {
                throw new InvalidInputException(parameter, text, ALLOWED);
            }
            int low = status(parameter, text, bounds[0]);
            int high = bounds.length == 2 ? status(parameter, text, bounds[1]) : low;
            if (high < low) {
                throw new InvalidInputException(parameter, text, ALLOWED + " (ranges go from low to high)");
            }
            ranges.add(new int[] {low, high});
        }
        return new StatusSet(List.copyOf(ranges), text.trim().replace(" ", ""));
    }

    private static int status(final String parameter, final String text, final String value) {
        if (!value.matches("\\d{3}")) {
            throw new InvalidInputException(parameter, text, ALLOWED);
        }
        int status = Integer.parseInt(value);
        if (status < 100 || status > 599) {
            throw new InvalidInputException(parameter, text, ALLOWED);
        }
        return status;
    }

    public boolean contains(final int status) {
        return ranges.stream().anyMatch(range -> status >= range[0] && status <= range[1]);
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof StatusSet && ((StatusSet) o).text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
