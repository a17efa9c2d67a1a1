package io.jenkins.plugins.deploymentsop.checklist.check;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Accepted HTTP status codes, written as {@code 200}, {@code 2xx}, {@code 200-299} or a list of these. */
public final class StatusSet implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String ALLOWED = "status codes such as 200, 204, 2xx or 200-299, separated by commas";

    /** Any success status. */
    public static final StatusSet SUCCESS = valueOf("expectedStatus", "2xx");

    private final String text;
    private final int[] from;
    private final int[] to;

    private StatusSet(final String text, final int[] from, final int[] to) {
        this.text = text;
        this.from = from;
        this.to = to;
    }

    /**
     * Parses a set.
     *
     * @param parameter the parameter name, for the error message
     * @param text e.g. {@code 200, 204} or {@code 2xx}
     * @return the set
     */
    public static StatusSet valueOf(final String parameter, final String text) {
        List<int[]> ranges = new ArrayList<>();
        for (String part : text.split(",")) {
            String token = part.strip().toLowerCase(Locale.ROOT);
            if (token.matches("[1-5]xx")) {
                int hundred = (token.charAt(0) - '0') * 100;
                ranges.add(new int[] {hundred, hundred + 99});
            } else if (token.matches("\\d{3}-\\d{3}")) {
                ranges.add(new int[] {Integer.parseInt(token.substring(0, 3)), Integer.parseInt(token.substring(4))});
            } else if (token.matches("\\d{3}")) {
                int code = Integer.parseInt(token);
                ranges.add(new int[] {code, code});
            } else {
                throw new InvalidInputException(parameter, text, ALLOWED);
            }
            int[] last = ranges.get(ranges.size() - 1);
            if (last[0] < 100 || last[1] > 599 || last[0] > last[1]) {
                throw new InvalidInputException(parameter, text, ALLOWED + " between 100 and 599");
            }
        }
        int[] from = new int[ranges.size()];
        int[] to = new int[ranges.size()];
        for (int i = 0; i < ranges.size(); i++) {
            from[i] = ranges.get(i)[0];
            to[i] = ranges.get(i)[1];
        }
        return new StatusSet(text.strip(), from, to);
    }

    /**
     * Tells whether a status is accepted.
     *
     * @param status the status code
     * @return {@code true} if it is in the set
     */
    public boolean contains(final int status) {
        for (int i = 0; i < from.length; i++) {
            if (status >= from[i] && status <= to[i]) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof StatusSet && text.equals(((StatusSet) o).text);
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
