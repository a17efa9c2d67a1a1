package io.jenkins.plugins.deploymentsop.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecureXmlTest {
    @Test
    void shouldAcceptTheDoctypeOfRealJacocoReportsWithoutFetchingTheDtd() throws XMLStreamException {
        String report = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<!DOCTYPE report PUBLIC \"-//JACOCO//DTD Report 1.1//EN\" \"http://127.0.0.1:1/report.dtd\">"
                + "<report name=\"x\"><counter type=\"LINE\" missed=\"1\" covered=\"3\"/></report>";

        assertThat(firstElement(report)).isEqualTo("report");
    }

    @Test
    void shouldNeverExpandExternalEntities(@TempDir final Path folder) throws Exception {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String attack = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<r>&xxe;</r>";

        StringBuilder text = new StringBuilder();
        try {
            XMLStreamReader reader = reader(attack);
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.CHARACTERS) {
                    text.append(reader.getText());
                }
            }
        } catch (XMLStreamException expected) {
            // refusing the document is as good as not expanding the entity
        }
        assertThat(text.toString()).doesNotContain("TOP-SECRET");
    }

    @Test
    void shouldReportPositionOfMalformedDocuments() {
        assertThatThrownBy(() -> {
                    XMLStreamReader reader = reader("<a>\n<b></a>");
                    while (reader.hasNext()) {
                        reader.next();
                    }
                })
                .isInstanceOf(XMLStreamException.class)
                .hasMessageContaining("[row,col]:[2,");
    }

    private static String firstElement(final String xml) throws XMLStreamException {
        XMLStreamReader reader = reader(xml);
        while (reader.next() != XMLStreamConstants.START_ELEMENT) {
            // skip the prolog
        }
        return reader.getLocalName();
    }

    private static XMLStreamReader reader(final String xml) throws XMLStreamException {
        return SecureXml.newReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
