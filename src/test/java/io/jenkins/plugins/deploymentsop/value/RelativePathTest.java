package io.jenkins.plugins.deploymentsop.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RelativePathTest {
    @ParameterizedTest
    @CsvSource({"docs/report.md,docs/report.md", "./a//b/./c.json,a/b/c.json", "'a\\b.html',a/b.html"})
    void shouldNormalizeRelativePaths(final String text, final String expected) {
        assertThat(RelativePath.of("markdown", text)).hasToString(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/etc/passwd", "../secret", "a/../../b", "C:/Windows", "c:\\x", ".", "a/..", "x\0y"})
    void shouldRejectPathsThatLeaveTheWorkspace(final String text) {
        assertThatThrownBy(() -> RelativePath.of("markdown", text))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'markdown'")
                .hasMessageContaining("relative to the workspace");
    }

    @Test
    void shouldObeyEqualsContract() {
        EqualsVerifier.forClass(RelativePath.class).verify();
    }
}
