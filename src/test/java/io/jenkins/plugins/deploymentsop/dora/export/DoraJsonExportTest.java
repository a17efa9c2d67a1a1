package io.jenkins.plugins.deploymentsop.dora.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.deploymentsop.util.SecureJson;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class DoraJsonExportTest {
    @Test
    void shouldExportEveryScopeWindowAndWeekWithExplicitNoData() throws IOException {
        String text = DoraJsonExport.toJson(ExportFixture.report());

        JsonNode json = SecureJson.json().readTree(text);
        assertThat(json.path("format").asText()).isEqualTo("deployment-sop-dora");
        assertThat(json.path("version").asInt()).isEqualTo(1);
        assertThat(json.path("end").asText()).isEqualTo("2026-02-04T12:00:00Z");
        assertThat(json.path("windows").toString()).isEqualTo("[7,30,90,365]");
        assertThat(json.path("thresholds").path("leadTime").path("eliteSeconds").asDouble())
                .isEqualTo(86_400.0);
        assertThat(json.path("groups")).hasSize(2);
        JsonNode week = json.path("overall").path("windows").get(0);
        assertThat(week.path("days").asInt()).isEqualTo(7);
        assertThat(week.path("deployments").asInt()).isEqualTo(2);
        assertThat(week.path("changeFailureRate").path("percent").asDouble()).isEqualTo(50.0);
        assertThat(week.path("recoveryTime").path("medianSeconds").asDouble()).isEqualTo(1800.0);
        assertThat(week.path("leadTime").path("medianSeconds").asDouble()).isEqualTo(7200.0);
        JsonNode emptyWeek = json.path("overall").path("trend").get(0);
        assertThat(emptyWeek.path("week").asText()).isEqualTo("2026-W05");
        assertThat(emptyWeek.path("deploymentFrequency").path("status").asText())
                .isEqualTo("NO_DATA");
        assertThat(emptyWeek.path("deploymentFrequency").path("perDay").isNull())
                .isTrue();
        assertThat(emptyWeek.path("changeFailureRate").path("percent").isNull()).isTrue();
        assertThat(emptyWeek.path("leadTime").path("band").isNull()).isTrue();
    }

    @Test
    void shouldKeepHostileTextIntactButInertForHtml() throws IOException {
        String text = DoraJsonExport.toJson(ExportFixture.report());

        assertThat(text).doesNotContain("<script").doesNotContain("</script");
        JsonNode json = SecureJson.json().readTree(text);
        assertThat(json.path("services").get(0).asText()).isEqualTo(ExportFixture.HOSTILE);
        assertThat(json.path("groups").get(0).path("service").asText()).isEqualTo(ExportFixture.HOSTILE);
    }
}
