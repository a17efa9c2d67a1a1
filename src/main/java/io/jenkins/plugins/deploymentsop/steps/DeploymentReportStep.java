package io.jenkins.plugins.deploymentsop.steps;

import hudson.Extension;
import hudson.FilePath;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import io.jenkins.plugins.deploymentsop.record.DeploymentKey;
import io.jenkins.plugins.deploymentsop.record.DeploymentType;
import io.jenkins.plugins.deploymentsop.record.Outcome;
import io.jenkins.plugins.deploymentsop.record.Strategy;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.RelativePath;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code deploymentReport}: finalizes the deployment record of a build (outcome, changes, artifacts), writes the
 * Markdown, HTML and JSON reports into the workspace and publishes the "Deployment Report" tab. Also records
 * deployments done outside this plugin's other steps, so DORA metrics work for every team.
 */
public class DeploymentReportStep extends Step implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String AUTO = "auto";

    private final String service;
    private final String environment;
    private String version = "";
    private String type = "";
    private String strategy = "";
    private String outcome = AUTO;
    private String markdown = "";
    private String html = "";
    private String json = "";
    private String artifacts = "";

    /**
     * Creates the step.
     *
     * @param service the service, e.g. {@code shop}
     * @param environment the environment, e.g. {@code production}
     */
    @DataBoundConstructor
    public DeploymentReportStep(final String service, final String environment) {
        ParameterValues.given("service", service);
        ParameterValues.given("environment", environment);
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

    public String getVersion() {
        return version;
    }

    /** @param version the version deployed, e.g. {@code 1.4.0}; empty keeps what earlier steps recorded */
    @DataBoundSetter
    public void setVersion(final String version) {
        ParameterValues.given("version", version);
        this.version = version.trim();
    }

    public String getType() {
        return type;
    }

    /** @param type {@code standard}, {@code hotfix} or {@code featureFlag}; empty keeps the recorded type */
    @DataBoundSetter
    public void setType(final String type) {
        ParameterValues.given("type", type);
        if (!type.isBlank()) {
            DeploymentType.valueOf("type", type);
        }
        this.type = type.trim();
    }

    public String getStrategy() {
        return strategy;
    }

    /** @param strategy {@code blueGreen}, {@code canary}, {@code rolling} or {@code other}; empty keeps the recorded one */
    @DataBoundSetter
    public void setStrategy(final String strategy) {
        ParameterValues.given("strategy", strategy);
        if (!strategy.isBlank()) {
            parseStrategy(strategy);
        }
        this.strategy = strategy.trim();
    }

    public String getOutcome() {
        return outcome;
    }

    /** @param outcome {@code auto} (derived from what happened) or succeeded, failed, rolled_back, aborted */
    @DataBoundSetter
    public void setOutcome(final String outcome) {
        ParameterValues.given("outcome", outcome);
        if (!AUTO.equalsIgnoreCase(outcome.trim())) {
            Outcome.valueOf("outcome", outcome);
        }
        this.outcome = outcome.trim();
    }

    public String getMarkdown() {
        return markdown;
    }

    /** @param markdown workspace path of the Markdown report; empty: not written */
    @DataBoundSetter
    public void setMarkdown(final String markdown) {
        ParameterValues.given("markdown", markdown);
        this.markdown = checkPath("markdown", markdown);
    }

    public String getHtml() {
        return html;
    }

    /** @param html workspace path of the self-contained HTML report; empty: not written */
    @DataBoundSetter
    public void setHtml(final String html) {
        ParameterValues.given("html", html);
        this.html = checkPath("html", html);
    }

    public String getJson() {
        return json;
    }

    /** @param json workspace path of the JSON record; empty: not written */
    @DataBoundSetter
    public void setJson(final String json) {
        ParameterValues.given("json", json);
        this.json = checkPath("json", json);
    }

    public String getArtifacts() {
        return artifacts;
    }

    /** @param artifacts Ant-style glob of deployed files to checksum (SHA-256), e.g. {@code target/*.war} */
    @DataBoundSetter
    public void setArtifacts(final String artifacts) {
        ParameterValues.given("artifacts", artifacts);
        if (!artifacts.isBlank()) {
            RelativePath.of("artifacts", artifacts.replace("*", "x"));
        }
        this.artifacts = artifacts.trim();
    }

    private static String checkPath(final String parameter, final String path) {
        return path.isBlank() ? "" : RelativePath.of(parameter, path).toString();
    }

    static Strategy parseStrategy(final String text) {
        String normalized = text.trim().replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
        for (Strategy candidate : Strategy.values()) {
            if (candidate.name().replace("_", "").toLowerCase(Locale.ROOT).equals(normalized)) {
                return candidate;
            }
        }
        throw new InvalidInputException("strategy", text, "blueGreen, canary, rolling, other");
    }

    DeploymentKey key() {
        return new DeploymentKey(service, environment);
    }

    @Override
    public StepExecution start(final StepContext context) {
        return new Execution(context, this);
    }

    /** Runs the finalization off the CPS thread: it reads change sets and checksums files on the agent. */
    static class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
        private static final long serialVersionUID = 1L;
        private final DeploymentReportStep step;

        Execution(final StepContext context, final DeploymentReportStep step) {
            super(context);
            this.step = step;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            return new DeploymentReportPublisher(
                            step,
                            getContext().get(Run.class),
                            getContext().get(TaskListener.class),
                            getContext().get(FilePath.class))
                    .publish();
        }
    }

    /** Registers the step and validates its fields in the Snippet Generator. */
    @Extension
    public static class DescriptorImpl extends DeploymentStepDescriptor {
        @Override
        public String getFunctionName() {
            return "deploymentReport";
        }

        @Override
        public String getDisplayName() {
            return "Finalize and publish the deployment report";
        }

        /**
         * Validates the outcome.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckOutcome(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> {
                if (!AUTO.equalsIgnoreCase(value.trim())) {
                    Outcome.valueOf("outcome", value);
                }
            });
        }

        /**
         * Validates the Markdown path.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckMarkdown(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> checkPath("markdown", value));
        }
    }
}
