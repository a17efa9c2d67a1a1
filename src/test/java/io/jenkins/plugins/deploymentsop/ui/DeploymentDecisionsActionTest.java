package io.jenkins.plugins.deploymentsop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import hudson.model.Run;
import hudson.security.SecurityRealm;
import io.jenkins.plugins.deploymentsop.testing.SecurityMocks;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

class DeploymentDecisionsActionTest {
    private static final String BUILD = "shop-pipeline#42";
    private static final String ID = "shop@production:tech-lead";

    private final Run<?, ?> run = mock(Run.class);
    private final Jenkins jenkins = mock(Jenkins.class);
    private final List<String> answers = new ArrayList<>();
    private boolean administratorsMaySettle = true;
    private MockedStatic<Jenkins> jenkinsStatic;

    @BeforeEach
    void registerDecision() {
        when(run.getExternalizableId()).thenReturn(BUILD);
        DecisionRegistry.register(
                BUILD,
                new PendingDecision(
                        ID,
                        "Technical lead sign-off",
                        "hotfix 1.4.1",
                        List.of("CONFIRM", "REJECT", "WAIVE"),
                        List.of("WAIVE"),
                        List.of("alice"),
                        List.of("release-managers"),
                        Instant.parse("2026-11-23T10:00:00Z"),
                        "REJECT"),
                new DecisionHandler() {
                    @Override
                    public void decide(
                            final String decisionId, final String choice, final String userId, final String comment) {
                        throw new AssertionError("the page passes the groups on");
                    }

                    @Override
                    public void decide(
                            final String decisionId, final String choice, final Decider decider, final String comment) {
                        answers.add(decisionId + "|" + choice + "|" + decider.userId() + "|" + decider.groups() + "|"
                                + comment);
                    }

                    @Override
                    public boolean administratorsMaySettle() {
                        return administratorsMaySettle;
                    }
                });
        jenkinsStatic = mockStatic(Jenkins.class);
        jenkinsStatic.when(Jenkins::get).thenReturn(jenkins);
        realmComparesIds(true);
    }

    @AfterEach
    void clean() {
        jenkinsStatic.close();
        DecisionRegistry.unregister(BUILD, ID);
    }

    private void realmComparesIds(final boolean ignoringCase) {
        SecurityRealm comparing = SecurityMocks.realm(ignoringCase);
        when(jenkins.getSecurityRealm()).thenReturn(comparing);
    }

    private void signedInAs(final String id, final boolean administrator, final String... groups) {
        Authentication authentication = SecurityMocks.signedIn(id, List.of(groups));
        jenkinsStatic.when(Jenkins::getAuthentication2).thenReturn(authentication);
        when(jenkins.hasPermission(any())).thenReturn(administrator);
    }

    @Test
    void shouldRouteANamedUsersAnswerToTheWaitingStep() {
        signedInAs("alice", false);

        DecisionReply reply = new DeploymentDecisionsAction(run).decide(ID, "confirm", " ship it ");

        assertThat(answers).containsExactly(ID + "|CONFIRM|alice|[]|ship it");
        verify(run).checkPermission(any());
        assertThat(reply.isTaken()).isTrue();
    }

    @Test
    void shouldAcceptMembersOfANamedGroupFromTheAuthenticationAndPassTheirGroupsOn() {
        signedInAs("bob", false, "authenticated", "Release-Managers", "developers");

        new DeploymentDecisionsAction(run).decide(ID, "REJECT", "");

        assertThat(answers).containsExactly(ID + "|REJECT|bob|[Release-Managers, authenticated, developers]|");
    }

    @Test
    void shouldCompareIdsAsTheSecurityRealmDoes() {
        realmComparesIds(false);
        signedInAs("Alice", false, "Release-Managers");
        assertThat(new DeploymentDecisionsAction(run).decide(ID, "CONFIRM", ""))
                .isEqualTo(DecisionReply.refused(
                        403,
                        "Alice may not answer 'Technical lead sign-off'; allowed: alice; groups release-managers"));
        assertThat(answers).isEmpty();

        realmComparesIds(true);
        new DeploymentDecisionsAction(run).decide(ID, "CONFIRM", "");
        assertThat(answers).containsExactly(ID + "|CONFIRM|Alice|[Release-Managers]|");
    }

    @Test
    void shouldLetAnAdministratorSettleUnlessTheStepTakesOnlyTheNamedPeople() {
        signedInAs("root", true);
        administratorsMaySettle = false;
        assertThat(new DeploymentDecisionsAction(run).decide(ID, "CONFIRM", "").status())
                .isEqualTo(403);
        assertThat(answers).isEmpty();

        administratorsMaySettle = true;
        new DeploymentDecisionsAction(run).decide(ID, "CONFIRM", "on behalf of the on-call engineer");
        assertThat(answers).containsExactly(ID + "|CONFIRM|root|[]|on behalf of the on-call engineer");
    }

    @Test
    void shouldRefuseOtherUsersAWaiverWithoutReasonAndUnknownDecisions() {
        signedInAs("mallory", false, "developers");
        assertThat(new DeploymentDecisionsAction(run).decide(ID, "CONFIRM", ""))
                .isEqualTo(DecisionReply.refused(
                        403,
                        "mallory may not answer 'Technical lead sign-off'; allowed: alice; groups release-managers"));

        signedInAs("alice", false);
        assertThat(new DeploymentDecisionsAction(run).decide(ID, "WAIVE", "  "))
                .isEqualTo(DecisionReply.refused(400, "WAIVE needs a reason in the comment"));
        assertThat(new DeploymentDecisionsAction(run).decide(ID, "DEPLOY", "x"))
                .extracting(DecisionReply::status, reply -> reply.reason().startsWith("'DEPLOY' is not an answer"))
                .containsExactly(400, true);
        assertThat(new DeploymentDecisionsAction(run).decide("shop@production:other", "CONFIRM", "x"))
                .isEqualTo(DecisionReply.refused(409, "No decision 'shop@production:other' is pending in this build"));

        assertThat(answers).isEmpty();
    }

    @Test
    void shouldCheckThePermissionToBuildBeforeAnythingElse() {
        signedInAs("alice", false);
        doThrow(new AccessDeniedException("no BUILD")).when(run).checkPermission(any());

        assertThatThrownBy(() -> new DeploymentDecisionsAction(run).decide(ID, "CONFIRM", ""))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("no BUILD");
        assertThat(answers).isEmpty();
    }

    @Test
    void shouldListPendingDecisionsAndShowTheLinkOnlyWhileSomethingWaits() {
        DeploymentDecisionsAction action = new DeploymentDecisionsAction(run);
        assertThat(action.getPending()).extracting(PendingDecision::title).containsExactly("Technical lead sign-off");
        assertThat(action.getIconFileName()).isNotNull();

        DecisionRegistry.unregister(BUILD, ID);

        assertThat(action.getPending()).isEmpty();
        assertThat(action.getIconFileName()).isNull();
    }

    @Test
    void shouldSayThatTheStepNoLongerWaitsWithAConflict() {
        signedInAs("alice", false);
        DecisionRegistry.register(
                BUILD,
                new PendingDecision(
                        "shop@production:late",
                        "Late",
                        "",
                        List.of("CONFIRM"),
                        List.of(),
                        List.of(),
                        List.of(),
                        Instant.parse("2026-11-23T10:00:00Z"),
                        "CONFIRM"),
                (decisionId, choice, userId, comment) -> {
                    throw new IllegalStateException("The checklist no longer waits for 'late'");
                });

        assertThat(new DeploymentDecisionsAction(run).decide("shop@production:late", "CONFIRM", ""))
                .isEqualTo(DecisionReply.refused(409, "The checklist no longer waits for 'late'"));
        DecisionRegistry.unregister(BUILD, "shop@production:late");
    }

    @Test
    void shouldReplyWithTheStatusAndTheReasonAsPlainTextOrRedirectBackToThePage() throws Exception {
        signedInAs("mallory", false);
        HttpServletResponse refused = mock(HttpServletResponse.class);
        StringWriter body = new StringWriter();
        when(refused.getWriter()).thenReturn(new PrintWriter(body));

        new DeploymentDecisionsAction(run).doDecide(ID, "CONFIRM", "", refused);

        verify(refused).setStatus(403);
        verify(refused).setContentType("text/plain;charset=UTF-8");
        verify(refused).setHeader("X-Content-Type-Options", "nosniff");
        assertThat(body.toString())
                .isEqualTo(
                        "mallory may not answer 'Technical lead sign-off'; allowed: alice; groups release-managers\n");

        signedInAs("alice", false);
        HttpServletResponse taken = mock(HttpServletResponse.class);
        new DeploymentDecisionsAction(run).doDecide(ID, "CONFIRM", "", taken);
        verify(taken).sendRedirect(".");
        verify(taken, never()).setStatus(org.mockito.ArgumentMatchers.anyInt());
    }
}
