package io.jenkins.plugins.deploymentsop.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One checklist item ({@code - [ ]} line) of an SOP document, named the way the traceability page cites it: the
 * file's first three characters, a colon and the line number, e.g. {@code 001:32}.
 */
record SopItem(String source, String text) {
    private static final Pattern ITEM = Pattern.compile("^\\s*- \\[ \\] (.*)$");

    /** Returns the text with every run of whitespace made one space, as pages and files may wrap differently. */
    static String normalize(final String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /**
     * Reads every item of the SOP files in a folder.
     *
     * @param folder the folder of the {@code *.txt} SOP files
     * @return the items in file and line order
     * @throws IOException if a file cannot be read
     */
    static List<SopItem> readAll(final Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(file -> file.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        }
        List<SopItem> items = new ArrayList<>();
        for (Path file : files) {
            items.addAll(read(
                    file.getFileName().toString().substring(0, 3), Files.readString(file, StandardCharsets.UTF_8)));
        }
        return items;
    }

    /**
     * Reads the items of one SOP text.
     *
     * @param shortName how the page names the file, e.g. {@code 001}
     * @param text the document
     * @return its items
     */
    static List<SopItem> read(final String shortName, final String text) {
        List<SopItem> items = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int index = 0; index < lines.size(); index++) {
            Matcher item = ITEM.matcher(lines.get(index));
            if (item.matches()) {
                items.add(new SopItem(shortName + ":" + (index + 1), normalize(item.group(1))));
            }
        }
        return items;
    }
}
