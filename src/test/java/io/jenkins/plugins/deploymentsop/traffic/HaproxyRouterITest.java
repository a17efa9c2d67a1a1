package io.jenkins.plugins.deploymentsop.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.jenkins.plugins.deploymentsop.traffic.fixtures.ColorApp;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.HaproxyServer;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.TrafficSample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HAProxy router against a real HAProxy. */
class HaproxyRouterITest {
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

    @Test
    void shouldFollowEachTrafficStepAndEndAllOnGreen() throws Exception {
        try (HaproxyServer haproxy = HaproxyServer.start(dir, blue, green)) {
            TrafficRouter router = haproxy.settings().build().createRouter();
            assertThat(router.read()).isEqualTo(TrafficSplit.allOn(Color.BLUE));

            for (int step : List.of(10, 25, 50)) {
                TrafficSplit split = TrafficSplit.of(100 - step, step);
                assertThat(router.apply(split)).isEqualTo(split);
                TrafficSample sample = TrafficSample.take(haproxy.port(), SAMPLE);
                assertThat(sample.failed()).isZero();
                assertThat(sample.greenPercent())
                        .as("green share at step %d%%: %s", step, sample)
                        .isCloseTo(step, within(NginxRouterITest.TOLERANCE));
            }
            router.apply(TrafficSplit.allOn(Color.GREEN));
            TrafficSample all = TrafficSample.take(haproxy.port(), SAMPLE);
            assertThat(all.blue()).as("after the switch: %s", all).isZero();
            assertThat(all.green()).isEqualTo(SAMPLE);
            assertThat(router.verify(TrafficSplit.allOn(Color.GREEN))).isEqualTo(TrafficSplit.allOn(Color.GREEN));
        }
    }

    @Test
    void shouldDrainOrMaintainTheColourAtZeroAndReadItBackOverTcp() throws Exception {
        try (HaproxyServer haproxy = HaproxyServer.start(dir, blue, green)) {
            TrafficRouter unix = haproxy.settings().build().createRouter();
            unix.apply(TrafficSplit.allOn(Color.GREEN));
            HaproxyRuntimeApi api = new HaproxyRuntimeApi(haproxy.socket().toString(), java.time.Duration.ofSeconds(2));
            assertThat(HaproxyServerState.parse(api.execute("show servers state shop"))
                            .get("blue")
                            .adminState())
                    .isEqualTo(HaproxyServerState.FORCED_DRAIN);

            TrafficRouter tcp = haproxy.settings()
                    .socket("127.0.0.1:" + haproxy.apiPort())
                    .zeroWeightState(HaproxyZeroState.MAINT)
                    .build()
                    .createRouter();
            assertThat(tcp.read()).isEqualTo(TrafficSplit.allOn(Color.GREEN));
            tcp.apply(TrafficSplit.allOn(Color.BLUE));
            assertThat(HaproxyServerState.parse(api.execute("show servers state shop"))
                            .get("green")
                            .adminState())
                    .isEqualTo(HaproxyServerState.FORCED_MAINT);
            assertThat(unix.read()).isEqualTo(TrafficSplit.allOn(Color.BLUE));
            assertThat(TrafficSample.take(haproxy.port(), 100).green()).isZero();
        }
    }

    @Test
    void shouldSayNothingChangedWhenTheSocketIsUnreachable() throws Exception {
        try (HaproxyServer haproxy = HaproxyServer.start(dir, blue, green)) {
            TrafficRouter router = haproxy.settings()
                    .socket(dir.resolve("missing.sock").toString())
                    .build()
                    .createRouter();

            assertThatThrownBy(() -> router.apply(TrafficSplit.allOn(Color.GREEN)))
                    .isInstanceOfSatisfying(RouterException.class, exception -> assertThat(exception.getOutcome())
                            .isEqualTo(RouterException.Outcome.NOTHING_CHANGED))
                    .hasMessageContaining("Cannot reach the HAProxy Runtime API at " + dir.resolve("missing.sock"))
                    .hasMessageContaining("nothing was changed");
            assertThat(haproxy.settings().build().createRouter().read()).isEqualTo(TrafficSplit.allOn(Color.BLUE));
            assertThat(TrafficSample.take(haproxy.port(), 100).green()).isZero();
        }
    }

    @Test
    void shouldNameAMissingServerAndChangeNothing() throws Exception {
        try (HaproxyServer haproxy = HaproxyServer.start(dir, blue, green)) {
            TrafficRouter router =
                    haproxy.settings().greenServer("gren").build().createRouter();

            assertThatThrownBy(() -> router.apply(TrafficSplit.allOn(Color.GREEN)))
                    .hasMessageContaining("has no server 'gren' for green")
                    .hasMessageContaining("nothing was changed");
        }
    }

    @Test
    void shouldUndoWhenTheStateFileCannotBeWritten() throws Exception {
        try (HaproxyServer haproxy = HaproxyServer.start(dir, blue, green)) {
            TrafficRouter router = haproxy.settings()
                    .stateFile(dir.resolve("no-such-dir").resolve("state"))
                    .build()
                    .createRouter();

            assertThatThrownBy(() -> router.apply(TrafficSplit.of(50, 50)))
                    .isInstanceOfSatisfying(RouterException.class, exception -> assertThat(exception.getOutcome())
                            .isEqualTo(RouterException.Outcome.RESTORED))
                    .hasMessageContaining("Cannot save the server state file")
                    .hasMessageContaining("HAProxy serves blue 100% / green 0% again (verified)");
            assertThat(TrafficSample.take(haproxy.port(), 100).green()).isZero();
        }
    }

    @Test
    void shouldKeepTheSplitAcrossARestartThroughTheStateFile() throws Exception {
        TrafficSplit split = TrafficSplit.of(30, 70);
        Path state;
        try (HaproxyServer haproxy = HaproxyServer.start(dir, blue, green)) {
            state = haproxy.stateFile();
            haproxy.settings().stateFile(state).build().createRouter().apply(split);
            assertThat(Files.readString(state)).contains("shop").contains(" 70 ");
        }
        try (HaproxyServer restarted = HaproxyServer.restart(dir, blue, green)) {
            assertThat(restarted.settings().build().createRouter().read()).isEqualTo(split);
        }
    }
}
