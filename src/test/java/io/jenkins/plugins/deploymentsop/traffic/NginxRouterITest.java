package io.jenkins.plugins.deploymentsop.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.jenkins.plugins.deploymentsop.traffic.fixtures.ColorApp;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.NginxServer;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.TrafficSample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The nginx router against a real nginx, in both modes. */
class NginxRouterITest {
    /**
     * Observed share per step may differ from the weight by this many percentage points (400 requests) where the router
     * splits deterministically (reload mode's weighted round robin, HAProxy).
     */
    static final double TOLERANCE = 6.0;

    /** Standard deviations of the binomial share allowed where each request's colour is drawn at random. */
    private static final double RANDOM_SPLIT_SIGMAS = 4.5;

    private static final int SAMPLE = 400;

    @TempDir
    Path dir;

    private ColorApp blue;
    private ColorApp green;

    @BeforeEach
    void startApps() throws Exception {
        blue = ColorApp.start(Color.BLUE);
        green = ColorApp.start(Color.GREEN);
    }

    @AfterEach
    void stopApps() {
        blue.close();
        green.close();
    }

    @ParameterizedTest
    @EnumSource(NginxMode.class)
    void shouldFollowEachTrafficStepAndEndAllOnGreen(final NginxMode mode) throws Exception {
        try (NginxServer nginx = NginxServer.start(dir, mode, blue, green)) {
            TrafficRouter router = nginx.settings().build().createRouter();
            assertThat(router.read()).isEqualTo(TrafficSplit.allOn(Color.BLUE));
            assertThat(TrafficSample.take(nginx.port(), 50).green()).isZero();

            for (int step : List.of(10, 25, 50)) {
                TrafficSplit split = TrafficSplit.of(100 - step, step);
                assertThat(router.apply(split)).isEqualTo(split);
                assertThat(router.verify(split)).isEqualTo(split);
                nginx.awaitOldWorkersGone();
                TrafficSample sample = TrafficSample.take(nginx.port(), SAMPLE);
                assertThat(sample.failed()).as("failed requests").isZero();
                assertThat(sample.greenPercent())
                        .as("green share at step %d%%: %s", step, sample)
                        .isCloseTo(step, within(tolerance(mode, step)));
            }
            router.apply(TrafficSplit.allOn(Color.GREEN));
            nginx.awaitOldWorkersGone();
            TrafficSample all = TrafficSample.take(nginx.port(), SAMPLE);
            assertThat(all.blue()).as("after the switch: %s", all).isZero();
            assertThat(all.green()).isEqualTo(SAMPLE);
            assertThat(router.read()).isEqualTo(TrafficSplit.allOn(Color.GREEN));
        }
    }

    /**
     * Dynamic mode draws each request's colour at random: 6 points would fail about one run in 50 at 50%, while 4.5
     * standard deviations (11 points at 50%, 7 at 10%) fail about one in 100 000 and still tell the steps apart.
     */
    private static double tolerance(final NginxMode mode, final int step) {
        if (mode != NginxMode.DYNAMIC) {
            return TOLERANCE;
        }
        double share = step / 100.0;
        return RANDOM_SPLIT_SIGMAS * 100 * Math.sqrt(share * (1 - share) / SAMPLE);
    }

    @Test
    void shouldWriteDownForZeroWeightInReloadMode() throws Exception {
        try (NginxServer nginx = NginxServer.start(dir, NginxMode.RELOAD, blue, green)) {
            nginx.settings().build().createRouter().apply(TrafficSplit.allOn(Color.GREEN));
            assertThat(Files.readString(nginx.file()))
                    .contains("server " + blue.address() + " down;")
                    .contains("server " + green.address() + " weight=100;")
                    .contains("keepalive 16;");
        }
    }

    @Test
    void shouldRestorePreviousFileWhenNginxRejectsTheConfiguration() throws Exception {
        try (NginxServer nginx = NginxServer.start(dir, NginxMode.RELOAD, blue, green)) {
            String before = Files.readString(nginx.file());
            TrafficRouter broken =
                    nginx.settings().greenServer("127.0.0.1:99999").build().createRouter();

            assertThatThrownBy(() -> broken.apply(TrafficSplit.of(90, 10)))
                    .isInstanceOfSatisfying(RouterException.class, exception -> assertThat(exception.getOutcome())
                            .isEqualTo(RouterException.Outcome.RESTORED))
                    .hasMessageContaining("nginx rejected the new configuration")
                    .hasMessageContaining("invalid port")
                    .hasMessageContaining("was restored")
                    .hasMessageContaining("still serves blue 100% / green 0%");

            assertThat(Files.readString(nginx.file())).isEqualTo(before);
            assertThat(broken.read()).isEqualTo(TrafficSplit.allOn(Color.BLUE));
            assertThat(TrafficSample.take(nginx.port(), 100).green()).isZero();
            assertThat(dir.toFile().list()).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void shouldRestoreAndReloadThePreviousFileWhenTheReloadFails() throws Exception {
        try (NginxServer nginx = NginxServer.start(dir, NginxMode.RELOAD, blue, green)) {
            Path marker = dir.resolve("reload-failed-once");
            String reload = String.join(" ", nginx.reloadCommand());
            TrafficRouter router = nginx.settings()
                    .reloadCommand(List.of("if [ -e " + marker + " ]; then " + reload + "; else touch " + marker
                            + "; echo 'reload refused' >&2; exit 3; fi"))
                    .build()
                    .createRouter();

            assertThatThrownBy(() -> router.apply(TrafficSplit.of(50, 50)))
                    .isInstanceOfSatisfying(RouterException.class, exception -> assertThat(exception.getOutcome())
                            .isEqualTo(RouterException.Outcome.RESTORED))
                    .hasMessageContaining("exit 3")
                    .hasMessageContaining("reload refused")
                    .hasMessageContaining("restored and reloaded")
                    .hasMessageContaining("blue 100% / green 0% again (verified)");
            assertThat(TrafficSample.take(nginx.port(), 100).green()).isZero();
        }
    }

    @Test
    void shouldReportAnUnreachableStatusLocationWithoutChangingAnything() throws Exception {
        try (NginxServer nginx = NginxServer.start(dir, NginxMode.DYNAMIC, blue, green)) {
            String before = Files.readString(nginx.file());
            TrafficRouter router = nginx.settings()
                    .statusUrl("http://127.0.0.1:" + nginx.port() + "/no-such-location")
                    .build()
                    .createRouter();

            assertThatThrownBy(() -> router.apply(TrafficSplit.allOn(Color.GREEN)))
                    .isInstanceOfSatisfying(RouterException.class, exception -> assertThat(exception.getOutcome())
                            .isEqualTo(RouterException.Outcome.NOTHING_CHANGED))
                    .hasMessageContaining("no-such-location")
                    .hasMessageContaining("nothing was changed");
            assertThat(Files.readString(nginx.file())).isEqualTo(before);
        }
    }

    @Test
    void shouldKeepTheSplitOfTheDynamicModeAcrossAnNginxRestart() throws Exception {
        NginxServer first = NginxServer.start(dir, NginxMode.DYNAMIC, blue, green);
        try (first) {
            first.settings().build().createRouter().apply(TrafficSplit.of(25, 75));
        }
        String state = Files.readString(first.file());
        assertThat(SplitText.parse(state)).isEqualTo(TrafficSplit.of(25, 75));
    }
}
