package io.jenkins.plugins.deploymentsop.steps.rollback;

import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.deploymentsop.rollback.Origin;
import io.jenkins.plugins.deploymentsop.rollback.Rule;
import io.jenkins.plugins.deploymentsop.rollback.RuleField;
import io.jenkins.plugins.deploymentsop.rollback.RuleSpec;
import io.jenkins.plugins.deploymentsop.rollback.Severity;
import io.jenkins.plugins.deploymentsop.rollback.Signal;
import io.jenkins.plugins.deploymentsop.steps.ParameterCheck;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code rule(id: 'error-rate-p0', when: '> 15%')}: one entry of the Pipeline's rule layer, field for field the
 * {@link RuleSpec} of a rules file. An entry with a known id changes only the fields it sets; a new id defines a
 * complete rule; {@code enabled: false} drops a rule.
 */
public final class RuleConfiguration extends AbstractDescribableImpl<RuleConfiguration> implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Where Pipeline rules are written, in messages. */
    static final Origin PIPELINE = Origin.of("Pipeline");

    private final String id;
    private final EnumMap<RuleField, String> fields = new EnumMap<>(RuleField.class);

    /**
     * Creates the entry.
     *
     * @param id the rule id: a default's id (e.g. {@code error-rate-p0}) to change it, a new id to add a rule
     */
    @DataBoundConstructor
    public RuleConfiguration(final String id) {
        this.id = Rule.checkId("rules[].id", id.trim());
    }

    public String getId() {
        return id;
    }

    private String get(final RuleField field) {
        return fields.getOrDefault(field, "");
    }

    private void set(final RuleField field, final String text) {
        if (text.isBlank()) {
            fields.remove(field);
            return;
        }
        RuleSpec.builder(id, PIPELINE).set(field, text); // checks the field alone, naming rule and field
        fields.put(field, text.trim());
    }

    public String getName() {
        return get(RuleField.NAME);
    }

    /** @param name the signal's name in messages, e.g. {@code error rate} */
    @DataBoundSetter
    public void setName(final String name) {
        set(RuleField.NAME, name);
    }

    public String getDescription() {
        return get(RuleField.DESCRIPTION);
    }

    /** @param description free text shown with the rule */
    @DataBoundSetter
    public void setDescription(final String description) {
        set(RuleField.DESCRIPTION, description);
    }

    public String getSource() {
        return get(RuleField.SOURCE);
    }

    /** @param source what is read: {@code <source id>:<what>}, {@code sop:<signal>} or {@code health:<name>} */
    @DataBoundSetter
    public void setSource(final String source) {
        set(RuleField.SOURCE, source);
    }

    public String getUnit() {
        return get(RuleField.UNIT);
    }

    /** @param unit the unit of the values, e.g. {@code %}, {@code s}, {@code ms} */
    @DataBoundSetter
    public void setUnit(final String unit) {
        set(RuleField.UNIT, unit);
    }

    public String getWhen() {
        return get(RuleField.WHEN);
    }

    /** @param when the condition, e.g. {@code > 10%}, {@code drop > 20%}, {@code > 2x baseline}, {@code failing} */
    @DataBoundSetter
    public void setWhen(final String when) {
        set(RuleField.WHEN, when);
    }

    public String getSustainedFor() {
        return get(RuleField.SUSTAINED_FOR);
    }

    /** @param sustainedFor how long a breach must last, e.g. {@code 2m}; {@code 0s}: at once */
    @DataBoundSetter
    public void setSustainedFor(final String sustainedFor) {
        set(RuleField.SUSTAINED_FOR, sustainedFor);
    }

    public int getConsecutive() {
        String text = get(RuleField.CONSECUTIVE);
        return text.isEmpty() ? 0 : Integer.parseInt(text);
    }

    /** @param consecutive breaching samples in a row it takes, 1 to 10000; 0: not set here */
    @DataBoundSetter
    public void setConsecutive(final int consecutive) {
        set(RuleField.CONSECUTIVE, consecutive == 0 ? "" : String.valueOf(consecutive));
    }

    public String getSeverity() {
        return get(RuleField.SEVERITY);
    }

    /** @param severity {@code P0} or {@code P1} */
    @DataBoundSetter
    public void setSeverity(final String severity) {
        set(RuleField.SEVERITY, severity);
    }

    public String getAction() {
        return get(RuleField.ACTION);
    }

    /** @param action {@code auto} (roll back at once) or {@code manual} (a person decides) */
    @DataBoundSetter
    public void setAction(final String action) {
        set(RuleField.ACTION, action);
    }

    public String getDecisionTimeout() {
        return get(RuleField.DECISION_TIMEOUT);
    }

    /** @param decisionTimeout how long a person has to decide on a manual rule, e.g. {@code 5m} */
    @DataBoundSetter
    public void setDecisionTimeout(final String decisionTimeout) {
        set(RuleField.DECISION_TIMEOUT, decisionTimeout);
    }

    public String getOnTimeout() {
        return get(RuleField.ON_TIMEOUT);
    }

    /** @param onTimeout what applies when nobody decided: {@code rollback} or {@code keep} */
    @DataBoundSetter
    public void setOnTimeout(final String onTimeout) {
        set(RuleField.ON_TIMEOUT, onTimeout);
    }

    public String getNoData() {
        return get(RuleField.NO_DATA);
    }

    /** @param noData {@code ignore}, {@code treat_as_breach}, {@code treat_as_healthy} or {@code default} */
    @DataBoundSetter
    public void setNoData(final String noData) {
        set(RuleField.NO_DATA, noData);
    }

    public boolean isEnabled() {
        return !"false".equals(get(RuleField.ENABLED));
    }

    /** @param enabled {@code false} drops the rule; {@code true} brings back a rule an earlier layer dropped */
    @DataBoundSetter
    public void setEnabled(final boolean enabled) {
        set(RuleField.ENABLED, String.valueOf(enabled));
    }

    /** Returns the fields this entry sets, as written. */
    Map<RuleField, String> fields() {
        return Map.copyOf(fields);
    }

    /**
     * Maps the entry onto the engine's rule entry.
     *
     * @return the entry of the Pipeline layer
     */
    public RuleSpec toSpec() {
        RuleSpec.Builder spec = RuleSpec.builder(id, PIPELINE);
        fields.forEach(spec::set);
        return spec.build();
    }

    @Override
    public String toString() {
        return "rule(" + id + ", " + fields + ")";
    }

    /** The {@code rule} symbol and the form checks of the Snippet Generator. */
    @Extension
    @Symbol("rule")
    public static class DescriptorImpl extends Descriptor<RuleConfiguration> {
        @Override
        public String getDisplayName() {
            return "Rollback rule";
        }

        /**
         * Validates the condition.
         *
         * @param value the value
         * @param unit the unit given with it
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckWhen(
                @QueryParameter final String value,
                @QueryParameter final String unit,
                @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> {
                if (!value.isBlank()) {
                    Rule.builder("check")
                            .signal(Signal.of("signal", "check:value", unit == null ? "" : unit))
                            .when(value)
                            .severity(Severity.P0)
                            .auto()
                            .build();
                }
            });
        }

        /**
         * Validates the window.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckSustainedFor(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> {
                if (!value.isBlank()) {
                    RuleSpec.builder("rule", PIPELINE).sustainedFor(value);
                }
            });
        }
    }
}
