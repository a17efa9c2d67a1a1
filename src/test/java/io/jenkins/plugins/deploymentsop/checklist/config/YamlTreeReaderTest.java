package io.jenkins.plugins.deploymentsop.checklist.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class YamlTreeReaderTest {
    private static final String FILE = "deploy/checklist.yaml";

    @Test
    void shouldKeepLineAndColumnOfKeysAndValues() {
        ConfigMap root = (ConfigMap) YamlTreeReader.read("version: 1\nitems:\n  - id: tests\n    minimum: 80\n", FILE);

        ConfigList items = (ConfigList) root.get("items").orElseThrow();
        ConfigMap item = (ConfigMap) items.elements().get(0);
        assertThat(item.location()).isEqualTo(new SourceLocation(FILE, 3, 5));
        assertThat(item.entries().get("minimum").keyLocation()).isEqualTo(new SourceLocation(FILE, 4, 5));
        assertThat(item.get("minimum").orElseThrow().location()).isEqualTo(new SourceLocation(FILE, 4, 14));
        assertThat(item.get("minimum").orElseThrow().location()).hasToString(FILE + " line 4, column 14");
    }

    @Test
    void shouldKeepScalarsVerbatim() {
        ConfigMap root = (ConfigMap) YamlTreeReader.read(
                "version: 1.10\nhours: 09:00-17:00\nafter: 15:00\nday: 2026-05-01\nflag: off\non: true\nnothing:\n",
                FILE);

        assertThat(scalar(root, "version"))
                .isEqualTo(new ConfigScalar(ConfigScalar.Kind.NUMBER, "1.10", new SourceLocation(FILE, 1, 10)));
        assertThat(scalar(root, "hours").text()).isEqualTo("09:00-17:00");
        assertThat(scalar(root, "after").text()).isEqualTo("15:00");
        assertThat(scalar(root, "day").text()).isEqualTo("2026-05-01");
        assertThat(scalar(root, "flag").text()).isEqualTo("off");
        assertThat(scalar(root, "on").kind()).isEqualTo(ConfigScalar.Kind.BOOLEAN);
        assertThat(scalar(root, "nothing").isNull()).isTrue();
    }

    @Test
    void shouldReportMalformedYamlWithLineAndColumn() {
        assertThatThrownBy(() -> YamlTreeReader.read("version: 1\nitems:\n  - id: [tests\n  - id: x\n", FILE))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(FILE + " line ")
                .hasMessageContaining("malformed YAML");
        assertThatThrownBy(() -> YamlTreeReader.read("items:\n\t- id: x\n", FILE))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(FILE + " line 2, column 1")
                .hasMessageContaining("malformed YAML");
    }

    @Test
    void shouldRefuseDuplicateKeysAliasesSecondDocumentsAndEmptyFiles() {
        assertThatThrownBy(() -> YamlTreeReader.read("id: a\ntype: tests\nid: b\n", FILE))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("Duplicate field 'id'");
        assertThatThrownBy(() -> YamlTreeReader.read("a: &x [1, 2]\nb: *x\n", FILE))
                .hasMessageContaining("line 2")
                .hasMessageContaining("aliases");
        assertThatThrownBy(() -> YamlTreeReader.read("a: 1\n---\nb: 2\n", FILE))
                .hasMessageContaining("only one YAML document");
        assertThatThrownBy(() -> YamlTreeReader.read("", FILE)).hasMessageContaining("empty");
        assertThatThrownBy(() -> YamlTreeReader.read("# only a comment\n", FILE))
                .hasMessageContaining("empty");
    }

    private static ConfigScalar scalar(final ConfigMap map, final String key) {
        return (ConfigScalar) map.get(key).orElseThrow();
    }
}
