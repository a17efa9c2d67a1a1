package io.jenkins.plugins.deploymentsop.rollback;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One line of the rollback decision matrix: when {@link #signal()} meets {@link #condition()} for
 * {@link #sustainedFor()} and at least {@link #consecutive()} samples in a row, the breach is a {@link #severity()}
 * incident and {@link #action()} applies.
 */
public final class Rule implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    private static final int MAX_CONSECUTIVE = 10_000;
    private static final int MAX_DESCRIPTION = 500;

    private final String id;
    private final String description;
    private final Signal signal;
    private final Condition condition;
    private final TimeSpan sustainedFor;
    private final int consecutive;
    private final Severity severity;
    private final RuleAction action;

    @CheckForNull
    private final NoDataPolicy noData;

    private Rule(final Builder builder, final Signal signal, final Condition condition, final RuleAction action) {
        this.id = builder.id;
        this.description = builder.description;
        this.signal = signal;
        this.condition = condition;
        this.sustainedFor = builder.sustainedFor;
        this.consecutive = builder.consecutive;
        this.severity = Objects.requireNonNull(builder.severity);
        this.action = action;
        this.noData = builder.noData;
    }

    /**
     * Starts a rule.
     *
     * @param id the id: letters, digits, '-', '_' and '.', at most 64 characters
     * @return the builder
     */
    public static Builder builder(final String id) {
        return new Builder(checkId("id", id));
    }

    /**
     * Checks a rule id.
     *
     * @param parameter the parameter, for the error message
     * @param id the id
     * @return the id
     */
    public static String checkId(final String parameter, final String id) {
        if (!ID.matcher(id).matches()) {
            throw new InvalidInputException(
                    parameter,
                    id,
                    "an id of letters, digits, '-', '_' and '.', at most 64 characters, e.g. error-rate-p0");
        }
        return id;
    }

    /** Returns a builder with the fields of this rule, to derive a changed rule. */
    public Builder toBuilder() {
        Builder builder = new Builder(id)
                .signal(signal)
                .when(condition.text())
                .sustainedFor(sustainedFor)
                .consecutive(consecutive)
                .severity(severity)
                .description(description);
        builder.mode = action.mode();
        builder.decisionTimeout = action.decisionTimeout();
        builder.onTimeout = action.onTimeout();
        builder.noData = noData;
        return builder;
    }

    public String id() {
        return id;
    }

    /** Returns the free text shown with the rule, e.g. where in the SOP it comes from; may be empty. */
    public String description() {
        return description;
    }

    public Signal signal() {
        return signal;
    }

    public Condition condition() {
        return condition;
    }

    /** Returns how long a breach has to last before it counts; zero means at the first breaching sample. */
    public TimeSpan sustainedFor() {
        return sustainedFor;
    }

    /** Returns how many breaching samples in a row it takes, at least 1 (e.g. 3 failed health checks). */
    public int consecutive() {
        return consecutive;
    }

    public Severity severity() {
        return severity;
    }

    public RuleAction action() {
        return action;
    }

    /** Returns the rule's own "no data" policy, empty when the defaults for its kind of signal apply. */
    public Optional<NoDataPolicy> noData() {
        return Optional.ofNullable(noData);
    }

    /**
     * Returns the "no data" policy that applies to this rule.
     *
     * @param defaults the defaults by kind of signal
     * @return the rule's own policy, or the default for its kind of signal
     */
    public NoDataPolicy noDataPolicy(final NoDataDefaults defaults) {
        return noData == null ? defaults.forKind(signal.kind()) : noData;
    }

    /** Renders the rule in one line, e.g. {@code error rate > 5% for 2m → P1, manual within 5m, then rollback}. */
    public String describe() {
        StringBuilder text = new StringBuilder(signal.name()).append(' ').append(condition.text());
        if (consecutive > 1) {
            text.append(", ").append(consecutive).append(" times in a row");
        }
        if (!sustainedFor.isZero()) {
            text.append(" for ").append(sustainedFor);
        }
        return text.append(" → ").append(severity).append(", ").append(action).toString();
    }

    @Override
    public boolean equals(final Object o) {
        if (!(o instanceof Rule)) {
            return false;
        }
        Rule other = (Rule) o;
        return id.equals(other.id)
                && description.equals(other.description)
                && signal.equals(other.signal)
                && condition.equals(other.condition)
                && sustainedFor.equals(other.sustainedFor)
                && consecutive == other.consecutive
                && severity == other.severity
                && action.equals(other.action)
                && noData == other.noData;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, description, signal, condition, sustainedFor, consecutive, severity, action, noData);
    }

    @Override
    public String toString() {
        return id + ": " + describe();
    }

    /**
     * Builds a rule from typed values or from text as written by users; text setters and {@link #build()} throw
     * {@link InvalidInputException} naming the field by its key in a rules file.
     */
    public static final class Builder {
        private final String id;
        private String name = "";
        private String source = "";
        private String unit = "";
        private String when = "";
        private String description = "";
        private TimeSpan sustainedFor = TimeSpan.ZERO;
        private int consecutive = 1;

        @CheckForNull
        private Severity severity;

        @CheckForNull
        private RuleAction.Mode mode;

        private TimeSpan decisionTimeout = TimeSpan.ZERO;
        private Choice onTimeout = Choice.ROLLBACK;

        @CheckForNull
        private NoDataPolicy noData;

        private Builder(final String id) {
            this.id = id;
        }

        /**
         * Sets what the rule observes.
         *
         * @param value the signal
         * @return this builder
         */
        public Builder signal(final Signal value) {
            this.name = value.name();
            this.source = value.source();
            this.unit = value.unit();
            return this;
        }

        /**
         * Sets the condition, parsed at {@link #build()} with the signal's unit.
         *
         * @param condition e.g. {@code > 10%}, {@code > 5% and <= 10%}, {@code drop > 20%}, {@code failing}
         * @return this builder
         */
        public Builder when(final String condition) {
            this.when = condition;
            return this;
        }

        public Builder sustainedFor(final TimeSpan value) {
            this.sustainedFor = value;
            return this;
        }

        /**
         * Sets how many breaching samples in a row it takes.
         *
         * @param count from 1 to 10000
         * @return this builder
         */
        public Builder consecutive(final int count) {
            if (count < 1 || count > MAX_CONSECUTIVE) {
                throw new InvalidInputException(
                        RuleField.CONSECUTIVE.key(), String.valueOf(count), "a whole number from 1 to 10000");
            }
            this.consecutive = count;
            return this;
        }

        public Builder severity(final Severity value) {
            this.severity = value;
            return this;
        }

        /**
         * Makes the rule roll back automatically.
         *
         * @return this builder
         */
        public Builder auto() {
            this.mode = RuleAction.Mode.AUTO;
            return this;
        }

        /**
         * Makes the rule ask a person.
         *
         * @param timeout how long the person has, more than 0
         * @param atTimeout what applies when nobody decided in time
         * @return this builder
         */
        public Builder manual(final TimeSpan timeout, final Choice atTimeout) {
            this.mode = RuleAction.Mode.MANUAL;
            this.decisionTimeout = timeout;
            this.onTimeout = atTimeout;
            return this;
        }

        /**
         * Sets the rule's own "no data" policy.
         *
         * @param policy the policy; null to use the defaults for the kind of signal
         * @return this builder
         */
        public Builder noData(@CheckForNull final NoDataPolicy policy) {
            this.noData = policy;
            return this;
        }

        /**
         * Sets the free text shown with the rule.
         *
         * @param text at most 500 characters
         * @return this builder
         */
        public Builder description(final String text) {
            if (text.length() > MAX_DESCRIPTION) {
                throw new InvalidInputException(
                        RuleField.DESCRIPTION.key(), text.substring(0, 40) + "…", "at most 500 characters");
            }
            this.description = text.trim();
            return this;
        }

        /**
         * Sets a field from the text a user wrote, as in a rules file.
         *
         * @param field the field
         * @param text the text
         * @return this builder
         * @throws InvalidInputException if the text is not valid for the field; the parameter is the field's key
         */
        public Builder set(final RuleField field, final String text) {
            String parameter = field.key();
            switch (field) {
                case NAME:
                    name = text;
                    break;
                case DESCRIPTION:
                    description(text);
                    break;
                case SOURCE:
                    source = text;
                    break;
                case UNIT:
                    unit = text;
                    break;
                case WHEN:
                    when = text;
                    break;
                case SUSTAINED_FOR:
                    sustainedFor = TimeSpan.valueOf(parameter, text);
                    break;
                case CONSECUTIVE:
                    consecutive(parseCount(parameter, text));
                    break;
                case SEVERITY:
                    severity = Severity.valueOf(parameter, text);
                    break;
                case ACTION:
                    mode = RuleAction.Mode.valueOf(parameter, text);
                    break;
                case DECISION_TIMEOUT:
                    decisionTimeout = TimeSpan.valueOf(parameter, text);
                    break;
                case ON_TIMEOUT:
                    onTimeout = Choice.valueOf(parameter, text);
                    break;
                case NO_DATA:
                    noData = "default".equals(text.trim().toLowerCase(Locale.ROOT))
                            ? null
                            : NoDataPolicy.valueOf(parameter, text);
                    break;
                default:
                    throw new IllegalArgumentException("Field " + field + " is not part of a rule's definition");
            }
            return this;
        }

        private static int parseCount(final String parameter, final String text) {
            String trimmed = text.trim();
            if (!trimmed.matches("\\d{1,5}")) {
                throw new InvalidInputException(parameter, text, "a whole number from 1 to 10000");
            }
            return Integer.parseInt(trimmed);
        }

        /**
         * Builds the rule.
         *
         * @return the rule
         * @throws InvalidInputException if a field is missing or invalid; the parameter is the field's key
         */
        public Rule build() {
            if (source.isBlank()) {
                throw new InvalidInputException(
                        RuleField.SOURCE.key(), source, "a reference such as 'prometheus:<query>' or 'health:<probe>'");
            }
            Signal signal = Signal.of(name.isBlank() ? id : name, source, unit);
            if (when.isBlank()) {
                throw new InvalidInputException(RuleField.WHEN.key(), when, ConditionParser.ALLOWED);
            }
            Condition condition = ConditionParser.parse(RuleField.WHEN.key(), when, signal.unit());
            if (severity == null) {
                throw new InvalidInputException(RuleField.SEVERITY.key(), "", "P0 or P1");
            }
            if (mode == null) {
                throw new InvalidInputException(RuleField.ACTION.key(), "", "auto or manual");
            }
            RuleAction action = mode == RuleAction.Mode.AUTO ? RuleAction.auto() : manualAction();
            return new Rule(this, signal, condition, action);
        }

        private RuleAction manualAction() {
            if (decisionTimeout.isZero()) {
                throw new InvalidInputException(
                        RuleField.DECISION_TIMEOUT.key(),
                        decisionTimeout.toString(),
                        "a duration greater than 0 for a manual rule, e.g. 5m");
            }
            return RuleAction.manual(decisionTimeout, onTimeout);
        }
    }
}
