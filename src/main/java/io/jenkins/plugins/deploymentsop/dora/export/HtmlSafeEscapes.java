package io.jenkins.plugins.deploymentsop.dora.export;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;

/**
 * JSON escapes that also turn {@code < > & '} and the JavaScript line separators into {@code \\uXXXX}: the export
 * stays inert even if a browser or a page embeds it as HTML.
 */
final class HtmlSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final int[] ESCAPES = createEscapes();

    private static int[] createEscapes() {
        int[] escapes = CharacterEscapes.standardAsciiEscapesForJSON();
        for (char c : new char[] {'<', '>', '&', '\''}) {
            escapes[c] = CharacterEscapes.ESCAPE_STANDARD;
        }
        return escapes;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ESCAPES.clone();
    }

    @Override
    public SerializableString getEscapeSequence(final int ch) {
        return null;
    }
}
