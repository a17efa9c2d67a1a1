package io.jenkins.plugins.deploymentsop.config;

import hudson.Extension;
import hudson.ExtensionList;
import hudson.util.FormValidation;
import io.jenkins.plugins.deploymentsop.record.EnvironmentTiers;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * Global defaults of the plugin in Manage Jenkins (also settable with Configuration as Code under
 * {@code unclassified: deploymentSop:}).
 */
@Extension
@Symbol("deploymentSop")
public class DeploymentSopConfiguration extends GlobalConfiguration {
    private String productionEnvironments = EnvironmentTiers.DEFAULT_PATTERN;

    /** Loads the saved settings. */
    public DeploymentSopConfiguration() {
        super();
        load();
    }

    /**
     * Returns the singleton.
     *
     * @return the configuration
     */
    public static DeploymentSopConfiguration get() {
        return ExtensionList.lookupSingleton(DeploymentSopConfiguration.class);
    }

    public String getProductionEnvironments() {
        return productionEnvironments;
    }

    /**
     * Sets which environments count as production for DORA metrics.
     *
     * @param productionEnvironments a regular expression matched against the whole environment name, ignoring case
     */
    @DataBoundSetter
    public void setProductionEnvironments(final String productionEnvironments) {
        this.productionEnvironments = EnvironmentTiers.of("productionEnvironments", productionEnvironments)
                .getPattern();
        save();
    }

    public EnvironmentTiers getEnvironmentTiers() {
        return EnvironmentTiers.of("productionEnvironments", productionEnvironments);
    }

    /**
     * Validates the production-environment pattern in the form.
     *
     * @param value the pattern
     * @return the validation result
     */
    @POST
    public FormValidation doCheckProductionEnvironments(@QueryParameter final String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        try {
            EnvironmentTiers.of("productionEnvironments", value);
            return FormValidation.ok();
        } catch (InvalidInputException exception) {
            return FormValidation.error(exception.getMessage());
        }
    }
}
