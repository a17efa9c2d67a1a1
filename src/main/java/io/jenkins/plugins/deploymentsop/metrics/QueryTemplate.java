package io.jenkins.plugins.deploymentsop.metrics;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A query or URL with placeholders such as {@code {{version}}}, checked once when it is created and filled for
 * each side of a deployment.
 *
 * <p>Syntax: {@code {{name}}} (spaces inside the braces are allowed) where name is one of {@code service},
 * {@code version}, {@code color}, {@code environment}; {@code {{} always starts a placeholder. In PromQL a placeholder
 * must stand inside a double- or single-quoted string literal, e.g. {@code http_requests_total{version="{{version}}"}},
 * and its value is escaped for that literal, so a value can never end the string and change the query. Values are
 * escaped for the literal, not for regular expressions: with {@code =~} a dot in a version matches any character. In
 * URLs a value is percent-encoded.
 */
public final class QueryTemplate implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final String OPEN = "{{";
    private static final String CLOSE = "}}";

    private final String text;
    private final Escaping escaping;
    private final ArrayList<Part> parts;

    private QueryTemplate(final String text, final Escaping escaping, final List<Part> parts) {
        this.text = text;
        this.escaping = escaping;
        this.parts = new ArrayList<>(parts);
    }

    /**
     * Parses a PromQL query whose placeholders stand inside string literals.
     *
     * @param parameter the parameter name, for error messages
     * @param text the query
     * @return the template
     * @throws InvalidInputException if a placeholder is unknown, unclosed or outside a quoted string
     */
    public static QueryTemplate promql(final String parameter, final String text) {
        return parse(parameter, text, Escaping.PROMQL_STRING);
    }

    /**
     * Parses a URL whose placeholder values are percent-encoded.
     *
     * @param parameter the parameter name, for error messages
     * @param text the URL
     * @return the template
     * @throws InvalidInputException if a placeholder is unknown or unclosed
     */
    public static QueryTemplate url(final String parameter, final String text) {
        return parse(parameter, text, Escaping.URL_COMPONENT);
    }

    private static QueryTemplate parse(final String parameter, final String text, final Escaping escaping) {
        if (text.isBlank()) {
            throw new InvalidInputException(parameter, text, "a non-empty query");
        }
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        char quote = 0; // the quote character of the string literal we are in, 0 outside
        boolean comment = false;
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith(OPEN, i)) {
                int end = text.indexOf(CLOSE, i + OPEN.length());
                if (end < 0) {
                    throw new InvalidInputException(parameter, text, "placeholders closed with }}, e.g. {{version}}");
                }
                String name = text.substring(i + OPEN.length(), end).trim();
                QueryVariable variable = QueryVariable.byPlaceholderName(name)
                        .orElseThrow(() -> new InvalidInputException(
                                parameter, text, "only the placeholders " + QueryVariable.allPlaceholders()));
                if (escaping == Escaping.PROMQL_STRING && quote != '"' && quote != '\'' && !comment) {
                    throw new InvalidInputException(
                            parameter,
                            text,
                            "placeholders inside a double- or single-quoted string, e.g. {version=\"{{" + name
                                    + "}}\"}");
                }
                parts.add(Part.literal(literal.toString()));
                literal.setLength(0);
                parts.add(Part.variable(variable, quote));
                i = end + CLOSE.length();
                continue;
            }
            char c = text.charAt(i);
            literal.append(c);
            if (escaping == Escaping.PROMQL_STRING) {
                if (comment) {
                    comment = c != '\n';
                } else if (quote == 0) {
                    if (c == '"' || c == '\'' || c == '`') {
                        quote = c;
                    } else if (c == '#') {
                        comment = true;
                    }
                } else if (c == '\\' && quote != '`' && i + 1 < text.length()) {
                    literal.append(text.charAt(i + 1)); // an escaped character never ends the string
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            }
            i++;
        }
        parts.add(Part.literal(literal.toString()));
        return new QueryTemplate(text, escaping, parts);
    }

    /**
     * Fills the placeholders.
     *
     * @param variables the values
     * @return the query or URL to send
     * @throws InvalidInputException if a placeholder used by the template has no value
     */
    public String render(final QueryVariables variables) {
        StringBuilder rendered = new StringBuilder();
        for (Part part : parts) {
            if (part.variable == null) {
                rendered.append(part.literal);
            } else {
                QueryVariable variable = part.variable;
                String value = variables
                        .get(variable)
                        .orElseThrow(() -> new InvalidInputException(
                                variable.placeholderName(),
                                "",
                                "a value, because the query uses {{" + variable.placeholderName() + "}}: " + text));
                rendered.append(
                        escaping == Escaping.URL_COMPONENT ? encodeUrl(value) : escapePromql(value, part.quote));
            }
        }
        return rendered.toString();
    }

    /**
     * Returns the placeholders this template uses, so a step can check early that all have values.
     *
     * @return the variables used
     */
    public Set<QueryVariable> variables() {
        Set<QueryVariable> used = EnumSet.noneOf(QueryVariable.class);
        for (Part part : parts) {
            if (part.variable != null) {
                used.add(part.variable);
            }
        }
        return Collections.unmodifiableSet(used);
    }

    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }

    static String escapePromql(final String value, final char quote) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == quote) {
                escaped.append('\\').append(c);
            } else if (c == '\n') {
                escaped.append("\\n");
            } else if (c == '\r') {
                escaped.append("\\r");
            } else if (c == '\t') {
                escaped.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                escaped.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String encodeUrl(final String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** How placeholder values are written into the text. */
    private enum Escaping {
        PROMQL_STRING,
        URL_COMPONENT
    }

    /** A literal piece of text or a placeholder (with the quote character of the string it stands in). */
    private static final class Part implements Serializable {
        private static final long serialVersionUID = 1L;

        private final String literal;

        @CheckForNull
        private final QueryVariable variable;

        private final char quote;

        private Part(final String literal, @CheckForNull final QueryVariable variable, final char quote) {
            this.literal = literal;
            this.variable = variable;
            this.quote = quote;
        }

        static Part literal(final String text) {
            return new Part(text, null, (char) 0);
        }

        static Part variable(final QueryVariable variable, final char quote) {
            return new Part("", variable, quote);
        }
    }
}
