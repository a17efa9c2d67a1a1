package io.jenkins.plugins.deploymentsop.report.dora;

import io.jenkins.plugins.deploymentsop.dora.DeploymentEvent;
import io.jenkins.plugins.deploymentsop.dora.DoraCalculator;
import io.jenkins.plugins.deploymentsop.dora.DoraQuery;
import io.jenkins.plugins.deploymentsop.dora.DoraReport;
import io.jenkins.plugins.deploymentsop.dora.EventFilter;
import io.jenkins.plugins.deploymentsop.record.DeploymentType;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A rich DORA history for page tests: three services over twelve weeks, failures with incidents, an open failure,
 * hotfixes, and hostile strings in every user-supplied field.
 */
public final class DoraPageFixture {
    public static final Instant END = Instant.parse("2026-02-04T12:00:00Z");
    public static final String HOSTILE_SERVICE = "<script>alert('svc')</script>\" onmouseover=\"alert(1)";
    public static final String HOSTILE_ENVIRONMENT = "javascript:alert(document.cookie)";
    public static final String HOSTILE_JOB = "evil/<img src=x onerror=alert(2)>";
    public static final String HOSTILE_INCIDENT = "INC-1\"><script>alert(3)</script>";

    private DoraPageFixture() {}

    public static List<DeploymentEvent> events() {
        List<DeploymentEvent> events = new ArrayList<>();
        String[] services = {"shop", "cart", HOSTILE_SERVICE};
        for (int day = 0; day < 84; day++) {
            for (int s = 0; s < services.length; s++) {
                if ((day + s) % (s + 1) != 0) {
                    continue;
                }
                Instant finished = END.minus(Duration.ofDays(day)).minus(Duration.ofHours(2 + s));
                Outcome outcome = day % 9 == 4
                        ? Outcome.ROLLED_BACK
                        : day % 13 == 6 ? Outcome.FAILED : day % 17 == 3 ? Outcome.ABORTED : Outcome.SUCCEEDED;
                String environment = s == 2 ? HOSTILE_ENVIRONMENT : "production";
                String job = s == 2 ? HOSTILE_JOB : services[s] + "-deploy";
                DeploymentEvent.Builder builder = DeploymentEvent.builder()
                        .deploymentId(job + "#" + day + "#" + s)
                        .job(job)
                        .service(services[s])
                        .environment(environment)
                        .productionTier(true)
                        .type(day % 11 == 5 ? DeploymentType.HOTFIX : DeploymentType.STANDARD)
                        .outcome(outcome)
                        .startedAt(finished.minus(Duration.ofMinutes(12)))
                        .finishedAt(finished)
                        .commit(services[s] + "-c" + day, finished.minus(Duration.ofHours(5 + day % 30)))
                        .commit(services[s] + "-d" + day, finished.minus(Duration.ofHours(1 + day % 7)));
                if (outcome.isChangeFailure()) {
                    builder.failureDetectedAt(finished.minus(Duration.ofMinutes(5)));
                    if (day != 4) {
                        builder.serviceRestoredAt(finished.plus(Duration.ofMinutes(20 + day)));
                    }
                    builder.incident(s == 2 ? HOSTILE_INCIDENT : "INC-" + day);
                }
                events.add(builder.build());
            }
        }
        events.add(DeploymentEvent.builder()
                .deploymentId("staging#1#0")
                .job("shop-deploy")
                .service("shop")
                .environment("staging")
                .productionTier(false)
                .startedAt(END.minus(Duration.ofHours(3)))
                .finishedAt(END.minus(Duration.ofHours(2)))
                .build());
        return events;
    }

    public static DoraReport report() {
        return report(EventFilter.production());
    }

    public static DoraReport report(final EventFilter filter) {
        return DoraCalculator.compute(
                events(), DoraQuery.builder(END).filter(filter).trendWeeks(12).build());
    }
}
