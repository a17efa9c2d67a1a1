package io.jenkins.plugins.deploymentsop.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecklistEvaluatorTest {
    @TempDir
    private Path workspace;

    @Test
    void shouldRunNetworkChecksConcurrentlyAndKeepTheChecklistOrder() throws InterruptedException {
        CountDownLatch bothStarted = new CountDownLatch(2);
        Checklist checklist = Checklist.of(List.of(
                FixedCheck.item("first", Severity.BLOCKING, CheckOutcome.passed("file check")),
                network("health", bothStarted),
                network("tls", bothStarted),
                FixedCheck.item("last", Severity.BLOCKING, CheckOutcome.passed("file check"))));

        ChecklistResult result = new ChecklistEvaluator(2)
                .evaluate(checklist, CheckContext.builder(workspace).build());

        assertThat(result.items()).extracting(ItemResult::id).containsExactly("first", "health", "tls", "last");
        assertThat(result.items())
                .extracting(ItemResult::evidence)
                .containsExactly(
                        "file check", "saw the other check running", "saw the other check running", "file check");
    }

    @Test
    void shouldTurnAProgrammingErrorOfACheckIntoThatItemsError() throws InterruptedException {
        Checklist checklist = Checklist.of(List.of(
                new ChecklistItem(
                        "broken", "Broken", ItemGroup.INFRASTRUCTURE, Severity.BLOCKING, new Broken(false), "t"),
                new ChecklistItem(
                        "remote", "Remote", ItemGroup.INFRASTRUCTURE, Severity.WARNING, new Broken(true), "t"),
                FixedCheck.item("fine", Severity.BLOCKING, CheckOutcome.passed("ok"))));

        ChecklistResult result = new ChecklistEvaluator()
                .evaluate(checklist, CheckContext.builder(workspace).build());

        assertThat(result.items())
                .extracting(Object::toString)
                .containsExactly(
                        "broken: ERROR — The broken check failed unexpectedly: IllegalStateException: bug in the check",
                        "remote: ERROR — The broken check failed unexpectedly: IllegalStateException: bug in the check",
                        "fine: PASSED — ok");
        assertThat(result.blockingFailures()).extracting(ItemResult::id).containsExactly("broken");
    }

    private static ChecklistItem network(final String id, final CountDownLatch latch) {
        return new ChecklistItem(id, id, ItemGroup.INFRASTRUCTURE, Severity.BLOCKING, new Rendezvous(latch), "t");
    }

    /** Passes only if another check runs at the same time. */
    private static final class Rendezvous implements Check {
        private static final long serialVersionUID = 1L;
        private final transient CountDownLatch latch;

        Rendezvous(final CountDownLatch latch) {
            this.latch = latch;
        }

        @Override
        public String type() {
            return "rendezvous";
        }

        @Override
        public boolean runsConcurrently() {
            return true;
        }

        @Override
        public CheckOutcome evaluate(final CheckContext context) {
            latch.countDown();
            try {
                return latch.await(10, TimeUnit.SECONDS)
                        ? CheckOutcome.passed("saw the other check running")
                        : CheckOutcome.failed("ran alone");
            } catch (InterruptedException exception) {
                Thread.currentThread().interrupt();
                return CheckOutcome.error("interrupted");
            }
        }
    }

    /** A check with a bug. */
    private static final class Broken implements Check {
        private static final long serialVersionUID = 1L;
        private final boolean concurrent;

        Broken(final boolean concurrent) {
            this.concurrent = concurrent;
        }

        @Override
        public String type() {
            return "broken";
        }

        @Override
        public boolean runsConcurrently() {
            return concurrent;
        }

        @Override
        public CheckOutcome evaluate(final CheckContext context) {
            throw new IllegalStateException("bug in the check");
        }
    }
}
