package io.jenkins.plugins.deploymentsop.checklist.check;

import static io.jenkins.plugins.deploymentsop.checklist.check.TestItems.NOW;
import static io.jenkins.plugins.deploymentsop.checklist.check.TestItems.check;
import static io.jenkins.plugins.deploymentsop.checklist.check.TestItems.context;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.checklist.CheckContext;
import io.jenkins.plugins.deploymentsop.checklist.CheckOutcome;
import io.jenkins.plugins.deploymentsop.checklist.DeploymentLookup;
import io.jenkins.plugins.deploymentsop.checklist.ItemStatus;
import io.jenkins.plugins.deploymentsop.checklist.PastDeployment;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Deployed to staging first", judged against deployments held by an in-memory lookup. */
class StagedFirstCheckTest {
    @TempDir
    private Path workspace;

    private final List<PastDeployment> deployments = new ArrayList<>();

    private void deployed(
            final String environment,
            final String release,
            final Outcome outcome,
            final Duration ago,
            final int build) {
        deployments.add(new PastDeployment(
                "shop", environment, release, outcome, NOW.minus(ago), "shop/deploy-" + environment + " #" + build));
    }

    private CheckOutcome evaluate(final String fields) {
        return evaluate(fields, context(workspace).service("shop").deployments(DeploymentLookup.of(deployments)));
    }

    private static CheckOutcome evaluate(final String fields, final CheckContext.Builder context) {
        return check("type: stagedFirst\n" + fields).evaluate(context.build());
    }

    @Test
    void shouldPassWhenTheSameReleaseSucceededInStaging() {
        deployed("staging", "1.3.9", Outcome.SUCCEEDED, Duration.ofHours(1), 40);
        deployed("staging", "1.4.0", Outcome.SUCCEEDED, Duration.ofHours(19), 41);
        deployed("qa", "1.4.0", Outcome.FAILED, Duration.ofHours(2), 7);

        CheckOutcome outcome = evaluate("environment: staging");

        assertThat(outcome)
                .hasToString("PASSED: shop 1.4.0 was deployed to staging: shop/deploy-staging #41,"
                        + " SUCCEEDED at 2026-03-02T15:15:00Z (19h ago)");
        assertThat(outcome.details().counts()).containsEntry("deployments", 1L).containsEntry("succeeded", 1L);
    }

    @Test
    void shouldFailWhenTheReleaseNeverWentThere() {
        deployed("staging", "1.3.9", Outcome.SUCCEEDED, Duration.ofHours(1), 40);
        deployed("qa", "1.4.0", Outcome.SUCCEEDED, Duration.ofHours(2), 7);

        assertThat(evaluate("environment: staging"))
                .hasToString("FAILED: shop 1.4.0 has not been deployed to staging; it went to qa (SUCCEEDED)");

        deployments.clear();
        assertThat(evaluate("environment: staging"))
                .hasToString("FAILED: shop 1.4.0 has not been deployed to staging; no deployment of it is recorded");
    }

    @Test
    void shouldRequireARecentDeploymentWhenAnAgeIsGiven() {
        deployed("staging", "1.4.0", Outcome.SUCCEEDED, Duration.ofDays(9), 41);

        assertThat(evaluate("environment: staging\nwithin: 7d"))
                .hasToString("FAILED: shop 1.4.0 has not been deployed to staging within the last 7d; the latest was"
                        + " shop/deploy-staging #41, SUCCEEDED at 2026-02-22T10:15:00Z (9d ago)");
        assertThat(evaluate("environment: staging\nwithin: 10d").status()).isEqualTo(ItemStatus.PASSED);
    }

    @Test
    void shouldLetTheLatestDeploymentDecideAndIgnoreAbortedOnes() {
        deployed("staging", "1.4.0", Outcome.SUCCEEDED, Duration.ofHours(30), 41);
        deployed("staging", "1.4.0", Outcome.ROLLED_BACK, Duration.ofHours(5), 42);
        deployed("staging", "1.4.0", Outcome.ABORTED, Duration.ofHours(1), 43);

        assertThat(evaluate("environment: staging"))
                .hasToString("FAILED: the latest deployment of shop 1.4.0 to staging ended ROLLED_BACK:"
                        + " shop/deploy-staging #42, ROLLED_BACK at 2026-03-03T05:15:00Z (5h ago); an earlier one"
                        + " succeeded, but the latest decides");

        deployed("staging", "1.4.0", Outcome.SUCCEEDED, Duration.ofMinutes(30), 44);
        assertThat(evaluate("environment: staging").evidence()).contains("#44, SUCCEEDED");
    }

    @Test
    void shouldReportWhatIsMissingAsAnError() {
        assertThat(evaluate("environment: staging", context(workspace).service("shop")))
                .hasToString("ERROR: No record of earlier deployments is available to this checklist");
        assertThat(evaluate(
                        "environment: staging",
                        CheckContext.builder(workspace).deployments(DeploymentLookup.of(List.of()))))
                .hasToString("ERROR: No service and release to look for: the step sets them from its 'service' (or"
                        + " the job's name) and 'release'");
        assertThat(evaluate("environment: production"))
                .hasToString("ERROR: 'environment' is production, the environment being deployed: name the one the"
                        + " release must pass before it, e.g. staging");
        assertThat(evaluate(
                        "environment: staging",
                        context(workspace)
                                .service("shop")
                                .deployments(DeploymentLookup.unavailable("the index is corrupt"))))
                .hasToString("ERROR: The earlier deployments cannot be read: the index is corrupt");
    }

    @Test
    void shouldLocateConfigurationMistakes() {
        assertThat(TestItems.problem("type: stagedFirst"))
                .contains("missing field 'environment': the environment the release must have passed first");
        assertThat(TestItems.problem("type: stagedFirst\nenvironment: 'pre prod'"))
                .contains("Invalid value for 'environment': 'pre prod'");
        assertThat(TestItems.problem("type: stagedFirst\nenvironment: staging\nwithin: 0s"))
                .contains("an age above 0");
    }

    @Test
    void shouldTravelToTheAgentAsAnInMemoryLookup() throws IOException, ClassNotFoundException {
        deployed("staging", "1.4.0", Outcome.SUCCEEDED, Duration.ofHours(2), 41);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream output = new ObjectOutputStream(bytes)) {
            output.writeObject(DeploymentLookup.of(deployments));
        }
        DeploymentLookup copy;
        try (ObjectInputStream input = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (DeploymentLookup) input.readObject();
        }

        assertThat(copy.deploymentsOf("shop", "1.4.0")).isEqualTo(deployments);
        assertThat(copy.deploymentsOf("shop", "1.4.1")).isEmpty();
        assertThat(copy.deploymentsOf("cart", "1.4.0")).isEmpty();
    }
}
