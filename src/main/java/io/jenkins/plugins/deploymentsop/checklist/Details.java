package io.jenkins.plugins.deploymentsop.checklist;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The numbers and lists behind an item's evidence line: counts (tests, findings by severity, days left), the first
 * failures, links and the last lines of a command's output.
 */
public final class Details implements Serializable {
    private static final long serialVersionUID = 1L;

    /** No details. */
    public static final Details EMPTY = new Builder().build();

    private final LinkedHashMap<String, Long> counts;
    private final ArrayList<String> topFailures;
    private final ArrayList<Link> links;
    private final ArrayList<String> output;

    private Details(final Builder builder) {
        counts = new LinkedHashMap<>(builder.counts);
        topFailures = new ArrayList<>(builder.topFailures);
        links = new ArrayList<>(builder.links);
        output = new ArrayList<>(builder.output);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the counts in insertion order, e.g. {@code total}, {@code failed}, {@code critical}.
     *
     * @return the counts (unmodifiable)
     */
    public Map<String, Long> counts() {
        return Collections.unmodifiableMap(counts);
    }

    public List<String> topFailures() {
        return Collections.unmodifiableList(topFailures);
    }

    public List<Link> links() {
        return Collections.unmodifiableList(links);
    }

    public List<String> output() {
        return Collections.unmodifiableList(output);
    }

    public boolean isEmpty() {
        return counts.isEmpty() && topFailures.isEmpty() && links.isEmpty() && output.isEmpty();
    }

    @Override
    public boolean equals(final Object o) {
        if (!(o instanceof Details)) {
            return false;
        }
        Details other = (Details) o;
        return counts.equals(other.counts)
                && topFailures.equals(other.topFailures)
                && links.equals(other.links)
                && output.equals(other.output);
    }

    @Override
    public int hashCode() {
        return Objects.hash(counts, topFailures, links, output);
    }

    @Override
    public String toString() {
        return "Details" + counts + topFailures;
    }

    /** Collects details; a check fills it while it works. */
    public static final class Builder {
        private final Map<String, Long> counts = new LinkedHashMap<>();
        private final List<String> topFailures = new ArrayList<>();
        private final List<Link> links = new ArrayList<>();
        private final List<String> output = new ArrayList<>();

        private Builder() {}

        public Builder count(final String name, final long value) {
            counts.put(name, value);
            return this;
        }

        public Builder failure(final String failure) {
            topFailures.add(Texts.oneLine(failure, Texts.MAX_EVIDENCE));
            return this;
        }

        public Builder failures(final List<String> failures) {
            failures.forEach(this::failure);
            return this;
        }

        public Builder link(final String label, final String url) {
            links.add(new Link(label, url));
            return this;
        }

        public Builder output(final List<String> lines) {
            output.addAll(lines);
            return this;
        }

        public Details build() {
            return new Details(this);
        }
    }
}
