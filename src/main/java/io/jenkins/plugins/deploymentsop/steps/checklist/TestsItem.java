package io.jenkins.plugins.deploymentsop.steps.checklist;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import java.util.Map;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/** {@code tests(results: ..., minimumPassRate: 100)}: all tests pass. */
public class TestsItem extends ChecklistItemSpec {
    private static final long serialVersionUID = 1L;

    private String results = "";

    @CheckForNull
    private Double minimumPassRate;

    /** Creates the item; without fields it configures the template's {@code tests} item as it is. */
    @DataBoundConstructor
    public TestsItem() {
        // every field is optional
    }

    public String getResults() {
        return results;
    }

    /** @param results JUnit XML patterns, comma-separated, e.g. {@code **&#47;surefire-reports/TEST-*.xml} */
    @DataBoundSetter
    public void setResults(final String results) {
        this.results = results.trim();
    }

    @CheckForNull
    public Double getMinimumPassRate() {
        return minimumPassRate;
    }

    /** @param minimumPassRate the lowest pass rate in percent (0 to 100) */
    @DataBoundSetter
    public void setMinimumPassRate(@CheckForNull final Double minimumPassRate) {
        this.minimumPassRate = percentage("minimumPassRate", minimumPassRate);
    }

    @Override
    public String type() {
        return "tests";
    }

    @Override
    protected String defaultId() {
        return "tests";
    }

    @Override
    protected void addFields(final Map<String, Object> fields) {
        putList(fields, "results", results);
        if (minimumPassRate != null) {
            fields.put("minimumPassRate", minimumPassRate);
        }
    }

    /** Registers the item type under its Pipeline symbol. */
    @Extension
    @Symbol("tests")
    public static class DescriptorImpl extends ItemDescriptor {
        @Override
        public String getDisplayName() {
            return "Tests pass (JUnit XML)";
        }
    }
}
