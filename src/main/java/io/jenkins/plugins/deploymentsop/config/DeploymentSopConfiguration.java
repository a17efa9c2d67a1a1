package io.jenkins.plugins.deploymentsop.config;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.util.FormValidation;
import io.jenkins.plugins.deploymentsop.dora.BandSettings;
import io.jenkins.plugins.deploymentsop.dora.BandThresholds;
import io.jenkins.plugins.deploymentsop.record.EnvironmentTiers;
import io.jenkins.plugins.deploymentsop.rollback.NoDataPolicy;
import io.jenkins.plugins.deploymentsop.rollback.RuleFileReader;
import io.jenkins.plugins.deploymentsop.rollback.RuleLayer;
import io.jenkins.plugins.deploymentsop.rollback.RuleSource;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.util.Optional;
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
    /** The label of the global rollback rules in messages. */
    public static final String ROLLBACK_RULES_LABEL = "global rollback rules";

    private String productionEnvironments = EnvironmentTiers.DEFAULT_PATTERN;
    private String deploymentIntervalBands = BandSettings.text(BandThresholds.DORA_2024.getDeploymentInterval());
    private String leadTimeBands = BandSettings.text(BandThresholds.DORA_2024.getLeadTime());
    private String recoveryTimeBands = BandSettings.text(BandThresholds.DORA_2024.getRecoveryTime());
    private String changeFailureRateBands = BandSettings.text(BandThresholds.DORA_2024.getChangeFailureRate());
    private String reworkRateBands = BandSettings.text(BandThresholds.DORA_2024.getReworkRate());
    private String rollbackRules = "";
    private String rollbackNoDataMetrics = "";
    private String rollbackNoDataHealth = "";

    // off by default: with it, a Pipeline chooses which network addresses the controller sends router commands to
    private boolean routersOnController;

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
        given("productionEnvironments", productionEnvironments);
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
        given("deploymentIntervalBands", value);
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
        given("leadTimeBands", value);
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
        given("recoveryTimeBands", value);
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
        given("changeFailureRateBands", value);
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
        given("reworkRateBands", value);
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

    public String getRollbackRules() {
        return rollbackRules;
    }

    /**
     * Sets the global rollback rules: the layer between the SOP defaults and a repository's rules file.
     *
     * @param value YAML in the format of a rules file (docs/steps/rollbackIfUnhealthy.md); empty: none
     * @throws InvalidInputException naming line, column, rule id and field of a mistake
     */
    @DataBoundSetter
    public void setRollbackRules(final String value) {
        String text = value == null ? "" : value.strip();
        parseRollbackRules(text);
        rollbackRules = text;
        save();
    }

    public String getRollbackNoDataMetrics() {
        return rollbackNoDataMetrics;
    }

    /** @param value what a missing metric means for rules without their own noData; empty: the SOP default (ignore) */
    @DataBoundSetter
    public void setRollbackNoDataMetrics(final String value) {
        rollbackNoDataMetrics = noDataText("rollbackNoDataMetrics", value);
        save();
    }

    public String getRollbackNoDataHealth() {
        return rollbackNoDataHealth;
    }

    /** @param value what a probe that cannot run means; empty: the SOP default (treat_as_breach) */
    @DataBoundSetter
    public void setRollbackNoDataHealth(final String value) {
        rollbackNoDataHealth = noDataText("rollbackNoDataHealth", value);
        save();
    }

    public boolean isRoutersOnController() {
        return routersOnController;
    }

    /**
     * @param value whether {@code rollbackIfUnhealthy} may watch outside {@code node}, driving a network router (HAProxy
     *     over TCP) and HTTP/TCP health checks from the controller, so the watch holds no executor at all
     */
    @DataBoundSetter
    public void setRoutersOnController(final boolean value) {
        routersOnController = value;
        save();
    }

    // a setter called with null (Configuration as Code, a script) is told which field it is, not a bare NPE; no helper
    // of the steps package here: config must not depend on steps, which depends on config
    private static void given(final String parameter, @CheckForNull final String value) {
        if (value == null) {
            throw new InvalidInputException(parameter, "null", "a text");
        }
    }

    private static String noDataText(final String parameter, final String value) {
        return value == null || value.isBlank()
                ? ""
                : NoDataPolicy.valueOf(parameter, value).text();
    }

    private static RuleSource parseRollbackRules(final String text) {
        return RuleFileReader.parse(ROLLBACK_RULES_LABEL, text, RuleLayer.GLOBAL);
    }

    /**
     * Returns the global layer of the rollback rules: the YAML rules with the "no data" defaults of the fields below
     * it, unless the YAML sets its own.
     *
     * @return the layer, empty when nothing is configured
     */
    public Optional<RuleSource> rollbackRuleSource() {
        return rollbackLayer(rollbackRules, rollbackNoDataMetrics, rollbackNoDataHealth);
    }

    /**
     * Builds the global layer of the rollback rules.
     *
     * @param rules the YAML rules, possibly empty
     * @param noDataMetrics the "no data" default of metrics, empty for none
     * @param noDataHealth the "no data" default of health probes, empty for none
     * @return the layer, empty when nothing is configured
     */
    static Optional<RuleSource> rollbackLayer(
            final String rules, final String noDataMetrics, final String noDataHealth) {
        if (rules.isBlank() && noDataMetrics.isEmpty() && noDataHealth.isEmpty()) {
            return Optional.empty();
        }
        RuleSource parsed = parseRollbackRules(rules);
        RuleSource.Builder layer = RuleSource.builder(RuleLayer.GLOBAL, ROLLBACK_RULES_LABEL)
                .replaceEarlier(parsed.replacesEarlier())
                .noDataForMetrics(parsed.noDataForMetrics()
                        .orElse(
                                noDataMetrics.isEmpty()
                                        ? null
                                        : NoDataPolicy.valueOf("rollbackNoDataMetrics", noDataMetrics)))
                .noDataForHealth(parsed.noDataForHealth()
                        .orElse(
                                noDataHealth.isEmpty()
                                        ? null
                                        : NoDataPolicy.valueOf("rollbackNoDataHealth", noDataHealth)));
        parsed.specs().forEach(layer::add);
        return Optional.of(layer.build());
    }

    /**
     * Validates the global rollback rules in the form.
     *
     * @param value the YAML
     * @return the validation result, naming line and column of a mistake
     */
    @POST
    public FormValidation doCheckRollbackRules(@QueryParameter final String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        try {
            RuleSource source = parseRollbackRules(value == null ? "" : value.strip());
            return FormValidation.ok(
                    source.specs().size() + " rule entr" + (source.specs().size() == 1 ? "y" : "ies"));
        } catch (InvalidInputException exception) {
            return FormValidation.error(exception.getMessage());
        }
    }

    /**
     * Validates the "no data" policy of metrics in the form.
     *
     * @param value the policy
     * @return the validation result
     */
    @POST
    public FormValidation doCheckRollbackNoDataMetrics(@QueryParameter final String value) {
        return checkNoData("rollbackNoDataMetrics", value);
    }

    /**
     * Validates the "no data" policy of health probes in the form.
     *
     * @param value the policy
     * @return the validation result
     */
    @POST
    public FormValidation doCheckRollbackNoDataHealth(@QueryParameter final String value) {
        return checkNoData("rollbackNoDataHealth", value);
    }

    private static FormValidation checkNoData(final String parameter, final String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        try {
            noDataText(parameter, value);
            return FormValidation.ok();
        } catch (InvalidInputException exception) {
            return FormValidation.error(exception.getMessage());
        }
    }
}
