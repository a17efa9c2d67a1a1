package io.jenkins.plugins.deploymentsop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import hudson.model.Run;
import hudson.model.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.HttpResponses;
import org.mockito.MockedStatic;
import org.springframework.security.access.AccessDeniedException;

class DeploymentDecisionsActionTest {
    private static final String BUILD = "shop-pipeline#42";

    private final Run<?, ?> run = mock(Run.class);
    private final List<String> answers = new ArrayList<>();
    private MockedStatic<User> users;
    private MockedStatic<HttpResponses> responses;

    @BeforeEach
    void registerDecision() {
        when(run.getExternalizableId()).thenReturn(BUILD);
        DecisionRegistry.register(
                BUILD,
                new PendingDecision(
                        "shop@production:tech-lead",
                        "Technical lead sign-off",
                        "hotfix 1.4.1",
                        List.of("CONFIRM", "REJECT", "WAIVE"),
                        List.of("WAIVE"),
                        List.of("alice"),
                        List.of("release-managers"),
                        Instant.parse("2026-11-23T10:00:00Z"),
                        "REJECT"),
                (id, choice, user, comment) -> answers.add(id + "|" + choice + "|" + user + "|" + comment));
        users = mockStatic(User.class);
        responses = mockStatic(HttpResponses.class);
    }

    @AfterEach
    void clean() {
        users.close();
        responses.close();
        DecisionRegistry.unregister(BUILD, "shop@production:tech-lead");
    }

    private void loggedInAs(final String id, final String... groups) {
        User user = mock(User.class);
        when(user.getId()).thenReturn(id);
        when(user.getAuthorities()).thenReturn(List.of(groups));
        users.when(User::current).thenReturn(user);
    }

    @Test
    void shouldRouteANamedUsersAnswerToTheWaitingStep() {
        loggedInAs("alice");

        new DeploymentDecisionsAction(run).doDecide("shop@production:tech-lead", "confirm", " ship it ");

        assertThat(answers).containsExactly("shop@production:tech-lead|CONFIRM|alice|ship it");
        verify(run).checkPermission(any());
        responses.verify(HttpResponses::redirectToDot);
    }

    @Test
    void shouldAcceptMembersOfANamedGroup() {
        loggedInAs("bob", "Release-Managers");

        new DeploymentDecisionsAction(run).doDecide("shop@production:tech-lead", "REJECT", "");

        assertThat(answers).containsExactly("shop@production:tech-lead|REJECT|bob|");
    }

    @Test
    void shouldRefuseOtherUsersAWaiverWithoutReasonAndUnknownDecisions() {
        loggedInAs("mallory", "developers");
        new DeploymentDecisionsAction(run).doDecide("shop@production:tech-lead", "CONFIRM", "");
        responses.verify(() -> HttpResponses.errorWithoutStack(eq(403), contains("mallory may not answer")));

        loggedInAs("alice");
        new DeploymentDecisionsAction(run).doDecide("shop@production:tech-lead", "WAIVE", "  ");
        responses.verify(() -> HttpResponses.errorWithoutStack(eq(400), contains("WAIVE needs a reason")));
        new DeploymentDecisionsAction(run).doDecide("shop@production:tech-lead", "DEPLOY", "x");
        responses.verify(() -> HttpResponses.errorWithoutStack(eq(400), contains("'DEPLOY' is not an answer")));
        new DeploymentDecisionsAction(run).doDecide("shop@production:other", "CONFIRM", "x");
        responses.verify(
                () -> HttpResponses.errorWithoutStack(eq(409), contains("No decision 'shop@production:other'")));

        assertThat(answers).isEmpty();
    }

    @Test
    void shouldCheckThePermissionToBuildBeforeAnythingElse() {
        loggedInAs("alice");
        doThrow(new AccessDeniedException("no BUILD")).when(run).checkPermission(any());

        try {
            new DeploymentDecisionsAction(run).doDecide("shop@production:tech-lead", "CONFIRM", "");
        } catch (AccessDeniedException expected) {
            assertThat(expected).hasMessage("no BUILD");
        }
        assertThat(answers).isEmpty();
    }

    @Test
    void shouldListPendingDecisionsAndShowTheLinkOnlyWhileSomethingWaits() {
        DeploymentDecisionsAction action = new DeploymentDecisionsAction(run);
        assertThat(action.getPending()).extracting(PendingDecision::title).containsExactly("Technical lead sign-off");
        assertThat(action.getIconFileName()).isNotNull();

        DecisionRegistry.unregister(BUILD, "shop@production:tech-lead");

        assertThat(action.getPending()).isEmpty();
        assertThat(action.getIconFileName()).isNull();
    }
}
