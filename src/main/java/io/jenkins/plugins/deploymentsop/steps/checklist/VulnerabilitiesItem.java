package io.jenkins.plugins.deploymentsop.steps.checklist;

import hudson.Extension;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/** {@code vulnerabilities(reports: ..., failAt: 'high')}: no findings at or above a severity. */
public class VulnerabilitiesItem extends ChecklistItemSpec {
    private static final long serialVersionUID = 1L;

    private static final List<String> SEVERITIES = List.of("critical", "high", "medium", "low", "negligible");

    private String reports = "";
    private String failAt = "";
    private String ignore = "";

    /** Creates the item; without fields it configures the template's {@code vulnerabilities} item as it is. */
    @DataBoundConstructor
    public VulnerabilitiesItem() {
        // every field is optional
    }

    public String getReports() {
        return reports;
    }

    /** @param reports SARIF, Trivy, Grype or Dependency-Check JSON patterns, comma-separated */
    @DataBoundSetter
    public void setReports(final String reports) {
        this.reports = reports.trim();
    }

    public String getFailAt() {
        return failAt;
    }

    /** @param failAt the lowest severity that fails: critical, high, medium, low or negligible */
    @DataBoundSetter
    public void setFailAt(final String failAt) {
        String trimmed = failAt.trim();
        if (!trimmed.isEmpty() && !SEVERITIES.contains(trimmed.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException("failAt", failAt, String.join(", ", SEVERITIES));
        }
        this.failAt = trimmed;
    }

    public String getIgnore() {
        return ignore;
    }

    /** @param ignore finding ids the team accepted, comma-separated, e.g. {@code CVE-2023-4039} */
    @DataBoundSetter
    public void setIgnore(final String ignore) {
        this.ignore = ignore.trim();
    }

    @Override
    public String type() {
        return "vulnerabilities";
    }

    @Override
    protected String defaultId() {
        return "vulnerabilities";
    }

    @Override
    protected void addFields(final Map<String, Object> fields) {
        putList(fields, "reports", reports);
        putText(fields, "failAt", failAt);
        putList(fields, "ignore", ignore);
    }

    /** Registers the item type under its Pipeline symbol. */
    @Extension
    @Symbol("vulnerabilities")
    public static class DescriptorImpl extends ItemDescriptor {
        @Override
        public String getDisplayName() {
            return "No vulnerabilities at or above a severity";
        }
    }
}
