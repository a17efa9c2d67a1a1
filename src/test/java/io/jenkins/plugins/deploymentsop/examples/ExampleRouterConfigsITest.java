package io.jenkins.plugins.deploymentsop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.steps.BlueGreenDeployStep;
import io.jenkins.plugins.deploymentsop.steps.ColorTargets;
import io.jenkins.plugins.deploymentsop.steps.HaproxyRouterConfiguration;
import io.jenkins.plugins.deploymentsop.steps.NginxRouterConfiguration;
import io.jenkins.plugins.deploymentsop.steps.canary.CanaryPromoteStep;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.traffic.NginxDynamicScript;
import io.jenkins.plugins.deploymentsop.traffic.TrafficRouter;
import io.jenkins.plugins.deploymentsop.traffic.TrafficSplit;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.ColorApp;
import io.jenkins.plugins.deploymentsop.traffic.fixtures.ServerProcess;
import io.jenkins.plugins.deploymentsop.util.CommandResult;
import io.jenkins.plugins.deploymentsop.util.LocalCommandRunner;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The router configurations of {@code examples/routers/} are what the example Jenkinsfiles need: Debian's nginx and
 * HAProxy accept them ({@code nginx -t}, {@code haproxy -c}), and, started on loopback in front of two small apps,
 * they let the very router the Jenkinsfile configures read the split, switch all traffic to green and back, and
 * verify it. Only ports, paths and the apps' addresses are replaced. Fails (never skips) without the Debian packages
 * {@code nginx}, {@code libnginx-mod-http-js} and {@code haproxy}.
 */
class ExampleRouterConfigsITest {
    private static final String NGINX = "/usr/sbin/nginx";
    private static final String NJS_MODULE = "/usr/lib/nginx/modules/ngx_http_js_module.so";
    private static final String HAPROXY = "/usr/sbin/haproxy";
    private static final Path NGINX_CONF = ExampleJenkinsfilesTest.EXAMPLES.resolve("routers/nginx/shop.conf");
    private static final Path NGINX_STATE =
            ExampleJenkinsfilesTest.EXAMPLES.resolve("routers/nginx/deploymentsop/shop.json");
    private static final Path HAPROXY_CFG = ExampleJenkinsfilesTest.EXAMPLES.resolve("routers/haproxy/haproxy.cfg");
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @BeforeAll
    static void requireServers() {
        for (String binary : List.of(NGINX, NJS_MODULE, HAPROXY)) {
            assertThat(Path.of(binary))
                    .as("%s is missing: install the Debian packages nginx, libnginx-mod-http-js and haproxy", binary)
                    .exists();
        }
    }

    @Test
    void shouldPassNginxConfigurationTest() throws Exception {
        Path conf = writeNginx(ServerProcess.freePort(), ServerProcess.freePort(), "10.0.0.1:8080", "10.0.0.2:8080");

        CommandResult result = run(List.of(NGINX, "-t", "-p", dir.toString(), "-c", conf.toString()));

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("syntax is ok").contains("test is successful");
    }

    @Test
    void shouldPassHaproxyConfigurationCheck() throws Exception {
        Path cfg = dir.resolve("haproxy.cfg");
        Files.writeString(cfg, haproxyCopy(ServerProcess.freePort()).apply(HAPROXY_CFG.toString(), read(HAPROXY_CFG)));

        CommandResult result = run(List.of(HAPROXY, "-c", "-f", cfg.toString()));

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("Configuration file is valid");
    }

    @Test
    void shouldSwitchTheHotfixRouterThroughTheExampleNginx() throws Exception {
        int port = ServerProcess.freePort();
        int statusPort = ServerProcess.freePort();
        try (ColorApp blue = ColorApp.start(Color.BLUE);
                ColorApp green = ColorApp.start(Color.GREEN)) {
            Path conf = writeNginx(port, statusPort, blue.address(), green.address());
            ConfigCopy copy = nginxCopy(port, statusPort, blue.address(), green.address());
            NginxRouterConfiguration example = (NginxRouterConfiguration)
                    jenkinsfileStep("hotfix/Jenkinsfile.declarative", BlueGreenDeployStep.class)
                            .getRouter();
            NginxRouterConfiguration router = new NginxRouterConfiguration(
                    copy.applyToValue("the Jenkinsfile's nginx file", example.getFile()),
                    example.getUpstream(),
                    copy.applyToValue("the Jenkinsfile's nginx statusUrl", example.getStatusUrl()));
            router.setMode(example.getMode());
            try (ServerProcess nginx = ServerProcess.start(
                    "nginx",
                    List.of(NGINX, "-p", dir.toString(), "-c", conf.toString(), "-g", "daemon off;"),
                    dir.resolve("nginx.log"),
                    port)) {
                assertSwitches(
                        router.createRouter(new ColorTargets(blue.url(), green.url()), new LocalCommandRunner(dir)),
                        port);
            }
        }
    }

    @Test
    void shouldSwitchTheStandardRouterThroughTheExampleHaproxy() throws Exception {
        int port = ServerProcess.freePort();
        try (ColorApp blue = ColorApp.start(Color.BLUE);
                ColorApp green = ColorApp.start(Color.GREEN)) {
            ConfigCopy copy = haproxyCopy(port)
                    .replace("10.0.0.1:8080", blue.address())
                    .replace("10.0.0.2:8080", green.address());
            Path cfg = dir.resolve("haproxy.cfg");
            // the lines that need root and the system's directories, syslog and daemon mode stay out of the test
            Files.writeString(
                    cfg,
                    ConfigCopy.withoutLines(
                            HAPROXY_CFG.toString(),
                            copy.apply(HAPROXY_CFG.toString(), read(HAPROXY_CFG)),
                            List.of("log /dev/log", "chroot ", "user ", "group ", "daemon")));
            HaproxyRouterConfiguration example = (HaproxyRouterConfiguration)
                    jenkinsfileStep("standard-canary/Jenkinsfile.declarative", CanaryPromoteStep.class)
                            .getRouter();
            HaproxyRouterConfiguration router = new HaproxyRouterConfiguration(
                    copy.applyToValue("the Jenkinsfile's HAProxy socket", example.getSocket()), example.getBackend());
            router.setBlueServer(example.getBlueServer());
            router.setGreenServer(example.getGreenServer());
            router.setStateFile(copy.applyToValue("the Jenkinsfile's HAProxy stateFile", example.getStateFile()));
            try (ServerProcess haproxy = ServerProcess.start(
                    "haproxy", List.of(HAPROXY, "-db", "-f", cfg.toString()), dir.resolve("haproxy.log"), port)) {
                awaitFile(dir.resolve("admin.sock"));
                assertSwitches(
                        router.createRouter(new ColorTargets(blue.url(), green.url()), new LocalCommandRunner(dir)),
                        port);
                assertThat(Files.readString(dir.resolve("server-state")))
                        .as("the state HAProxy loads at its next start")
                        .contains("shop");
            }
        }
    }

    private void assertSwitches(final TrafficRouter router, final int port) throws Exception {
        assertThat(router.read()).isEqualTo(TrafficSplit.allOn(Color.BLUE));
        assertThat(answers(port)).containsExactly("blue");

        router.apply(TrafficSplit.allOn(Color.GREEN));
        assertThat(router.read()).isEqualTo(TrafficSplit.allOn(Color.GREEN));
        assertThat(answers(port)).containsExactly("green");

        router.apply(TrafficSplit.of(75, 25));
        router.verify(TrafficSplit.of(75, 25));
        router.apply(TrafficSplit.allOn(Color.BLUE));
        assertThat(answers(port)).containsExactly("blue");
    }

    /** The colours that answer 40 requests through the load balancer, each on a new connection. */
    private static Set<String> answers(final int port) throws IOException, InterruptedException {
        Set<String> colors = new TreeSet<>();
        for (int i = 0; i < 40; i++) {
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            colors.add(response.body().trim());
        }
        return colors;
    }

    private Path writeNginx(final int port, final int statusPort, final String blue, final String green)
            throws IOException {
        Path state = Files.createDirectories(dir.resolve("deploymentsop"));
        Files.writeString(state.resolve(NginxDynamicScript.FILE_NAME), NginxDynamicScript.text());
        Files.copy(NGINX_STATE, state.resolve("shop.json"));
        Files.writeString(
                dir.resolve("shop.conf"),
                nginxCopy(port, statusPort, blue, green).apply(NGINX_CONF.toString(), read(NGINX_CONF)));
        Files.createDirectories(dir.resolve("temp"));
        StringBuilder main = new StringBuilder()
                .append("load_module ")
                .append(NJS_MODULE)
                .append(";\n")
                .append("root".equals(System.getProperty("user.name")) ? "user root;\n" : "")
                .append("worker_processes 1;\n")
                .append("pid ")
                .append(dir.resolve("nginx.pid"))
                .append(";\n")
                .append("error_log ")
                .append(dir.resolve("error.log"))
                .append(" notice;\n")
                .append("events { worker_connections 64; }\n")
                .append("http {\n  access_log off;\n");
        for (String kind : List.of("client_body", "proxy", "fastcgi", "uwsgi", "scgi")) {
            main.append("  ")
                    .append(kind)
                    .append("_temp_path ")
                    .append(dir.resolve("temp").resolve(kind))
                    .append(";\n");
        }
        // as Debian's nginx.conf includes conf.d/*.conf inside http {}
        main.append("  include ").append(dir.resolve("shop.conf")).append(";\n}\n");
        Path conf = dir.resolve("nginx.conf");
        Files.writeString(conf, main.toString());
        return conf;
    }

    private ConfigCopy nginxCopy(final int port, final int statusPort, final String blue, final String green) {
        return new ConfigCopy()
                .replace("/etc/nginx/deploymentsop/", dir.resolve("deploymentsop") + "/")
                .replace("listen 80;", "listen 127.0.0.1:" + port + ";")
                .replace("127.0.0.1:8099", "127.0.0.1:" + statusPort)
                .replace("10.0.0.1:8080", blue)
                .replace("10.0.0.2:8080", green);
    }

    private ConfigCopy haproxyCopy(final int port) {
        return new ConfigCopy()
                .replace("/run/haproxy/admin.sock", dir.resolve("admin.sock").toString())
                .replace(
                        "/var/lib/haproxy/server-state",
                        dir.resolve("server-state").toString())
                .replace("bind :80", "bind 127.0.0.1:" + port);
    }

    private static <T> T jenkinsfileStep(final String jenkinsfile, final Class<T> type) throws Exception {
        ExampleJenkinsfilesTest.loadModel();
        CheckedJenkinsfile checked =
                ExampleJenkinsfilesTest.check(ExampleJenkinsfilesTest.EXAMPLES.resolve(jenkinsfile));
        assertThat(checked.findings()).isEmpty();
        List<T> steps = checked.instances(type);
        assertThat(steps).isNotEmpty();
        return steps.get(steps.size() - 1);
    }

    private CommandResult run(final List<String> command) throws IOException, InterruptedException {
        return new LocalCommandRunner(dir).run(command, Map.of(), COMMAND_TIMEOUT);
    }

    private static String read(final Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static void awaitFile(final Path file) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Files.exists(file) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(file).exists();
    }
}
