package io.jenkins.plugins.deploymentsop.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RouterFilesTest {
    @TempDir
    Path dir;

    private NginxSettings.Builder nginx() {
        return NginxSettings.builder()
                .file(dir.resolve("shop.conf"))
                .upstream("shop-api")
                .blueServer("10.0.0.1:8080")
                .greenServer("10.0.0.2:8080")
                .statusUrl("http://127.0.0.1/__deploymentsop/split")
                .runner((command, environment, timeout) -> {
                    throw new AssertionError("no command expected");
                });
    }

    @Test
    void shouldRenderTheUpstreamIncludeWithDownForZeroAndTheStatusVariable() {
        String file = nginx().keepalive(8).build().renderFile(TrafficSplit.allOn(Color.BLUE));

        assertThat(file)
                .contains("upstream shop-api {")
                .contains("server 10.0.0.1:8080 weight=100;  # blue")
                .contains("server 10.0.0.2:8080 down;  # green")
                .contains("keepalive 8;")
                .contains("map $pid $deploymentsop_split_shop_api {")
                .containsPattern("default \"blue=100 green=0 revision=[0-9a-f]+\";");
        assertThat(NginxFiles.revision(file)).isPresent();
        assertThat(SplitText.parse(file.substring(file.indexOf("default")))).isEqualTo(TrafficSplit.allOn(Color.BLUE));
    }

    @Test
    void shouldRenderTheDynamicStateAsJson() {
        String state = nginx().mode(NginxMode.DYNAMIC).build().renderFile(TrafficSplit.of(87.5, 12.5));

        assertThat(SplitText.parse(state)).isEqualTo(TrafficSplit.of(87.5, 12.5));
        assertThat(NginxFiles.revision(state)).isPresent();
        assertThat(NginxDynamicScript.text()).contains("function color(r)").contains("export default");
    }

    @Test
    void shouldRejectBadNginxSettingsNamingTheParameter() {
        assertThatThrownBy(() -> nginx().upstream("shop api").build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'upstream'");
        assertThatThrownBy(
                        () -> nginx().blueServer("10.0.0.1:8080; server evil").build())
                .hasMessageContaining("'blueServer'");
        assertThatThrownBy(() -> nginx().statusUrl("https://user:pw@host/split").build())
                .hasMessageContaining("'statusUrl'");
        assertThatThrownBy(() -> nginx().reloadCommand(List.of()).build()).hasMessageContaining("'reloadCommand'");
        assertThatThrownBy(() -> NginxMode.parse("restart")).hasMessageContaining("reload or dynamic");
    }

    @Test
    void shouldReplaceFilesAtomicallyAndRestoreThem() throws Exception {
        Path file = dir.resolve("state.json");
        AtomicFiles.write(file, "one");
        AtomicFiles.write(file, "two");
        assertThat(Files.readString(file)).isEqualTo("two");
        AtomicFiles.restore(file, Optional.of("one"));
        assertThat(AtomicFiles.read(file)).contains("one");
        AtomicFiles.restore(file, Optional.empty());
        assertThat(AtomicFiles.read(file)).isEmpty();
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void shouldParseHaproxyServerStates() {
        String answer = "1\n# be_id be_name srv_id srv_name srv_addr srv_op_state srv_admin_state srv_uweight"
                + " srv_iweight srv_time_since_last_change\n"
                + "3 shop 1 blue 127.0.0.1 2 8 90 100 0\n"
                + "3 shop 2 green 127.0.0.1 0 0 10 0 1\n\n";
        Map<String, HaproxyServerState> servers = HaproxyServerState.parse(answer);

        assertThat(servers.get("blue").effectiveWeight()).isZero();
        assertThat(servers.get("blue").restoreCommands("shop"))
                .containsExactly("set server shop/blue state drain", "set server shop/blue weight 90");
        assertThat(servers.get("green").isDown()).isTrue();
        assertThat(servers.get("green").restoreCommands("shop"))
                .containsExactly("set server shop/green weight 10", "set server shop/green state ready");
        assertThatThrownBy(() -> HaproxyServerState.parse("Can't find backend.\n"))
                .hasMessageContaining("Can't find backend.");
    }

    @Test
    void shouldRejectBadHaproxySettingsNamingTheParameter() {
        assertThatThrownBy(() ->
                        HaproxySettings.builder().socket("").backend("shop").build())
                .hasMessageContaining("'socket'");
        assertThatThrownBy(() -> HaproxySettings.builder()
                        .socket("/run/haproxy.sock")
                        .backend("shop one")
                        .build())
                .hasMessageContaining("'backend'");
        assertThatThrownBy(() -> HaproxySettings.builder()
                        .socket("127.0.0.1:9999")
                        .backend("shop")
                        .blueServer("web")
                        .greenServer("web")
                        .build())
                .hasMessageContaining("'greenServer'");
        assertThatThrownBy(() -> HaproxyZeroState.parse("off")).hasMessageContaining("drain or maint");
    }
}
