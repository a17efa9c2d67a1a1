package io.jenkins.plugins.deploymentsop.ui;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Action;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.User;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.HttpResponses;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.interceptor.RequirePOST;

/**
 * The "Deployment Decisions" page of a build: the questions its running steps wait for (sign-offs, promotions,
 * rollbacks) with buttons for the people allowed to answer. Answers are POST-only, need the permission to build the
 * job and, where the question names people or groups, membership; each answer is recorded by the step with user, time
 * and comment. The same endpoint serves chat-ops automation through an API token.
 */
public class DeploymentDecisionsAction implements Action {
    private static final Logger LOGGER = Logger.getLogger(DeploymentDecisionsAction.class.getName());

    private final Run<?, ?> run;

    /**
     * Creates the page of a build (a transient action: nothing is stored in build.xml).
     *
     * @param run the build
     */
    public DeploymentDecisionsAction(final Run<?, ?> run) {
        this.run = run;
    }

    public Run<?, ?> getRun() {
        return run;
    }

    /** Lists what the build waits for; the side-panel link shows only while something is pending. */
    public List<PendingDecision> getPending() {
        return DecisionRegistry.pending(run.getExternalizableId());
    }

    @Override
    @CheckForNull
    public String getIconFileName() {
        return getPending().isEmpty() ? null : "symbol-hourglass";
    }

    @Override
    public String getDisplayName() {
        return "Deployment Decisions";
    }

    @Override
    public String getUrlName() {
        return "deployment-decisions";
    }

    /**
     * Answers a pending decision.
     *
     * @param id the decision id
     * @param choice the answer, one of the decision's choices
     * @param comment the comment (required for some answers, e.g. a waiver)
     * @return a redirect back to the page, or an error response naming the problem
     */
    @RequirePOST
    public HttpResponse doDecide(
            @QueryParameter final String id,
            @QueryParameter final String choice,
            @QueryParameter final String comment) {
        Run<?, ?> owner = run;
        owner.checkPermission(Item.BUILD);
        Optional<DecisionRegistry.Entry> entry =
                DecisionRegistry.find(owner.getExternalizableId(), id == null ? "" : id);
        if (entry.isEmpty()) {
            return HttpResponses.errorWithoutStack(409, "No decision '" + id + "' is pending in this build");
        }
        User user = User.current();
        String userId = user == null ? "anonymous" : user.getId();
        PendingDecision decision = entry.get().decision();
        if (!decision.isAllowed(userId, user == null ? new HashSet<>() : new HashSet<>(user.getAuthorities()))) {
            return HttpResponses.errorWithoutStack(
                    403, userId + " may not answer '" + decision.title() + "'; allowed: " + allowedText(decision));
        }
        try {
            String canonical = decision.validate(choice == null ? "" : choice, comment == null ? "" : comment);
            entry.get().handler().decide(decision.id(), canonical, userId, comment == null ? "" : comment.trim());
        } catch (IllegalArgumentException | IllegalStateException exception) {
            return HttpResponses.errorWithoutStack(400, exception.getMessage());
        }
        LOGGER.fine(() -> userId + " answered " + decision.id() + " in " + owner);
        return HttpResponses.redirectToDot();
    }

    private static String allowedText(final PendingDecision decision) {
        StringBuilder text = new StringBuilder(String.join(", ", decision.allowedUsers()));
        if (!decision.allowedGroups().isEmpty()) {
            text.append(text.length() > 0 ? "; " : "")
                    .append("groups ")
                    .append(String.join(", ", decision.allowedGroups()));
        }
        return text.toString();
    }
}
