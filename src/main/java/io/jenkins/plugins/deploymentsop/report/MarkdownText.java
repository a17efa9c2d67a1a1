package io.jenkins.plugins.deploymentsop.report;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.regex.Pattern;

/**
 * Escapes text from a record for Markdown, so it stays literal text on every renderer: no HTML ({@code <} and
 * {@code &} become entities; without {@code <} there is no tag or autolink), no links, emphasis, code or table cells
 * ({@code \ ` * _ [ ] | ~} are backslash-escaped), and one line (line breaks become spaces). Values are never
 * written at the start of a line, so block syntax ({@code >}, {@code -}, {@code 1.}) needs no escape; headings
 * also escape {@code #}.
 */
final class MarkdownText {
    private static final Pattern PLAIN_TOKEN = Pattern.compile("[A-Za-z0-9:._@/+-]+");

    private MarkdownText() {}

    /**
     * Escapes text; null and blank become a dash.
     *
     * @param text the text
     * @return Markdown that renders as the text
     */
    static String escape(@CheckForNull final Object text) {
        String value = Texts.orNone(text);
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '\\':
                case '`':
                case '*':
                case '_':
                case '[':
                case ']':
                case '|':
                case '~':
                    out.append('\\').append(c);
                    break;
                case '\r':
                case '\n':
                    out.append(' ');
                    break;
                default:
                    out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return out.toString();
    }

    /**
     * Escapes text for a heading, where trailing {@code #} would otherwise be read as a closing sequence.
     *
     * @param text the text
     * @return Markdown that renders as the text
     */
    static String heading(@CheckForNull final Object text) {
        return escape(text).replace("#", "\\#");
    }

    /**
     * Writes an identifier (commit id, checksum) as a code span when it is a plain token, escaped text otherwise: inside
     * a code span no escape works, so only tokens that need none go there.
     *
     * @param text the identifier
     * @return the Markdown
     */
    static Markdown code(@CheckForNull final String text) {
        if (text != null && PLAIN_TOKEN.matcher(text).matches()) {
            return new Markdown("`" + text + "`");
        }
        return new Markdown(escape(text));
    }

    /**
     * Markdown that is already safe: made by this class or from constants.
     *
     * @param text the Markdown
     */
    record Markdown(String text) {
        @Override
        public String toString() {
            return text;
        }
    }
}
