package io.jenkins.plugins.deploymentsop.steps.canary;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.Extension;
import hudson.Launcher;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.deploymentsop.analysis.MetricCheck;
import io.jenkins.plugins.deploymentsop.analysis.MetricSettings;
import io.jenkins.plugins.deploymentsop.metrics.PrometheusClient;
import io.jenkins.plugins.deploymentsop.metrics.QueryVariable;
import io.jenkins.plugins.deploymentsop.metrics.QueryVariables;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.rollout.CanaryChecks;
import io.jenkins.plugins.deploymentsop.rollout.CanaryFailureAction;
import io.jenkins.plugins.deploymentsop.rollout.CanaryMarginalAction;
import io.jenkins.plugins.deploymentsop.rollout.CanaryMetric;
import io.jenkins.plugins.deploymentsop.rollout.CanaryPlan;
import io.jenkins.plugins.deploymentsop.rollout.CanaryRollout;
import io.jenkins.plugins.deploymentsop.steps.DeploymentStepDescriptor;
import io.jenkins.plugins.deploymentsop.steps.ParameterCheck;
import io.jenkins.plugins.deploymentsop.steps.ParameterValues;
import io.jenkins.plugins.deploymentsop.steps.RouterConfiguration;
import io.jenkins.plugins.deploymentsop.traffic.Color;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.Percentage;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code canaryPromote}: moves traffic to the new version (the idle colour) in steps, judges it at each step against
 * thresholds and against the stable version, and promotes it to 100% or sends all traffic back. Only the values the
 * user wrote are kept, so the step is serializable with the build; every value is checked by its setter with a
 * message naming the parameter.
 */
public class CanaryPromoteStep extends Step implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The Pipeline name of the step. */
    static final String FUNCTION_NAME = "canaryPromote";

    private static final String POSITIVE_DURATION = "a positive duration such as 30s, 5m or 1h";
    /** The largest failure, inconclusive and consecutive error limit. */
    private static final int MAX_LIMIT = 1000;

    private final String service;
    private final String environment;

    @CheckForNull
    private RouterConfiguration router;

    @CheckForNull
    private PrometheusSource source;

    private String blue = "";
    private String green = "";
    private String version = "";
    private String stableVersion = "";
    private ArrayList<Double> steps = new ArrayList<>(List.of(10.0, 25.0, 50.0, 100.0));
    private String interval = "5m";
    private String sampleInterval = "1m";
    private ArrayList<CanaryMetricConfiguration> analysis = new ArrayList<>();
    private ArrayList<Double> pauseAt = new ArrayList<>();
    private ArrayList<String> bakeTimes = new ArrayList<>();
    private String onFailure = "rollback";
    private String onMarginal = "pause";
    private String decisionTimeout = "30m";
    private int failureLimit = 1;
    private int inconclusiveLimit = 1;
    private int consecutiveErrorLimit = MetricSettings.DEFAULT_CONSECUTIVE_ERROR_LIMIT;
    private String initialDelay = "30s";
    private boolean dryRun;

    /**
     * Creates the step.
     *
     * @param service the service, e.g. {@code shop}
     * @param environment the environment, e.g. {@code production}
     */
    @DataBoundConstructor
    public CanaryPromoteStep(final String service, final String environment) {
        DeploymentKey key = new DeploymentKey(service.trim(), environment.trim());
        this.service = key.service();
        this.environment = key.environment();
    }

    DeploymentKey key() {
        return new DeploymentKey(service, environment);
    }

    public String getService() {
        return service;
    }

    public String getEnvironment() {
        return environment;
    }

    @CheckForNull
    public RouterConfiguration getRouter() {
        return router;
    }

    /** @param router the load balancer: {@code haproxy(...)}, {@code nginx(...)} or {@code command(...)} */
    @DataBoundSetter
    public void setRouter(@CheckForNull final RouterConfiguration router) {
        this.router = router;
    }

    @CheckForNull
    public PrometheusSource getSource() {
        return source;
    }

    /** @param source the metric source of all metrics without their own, e.g. {@code prometheus(url: ...)} */
    @DataBoundSetter
    public void setSource(@CheckForNull final PrometheusSource source) {
        this.source = source;
    }

    public String getBlue() {
        return blue;
    }

    /** @param blue the base URL of blue, for routers whose commands use {@code {blue}} */
    @DataBoundSetter
    public void setBlue(final String blue) {
        this.blue = blue.trim();
    }

    public String getGreen() {
        return green;
    }

    /** @param green the base URL of green, for routers whose commands use {@code {green}} */
    @DataBoundSetter
    public void setGreen(final String green) {
        this.green = green.trim();
    }

    public String getVersion() {
        return version;
    }

    /** @param version the canary's version, the value of {@code {{version}}} in its queries */
    @DataBoundSetter
    public void setVersion(final String version) {
        this.version = version.trim();
    }

    public String getStableVersion() {
        return stableVersion;
    }

    /** @param stableVersion the stable version, the value of {@code {{version}}} in its queries */
    @DataBoundSetter
    public void setStableVersion(final String stableVersion) {
        this.stableVersion = stableVersion.trim();
    }

    public List<Double> getSteps() {
        return List.copyOf(steps);
    }

    /** @param steps the canary's weights in percent, strictly increasing, ending with 100 */
    @DataBoundSetter
    public void setSteps(@CheckForNull final List<Double> steps) {
        List<Double> values = ParameterValues.percentNumbers("steps", steps);
        checkSteps(values);
        this.steps = new ArrayList<>(values);
    }

    /** The steps as the form shows them, e.g. {@code 10, 25, 50, 100}. */
    public String getStepsText() {
        return ParameterValues.percentText(steps);
    }

    /**
     * Sets the steps from the form's text field; Pipeline writes {@code steps: [10, 25, 50, 100]}. Deprecated only so
     * that generated snippets leave it out and write {@code steps}, which says the same.
     *
     * @param stepsText e.g. {@code 10, 25, 50, 100}
     */
    @Deprecated
    @DataBoundSetter
    public void setStepsText(final String stepsText) {
        setSteps(ParameterValues.percentList("steps", stepsText));
    }

    private static void checkSteps(final List<Double> values) {
        CanaryPlan.builder("service", "environment")
                .steps(ParameterValues.percentages("steps", values))
                .build();
    }

    public String getInterval() {
        return interval;
    }

    /** @param interval the bake time of each step, e.g. {@code 5m} */
    @DataBoundSetter
    public void setInterval(final String interval) {
        this.interval = ParameterValues.positiveDuration("interval", interval, POSITIVE_DURATION);
    }

    public List<String> getBakeTimes() {
        return List.copyOf(bakeTimes);
    }

    /**
     * @param bakeTimes the bake time of each step, one per step, e.g. {@code ['30m', '1h', '2h', '5m']} for steps 5,
     *     25, 75, 100 (SOP 004); empty: {@code interval} for every step
     */
    @DataBoundSetter
    public void setBakeTimes(@CheckForNull final List<String> bakeTimes) {
        ArrayList<String> checked = new ArrayList<>();
        for (String bakeTime : bakeTimes == null ? List.<String>of() : bakeTimes) {
            // the count is checked against the steps when the step starts: Pipeline may set steps after this
            checked.add(ParameterValues.positiveDuration("bakeTimes", bakeTime, POSITIVE_DURATION));
        }
        this.bakeTimes = checked;
    }

    /** The bake times as the form shows them, e.g. {@code 30m, 1h, 2h, 5m}. */
    public String getBakeTimesText() {
        return String.join(", ", bakeTimes);
    }

    /**
     * Sets the bake times from the form's text field; Pipeline writes {@code bakeTimes: ['30m', '1h']}. Deprecated only
     * so that generated snippets leave it out and write {@code bakeTimes}, which says the same.
     *
     * @param bakeTimesText e.g. {@code 30m, 1h, 2h, 5m}; empty: {@code interval} for every step
     */
    @Deprecated
    @DataBoundSetter
    public void setBakeTimesText(final String bakeTimesText) {
        setBakeTimes(durationList(bakeTimesText));
    }

    private static List<String> durationList(final String text) {
        return Arrays.stream(text.split(",", -1))
                .map(String::trim)
                .filter(part -> !part.isEmpty())
                .collect(Collectors.toList());
    }

    private static void checkBakeTimes(final List<String> values, final List<Double> stepValues) {
        CanaryPlan.builder("service", "environment")
                .steps(ParameterValues.percentages("steps", stepValues))
                .bakeTimes(values.stream()
                        .map(value -> TimeSpan.valueOf(
                                "bakeTimes", ParameterValues.positiveDuration("bakeTimes", value, POSITIVE_DURATION)))
                        .collect(Collectors.toList()))
                .build();
    }

    public String getSampleInterval() {
        return sampleInterval;
    }

    /** @param sampleInterval the time between two measurements of a metric, e.g. {@code 1m} */
    @DataBoundSetter
    public void setSampleInterval(final String sampleInterval) {
        this.sampleInterval = ParameterValues.positiveDuration("sampleInterval", sampleInterval, POSITIVE_DURATION);
    }

    public List<CanaryMetricConfiguration> getAnalysis() {
        return List.copyOf(analysis);
    }

    /** @param analysis the metrics judged at every step */
    @DataBoundSetter
    public void setAnalysis(@CheckForNull final List<CanaryMetricConfiguration> analysis) {
        this.analysis = analysis == null ? new ArrayList<>() : new ArrayList<>(analysis);
    }

    public List<Double> getPauseAt() {
        return List.copyOf(pauseAt);
    }

    /** @param pauseAt weights before which a person must promote, e.g. {@code [50]} */
    @DataBoundSetter
    public void setPauseAt(@CheckForNull final List<Double> pauseAt) {
        List<Double> values = ParameterValues.percentNumbers("pauseAt", pauseAt);
        ParameterValues.percentages("pauseAt", values);
        this.pauseAt = new ArrayList<>(values);
    }

    /** The manual gates as the form shows them, e.g. {@code 50}. */
    public String getPauseAtText() {
        return ParameterValues.percentText(pauseAt);
    }

    /**
     * Sets the manual gates from the form's text field; Pipeline writes {@code pauseAt: [50]}. Deprecated only so that
     * generated snippets leave it out and write {@code pauseAt}, which says the same.
     *
     * @param pauseAtText e.g. {@code 50}; empty: no gate
     */
    @Deprecated
    @DataBoundSetter
    public void setPauseAtText(final String pauseAtText) {
        setPauseAt(ParameterValues.percentList("pauseAt", pauseAtText));
    }

    // every gate must be one of the steps; plan() checks it too, since Pipeline may set pauseAt before steps
    private static void checkPauseAt(final List<Double> gates, final List<Double> stepValues) {
        List<Percentage> weights = ParameterValues.percentages("steps", stepValues);
        for (Percentage gate : ParameterValues.percentages("pauseAt", gates)) {
            if (!weights.contains(gate)) {
                throw new InvalidInputException(
                        "pauseAt",
                        gate.toString(),
                        "one of the steps [" + ParameterValues.percentText(stepValues) + "]");
            }
        }
    }

    public String getOnFailure() {
        return onFailure;
    }

    /** @param onFailure {@code rollback} (default) or {@code pause} */
    @DataBoundSetter
    public void setOnFailure(final String onFailure) {
        this.onFailure = CanaryFailureAction.parse(onFailure).name().toLowerCase(Locale.ROOT);
    }

    public String getOnMarginal() {
        return onMarginal;
    }

    /** @param onMarginal {@code pause} (default) or {@code abort} */
    @DataBoundSetter
    public void setOnMarginal(final String onMarginal) {
        this.onMarginal = CanaryMarginalAction.parse(onMarginal).name().toLowerCase(Locale.ROOT);
    }

    public String getDecisionTimeout() {
        return decisionTimeout;
    }

    /** @param decisionTimeout how long a question waits for a person, e.g. {@code 30m} */
    @DataBoundSetter
    public void setDecisionTimeout(final String decisionTimeout) {
        this.decisionTimeout = ParameterValues.positiveDuration("decisionTimeout", decisionTimeout, POSITIVE_DURATION);
    }

    public int getFailureLimit() {
        return failureLimit;
    }

    /** @param failureLimit failed measurements a metric tolerates per step */
    @DataBoundSetter
    public void setFailureLimit(final int failureLimit) {
        this.failureLimit = ParameterValues.range("failureLimit", failureLimit, 0, MAX_LIMIT);
    }

    public int getInconclusiveLimit() {
        return inconclusiveLimit;
    }

    /** @param inconclusiveLimit inconclusive measurements a metric tolerates per step */
    @DataBoundSetter
    public void setInconclusiveLimit(final int inconclusiveLimit) {
        this.inconclusiveLimit = ParameterValues.range("inconclusiveLimit", inconclusiveLimit, 0, MAX_LIMIT);
    }

    public int getConsecutiveErrorLimit() {
        return consecutiveErrorLimit;
    }

    /** @param consecutiveErrorLimit source errors in a row a metric tolerates */
    @DataBoundSetter
    public void setConsecutiveErrorLimit(final int consecutiveErrorLimit) {
        this.consecutiveErrorLimit =
                ParameterValues.range("consecutiveErrorLimit", consecutiveErrorLimit, 0, MAX_LIMIT);
    }

    public String getInitialDelay() {
        return initialDelay;
    }

    /** @param initialDelay the wait after each weight change before the first measurement */
    @DataBoundSetter
    public void setInitialDelay(final String initialDelay) {
        this.initialDelay = ParameterValues.duration("initialDelay", initialDelay);
    }

    public boolean isDryRun() {
        return dryRun;
    }

    /** @param dryRun read the router and measure every metric once, change nothing */
    @DataBoundSetter
    public void setDryRun(final boolean dryRun) {
        this.dryRun = dryRun;
    }

    /**
     * Builds the engine's plan from the parameters.
     *
     * @return the plan
     * @throws InvalidInputException naming the bad parameter
     */
    CanaryPlan plan() {
        List<CanaryMetric> metrics = new ArrayList<>();
        for (CanaryMetricConfiguration metric : analysis) {
            MetricSettings settings = MetricSettings.builder(metric.getName())
                    .interval(TimeSpan.valueOf("sampleInterval", sampleInterval))
                    .count(0) // measure until the bake time of the step is over
                    .failureLimit(failureLimit)
                    .inconclusiveLimit(inconclusiveLimit)
                    .consecutiveErrorLimit(consecutiveErrorLimit)
                    .initialDelay(TimeSpan.valueOf("initialDelay", initialDelay))
                    .dryRun(metric.isDryRun())
                    .build();
            metrics.add(new CanaryMetric(settings, metric.comparesWithStable()));
        }
        return CanaryPlan.builder(service, environment)
                .steps(ParameterValues.percentages("steps", steps))
                .bakeTime(TimeSpan.valueOf("interval", interval))
                .bakeTimes(bakeTimes.stream()
                        .map(bakeTime -> TimeSpan.valueOf("bakeTimes", bakeTime))
                        .collect(Collectors.toList()))
                .metrics(metrics)
                .pauseAt(ParameterValues.percentages("pauseAt", pauseAt))
                .onFailure(CanaryFailureAction.parse(onFailure))
                .onMarginal(CanaryMarginalAction.parse(onMarginal))
                .decisionTimeout(TimeSpan.valueOf("decisionTimeout", decisionTimeout))
                .dryRun(dryRun)
                .build();
    }

    /**
     * Builds the checks of all metrics for the colours the rollout found.
     *
     * @param clients turns a source into a client with resolved credentials
     * @param clock the clock of query times
     * @return the checks
     */
    CanaryChecks checks(final Function<PrometheusSource, PrometheusClient> clients, final Clock clock) {
        List<CanaryMetricConfiguration> metrics = List.copyOf(analysis);
        return (canary, stable) -> {
            MetricWiring wiring = new MetricWiring(
                    variables(canary, version), variables(stable, stableVersion), source, clients, clock);
            Map<String, MetricCheck> checks = new LinkedHashMap<>();
            metrics.forEach(metric -> checks.put(metric.getName(), metric.createCheck(wiring)));
            return checks;
        };
    }

    private QueryVariables variables(final Color color, final String sideVersion) {
        QueryVariables variables = QueryVariables.NONE
                .with(QueryVariable.SERVICE, service)
                .with(QueryVariable.ENVIRONMENT, environment)
                .with(QueryVariable.COLOR, color.id());
        return sideVersion.isEmpty() ? variables : variables.with(QueryVariable.VERSION, sideVersion);
    }

    /**
     * Returns the router, which the step cannot do without.
     *
     * @return the router
     * @throws InvalidInputException if none is given
     */
    RouterConfiguration requireRouter() {
        RouterConfiguration configured = router;
        if (configured == null) {
            throw new InvalidInputException("router", "(none)", "a router such as haproxy(socket: ..., backend: ...)");
        }
        return configured;
    }

    /**
     * Checks the parameters together and creates the work of the step.
     *
     * @return the deployment, not started
     * @throws InvalidInputException naming a bad parameter
     */
    CanaryDeployment deployment() {
        requireRouter();
        return new CanaryDeployment(this, new CanaryRollout(plan()));
    }

    @Override
    public StepExecution start(final StepContext context) throws Exception {
        // checked before anything is written: a canary that cannot reach its router must leave no deployment behind
        if (context.get(Launcher.class) == null) {
            throw new AbortException(CanaryPromoteExecution.NEEDS_NODE);
        }
        try {
            return new CanaryPromoteExecution(context, deployment());
        } catch (InvalidInputException exception) {
            throw new AbortException(FUNCTION_NAME + ": " + exception.getMessage());
        }
    }

    /** The {@code canaryPromote} step. */
    @Extension
    public static class DescriptorImpl extends DeploymentStepDescriptor {
        @Override
        public String getFunctionName() {
            return FUNCTION_NAME;
        }

        @Override
        public String getDisplayName() {
            return "Canary: move traffic in steps, judge each by metrics, promote or roll back";
        }

        @Override
        public String argumentsToString(final Map<String, Object> namedArgs) {
            return deploymentOf(namedArgs).orElse("");
        }

        /**
         * Validates the canary's weights.
         *
         * @param value e.g. {@code 10, 25, 50, 100}
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckStepsText(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> checkSteps(ParameterValues.percentList("steps", value)));
        }

        /**
         * Validates the manual gates, which must be among the steps.
         *
         * @param value e.g. {@code 50}
         * @param stepsText the steps of the form, e.g. {@code 10, 25, 50, 100}
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckPauseAtText(
                @QueryParameter final String value,
                @QueryParameter final String stepsText,
                @AncestorInPath final Item item) {
            return ParameterCheck.check(
                    item,
                    () -> checkPauseAt(
                            ParameterValues.percentList("pauseAt", value),
                            ParameterValues.percentList("steps", stepsText)));
        }

        /**
         * Validates the bake times, one per step of the form.
         *
         * @param value e.g. {@code 30m, 1h, 2h, 5m}; empty for none
         * @param stepsText the steps of the form, e.g. {@code 5, 25, 75, 100}
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckBakeTimesText(
                @QueryParameter final String value,
                @QueryParameter final String stepsText,
                @AncestorInPath final Item item) {
            return ParameterCheck.check(
                    item, () -> checkBakeTimes(durationList(value), ParameterValues.percentList("steps", stepsText)));
        }

        /**
         * Validates the bake time of each step.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckInterval(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(
                    item, () -> ParameterValues.positiveDuration("interval", value, POSITIVE_DURATION));
        }

        /**
         * Validates the time between two measurements.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckSampleInterval(
                @QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(
                    item, () -> ParameterValues.positiveDuration("sampleInterval", value, POSITIVE_DURATION));
        }

        /**
         * Validates the wait after each weight change.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckInitialDelay(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> ParameterValues.duration("initialDelay", value));
        }

        /**
         * Validates how long a question waits for a person.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckDecisionTimeout(
                @QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(
                    item, () -> ParameterValues.positiveDuration("decisionTimeout", value, POSITIVE_DURATION));
        }

        /**
         * Validates the failed measurements a metric tolerates per step.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckFailureLimit(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> ParameterValues.range("failureLimit", value, 0, MAX_LIMIT));
        }

        /**
         * Validates the inconclusive measurements a metric tolerates per step.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckInconclusiveLimit(
                @QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> ParameterValues.range("inconclusiveLimit", value, 0, MAX_LIMIT));
        }

        /**
         * Validates the source errors in a row a metric tolerates.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckConsecutiveErrorLimit(
                @QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(
                    item, () -> ParameterValues.range("consecutiveErrorLimit", value, 0, MAX_LIMIT));
        }

        /**
         * Validates what a failed step does.
         *
         * @param value {@code rollback} or {@code pause}
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckOnFailure(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> CanaryFailureAction.parse(value));
        }

        /**
         * Validates what a marginal step does.
         *
         * @param value {@code pause} or {@code abort}
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckOnMarginal(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> CanaryMarginalAction.parse(value));
        }
    }
}
