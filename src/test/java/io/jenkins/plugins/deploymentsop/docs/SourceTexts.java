package io.jenkins.plugins.deploymentsop.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads the texts a user sees from the plugin's sources: Java string literals and the Jelly views' {@code ${%…}}. */
final class SourceTexts {
    private static final Pattern CHAR_LITERAL = Pattern.compile("'(?:[^'\\\\\\n]|\\\\.)+'");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern JELLY_TEXT = Pattern.compile("\\$\\{%([^}]+)}");
    private static final Pattern HEADING_MARKS = Pattern.compile("^#+\\s*");

    private SourceTexts() {}

    /**
     * Returns the string literals of Java source code, escapes resolved.
     *
     * @param source the code
     * @return the literals
     */
    static List<String> literals(final String source) {
        String code = CHAR_LITERAL.matcher(source).replaceAll("' '");
        List<String> literals = new ArrayList<>();
        Matcher literal = STRING_LITERAL.matcher(code);
        while (literal.find()) {
            literals.add(unescape(literal.group(1)));
        }
        return literals;
    }

    private static String unescape(final String text) {
        return text.replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\");
    }

    /**
     * Returns the titles rendered by the Java code and the Jelly views under the folders: every line of a string
     * literal, without Markdown heading marks, and every {@code ${%text}} of a view.
     *
     * @param folders the folders to read, recursively
     * @return the titles
     * @throws IOException if a file cannot be read
     */
    static Set<String> titles(final List<Path> folders) throws IOException {
        Set<String> titles = new TreeSet<>();
        for (Path folder : folders) {
            for (Path file : files(folder)) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (file.toString().endsWith(".java")) {
                    literals(text).stream()
                            .flatMap(String::lines)
                            .map(line ->
                                    HEADING_MARKS.matcher(line).replaceFirst("").strip())
                            .filter(line -> !line.isEmpty())
                            .forEach(titles::add);
                } else if (file.toString().endsWith(".jelly")) {
                    Matcher jelly = JELLY_TEXT.matcher(text);
                    while (jelly.find()) {
                        titles.add(jelly.group(1).strip());
                    }
                }
            }
        }
        return titles;
    }

    private static List<Path> files(final Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
