package io.jenkins.plugins.deploymentsop.dora;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.record.DeploymentType;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.Set;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DoraModelTest {
    private static final Instant T = Instant.parse("2026-02-04T12:00:00Z");

    private static DeploymentEvent.Builder valid() {
        return DeploymentEvent.builder()
                .deploymentId("a/b#1#0")
                .job("a/b")
                .service(" shop ")
                .environment("production")
                .startedAt(T.minusSeconds(60))
                .finishedAt(T);
    }

    @Test
    void shouldValidateEventsNamingTheField() {
        assertThatThrownBy(() -> valid().service("  ").build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'service'");
        assertThatThrownBy(() -> DeploymentEvent.builder().build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'deploymentId'")
                .hasMessageContaining("(missing)");
        assertThatThrownBy(() -> valid().finishedAt(T.minusSeconds(61)).build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'finishedAt'")
                .hasMessageContaining("not before startedAt");
        assertThatThrownBy(() -> valid().failureDetectedAt(T)
                        .serviceRestoredAt(T.minusSeconds(1))
                        .build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'serviceRestoredAt'");
        assertThatThrownBy(() ->
                        valid().startedAt(Instant.parse("1969-12-31T00:00:00Z")).build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("from 1970 to 9999");
        assertThatThrownBy(() -> valid().commit("x".repeat(201), T).build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'commit.id'");
        assertThatThrownBy(() -> valid().outcome(Outcome.IN_PROGRESS).build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'outcome'")
                .hasMessageContaining("IN_PROGRESS")
                .hasMessageContaining("finished deployment");
    }

    @Test
    void shouldTrimNamesAndDropDuplicateIncidents() {
        DeploymentEvent event =
                valid().incident("INC-1").incident(" INC-1 ").incident("INC-2").build();

        assertThat(event.getService()).isEqualTo("shop");
        assertThat(event.getIncidentIds()).containsExactly("INC-1", "INC-2");
        assertThat(event.getFailureDetectedAt()).isEmpty();
        assertThat(event.getType()).isEqualTo(DeploymentType.STANDARD);
        assertThat(event.isProductionTier()).isFalse();
    }

    @Test
    void shouldSerializeEvents() throws IOException, ClassNotFoundException {
        DeploymentEvent event = valid().commit("abc", T.minusSeconds(600))
                .outcome(Outcome.ROLLED_BACK)
                .failureDetectedAt(T.minusSeconds(30))
                .serviceRestoredAt(T)
                .incident("INC-7")
                .build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(event);
        }

        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(event);
        }
    }

    @Test
    void shouldClassifyOutcomesAndTypes() {
        assertThat(Outcome.FAILED.isChangeFailure()).isTrue();
        assertThat(Outcome.ROLLED_BACK.isChangeFailure()).isTrue();
        assertThat(Outcome.SUCCEEDED.isChangeFailure()).isFalse();
        assertThat(Outcome.ABORTED.isDeployment()).isFalse();
        assertThat(Outcome.IN_PROGRESS.isDeployment()).isFalse();
        assertThat(Outcome.SUCCEEDED.isDeployment()).isTrue();
        assertThat(Outcome.ROLLED_BACK.isDeployment()).isTrue();
        assertThat(DeploymentType.HOTFIX.isUnplanned()).isTrue();
        assertThat(DeploymentType.FEATURE_FLAG.isUnplanned()).isFalse();
        assertThat(PerformanceBand.ELITE.getDisplayName()).isEqualTo("Elite");
        assertThat(FrequencyClass.MONTHLY.getDisplayName()).isEqualTo("Monthly");
    }

    @Test
    void shouldParseWindows() {
        assertThat(DoraWindow.valueOf("window", "30")).isEqualTo(DoraWindow.MONTH);
        assertThat(DoraWindow.valueOf("window", " 7D ")).isEqualTo(DoraWindow.WEEK);
        assertThat(DoraWindow.ofDays(1).toString()).isEqualTo("1 day");
        assertThat(DoraWindow.YEAR.start(T)).isEqualTo(T.minusSeconds(365L * 86_400));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-7", "3651", "thirty", "", "1e3", "99999999999"})
    void shouldRejectBadWindows(final String text) {
        assertThatThrownBy(() -> DoraWindow.valueOf("window", text))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'window'")
                .hasMessageContaining("1 to 3650");
    }

    @Test
    void shouldBuildFilters() {
        EventFilter filter = EventFilter.production()
                .withJobs(Set.of("a"))
                .withService("shop")
                .withEnvironment(" ");

        assertThat(filter.getService()).contains("shop");
        assertThat(filter.getEnvironment()).isEmpty();
        assertThat(filter.acceptsJob("a")).isTrue();
        assertThat(filter.acceptsJob("b")).isFalse();
        assertThat(filter.acceptsTier(false)).isFalse();
        assertThat(filter.includingNonProduction().acceptsTier(false)).isTrue();
        assertThat(filter.withoutGroup().acceptsGroup("cart", "x")).isTrue();
        assertThat(filter.accepts(valid().job("a").productionTier(true).build()))
                .isTrue();
    }

    @Test
    void shouldValidateQueries() {
        assertThatThrownBy(
                        () -> DoraQuery.builder(T).windows(java.util.List.of()).build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'windows'");
        assertThatThrownBy(() -> DoraQuery.builder(T).trendWeeks(0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'trendWeeks'");
        DoraQuery query = DoraQuery.builder(T)
                .windows(java.util.List.of(DoraWindow.YEAR, DoraWindow.WEEK, DoraWindow.WEEK))
                .build();
        assertThat(query.getWindows()).containsExactly(DoraWindow.WEEK, DoraWindow.YEAR);
        assertThat(query.getLongestWindow()).isEqualTo(DoraWindow.YEAR);
    }

    @Test
    void shouldObeyEqualsContracts() {
        EqualsVerifier.forClass(DeploymentEvent.class).verify();
        EqualsVerifier.forClass(CommitRef.class).verify();
        EqualsVerifier.forClass(DoraWindow.class).verify();
        EqualsVerifier.forClass(Scope.class).verify();
        EqualsVerifier.forClass(EventFilter.class).verify();
        EqualsVerifier.forClass(DurationStatistics.class).verify();
    }
}
