package io.jenkins.plugins.deploymentsop.steps.rollback;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.deploymentsop.health.HealthProbe;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.rollback.NoDataPolicy;
import io.jenkins.plugins.deploymentsop.rollback.RuleLayer;
import io.jenkins.plugins.deploymentsop.rollback.RuleSource;
import io.jenkins.plugins.deploymentsop.rollback.plan.RollbackType;
import io.jenkins.plugins.deploymentsop.steps.ColorTargets;
import io.jenkins.plugins.deploymentsop.steps.DeploymentStepDescriptor;
import io.jenkins.plugins.deploymentsop.steps.HealthCheckConfiguration;
import io.jenkins.plugins.deploymentsop.steps.ParameterCheck;
import io.jenkins.plugins.deploymentsop.steps.ParameterValues;
import io.jenkins.plugins.deploymentsop.steps.RouterConfiguration;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.RelativePath;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code rollbackIfUnhealthy}: watches a release for a window and rolls it back when the SOP's decision matrix says
 * so — automatically for a P0, after a person's decision (or its timeout) for a P1. The optional body restores the
 * database. Records the incident, every decision and the rollback, so recovery time and change failure rate are
 * measured. {@code watch: '0s'} is a one-off gate; {@code dryRun: true} is the SOP's rollback test.
 */
public final class RollbackIfUnhealthyStep extends Step implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The Pipeline name of the step. */
    static final String FUNCTION_NAME = "rollbackIfUnhealthy";

    /** The shortest sampling interval. */
    static final TimeSpan SHORTEST_INTERVAL = TimeSpan.ofSeconds(1);

    private final String service;
    private final String environment;
    private String watch = "30m";
    private String interval = "30s";

    @CheckForNull
    private RouterConfiguration router;

    private String blue = "";
    private String green = "";
    private String previousColor = "";
    private String version = "";
    private ArrayList<RuleConfiguration> rules = new ArrayList<>();
    private String rulesFile = "";
    private boolean useDefaults = true;
    private ArrayList<MetricSourceConfiguration> metrics = new ArrayList<>();
    private ArrayList<HealthCheckConfiguration> healthChecks = new ArrayList<>();
    private ArrayList<HealthCheckConfiguration> databaseChecks = new ArrayList<>();
    private ArrayList<HealthSignalConfiguration> healthSignals = new ArrayList<>();
    private String noDataMetrics = "";
    private String noDataHealth = "";
    private String rollbackType = "";
    private String restoreCommand = "";
    private String destroyCommand = "";
    private String commandTimeout = "1h";
    private String recoveryTimeout = "2m";
    private String watchAfterRollback = "0s";
    private boolean dryRun;
    private ArrayList<String> deciders = new ArrayList<>();
    private ArrayList<String> deciderGroups = new ArrayList<>();

    /**
     * Creates the step.
     *
     * @param service the service, e.g. {@code shop}
     * @param environment the environment, e.g. {@code production}
     */
    @DataBoundConstructor
    public RollbackIfUnhealthyStep(final String service, final String environment) {
        new DeploymentKey(service, environment); // validates both names
        this.service = service;
        this.environment = environment;
    }

    public String getService() {
        return service;
    }

    public String getEnvironment() {
        return environment;
    }

    DeploymentKey key() {
        return new DeploymentKey(service, environment);
    }

    public String getWatch() {
        return watch;
    }

    /** @param watch how long to watch, e.g. {@code 30m}; {@code 0s}: judge once, as a gate */
    @DataBoundSetter
    public void setWatch(final String watch) {
        this.watch = ParameterValues.duration("watch", watch);
    }

    public String getInterval() {
        return interval;
    }

    /** @param interval the sampling interval, at least 1s, e.g. {@code 30s} */
    @DataBoundSetter
    public void setInterval(final String interval) {
        this.interval = StepValues.atLeast("interval", interval, SHORTEST_INTERVAL);
    }

    @CheckForNull
    public RouterConfiguration getRouter() {
        return router;
    }

    /** @param router the load balancer a rollback switches: {@code nginx(...)}, {@code haproxy(...)}, {@code command(...)} */
    @DataBoundSetter
    public void setRouter(@CheckForNull final RouterConfiguration router) {
        this.router = router;
    }

    public String getBlue() {
        return blue;
    }

    /** @param blue the base URL of the blue environment, e.g. {@code http://10.0.0.1:8080} (for health checks) */
    @DataBoundSetter
    public void setBlue(final String blue) {
        this.blue = StepValues.baseUrl("blue", blue);
    }

    public String getGreen() {
        return green;
    }

    /** @param green the base URL of the green environment (for health checks) */
    @DataBoundSetter
    public void setGreen(final String green) {
        this.green = StepValues.baseUrl("green", green);
    }

    public String getPreviousColor() {
        return previousColor;
    }

    /** @param previousColor {@code blue} or {@code green}: where a rollback sends traffic; empty: the router's idle colour */
    @DataBoundSetter
    public void setPreviousColor(final String previousColor) {
        this.previousColor = StepValues.color("previousColor", previousColor);
    }

    public String getVersion() {
        return version;
    }

    /** @param version the version watched; fills {@code {{version}}} in queries */
    @DataBoundSetter
    public void setVersion(final String version) {
        this.version = version.trim();
    }

    public List<RuleConfiguration> getRules() {
        return List.copyOf(rules);
    }

    /** @param rules rules that change, drop or add to the defaults: {@code [rule(id: 'error-rate-p0', when: '> 15%')]} */
    @DataBoundSetter
    public void setRules(@CheckForNull final List<RuleConfiguration> rules) {
        this.rules = rules == null ? new ArrayList<>() : new ArrayList<>(rules);
        pipelineSource(); // duplicate ids fail here
    }

    public String getRulesFile() {
        return rulesFile;
    }

    /** @param rulesFile a YAML rules file in the workspace, e.g. {@code deploy/rollback-rules.yaml} */
    @DataBoundSetter
    public void setRulesFile(final String rulesFile) {
        this.rulesFile = rulesFile.isBlank()
                ? ""
                : RelativePath.of("rulesFile", rulesFile).toString();
    }

    public boolean isUseDefaults() {
        return useDefaults;
    }

    /** @param useDefaults whether the SOP's decision matrix is the first layer */
    @DataBoundSetter
    public void setUseDefaults(final boolean useDefaults) {
        this.useDefaults = useDefaults;
    }

    public List<MetricSourceConfiguration> getMetrics() {
        return List.copyOf(metrics);
    }

    /** @param metrics the metric sources: {@code [prometheus(url: ..., errorRate: ...), jsonMetric(...), ...]} */
    @DataBoundSetter
    public void setMetrics(@CheckForNull final List<MetricSourceConfiguration> metrics) {
        this.metrics = metrics == null ? new ArrayList<>() : new ArrayList<>(metrics);
    }

    public List<HealthCheckConfiguration> getHealthChecks() {
        return List.copyOf(healthChecks);
    }

    /** @param healthChecks the checks of {@code health:application}, e.g. {@code [http(path: '/health')]} */
    @DataBoundSetter
    public void setHealthChecks(@CheckForNull final List<HealthCheckConfiguration> healthChecks) {
        this.healthChecks = healthChecks == null ? new ArrayList<>() : new ArrayList<>(healthChecks);
    }

    public List<HealthCheckConfiguration> getDatabaseChecks() {
        return List.copyOf(databaseChecks);
    }

    /** @param databaseChecks the checks of {@code health:database}, e.g. {@code [commandProbe(command: 'pg_isready')]} */
    @DataBoundSetter
    public void setDatabaseChecks(@CheckForNull final List<HealthCheckConfiguration> databaseChecks) {
        this.databaseChecks = databaseChecks == null ? new ArrayList<>() : new ArrayList<>(databaseChecks);
    }

    public List<HealthSignalConfiguration> getHealthSignals() {
        return List.copyOf(healthSignals);
    }

    /** @param healthSignals further named checks, read as {@code health:<name>} */
    @DataBoundSetter
    public void setHealthSignals(@CheckForNull final List<HealthSignalConfiguration> healthSignals) {
        this.healthSignals = healthSignals == null ? new ArrayList<>() : new ArrayList<>(healthSignals);
    }

    public String getNoDataMetrics() {
        return noDataMetrics;
    }

    /** @param noDataMetrics what a missing metric means for rules without their own noData; empty: earlier layers */
    @DataBoundSetter
    public void setNoDataMetrics(final String noDataMetrics) {
        this.noDataMetrics = StepValues.noData("noDataMetrics", noDataMetrics);
    }

    public String getNoDataHealth() {
        return noDataHealth;
    }

    /** @param noDataHealth what a probe that cannot run means; empty: earlier layers (default treat_as_breach) */
    @DataBoundSetter
    public void setNoDataHealth(final String noDataHealth) {
        this.noDataHealth = StepValues.noData("noDataHealth", noDataHealth);
    }

    public String getRollbackType() {
        return rollbackType;
    }

    /** @param rollbackType {@code traffic}, {@code database} or {@code full}; empty: database with a restore, else traffic */
    @DataBoundSetter
    public void setRollbackType(final String rollbackType) {
        this.rollbackType = rollbackType.isBlank()
                ? ""
                : RollbackType.valueOf("rollbackType", rollbackType).name().toLowerCase(java.util.Locale.ROOT);
    }

    public String getRestoreCommand() {
        return restoreCommand;
    }

    /** @param restoreCommand the command that restores the database backup, instead of a body */
    @DataBoundSetter
    public void setRestoreCommand(final String restoreCommand) {
        this.restoreCommand = restoreCommand.trim();
    }

    public String getDestroyCommand() {
        return destroyCommand;
    }

    /** @param destroyCommand the command that destroys the failed environment (rollbackType full) */
    @DataBoundSetter
    public void setDestroyCommand(final String destroyCommand) {
        this.destroyCommand = destroyCommand.trim();
    }

    public String getCommandTimeout() {
        return commandTimeout;
    }

    /** @param commandTimeout how long the restore and destroy commands may run */
    @DataBoundSetter
    public void setCommandTimeout(final String commandTimeout) {
        this.commandTimeout = StepValues.positiveDuration("commandTimeout", commandTimeout);
    }

    public String getRecoveryTimeout() {
        return recoveryTimeout;
    }

    /** @param recoveryTimeout how long the previous colour has to become healthy after the switch */
    @DataBoundSetter
    public void setRecoveryTimeout(final String recoveryTimeout) {
        this.recoveryTimeout = StepValues.positiveDuration("recoveryTimeout", recoveryTimeout);
    }

    public String getWatchAfterRollback() {
        return watchAfterRollback;
    }

    /**
     * @param watchAfterRollback how long to watch the previous version after a successful rollback, by the same rules,
     *     e.g. {@code 10m}; {@code 0s} (the default): only until its health check passes
     */
    @DataBoundSetter
    public void setWatchAfterRollback(final String watchAfterRollback) {
        this.watchAfterRollback = ParameterValues.duration("watchAfterRollback", watchAfterRollback);
    }

    public boolean isDryRun() {
        return dryRun;
    }

    /** @param dryRun check that a rollback could run (router, previous version, commands) and change nothing */
    @DataBoundSetter
    public void setDryRun(final boolean dryRun) {
        this.dryRun = dryRun;
    }

    /** Returns the user ids; shown as comma-separated text in the Snippet Generator's form. */
    public List<String> getDeciders() {
        return DeciderIds.parse(deciders);
    }

    /**
     * @param deciders user ids who may answer the step's questions: {@code ['alice', 'bob']} in Pipeline, comma-separated
     *     text in the form; empty with no groups: anyone who may build the job
     */
    @DataBoundSetter
    public void setDeciders(@CheckForNull final List<String> deciders) {
        this.deciders = new ArrayList<>(DeciderIds.parse(deciders));
    }

    /** Returns the groups; shown as comma-separated text in the Snippet Generator's form. */
    public List<String> getDeciderGroups() {
        return DeciderIds.parse(deciderGroups);
    }

    /** @param deciderGroups groups whose members may answer the step's questions, as {@code deciders} */
    @DataBoundSetter
    public void setDeciderGroups(@CheckForNull final List<String> deciderGroups) {
        this.deciderGroups = new ArrayList<>(DeciderIds.parse(deciderGroups));
    }

    /**
     * Builds the settings the watch keeps.
     *
     * @param body whether the step has a body (the database restore)
     * @return the settings
     * @throws InvalidInputException if the rollback type does not fit the restore and destroy commands
     */
    WatchSettings settings(final boolean body) {
        return WatchSettings.builder(key())
                .watch(TimeSpan.valueOf("watch", watch))
                .interval(TimeSpan.valueOf("interval", interval))
                .previousColor(previousColor.isEmpty() ? null : Color.parse("previousColor", previousColor))
                .version(version)
                .useDefaults(useDefaults)
                .dryRun(dryRun)
                .type(rollbackType.isEmpty() ? null : RollbackType.valueOf("rollbackType", rollbackType))
                .body(body)
                .restoreCommand(restoreCommand)
                .destroyCommand(destroyCommand)
                .commandTimeout(TimeSpan.valueOf("commandTimeout", commandTimeout))
                .recoveryTimeout(TimeSpan.valueOf("recoveryTimeout", recoveryTimeout))
                .watchAfterRollback(TimeSpan.valueOf("watchAfterRollback", watchAfterRollback))
                .deciders(deciders, deciderGroups)
                .build();
    }

    /**
     * Returns the Pipeline's rule layer.
     *
     * @return the rules and "no data" defaults given to the step, empty if none
     */
    Optional<RuleSource> pipelineSource() {
        if (rules.isEmpty() && noDataMetrics.isEmpty() && noDataHealth.isEmpty()) {
            return Optional.empty();
        }
        RuleSource.Builder source = RuleSource.builder(RuleLayer.PIPELINE, RuleConfiguration.PIPELINE.label());
        rules.forEach(rule -> source.add(rule.toSpec()));
        if (!noDataMetrics.isEmpty()) {
            source.noDataForMetrics(NoDataPolicy.valueOf("noDataMetrics", noDataMetrics));
        }
        if (!noDataHealth.isEmpty()) {
            source.noDataForHealth(NoDataPolicy.valueOf("noDataHealth", noDataHealth));
        }
        return Optional.of(source.build());
    }

    /** Returns the base URLs of the colours; empty when not given. */
    ColorTargets targets() {
        return new ColorTargets(blue, green);
    }

    /** Returns the router; a rollback (and its dry run) switches traffic, so one is needed. */
    RouterConfiguration requireRouter() {
        if (router == null) {
            throw new InvalidInputException(
                    "router", "", "the load balancer a rollback switches: nginx(...), haproxy(...) or command(...)");
        }
        return router;
    }

    /**
     * Maps the metric sources and health checks onto the engine's readers and probes.
     *
     * @param secrets resolves the credentials of metric sources
     * @param probes makes the probe of a health check for a colour
     * @param clock the clock
     * @return the catalog of signals
     * @throws InvalidInputException naming the parameter of a bad value
     */
    SignalCatalog catalog(final SecretLookup secrets, final ProbeFactory probes, final Clock clock) {
        SignalCatalog.Builder catalog = SignalCatalog.builder(WatchSettings.variables(key(), version));
        metrics.forEach(source -> source.addTo(catalog, secrets, clock));
        addHealth(catalog, "application", healthChecks, probes);
        addHealth(catalog, "database", databaseChecks, probes);
        for (HealthSignalConfiguration signal : healthSignals) {
            addHealth(catalog, signal.getName(), signal.getChecks(), probes);
        }
        return catalog.build();
    }

    private void addHealth(
            final SignalCatalog.Builder catalog,
            final String name,
            final List<HealthCheckConfiguration> checks,
            final ProbeFactory factory) {
        if (checks.isEmpty()) {
            return;
        }
        ColorTargets targets = targets();
        for (Color color : Color.values()) {
            if (targets.url(color).isEmpty()) {
                throw new InvalidInputException(
                        color.id(),
                        "",
                        "the base URL of the " + color.id() + " environment, e.g. http://10.0.0.1:8080: the health"
                                + " checks of health:" + name + " probe both colours");
            }
        }
        Map<Color, List<HealthProbe>> probes = new EnumMap<>(Color.class);
        for (Color color : Color.values()) {
            List<HealthProbe> ofColor = new ArrayList<>();
            for (HealthCheckConfiguration check : checks) {
                ofColor.add(factory.create(check, color, targets));
            }
            probes.put(color, ofColor);
        }
        catalog.health(name, probes);
    }

    /** Returns every health check of the step: application, database and the named signals. */
    List<HealthCheckConfiguration> allHealthChecks() {
        List<HealthCheckConfiguration> all = new ArrayList<>(healthChecks);
        all.addAll(databaseChecks);
        healthSignals.forEach(signal -> all.addAll(signal.getChecks()));
        return all;
    }

    @Override
    public StepExecution start(final StepContext context) throws Exception {
        return new RollbackIfUnhealthyExecution(context, this, new WatchSession(settings(context.hasBody())));
    }

    /** Registers the step and validates its fields in the Snippet Generator. */
    @Extension
    public static class DescriptorImpl extends DeploymentStepDescriptor {
        @Override
        public String getFunctionName() {
            return FUNCTION_NAME;
        }

        @Override
        public String getDisplayName() {
            return "Watch a release and roll it back when the SOP says so";
        }

        @Override
        public boolean takesImplicitBlockArgument() {
            return true;
        }

        /**
         * Validates the watch window.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckWatch(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> ParameterValues.duration("watch", value));
        }

        /**
         * Validates the watch after a rollback.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckWatchAfterRollback(
                @QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> ParameterValues.duration("watchAfterRollback", value));
        }

        /**
         * Validates the sampling interval.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckInterval(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> StepValues.atLeast("interval", value, SHORTEST_INTERVAL));
        }

        /**
         * Validates the rules file path.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckRulesFile(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> {
                if (!value.isBlank()) {
                    RelativePath.of("rulesFile", value);
                }
            });
        }

        /**
         * Validates the previous colour.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckPreviousColor(
                @QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> StepValues.color("previousColor", value));
        }

        /**
         * Validates the rollback type.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckRollbackType(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> {
                if (!value.isBlank()) {
                    RollbackType.valueOf("rollbackType", value);
                }
            });
        }

        /**
         * Validates the "no data" policy of metrics.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckNoDataMetrics(
                @QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> StepValues.noData("noDataMetrics", value));
        }

        /**
         * Validates the "no data" policy of health probes.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckNoDataHealth(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> StepValues.noData("noDataHealth", value));
        }
    }
}
