package io.jenkins.plugins.deploymentsop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DecisionRegistryTest {
    private static final String FIRST = "shop/deploy#1";
    private static final String SECOND = "shop/deploy#2";

    private final DecisionHandler checklist = (id, choice, user, comment) -> {};
    private final DecisionHandler canary = (id, choice, user, comment) -> {};

    static PendingDecision question(final String id) {
        return new PendingDecision(
                id,
                "Question " + id,
                "",
                List.of("CONFIRM", "REJECT"),
                List.of(),
                List.of(),
                List.of(),
                Instant.parse("2026-11-23T10:00:00Z"),
                "REJECT");
    }

    @AfterEach
    void forgetAll() {
        DecisionRegistry.forget(FIRST);
        DecisionRegistry.forget(SECOND);
    }

    @Test
    void shouldForgetEveryQuestionOfAHandlerWhoseStepEnded() {
        DecisionRegistry.register(FIRST, question("a"), checklist);
        DecisionRegistry.register(FIRST, question("b"), canary);
        DecisionRegistry.register(SECOND, question("c"), checklist);

        DecisionRegistry.forgetAllOf(checklist);

        assertThat(DecisionRegistry.pending(FIRST))
                .extracting(PendingDecision::id)
                .containsExactly("b");
        assertThat(DecisionRegistry.pending(SECOND)).isEmpty();
        assertThat(DecisionRegistry.find(FIRST, "a")).isEmpty();
    }

    @Test
    void shouldForgetEveryQuestionOfAFinishedBuild() {
        DecisionRegistry.register(FIRST, question("a"), checklist);
        DecisionRegistry.register(FIRST, question("b"), canary);
        DecisionRegistry.register(SECOND, question("c"), canary);

        DecisionRegistry.forget(FIRST);

        assertThat(DecisionRegistry.pending(FIRST)).isEmpty();
        assertThat(DecisionRegistry.pending(SECOND))
                .extracting(PendingDecision::id)
                .containsExactly("c");
    }
}
