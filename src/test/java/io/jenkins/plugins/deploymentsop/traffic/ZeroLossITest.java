package io.jenkins.plugins.deploymentsop.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.traffic.fixtures.ColorApp;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.HaproxyServer;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.KeepAliveLoad;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.NginxServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Switches traffic to green and back several times under a steady load from keep-alive connections and counts every
 * failed request, resets included. HAProxy and nginx in dynamic mode must lose nothing; the test reports what the
 * nginx reload mode loses (docs/routers.md quotes these numbers).
 */
class ZeroLossITest {
    private static final int CONNECTIONS = 8;
    private static final int CYCLES = 5;
    private static final long PAUSE_MICROS = 300;
    private static final long MAX_REQUESTS = 500_000;
    private static final int REQUESTS_BETWEEN_SWITCHES = 400;

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
    void shouldLoseNoRequestWhenHaproxySwitchesAndSwitchesBack() throws Exception {
        try (HaproxyServer haproxy = HaproxyServer.start(dir, blue, green)) {
            KeepAliveLoad load = switchUnderLoad(haproxy.settings().build().createRouter(), haproxy.port());

            assertThat(load.failures()).as("HAProxy: %s", load).isZero();
        }
    }

    @Test
    void shouldLoseNoRequestWhenNginxSwitchesInDynamicMode() throws Exception {
        try (NginxServer nginx = NginxServer.start(dir, NginxMode.DYNAMIC, blue, green)) {
            KeepAliveLoad load = switchUnderLoad(nginx.settings().build().createRouter(), nginx.port());

            assertThat(load.failures()).as("nginx dynamic mode: %s", load).isZero();
        }
    }

    @Test
    void shouldReportWhatTheNginxReloadModeLoses() throws Exception {
        try (NginxServer nginx = NginxServer.start(dir, NginxMode.RELOAD, blue, green)) {
            KeepAliveLoad load = switchUnderLoad(nginx.settings().build().createRouter(), nginx.port());

            System.out.printf(
                    "nginx reload mode, %d switches under %d keep-alive connections: %s%n",
                    2 * CYCLES, CONNECTIONS, load);
            // not zero by nature (a reload closes idle keep-alive connections): bounded, and every switch verified
            assertThat(load.failures()).as("nginx reload mode: %s", load).isLessThan(load.answered() / 20);
        }
    }

    private KeepAliveLoad switchUnderLoad(final TrafficRouter router, final int port) throws Exception {
        KeepAliveLoad load = KeepAliveLoad.start(port, CONNECTIONS, MAX_REQUESTS, PAUSE_MICROS);
        try (load) {
            load.awaitProgress(REQUESTS_BETWEEN_SWITCHES);
            for (int cycle = 0; cycle < CYCLES; cycle++) {
                assertThat(router.apply(TrafficSplit.allOn(Color.GREEN))).isEqualTo(TrafficSplit.allOn(Color.GREEN));
                load.awaitProgress(REQUESTS_BETWEEN_SWITCHES);
                assertThat(router.apply(TrafficSplit.allOn(Color.BLUE))).isEqualTo(TrafficSplit.allOn(Color.BLUE));
                load.awaitProgress(REQUESTS_BETWEEN_SWITCHES);
            }
        }
        assertThat(load.answered(Color.GREEN))
                .as("green answered during the switches: %s", load)
                .isPositive();
        assertThat(load.answered(Color.BLUE)).isPositive();
        return load;
    }
}
