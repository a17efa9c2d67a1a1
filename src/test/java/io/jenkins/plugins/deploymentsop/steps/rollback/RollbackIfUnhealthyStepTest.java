package io.jenkins.plugins.deploymentsop.steps.rollback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.health.HealthProbe;
import io.jenkins.plugins.deploymentsop.health.ProbeAttempt;
import io.jenkins.plugins.deploymentsop.metrics.HttpAuth;
import io.jenkins.plugins.deploymentsop.rollback.DefaultRules;
import io.jenkins.plugins.deploymentsop.rollback.NoDataPolicy;
import io.jenkins.plugins.deploymentsop.rollback.Rule;
import io.jenkins.plugins.deploymentsop.rollback.RuleField;
import io.jenkins.plugins.deploymentsop.rollback.RuleSet;
import io.jenkins.plugins.deploymentsop.rollback.RuleSource;
import io.jenkins.plugins.deploymentsop.rollback.plan.ActionKind;
import io.jenkins.plugins.deploymentsop.rollback.plan.PlannedAction;
import io.jenkins.plugins.deploymentsop.rollback.plan.RollbackType;
import io.jenkins.plugins.deploymentsop.steps.ColorTargets;
import io.jenkins.plugins.deploymentsop.steps.HealthCheckConfiguration;
import io.jenkins.plugins.deploymentsop.steps.ProbeTarget;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The step's parameters: each bad value fails with a message naming the parameter, the value and what is allowed;
 * the nested Describables map onto the engine's rule layer, metric readers and probes.
 */
class RollbackIfUnhealthyStepTest {
    private static final SecretLookup NO_SECRETS = id -> {
        throw new InvalidInputException("credentialsId", id, "a known credential");
    };

    private static final ProbeFactory LOCAL_PROBES = (check, color, targets) ->
            check.createProbe(new ProbeTarget(color, targets, noCommands(), ProbeTarget.CredentialsLookup.NONE));

    private static RollbackIfUnhealthyStep step() {
        return new RollbackIfUnhealthyStep("shop", "production");
    }

    private static CommandRunner noCommands() {
        return (command, environment, timeout) -> {
            throw new IllegalStateException("no command expected");
        };
    }

    /** A health check that names the URL it would probe. */
    private static final class UrlCheck extends HealthCheckConfiguration {
        private static final long serialVersionUID = 1L;

        @Override
        public HealthProbe createProbe(final ProbeTarget target) {
            String url = target.url() + "/health";
            return new HealthProbe() {
                @Override
                public String name() {
                    return "GET " + url;
                }

                @Override
                public ProbeAttempt attempt() {
                    return ProbeAttempt.passed(Duration.ZERO, "ok");
                }
            };
        }
    }

    @Test
    void shouldNameParameterValueAndWhatIsAllowedForEveryBadValue() {
        assertThatThrownBy(() -> new RollbackIfUnhealthyStep("shop shop", "production"))
                .hasMessageStartingWith("Invalid value for 'service': 'shop shop'");
        assertThatThrownBy(() -> step().setWatch("thirty minutes"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Invalid value for 'watch': 'thirty minutes' (allowed: a duration");
        assertThatThrownBy(() -> step().setInterval("500ms"))
                .hasMessage("Invalid value for 'interval': '500ms' (allowed: a duration of at least 1s, e.g. 30s)");
        assertThatThrownBy(() -> step().setPreviousColor("red"))
                .hasMessage("Invalid value for 'previousColor': 'red' (allowed: blue or green)");
        assertThatThrownBy(() -> step().setRollbackType("nuclear"))
                .hasMessage("Invalid value for 'rollbackType': 'nuclear' (allowed: traffic, database or full)");
        assertThatThrownBy(() -> step().setRulesFile("../etc/rules.yaml"))
                .hasMessageStartingWith("Invalid value for 'rulesFile': '../etc/rules.yaml' (allowed: a path relative");
        assertThatThrownBy(() -> step().setNoDataMetrics("panic"))
                .hasMessage("Invalid value for 'noDataMetrics': 'panic' (allowed: ignore, treat_as_breach or"
                        + " treat_as_healthy)");
        assertThatThrownBy(() -> step().setBlue("ftp://10.0.0.1"))
                .hasMessageStartingWith("Invalid value for 'blue': 'ftp://10.0.0.1' (allowed: the http:// or https://");
        assertThatThrownBy(() -> step().setBlue("http://admin:secret@10.0.0.1")).hasMessageNotContaining("secret");
        assertThatThrownBy(() -> step().setCommandTimeout("0s"))
                .hasMessageStartingWith("Invalid value for 'commandTimeout': '0s'");
        assertThatThrownBy(() -> step().setWatchAfterRollback("a while"))
                .hasMessageStartingWith("Invalid value for 'watchAfterRollback': 'a while' (allowed: a duration");
        assertThatThrownBy(() -> step().requireRouter())
                .hasMessage("Invalid value for 'router': '' (allowed: the load balancer a rollback switches:"
                        + " nginx(...), haproxy(...) or command(...))");
    }

    @Test
    void shouldRejectRollbackTypesThatDoNotFitTheRestore() {
        RollbackIfUnhealthyStep traffic = step();
        traffic.setRollbackType("traffic");
        traffic.setRestoreCommand("./restore-db.sh");
        assertThatThrownBy(() -> traffic.settings(false))
                .hasMessageStartingWith("Invalid value for 'rollbackType': 'traffic' (allowed: database or full when a"
                        + " database restore");

        RollbackIfUnhealthyStep database = step();
        database.setRollbackType("database");
        assertThatThrownBy(() -> database.settings(false))
                .hasMessageStartingWith("Invalid value for 'restoreCommand': ''");
        assertThat(database.settings(true).plan().type()).isEqualTo(RollbackType.DATABASE);

        RollbackIfUnhealthyStep both = step();
        both.setRestoreCommand("./restore-db.sh");
        assertThatThrownBy(() -> both.settings(true))
                .hasMessage("Invalid value for 'restoreCommand': './restore-db.sh' (allowed: either a body or"
                        + " restoreCommand for the database restore, not both)");

        RollbackIfUnhealthyStep destroy = step();
        destroy.setDestroyCommand("terraform destroy");
        assertThatThrownBy(() -> destroy.settings(false))
                .hasMessageStartingWith("Invalid value for 'destroyCommand': 'terraform destroy'");
    }

    @Test
    void shouldBuildSettingsFromTheParameters() {
        RollbackIfUnhealthyStep step = step();
        step.setWatch("10m");
        step.setInterval("15s");
        step.setPreviousColor("BLUE");
        step.setRestoreCommand("./restore-db.sh");
        step.setDeciders(List.of("alice"));
        step.setDeciderGroups(List.of("sre"));

        WatchSettings settings = step.settings(false);

        assertThat(settings.watch()).isEqualTo(TimeSpan.ofMinutes(10));
        assertThat(settings.interval()).isEqualTo(TimeSpan.ofSeconds(15));
        assertThat(settings.previousColor()).contains(Color.BLUE);
        assertThat(step.getPreviousColor()).isEqualTo("blue");
        assertThat(settings.plan().type())
                .as("a restore makes it a database rollback")
                .isEqualTo(RollbackType.DATABASE);
        assertThat(settings.plan().actions())
                .extracting(PlannedAction::kind)
                .containsExactly(ActionKind.SWITCH_TRAFFIC_BACK, ActionKind.RESTORE_DATABASE, ActionKind.VERIFY_HEALTH);
        assertThat(settings.deciders()).containsExactly("alice");
        assertThat(settings.deciderGroups()).containsExactly("sre");
        assertThat(settings.watchAfterRollback()).isEqualTo(TimeSpan.ZERO);
        assertThat(step().settings(false).plan().type()).isEqualTo(RollbackType.TRAFFIC);

        step.setWatchAfterRollback("10m");
        assertThat(step.settings(false).watchAfterRollback()).isEqualTo(TimeSpan.ofMinutes(10));
        assertThat(step.getWatchAfterRollback()).isEqualTo("10m");
    }

    @Test
    void shouldTakeDecidersAsAPipelineListOrAsTheFormsCommaSeparatedTextAndShowThemAsText() {
        RollbackIfUnhealthyStep fromPipeline = step();
        fromPipeline.setDeciders(List.of("alice", " bob "));
        fromPipeline.setDeciderGroups(List.of("release-managers"));
        // the Snippet Generator's text field: Stapler binds one string into a list of one element
        RollbackIfUnhealthyStep fromForm = step();
        fromForm.setDeciders(List.of("alice, bob,"));
        fromForm.setDeciderGroups(List.of(" release-managers "));

        for (RollbackIfUnhealthyStep step : List.of(fromPipeline, fromForm)) {
            assertThat(step.getDeciders()).containsExactly("alice", "bob");
            assertThat(step.settings(false).deciders()).containsExactly("alice", "bob");
            assertThat(step.settings(false).deciderGroups()).containsExactly("release-managers");
            assertThat(step.getDeciders())
                    .as("what the form's text field shows: the same text again, not [alice, bob]")
                    .hasToString("alice, bob");
        }
        RollbackIfUnhealthyStep roundTrip = step();
        roundTrip.setDeciders(List.of(fromForm.getDeciders().toString()));
        assertThat(roundTrip.getDeciders()).isEqualTo(fromForm.getDeciders());

        RollbackIfUnhealthyStep none = step();
        none.setDeciders(null);
        none.setDeciderGroups(List.of(""));
        assertThat(none.getDeciders()).isEmpty();
        assertThat(none.getDeciderGroups()).hasToString("").hasSize(0);
    }

    @Test
    void shouldMapRulesOntoThePipelineLayerOfTheMerge() {
        RuleConfiguration stricter = new RuleConfiguration("error-rate-p0");
        stricter.setWhen("> 15%");
        stricter.setSustainedFor("1m");
        RuleConfiguration dropped = new RuleConfiguration("business-metric-drop");
        dropped.setEnabled(false);
        RuleConfiguration added = new RuleConfiguration("orders-drop");
        added.setName("orders per minute");
        added.setSource("prometheus:sum(rate(orders_total[5m])) * 60");
        added.setWhen("drop > 30%");
        added.setSeverity("P1");
        added.setAction("manual");
        added.setDecisionTimeout("15m");
        added.setOnTimeout("keep");
        added.setConsecutive(2);
        RollbackIfUnhealthyStep step = step();
        step.setRules(List.of(stricter, dropped, added));
        step.setNoDataHealth("ignore");

        RuleSource layer = step.pipelineSource().orElseThrow();
        RuleSet merged = RuleSet.merge(DefaultRules.source(), layer);

        assertThat(layer.noDataForHealth()).contains(NoDataPolicy.IGNORE);
        assertThat(merged.find("error-rate-p0").orElseThrow().describe())
                .isEqualTo("error rate > 15% for 1m → P0, automatic");
        assertThat(merged.find("business-metric-drop")).isEmpty();
        Rule orders = merged.find("orders-drop").orElseThrow();
        assertThat(orders.consecutive()).isEqualTo(2);
        assertThat(orders.signal().source()).isEqualTo("prometheus:sum(rate(orders_total[5m])) * 60");
        assertThat(merged.noDataDefaults().health()).isEqualTo(NoDataPolicy.IGNORE);
        assertThat(stricter.fields()).containsOnlyKeys(RuleField.WHEN, RuleField.SUSTAINED_FOR);
        assertThat(dropped.isEnabled()).isFalse();
        assertThat(step().pipelineSource()).isEmpty();
    }

    @Test
    void shouldNameRuleAndFieldOfABadRule() {
        assertThatThrownBy(() -> new RuleConfiguration("bad id!"))
                .hasMessageStartingWith("Invalid value for 'rules[].id': 'bad id!'");
        RuleConfiguration rule = new RuleConfiguration("error-rate-p1");
        assertThatThrownBy(() -> rule.setSustainedFor("three minutes"))
                .hasMessageStartingWith(
                        "Invalid value for 'rules[error-rate-p1].sustainedFor (Pipeline)': 'three" + " minutes'");
        assertThatThrownBy(() -> rule.setSeverity("P5"))
                .hasMessage("Invalid value for 'rules[error-rate-p1].severity (Pipeline)': 'P5' (allowed: P0 or P1)");
        RuleConfiguration incomplete = new RuleConfiguration("new-rule");
        incomplete.setWhen("> 5%");
        assertThatThrownBy(() -> RuleSet.merge(DefaultRules.source(), pipeline(incomplete)))
                .hasMessageStartingWith("Invalid value for 'rules[new-rule].source (Pipeline)'");
        RollbackIfUnhealthyStep twice = step();
        assertThatThrownBy(() -> twice.setRules(List.of(rule, new RuleConfiguration("error-rate-p1"))))
                .hasMessageContaining("each rule id once per source");
    }

    private static RuleSource pipeline(final RuleConfiguration... rules) {
        RollbackIfUnhealthyStep step = step();
        step.setRules(List.of(rules));
        return step.pipelineSource().orElseThrow();
    }

    @Test
    void shouldBindSourcesAndProbesToTheRulesSignals() {
        PrometheusSourceConfiguration prometheus = new PrometheusSourceConfiguration("http://prometheus:9090");
        prometheus.setErrorRate("100 * sum(rate(http_requests_total{code=~\"5..\",color=\"{{color}}\"}[1m]))"
                + " / sum(rate(http_requests_total{color=\"{{color}}\"}[1m]))");
        prometheus.setLatencyP95(
                "histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket[2m])))");
        JsonMetricSourceConfiguration shop = new JsonMetricSourceConfiguration("http://shop.internal/stats");
        shop.setId("shop");
        shop.setBusinessMetric("/orders/perMinute");
        RollbackIfUnhealthyStep step = step();
        step.setMetrics(List.of(prometheus, shop));
        step.setBlue("http://10.0.0.1:8080/");
        step.setGreen("http://10.0.0.2:8080");
        step.setHealthChecks(List.of(new UrlCheck()));
        step.setHealthSignals(List.of(new HealthSignalConfiguration("cache", List.of(new UrlCheck()))));

        SignalCatalog catalog = step.catalog(NO_SECRETS, LOCAL_PROBES, Clock.systemUTC());
        WatchPlan plan = catalog.plan(RuleSet.defaults());

        assertThat(plan.rules().rules())
                .extracting(Rule::id)
                .containsExactly(
                        "error-rate-p0",
                        "error-rate-p1",
                        "latency-p95-p0",
                        "latency-p95-p1",
                        "health-check",
                        "business-metric-drop");
        assertThat(plan.notWatched())
                .containsExactly("database-connection is not watched: no health check is named 'database'; give"
                        + " databaseChecks: [...] or disable the rule");
        assertThat(catalog.probes(Color.BLUE))
                .extracting(HealthProbe::name)
                .containsExactly("GET http://10.0.0.1:8080/health", "GET http://10.0.0.1:8080/health");
        assertThat(catalog.describe())
                .contains("prometheus = Prometheus http://prometheus:9090 (auth: none, timeout 10s)")
                .contains("shop = JSON http://shop.internal/stats (auth: none)")
                .contains("sop:business-metric = shop:/orders/perMinute")
                .contains("health:cache = 1 probe(s) per colour");
        assertThat(step.targets()).isEqualTo(new ColorTargets("http://10.0.0.1:8080", "http://10.0.0.2:8080"));
    }

    @Test
    void shouldRefuseUnknownSourcesDoubleBindingsAndReservedIds() {
        RollbackIfUnhealthyStep step = step();
        step.setMetrics(List.of(new PrometheusSourceConfiguration("http://prometheus:9090")));
        RuleConfiguration thanos = new RuleConfiguration("thanos-up");
        thanos.setSource("thanos:up");
        thanos.setWhen("< 1");
        thanos.setSeverity("P0");
        thanos.setAction("auto");
        RuleSet rules = RuleSet.merge(DefaultRules.source(), pipeline(thanos));
        SignalCatalog catalog = step.catalog(NO_SECRETS, LOCAL_PROBES, Clock.systemUTC());
        assertThatThrownBy(() -> catalog.plan(rules))
                .hasMessage("Invalid value for 'rules[thanos-up].source': 'thanos:up' (allowed: '<source id>:<what>'"
                        + " with the id of one of metrics: [...] (ids: prometheus), or sop:<signal> or health:<name>)");

        PrometheusSourceConfiguration first = new PrometheusSourceConfiguration("http://a:9090");
        first.setErrorRate("up");
        PrometheusSourceConfiguration second = new PrometheusSourceConfiguration("http://b:9090");
        second.setId("thanos");
        second.setErrorRate("up");
        RollbackIfUnhealthyStep twice = step();
        twice.setMetrics(List.of(first, second));
        assertThatThrownBy(() -> twice.catalog(NO_SECRETS, LOCAL_PROBES, Clock.systemUTC()))
                .hasMessage("Invalid value for 'metrics[thanos].errorRate': 'up' (allowed: one source per SOP signal;"
                        + " sop:error-rate is bound by prometheus)");

        assertThatThrownBy(() -> first.setId("sop"))
                .hasMessageStartingWith("Invalid value for 'id': 'sop' (allowed: an id of 1 to 32 lower-case letters");
        assertThatThrownBy(() -> new PrometheusSourceConfiguration("prometheus:9090"))
                .hasMessageStartingWith("Invalid value for 'url': 'prometheus:9090'");
        assertThatThrownBy(() -> first.setLatencyP95("rate(x{version={{version}}}[1m])"))
                .hasMessageContaining("placeholders inside a double- or single-quoted string");
        SyntheticProbeSourceConfiguration probe = new SyntheticProbeSourceConfiguration("https://shop.example/");
        assertThatThrownBy(() -> probe.setErrorRate("errors"))
                .hasMessage(
                        "Invalid value for 'what': 'errors' (allowed: error-rate (in %), latency-p50, latency-p95 or"
                                + " latency-p99 (in seconds))");
        assertThatThrownBy(() -> new HealthSignalConfiguration("database", List.of(new UrlCheck())))
                .hasMessageContaining("other than application and database");
    }

    @Test
    void shouldCapTheSyntheticProbesVolumeSinceItRunsOnTheController() {
        SyntheticProbeSourceConfiguration probe = new SyntheticProbeSourceConfiguration("https://shop.example/");
        probe.setRequests(1_000);
        probe.setConcurrency(16);

        assertThat(probe.getRequests()).isEqualTo(1_000);
        assertThat(probe.getConcurrency()).isEqualTo(16);
        assertThatThrownBy(() -> probe.setRequests(1_001))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Invalid value for 'requests': '1001' (allowed: a number from 1 to 1000: the probe runs on"
                        + " the Jenkins controller, every sampling interval)");
        assertThatThrownBy(() -> probe.setConcurrency(17))
                .hasMessage("Invalid value for 'concurrency': '17' (allowed: a number from 1 to 16: the probe runs on"
                        + " the Jenkins controller, every sampling interval)");
        assertThatThrownBy(() -> probe.setRequests(0)).hasMessageStartingWith("Invalid value for 'requests': '0'");
        assertThatThrownBy(() -> SyntheticProbeSourceConfiguration.bounded("requests", "many", 1_000))
                .hasMessageStartingWith("Invalid value for 'requests': 'many' (allowed: a number from 1 to 1000");
    }

    @Test
    void shouldResolveCredentialsOfMetricSourcesAndNeedColourUrlsForHealthChecks() {
        PrometheusSourceConfiguration prometheus = new PrometheusSourceConfiguration("https://prometheus.example");
        prometheus.setCredentialsId("prometheus-token");
        List<String> looked = new ArrayList<>();
        RollbackIfUnhealthyStep step = step();
        step.setMetrics(List.of(prometheus));
        SignalCatalog catalog = step.catalog(
                id -> {
                    looked.add(id);
                    return HttpAuth.bearer("s3cr3t");
                },
                LOCAL_PROBES,
                Clock.systemUTC());
        assertThat(looked).containsExactly("prometheus-token");
        assertThat(catalog.describe()).contains("auth: bearer").doesNotContain("s3cr3t");

        RollbackIfUnhealthyStep withoutUrls = step();
        withoutUrls.setDatabaseChecks(List.of(new UrlCheck()));
        assertThatThrownBy(() -> withoutUrls.catalog(NO_SECRETS, LOCAL_PROBES, Clock.systemUTC()))
                .hasMessageStartingWith("Invalid value for 'blue': '' (allowed: the base URL of the blue environment")
                .hasMessageEndingWith("the health checks of health:database probe both colours)");
    }
}
