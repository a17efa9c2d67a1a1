package io.jenkins.plugins.deploymentsop.checklist.check;

import io.jenkins.plugins.deploymentsop.checklist.Texts;
import io.jenkins.plugins.deploymentsop.util.UntrustedInput;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a SHA-256 checksum file as {@code sha256sum} writes it: {@code <64 hex digits>  <name>} (text mode) or
 * {@code <hex> *<name>} (binary mode), a leading {@code \} when the name is escaped ({@code \\}, {@code \n},
 * {@code \r}), and the BSD form of {@code sha256sum --tag}, {@code SHA256 (<name>) = <hex>}. Blank lines and
 * {@code #} comments are skipped. Read line by line through a size bound.
 */
final class ChecksumFile {
    /** Largest checksum file read: far above 100,000 entries of long names. */
    static final long MAX_BYTES = 32L * 1024 * 1024;
    /** Most entries one file may list. */
    static final int MAX_ENTRIES = 100_000;

    private static final Pattern GNU = Pattern.compile("(\\\\?)([0-9a-fA-F]{64}) [ *](.+)");
    private static final Pattern BSD = Pattern.compile("(\\\\?)SHA256 \\((.+)\\) = ([0-9a-fA-F]{64})");

    private ChecksumFile() {}

    /**
     * One listed file.
     *
     * @param line the line number, from 1
     * @param name the name as listed, unescaped
     * @param sha256 the checksum, lower-case hex
     */
    record Entry(int line, String name, String sha256) {}

    /**
     * Reads the entries.
     *
     * @param file the checksum file
     * @param displayName the file's name in messages
     * @return the entries in file order
     * @throws IOException if the file cannot be read or is too large
     * @throws CheckProblem (ERROR) naming the line that is not a checksum line, or when there are too many or none
     */
    static List<Entry> read(final Path file, final String displayName) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(UntrustedInput.open(file, MAX_BYTES), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                entries.add(entry(text, number, displayName));
                if (entries.size() > MAX_ENTRIES) {
                    throw CheckProblem.error(String.format(
                            "%s lists more than %,d files; split it or narrow it", displayName, MAX_ENTRIES));
                }
            }
        }
        if (entries.isEmpty()) {
            throw CheckProblem.error(displayName + " lists no file");
        }
        return entries;
    }

    private static Entry entry(final String text, final int number, final String displayName) {
        Matcher gnu = GNU.matcher(text);
        if (gnu.matches()) {
            return new Entry(
                    number, name(gnu.group(3), !gnu.group(1).isEmpty(), number, displayName), hex(gnu.group(2)));
        }
        Matcher bsd = BSD.matcher(text);
        if (bsd.matches()) {
            return new Entry(
                    number, name(bsd.group(2), !bsd.group(1).isEmpty(), number, displayName), hex(bsd.group(3)));
        }
        throw CheckProblem.error(String.format(
                "%s line %d is not a SHA-256 checksum line (expected '<64 hex digits>  <file>' as sha256sum writes"
                        + " it): '%s'",
                displayName, number, Texts.oneLine(text, 80)));
    }

    private static String hex(final String digits) {
        return digits.toLowerCase(Locale.ROOT);
    }

    private static String name(final String name, final boolean escaped, final int number, final String file) {
        if (!escaped) {
            return name;
        }
        StringBuilder unescaped = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '\\') {
                unescaped.append(c);
                continue;
            }
            char next = i + 1 < name.length() ? name.charAt(++i) : ' ';
            switch (next) {
                case '\\':
                    unescaped.append('\\');
                    break;
                case 'n':
                    unescaped.append('\n');
                    break;
                case 'r':
                    unescaped.append('\r');
                    break;
                default:
                    throw CheckProblem.error(String.format(
                            "%s line %d: the file name has an unknown escape '\\%c'", file, number, next));
            }
        }
        return unescaped.toString();
    }
}
