package io.jenkins.plugins.deploymentsop.report.svg;

import io.jenkins.plugins.deploymentsop.util.SecureXml;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Test helper: parses generated markup as XML (so it must be well-formed) and exposes elements, attributes and text,
 * to check structure instead of searching strings. Public so the page tests can use it too.
 */
public final class ParsedMarkup {
    /** An element with its attributes and the text directly inside it. */
    public static final class Element {
        private final String name;
        private final Map<String, String> attributes;
        private final String namespace;
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder deepText = new StringBuilder();

        Element(final String name, final String namespace, final Map<String, String> attributes) {
            this.name = name;
            this.namespace = namespace;
            this.attributes = attributes;
        }

        public String getNamespace() {
            return namespace;
        }

        /** The text of this element and all its descendants, e.g. a tooltip {@code <title>} inside a shape. */
        public String getDeepText() {
            return deepText.toString();
        }

        public String getName() {
            return name;
        }

        public Map<String, String> getAttributes() {
            return attributes;
        }

        public String attribute(final String attribute) {
            return attributes.getOrDefault(attribute, "");
        }

        public String getText() {
            return text.toString();
        }

        @Override
        public String toString() {
            return "<" + name + " " + attributes + ">" + text;
        }
    }

    private final List<Element> elements = new ArrayList<>();
    private final StringBuilder allText = new StringBuilder();

    private ParsedMarkup() {}

    /**
     * Parses a fragment (wrapped into a root element first).
     *
     * @param markup the markup
     * @return the parsed elements
     * @throws XMLStreamException if the markup is not well-formed
     */
    public static ParsedMarkup parse(final String markup) throws XMLStreamException {
        ParsedMarkup parsed = new ParsedMarkup();
        String document = "<fragment-root>" + markup + "</fragment-root>";
        XMLStreamReader reader =
                SecureXml.newReader(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
        Deque<Element> open = new ArrayDeque<>();
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                Map<String, String> attributes = new LinkedHashMap<>();
                for (int i = 0; i < reader.getAttributeCount(); i++) {
                    attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                }
                String namespace = reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
                Element element = new Element(reader.getLocalName(), namespace, attributes);
                parsed.elements.add(element);
                open.push(element);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                open.pop();
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.ENTITY_REFERENCE) {
                String text =
                        event == XMLStreamConstants.CHARACTERS ? reader.getText() : "&" + reader.getLocalName() + ";";
                if (!open.isEmpty()) {
                    open.peek().text.append(text);
                }
                for (Element element : open) {
                    element.deepText.append(text);
                }
                parsed.allText.append(text);
            }
        }
        return parsed;
    }

    public List<Element> getElements() {
        return elements;
    }

    public List<Element> named(final String name) {
        return elements.stream().filter(element -> element.name.equals(name)).collect(Collectors.toList());
    }

    public List<Element> withClass(final String cssClass) {
        return elements.stream()
                .filter(element ->
                        List.of(element.attribute("class").split(" ")).contains(cssClass))
                .collect(Collectors.toList());
    }

    /** All text content, concatenated. */
    public String getText() {
        return allText.toString();
    }

    /** All attribute names in the document, lower case. */
    public List<String> attributeNames() {
        return elements.stream()
                .flatMap(element -> element.attributes.keySet().stream())
                .map(name -> name.toLowerCase(Locale.ROOT))
                .collect(Collectors.toList());
    }
}
