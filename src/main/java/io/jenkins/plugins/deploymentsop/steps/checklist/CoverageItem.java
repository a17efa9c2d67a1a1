package io.jenkins.plugins.deploymentsop.steps.checklist;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import java.util.Map;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/** {@code coverage(reports: ..., minimum: 80, minimumBranch: 70)}: line and branch coverage thresholds. */
public class CoverageItem extends ChecklistItemSpec {
    private static final long serialVersionUID = 1L;

    private String reports = "";

    @CheckForNull
    private Double minimum;

    @CheckForNull
    private Double minimumBranch;

    /** Creates the item; without fields it configures the template's {@code coverage} item as it is. */
    @DataBoundConstructor
    public CoverageItem() {
        // every field is optional
    }

    public String getReports() {
        return reports;
    }

    /** @param reports JaCoCo XML, Cobertura XML or LCOV patterns, comma-separated */
    @DataBoundSetter
    public void setReports(final String reports) {
        this.reports = reports.trim();
    }

    @CheckForNull
    public Double getMinimum() {
        return minimum;
    }

    /** @param minimum the lowest line coverage in percent (0 to 100) */
    @DataBoundSetter
    public void setMinimum(@CheckForNull final Double minimum) {
        this.minimum = percentage("minimum", minimum);
    }

    @CheckForNull
    public Double getMinimumBranch() {
        return minimumBranch;
    }

    /** @param minimumBranch the lowest branch coverage in percent (0 to 100) */
    @DataBoundSetter
    public void setMinimumBranch(@CheckForNull final Double minimumBranch) {
        this.minimumBranch = percentage("minimumBranch", minimumBranch);
    }

    @Override
    public String type() {
        return "coverage";
    }

    @Override
    protected String defaultId() {
        return "coverage";
    }

    @Override
    protected void addFields(final Map<String, Object> fields) {
        putList(fields, "reports", reports);
        if (minimum != null) {
            fields.put("minimum", minimum);
        }
        if (minimumBranch != null) {
            fields.put("minimumBranch", minimumBranch);
        }
    }

    /** Registers the item type under its Pipeline symbol. */
    @Extension
    @Symbol("coverage")
    public static class DescriptorImpl extends ItemDescriptor {
        @Override
        public String getDisplayName() {
            return "Test coverage (JaCoCo, Cobertura, LCOV)";
        }
    }
}
