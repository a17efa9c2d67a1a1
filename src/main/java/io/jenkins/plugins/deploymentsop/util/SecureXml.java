package io.jenkins.plugins.deploymentsop.util;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The only way the plugin reads XML: a streaming StAX reader that accepts a DOCTYPE (real JaCoCo and Cobertura
 * reports declare one) but never fetches a DTD and never expands external entities.
 */
public final class SecureXml {
    private static final XMLInputFactory FACTORY = createFactory();

    private SecureXml() {}

    private static XMLInputFactory createFactory() {
        // the JDK's own implementation, whatever else sits on the class path
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /**
     * Creates a streaming reader.
     *
     * @param input the document (the caller closes it)
     * @return the reader
     * @throws XMLStreamException if the document cannot be started
     */
    public static XMLStreamReader newReader(final InputStream input) throws XMLStreamException {
        synchronized (FACTORY) {
            return FACTORY.createXMLStreamReader(input);
        }
    }
}
