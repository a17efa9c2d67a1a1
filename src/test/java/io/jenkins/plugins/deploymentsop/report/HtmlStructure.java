package io.jenkins.plugins.deploymentsop.report;

import io.jenkins.plugins.deploymentsop.util.SecureXml;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The elements, attributes and text of rendered HTML, read by an XML parser: the renderers write well-formed markup,
 * so what the parser sees is what a browser builds, and a test can check that no hostile string became markup.
 *
 * @param elements every element in document order
 * @param text all text, with the text of separate nodes joined by a space
 */
record HtmlStructure(List<Element> elements, String text) {
    /**
     * An element with its attributes.
     *
     * @param name the local name
     * @param attributes the attributes by local name
     */
    record Element(String name, Map<String, String> attributes) {}

    static HtmlStructure parse(final String html) {
        String document = html.startsWith("<!DOCTYPE") ? html : "<fragment>" + html + "</fragment>";
        List<Element> elements = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        try {
            XMLStreamReader reader =
                    SecureXml.newReader(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    Map<String, String> attributes = new LinkedHashMap<>();
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                    }
                    elements.add(new Element(reader.getLocalName(), attributes));
                    text.append(' ');
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    text.append(reader.getText());
                }
            }
        } catch (XMLStreamException exception) {
            throw new AssertionError("Not well-formed: " + exception.getMessage() + "\n" + html, exception);
        }
        return new HtmlStructure(elements, text.toString());
    }

    List<String> elementNames() {
        return elements.stream().map(Element::name).distinct().sorted().toList();
    }

    List<String> attributeNames() {
        return elements.stream()
                .flatMap(element -> element.attributes().keySet().stream())
                .distinct()
                .sorted()
                .toList();
    }

    List<String> attributeValues(final String name) {
        return elements.stream()
                .map(element -> element.attributes().get(name))
                .filter(value -> value != null)
                .toList();
    }
}
