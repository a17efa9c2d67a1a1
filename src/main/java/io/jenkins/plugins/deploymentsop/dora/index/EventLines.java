package io.jenkins.plugins.deploymentsop.dora.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.jenkins.plugins.deploymentsop.dora.CommitRef;
import io.jenkins.plugins.deploymentsop.dora.DeploymentEvent;
import io.jenkins.plugins.deploymentsop.record.DeploymentType;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import io.jenkins.plugins.deploymentsop.util.SecureJson;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One event per line as compact JSON, written and read with Jackson's streaming API (no object mapping, so reading
 * 100,000 lines stays fast). Instants are epoch milliseconds; unknown fields are ignored for forward compatibility.
 * The format is documented in docs/dora.md.
 */
final class EventLines {
    private static final JsonFactory FACTORY = SecureJson.json().getFactory();

    private EventLines() {}

    /**
     * Encodes an event as one line of UTF-8 JSON, newline included.
     *
     * @param event the event
     * @return the bytes of the line
     */
    static byte[] encode(final DeploymentEvent event) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (JsonGenerator json = FACTORY.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeStringField("id", event.getDeploymentId());
            json.writeStringField("job", event.getJob());
            json.writeStringField("service", event.getService());
            json.writeStringField("env", event.getEnvironment());
            if (!event.getVersion().isEmpty()) {
                json.writeStringField("version", event.getVersion());
            }
            json.writeBooleanField("prod", event.isProductionTier());
            json.writeStringField("type", event.getType().name());
            json.writeStringField("outcome", event.getOutcome().name());
            json.writeNumberField("started", event.getStartedAt().toEpochMilli());
            json.writeNumberField("finished", event.getFinishedAt().toEpochMilli());
            if (!event.getCommits().isEmpty()) {
                json.writeArrayFieldStart("commits");
                for (CommitRef commit : event.getCommits()) {
                    json.writeStartArray();
                    json.writeString(commit.getId());
                    json.writeNumber(commit.getCommittedAt().toEpochMilli());
                    json.writeEndArray();
                }
                json.writeEndArray();
            }
            if (event.getFailureDetectedAt().isPresent()) {
                json.writeNumberField(
                        "detected", event.getFailureDetectedAt().get().toEpochMilli());
            }
            if (event.getServiceRestoredAt().isPresent()) {
                json.writeNumberField(
                        "restored", event.getServiceRestoredAt().get().toEpochMilli());
            }
            if (!event.getIncidentIds().isEmpty()) {
                json.writeArrayFieldStart("incidents");
                for (String incident : event.getIncidentIds()) {
                    json.writeString(incident);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        } catch (IOException exception) {
            throw new UncheckedIOException("Cannot encode deployment " + event.getDeploymentId(), exception);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    /**
     * Decodes one line.
     *
     * @param buffer the bytes
     * @param offset first byte of the line
     * @param length length without the newline
     * @return the event
     * @throws CorruptLineException if the line is not a valid event, with the reason
     */
    static DeploymentEvent decode(final byte[] buffer, final int offset, final int length) throws CorruptLineException {
        try (JsonParser json = FACTORY.createParser(buffer, offset, length)) {
            DeploymentEvent.Builder builder = DeploymentEvent.builder();
            expect(json.nextToken(), JsonToken.START_OBJECT, "an object");
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                switch (field) {
                    case "id":
                        builder.deploymentId(text(json, value, field));
                        break;
                    case "job":
                        builder.job(text(json, value, field));
                        break;
                    case "service":
                        builder.service(text(json, value, field));
                        break;
                    case "env":
                        builder.environment(text(json, value, field));
                        break;
                    case "version":
                        builder.version(text(json, value, field));
                        break;
                    case "prod":
                        if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
                            throw new CorruptLineException("'prod' is not a boolean");
                        }
                        builder.productionTier(value == JsonToken.VALUE_TRUE);
                        break;
                    case "type":
                        builder.type(constant(DeploymentType.class, text(json, value, field), field));
                        break;
                    case "outcome":
                        builder.outcome(constant(Outcome.class, text(json, value, field), field));
                        break;
                    case "started":
                        builder.startedAt(instant(json, value, field));
                        break;
                    case "finished":
                        builder.finishedAt(instant(json, value, field));
                        break;
                    case "detected":
                        builder.failureDetectedAt(instant(json, value, field));
                        break;
                    case "restored":
                        builder.serviceRestoredAt(instant(json, value, field));
                        break;
                    case "commits":
                        builder.commits(commits(json, value));
                        break;
                    case "incidents":
                        builder.incidents(strings(json, value, field));
                        break;
                    default:
                        json.skipChildren();
                }
            }
            expect(json.currentToken(), JsonToken.END_OBJECT, "the end of the object");
            if (json.nextToken() != null) {
                throw new CorruptLineException("text after the end of the object");
            }
            return builder.build();
        } catch (InvalidInputException exception) {
            throw new CorruptLineException(exception.getMessage());
        } catch (IOException exception) {
            throw new CorruptLineException("not valid JSON: "
                    + exception.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static void expect(final JsonToken actual, final JsonToken expected, final String what)
            throws CorruptLineException {
        if (actual != expected) {
            throw new CorruptLineException("expected " + what + " but found " + actual);
        }
    }

    private static String text(final JsonParser json, final JsonToken value, final String field)
            throws IOException, CorruptLineException {
        if (value != JsonToken.VALUE_STRING) {
            throw new CorruptLineException("'" + field + "' is not a string");
        }
        return json.getText();
    }

    private static Instant instant(final JsonParser json, final JsonToken value, final String field)
            throws IOException, CorruptLineException {
        if (value != JsonToken.VALUE_NUMBER_INT
                || json.getNumberType() != JsonParser.NumberType.INT
                        && json.getNumberType() != JsonParser.NumberType.LONG) {
            throw new CorruptLineException("'" + field + "' is not a number of milliseconds");
        }
        return Instant.ofEpochMilli(json.getLongValue());
    }

    private static <E extends Enum<E>> E constant(final Class<E> type, final String text, final String field)
            throws CorruptLineException {
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException exception) {
            throw new CorruptLineException("unknown " + field + " '" + text + "'");
        }
    }

    private static List<CommitRef> commits(final JsonParser json, final JsonToken value)
            throws IOException, CorruptLineException {
        if (value != JsonToken.START_ARRAY) {
            throw new CorruptLineException("'commits' is not an array");
        }
        List<CommitRef> commits = new ArrayList<>();
        while (json.nextToken() == JsonToken.START_ARRAY) {
            String id = text(json, json.nextToken(), "commits[].id");
            Instant time = instant(json, json.nextToken(), "commits[].time");
            expect(json.nextToken(), JsonToken.END_ARRAY, "the end of a commit");
            if (commits.size() == DeploymentEvent.MAX_COMMITS) {
                throw new CorruptLineException("more than " + DeploymentEvent.MAX_COMMITS + " commits");
            }
            commits.add(CommitRef.of(id, time));
        }
        expect(json.currentToken(), JsonToken.END_ARRAY, "the end of 'commits'");
        return commits;
    }

    private static List<String> strings(final JsonParser json, final JsonToken value, final String field)
            throws IOException, CorruptLineException {
        if (value != JsonToken.START_ARRAY) {
            throw new CorruptLineException("'" + field + "' is not an array");
        }
        List<String> values = new ArrayList<>();
        JsonToken token;
        while ((token = json.nextToken()) != JsonToken.END_ARRAY) {
            values.add(text(json, token, field));
        }
        return values;
    }
}
