package io.jenkins.plugins.deploymentsop.dora.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.jenkins.plugins.deploymentsop.util.SecureJson;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * The first line of the index file: format name, version and a generation id that changes whenever the file is
 * rewritten (compaction, rebuild), so that readers know their cached position is no longer valid.
 */
final class IndexHeader {
    static final String FORMAT = "deployment-sop-deployments";
    static final int VERSION = 1;
    private static final int MAX_HEADER_BYTES = 4096;
    private static final JsonFactory FACTORY = SecureJson.json().getFactory();

    final String generation;
    /** Length of the header line in bytes, newline included. */
    final int length;

    private IndexHeader(final String generation, final int length) {
        this.generation = generation;
        this.length = length;
    }

    static byte[] newHeaderLine() {
        return String.format(
                        "{\"format\":\"%s\",\"version\":%d,\"generation\":\"%s\"}\n",
                        FORMAT, VERSION, UUID.randomUUID())
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads the header at the start of a file.
     *
     * @param channel the file
     * @return the header
     * @throws IOException if reading fails
     * @throws CorruptLineException if the first line is not a header of a supported version, with the reason
     */
    static IndexHeader read(final FileChannel channel) throws IOException, CorruptLineException {
        ByteBuffer buffer = ByteBuffer.allocate(MAX_HEADER_BYTES);
        long position = 0;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, position);
            if (read < 0) {
                break;
            }
            position += read;
        }
        return parse(buffer.array(), buffer.position());
    }

    static IndexHeader parse(final byte[] bytes, final int available) throws CorruptLineException {
        int end = -1;
        for (int i = 0; i < available; i++) {
            if (bytes[i] == '\n') {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw new CorruptLineException("the first line is not a complete header");
        }
        Optional<String> generation = generation(bytes, end);
        if (generation.isEmpty()) {
            throw new CorruptLineException("the first line is not a '" + FORMAT + "' header of version " + VERSION);
        }
        return new IndexHeader(generation.get(), end + 1);
    }

    /**
     * Tells whether a line is a header line (of any version), e.g. to skip it when copying lines between files.
     *
     * @param bytes the buffer
     * @param offset first byte
     * @param length length without the newline
     * @return {@code true} for header lines
     */
    static boolean isHeader(final byte[] bytes, final int offset, final int length) {
        String start = new String(bytes, offset, Math.min(length, 12), StandardCharsets.UTF_8);
        return start.startsWith("{\"format\"");
    }

    private static Optional<String> generation(final byte[] bytes, final int length) {
        String format = null;
        long version = -1;
        String generation = null;
        try (JsonParser json = FACTORY.createParser(bytes, 0, length)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                if ("format".equals(field) && value == JsonToken.VALUE_STRING) {
                    format = json.getText();
                } else if ("version".equals(field) && value == JsonToken.VALUE_NUMBER_INT) {
                    version = json.getLongValue();
                } else if ("generation".equals(field) && value == JsonToken.VALUE_STRING) {
                    generation = json.getText();
                } else {
                    json.skipChildren();
                }
            }
        } catch (IOException exception) {
            return Optional.empty();
        }
        if (!FORMAT.equals(format) || version != VERSION || generation == null) {
            return Optional.empty();
        }
        return Optional.of(generation);
    }
}
