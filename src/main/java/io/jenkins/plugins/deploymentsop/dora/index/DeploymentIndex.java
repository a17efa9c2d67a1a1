package io.jenkins.plugins.deploymentsop.dora.index;

import io.jenkins.plugins.deploymentsop.dora.DeploymentEvent;
import io.jenkins.plugins.deploymentsop.dora.DeploymentTable;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.BitSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The deployment index: one file {@value #FILE_NAME} in a directory (e.g. {@code JENKINS_HOME/deployment-sop}), a
 * header line followed by one JSON line per event. Appends add lines; a later line for the same deployment id
 * replaces the earlier one when read. {@link #compact(Instant)} and {@link #rebuild(Supplier)} write a new file
 * next to it and move it over the old one atomically.
 *
 * <p>Thread-safe. All instances for the same file in one JVM share its locks: appends exclude each other and
 * readers, readers run in parallel, compactions and rebuilds run one at a time and hold the exclusive lock only
 * for the final copy-and-rename. Readers keep a cache and read only lines appended since their last read.
 */
public final class DeploymentIndex {
    /** Name of the index file in its directory. */
    public static final String FILE_NAME = "deployments.jsonl";
    /** Name of the copy of the previous file that a rebuild keeps for inspection. */
    public static final String BACKUP_NAME = FILE_NAME + ".bak";

    private static final int MIN_DEAD_LINES_FOR_COMPACTION = 1000;
    private static final ConcurrentMap<Path, FileLocks> LOCKS = new ConcurrentHashMap<>();

    private final Path directory;
    private final Path file;
    private final IndexOptions options;
    private final FileLocks locks;

    /** Guarded by this. */
    private final ReadCache cache = new ReadCache();

    /**
     * Opens the index in a directory with default options; nothing is read or created yet.
     *
     * @param directory the directory of the index file
     */
    public DeploymentIndex(final Path directory) {
        this(directory, IndexOptions.defaults());
    }

    /**
     * Opens the index in a directory; nothing is read or created yet.
     *
     * @param directory the directory of the index file
     * @param options the options
     */
    public DeploymentIndex(final Path directory, final IndexOptions options) {
        this.directory = directory.toAbsolutePath().normalize();
        this.file = this.directory.resolve(FILE_NAME);
        this.options = options;
        this.locks = LOCKS.computeIfAbsent(file, key -> new FileLocks());
    }

    public Path getFile() {
        return file;
    }

    /**
     * Appends one event.
     *
     * @param event the event
     * @throws IOException if the file cannot be written
     */
    public void append(final DeploymentEvent event) throws IOException {
        appendAll(List.of(event));
    }

    /**
     * Appends events in one write.
     *
     * @param events the events
     * @throws IOException if the file cannot be written
     */
    public void appendAll(final Collection<DeploymentEvent> events) throws IOException {
        if (events.isEmpty()) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(events.size() * 256);
        for (DeploymentEvent event : events) {
            bytes.writeBytes(EventLines.encode(event));
        }
        Files.createDirectories(directory);
        locks.readWrite.writeLock().lock();
        try (FileChannel channel =
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            if (size == 0) {
                size = writeAt(channel, size, IndexHeader.newHeaderLine());
            } else if (!endsWithNewline(channel, size)) {
                // a writer crashed mid-line: end that line so it is read as one corrupt line, not glued to ours
                size = writeAt(channel, size, new byte[] {'\n'});
            }
            writeAt(channel, size, bytes.toByteArray());
            if (options.isSyncOnAppend()) {
                channel.force(false);
            }
        } finally {
            locks.readWrite.writeLock().unlock();
        }
    }

    private static boolean endsWithNewline(final FileChannel channel, final long size) throws IOException {
        ByteBuffer last = ByteBuffer.allocate(1);
        return channel.read(last, size - 1) == 1 && last.get(0) == '\n';
    }

    private static long writeAt(final FileChannel channel, final long position, final byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long next = position;
        while (buffer.hasRemaining()) {
            next += channel.write(buffer, next);
        }
        return next;
    }

    /**
     * Reads the index: lines appended since the last call are added to the cached table, a rewritten file is read
     * from the start. Corrupt lines are skipped, counted and reported in the health.
     *
     * @return the deployments and the health of the file
     * @throws IOException if the file cannot be read
     */
    public synchronized IndexSnapshot snapshot() throws IOException {
        IndexHealth problem = null;
        locks.readWrite.readLock().lock();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            IndexHeader header = IndexHeader.read(channel);
            long size = channel.size();
            if (!cache.isCurrent(header, size)) {
                cache.reset(header);
            }
            if (size > cache.offset()) {
                channel.position(cache.offset());
                cache.readFrom(Channels.newInputStream(channel), options.getMaxLineBytes());
            }
        } catch (NoSuchFileException exception) {
            problem = IndexHealth.missing();
        } catch (CorruptLineException exception) {
            problem = IndexHealth.unreadable(exception.getMessage());
        } finally {
            locks.readWrite.readLock().unlock();
        }
        if (problem != null) {
            cache.reset(null);
            return new IndexSnapshot(DeploymentTable.empty(), problem);
        }
        return new IndexSnapshot(cache.table(), cache.health());
    }

    /**
     * Reads the index and rebuilds it first from the build records when it is missing, unreadable or has corrupt
     * lines.
     *
     * @param source supplies every event from the build records; called only when a rebuild is needed
     * @return the deployments and the health, whose {@link IndexHealth#getRebuildReason()} tells why it was rebuilt
     * @throws IOException if the file cannot be read or written
     */
    public IndexSnapshot snapshot(final Supplier<? extends Stream<DeploymentEvent>> source) throws IOException {
        IndexSnapshot snapshot = snapshot();
        Optional<String> need = snapshot.getHealth().getRebuildNeed();
        if (need.isEmpty()) {
            return snapshot;
        }
        String reason = need.get();
        rebuild(source);
        IndexSnapshot rebuilt = snapshot();
        return new IndexSnapshot(rebuilt.getTable(), rebuilt.getHealth().rebuilt(reason));
    }

    /**
     * Tells whether the last read found enough dead lines (superseded or corrupt) to make a compaction worthwhile:
     * more than half the lines and at least 1000.
     *
     * @return {@code true} to compact
     */
    public synchronized boolean needsCompaction() {
        long dead = cache.deadLines();
        return dead >= MIN_DEAD_LINES_FOR_COMPACTION && dead * 2 > cache.lines();
    }

    /**
     * Writes a new index from the given events, replacing the current file atomically; events appended while the
     * source is read are carried over. The previous file is kept as {@value #BACKUP_NAME}.
     *
     * @param source supplies every event, e.g. from the build records
     * @return the lines written
     * @throws IOException if the file cannot be written
     */
    public CompactionResult rebuild(final Supplier<? extends Stream<DeploymentEvent>> source) throws IOException {
        locks.maintenance.lock();
        try {
            Files.createDirectories(directory);
            long mark = markSize();
            Path temp = Files.createTempFile(directory, FILE_NAME, ".tmp");
            try {
                long written = 0;
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp));
                        Stream<DeploymentEvent> events = source.get()) {
                    out.write(IndexHeader.newHeaderLine());
                    Iterator<DeploymentEvent> iterator = events.iterator();
                    while (iterator.hasNext()) {
                        out.write(EventLines.encode(iterator.next()));
                        written++;
                    }
                }
                long copied = replaceWith(temp, mark, true);
                return new CompactionResult(0, written + copied, 0, 0, 0);
            } finally {
                Files.deleteIfExists(temp);
            }
        } finally {
            locks.maintenance.unlock();
        }
    }

    /**
     * Rewrites the index without superseded lines, corrupt lines and (with a retention) events that finished before
     * {@code now - retention}; lines appended meanwhile are carried over.
     *
     * @param now the current time, for the retention
     * @return what was kept and dropped
     * @throws IOException if the file cannot be rewritten, is missing or is unreadable (then rebuild it)
     */
    public CompactionResult compact(final Instant now) throws IOException {
        locks.maintenance.lock();
        try {
            long mark = markSize();
            IndexHeader header = headerFor("compact");
            long cutoff = options.getRetention()
                    .map(retention -> now.toEpochMilli() - retention.toMillis())
                    .orElse(Long.MIN_VALUE);
            CompactionSurvey survey = new CompactionSurvey(cutoff);
            scanRange(header.length, mark, survey);
            BitSet keep = survey.linesToKeep();
            Path temp = Files.createTempFile(directory, FILE_NAME, ".tmp");
            try {
                KeptLineCopier copier = new KeptLineCopier(keep);
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
                    out.write(IndexHeader.newHeaderLine());
                    scanRange(header.length, mark, copier.to(out));
                }
                long copied = replaceWith(temp, mark, false);
                return new CompactionResult(
                        survey.lines(),
                        copier.written() + copied,
                        survey.superseded(),
                        survey.expired(),
                        survey.corrupt());
            } finally {
                Files.deleteIfExists(temp);
            }
        } finally {
            locks.maintenance.unlock();
        }
    }

    // the header of the file a maintenance pass rewrites; an unreadable one asks for a rebuild instead
    private IndexHeader headerFor(final String pass) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return IndexHeader.read(channel);
        } catch (CorruptLineException exception) {
            throw new IOException(
                    "Cannot " + pass + " " + file + ": " + exception.getMessage() + "; rebuild the index", exception);
        }
    }

    /**
     * Rewrites the events a change touches, e.g. those of a renamed or deleted job: each event becomes what the change
     * returns (empty drops it). Untouched events and corrupt lines are copied byte for byte, lines appended meanwhile
     * are carried over, and the file is only replaced when something changed.
     *
     * @param change maps an event to its new form, to itself, or to empty to drop it
     * @return how many lines were changed or dropped
     * @throws IOException if the file cannot be rewritten or its header is unreadable
     */
    public long rewrite(final Function<DeploymentEvent, Optional<DeploymentEvent>> change) throws IOException {
        locks.maintenance.lock();
        try {
            if (!Files.exists(file)) {
                return 0;
            }
            long mark = markSize();
            IndexHeader header = headerFor("rewrite");
            Path temp = Files.createTempFile(directory, FILE_NAME, ".tmp");
            try {
                EventRewriter rewriter = new EventRewriter(change);
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
                    out.write(IndexHeader.newHeaderLine());
                    scanRange(header.length, mark, rewriter.to(out));
                }
                if (rewriter.changed() > 0) {
                    replaceWith(temp, mark, false);
                }
                return rewriter.changed();
            } finally {
                Files.deleteIfExists(temp);
            }
        } finally {
            locks.maintenance.unlock();
        }
    }

    private void scanRange(final long from, final long to, final LineScanner.Handler handler) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(from);
            new LineScanner(options.getMaxLineBytes())
                    .scan(new LimitedInputStream(Channels.newInputStream(channel), to - from), handler);
        }
    }

    /** The size of the file now (0 if missing): appends after this point are carried over by a rewrite. */
    private long markSize() throws IOException {
        locks.readWrite.readLock().lock();
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } finally {
            locks.readWrite.readLock().unlock();
        }
    }

    /**
     * Carries lines appended after {@code mark} into the new file and moves it into place, under the exclusive lock.
     *
     * @return the number of lines carried over
     */
    private long replaceWith(final Path temp, final long mark, final boolean keepBackup) throws IOException {
        locks.readWrite.writeLock().lock();
        try {
            long copied = 0;
            if (Files.exists(file)) {
                long size = Files.size(file);
                if (size > mark) {
                    try (OutputStream out =
                            new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.APPEND))) {
                        TailCopier tail = new TailCopier(out);
                        scanRange(mark, size, tail);
                        copied = tail.written();
                    }
                }
                if (keepBackup) {
                    Files.copy(file, directory.resolve(BACKUP_NAME), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException exception) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return copied;
        } finally {
            locks.readWrite.writeLock().unlock();
        }
    }

    /** The locks of one index file, shared by all instances in this JVM. */
    private static final class FileLocks {
        private final ReentrantReadWriteLock readWrite = new ReentrantReadWriteLock();
        private final ReentrantLock maintenance = new ReentrantLock();
    }
}
