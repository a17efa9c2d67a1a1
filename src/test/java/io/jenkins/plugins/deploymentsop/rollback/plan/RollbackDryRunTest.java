package io.jenkins.plugins.deploymentsop.rollback.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.jenkins.plugins.deploymentsop.record.ChecklistEntry;
import io.jenkins.plugins.deploymentsop.record.TimelineEntry;
import io.jenkins.plugins.deploymentsop.util.LocalCommandRunner;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RollbackDryRunTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final FakeTarget target = new FakeTarget();

    @Test
    void shouldCheckRouterAndPreviousVersionForATrafficRollback() throws InterruptedException {
        DryRunReport report = RollbackDryRun.run(RollbackPlan.traffic(), target, CLOCK);

        assertThat(report.isSuccessful()).isTrue();
        assertThat(report.checks())
                .extracting(DryRunCheck::name, DryRunCheck::status)
                .containsExactly(
                        tuple("router reachable", DryRunCheck.Status.PASSED),
                        tuple("previous version healthy", DryRunCheck.Status.PASSED));
        assertThat(report.summary()).isEqualTo("TRAFFIC rollback dry run passed: 2 passed, 0 failed, 0 skipped");
        assertThat(target.asked).containsExactly("router", "previous");
    }

    @Test
    void shouldCheckEveryCommandOfAFullRollback() throws InterruptedException {
        target.existingCommands.add("./restore.sh --latest");
        RollbackPlan plan = RollbackPlan.full(
                Optional.of(DatabaseRestore.command("./restore.sh --latest")), Optional.of("./destroy.sh"));

        DryRunReport report = RollbackDryRun.run(plan, target, CLOCK);

        assertThat(report.isSuccessful()).isFalse();
        assertThat(report.summary())
                .isEqualTo("FULL rollback dry run failed: 3 passed, 1 failed, 0 skipped:"
                        + " destroy command exists (./destroy.sh not found)");
        assertThat(target.asked)
                .containsExactly("router", "previous", "command ./restore.sh --latest", "command ./destroy.sh");
    }

    @Test
    void shouldSkipARestoreByTheBodyAndReportProblemsAsTheyAre() throws InterruptedException {
        target.routerThrows = true;
        target.previousHealthy = false;

        DryRunReport report = RollbackDryRun.run(RollbackPlan.database(DatabaseRestore.body()), target, CLOCK);

        assertThat(report.checks())
                .extracting(DryRunCheck::status)
                .containsExactly(DryRunCheck.Status.ERROR, DryRunCheck.Status.FAILED, DryRunCheck.Status.SKIPPED);
        assertThat(report.checks().get(0).detail()).isEqualTo("IOException: connect timed out: 127.0.0.1:9999");
        assertThat(report.checks().get(2).detail()).contains("the step's body");
        assertThat(report.toChecklistEntry()).satisfies(entry -> {
            assertThat(entry.id()).isEqualTo("rollback-dry-run");
            assertThat(entry.severity()).isEqualTo("BLOCKING");
            assertThat(entry.status()).isEqualTo("ERROR");
            assertThat(entry.details())
                    .containsEntry("type", "DATABASE")
                    .containsEntry("restore command exists", "SKIPPED");
        });
        assertThat(report.toTimeline())
                .extracting(TimelineEntry::status)
                .containsExactly(
                        TimelineEntry.Status.FAILED, TimelineEntry.Status.FAILED, TimelineEntry.Status.SKIPPED);
        assertThat(report.toTimeline()).allSatisfy(entry -> {
            assertThat(entry.phase()).isEqualTo("ROLLBACK_DRY_RUN");
            assertThat(entry.at()).isEqualTo(NOW);
        });
    }

    @Test
    void shouldOfferOnlyQuestionsToTheTarget() {
        assertThat(Arrays.stream(RollbackTarget.class.getMethods()).map(Method::getName))
                .as("a dry run changes nothing: the target it talks to has no way to change anything")
                .containsExactlyInAnyOrder("routerReachable", "previousVersionHealthy", "commandExists");
    }

    @Test
    void shouldMapASuccessfulDryRunToAPassedGate() throws InterruptedException {
        ChecklistEntry entry =
                RollbackDryRun.run(RollbackPlan.traffic(), target, CLOCK).toChecklistEntry();

        assertThat(entry.status()).isEqualTo("PASSED");
        assertThat(entry.evidence()).isEqualTo("TRAFFIC rollback dry run passed: 2 passed, 0 failed, 0 skipped");
    }

    @Test
    void shouldFindProgramsWhereCommandsRun(@TempDir final Path folder) throws IOException, InterruptedException {
        Path script = Files.writeString(folder.resolve("restore.sh"), "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path notExecutable = Files.writeString(folder.resolve("destroy.sh"), "#!/bin/sh\n");
        LocalCommandRunner runner = new LocalCommandRunner(folder);

        assertThat(CommandPresence.check(runner, "./restore.sh --latest").passed())
                .isTrue();
        assertThat(CommandPresence.check(runner, "BACKUP=1 " + script + " now").passed())
                .isTrue();
        assertThat(CommandPresence.check(runner, "sh -c 'exit 1'").passed()).isTrue();
        assertThat(CommandPresence.check(runner, "./destroy.sh").detail())
                .isEqualTo("./destroy.sh was not found or is not executable");
        assertThat(CommandPresence.check(runner, notExecutable.toString()).passed())
                .isFalse();
        assertThat(CommandPresence.check(runner, "no-such-program-4711 --now").passed())
                .isFalse();
        assertThat(CommandPresence.check(runner, "A=1").detail()).isEqualTo("no program in the command line 'A=1'");
    }
}
