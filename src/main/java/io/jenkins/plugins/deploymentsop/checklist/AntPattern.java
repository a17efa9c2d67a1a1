package io.jenkins.plugins.deploymentsop.checklist;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A workspace file pattern in Ant style, as Jenkins users write them: {@code **}{@code /} matches any number of
 * folders (also none), {@code *} and {@code ?} match within one name, {@code {a,b}} matches either. Patterns are
 * relative to the workspace: absolute paths and {@code ..} are refused.
 */
public final class AntPattern {
    private static final String ALLOWED =
            "a path relative to the workspace without '..', e.g. **/surefire-reports/*.xml";

    private final String text;
    private final Pattern regex;
    private final String base;

    private AntPattern(final String text, final Pattern regex, final String base) {
        this.text = text;
        this.regex = regex;
        this.base = base;
    }

    /**
     * Compiles a pattern.
     *
     * @param parameter the parameter name, for the error message
     * @param pattern the pattern
     * @return the compiled pattern
     * @throws InvalidInputException if the pattern is empty, absolute or leaves the workspace
     */
    public static AntPattern compile(final String parameter, final String pattern) {
        String normalized = normalize(parameter, pattern);
        if (normalized.endsWith("/")) {
            normalized += "**";
        }
        return new AntPattern(normalized, Pattern.compile(toRegex(normalized)), literalBase(normalized));
    }

    /**
     * Splits a comma-separated list of patterns, as Jenkins steps accept them.
     *
     * @param parameter the parameter name, for the error message
     * @param patterns the patterns, e.g. {@code **}{@code /TEST-*.xml, **}{@code /junit.xml}
     * @return the compiled patterns
     */
    public static List<AntPattern> compileAll(final String parameter, final List<String> patterns) {
        List<AntPattern> compiled = new ArrayList<>();
        for (String list : patterns) {
            for (String pattern : splitOutsideBraces(list)) {
                if (!pattern.isBlank()) {
                    compiled.add(compile(parameter, pattern.strip()));
                }
            }
        }
        if (compiled.isEmpty()) {
            throw new InvalidInputException(parameter, String.join(",", patterns), ALLOWED);
        }
        return compiled;
    }

    /**
     * Tells whether a text contains wildcards, i.e. is a pattern rather than a single path.
     *
     * @param path the text
     * @return {@code true} if it holds {@code *}, {@code ?} or braces
     */
    public static boolean isPattern(final String path) {
        return path.indexOf('*') >= 0 || path.indexOf('?') >= 0 || path.indexOf('{') >= 0;
    }

    /**
     * Normalizes a workspace-relative path and refuses absolute ones and those that leave the workspace.
     *
     * @param parameter the parameter name, for the error message
     * @param path the path as written
     * @return the path with forward slashes and without {@code ./}
     */
    static String normalize(final String parameter, final String path) {
        String normalized = path.strip().replace('\\', '/');
        while (normalized.startsWith("./")) {
            normalized = normalized.substring(2);
        }
        boolean absolute =
                normalized.startsWith("/") || normalized.startsWith("~") || normalized.matches("^[A-Za-z]:.*");
        if (normalized.isEmpty() || absolute) {
            throw new InvalidInputException(parameter, path, ALLOWED);
        }
        for (String segment : normalized.split("/")) {
            if (segment.equals("..")) {
                throw new InvalidInputException(parameter, path, ALLOWED + " (it must stay inside the workspace)");
            }
        }
        return normalized;
    }

    private static List<String> splitOutsideBraces(final String list) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (c == ',' && depth == 0) {
                parts.add(list.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(list.substring(start));
        return parts;
    }

    private static String toRegex(final String pattern) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        boolean inBraces = false;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (pattern.startsWith("**/", i)) {
                regex.append("(?:[^/]*/)*");
                i += 3;
                continue;
            }
            if (pattern.startsWith("**", i)) {
                regex.append(".*");
                i += 2;
                continue;
            }
            switch (c) {
                case '*':
                    regex.append("[^/]*");
                    break;
                case '?':
                    regex.append("[^/]");
                    break;
                case '{':
                    regex.append("(?:");
                    inBraces = true;
                    break;
                case '}':
                    regex.append(inBraces ? ")" : "\\}");
                    inBraces = false;
                    break;
                case ',':
                    regex.append(inBraces ? "|" : ",");
                    break;
                default:
                    regex.append(Pattern.quote(String.valueOf(c)));
            }
            i++;
        }
        return regex.toString();
    }

    private static String literalBase(final String pattern) {
        String[] segments = pattern.split("/");
        StringBuilder base = new StringBuilder();
        for (int i = 0; i < segments.length - 1; i++) {
            if (isPattern(segments[i])) {
                break;
            }
            base.append(segments[i]).append('/');
        }
        return base.toString();
    }

    /**
     * Tells whether a workspace-relative path (forward slashes) matches.
     *
     * @param relativePath the path
     * @return {@code true} if it matches
     */
    public boolean matches(final String relativePath) {
        return regex.matcher(relativePath).matches();
    }

    /**
     * Returns the folders before the first wildcard, where a search can start, e.g. {@code target/surefire-reports/}
     * for {@code target/surefire-reports/*.xml}.
     *
     * @return the literal folder prefix, empty or ending with {@code /}
     */
    public String base() {
        return base;
    }

    @Override
    public String toString() {
        return text;
    }
}
