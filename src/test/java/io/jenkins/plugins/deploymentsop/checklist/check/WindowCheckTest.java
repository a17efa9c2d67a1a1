package io.jenkins.plugins.deploymentsop.checklist.check;

import static io.jenkins.plugins.deploymentsop.checklist.check.TestItems.check;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.checklist.CheckContext;
import io.jenkins.plugins.deploymentsop.checklist.CheckOutcome;
import io.jenkins.plugins.deploymentsop.checklist.ItemStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindowCheckTest {
    private static final String SHOP_WINDOW = String.join(
            "\n",
            "type: window",
            "timezone: Europe/Berlin",
            "days: MON-FRI",
            "hours: '09:00-17:00'",
            "notBeforeWeekend: '15:00'",
            "freeze:",
            "  - name: Year-end freeze",
            "    yearly: 12-20..01-02",
            "  - name: Black Friday",
            "    dates: 2026-11-26..2026-11-30",
            "  - '2026-05-01'",
            "  - name: Database migration",
            "    dates: 2026-03-10T12:00..2026-03-10T14:30",
            "  - name: Release train",
            "    weekly: WED 16:00-17:00");

    @TempDir
    private Path workspace;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-03-03T09:15:00Z | PASSED | Tuesday 2026-03-03 10:15 Europe/Berlin is inside the deployment window (MON-FRI 09:00-17:00; not on Fridays from 15:00; 5 freeze periods)",
                "2026-03-06T13:59:00Z | PASSED | Friday 2026-03-06 14:59 Europe/Berlin is inside the deployment window (MON-FRI 09:00-17:00; not on Fridays from 15:00; 5 freeze periods)",
                "2026-03-06T14:00:00Z | FAILED | Friday 2026-03-06 15:00 Europe/Berlin is outside the deployment window: Friday from 15:00 (not before the weekend)",
                "2026-03-07T10:00:00Z | FAILED | Saturday 2026-03-07 11:00 Europe/Berlin is outside the deployment window: deployments are allowed on MON-FRI only",
                "2026-03-03T06:30:00Z | FAILED | Tuesday 2026-03-03 07:30 Europe/Berlin is outside the deployment window: outside the allowed hours 09:00-17:00",
                "2026-03-03T16:00:00Z | FAILED | Tuesday 2026-03-03 17:00 Europe/Berlin is outside the deployment window: outside the allowed hours 09:00-17:00",
                "2026-12-21T10:00:00Z | FAILED | Monday 2026-12-21 11:00 Europe/Berlin is outside the deployment window: inside Year-end freeze (every year 12-20..01-02)",
                "2027-01-04T10:00:00Z | PASSED | Monday 2027-01-04 11:00 Europe/Berlin is inside the deployment window (MON-FRI 09:00-17:00; not on Fridays from 15:00; 5 freeze periods)",
                "2026-11-27T10:00:00Z | FAILED | Friday 2026-11-27 11:00 Europe/Berlin is outside the deployment window: inside Black Friday (2026-11-26..2026-11-30)",
                "2026-05-01T10:00:00Z | FAILED | Friday 2026-05-01 12:00 Europe/Berlin is outside the deployment window: inside freeze 2026-05-01",
                "2026-03-10T12:00:00Z | FAILED | Tuesday 2026-03-10 13:00 Europe/Berlin is outside the deployment window: inside Database migration (2026-03-10T12:00..2026-03-10T14:30)",
                "2026-03-11T15:30:00Z | FAILED | Wednesday 2026-03-11 16:30 Europe/Berlin is outside the deployment window: inside Release train (every Wednesday 16:00-17:00)",
                // summer time: 07:30 UTC is 09:30 in Berlin
                "2026-07-07T07:30:00Z | PASSED | Tuesday 2026-07-07 09:30 Europe/Berlin is inside the deployment window (MON-FRI 09:00-17:00; not on Fridays from 15:00; 5 freeze periods)"
            })
    void shouldJudgeTheTimeInTheWindowsZone(final String instant, final ItemStatus status, final String evidence) {
        CheckOutcome outcome = evaluate(SHOP_WINDOW, Instant.parse(instant));

        assertThat(outcome.status()).isEqualTo(status);
        assertThat(outcome.evidence()).isEqualTo(evidence);
    }

    @Test
    void shouldWaiveAClosedWindowUnderAnEmergencyOverrideRecordingTheReason() {
        CheckOutcome outcome = evaluate(
                SHOP_WINDOW + "\nemergencyOverride:\n  reason: P1 incident INC-4711, checkout down\n  by: alice",
                Instant.parse("2026-03-07T22:00:00Z"));

        assertThat(outcome.status()).isEqualTo(ItemStatus.WAIVED);
        assertThat(outcome.evidence())
                .isEqualTo("Saturday 2026-03-07 23:00 Europe/Berlin is outside the deployment window: deployments are"
                        + " allowed on MON-FRI only; deployed under emergency override by alice: P1 incident INC-4711,"
                        + " checkout down");
        assertThat(evaluate(
                                SHOP_WINDOW + "\nemergencyOverride: hotfix for INC-4711",
                                Instant.parse("2026-03-03T09:15:00Z"))
                        .evidence())
                .endsWith("; the emergency override: hotfix for INC-4711 was not needed");
    }

    @Test
    void shouldRequireAReasonForAnOverride() {
        assertThat(TestItems.problem("type: window\nemergencyOverride:\n  by: alice"))
                .isEqualTo("checklist.yaml line 6, column 7: item 'item': missing field 'emergencyOverride.reason': why"
                        + " the window is overridden, e.g. the incident it fixes");
        assertThat(TestItems.problem("type: window\nemergencyOverride: '  '"))
                .contains("Invalid value for 'emergencyOverride.reason'");
    }

    @Test
    void shouldUseTheContextZoneAndWorkdaysByDefault() {
        CheckContext context = CheckContext.builder(workspace)
                .clock(Clock.fixed(Instant.parse("2026-03-08T12:00:00Z"), ZoneOffset.UTC))
                .zone(ZoneId.of("America/New_York"))
                .build();

        assertThat(check("type: window").evaluate(context))
                .hasToString("FAILED: Sunday 2026-03-08 08:00 America/New_York is outside the deployment window:"
                        + " deployments are allowed on MON-FRI only");
        assertThat(check("type: window\ndays: [SAT, SUN]\nhours: ['06:00-09:00', '22:00-02:00']")
                        .evaluate(context)
                        .status())
                .isEqualTo(ItemStatus.PASSED);
    }

    @Test
    void shouldLocateMistakesInWindowDefinitions() {
        assertThat(TestItems.problem("type: window\ntimezone: Berlin"))
                .contains("line 5, column 15")
                .contains("Invalid value for 'timezone': 'Berlin'");
        assertThat(TestItems.problem("type: window\ndays: MON-FUN")).contains("Invalid value for 'days'");
        assertThat(TestItems.problem("type: window\nhours: 9-17")).contains("Invalid value for 'hours': '9-17'");
        assertThat(TestItems.problem("type: window\nfreeze:\n  - 2026-12-32"))
                .contains("line 6, column 9")
                .contains("Invalid value for 'freeze[0]'");
        assertThat(TestItems.problem("type: window\nfreeze:\n  - name: x\n    yearly: 12-20..01-02\n    weekly: FRI"))
                .contains("needs exactly one of 'date', 'dates', 'yearly' or 'weekly'");
        assertThat(TestItems.problem("type: window\nfreeze:\n  - name: x\n    weeky: FRI"))
                .contains("line 7, column 9")
                .contains("unknown field 'freeze[0].weeky'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // Tuesday 14:00 Berlin + 90m = 15:30: open throughout
                "2026-03-03T13:00:00Z | PASSED | Tuesday 2026-03-03 14:00 Europe/Berlin is inside the deployment window"
                        + " (MON-FRI 09:00-17:00; not on Fridays from 15:00; 5 freeze periods) and stays open for 1h30m"
                        + " (mustStayOpenFor), until 15:30",
                // ends exactly when the hours end: the end may be closed
                "2026-03-03T14:30:00Z | PASSED | Tuesday 2026-03-03 15:30 Europe/Berlin is inside the deployment window"
                        + " (MON-FRI 09:00-17:00; not on Fridays from 15:00; 5 freeze periods) and stays open for 1h30m"
                        + " (mustStayOpenFor), until 17:00",
                "2026-03-03T14:45:00Z | FAILED | Tuesday 2026-03-03 15:45 Europe/Berlin is inside the deployment window,"
                        + " but it closes at 17:00 (outside the allowed hours 09:00-17:00), 1h15m after the start; the"
                        + " deployment and its rollback need it open for 1h30m (mustStayOpenFor), until 17:15",
                // Friday 14:00: the weekend rule closes it at 15:00
                "2026-03-06T13:00:00Z | FAILED | Friday 2026-03-06 14:00 Europe/Berlin is inside the deployment window,"
                        + " but it closes at 15:00 (Friday from 15:00 (not before the weekend)), 1h after the start; the"
                        + " deployment and its rollback need it open for 1h30m (mustStayOpenFor), until 15:30",
                // a date-time freeze begins at 12:00 within the span
                "2026-03-10T10:00:00Z | FAILED | Tuesday 2026-03-10 11:00 Europe/Berlin is inside the deployment window,"
                        + " but it closes at 12:00 (inside Database migration (2026-03-10T12:00..2026-03-10T14:30)), 1h"
                        + " after the start; the deployment and its rollback need it open for 1h30m (mustStayOpenFor),"
                        + " until 12:30",
                // the weekly release train freezes Wednesday 16:00
                "2026-03-11T14:00:00Z | FAILED | Wednesday 2026-03-11 15:00 Europe/Berlin is inside the deployment"
                        + " window, but it closes at 16:00 (inside Release train (every Wednesday 16:00-17:00)), 1h after"
                        + " the start; the deployment and its rollback need it open for 1h30m (mustStayOpenFor), until"
                        + " 16:30",
                // a closed window says so, as without mustStayOpenFor
                "2026-03-07T10:00:00Z | FAILED | Saturday 2026-03-07 11:00 Europe/Berlin is outside the deployment"
                        + " window: deployments are allowed on MON-FRI only"
            })
    void shouldRequireTheWindowToStayOpenForTheDeploymentAndItsRollback(
            final String instant, final ItemStatus status, final String evidence) {
        CheckOutcome outcome = evaluate(SHOP_WINDOW + "\nmustStayOpenFor: 90m", Instant.parse(instant));

        assertThat(outcome.status()).isEqualTo(status);
        assertThat(outcome.evidence()).isEqualTo(evidence);
    }

    @Test
    void shouldFindAClosingAcrossMidnightAndDaylightSavingTime() {
        String nights = "type: window\ntimezone: Europe/Berlin\ndays: MON-SUN\nhours: '22:00-06:00'";

        // Saturday 28 March 2026 23:30 CET; clocks go forward at 02:00, so 6h later is 06:30 CEST
        CheckOutcome outcome = evaluate(nights + "\nmustStayOpenFor: 6h", Instant.parse("2026-03-28T22:30:00Z"));

        assertThat(outcome.status()).isEqualTo(ItemStatus.FAILED);
        assertThat(outcome.evidence())
                .contains("closes at Sunday 2026-03-29 06:00 (outside the allowed hours 22:00-06:00), 5h30m after"
                        + " the start")
                .endsWith("until Sunday 2026-03-29 06:30");
        assertThat(evaluate(nights + "\nmustStayOpenFor: 5h30m", Instant.parse("2026-03-28T22:30:00Z"))
                        .status())
                .isEqualTo(ItemStatus.PASSED);
    }

    @Test
    void shouldFindAFreezeThatBeginsBetweenWholeMinutes() {
        CheckOutcome outcome = evaluate(
                "type: window\ndays: MON-SUN\nfreeze:\n  - 2026-03-03T10:20:30..2026-03-03T11:00\n"
                        + "mustStayOpenFor: 10m",
                Instant.parse("2026-03-03T10:15:10Z"));

        assertThat(outcome.evidence())
                .contains("closes at 10:20:30 (inside freeze 2026-03-03T10:20:30..2026-03-03T11:00),"
                        + " 5m20s after the start");
    }

    @Test
    void shouldWaiveAWindowClosingTooSoonUnderAnEmergencyOverride() {
        CheckOutcome outcome = evaluate(
                SHOP_WINDOW + "\nmustStayOpenFor: 2h\nemergencyOverride: P1 incident INC-4711",
                Instant.parse("2026-03-03T15:00:00Z"));

        assertThat(outcome.status()).isEqualTo(ItemStatus.WAIVED);
        assertThat(outcome.evidence())
                .contains("but it closes at 17:00")
                .endsWith("; deployed under emergency override: P1 incident INC-4711");
    }

    @Test
    void shouldRefuseAnUnusableStay() {
        assertThat(TestItems.problem("type: window\nmustStayOpenFor: 0s"))
                .contains("Invalid value for 'mustStayOpenFor': '0s'")
                .contains("above 0 and at most 7d");
        assertThat(TestItems.problem("type: window\nmustStayOpenFor: 8d")).contains("at most 7d");
        assertThat(TestItems.problem("type: window\nmustStayOpenFor: soon"))
                .contains("Invalid value for 'mustStayOpenFor': 'soon'");
    }

    private CheckOutcome evaluate(final String fields, final Instant now) {
        return check(fields)
                .evaluate(CheckContext.builder(workspace)
                        .clock(Clock.fixed(now, ZoneOffset.UTC))
                        .build());
    }
}
