package io.jenkins.plugins.deploymentsop.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.jenkins.plugins.deploymentsop.util.SecureJson;
import io.jenkins.plugins.deploymentsop.util.UntrustedInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The deployment records of one build: one JSON file per deployment in a folder of the build
 * ({@code <build>/deployment-sop/<service>@<environment>.json}). Every update is written at once and atomically, so
 * a record survives a crash of the controller in the state of its last completed change.
 */
public class RecordStore {
    /** Name of the folder in a build's root directory that holds the records. */
    public static final String FOLDER = "deployment-sop";

    private static final String SUFFIX = ".json";
    private static final long MAX_RECORD_BYTES = 64L * 1024 * 1024;
    private static final ReentrantLock[] LOCKS = createLocks();

    private static final ObjectWriter WRITER = SecureJson.json()
            .writer()
            .without(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .withDefaultPrettyPrinter();
    private static final ObjectReader READER = SecureJson.json().readerFor(DeploymentRecord.class);

    private final Path folder;

    /**
     * Creates a store for the records of one build.
     *
     * @param buildRootDirectory the build's root directory
     * @return the store
     */
    public static RecordStore forBuild(final Path buildRootDirectory) {
        return new RecordStore(buildRootDirectory.resolve(FOLDER));
    }

    /**
     * Creates a store on a folder.
     *
     * @param folder the folder that holds the record files
     */
    public RecordStore(final Path folder) {
        this.folder = folder;
    }

    private static ReentrantLock[] createLocks() {
        // striped locks: parallel branches of one build may update records concurrently, in any JVM-wide store object
        ReentrantLock[] locks = new ReentrantLock[64];
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new ReentrantLock();
        }
        return locks;
    }

    private ReentrantLock lockFor(final Path file) {
        return LOCKS[Math.floorMod(file.toAbsolutePath().normalize().hashCode(), LOCKS.length)];
    }

    /**
     * Applies a change to the record of a deployment, creating the record if this is its first step, and saves it.
     *
     * @param key the deployment
     * @param now the time of the change (the start time of a new record)
     * @param change the change
     * @return the record as saved
     * @throws IOException if the record cannot be read or written
     */
    public DeploymentRecord update(final DeploymentKey key, final Instant now, final Consumer<DeploymentRecord> change)
            throws IOException {
        Path file = fileOf(key);
        ReentrantLock lock = lockFor(file);
        lock.lock();
        try {
            DeploymentRecord record = Files.exists(file) ? read(file) : new DeploymentRecord(key, now);
            change.accept(record);
            write(file, record);
            return record;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Loads the record of a deployment.
     *
     * @param key the deployment
     * @return the record, empty if this build has none for the key
     * @throws IOException if the file exists but cannot be read or parsed
     */
    public Optional<DeploymentRecord> load(final DeploymentKey key) throws IOException {
        Path file = fileOf(key);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        ReentrantLock lock = lockFor(file);
        lock.lock();
        try {
            return Optional.of(read(file));
        } finally {
            lock.unlock();
        }
    }

    /**
     * Lists the deployments recorded in this build, sorted by id.
     *
     * @return the keys
     * @throws IOException if the folder cannot be listed
     */
    public List<DeploymentKey> keys() throws IOException {
        List<DeploymentKey> keys = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return keys;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path file : files) {
                String name = String.valueOf(file.getFileName());
                try {
                    keys.add(DeploymentKey.fromId(name.substring(0, name.length() - SUFFIX.length())));
                } catch (IllegalArgumentException notOurs) {
                    // a stray file that is not a record: not listed
                }
            }
        }
        keys.sort((a, b) -> a.id().compareTo(b.id()));
        return keys;
    }

    /**
     * Renders a record as the JSON written to its file.
     *
     * @param record the record
     * @return the JSON text
     */
    public static String toJson(final DeploymentRecord record) {
        try {
            return WRITER.writeValueAsString(record);
        } catch (JsonProcessingException exception) {
            throw new IllegalStateException("A deployment record could not be serialized", exception);
        }
    }

    /**
     * Parses the JSON of a record file; a record of an older schema version is upgraded to the current one.
     *
     * @param json the JSON text
     * @return the record
     * @throws IOException if the text is not a record of a supported schema version
     */
    public static DeploymentRecord fromJson(final String json) throws IOException {
        return checkAndUpgrade(READER.readValue(json), "JSON text");
    }

    Path fileOf(final DeploymentKey key) {
        return folder.resolve(key.id() + SUFFIX);
    }

    private static DeploymentRecord read(final Path file) throws IOException {
        try (InputStream input = UntrustedInput.open(file, MAX_RECORD_BYTES)) {
            return checkAndUpgrade(READER.readValue(input), file.toString());
        } catch (JsonProcessingException exception) {
            throw new IOException(
                    "The deployment record " + file + " is not valid: " + exception.getOriginalMessage(), exception);
        }
    }

    private static DeploymentRecord checkAndUpgrade(final DeploymentRecord record, final String source)
            throws IOException {
        if (record.getSchemaVersion() < 1 || record.getSchemaVersion() > DeploymentRecord.SCHEMA_VERSION) {
            throw new IOException(String.format(
                    "The deployment record %s has schema version %d; this plugin reads" + " versions 1 to %d",
                    source, record.getSchemaVersion(), DeploymentRecord.SCHEMA_VERSION));
        }
        if (record.getSchemaVersion() < DeploymentRecord.SCHEMA_VERSION) {
            record.upgradeSchema();
        }
        return record;
    }

    private void write(final Path file, final DeploymentRecord record) throws IOException {
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, ".record-", ".tmp");
        try {
            Files.write(temporary, toJson(record).getBytes(StandardCharsets.UTF_8));
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException exception) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
