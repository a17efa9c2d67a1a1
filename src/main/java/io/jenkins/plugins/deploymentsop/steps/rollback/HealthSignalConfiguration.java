package io.jenkins.plugins.deploymentsop.steps.rollback;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.util.FormValidation;
import io.jenkins.plugins.deploymentsop.steps.HealthCheckConfiguration;
import io.jenkins.plugins.deploymentsop.steps.ParameterCheck;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code healthSignal(name: 'cache', checks: [tcp(port: 6379)])}: health checks that a rule reads as
 * {@code health:cache}. The SOP's {@code health:application} and {@code health:database} come from the step's
 * {@code healthChecks:} and {@code databaseChecks:}.
 */
public final class HealthSignalConfiguration extends AbstractDescribableImpl<HealthSignalConfiguration>
        implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_.-]{0,63}");

    private final String name;
    private final ArrayList<HealthCheckConfiguration> checks;

    /**
     * Creates the signal.
     *
     * @param name the name after {@code health:}, e.g. {@code cache}
     * @param checks the checks, all of which must pass
     */
    @DataBoundConstructor
    public HealthSignalConfiguration(final String name, @CheckForNull final List<HealthCheckConfiguration> checks) {
        this.name = checkName(name);
        this.checks = new ArrayList<>(checkChecks(name, checks));
    }

    private static List<HealthCheckConfiguration> checkChecks(
            final String name, @CheckForNull final List<HealthCheckConfiguration> checks) {
        if (checks == null || checks.isEmpty()) {
            throw new InvalidInputException(
                    "healthSignals[" + name + "].checks", "", "at least one health check, e.g. [tcp(port: 6379)]");
        }
        return checks;
    }

    static String checkName(final String name) {
        String trimmed = name.trim();
        if (!NAME.matcher(trimmed).matches() || "application".equals(trimmed) || "database".equals(trimmed)) {
            throw new InvalidInputException(
                    "healthSignals[].name",
                    name,
                    "a lower-case name of letters, digits, '_', '.', '-', other than application and database (use"
                            + " healthChecks: and databaseChecks: for those), e.g. cache");
        }
        return trimmed;
    }

    public String getName() {
        return name;
    }

    public List<HealthCheckConfiguration> getChecks() {
        return List.copyOf(checks);
    }

    /** The {@code healthSignal} symbol and the form checks of the Snippet Generator. */
    @Extension
    @Symbol("healthSignal")
    public static class DescriptorImpl extends Descriptor<HealthSignalConfiguration> {
        @Override
        public String getDisplayName() {
            return "Named health signal";
        }

        /**
         * Validates the name.
         *
         * @param value the value
         * @param item the job
         * @return the result
         */
        @POST
        public FormValidation doCheckName(@QueryParameter final String value, @AncestorInPath final Item item) {
            return ParameterCheck.check(item, () -> checkName(value));
        }
    }
}
