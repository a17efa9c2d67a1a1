package io.jenkins.plugins.deploymentsop.dora.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.dora.DeploymentEvent;
import io.jenkins.plugins.deploymentsop.record.DeploymentType;
import io.jenkins.plugins.deploymentsop.record.Outcome;
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
                .version("1.4.0-<b>rc1</b>")
                .type(DeploymentType.HOTFIX)
                .outcome(Outcome.ROLLED_BACK)
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

    /** A line as the index wrote it while dora had enums of its own: the same constant names, so it still reads. */
    @Test
    void shouldReadLinesWrittenWithTheFormerDoraEnums() throws CorruptLineException {
        String line = "{\"id\":\"shop/deploy#7#shop@production\",\"job\":\"shop/deploy\",\"service\":\"shop\","
                + "\"env\":\"production\",\"prod\":true,\"type\":\"FEATURE_FLAG\",\"outcome\":\"ROLLED_BACK\","
                + "\"started\":1770206400000,\"finished\":1770207000000,\"commits\":[[\"abc1234\",1770202800000]],"
                + "\"detected\":1770206520000,\"restored\":1770206570000,\"incidents\":[\"INC-1\"]}";

        DeploymentEvent event = decode(line);

        assertThat(event.getType()).isEqualTo(DeploymentType.FEATURE_FLAG);
        assertThat(event.getOutcome()).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(event.getStartedAt()).isEqualTo(IndexEvents.NOW);
        assertThat(event.getServiceRestoredAt()).contains(IndexEvents.NOW.plusSeconds(170));
        assertThat(event.getVersion()).isEmpty();
        assertThat(new String(EventLines.encode(event), StandardCharsets.UTF_8)).isEqualTo(line + "\n");
    }

    @Test
    void shouldWriteTheVersionOnlyWhenTheRecordNamedOne() throws CorruptLineException {
        DeploymentEvent event = IndexEvents.builder("shop/deploy#8#shop@staging", Duration.ofHours(1))
                .version("1.4.0")
                .build();

        String line = new String(EventLines.encode(event), StandardCharsets.UTF_8);

        assertThat(line).contains("\"env\":\"production\",\"version\":\"1.4.0\",");
        assertThat(decode(line.strip()).getVersion()).isEqualTo("1.4.0");
        assertThatThrownBy(() -> decode(line.strip().replace("\"1.4.0\"", "140")))
                .isInstanceOf(CorruptLineException.class)
                .hasMessageContaining("'version' is not a string");
    }

    @Test
    void shouldWriteTypesAndOutcomesByTheirConstantNames() throws CorruptLineException {
        for (DeploymentType type : DeploymentType.values()) {
            for (Outcome outcome :
                    new Outcome[] {Outcome.SUCCEEDED, Outcome.FAILED, Outcome.ROLLED_BACK, Outcome.ABORTED}) {
                DeploymentEvent event = IndexEvents.builder("a", Duration.ofHours(1))
                        .type(type)
                        .outcome(outcome)
                        .build();
                String line = new String(EventLines.encode(event), StandardCharsets.UTF_8);

                assertThat(line).contains("\"type\":\"" + type.name() + "\",\"outcome\":\"" + outcome.name() + "\"");
                assertThat(decode(line.strip())).isEqualTo(event);
            }
        }
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
                "{\"id\":\"a\",\"job\":\"j\",\"service\":\"s\",\"env\":\"e\",\"outcome\":\"IN_PROGRESS\",\"started\":5,"
                        + "\"finished\":10}|'outcome'",
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
