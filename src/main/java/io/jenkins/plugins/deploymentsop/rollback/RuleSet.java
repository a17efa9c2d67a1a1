package io.jenkins.plugins.deploymentsop.rollback;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rules a watch applies, merged from their sources, with the "no data" defaults and a note for every rule that
 * was dropped. Immutable; one instance can be shared by many watches.
 */
public final class RuleSet implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ArrayList<Rule> rules;
    private final LinkedHashMap<String, String> dropped;
    private final NoDataDefaults noData;

    private RuleSet(final List<Rule> rules, final Map<String, String> dropped, final NoDataDefaults noData) {
        this.rules = new ArrayList<>(rules);
        this.dropped = new LinkedHashMap<>(dropped);
        this.noData = noData;
        checkSignals();
    }

    /** Returns the SOP's default decision matrix, see {@link DefaultRules}. */
    public static RuleSet defaults() {
        return merge(List.of(DefaultRules.source()));
    }

    /**
     * Creates a rule set from complete rules, without merging.
     *
     * @param rules the rules, at least one, ids unique
     * @param noData the "no data" defaults
     * @return the rule set
     */
    public static RuleSet of(final List<Rule> rules, final NoDataDefaults noData) {
        if (rules.isEmpty()) {
            throw new InvalidInputException("rules", "none", "at least one rule");
        }
        Map<String, Rule> byId = new HashMap<>();
        for (Rule rule : rules) {
            if (byId.put(rule.id(), rule) != null) {
                throw new InvalidInputException("rules", rule.id(), "each rule id once");
            }
        }
        return new RuleSet(rules, Map.of(), noData);
    }

    /**
     * Merges sources in the order of their layers (defaults &lt; global &lt; file &lt; pipeline; sources of the same
     * layer in the given order). An entry with a known id changes only the fields it sets; a new id adds a rule at the
     * end; {@code enabled: false} drops a rule and {@code enabled: true} brings a dropped one back; a source that
     * replaces earlier ones starts from no rules.
     *
     * @param sources the sources; include {@link DefaultRules#source()} to start from the SOP's matrix
     * @return the merged rules
     * @throws InvalidInputException naming rule id, field and origin, or if no rule is left
     */
    public static RuleSet merge(final List<RuleSource> sources) {
        List<RuleSource> ordered = new ArrayList<>(sources);
        ordered.sort(Comparator.comparing(RuleSource::layer));
        LinkedHashMap<String, Rule> active = new LinkedHashMap<>();
        Map<String, Rule> disabled = new HashMap<>();
        LinkedHashMap<String, String> dropped = new LinkedHashMap<>();
        NoDataPolicy metrics = NoDataPolicy.METRIC_DEFAULT;
        NoDataPolicy health = NoDataPolicy.HEALTH_DEFAULT;
        for (RuleSource source : ordered) {
            if (source.replacesEarlier()) {
                active.keySet().forEach(id -> dropped.put(id, "replaced by the rules of " + source.label()));
                active.clear();
                disabled.clear();
            }
            metrics = source.noDataForMetrics().orElse(metrics);
            health = source.noDataForHealth().orElse(health);
            for (RuleSpec spec : source.specs()) {
                apply(spec, active, disabled, dropped);
            }
        }
        if (active.isEmpty()) {
            throw new InvalidInputException(
                    "rules",
                    "none enabled",
                    "at least one enabled rule; dropped: " + (dropped.isEmpty() ? "none" : dropped.keySet()));
        }
        return new RuleSet(new ArrayList<>(active.values()), dropped, NoDataDefaults.of(metrics, health));
    }

    /**
     * Merges sources, see {@link #merge(List)}.
     *
     * @param sources the sources
     * @return the merged rules
     */
    public static RuleSet merge(final RuleSource... sources) {
        return merge(List.of(sources));
    }

    private static void apply(
            final RuleSpec spec,
            final Map<String, Rule> active,
            final Map<String, Rule> disabled,
            final Map<String, String> dropped) {
        String id = spec.id();
        if (active.containsKey(id)) {
            Rule rule = spec.applyTo(Optional.of(active.get(id)));
            if (spec.disables()) {
                active.remove(id);
                disabled.put(id, rule);
                dropped.put(id, "disabled at " + spec.origin(RuleField.ENABLED));
            } else {
                active.put(id, rule);
            }
        } else if (disabled.containsKey(id)) {
            Rule rule = spec.applyTo(Optional.of(disabled.get(id)));
            if (spec.enabled().orElse(false)) {
                disabled.remove(id);
                dropped.remove(id);
                active.put(id, rule);
            } else {
                disabled.put(id, rule);
            }
        } else if (spec.disables()) {
            throw new InvalidInputException(
                    RuleSpec.parameter(id, RuleField.ENABLED, spec.origin(RuleField.ENABLED)),
                    "false",
                    "disabling needs the id of an earlier rule: " + String.join(", ", active.keySet()));
        } else {
            active.put(id, spec.toRule());
        }
    }

    private void checkSignals() {
        Map<String, Rule> bySource = new HashMap<>();
        for (Rule rule : rules) {
            Rule first = bySource.putIfAbsent(rule.signal().source(), rule);
            if (first != null && !first.signal().unit().equals(rule.signal().unit())) {
                throw new InvalidInputException(
                        "rules[" + rule.id() + "].unit",
                        rule.signal().unit(),
                        "the unit of rule " + first.id() + " ('"
                                + first.signal().unit() + "'), which reads the same source "
                                + rule.signal().source());
            }
        }
    }

    /** Returns the rules in order: defaults first, then added rules in the order of their sources. */
    public List<Rule> rules() {
        return Collections.unmodifiableList(rules);
    }

    /**
     * Finds a rule.
     *
     * @param id the rule id
     * @return the rule, empty if there is none with that id
     */
    public Optional<Rule> find(final String id) {
        return rules.stream().filter(rule -> rule.id().equals(id)).findFirst();
    }

    /** Returns the distinct signals to read on every tick (one per source reference), in rule order. */
    public List<Signal> signals() {
        Map<String, Signal> bySource = new LinkedHashMap<>();
        rules.forEach(rule -> bySource.putIfAbsent(rule.signal().source(), rule.signal()));
        return List.copyOf(bySource.values());
    }

    /** Returns the signals whose value has to be captured as the baseline before watching starts. */
    public List<Signal> baselineSignals() {
        Map<String, Signal> bySource = new LinkedHashMap<>();
        rules.stream()
                .filter(rule -> rule.condition().needsBaseline())
                .forEach(rule -> bySource.putIfAbsent(rule.signal().source(), rule.signal()));
        return List.copyOf(bySource.values());
    }

    public NoDataDefaults noDataDefaults() {
        return noData;
    }

    /** Returns the ids of dropped rules with the reason, e.g. {@code disabled at rules.yaml, line 7, column 5}. */
    public Map<String, String> dropped() {
        return Collections.unmodifiableMap(dropped);
    }

    /** Renders the matrix, one rule a line. */
    public String describe() {
        return rules.stream().map(Rule::toString).collect(Collectors.joining("\n"));
    }

    @Override
    public boolean equals(final Object o) {
        if (!(o instanceof RuleSet)) {
            return false;
        }
        RuleSet other = (RuleSet) o;
        return rules.equals(other.rules) && dropped.equals(other.dropped) && noData.equals(other.noData);
    }

    @Override
    public int hashCode() {
        return rules.hashCode() * 31 + noData.hashCode();
    }

    @Override
    public String toString() {
        return describe();
    }
}
