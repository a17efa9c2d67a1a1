package io.jenkins.plugins.deploymentsop.rollback;

import java.io.Serializable;
import java.util.OptionalDouble;

/**
 * When one sample of a signal is a breach: against an absolute threshold, a range, the baseline captured when
 * watching started, or a failing health probe. Conditions are parsed from text such as {@code > 10%} (see
 * {@link Rule.Builder#when(String)}) and render themselves back in the same syntax.
 */
public interface Condition extends Serializable {
    /**
     * Judges one sample.
     *
     * @param value the value, in the signal's unit
     * @param baseline the baseline value of the same signal, if one was captured
     * @return breached, clear, or undefined (e.g. no baseline) with the numbers in the reason
     */
    ConditionResult evaluate(double value, OptionalDouble baseline);

    /**
     * Judges one sample without explaining it: the same status as {@link #evaluate}, without building the reason
     * (the watcher judges every rule on every tick and needs the words only when something changes).
     *
     * @param value the value, in the signal's unit
     * @param baseline the baseline value of the same signal, if one was captured
     * @return breached, clear, or undefined
     */
    ConditionResult.Status test(double value, OptionalDouble baseline);

    /** Returns whether this condition compares with the pre-deployment baseline. */
    boolean needsBaseline();

    /** Returns the unit the condition's numbers are in. */
    String unit();

    /** Returns the condition in the syntax it is parsed from, e.g. {@code > 5% and <= 10%}. */
    String text();
}
