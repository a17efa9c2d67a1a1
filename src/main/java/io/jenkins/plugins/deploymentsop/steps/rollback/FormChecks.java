package io.jenkins.plugins.deploymentsop.steps.rollback;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import jenkins.model.Jenkins;

/**
 * The form side of the validators that setters share with the Snippet Generator: the same check, its message shown
 * instead of thrown, after the permission check.
 */
final class FormChecks {
    private FormChecks() {}

    /** A validation that throws {@link InvalidInputException} for bad input. */
    @FunctionalInterface
    interface Validation {
        void validate();
    }

    /**
     * Runs a validation for a form, after checking that the user may configure the job (or Jenkins).
     *
     * @param item the job being configured, if any
     * @param validation the validation
     * @return OK, or an error with the validator's message
     */
    static FormValidation check(@CheckForNull final Item item, final Validation validation) {
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
