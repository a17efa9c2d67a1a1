package io.jenkins.plugins.deploymentsop.ui;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;

/**
 * A question a running step asks people on the build page: sign off a checklist item, promote or abort a canary,
 * roll back or keep a release. Kept in the step's serialized state, so it survives a controller restart.
 *
 * @param id unique within the build, e.g. {@code shop@production:canary-step-2}; letters, digits, '.', '_', '-', '@', ':'
 * @param title what is asked, e.g. {@code Promote canary of shop to 50%?}
 * @param details the facts the people need, e.g. the verdict with its numbers
 * @param choices the allowed answers, e.g. {@code CONFIRM}, {@code REJECT}, {@code WAIVE}
 * @param reasonRequiredFor answers that need a non-empty comment, e.g. {@code WAIVE}
 * @param allowedUsers user ids allowed to decide; empty with no groups: anyone who may build the job
 * @param allowedGroups groups allowed to decide
 * @param deadline when the default applies
 * @param defaultChoice what happens at the deadline
 */
public record PendingDecision(
        String id,
        String title,
        String details,
        List<String> choices,
        List<String> reasonRequiredFor,
        List<String> allowedUsers,
        List<String> allowedGroups,
        Instant deadline,
        String defaultChoice)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public PendingDecision {
        if (!id.matches("[A-Za-z0-9._@:-]{1,200}")) {
            throw new IllegalArgumentException("Decision ids use letters, digits and . _ @ : - only: " + id);
        }
        choices = List.copyOf(choices);
        reasonRequiredFor = List.copyOf(reasonRequiredFor);
        allowedUsers = List.copyOf(allowedUsers);
        allowedGroups = List.copyOf(allowedGroups);
        if (!choices.contains(defaultChoice)) {
            throw new IllegalArgumentException("The default " + defaultChoice + " is not one of " + choices);
        }
    }

    /**
     * Tells whether a person may make this decision (beyond the permission to build the job, checked first).
     *
     * @param decider who answers
     * @param sameUser compares user ids as the security realm does ({@code IdStrategy.equals})
     * @param sameGroup compares group names as the security realm does
     * @return whether nobody is named, or the user is named or in a named group
     */
    public boolean isAllowed(
            final Decider decider,
            final BiPredicate<String, String> sameUser,
            final BiPredicate<String, String> sameGroup) {
        if (allowedUsers.isEmpty() && allowedGroups.isEmpty()) {
            return true;
        }
        return allowedUsers.stream().anyMatch(user -> sameUser.test(user, decider.userId()))
                || allowedGroups.stream()
                        .anyMatch(group -> decider.groups().stream().anyMatch(member -> sameGroup.test(group, member)));
    }

    /**
     * Validates an answer.
     *
     * @param choice the answer
     * @param comment the comment
     * @return the canonical choice
     * @throws IllegalArgumentException with a message for the person if the answer is not allowed
     */
    public String validate(final String choice, final String comment) {
        String canonical = choice.trim().toUpperCase(Locale.ROOT);
        if (!choices.contains(canonical)) {
            throw new IllegalArgumentException(
                    "'" + choice + "' is not an answer to this question; allowed: " + String.join(", ", choices));
        }
        if (reasonRequiredFor.contains(canonical) && comment.isBlank()) {
            throw new IllegalArgumentException(canonical + " needs a reason in the comment");
        }
        return canonical;
    }
}
