package io.jenkins.plugins.deploymentsop.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import jenkins.model.Jenkins;

/**
 * One validator serves both the setter (which throws, so a Pipeline fails with the message) and the form check of
 * the Snippet Generator (which shows it): the form side lives here.
 */
public final class ParameterCheck {
    private ParameterCheck() {}

    /** A validation that throws {@link InvalidInputException} for bad input. */
    @FunctionalInterface
    public interface Validation {
        void validate() throws InvalidInputException;
    }

    /**
     * Runs a validation for a form, after checking that the user may configure the job.
     *
     * @param item the job whose configuration is being edited, if any
     * @param validation the validation
     * @return OK, or an error with the validator's message
     */
    public static FormValidation check(@CheckForNull final Item item, final Validation validation) {
        if (item == null) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        } else {
            item.checkPermission(Item.CONFIGURE);
        }
        try {
            validation.validate();
            return FormValidation.ok();
        } catch (InvalidInputException exception) {
            return FormValidation.error(exception.getMessage());
        }
    }
}
