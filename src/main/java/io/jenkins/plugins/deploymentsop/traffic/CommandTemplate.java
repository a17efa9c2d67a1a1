package io.jenkins.plugins.deploymentsop.traffic;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A shell command with placeholders, e.g. {@code lb-cli set-weights --blue {blueWeight} --green {greenWeight}}.
 * A placeholder is a name in braces; {@code {{} and {@code }}} stand for literal braces (for JSON). Values are
 * inserted as single shell words: a value with characters other than letters, digits and {@code ._:/@%+=,-} is put
 * in single quotes, so do not quote placeholders yourself. Unknown or unbalanced placeholders are rejected when the
 * template is created, naming the parameter.
 */
public final class CommandTemplate implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:/@%+=,-]+");

    private final String text;
    private final List<Part> parts;

    private CommandTemplate(final String text, final List<Part> parts) {
        this.text = text;
        this.parts = parts;
    }

    /**
     * Parses a template.
     *
     * @param parameter the parameter name, for error messages
     * @param text the template
     * @param allowed the placeholder names this command may use
     * @return the template
     * @throws InvalidInputException for an empty command, an unknown placeholder or an unbalanced brace
     */
    public static CommandTemplate parse(final String parameter, final String text, final Set<String> allowed) {
        String allowedText = allowedText(allowed);
        if (text.isBlank()) {
            throw new InvalidInputException(parameter, text, "a command; " + allowedText);
        }
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < text.length() && text.charAt(i + 1) == c) {
                literal.append(c);
                i += 2;
            } else if (c == '{') {
                int end = text.indexOf('}', i);
                String name = end < 0 ? "" : text.substring(i + 1, end);
                if (!allowed.contains(name)) {
                    throw new InvalidInputException(
                            parameter,
                            text,
                            allowedText
                                    + (end < 0 ? " (a '{' is not closed)" : " ('{" + name + "}' is not one of them)"));
                }
                parts.add(new Part(literal.toString(), ""));
                literal.setLength(0);
                parts.add(new Part("", name));
                i = end + 1;
            } else if (c == '}') {
                throw new InvalidInputException(parameter, text, allowedText + " (a '}' has no '{')");
            } else {
                literal.append(c);
                i++;
            }
        }
        parts.add(new Part(literal.toString(), ""));
        return new CommandTemplate(text, List.copyOf(parts));
    }

    private static String allowedText(final Set<String> allowed) {
        return "placeholders "
                + allowed.stream()
                        .sorted()
                        .map(name -> "{" + name + "}")
                        .reduce((a, b) -> a + ", " + b)
                        .orElse("none")
                + "; write {{ and }} for literal braces";
    }

    /**
     * Fills in the placeholders.
     *
     * @param values a value for every placeholder name used
     * @return the command line for {@code sh -c}
     */
    public String render(final Map<String, String> values) {
        StringBuilder command = new StringBuilder();
        for (Part part : parts) {
            if (part.placeholder.isEmpty()) {
                command.append(part.literal);
            } else {
                String value = values.get(part.placeholder);
                if (value == null) {
                    throw new IllegalStateException("No value for placeholder {" + part.placeholder + "}");
                }
                command.append(shellWord(value));
            }
        }
        return command.toString();
    }

    static String shellWord(final String value) {
        if (SAFE.matcher(value).matches()) {
            return value;
        }
        return "'" + value.replace("'", "'\"'\"'") + "'";
    }

    @Override
    public String toString() {
        return text;
    }

    private record Part(String literal, String placeholder) implements Serializable {
        private static final long serialVersionUID = 1L;
    }
}
