package io.jenkins.plugins.deploymentsop.ui;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Action;
import hudson.model.Item;
import hudson.model.Run;
import hudson.security.SecurityRealm;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import jenkins.model.IdStrategy;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.interceptor.RequirePOST;

/**
 * The "Deployment Decisions" page of a build: the questions its running steps wait for (sign-offs, promotions,
 * rollbacks) with buttons for the people allowed to answer. Answers are POST-only, need the permission to build the
 * job and, where the question names people or groups, membership as the security realm sees it (the groups of the
 * answering authentication, ids compared by the realm's id strategies) or Overall/Administer where the step lets
 * administrators settle; each answer is recorded by the step with user, groups, time and comment. The same endpoint
 * serves chat-ops automation through an API token.
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
     * Answers a pending decision: a redirect back to the page (HTTP 302) when taken; otherwise the status with the reason
     * as plain text: 400 for an answer the question does not take (e.g. a waiver without reason), 403 for a person who
     * may not answer, 409 when nothing with that id waits (already answered, or the step has ended).
     *
     * @param id the decision id
     * @param choice the answer, one of the decision's choices
     * @param comment the comment (required for some answers, e.g. a waiver)
     * @param response where the reply goes
     * @throws IOException if the reply cannot be written
     */
    @RequirePOST
    public void doDecide(
            @QueryParameter final String id,
            @QueryParameter final String choice,
            @QueryParameter final String comment,
            final HttpServletResponse response)
            throws IOException {
        decide(id, choice, comment).send(response);
    }

    DecisionReply decide(
            @CheckForNull final String id, @CheckForNull final String choice, @CheckForNull final String comment) {
        Run<?, ?> owner = run;
        owner.checkPermission(Item.BUILD);
        Optional<DecisionRegistry.Entry> entry =
                DecisionRegistry.find(owner.getExternalizableId(), id == null ? "" : id);
        if (entry.isEmpty()) {
            return DecisionReply.refused(409, "No decision '" + id + "' is pending in this build");
        }
        Decider decider = currentDecider();
        PendingDecision decision = entry.get().decision();
        DecisionHandler handler = entry.get().handler();
        if (!mayAnswer(decision, handler, decider)) {
            return DecisionReply.refused(
                    403,
                    decider.userId() + " may not answer '" + decision.title() + "'; allowed: " + allowedText(decision));
        }
        try {
            String canonical = decision.validate(choice == null ? "" : choice, comment == null ? "" : comment);
            handler.decide(decision.id(), canonical, decider, comment == null ? "" : comment.trim());
        } catch (IllegalArgumentException refused) {
            return DecisionReply.refused(400, reasonOf(refused));
        } catch (IllegalStateException gone) {
            return DecisionReply.refused(409, reasonOf(gone));
        }
        LOGGER.fine(() -> decider.userId() + " answered " + decision.id() + " in " + owner);
        return DecisionReply.taken();
    }

    private static String reasonOf(final RuntimeException refusal) {
        String message = refusal.getMessage();
        return message == null ? refusal.getClass().getSimpleName() : message;
    }

    /** The person answering, with the groups their authentication carries (not those a user lookup would give). */
    private static Decider currentDecider() {
        return Decider.of(
                Jenkins.getAuthentication2(),
                SecurityRealm.AUTHENTICATED_AUTHORITY2,
                Jenkins.get().hasPermission(Jenkins.ADMINISTER));
    }

    /**
     * Tells whether a person may answer: anyone if the question names nobody, a named user or member of a named group
     * (compared as the security realm compares ids, e.g. ignoring case), and an administrator where the handler lets
     * administrators settle, as the {@code input} step does.
     */
    private static boolean mayAnswer(
            final PendingDecision decision, final DecisionHandler handler, final Decider decider) {
        if (decider.administrator() && handler.administratorsMaySettle()) {
            return true;
        }
        SecurityRealm realm = Jenkins.get().getSecurityRealm();
        IdStrategy users = realm.getUserIdStrategy();
        IdStrategy groups = realm.getGroupIdStrategy();
        return decision.isAllowed(decider, users::equals, groups::equals);
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
