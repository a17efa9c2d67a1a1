package io.jenkins.plugins.deploymentsop.steps.checklist;

import hudson.Extension;
import java.util.Map;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code window(mustStayOpenFor: '90m')}: the deployment window; by default it configures the templates'
 * {@code deployment-window} item, so only the fields set change it. Freeze periods are written in the checklist file.
 */
public class WindowItem extends ChecklistItemSpec {
    private static final long serialVersionUID = 1L;

    private String timezone = "";
    private String days = "";
    private String hours = "";
    private String notBeforeWeekend = "";
    private String mustStayOpenFor = "";

    /** Creates the item; without fields it keeps the template's window as it is. */
    @DataBoundConstructor
    public WindowItem() {
        // every field is optional
    }

    public String getTimezone() {
        return timezone;
    }

    /** @param timezone the window's time zone, e.g. {@code Europe/Berlin}; empty for the controller's */
    @DataBoundSetter
    public void setTimezone(final String timezone) {
        this.timezone = timezone.trim();
    }

    public String getDays() {
        return days;
    }

    /** @param days the allowed weekdays, e.g. {@code MON-FRI} */
    @DataBoundSetter
    public void setDays(final String days) {
        this.days = days.trim();
    }

    public String getHours() {
        return hours;
    }

    /** @param hours the allowed hours, comma-separated, e.g. {@code 09:00-12:00, 13:00-17:00} */
    @DataBoundSetter
    public void setHours(final String hours) {
        this.hours = hours.trim();
    }

    public String getNotBeforeWeekend() {
        return notBeforeWeekend;
    }

    /** @param notBeforeWeekend no deployment on Fridays from this time, e.g. {@code 15:00} */
    @DataBoundSetter
    public void setNotBeforeWeekend(final String notBeforeWeekend) {
        this.notBeforeWeekend = notBeforeWeekend.trim();
    }

    public String getMustStayOpenFor() {
        return mustStayOpenFor;
    }

    /**
     * @param mustStayOpenFor how long the window must stay open after the start, for the deployment and its
     *     rollback, e.g. {@code 90m}
     */
    @DataBoundSetter
    public void setMustStayOpenFor(final String mustStayOpenFor) {
        this.mustStayOpenFor = ChecklistParameters.timeSpan("mustStayOpenFor", mustStayOpenFor);
    }

    @Override
    public String type() {
        return "window";
    }

    @Override
    protected String defaultId() {
        return "deployment-window";
    }

    @Override
    protected void addFields(final Map<String, Object> fields) {
        putText(fields, "timezone", timezone);
        putText(fields, "days", days);
        putList(fields, "hours", hours);
        putText(fields, "notBeforeWeekend", notBeforeWeekend);
        putText(fields, "mustStayOpenFor", mustStayOpenFor);
    }

    /** Registers the item type under its Pipeline symbol. */
    @Extension
    @Symbol("window")
    public static class DescriptorImpl extends ItemDescriptor {
        @Override
        public String getDisplayName() {
            return "Inside the deployment window";
        }
    }
}
