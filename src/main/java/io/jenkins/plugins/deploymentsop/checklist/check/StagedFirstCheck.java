package io.jenkins.plugins.deploymentsop.checklist.check;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.checklist.CheckContext;
import io.jenkins.plugins.deploymentsop.checklist.CheckOutcome;
import io.jenkins.plugins.deploymentsop.checklist.DeploymentLookup;
import io.jenkins.plugins.deploymentsop.checklist.Details;
import io.jenkins.plugins.deploymentsop.checklist.PastDeployment;
import io.jenkins.plugins.deploymentsop.checklist.Texts;
import io.jenkins.plugins.deploymentsop.checklist.config.ItemFields;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * "Deploy to staging environment first": the same service and release was deployed to a named lower environment
 * before, and the latest such deployment (within an optional age) SUCCEEDED. Aborted deployments do not count
 * either way; a later failed or rolled-back deployment of the release there outweighs an earlier success.
 */
public final class StagedFirstCheck extends AbstractCheck {
    private static final long serialVersionUID = 1L;
    static final String TYPE = "stagedFirst";

    private final String environment;

    @CheckForNull
    private final TimeSpan within;

    /**
     * Creates the check.
     *
     * @param environment the environment the release must have passed first, e.g. {@code staging}
     * @param within how recent that deployment must be; empty for any age
     */
    public StagedFirstCheck(final String environment, final Optional<TimeSpan> within) {
        this.environment = environment;
        this.within = within.orElse(null);
    }

    static StagedFirstCheck read(final ItemFields fields) {
        String environment = fields.parsed("environment", StagedFirstCheck::environment)
                .orElseThrow(() -> fields.missing(
                        "environment", "the environment the release must have passed first, e.g. staging"));
        return new StagedFirstCheck(environment, fields.parsed("within", StagedFirstCheck::age));
    }

    private static String environment(final String parameter, final String text) {
        try {
            return new DeploymentKey("service", text.strip()).environment();
        } catch (InvalidInputException exception) {
            throw new InvalidInputException(
                    parameter, text, "an environment name such as staging: 1 to 100 letters, digits, '.', '_' or '-'");
        }
    }

    private static TimeSpan age(final String parameter, final String text) {
        TimeSpan span = TimeSpan.valueOf(parameter, text);
        if (span.isZero()) {
            throw new InvalidInputException(parameter, text, "an age above 0, e.g. 7d or 36h");
        }
        return span;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    protected CheckOutcome run(final CheckContext context) {
        Optional<String> service = context.service();
        Optional<String> release = context.release();
        if (service.isEmpty() || release.isEmpty()) {
            return CheckOutcome.error("No service and release to look for: the step sets them from its 'service' (or"
                    + " the job's name) and 'release'");
        }
        if (context.environment().filter(environment::equals).isPresent()) {
            return CheckOutcome.error(String.format(
                    "'environment' is %s, the environment being deployed: name the one the release must pass"
                            + " before it, e.g. staging",
                    environment));
        }
        Optional<DeploymentLookup> lookup = context.deployments();
        if (lookup.isEmpty()) {
            return CheckOutcome.error("No record of earlier deployments is available to this checklist");
        }
        List<PastDeployment> all;
        try {
            all = lookup.get().deploymentsOf(service.get(), release.get());
        } catch (IOException exception) {
            return CheckOutcome.error("The earlier deployments cannot be read: " + exception.getMessage());
        }
        return judge(all, service.get() + " " + release.get(), context.clock().instant());
    }

    private CheckOutcome judge(final List<PastDeployment> all, final String what, final Instant now) {
        List<PastDeployment> there = all.stream()
                .filter(deployment -> deployment.environment().equals(environment))
                .filter(deployment -> deployment.outcome().isDeployment())
                .sorted(Comparator.comparing(PastDeployment::finishedAt).reversed())
                .toList();
        Instant since = within == null ? Instant.MIN : now.minus(within.toDuration());
        List<PastDeployment> recent = there.stream()
                .filter(deployment -> !deployment.finishedAt().isBefore(since))
                .toList();
        Details details = Details.builder()
                .count("deployments", there.size())
                .count(
                        "succeeded",
                        there.stream()
                                .filter(deployment -> deployment.outcome() == Outcome.SUCCEEDED)
                                .count())
                .build();
        String age = within == null ? "" : " within the last " + within;
        if (recent.isEmpty()) {
            StringBuilder evidence =
                    new StringBuilder(String.format("%s has not been deployed to %s%s", what, environment, age));
            if (!there.isEmpty()) {
                evidence.append("; the latest was ").append(describe(there.get(0), now));
            } else {
                String elsewhere = elsewhere(all);
                evidence.append(
                        elsewhere.isEmpty() ? "; no deployment of it is recorded" : "; it went to " + elsewhere);
            }
            return CheckOutcome.failed(evidence.toString()).withDetails(details);
        }
        PastDeployment latest = recent.get(0);
        if (latest.outcome() == Outcome.SUCCEEDED) {
            return CheckOutcome.passed(
                            String.format("%s was deployed to %s%s: %s", what, environment, age, describe(latest, now)))
                    .withDetails(details);
        }
        boolean earlierSuccess = recent.stream().anyMatch(deployment -> deployment.outcome() == Outcome.SUCCEEDED);
        return CheckOutcome.failed(String.format(
                        "the latest deployment of %s to %s ended %s: %s%s",
                        what,
                        environment,
                        latest.outcome(),
                        describe(latest, now),
                        earlierSuccess ? "; an earlier one succeeded, but the latest decides" : ""))
                .withDetails(details);
    }

    private static String describe(final PastDeployment deployment, final Instant now) {
        return String.format(
                "%s, %s at %s (%s ago)",
                deployment.reference(), deployment.outcome(), deployment.finishedAt(), ago(deployment, now));
    }

    private static TimeSpan ago(final PastDeployment deployment, final Instant now) {
        Duration age = Duration.between(deployment.finishedAt(), now);
        if (age.isNegative()) {
            return TimeSpan.ZERO;
        }
        return TimeSpan.of("age", age.truncatedTo(age.toMinutes() > 0 ? ChronoUnit.MINUTES : ChronoUnit.SECONDS));
    }

    private static String elsewhere(final List<PastDeployment> all) {
        return Texts.list(
                all.stream()
                        .map(deployment -> deployment.environment() + " (" + deployment.outcome() + ")")
                        .distinct()
                        .collect(Collectors.toList()),
                5);
    }
}
