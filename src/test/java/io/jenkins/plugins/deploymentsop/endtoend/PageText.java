package io.jenkins.plugins.deploymentsop.endtoend;

import io.jenkins.plugins.deploymentsop.util.SecureXml;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What a person reads on a rendered page: its text, one line per block (heading, paragraph, table row, list item),
 * table cells separated by {@code " | "}. The renderers write well-formed markup, so an XML parser reads it as a
 * browser builds it; a page that is not well-formed fails the test.
 */
final class PageText {
    private static final Set<String> BLOCKS = Set.of(
            "h1",
            "h2",
            "h3",
            "h4",
            "p",
            "tr",
            "li",
            "div",
            "section",
            "dt",
            "dd",
            "caption",
            "figcaption",
            "table",
            "header",
            "footer",
            "summary",
            "details",
            "title");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final Set<String> UNREAD = Set.of("style", "script");

    private final String text;

    private PageText(final String text) {
        this.text = text;
    }

    static PageText of(final String html) {
        String document = html.startsWith("<!DOCTYPE") ? html : "<fragment>" + html + "</fragment>";
        StringBuilder text = new StringBuilder();
        int unread = 0;
        try {
            XMLStreamReader reader =
                    SecureXml.newReader(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    if (UNREAD.contains(name)) {
                        unread++;
                    } else if (BLOCKS.contains(name)) {
                        text.append('\n');
                    } else if (CELLS.contains(name)) {
                        text.append(" | ");
                    } else {
                        text.append(' ');
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && UNREAD.contains(reader.getLocalName())) {
                    unread--;
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                        && unread == 0) {
                    text.append(reader.getText());
                }
            }
        } catch (XMLStreamException exception) {
            throw new AssertionError("Not well-formed: " + exception.getMessage() + "\n" + html, exception);
        }
        return new PageText(text.toString());
    }

    /** The lines that have text, each with its runs of white space made one space. */
    List<String> lines() {
        return Arrays.stream(text.split("\n"))
                .map(line -> line.replaceAll("\\s+", " ").trim())
                .filter(line -> !line.isEmpty() && !line.equals("|"))
                .toList();
    }

    /** The one line that contains all the given fragments; fails if none or several do. */
    String line(final String... fragments) {
        List<String> found = lines().stream()
                .filter(line -> Arrays.stream(fragments).allMatch(line::contains))
                .toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " lines contain " + Arrays.toString(fragments) + ":\n"
                    + String.join("\n", found.isEmpty() ? lines() : found));
        }
        return found.get(0);
    }

    /** The line right after the first line that reads exactly {@code label}, e.g. a value after its heading. */
    String after(final String label) {
        List<String> lines = lines();
        int at = lines.indexOf(label);
        if (at < 0 || at + 1 >= lines.size()) {
            throw new AssertionError("no line after '" + label + "' in:\n" + this);
        }
        return lines.get(at + 1);
    }

    @Override
    public String toString() {
        return String.join("\n", lines());
    }
}
