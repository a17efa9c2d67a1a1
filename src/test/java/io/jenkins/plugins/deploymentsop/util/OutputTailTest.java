package io.jenkins.plugins.deploymentsop.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputTailTest {
    @Test
    void shouldKeepOnlyTheLastBytes() {
        OutputTail tail = new OutputTail(4);

        tail.write("ab".getBytes(StandardCharsets.UTF_8), 0, 2);
        assertThat(tail.text()).isEqualTo("ab");
        for (char c : "cdefghijk".toCharArray()) {
            tail.write(c);
        }
        assertThat(tail.text()).isEqualTo("hijk");
        byte[] chunk = "0123456789".getBytes(StandardCharsets.UTF_8);
        tail.write(chunk, 2, 7);
        assertThat(tail.text()).isEqualTo("5678");
        assertThatThrownBy(() -> new OutputTail(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRunASingleElementThroughTheShell() {
        assertThat(CommandRunner.argv(List.of("echo $COLOR"))).containsExactly("sh", "-c", "echo $COLOR");
        assertThat(CommandRunner.argv(List.of("nginx", "-t"))).containsExactly("nginx", "-t");
        assertThatThrownBy(() -> CommandRunner.argv(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A command needs at least one element");
    }
}
