package io.jenkins.plugins.deploymentsop.steps.checklist;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import io.jenkins.plugins.deploymentsop.record.ChecklistEntry;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code preDeployChecklist}: checks every release gate of the SOP with its evidence before production is touched,
 * records the result in the deployment record and waits (across restarts) for the people who must sign off on the
 * build page. Inside {@code node} it evaluates on the agent and the wait keeps that executor; outside {@code node}
 * it holds none, and items that need files end ERROR. Fails the build on a blocking failure, marks the stage unstable
 * on warnings and returns {@code [passed: bool, items: [...]]}.
 */
public class PreDeployChecklistStep extends Step implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String DEFAULT_TIMEOUT = "24h";

    private final String release;
    private final String environment;
    private String service = "";
    private String type = "standard";
    private String checklist = "";
    private ArrayList<ChecklistItemSpec> items = new ArrayList<>();
    private String timeout = DEFAULT_TIMEOUT;
    private String emergencyOverride = "";
    private String metricsUrl = "";
    private String metricsCredentialsId = "";
    private String name = ChecklistEntry.DEFAULT_CHECKLIST;

    /**
     * Creates the step.
     *
     * @param release the release being deployed, e.g. {@code 1.4.0}
     * @param environment the target environment, e.g. {@code production}
     */
    @DataBoundConstructor
    public PreDeployChecklistStep(final String release, final String environment) {
        this.release = ChecklistParameters.release(release);
        this.environment = ChecklistParameters.environment(environment);
    }

    public String getRelease() {
        return release;
    }

    public String getEnvironment() {
        return environment;
    }

    public String getService() {
        return service;
    }

    /** @param service the service deployed; empty: the job's full name made safe (e.g. {@code shop-deploy}) */
    @DataBoundSetter
    public void setService(final String service) {
        this.service = ChecklistParameters.service(service);
    }

    public String getType() {
        return type;
    }

    /** @param type {@code standard}, {@code hotfix} or {@code featureFlag}: the template the checklist starts from */
    @DataBoundSetter
    public void setType(final String type) {
        this.type = ChecklistParameters.type(type).getPipelineName();
    }

    public String getChecklist() {
        return checklist;
    }

    /** @param checklist the workspace path of the checklist YAML file; empty: template and items only */
    @DataBoundSetter
    public void setChecklist(final String checklist) {
        this.checklist = ChecklistParameters.workspacePath("checklist", checklist);
    }

    public List<ChecklistItemSpec> getItems() {
        return new ArrayList<>(items);
    }

    /** @param items the Pipeline's items; an item with the id of a template or file item overrides it */
    @DataBoundSetter
    public void setItems(final List<ChecklistItemSpec> items) {
        Set<String> ids = new HashSet<>();
        for (ChecklistItemSpec item : items) {
            if (!ids.add(item.effectiveId())) {
                throw new InvalidInputException(
                        "items",
                        "two items with id '" + item.effectiveId() + "'",
                        "one item per id; set id: on items of the same type");
            }
        }
        this.items = new ArrayList<>(items);
    }

    public String getTimeout() {
        return timeout;
    }

    /** @param timeout how long sign-offs may take, for manual items without their own timeout, e.g. {@code 4h} */
    @DataBoundSetter
    public void setTimeout(final String timeout) {
        String checked = ChecklistParameters.timeSpan("timeout", timeout);
        this.timeout = checked.isEmpty() ? DEFAULT_TIMEOUT : checked;
    }

    public String getEmergencyOverride() {
        return emergencyOverride;
    }

    /** @param emergencyOverride the reason for deploying outside the deployment window; recorded with the item */
    @DataBoundSetter
    public void setEmergencyOverride(final String emergencyOverride) {
        this.emergencyOverride = ChecklistParameters.emergencyOverride(emergencyOverride);
    }

    public String getMetricsUrl() {
        return metricsUrl;
    }

    /** @param metricsUrl the Prometheus base URL for metric items, e.g. {@code http://prometheus:9090} */
    @DataBoundSetter
    public void setMetricsUrl(final String metricsUrl) {
        this.metricsUrl = ChecklistParameters.metricsUrl(metricsUrl);
    }

    public String getMetricsCredentialsId() {
        return metricsCredentialsId;
    }

    /** @param metricsCredentialsId a username/password (basic) or secret text (bearer) credential for Prometheus */
    @DataBoundSetter
    public void setMetricsCredentialsId(final String metricsCredentialsId) {
        this.metricsCredentialsId = metricsCredentialsId.trim();
    }

    public String getName() {
        return name;
    }

    /**
     * @param name the checklist's name: an evaluation replaces only the recorded entries of its own name, so a
     *     second checklist of the build (e.g. {@code operations-handoff} after the release) keeps the first
     */
    @DataBoundSetter
    public void setName(final String name) {
        this.name = ChecklistParameters.name(name);
    }

    /**
     * Tells whether this is the pre-deployment checklist, which starts from the template of {@code type} and sets the
     * record's deployment type; other checklists hold only their file and items.
     *
     * @return {@code true} for the default name
     */
    boolean isPreDeployment() {
        return ChecklistEntry.DEFAULT_CHECKLIST.equals(name);
    }

    TimeSpan timeoutSpan() {
        return TimeSpan.valueOf("timeout", timeout);
    }

    /**
     * Describes what the agent needs to evaluate the checklist, for tests: no earlier deployments, the step's service.
     *
     * @param metrics the Prometheus access, resolved on the controller, if metric items may run
     * @param zone the default time zone of window items
     * @return the request
     */
    ChecklistRequest request(@CheckForNull final MetricsEndpoint metrics, final ZoneId zone) {
        return request(metrics, zone, service, EarlierDeployments.none());
    }

    /**
     * Describes what the agent needs to evaluate the checklist.
     *
     * @param metrics the Prometheus access, resolved on the controller, if metric items may run
     * @param zone the default time zone of window items
     * @param serviceName the service deployed (the step's, or the one made from the job's name)
     * @param earlier the earlier deployments of the release, for {@code stagedFirst} items
     * @return the request
     */
    ChecklistRequest request(
            @CheckForNull final MetricsEndpoint metrics,
            final ZoneId zone,
            final String serviceName,
            final EarlierDeployments earlier) {
        List<Map<String, Object>> maps = new ArrayList<>();
        for (ChecklistItemSpec item : items) {
            maps.add(item.toItemMap());
        }
        return new ChecklistRequest(
                ChecklistParameters.type(type),
                isPreDeployment(),
                checklist,
                maps,
                release,
                environment,
                serviceName,
                earlier,
                timeoutSpan(),
                emergencyOverride,
                zone,
                metrics);
    }

    @Override
    public StepExecution start(final StepContext context) {
        return new PreDeployChecklistExecution(context, this);
    }

    /** Registers the step and validates its fields in the Snippet Generator. */
    @Extension
    public static class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return "preDeployChecklist";
        }

        @Override
        public String getDisplayName() {
            return "Check the pre-deployment checklist and wait for sign-offs";
        }

        /**
         * Requires no workspace: inside {@code node} the checklist is evaluated on the agent; outside it the
         * controller evaluates it without files, so a checklist of sign-offs can wait without holding an executor.
         *
         * @return the build and its log
         */
        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class);
        }

        /**
         * Validates the release.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckRelease(@QueryParameter final String value, @AncestorInPath final Item item) {
            return check(item, () -> ChecklistParameters.release(value));
        }

        /**
         * Validates the environment.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckEnvironment(@QueryParameter final String value, @AncestorInPath final Item item) {
            return check(item, () -> ChecklistParameters.environment(value));
        }

        /**
         * Validates the service.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckService(@QueryParameter final String value, @AncestorInPath final Item item) {
            return check(item, () -> ChecklistParameters.service(value));
        }

        /**
         * Validates the type.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckType(@QueryParameter final String value, @AncestorInPath final Item item) {
            return check(item, () -> ChecklistParameters.type(value));
        }

        /**
         * Validates the checklist path.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckChecklist(@QueryParameter final String value, @AncestorInPath final Item item) {
            return check(item, () -> ChecklistParameters.workspacePath("checklist", value));
        }

        /**
         * Validates the checklist's name.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckName(@QueryParameter final String value, @AncestorInPath final Item item) {
            return check(item, () -> ChecklistParameters.name(value));
        }

        /**
         * Validates the timeout.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckTimeout(@QueryParameter final String value, @AncestorInPath final Item item) {
            return check(item, () -> ChecklistParameters.timeSpan("timeout", value));
        }

        /**
         * Validates the Prometheus URL.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckMetricsUrl(@QueryParameter final String value, @AncestorInPath final Item item) {
            return check(item, () -> ChecklistParameters.metricsUrl(value));
        }

        private static FormValidation check(final Item item, final Runnable validation) {
            if (item == null) {
                Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            } else {
                item.checkPermission(Item.CONFIGURE);
            }
            try {
                validation.run();
                return FormValidation.ok();
            } catch (InvalidInputException exception) {
                return FormValidation.error(exception.getMessage());
            }
        }
    }
}
