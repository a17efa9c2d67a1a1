package io.jenkins.plugins.deploymentsop.dora.index;

import static io.jenkins.plugins.deploymentsop.dora.index.IndexEvents.NOW;
import static io.jenkins.plugins.deploymentsop.dora.index.IndexEvents.builder;
import static io.jenkins.plugins.deploymentsop.dora.index.IndexEvents.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.dora.DeploymentEvent;
import io.jenkins.plugins.deploymentsop.dora.DeploymentTable;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeploymentIndexTest {
    @TempDir
    private Path directory;

    private static List<String> ids(final DeploymentTable table) {
        List<String> ids = new ArrayList<>();
        for (int row = 0; row < table.size(); row++) {
            ids.add(table.getDeploymentId(row));
        }
        return ids;
    }

    private Path file() {
        return directory.resolve(DeploymentIndex.FILE_NAME);
    }

    private void writeFile(final String... lines) throws IOException {
        Files.writeString(file(), String.join("", lines), StandardCharsets.UTF_8);
    }

    private static String line(final DeploymentEvent event) {
        return new String(EventLines.encode(event), StandardCharsets.UTF_8);
    }

    private static String header() {
        return new String(IndexHeader.newHeaderLine(), StandardCharsets.UTF_8);
    }

    private static Supplier<Stream<DeploymentEvent>> failingSource() {
        return () -> {
            throw new AssertionError("the index must not be rebuilt");
        };
    }

    @Test
    void shouldAppendAndReadEventsBehindAHeader() throws IOException {
        DeploymentIndex index = new DeploymentIndex(directory);
        index.append(event("a", Duration.ofHours(3)));
        index.appendAll(List.of(event("b", Duration.ofHours(2)), event("c", Duration.ofHours(1))));

        IndexSnapshot snapshot = index.snapshot();

        assertThat(ids(snapshot.getTable())).containsExactly("a", "b", "c");
        assertThat(snapshot.getHealth().getLines()).isEqualTo(3);
        assertThat(snapshot.getHealth().needsRebuild()).isFalse();
        List<String> lines = Files.readAllLines(file());
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("{\"format\":\"deployment-sop-deployments\",\"version\":1,");
    }

    @Test
    void shouldReadOnlyNewLinesAndReuseTheTableWhenNothingChanged() throws IOException {
        DeploymentIndex index = new DeploymentIndex(directory);
        index.append(event("a", Duration.ofHours(3)));
        DeploymentTable first = index.snapshot().getTable();

        assertThat(index.snapshot().getTable()).isSameAs(first);

        new DeploymentIndex(directory).append(event("b", Duration.ofHours(2)));

        assertThat(ids(index.snapshot().getTable())).containsExactly("a", "b");
    }

    @Test
    void shouldLetALaterLineReplaceAnEarlierOneOfTheSameDeployment() throws IOException {
        DeploymentIndex index = new DeploymentIndex(directory);
        index.append(
                builder("a", Duration.ofHours(3)).outcome(Outcome.ROLLED_BACK).build());
        index.append(builder("a", Duration.ofHours(3))
                .outcome(Outcome.ROLLED_BACK)
                .serviceRestoredAt(NOW.minusSeconds(60))
                .build());

        IndexSnapshot snapshot = index.snapshot();

        assertThat(snapshot.getTable().size()).isEqualTo(1);
        assertThat(snapshot.getHealth().getSupersededLines()).isEqualTo(1);
    }

    @Test
    void shouldSkipCountAndReportCorruptLines() throws IOException {
        writeFile(
                header(),
                line(event("a", Duration.ofHours(3))),
                "garbage\n",
                "{\"id\":\"x\",\"job\":\"j\",\"service\":\"s\",\"env\":\"e\",\"started\":10,\"finished\":5}\n",
                line(event("b", Duration.ofHours(1))));

        IndexSnapshot snapshot = new DeploymentIndex(directory).snapshot();

        assertThat(ids(snapshot.getTable())).containsExactly("a", "b");
        IndexHealth health = snapshot.getHealth();
        assertThat(health.getCorruptLines()).isEqualTo(2);
        assertThat(health.getCorruptLineReports()).hasSize(2);
        assertThat(health.getCorruptLineReports().get(0)).startsWith("line 3: not valid JSON");
        assertThat(health.getCorruptLineReports().get(1)).startsWith("line 4: ").contains("finishedAt");
        assertThat(health.needsRebuild()).isTrue();
    }

    @Test
    void shouldEndAnIncompleteLineBeforeAppending() throws IOException {
        writeFile(header(), line(event("a", Duration.ofHours(3))), "{\"id\":\"crashed-wri");
        DeploymentIndex index = new DeploymentIndex(directory);

        IndexSnapshot before = index.snapshot();
        index.append(event("b", Duration.ofHours(1)));
        IndexSnapshot after = index.snapshot();

        assertThat(ids(before.getTable())).containsExactly("a");
        assertThat(before.getHealth().getCorruptLines()).isZero();
        assertThat(ids(after.getTable())).containsExactly("a", "b");
        assertThat(after.getHealth().getCorruptLines()).isEqualTo(1);
        assertThat(after.getHealth().getCorruptLineReports().get(0)).startsWith("line 3:");
    }

    @Test
    void shouldSkipLinesLongerThanTheLimit() throws IOException {
        DeploymentEvent.Builder huge = builder("huge", Duration.ofHours(2));
        for (int i = 0; i < 100; i++) {
            huge.commit("commit-" + i, NOW.minusSeconds(9000));
        }
        DeploymentIndex index =
                new DeploymentIndex(directory, IndexOptions.defaults().withMaxLineBytes(1024));
        index.appendAll(List.of(event("a", Duration.ofHours(3)), huge.build(), event("b", Duration.ofHours(1))));

        IndexSnapshot snapshot = index.snapshot();

        assertThat(ids(snapshot.getTable())).containsExactly("a", "b");
        assertThat(snapshot.getHealth().getCorruptLineReports())
                .singleElement()
                .asString()
                .startsWith("line 3: ")
                .contains("longer than the limit of 1024");
    }

    @Test
    void shouldReportAMissingFileAndRebuildIt() throws IOException {
        DeploymentIndex index = new DeploymentIndex(directory.resolve("new"));

        assertThat(index.snapshot().getHealth().isMissing()).isTrue();
        assertThat(index.snapshot().getHealth().needsRebuild()).isTrue();

        IndexSnapshot rebuilt =
                index.snapshot(() -> Stream.of(event("a", Duration.ofHours(2)), event("b", Duration.ofHours(1))));

        assertThat(ids(rebuilt.getTable())).containsExactly("a", "b");
        assertThat(rebuilt.getHealth().getRebuildReason()).contains("the index file does not exist");
        assertThat(rebuilt.getHealth().needsRebuild()).isFalse();
        assertThat(index.snapshot(failingSource()).getTable().size()).isEqualTo(2);
    }

    @Test
    void shouldRebuildAnUnreadableFileAndKeepItAsBackup() throws IOException {
        writeFile("this is not an index\n", line(event("lost", Duration.ofHours(3))));
        DeploymentIndex index = new DeploymentIndex(directory);

        IndexSnapshot unreadable = index.snapshot();
        IndexSnapshot rebuilt = index.snapshot(() -> Stream.of(event("a", Duration.ofHours(2))));

        assertThat(unreadable.getTable().size()).isZero();
        assertThat(unreadable.getHealth().getProblem())
                .hasValueSatisfying(problem ->
                        assertThat(problem).contains("cannot be used").contains("deployment-sop-deployments"));
        assertThat(ids(rebuilt.getTable())).containsExactly("a");
        assertThat(rebuilt.getHealth().getRebuildReason())
                .hasValueSatisfying(reason -> assertThat(reason).contains("cannot be used"));
        assertThat(Files.readString(directory.resolve(DeploymentIndex.BACKUP_NAME)))
                .startsWith("this is not an index");
    }

    @Test
    void shouldRebuildWhenLinesAreCorruptButNotWhenHealthy() throws IOException {
        writeFile(header(), line(event("a", Duration.ofHours(3))), "garbage\n");
        DeploymentIndex index = new DeploymentIndex(directory);

        IndexSnapshot rebuilt =
                index.snapshot(() -> Stream.of(event("a", Duration.ofHours(3)), event("b", Duration.ofHours(2))));

        assertThat(ids(rebuilt.getTable())).containsExactly("a", "b");
        assertThat(rebuilt.getHealth().getRebuildReason()).hasValueSatisfying(reason -> assertThat(reason)
                .isEqualTo("1 corrupt lines, the first: line 3: not valid JSON: "
                        + reason.substring(reason.indexOf("JSON: ") + 6)));
        assertThat(rebuilt.getHealth().getCorruptLines()).isZero();
        assertThat(index.snapshot(failingSource()).getTable().size()).isEqualTo(2);
    }

    @Test
    void shouldCarryOverEventsAppendedWhileRebuilding() throws IOException {
        DeploymentIndex index = new DeploymentIndex(directory);
        index.append(event("old", Duration.ofHours(5)));
        AtomicBoolean appended = new AtomicBoolean();

        index.rebuild(() -> Stream.of(event("a", Duration.ofHours(3))).peek(event -> {
            try {
                new DeploymentIndex(directory).append(event("during", Duration.ofHours(1)));
                appended.set(true);
            } catch (IOException exception) {
                throw new UncheckedIOException(exception);
            }
        }));

        assertThat(appended).isTrue();
        assertThat(ids(index.snapshot().getTable())).containsExactly("a", "during");
    }

    @Test
    void shouldCompactAtomicallyDroppingSupersededCorruptAndExpiredLines() throws IOException {
        writeFile(
                header(),
                line(event("expired", Duration.ofDays(40))),
                line(builder("a", Duration.ofDays(2)).outcome(Outcome.FAILED).build()),
                "garbage\n",
                line(event("a", Duration.ofDays(2))),
                line(event("b", Duration.ofDays(1))));
        DeploymentIndex index = new DeploymentIndex(
                directory, IndexOptions.defaults().withRetention(TimeSpan.valueOf("retention", "30d")));
        String generationBefore = Files.readAllLines(file()).get(0);

        CompactionResult result = index.compact(NOW);

        assertThat(result.getLinesBefore()).isEqualTo(5);
        assertThat(result.getLinesAfter()).isEqualTo(2);
        assertThat(result.getSuperseded()).isEqualTo(1);
        assertThat(result.getExpired()).isEqualTo(1);
        assertThat(result.getCorrupt()).isEqualTo(1);
        List<String> lines = Files.readAllLines(file());
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isNotEqualTo(generationBefore);
        IndexSnapshot snapshot = index.snapshot();
        assertThat(ids(snapshot.getTable())).containsExactly("a", "b");
        assertThat(snapshot.getHealth().getCorruptLines()).isZero();
        assertThat(snapshot.getHealth().getSupersededLines()).isZero();
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly(DeploymentIndex.FILE_NAME);
        }
    }

    @Test
    void shouldRewriteTheEventsAChangeTouchesAndCopyTheRestAsTheyAre() throws IOException {
        String corrupt = "{\"id\":\"half a line\"}\n";
        writeFile(
                header(),
                line(event("a", Duration.ofHours(3))),
                corrupt,
                line(builder("b", Duration.ofHours(2)).job("other").build()),
                line(event("c", Duration.ofHours(1))));
        DeploymentIndex index = new DeploymentIndex(directory);

        long changed = index.rewrite(event -> event.getDeploymentId().equals("c")
                ? Optional.empty()
                : Optional.of(
                        event.getJob().equals("folder/shop")
                                ? event.toBuilder().job("folder/webshop").build()
                                : event));

        assertThat(changed).isEqualTo(2);
        List<String> lines = Files.readAllLines(file(), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(2) + "\n").isEqualTo(corrupt);
        assertThat(lines.get(3) + "\n")
                .isEqualTo(line(builder("b", Duration.ofHours(2)).job("other").build()));
        DeploymentTable table = index.snapshot().getTable();
        assertThat(ids(table)).containsExactlyInAnyOrder("a", "b");
        assertThat(table.getJobs()).containsExactlyInAnyOrder("folder/webshop", "other");
    }

    @Test
    void shouldLeaveTheFileAloneWhenARewriteChangesNothing() throws IOException {
        DeploymentIndex index = new DeploymentIndex(directory);
        assertThat(index.rewrite(event -> Optional.empty())).isZero(); // no file yet
        index.append(event("a", Duration.ofHours(3)));
        byte[] before = Files.readAllBytes(file());

        assertThat(index.rewrite(Optional::of)).isZero();

        assertThat(Files.readAllBytes(file())).isEqualTo(before);
    }

    @Test
    void shouldReloadAfterAnotherInstanceCompacted() throws IOException {
        DeploymentIndex reader = new DeploymentIndex(directory);
        DeploymentIndex writer = new DeploymentIndex(directory);
        writer.appendAll(List.of(event("a", Duration.ofHours(3)), event("a", Duration.ofHours(2))));
        assertThat(reader.snapshot().getHealth().getSupersededLines()).isEqualTo(1);

        writer.compact(NOW);
        writer.append(event("b", Duration.ofHours(1)));

        IndexSnapshot snapshot = reader.snapshot();
        assertThat(ids(snapshot.getTable())).containsExactly("a", "b");
        assertThat(snapshot.getHealth().getSupersededLines()).isZero();
    }

    @Test
    void shouldRefuseToCompactAFileThatIsNotAnIndex() throws IOException {
        writeFile("nonsense\n");

        assertThatThrownBy(() -> new DeploymentIndex(directory).compact(NOW))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("rebuild the index");
    }

    @Test
    void shouldSuggestCompactionOnlyWhenMostLinesAreDead() throws IOException {
        DeploymentIndex index =
                new DeploymentIndex(directory, IndexOptions.defaults().withSyncOnAppend(false));
        List<DeploymentEvent> events = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            events.add(event("same", Duration.ofHours(1)));
        }
        index.appendAll(events);
        index.snapshot();
        assertThat(index.needsCompaction()).isTrue();

        index.compact(NOW);
        index.snapshot();

        assertThat(index.needsCompaction()).isFalse();
    }

    @Test
    void shouldLoseNothingUnderConcurrentAppendsReadsAndCompactions() throws Exception {
        int threads = 6;
        int perThread = 150;
        DeploymentIndex reader =
                new DeploymentIndex(directory, IndexOptions.defaults().withSyncOnAppend(false));
        List<Thread> workers = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            DeploymentIndex own =
                    new DeploymentIndex(directory, IndexOptions.defaults().withSyncOnAppend(false));
            workers.add(new Thread(() -> {
                try {
                    for (int i = 0; i < perThread; i++) {
                        own.append(event("t" + thread + "-" + i, Duration.ofMinutes(i + 1L)));
                        if (i % 50 == 0) {
                            assertThat(reader.snapshot().getHealth().getCorruptLines())
                                    .isZero();
                        }
                        if (thread == 0 && i % 60 == 30) {
                            own.compact(NOW);
                        }
                    }
                } catch (Throwable exception) {
                    synchronized (failures) {
                        failures.add(exception);
                    }
                }
            }));
        }
        workers.forEach(Thread::start);
        for (Thread worker : workers) {
            worker.join(60_000);
        }

        assertThat(failures).isEmpty();
        IndexSnapshot snapshot = reader.snapshot();
        assertThat(snapshot.getTable().size()).isEqualTo(threads * perThread);
        assertThat(snapshot.getHealth().getCorruptLines()).isZero();
    }
}
