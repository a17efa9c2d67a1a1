package io.jenkins.plugins.deploymentsop.report.svg;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Escaping and number rendering for server-side markup (SVG and HTML): every text and attribute value goes through
 * {@link #escape(String)}, every coordinate through {@link #number(double)}.
 */
public final class Markup {
    private static final char REPLACEMENT = '\uFFFD';

    private Markup() {}

    /**
     * Escapes text for element content and quoted attribute values in XML and HTML: {@code & < > " '} become
     * references, characters XML 1.0 forbids (control characters, lone surrogates) become U+FFFD.
     *
     * @param text the raw text
     * @return the escaped text
     */
    public static String escape(final String text) {
        return escape(text, REPLACEMENT);
    }

    /**
     * Escapes text like {@link #escape(String)}, with a chosen stand-in for the characters XML 1.0 forbids.
     *
     * @param text the raw text
     * @param replacement what a forbidden character becomes, e.g. a space
     * @return the escaped text
     */
    public static String escape(final String text, final char replacement) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    escaped.append("&amp;");
                    break;
                case '<':
                    escaped.append("&lt;");
                    break;
                case '>':
                    escaped.append("&gt;");
                    break;
                case '"':
                    escaped.append("&quot;");
                    break;
                case '\'':
                    escaped.append("&#39;");
                    break;
                default:
                    if (Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        escaped.append(c).append(text.charAt(++i));
                    } else if (isAllowed(c)) {
                        escaped.append(c);
                    } else {
                        escaped.append(replacement);
                    }
            }
        }
        return escaped.toString();
    }

    private static boolean isAllowed(final char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        return c >= 0x20 && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF && (c < 0x7F || c > 0x9F);
    }

    /**
     * Renders a coordinate or value with at most two decimals, independent of the default locale.
     *
     * @param value a finite number
     * @return e.g. {@code 12.5}, {@code 0} or {@code -3}
     * @throws IllegalArgumentException for NaN or infinity
     */
    public static String number(final double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Cannot draw a non-finite number: " + value);
        }
        BigDecimal rounded =
                BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }
}
