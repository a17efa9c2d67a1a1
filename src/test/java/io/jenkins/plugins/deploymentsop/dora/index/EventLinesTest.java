package io.jenkins.plugins.deploymentsop.dora.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.dora.DeploymentEvent;
import io.jenkins.plugins.deploymentsop.dora.DeploymentOutcome;
import io.jenkins.plugins.deploymentsop.dora.DeploymentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventLinesTest {
    private static DeploymentEvent decode(final String line) throws CorruptLineException {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        return EventLines.decode(bytes, 0, bytes.length);
    }

    @Test
    void shouldRoundTripEveryFieldIncludingHostileText() throws CorruptLineException {
        DeploymentEvent event = IndexEvents.builder("job \"x\"\n#1#0", Duration.ofHours(2))
                .service("<script>alert('x')</script>")
                .environment("prod\u00e9\u2028")
                .type(DeploymentType.HOTFIX)
                .outcome(DeploymentOutcome.ROLLED_BACK)
                .failureDetectedAt(IndexEvents.NOW.minusSeconds(7000))
                .serviceRestoredAt(IndexEvents.NOW.minusSeconds(6000))
                .incident("INC-1")
                .incident("=HYPERLINK(\"x\")")
                .build();

        byte[] line = EventLines.encode(event);

        assertThat(line[line.length - 1]).isEqualTo((byte) '\n');
        assertThat(new String(line, StandardCharsets.UTF_8).chars().filter(c -> c == '\n'))
                .hasSize(1);
        assertThat(EventLines.decode(line, 0, line.length - 1)).isEqualTo(event);
    }

    @Test
    void shouldIgnoreUnknownFields() throws CorruptLineException {
        String line = new String(EventLines.encode(IndexEvents.event("a", Duration.ofHours(1))), StandardCharsets.UTF_8)
                .strip();
        String extended = line.substring(0, line.length() - 1) + ",\"future\":{\"nested\":[1,2]}}";

        assertThat(decode(extended).getDeploymentId()).isEqualTo("a");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "garbage|not valid JSON",
                "[1,2]|expected an object",
                "{\"id\":\"a\"}|'job'",
                "{\"id\":1}|'id' is not a string",
                "{\"id\":\"a\",\"outcome\":\"EXPLODED\"}|unknown outcome 'EXPLODED'",
                "{\"id\":\"a\",\"started\":\"yesterday\"}|'started' is not a number",
                "{\"id\":\"a\",\"prod\":\"yes\"}|'prod' is not a boolean",
                "{\"id\":\"a\",\"commits\":[[\"c\",\"x\"]]}|'commits[].time'",
                "{\"id\":\"a\"} {}|text after the end",
                "{\"id\":\"a\",\"job\":\"j\",\"service\":\"s\",\"env\":\"e\",\"started\":10,\"finished\":5}|'finishedAt'"
            })
    void shouldExplainWhyALineIsCorrupt(final String line, final String reason) {
        assertThatThrownBy(() -> decode(line))
                .isInstanceOf(CorruptLineException.class)
                .hasMessageContaining(reason);
    }
}
