package io.jenkins.plugins.deploymentsop.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.util.LocalCommandRunner;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command router with real shell commands driving a "load balancer" made of two files, one weight each, that the
 * apply script writes one after the other, so that it can fail half-way.
 */
class CommandRouterTest {
    @TempDir
    Path dir;

    @BeforeEach
    void createLoadBalancer() throws IOException {
        Files.writeString(dir.resolve("blue.weight"), "100");
        Files.writeString(dir.resolve("green.weight"), "0");
        Files.writeString(
                dir.resolve("apply.sh"),
                "echo \"$1\" > blue.weight\n"
                        + "if [ -e fail-half-way ]; then rm fail-half-way; echo 'lb: green pool busy' >&2; exit 4; fi\n"
                        + "echo \"$2\" > green.weight\n");
    }

    private CommandRouterSettings.Builder settings() {
        return CommandRouterSettings.builder()
                .applyCommand("sh apply.sh {blueWeight} {greenWeight}")
                .readCommand("echo blue=$(cat blue.weight) green=$(cat green.weight)")
                .blueTarget("http://10.0.0.1:8080")
                .greenTarget("http://10.0.0.2:8080")
                .runner(new LocalCommandRunner(dir))
                .verifyTimeout(TimeSpan.ofMillis(300))
                .verifyInterval(TimeSpan.ofMillis(50));
    }

    @Test
    void shouldApplyReadAndVerify() throws RouterException {
        TrafficRouter router = settings().build().createRouter();

        assertThat(router.read()).isEqualTo(TrafficSplit.allOn(Color.BLUE));
        assertThat(router.apply(TrafficSplit.of(75, 25))).isEqualTo(TrafficSplit.of(75, 25));
        assertThat(router.verify(TrafficSplit.of(75, 25))).isEqualTo(TrafficSplit.of(75, 25));
        assertThatThrownBy(() -> router.verify(TrafficSplit.of(50, 50)))
                .hasMessageContaining("The read command reports blue 75% / green 25%, expected blue 50% / green 50%");
    }

    @Test
    void shouldReapplyThePreviousSplitWhenTheApplyCommandFailsHalfWay() throws Exception {
        TrafficRouter router = settings().build().createRouter();
        router.apply(TrafficSplit.of(90, 10));
        Files.writeString(dir.resolve("fail-half-way"), "");

        assertThatThrownBy(() -> router.apply(TrafficSplit.of(50, 50)))
                .isInstanceOfSatisfying(RouterException.class, exception -> assertThat(exception.getOutcome())
                        .isEqualTo(RouterException.Outcome.RESTORED))
                .hasMessageContaining("The apply command for blue 50% / green 50% failed")
                .hasMessageContaining("exit 4")
                .hasMessageContaining("lb: green pool busy")
                .hasMessageContaining("the previous split blue 90% / green 10% was applied again and the read command"
                        + " confirms it");
        assertThat(Files.readString(dir.resolve("blue.weight")).strip()).isEqualTo("90");
        assertThat(Files.readString(dir.resolve("green.weight")).strip()).isEqualTo("10");
    }

    @Test
    void shouldRestoreWhenTheReadCommandNeverShowsTheNewSplit() throws Exception {
        TrafficRouter router = settings()
                .applyCommand("test {greenWeight} = 100 || sh apply.sh {blueWeight} {greenWeight}")
                .build()
                .createRouter();

        assertThatThrownBy(() -> router.apply(TrafficSplit.allOn(Color.GREEN)))
                .hasMessageContaining("the read command reports blue 100% / green 0% instead of blue 0% / green 100%")
                .hasMessageContaining("was applied again");
    }

    @Test
    void shouldPassTargetsAndWeightsAsEnvironmentToo() throws Exception {
        TrafficRouter router = settings()
                .applyCommand("echo \"$DEPLOY_GREEN_TARGET $DEPLOY_BLUE_WEIGHT\" > env.txt && sh apply.sh {blueWeight}"
                        + " {greenWeight}")
                .build()
                .createRouter();
        router.apply(TrafficSplit.of(60, 40));
        assertThat(Files.readString(dir.resolve("env.txt")).strip()).isEqualTo("http://10.0.0.2:8080 60");
    }

    @Test
    void shouldSayNothingChangedWhenTheReadOutputIsNotASplit() {
        TrafficRouter router =
                settings().readCommand("echo weights unknown").build().createRouter();

        assertThatThrownBy(() -> router.apply(TrafficSplit.allOn(Color.GREEN)))
                .isInstanceOfSatisfying(RouterException.class, exception -> assertThat(exception.getOutcome())
                        .isEqualTo(RouterException.Outcome.NOTHING_CHANGED))
                .hasMessageContaining("Cannot understand the output of the read command")
                .hasMessageContaining("weights unknown")
                .hasMessageContaining("nothing was changed");
    }
}
