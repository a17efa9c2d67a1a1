package io.jenkins.plugins.deploymentsop.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class SecureJsonTest {
    @Test
    void shouldRefuseDeepNesting() {
        String deep = "[".repeat(SecureJson.MAX_NESTING + 10) + "]".repeat(SecureJson.MAX_NESTING + 10);

        assertThatThrownBy(() -> SecureJson.json().readTree(deep)).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void shouldNotExpandYamlAliasBombs() throws JsonProcessingException {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char name = 'b'; name <= 'k'; name++) {
            char previous = (char) (name - 1);
            bomb.append(name).append(": &").append(name).append(" [");
            bomb.append(("*" + previous + ", ").repeat(9))
                    .append('*')
                    .append(previous)
                    .append("]\n");
        }

        // Jackson reports an alias as its anchor's name instead of expanding it: 10^10 nodes never exist
        JsonNode node = SecureJson.yaml().readTree(bomb.toString());

        assertThat(node.toString().length()).isLessThan(2 * bomb.length());
    }

    @Test
    void shouldRefuseDuplicateYamlKeysWithPosition() {
        assertThatThrownBy(() -> SecureJson.yaml().readTree("id: a\nid: b\n"))
                .isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("line: 2");
    }

    @Test
    void shouldReadOrdinaryDocuments() throws JsonProcessingException {
        JsonNode node = SecureJson.yaml().readTree("items:\n  - id: tests\n    minimum: 80\n");

        assertThat(node.at("/items/0/minimum").asInt()).isEqualTo(80);
        assertThat(SecureJson.json().readTree("{\"a\":[1,2]}").at("/a/1").asInt())
                .isEqualTo(2);
    }
}
