package io.jenkins.plugins.deploymentsop.checklist.config;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.util.Optional;

/**
 * A mistake in checklist configuration, located: {@code deploy/checklist.yaml line 12, column 5: item 'coverage':
 * Invalid value for 'minimum': '180' (allowed: a number from 0 to 100)}.
 */
public class ConfigException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final SourceLocation location;

    @CheckForNull
    private final String itemId;

    private final String problem;

    /**
     * Creates the exception for a bad value.
     *
     * @param location where the value was written
     * @param itemId the item, if known
     * @param parameter the field
     * @param value the value as written
     * @param allowed what would be accepted
     */
    public ConfigException(
            final SourceLocation location,
            @CheckForNull final String itemId,
            final String parameter,
            final String value,
            final String allowed) {
        super(parameter, value, allowed);
        this.location = location;
        this.itemId = itemId;
        this.problem = super.getMessage();
    }

    /**
     * Wraps a value type's complaint with its location.
     *
     * @param location where the value was written
     * @param itemId the item, if known
     * @param cause the complaint
     */
    public ConfigException(
            final SourceLocation location, @CheckForNull final String itemId, final InvalidInputException cause) {
        super(cause.getParameter(), cause.getValue(), cause.getAllowed());
        this.location = location;
        this.itemId = itemId;
        this.problem = cause.getMessage();
        initCause(cause);
    }

    /**
     * Creates the exception for a problem that is not one bad value, e.g. malformed YAML.
     *
     * @param location where it was found
     * @param itemId the item, if known
     * @param problem what is wrong, in words
     * @param parameter the field concerned (or {@code file})
     */
    public ConfigException(
            final SourceLocation location,
            @CheckForNull final String itemId,
            final String problem,
            final String parameter) {
        super(parameter, "", problem);
        this.location = location;
        this.itemId = itemId;
        this.problem = problem;
    }

    public SourceLocation getLocation() {
        return location;
    }

    public Optional<String> getItemId() {
        return Optional.ofNullable(itemId);
    }

    /**
     * Returns the problem without the location.
     *
     * @return the problem
     */
    public String getProblem() {
        return problem;
    }

    @Override
    public String getMessage() {
        return location + ": " + (itemId == null ? "" : "item '" + itemId + "': ") + problem;
    }
}
