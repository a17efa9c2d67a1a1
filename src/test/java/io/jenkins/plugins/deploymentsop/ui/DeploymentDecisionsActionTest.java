package io.jenkins.plugins.deploymentsop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import hudson.model.Run;
import hudson.security.SecurityRealm;
import io.jenkins.plugins.deploymentsop.testing.SecurityMocks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.HttpResponses;
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
    private MockedStatic<HttpResponses> responses;

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
        responses = mockStatic(HttpResponses.class);
    }

    @AfterEach
    void clean() {
        jenkinsStatic.close();
        responses.close();
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

        new DeploymentDecisionsAction(run).doDecide(ID, "confirm", " ship it ");

        assertThat(answers).containsExactly(ID + "|CONFIRM|alice|[]|ship it");
        verify(run).checkPermission(any());
        responses.verify(HttpResponses::redirectToDot);
    }

    @Test
    void shouldAcceptMembersOfANamedGroupFromTheAuthenticationAndPassTheirGroupsOn() {
        signedInAs("bob", false, "authenticated", "Release-Managers", "developers");

        new DeploymentDecisionsAction(run).doDecide(ID, "REJECT", "");

        assertThat(answers).containsExactly(ID + "|REJECT|bob|[Release-Managers, authenticated, developers]|");
    }

    @Test
    void shouldCompareIdsAsTheSecurityRealmDoes() {
        realmComparesIds(false);
        signedInAs("Alice", false, "Release-Managers");
        new DeploymentDecisionsAction(run).doDecide(ID, "CONFIRM", "");
        responses.verify(() -> HttpResponses.errorWithoutStack(eq(403), contains("Alice may not answer")));
        assertThat(answers).isEmpty();

        realmComparesIds(true);
        new DeploymentDecisionsAction(run).doDecide(ID, "CONFIRM", "");
        assertThat(answers).containsExactly(ID + "|CONFIRM|Alice|[Release-Managers]|");
    }

    @Test
    void shouldLetAnAdministratorSettleUnlessTheStepTakesOnlyTheNamedPeople() {
        signedInAs("root", true);
        administratorsMaySettle = false;
        new DeploymentDecisionsAction(run).doDecide(ID, "CONFIRM", "");
        responses.verify(() -> HttpResponses.errorWithoutStack(eq(403), contains("root may not answer")));
        assertThat(answers).isEmpty();

        administratorsMaySettle = true;
        new DeploymentDecisionsAction(run).doDecide(ID, "CONFIRM", "on behalf of the on-call engineer");
        assertThat(answers).containsExactly(ID + "|CONFIRM|root|[]|on behalf of the on-call engineer");
    }

    @Test
    void shouldRefuseOtherUsersAWaiverWithoutReasonAndUnknownDecisions() {
        signedInAs("mallory", false, "developers");
        new DeploymentDecisionsAction(run).doDecide(ID, "CONFIRM", "");
        responses.verify(() -> HttpResponses.errorWithoutStack(
                eq(403), contains("mallory may not answer 'Technical lead sign-off'; allowed: alice; groups")));

        signedInAs("alice", false);
        new DeploymentDecisionsAction(run).doDecide(ID, "WAIVE", "  ");
        responses.verify(() -> HttpResponses.errorWithoutStack(eq(400), contains("WAIVE needs a reason")));
        new DeploymentDecisionsAction(run).doDecide(ID, "DEPLOY", "x");
        responses.verify(() -> HttpResponses.errorWithoutStack(eq(400), contains("'DEPLOY' is not an answer")));
        new DeploymentDecisionsAction(run).doDecide("shop@production:other", "CONFIRM", "x");
        responses.verify(
                () -> HttpResponses.errorWithoutStack(eq(409), contains("No decision 'shop@production:other'")));

        assertThat(answers).isEmpty();
    }

    @Test
    void shouldCheckThePermissionToBuildBeforeAnythingElse() {
        signedInAs("alice", false);
        doThrow(new AccessDeniedException("no BUILD")).when(run).checkPermission(any());

        assertThatThrownBy(() -> new DeploymentDecisionsAction(run).doDecide(ID, "CONFIRM", ""))
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
}
