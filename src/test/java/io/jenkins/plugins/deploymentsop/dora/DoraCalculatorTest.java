package io.jenkins.plugins.deploymentsop.dora;

import static io.jenkins.plugins.deploymentsop.dora.TestEvents.END;
import static io.jenkins.plugins.deploymentsop.dora.TestEvents.ago;
import static io.jenkins.plugins.deploymentsop.dora.TestEvents.days;
import static io.jenkins.plugins.deploymentsop.dora.TestEvents.deployment;
import static io.jenkins.plugins.deploymentsop.dora.TestEvents.hours;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.record.DeploymentType;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import io.jenkins.plugins.deploymentsop.value.Percentage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DoraCalculatorTest {
    private static DoraReport compute(final List<DeploymentEvent> events) {
        return DoraCalculator.compute(events, DoraQuery.builder(END).build());
    }

    private static DoraMetrics overall(final DoraReport report, final DoraWindow window) {
        return report.getOverall().getWindow(window).orElseThrow();
    }

    @Test
    void shouldReportNoDataInsteadOfZeroWithoutDeployments() {
        DoraReport report = compute(List.of());

        for (DoraWindow window : DoraWindow.STANDARD) {
            DoraMetrics metrics = overall(report, window);
            assertThat(metrics.hasData()).isFalse();
            assertThat(metrics.getFrequency().getPerDay()).isEmpty();
            assertThat(metrics.getFrequency().getFrequencyClass()).isEmpty();
            assertThat(metrics.getFrequency().getBand()).isEmpty();
            assertThat(metrics.getLeadTime().hasData()).isFalse();
            assertThat(metrics.getChangeFailureRate().getRate()).isEmpty();
            assertThat(metrics.getChangeFailureRate().getBand()).isEmpty();
            assertThat(metrics.getRecoveryTime().hasData()).isFalse();
            assertThat(metrics.getReworkRate().getRate()).isEmpty();
        }
        assertThat(report.getGroups()).isEmpty();
        assertThat(report.getOverall().getTrend()).hasSize(DoraQuery.DEFAULT_TREND_WEEKS);
        assertThat(report.getOverall().getTrend())
                .allSatisfy(week -> assertThat(week.getMetrics().hasData()).isFalse());
    }

    @Test
    void shouldComputeAllMetricsOfASingleDeployment() {
        DoraReport report = compute(List.of(deployment(days(2))
                .commit("aaaa", ago(days(2).plus(hours(1))))
                .commit("bbbb", ago(days(2).plus(hours(3))))
                .build()));

        DoraMetrics week = overall(report, DoraWindow.WEEK);
        assertThat(week.getDeployments()).isEqualTo(1);
        assertThat(week.getFrequency().getPerDay().getAsDouble()).isEqualTo(1 / 7.0);
        assertThat(week.getFrequency().getPerWeek().getAsDouble()).isEqualTo(1.0);
        assertThat(week.getFrequency().getMeanInterval()).contains(days(7));
        assertThat(week.getFrequency().getFrequencyClass()).contains(FrequencyClass.WEEKLY);
        assertThat(week.getFrequency().getBand()).contains(PerformanceBand.HIGH);
        DurationStatistics leadTime = week.getLeadTime().getStatistics().orElseThrow();
        assertThat(leadTime.getCount()).isEqualTo(2);
        assertThat(leadTime.getMedian()).isEqualTo(hours(2));
        assertThat(leadTime.getP90()).isEqualTo(hours(2).plusMinutes(48)); // 1h + 0.9 * (3h - 1h)
        assertThat(week.getLeadTime().getBand()).contains(PerformanceBand.ELITE);
        assertThat(week.getChangeFailureRate().getRate()).contains(Percentage.ZERO);
        assertThat(week.getChangeFailureRate().getBand()).contains(PerformanceBand.ELITE);
        assertThat(week.getRecoveryTime().hasData()).isFalse();
        assertThat(week.getRecoveryTime().getFailures()).isZero();
        assertThat(week.getReworkRate().getRate()).contains(Percentage.ZERO);

        DoraMetrics month = overall(report, DoraWindow.MONTH);
        assertThat(month.getFrequency().getFrequencyClass()).contains(FrequencyClass.MONTHLY);
        assertThat(month.getFrequency().getBand()).contains(PerformanceBand.MEDIUM);
        DoraMetrics year = overall(report, DoraWindow.YEAR);
        assertThat(year.getFrequency().getFrequencyClass()).contains(FrequencyClass.YEARLY);
        assertThat(year.getFrequency().getBand()).contains(PerformanceBand.LOW);

        assertThat(report.getGroups()).singleElement().satisfies(group -> {
            assertThat(group.getScope()).isEqualTo(Scope.of("shop", "production"));
            assertThat(group.getJobs()).containsExactly("shop-deploy");
            assertThat(group.getWindow(DoraWindow.WEEK).orElseThrow().getDeployments())
                    .isEqualTo(1);
        });
    }

    @Test
    void shouldReportUnrecoveredFailuresInsteadOfIgnoringThem() {
        DeploymentEvent open = deployment(days(1))
                .outcome(Outcome.ROLLED_BACK)
                .failureDetectedAt(ago(hours(30)))
                .build();
        DeploymentEvent restored = deployment(days(3))
                .outcome(Outcome.FAILED)
                .failureDetectedAt(ago(days(3)))
                .serviceRestoredAt(ago(days(3)).plus(Duration.ofMinutes(40)))
                .build();
        DeploymentEvent restoredAfterReportEnd = deployment(days(2))
                .outcome(Outcome.FAILED)
                .serviceRestoredAt(END.plus(hours(1)))
                .build();

        RecoveryTime recovery = overall(compute(List.of(open, restored, restoredAfterReportEnd)), DoraWindow.WEEK)
                .getRecoveryTime();

        assertThat(recovery.getFailures()).isEqualTo(3);
        assertThat(recovery.getRecovered()).isEqualTo(1);
        assertThat(recovery.getUnrecovered()).isEqualTo(2);
        assertThat(recovery.getLongestOpen()).contains(days(2)); // the one restored only after the report instant
        assertThat(recovery.getOpenFailures())
                .containsExactly(restoredAfterReportEnd.getDeploymentId(), open.getDeploymentId());
        assertThat(recovery.getStatistics().orElseThrow().getMedian()).isEqualTo(Duration.ofMinutes(40));
        assertThat(recovery.getBand()).contains(PerformanceBand.ELITE);
    }

    @Test
    void shouldReportNoRecoveryMedianWhenNoFailureWasRestored() {
        RecoveryTime recovery = overall(
                        compute(List.of(
                                deployment(days(1)).outcome(Outcome.FAILED).build())),
                        DoraWindow.WEEK)
                .getRecoveryTime();

        assertThat(recovery.hasData()).isFalse();
        assertThat(recovery.getBand()).isEmpty();
        assertThat(recovery.getUnrecovered()).isEqualTo(1);
        assertThat(recovery.getLongestOpen()).contains(days(1));
    }

    @Test
    void shouldMeasureRecoveryFromTheEndOfTheDeploymentWithoutDetectionTime() {
        RecoveryTime recovery = overall(
                        compute(List.of(deployment(hours(5))
                                .outcome(Outcome.ROLLED_BACK)
                                .serviceRestoredAt(ago(hours(3)))
                                .build())),
                        DoraWindow.WEEK)
                .getRecoveryTime();

        assertThat(recovery.getStatistics().orElseThrow().getMedian()).isEqualTo(hours(2));
        assertThat(recovery.getBand()).contains(PerformanceBand.HIGH);
    }

    @Test
    void shouldCountACommitOnceAtItsFirstSuccessfulProductionDeployment() {
        DeploymentEvent first = deployment(days(40)).commit("c1", ago(days(41))).build();
        DeploymentEvent failedAttempt = deployment(days(5))
                .outcome(Outcome.FAILED)
                .commit("c2", ago(days(6)))
                .build();
        DeploymentEvent again = deployment(days(3))
                .commit("c1", ago(days(41)))
                .commit("c2", ago(days(6)))
                .commit("c3", ago(days(4)))
                .build();

        DoraReport report = compute(List.of(first, failedAttempt, again));

        LeadTime week = overall(report, DoraWindow.WEEK).getLeadTime();
        assertThat(week.getCommits()).isEqualTo(2); // c2 and c3; c1 went out 40 days ago
        assertThat(week.getStatistics().orElseThrow().getMedian()).isEqualTo(days(2)); // (3d + 1d) / 2
        LeadTime quarter = overall(report, DoraWindow.QUARTER).getLeadTime();
        assertThat(quarter.getCommits()).isEqualTo(3);
        assertThat(quarter.getStatistics().orElseThrow().getMedian()).isEqualTo(days(1));
    }

    @Test
    void shouldCountASharedCommitOnceOverallButOncePerService() {
        DeploymentEvent shop =
                deployment(days(2)).commit("shared", ago(days(3))).build();
        DeploymentEvent cart = deployment(days(1))
                .service("cart")
                .commit("shared", ago(days(3)))
                .build();

        DoraReport report = compute(List.of(shop, cart));

        assertThat(overall(report, DoraWindow.WEEK).getLeadTime().getCommits()).isEqualTo(1);
        assertThat(report.getGroups()).hasSize(2).allSatisfy(group -> assertThat(group.getWindow(DoraWindow.WEEK)
                        .orElseThrow()
                        .getLeadTime()
                        .getCommits())
                .isEqualTo(1));
        assertThat(report.getGroup("cart", "production")
                        .orElseThrow()
                        .getWindow(DoraWindow.WEEK)
                        .orElseThrow()
                        .getLeadTime()
                        .getStatistics()
                        .orElseThrow()
                        .getMedian())
                .isEqualTo(days(2));
    }

    @Test
    void shouldSkipAndCountCommitsStampedAfterTheirDeployment() {
        LeadTime leadTime = overall(
                        compute(List.of(deployment(days(1))
                                .commit("future", ago(hours(1)))
                                .commit("past", ago(hours(30)))
                                .build())),
                        DoraWindow.WEEK)
                .getLeadTime();

        assertThat(leadTime.getCommits()).isEqualTo(1);
        assertThat(leadTime.getSkippedCommits()).isEqualTo(1);
        assertThat(leadTime.getStatistics().orElseThrow().getMedian()).isEqualTo(hours(6));
    }

    @Test
    void shouldInterpolateMedianAndP90BetweenRanks() {
        DeploymentEvent.Builder builder = deployment(hours(1));
        for (int hour = 1; hour <= 10; hour++) {
            builder.commit("commit-" + hour, ago(hours(1 + hour)));
        }

        DurationStatistics statistics = overall(compute(List.of(builder.build())), DoraWindow.WEEK)
                .getLeadTime()
                .getStatistics()
                .orElseThrow();

        assertThat(statistics.getMedian()).isEqualTo(Duration.ofMinutes(330)); // 5.5h
        assertThat(statistics.getP90()).isEqualTo(Duration.ofMinutes(546)); // 9.1h
    }

    @Test
    void shouldIgnoreNonProductionEventsUnlessAsked() {
        List<DeploymentEvent> events = List.of(
                deployment(days(1)).build(),
                deployment(days(1))
                        .environment("staging")
                        .productionTier(false)
                        .outcome(Outcome.FAILED)
                        .build());

        DoraReport production = compute(events);
        DoraReport all = DoraCalculator.compute(
                events,
                DoraQuery.builder(END)
                        .filter(EventFilter.production().includingNonProduction())
                        .build());

        assertThat(overall(production, DoraWindow.WEEK).getDeployments()).isEqualTo(1);
        assertThat(overall(production, DoraWindow.WEEK).getChangeFailureRate().getFailures())
                .isZero();
        assertThat(production.getEnvironments()).containsExactly("production");
        assertThat(overall(all, DoraWindow.WEEK).getDeployments()).isEqualTo(2);
        assertThat(all.getEnvironments()).containsExactly("production", "staging");
    }

    @Test
    void shouldExcludeAbortedRunsFromEveryRate() {
        DoraMetrics week = overall(
                compute(List.of(
                        deployment(days(1)).build(),
                        deployment(days(1)).outcome(Outcome.FAILED).build(),
                        deployment(days(1))
                                .outcome(Outcome.ABORTED)
                                .type(DeploymentType.HOTFIX)
                                .build())),
                DoraWindow.WEEK);

        assertThat(week.getDeployments()).isEqualTo(2);
        assertThat(week.getAborted()).isEqualTo(1);
        assertThat(week.getChangeFailureRate().getRate()).contains(Percentage.of(50));
        assertThat(week.getReworkRate().getUnplanned()).isZero();
    }

    @Test
    void shouldLinkIncidentsToChangeFailures() {
        DoraMetrics week = overall(
                compute(List.of(
                        deployment(days(4)).build(),
                        deployment(days(3))
                                .outcome(Outcome.FAILED)
                                .incident("INC-1")
                                .build(),
                        deployment(days(2))
                                .outcome(Outcome.ROLLED_BACK)
                                .incident("INC-2")
                                .incident("INC-1")
                                .build(),
                        deployment(days(1)).incident("INC-9").build())),
                DoraWindow.WEEK);

        ChangeFailureRate rate = week.getChangeFailureRate();
        assertThat(rate.getFailures()).isEqualTo(2);
        assertThat(rate.getDeployments()).isEqualTo(4);
        assertThat(rate.getRate()).contains(Percentage.of(50));
        assertThat(rate.getBand()).contains(PerformanceBand.LOW);
        assertThat(rate.getIncidents()).isEqualTo(2);
        assertThat(rate.getIncidentIds()).containsExactly("INC-2", "INC-1");
    }

    @Test
    void shouldCountHotfixesAsRework() {
        List<DeploymentEvent> events = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            events.add(deployment(hours(i + 1)).build());
        }
        events.add(deployment(hours(12)).type(DeploymentType.HOTFIX).build());
        events.add(deployment(hours(13)).type(DeploymentType.FEATURE_FLAG).build());

        ReworkRate rework = overall(compute(events), DoraWindow.WEEK).getReworkRate();

        assertThat(rework.getUnplanned()).isEqualTo(1);
        assertThat(rework.getDeployments()).isEqualTo(11);
        assertThat(rework.getRate()).contains(Percentage.of(9.09));
        assertThat(rework.getBand()).contains(PerformanceBand.HIGH);
    }

    @Test
    void shouldIncludeTheWindowStartAndExcludeTheReportInstant() {
        DoraReport report = compute(List.of(
                deployment(days(7)).build(),
                deployment(days(7).plusMillis(1)).build(),
                DeploymentEvent.builder()
                        .deploymentId("at-end")
                        .job("j")
                        .service("shop")
                        .environment("production")
                        .productionTier(true)
                        .startedAt(END)
                        .finishedAt(END)
                        .build()));

        assertThat(overall(report, DoraWindow.WEEK).getDeployments()).isEqualTo(1);
        assertThat(overall(report, DoraWindow.MONTH).getDeployments()).isEqualTo(2);
        assertThat(overall(report, DoraWindow.WEEK).getStart()).isEqualTo(ago(days(7)));
        assertThat(overall(report, DoraWindow.WEEK).getEnd()).isEqualTo(END);
    }

    @Test
    void shouldBuildIsoWeeksEndingWithThePartialWeekOfTheReportInstant() {
        DoraReport report = DoraCalculator.compute(
                List.of(
                        deployment(Duration.between(java.time.Instant.parse("2026-02-02T00:00:00Z"), END))
                                .build(),
                        deployment(Duration.between(java.time.Instant.parse("2026-02-01T23:59:59.999Z"), END))
                                .build(),
                        deployment(Duration.between(java.time.Instant.parse("2026-01-26T00:00:00Z"), END))
                                .build()),
                DoraQuery.builder(END).trendWeeks(3).build());

        List<WeekPoint> trend = report.getOverall().getTrend();
        assertThat(trend).extracting(WeekPoint::getIsoWeek).containsExactly("2026-W04", "2026-W05", "2026-W06");
        assertThat(trend).extracting(WeekPoint::isPartial).containsExactly(false, false, true);
        assertThat(trend).extracting(week -> week.getMetrics().getDeployments()).containsExactly(0, 2, 1);
        assertThat(trend.get(2).getMetrics().getStart()).isEqualTo(java.time.Instant.parse("2026-02-02T00:00:00Z"));
        assertThat(trend.get(2).getMetrics().getEnd()).isEqualTo(END);
        assertThat(trend.get(0).getMetrics().hasData()).isFalse();
    }

    @Test
    void shouldCloseTheLastWeekWhenTheReportEndsOnMondayMidnight() {
        DoraReport report = DoraCalculator.compute(
                List.of(),
                DoraQuery.builder(java.time.Instant.parse("2026-02-02T00:00:00Z"))
                        .trendWeeks(1)
                        .build());

        WeekPoint week = report.getOverall().getTrend().get(0);
        assertThat(week.getIsoWeek()).isEqualTo("2026-W05");
        assertThat(week.isPartial()).isFalse();
    }

    @Test
    void shouldUseTheLastEventOfADeploymentId() {
        DeploymentEvent failed = deployment(days(1))
                .deploymentId("shop#1#0")
                .outcome(Outcome.ROLLED_BACK)
                .build();
        DeploymentEvent updated = deployment(days(1))
                .deploymentId("shop#1#0")
                .outcome(Outcome.ROLLED_BACK)
                .serviceRestoredAt(ago(hours(20)))
                .build();

        RecoveryTime recovery =
                overall(compute(List.of(failed, updated)), DoraWindow.WEEK).getRecoveryTime();

        assertThat(recovery.getFailures()).isEqualTo(1);
        assertThat(recovery.getUnrecovered()).isZero();
        assertThat(recovery.getStatistics().orElseThrow().getMedian()).isEqualTo(hours(4));
    }

    @Test
    void shouldOnlyCountAndOfferWhatTheReadableJobsDeployed() {
        List<DeploymentEvent> events = List.of(
                deployment(days(1)).build(),
                deployment(days(1)).job("secret-job").service("secret-service").build());

        DoraReport report = DoraCalculator.compute(
                events,
                DoraQuery.builder(END)
                        .filter(EventFilter.production().withJobs(Set.of("shop-deploy")))
                        .build());

        assertThat(overall(report, DoraWindow.WEEK).getDeployments()).isEqualTo(1);
        assertThat(report.getServices()).containsExactly("shop");
        assertThat(report.getGroups())
                .extracting(ScopeMetrics::getScope)
                .containsExactly(Scope.of("shop", "production"));
        assertThat(report.getOverall().getJobs()).containsExactly("shop-deploy");
    }

    @Test
    void shouldFilterByServiceAndEnvironmentButStillOfferAllChoices() {
        List<DeploymentEvent> events = List.of(
                deployment(days(1)).build(),
                deployment(days(1)).service("cart").build(),
                deployment(days(1)).environment("production-eu").build());

        DoraReport report = DoraCalculator.compute(
                events,
                DoraQuery.builder(END)
                        .filter(EventFilter.production().withService("shop").withEnvironment("production"))
                        .build());

        assertThat(overall(report, DoraWindow.WEEK).getDeployments()).isEqualTo(1);
        assertThat(report.getServices()).containsExactly("cart", "shop");
        assertThat(report.getEnvironments()).containsExactly("production", "production-eu");
    }

    @Test
    void shouldClassifyThreeDeploymentDaysPerWeekAsDaily() {
        List<DeploymentEvent> events = new ArrayList<>();
        for (int week = 0; week < 4; week++) {
            for (int day : new int[] {0, 2, 4}) {
                events.add(deployment(days(week * 7L + day).plusHours(1)).build());
                events.add(deployment(days(week * 7L + day).plusHours(2)).build());
            }
        }

        DeploymentFrequency month = overall(compute(events), DoraWindow.MONTH).getFrequency();

        assertThat(month.getDeployments()).isEqualTo(24);
        assertThat(month.getDeploymentDays()).isEqualTo(12);
        assertThat(month.getFrequencyClass()).contains(FrequencyClass.DAILY);
        assertThat(month.getMeanInterval()).contains(Duration.ofMinutes(30 * 24 * 60 / 24));
        assertThat(month.getBand()).contains(PerformanceBand.HIGH);
    }

    @Test
    void shouldApplyConfiguredThresholds() {
        BandThresholds strict = BandThresholds.builder()
                .leadTime(
                        io.jenkins.plugins.deploymentsop.value.TimeSpan.ofMinutes(30),
                        io.jenkins.plugins.deploymentsop.value.TimeSpan.ofMinutes(60),
                        io.jenkins.plugins.deploymentsop.value.TimeSpan.ofMinutes(90))
                .build();

        DoraReport report = DoraCalculator.compute(
                List.of(deployment(hours(1)).commit("c", ago(hours(3))).build()),
                DoraQuery.builder(END).thresholds(strict).build());

        assertThat(overall(report, DoraWindow.WEEK).getLeadTime().getBand()).contains(PerformanceBand.LOW);
    }
}
