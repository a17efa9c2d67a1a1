package io.jenkins.plugins.deploymentsop.dora.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.dora.DoraReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DoraCsvExportTest {
    /** A minimal RFC 4180 reader, to check the output parses back into rows of equal width. */
    private static List<List<String>> parse(final String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }

    @Test
    void shouldWriteOneRowPerScopeAndWindowWithNeutralisedCells() {
        DoraReport report = ExportFixture.report();

        List<List<String>> rows = parse(DoraCsvExport.windows(report));

        assertThat(rows).hasSize(1 + 3 * 4);
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(rows.get(0).size()));
        assertThat(rows.get(0)).startsWith("scope", "service", "environment", "period");
        List<String> hostileWeek = rows.stream()
                .filter(row -> row.get(1).contains("HYPERLINK") && row.get(3).equals("7d"))
                .findFirst()
                .orElseThrow();
        assertThat(hostileWeek.get(1)).isEqualTo("'" + ExportFixture.HOSTILE);
        assertThat(hostileWeek.get(2)).isEqualTo("prod, \"eu\"");
        int rate = rows.get(0).indexOf("change_failure_rate_percent");
        assertThat(hostileWeek.get(rate)).isEqualTo("100");
        assertThat(hostileWeek.get(rows.get(0).indexOf("incidents"))).isEqualTo("'@INC-1");
        assertThat(hostileWeek.get(rows.get(0).indexOf("recovery_median_seconds")))
                .isEqualTo("1800");
        assertThat(hostileWeek.get(rows.get(0).indexOf("lead_time_band"))).isEqualTo(DoraCsvExport.NO_DATA);
        assertThat(hostileWeek.get(rows.get(0).indexOf("lead_time_median_seconds")))
                .isEmpty();
        assertThat(rows).noneSatisfy(row -> assertThat(row)
                .anySatisfy(cell -> assertThat(cell).matches("^[=+\\-@].*")));
    }

    @Test
    void shouldWriteTrendRowsWithIsoWeeks() {
        List<List<String>> rows = parse(DoraCsvExport.trend(ExportFixture.report()));

        assertThat(rows).hasSize(1 + 3 * 2);
        assertThat(rows.subList(1, 3)).extracting(row -> row.get(3)).containsExactly("2026-W05", "2026-W06");
        assertThat(rows.get(1).get(rows.get(0).indexOf("frequency_band"))).isEqualTo(DoraCsvExport.NO_DATA);
        assertThat(rows.get(1).get(rows.get(0).indexOf("deployments_per_day"))).isEmpty();
        assertThat(rows.get(2).get(rows.get(0).indexOf("deployments"))).isEqualTo("2");
    }
}
