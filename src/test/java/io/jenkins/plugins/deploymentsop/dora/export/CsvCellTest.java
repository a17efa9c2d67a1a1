package io.jenkins.plugins.deploymentsop.dora.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "shop|shop",
                "a,b|`\"a,b\"`",
                "say \"hi\"|`\"say \"\"hi\"\"\"`",
                "=1+1|'=1+1",
                "+41 123|'+41 123",
                "-2|'-2",
                "@SUM(A1:A9)|'@SUM(A1:A9)",
                "`=HYPERLINK(\"http://evil\",\"x\")`|`\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"`",
                "`  padded`|`\"  padded\"`",
                "12.5|12.5"
            })
    void shouldQuoteAndNeutraliseFormulas(final String value, final String expected) {
        assertThat(CsvCell.of(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"line\nbreak", "carriage\rreturn"})
    void shouldQuoteLineBreaks(final String value) {
        assertThat(CsvCell.of(value)).startsWith("\"").endsWith("\"").contains(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\ttab", "\rreturn"})
    void shouldNeutraliseLeadingControlCharacters(final String value) {
        String cell = CsvCell.of(value);

        assertThat(cell.startsWith("\"") ? cell.substring(1) : cell).startsWith("'" + value.charAt(0));
    }
}
