package io.jenkins.plugins.deploymentsop.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NginxManagedFileTest {
    @TempDir
    Path dir;

    private NginxManagedFile file(final Path path) {
        NginxSettings settings = NginxSettings.builder()
                .mode(NginxMode.DYNAMIC)
                .file(path)
                .upstream("shop")
                .statusUrl("http://127.0.0.1:8080/__deploymentsop/split")
                .build();
        return new NginxManagedFile(settings, new NginxStatus(settings));
    }

    @Test
    void shouldReadAndReplaceTheFileAndRefuseToChangeAMissingOne() throws RouterException {
        NginxManagedFile file = file(dir.resolve("state.json"));

        assertThat(file.read()).isEmpty();
        assertThatThrownBy(() -> file.existing("create it first"))
                .isInstanceOf(RouterException.class)
                .hasMessage("create it first; nothing was changed");
        file.write("{\"blue\": 100}");
        assertThat(file.existing("create it first")).isEqualTo("{\"blue\": 100}");
    }

    @Test
    void shouldSayNothingChangedWhenTheFileCannotBeWritten() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain"), "x");
        NginxManagedFile file = file(notAFolder.resolve("state.json"));

        assertThatThrownBy(() -> file.write("{}"))
                .isInstanceOf(RouterException.class)
                .hasMessageStartingWith("Cannot write " + notAFolder.resolve("state.json") + ": ")
                .satisfies(exception -> assertThat(((RouterException) exception).getOutcome())
                        .isEqualTo(RouterException.Outcome.NOTHING_CHANGED));
    }

    @Test
    void shouldSayWhetherNginxServesThePreviousSplitAgain() {
        Path path = dir.resolve("state.json");
        NginxManagedFile file = file(path);
        TrafficSplit previous = TrafficSplit.of(90, 10);

        RouterException restored =
                file.afterRestore("reload failed", previous, "restored and reloaded", Optional.empty());
        RouterException unknown = file.afterRestore("reload failed", previous, "restored", Optional.of("timeout"));

        assertThat(restored.getOutcome()).isEqualTo(RouterException.Outcome.RESTORED);
        assertThat(restored)
                .hasMessage("reload failed; the previous " + path + " was restored and reloaded, nginx serves"
                        + " blue 90% / green 10% again (verified)");
        assertThat(unknown.getOutcome()).isEqualTo(RouterException.Outcome.UNKNOWN);
        assertThat(unknown)
                .hasMessage("reload failed; restoring the previous split blue 90% / green 10% failed too (timeout):"
                        + " the split nginx serves is UNKNOWN, check " + path
                        + " and http://127.0.0.1:8080/__deploymentsop/split");
    }

    @Test
    void shouldAcceptOnlyTheExpectedSplit() throws RouterException {
        TrafficSplit split = TrafficSplit.of(75, 25);

        assertThat(NginxStatus.expect(split, TrafficSplit.of(75, 25))).isEqualTo(split);
        assertThatThrownBy(() -> NginxStatus.expect(split, TrafficSplit.of(50, 50)))
                .hasMessage("nginx serves blue 75% / green 25%, expected blue 50% / green 50%; nothing was changed");
    }
}
