package io.jenkins.plugins.deploymentsop.rollback;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The rule entries of one place (the defaults, the global configuration, a rules file, the Pipeline), in the order
 * they were written, with the source's own "no data" defaults and whether it replaces all earlier rules.
 */
public final class RuleSource implements Serializable {
    private static final long serialVersionUID = 1L;

    private final RuleLayer layer;
    private final String label;
    private final boolean replaceEarlier;
    private final ArrayList<RuleSpec> specs;

    @CheckForNull
    private final NoDataPolicy noDataForMetrics;

    @CheckForNull
    private final NoDataPolicy noDataForHealth;

    private RuleSource(final Builder builder) {
        this.layer = builder.layer;
        this.label = builder.label;
        this.replaceEarlier = builder.replaceEarlier;
        this.specs = new ArrayList<>(builder.specs);
        this.noDataForMetrics = builder.noDataForMetrics;
        this.noDataForHealth = builder.noDataForHealth;
    }

    /**
     * Starts a source.
     *
     * @param layer where it sits in the merge order
     * @param label its name in messages, e.g. {@code rollback-rules.yaml} or {@code Pipeline}
     * @return the builder
     */
    public static Builder builder(final RuleLayer layer, final String label) {
        return new Builder(layer, label);
    }

    public RuleLayer layer() {
        return layer;
    }

    public String label() {
        return label;
    }

    /** Returns whether this source drops every rule of earlier layers before adding its own. */
    public boolean replacesEarlier() {
        return replaceEarlier;
    }

    public List<RuleSpec> specs() {
        return Collections.unmodifiableList(specs);
    }

    public Optional<NoDataPolicy> noDataForMetrics() {
        return Optional.ofNullable(noDataForMetrics);
    }

    public Optional<NoDataPolicy> noDataForHealth() {
        return Optional.ofNullable(noDataForHealth);
    }

    @Override
    public String toString() {
        return layer + " " + label + " " + specs;
    }

    /** Collects the entries of a source; an id may appear only once. */
    public static final class Builder {
        private final RuleLayer layer;
        private final String label;
        private final List<RuleSpec> specs = new ArrayList<>();
        private boolean replaceEarlier;

        @CheckForNull
        private NoDataPolicy noDataForMetrics;

        @CheckForNull
        private NoDataPolicy noDataForHealth;

        private Builder(final RuleLayer layer, final String label) {
            this.layer = layer;
            this.label = label;
        }

        /**
         * Adds an entry.
         *
         * @param spec the entry
         * @return this builder
         * @throws InvalidInputException if the source already has an entry with the same id
         */
        public Builder add(final RuleSpec spec) {
            for (RuleSpec existing : specs) {
                if (existing.id().equals(spec.id())) {
                    throw new InvalidInputException(
                            RuleSpec.parameter(spec.id(), "id", spec.origin()),
                            spec.id(),
                            "each rule id once per source; it is already used at " + existing.origin());
                }
            }
            specs.add(spec);
            return this;
        }

        /**
         * Drops every rule of earlier layers (e.g. the defaults) before this source's rules are added.
         *
         * @param replace whether to replace
         * @return this builder
         */
        public Builder replaceEarlier(final boolean replace) {
            this.replaceEarlier = replace;
            return this;
        }

        public Builder noDataForMetrics(@CheckForNull final NoDataPolicy policy) {
            this.noDataForMetrics = policy;
            return this;
        }

        public Builder noDataForHealth(@CheckForNull final NoDataPolicy policy) {
            this.noDataForHealth = policy;
            return this;
        }

        public RuleSource build() {
            return new RuleSource(this);
        }
    }
}
