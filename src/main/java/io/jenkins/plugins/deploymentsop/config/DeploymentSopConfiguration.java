package io.jenkins.plugins.deploymentsop.config;

import hudson.Extension;
import hudson.ExtensionList;
import hudson.util.FormValidation;
import io.jenkins.plugins.deploymentsop.dora.BandSettings;
import io.jenkins.plugins.deploymentsop.dora.BandThresholds;
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
    private String deploymentIntervalBands = BandSettings.text(BandThresholds.DORA_2024.getDeploymentInterval());
    private String leadTimeBands = BandSettings.text(BandThresholds.DORA_2024.getLeadTime());
    private String recoveryTimeBands = BandSettings.text(BandThresholds.DORA_2024.getRecoveryTime());
    private String changeFailureRateBands = BandSettings.text(BandThresholds.DORA_2024.getChangeFailureRate());
    private String reworkRateBands = BandSettings.text(BandThresholds.DORA_2024.getReworkRate());

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

    public String getDeploymentIntervalBands() {
        return deploymentIntervalBands;
    }

    /** @param value elite, high and medium limits of the time between production deployments, e.g. {@code 1d, 7d, 30d} */
    @DataBoundSetter
    public void setDeploymentIntervalBands(final String value) {
        BandSettings.parse(value.trim(), leadTimeBands, recoveryTimeBands, changeFailureRateBands, reworkRateBands);
        deploymentIntervalBands = value.trim();
        save();
    }

    public String getLeadTimeBands() {
        return leadTimeBands;
    }

    /** @param value elite, high and medium limits of lead time for changes, e.g. {@code 1d, 7d, 30d} */
    @DataBoundSetter
    public void setLeadTimeBands(final String value) {
        BandSettings.parse(
                deploymentIntervalBands, value.trim(), recoveryTimeBands, changeFailureRateBands, reworkRateBands);
        leadTimeBands = value.trim();
        save();
    }

    public String getRecoveryTimeBands() {
        return recoveryTimeBands;
    }

    /** @param value elite, high and medium limits of failed deployment recovery time, e.g. {@code 1h, 1d, 7d} */
    @DataBoundSetter
    public void setRecoveryTimeBands(final String value) {
        BandSettings.parse(
                deploymentIntervalBands, leadTimeBands, value.trim(), changeFailureRateBands, reworkRateBands);
        recoveryTimeBands = value.trim();
        save();
    }

    public String getChangeFailureRateBands() {
        return changeFailureRateBands;
    }

    /** @param value elite, high and medium limits of change failure rate in percent, e.g. {@code 5, 10, 20} */
    @DataBoundSetter
    public void setChangeFailureRateBands(final String value) {
        BandSettings.parse(deploymentIntervalBands, leadTimeBands, recoveryTimeBands, value.trim(), reworkRateBands);
        changeFailureRateBands = value.trim();
        save();
    }

    public String getReworkRateBands() {
        return reworkRateBands;
    }

    /** @param value elite, high and medium limits of deployment rework rate in percent, e.g. {@code 5, 10, 20} */
    @DataBoundSetter
    public void setReworkRateBands(final String value) {
        BandSettings.parse(
                deploymentIntervalBands, leadTimeBands, recoveryTimeBands, changeFailureRateBands, value.trim());
        reworkRateBands = value.trim();
        save();
    }

    /**
     * Returns the performance bands of the DORA pages.
     *
     * @return the thresholds
     * @throws InvalidInputException if a setting is malformed (the setter refuses such values)
     */
    public BandThresholds getBandThresholds() {
        return BandSettings.parse(
                deploymentIntervalBands, leadTimeBands, recoveryTimeBands, changeFailureRateBands, reworkRateBands);
    }

    /**
     * Validates a band setting in the form.
     *
     * @param value the setting
     * @return the validation result
     */
    @POST
    public FormValidation doCheckLeadTimeBands(@QueryParameter final String value) {
        return checkBands(() -> BandSettings.parse(
                deploymentIntervalBands, value, recoveryTimeBands, changeFailureRateBands, reworkRateBands));
    }

    /**
     * Validates a band setting in the form.
     *
     * @param value the setting
     * @return the validation result
     */
    @POST
    public FormValidation doCheckDeploymentIntervalBands(@QueryParameter final String value) {
        return checkBands(() ->
                BandSettings.parse(value, leadTimeBands, recoveryTimeBands, changeFailureRateBands, reworkRateBands));
    }

    /**
     * Validates a band setting in the form.
     *
     * @param value the setting
     * @return the validation result
     */
    @POST
    public FormValidation doCheckRecoveryTimeBands(@QueryParameter final String value) {
        return checkBands(() -> BandSettings.parse(
                deploymentIntervalBands, leadTimeBands, value, changeFailureRateBands, reworkRateBands));
    }

    /**
     * Validates a band setting in the form.
     *
     * @param value the setting
     * @return the validation result
     */
    @POST
    public FormValidation doCheckChangeFailureRateBands(@QueryParameter final String value) {
        return checkBands(() ->
                BandSettings.parse(deploymentIntervalBands, leadTimeBands, recoveryTimeBands, value, reworkRateBands));
    }

    /**
     * Validates a band setting in the form.
     *
     * @param value the setting
     * @return the validation result
     */
    @POST
    public FormValidation doCheckReworkRateBands(@QueryParameter final String value) {
        return checkBands(() -> BandSettings.parse(
                deploymentIntervalBands, leadTimeBands, recoveryTimeBands, changeFailureRateBands, value));
    }

    private static FormValidation checkBands(final Runnable parse) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        try {
            parse.run();
            return FormValidation.ok();
        } catch (InvalidInputException exception) {
            return FormValidation.error(exception.getMessage());
        }
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
