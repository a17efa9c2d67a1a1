package io.jenkins.plugins.deploymentsop.checklist.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.value.Percentage;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemFieldsTest {
    @Test
    void shouldReadTypedValuesFromPipelineMaps() {
        ItemFields fields = fields(Map.of(
                "minimum",
                80,
                "rate",
                99.5,
                "exact",
                new BigDecimal("0.05"),
                "timeout",
                "5m",
                "patterns",
                List.of("a.xml", "b.xml"),
                "flag",
                true,
                "nested",
                Map.of("users", List.of("alice"))));

        assertThat(fields.percentage("minimum")).contains(Percentage.of(80));
        assertThat(fields.percentage("rate")).contains(Percentage.of(99.5));
        assertThat(fields.number("exact")).contains(0.05);
        assertThat(fields.timeSpan("timeout")).contains(TimeSpan.ofMinutes(5));
        assertThat(fields.strings("patterns")).containsExactly("a.xml", "b.xml");
        assertThat(fields.bool("flag")).contains(true);
        assertThat(fields.map("nested").orElseThrow().strings("users")).containsExactly("alice");
        assertThat(fields.optionalString("absent")).isEmpty();
        fields.rejectUnknown();
    }

    @Test
    void shouldNameTheFieldPathAndLocationInErrors() {
        ItemFields fields = fields(Map.of("nested", Map.of("count", "many"), "list", List.of(1), "typo", 1));

        assertThatThrownBy(() -> fields.map("nested").orElseThrow().integer("count", 0, 9))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Pipeline items[0].nested.count: item 'x': Invalid value for 'nested.count': 'many'"
                        + " (allowed: a whole number from 0 to 9)");
        assertThatThrownBy(() -> fields.optionalString("list"))
                .hasMessageContaining("Invalid value for 'list': 'a list' (allowed: a single value)");
        assertThatThrownBy(() -> fields.string("url", "an http URL"))
                .hasMessage("Pipeline items[0]: item 'x': missing field 'url': an http URL");
        assertThatThrownBy(fields::rejectUnknown)
                .hasMessageContaining("unknown field 'typo' (known fields: nested, list, url)");
        assertThatThrownBy(() -> fields.bool("typo")).hasMessageContaining("(allowed: true or false)");
    }

    private static ItemFields fields(final Map<String, ?> values) {
        ConfigMap map = (ConfigMap) ConfigValue.fromJava(values, SourceLocation.of("Pipeline items[0]"));
        return new ItemFields(map, "x");
    }
}
