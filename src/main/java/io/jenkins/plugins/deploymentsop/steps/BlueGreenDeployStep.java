package io.jenkins.plugins.deploymentsop.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.Extension;
import hudson.model.Item;
import hudson.model.Run;
import hudson.util.FormValidation;
import io.jenkins.plugins.deploymentsop.health.ProbePolicy;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.rollout.BlueGreenPlan;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.Percentage;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * {@code blueGreenDeploy}: deploys the new version to the idle colour (the body), health-checks it, moves traffic to
 * it at once or in steps through a real router, validates it, and sends traffic back to the previous colour when
 * validation fails. The router is the source of truth for which colour is live. Only one deployment per service and
 * environment runs at a time. Long waits survive a restart of Jenkins.
 */
public final class BlueGreenDeployStep extends Step implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The Pipeline name of the step. */
    static final String FUNCTION_NAME = "blueGreenDeploy";

    private static final int MAX_PROBE_SUCCESSES = 1000;
    private static final int MAX_PROBE_ATTEMPTS = 100_000;
    private static final TimeSpan LONGEST_BACKOFF = TimeSpan.ofSeconds(10);

    private final String service;
    private final String environment;
    private final RouterConfiguration router;
    private final String blue;
    private final String green;

    @CheckForNull
    private HealthCheckConfiguration healthCheck;

    private ArrayList<HealthCheckConfiguration> healthChecks = new ArrayList<>();
    private String version = "";
    private ArrayList<Double> trafficSteps = new ArrayList<>();
    private String stepWait = "5m";
    private String validateFor = "5m";
    private String validationInterval = "30s";
    private int probeSuccesses = ProbePolicy.DEFAULT.successes();
    private int probeAttempts = ProbePolicy.DEFAULT.maxAttempts();
    private String probeInterval = ProbePolicy.DEFAULT.interval().toString();
    private String probeTimeout = ProbePolicy.DEFAULT.timeout().toString();
    private boolean dryRun;
    private boolean failFast;

    /**
     * Creates the step.
     *
     * @param service the service, e.g. {@code shop}
     * @param environment the environment, e.g. {@code production}
     * @param router the load balancer: {@code nginx(...)}, {@code haproxy(...)} or {@code command(...)}
     * @param blue the base URL of the blue environment, e.g. {@code http://10.0.0.1:8080}
     * @param green the base URL of the green environment, e.g. {@code http://10.0.0.2:8080}
     */
    @DataBoundConstructor
    public BlueGreenDeployStep(
            final String service,
            final String environment,
            @CheckForNull final RouterConfiguration router,
            final String blue,
            final String green) {
        ParameterValues.given("service", service);
        ParameterValues.given("environment", environment);
        ParameterValues.given("blue", blue);
        ParameterValues.given("green", green);
        new DeploymentKey(service, environment); // validates both names
        if (router == null) {
            throw new InvalidInputException(
                    "router", "", "a router: nginx(...), haproxy(...) or command(...), see docs/routers.md");
        }
        this.service = service;
        this.environment = environment;
        this.router = router;
        this.blue = ParameterValues.baseUrl("blue", blue);
        this.green = ParameterValues.baseUrl("green", green);
        if (this.blue.equals(this.green)) {
            throw new InvalidInputException("green", green, "a URL other than blue's: the two colours are two places");
        }
    }

    public String getService() {
        return service;
    }

    public String getEnvironment() {
        return environment;
    }

    public RouterConfiguration getRouter() {
        return router;
    }

    public String getBlue() {
        return blue;
    }

    public String getGreen() {
        return green;
    }

    @CheckForNull
    public HealthCheckConfiguration getHealthCheck() {
        return healthCheck;
    }

    /** @param healthCheck the health check of a colour, e.g. {@code http(path: '/health')} */
    @DataBoundSetter
    public void setHealthCheck(@CheckForNull final HealthCheckConfiguration healthCheck) {
        this.healthCheck = healthCheck;
    }

    public List<HealthCheckConfiguration> getHealthChecks() {
        return List.copyOf(healthChecks);
    }

    /** @param healthChecks several health checks, run at the same time; all must pass */
    @DataBoundSetter
    public void setHealthChecks(@CheckForNull final List<HealthCheckConfiguration> healthChecks) {
        List<HealthCheckConfiguration> checks = healthChecks == null ? List.of() : new ArrayList<>(healthChecks);
        if (checks.contains(null)) {
            throw new InvalidInputException(
                    "healthChecks", String.valueOf(checks), "health checks such as [http(path: '/health'), tcp()]");
        }
        this.healthChecks = new ArrayList<>(checks);
    }

    public String getVersion() {
        return version;
    }

    /** @param version the version deployed, e.g. {@code 1.4.0}; recorded in the deployment report */
    @DataBoundSetter
    public void setVersion(final String version) {
        ParameterValues.given("version", version);
        this.version = version.trim();
    }

    public List<Double> getTrafficSteps() {
        return List.copyOf(trafficSteps);
    }

    /**
     * Sets the traffic steps.
     *
     * @param trafficSteps the shares of the new colour in percent, strictly increasing and ending with 100, e.g.
     *     {@code [10, 25, 50, 100]}; empty: all traffic at once
     */
    @DataBoundSetter
    public void setTrafficSteps(@CheckForNull final List<Double> trafficSteps) {
        List<Double> steps = ParameterValues.percentNumbers("trafficSteps", trafficSteps);
        checkTrafficSteps(steps);
        this.trafficSteps = new ArrayList<>(steps);
    }

    /** The traffic steps as the form shows them, e.g. {@code 10, 50, 100}. */
    public String getTrafficStepsText() {
        return ParameterValues.percentText(trafficSteps);
    }

    /**
     * Sets the traffic steps from the form's text field; Pipeline writes {@code trafficSteps: [10, 50, 100]}.
     * Deprecated only so that generated snippets leave it out and write {@code trafficSteps}, which says the same.
     *
     * @param trafficStepsText e.g. {@code 10, 50, 100}; empty: all traffic at once
     */
    @Deprecated
    @DataBoundSetter
    public void setTrafficStepsText(final String trafficStepsText) {
        ParameterValues.given("trafficStepsText", trafficStepsText);
        setTrafficSteps(ParameterValues.percentList("trafficSteps", trafficStepsText));
    }

    private static void checkTrafficSteps(final List<Double> steps) {
        BlueGreenPlan.builder("service", "environment")
                .trafficSteps(percentages(steps))
                .build(); // validates the range, the order and the last step
    }

    private static List<Percentage> percentages(final List<Double> steps) {
        if (steps.isEmpty()) {
            return List.of(Percentage.HUNDRED);
        }
        return ParameterValues.percentages("trafficSteps", steps);
    }

    public String getStepWait() {
        return stepWait;
    }

    /** @param stepWait the wait at each traffic step before its health check, e.g. {@code 5m} */
    @DataBoundSetter
    public void setStepWait(final String stepWait) {
        ParameterValues.given("stepWait", stepWait);
        this.stepWait = ParameterValues.duration("stepWait", stepWait);
    }

    public String getValidateFor() {
        return validateFor;
    }

    /** @param validateFor how long the new colour is validated once it serves 100%, e.g. {@code 5m} */
    @DataBoundSetter
    public void setValidateFor(final String validateFor) {
        ParameterValues.given("validateFor", validateFor);
        this.validateFor = ParameterValues.duration("validateFor", validateFor);
    }

    public String getValidationInterval() {
        return validationInterval;
    }

    /** @param validationInterval how often the new colour is judged during {@code validateFor}, e.g. {@code 30s} */
    @DataBoundSetter
    public void setValidationInterval(final String validationInterval) {
        ParameterValues.given("validationInterval", validationInterval);
        this.validationInterval = ParameterValues.positiveDuration("validationInterval", validationInterval);
    }

    public int getProbeSuccesses() {
        return probeSuccesses;
    }

    /** @param probeSuccesses consecutive passes a probe needs to be healthy */
    @DataBoundSetter
    public void setProbeSuccesses(final int probeSuccesses) {
        this.probeSuccesses = ParameterValues.range("probeSuccesses", probeSuccesses, 1, MAX_PROBE_SUCCESSES);
    }

    public int getProbeAttempts() {
        return probeAttempts;
    }

    /** @param probeAttempts attempts of a probe at most before it is unhealthy; at least {@code probeSuccesses} */
    @DataBoundSetter
    public void setProbeAttempts(final int probeAttempts) {
        this.probeAttempts = ParameterValues.range("probeAttempts", probeAttempts, 1, MAX_PROBE_ATTEMPTS);
    }

    public String getProbeInterval() {
        return probeInterval;
    }

    /** @param probeInterval the wait between attempts (doubling after each failure up to 10s or this value) */
    @DataBoundSetter
    public void setProbeInterval(final String probeInterval) {
        ParameterValues.given("probeInterval", probeInterval);
        this.probeInterval = ParameterValues.duration("probeInterval", probeInterval);
    }

    public String getProbeTimeout() {
        return probeTimeout;
    }

    /** @param probeTimeout the time budget of one health check of a colour */
    @DataBoundSetter
    public void setProbeTimeout(final String probeTimeout) {
        ParameterValues.given("probeTimeout", probeTimeout);
        this.probeTimeout = ParameterValues.positiveDuration("probeTimeout", probeTimeout);
    }

    public boolean isDryRun() {
        return dryRun;
    }

    /** @param dryRun run every check and report what would change, without touching the router or the record */
    @DataBoundSetter
    public void setDryRun(final boolean dryRun) {
        this.dryRun = dryRun;
    }

    public boolean isFailFast() {
        return failFast;
    }

    /** @param failFast fail at once when another deployment of the service and environment runs, instead of waiting */
    @DataBoundSetter
    public void setFailFast(final boolean failFast) {
        this.failFast = failFast;
    }

    DeploymentKey key() {
        return new DeploymentKey(service, environment);
    }

    ColorTargets targets() {
        return new ColorTargets(blue, green);
    }

    /** The health checks of {@code healthCheck} and {@code healthChecks} together; at least one. */
    List<HealthCheckConfiguration> allHealthChecks() {
        List<HealthCheckConfiguration> all = new ArrayList<>();
        if (healthCheck != null) {
            all.add(healthCheck);
        }
        all.addAll(healthChecks);
        if (all.isEmpty()) {
            throw new InvalidInputException(
                    "healthCheck",
                    "",
                    "a health check of the new colour, e.g. http(path: '/health'), tcp(port: 8080) or"
                            + " commandProbe(command: './smoke-test.sh'); several go into healthChecks: [...]");
        }
        return all;
    }

    /**
     * Returns the rollout plan.
     *
     * @return the plan
     * @throws InvalidInputException naming the parameter of a bad value
     */
    BlueGreenPlan plan() {
        return BlueGreenPlan.builder(service, environment)
                .trafficSteps(percentages(trafficSteps))
                .stepWait(TimeSpan.valueOf("stepWait", stepWait))
                .validateFor(TimeSpan.valueOf("validateFor", validateFor))
                .validationInterval(TimeSpan.valueOf("validationInterval", validationInterval))
                .dryRun(dryRun)
                .build();
    }

    /**
     * Returns how persistently each probe is tried.
     *
     * @return the policy
     * @throws InvalidInputException naming the parameter of a bad value
     */
    ProbePolicy probePolicy() {
        if (probeAttempts < probeSuccesses) {
            throw new InvalidInputException(
                    "probeAttempts",
                    String.valueOf(probeAttempts),
                    "a number of at least probeSuccesses (" + probeSuccesses + ")");
        }
        TimeSpan interval = TimeSpan.valueOf("probeInterval", probeInterval);
        return new ProbePolicy(
                probeSuccesses,
                probeAttempts,
                interval,
                interval,
                2.0,
                interval.compareTo(LONGEST_BACKOFF) > 0 ? interval : LONGEST_BACKOFF,
                TimeSpan.valueOf("probeTimeout", probeTimeout));
    }

    /** Why a call without a block is refused, before the lock is taken or anything is recorded. */
    static final String NEEDS_BODY = FUNCTION_NAME
            + " needs a block that deploys the new version to DEPLOY_COLOR, e.g. blueGreenDeploy(...) {"
            + " sh './deploy.sh \"$DEPLOY_TARGET_URL\"' }";

    @Override
    public StepExecution start(final StepContext context) throws Exception {
        if (!context.hasBody()) {
            throw new AbortException(NEEDS_BODY);
        }
        Run<?, ?> run = context.get(Run.class);
        String holder = run == null ? "an unknown build" : DeploymentLocks.holderOf(run);
        try {
            allHealthChecks();
            probePolicy();
            return new BlueGreenDeployExecution(context, this, new BlueGreenDeployment(this, holder));
        } catch (InvalidInputException exception) {
            throw new AbortException(FUNCTION_NAME + ": " + exception.getMessage());
        }
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
            return "Blue-green deployment through a traffic router, with health checks and automatic switch-back";
        }

        @Override
        public boolean takesImplicitBlockArgument() {
            return true;
        }

        @Override
        public String argumentsToString(final Map<String, Object> namedArgs) {
            return deploymentOf(namedArgs)
                    .orElseGet(() -> namedArgs.keySet().stream().sorted().collect(Collectors.joining(", ")));
        }

        /**
         * Validates the URL of blue.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckBlue(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> ParameterValues.baseUrl("blue", value));
        }

        /**
         * Validates the URL of green.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckGreen(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> ParameterValues.baseUrl("green", value));
        }

        /**
         * Validates the traffic steps.
         *
         * @param value e.g. {@code 10, 50, 100}; empty: all traffic at once
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckTrafficStepsText(
                @QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(
                    item, () -> checkTrafficSteps(ParameterValues.percentList("trafficSteps", value)));
        }

        /**
         * Validates the wait at each traffic step.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckStepWait(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> ParameterValues.duration("stepWait", value));
        }

        /**
         * Validates the validation time.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckValidateFor(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> ParameterValues.duration("validateFor", value));
        }

        /**
         * Validates the validation interval.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckValidationInterval(
                @QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> ParameterValues.positiveDuration("validationInterval", value));
        }

        /**
         * Validates the consecutive passes a probe needs.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckProbeSuccesses(
                @QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(
                    item, () -> ParameterValues.range("probeSuccesses", value, 1, MAX_PROBE_SUCCESSES));
        }

        /**
         * Validates the attempts of a probe.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckProbeAttempts(
                @QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(
                    item, () -> ParameterValues.range("probeAttempts", value, 1, MAX_PROBE_ATTEMPTS));
        }

        /**
         * Validates the wait between probe attempts.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckProbeInterval(
                @QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> ParameterValues.duration("probeInterval", value));
        }

        /**
         * Validates the time budget of a health check.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckProbeTimeout(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> ParameterValues.positiveDuration("probeTimeout", value));
        }
    }
}
