package io.jenkins.plugins.deploymentsop.steps.checklist;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.record.DeploymentType;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the agent needs to build and evaluate the checklist: the template, the checklist file, the Pipeline's items as
 * the engine's maps, the step's settings that apply to template and file items too, and the earlier deployments of
 * the release (read on the controller). Sent over the remoting
 * channel once; it is not kept in the build's program state (it may carry the Prometheus secret).
 */
final class ChecklistRequest implements Serializable {
    private static final long serialVersionUID = 1L;

    private final DeploymentType type;
    private final boolean template;
    private final String checklistFile;
    private final ArrayList<LinkedHashMap<String, Object>> items;
    private final String release;
    private final String environment;
    private final String service;
    private final EarlierDeployments earlier;
    private final TimeSpan manualTimeout;
    private final String emergencyOverride;
    private final ZoneId zone;

    @CheckForNull
    private final MetricsEndpoint metrics;

    ChecklistRequest(
            final DeploymentType type,
            final boolean template,
            final String checklistFile,
            final List<Map<String, Object>> items,
            final String release,
            final String environment,
            final String service,
            final EarlierDeployments earlier,
            final TimeSpan manualTimeout,
            final String emergencyOverride,
            final ZoneId zone,
            @CheckForNull final MetricsEndpoint metrics) {
        this.type = type;
        this.template = template;
        this.checklistFile = checklistFile;
        this.items = new ArrayList<>();
        for (Map<String, Object> item : items) {
            this.items.add(new LinkedHashMap<>(item));
        }
        this.release = release;
        this.environment = environment;
        this.service = service;
        this.earlier = earlier;
        this.manualTimeout = manualTimeout;
        this.emergencyOverride = emergencyOverride;
        this.zone = zone;
        this.metrics = metrics;
    }

    /**
     * Returns this request with the earlier deployments of the release.
     *
     * @param deployments the deployments, as read on the controller
     * @return a copy with them
     */
    ChecklistRequest with(final EarlierDeployments deployments) {
        return new ChecklistRequest(
                type,
                template,
                checklistFile,
                List.copyOf(items),
                release,
                environment,
                service,
                deployments,
                manualTimeout,
                emergencyOverride,
                zone,
                metrics);
    }

    /**
     * Tells whether one of the Pipeline's items is of a type, so the controller knows what the checklist needs
     * before it is built; template and file items are not seen here.
     *
     * @param type the engine's type name, e.g. {@code stagedFirst}
     * @return {@code true} if a Pipeline item has it
     */
    boolean hasPipelineItemOfType(final String type) {
        return items.stream().anyMatch(item -> type.equals(item.get("type")));
    }

    DeploymentType type() {
        return type;
    }

    /** Returns the template the checklist starts from: the type's for the pre-deployment checklist, else none. */
    Optional<DeploymentType> template() {
        return template ? Optional.of(type) : Optional.empty();
    }

    Optional<String> checklistFile() {
        return checklistFile.isEmpty() ? Optional.empty() : Optional.of(checklistFile);
    }

    /** Returns fresh copies of the item maps, so that adding the step's settings never changes the request. */
    List<Map<String, Object>> items() {
        List<Map<String, Object>> copies = new ArrayList<>();
        for (Map<String, Object> item : items) {
            copies.add(new LinkedHashMap<>(item));
        }
        return copies;
    }

    String release() {
        return release;
    }

    String environment() {
        return environment;
    }

    String service() {
        return service;
    }

    EarlierDeployments earlier() {
        return earlier;
    }

    TimeSpan manualTimeout() {
        return manualTimeout;
    }

    Optional<String> emergencyOverride() {
        return emergencyOverride.isEmpty() ? Optional.empty() : Optional.of(emergencyOverride);
    }

    ZoneId zone() {
        return zone;
    }

    Optional<MetricsEndpoint> metrics() {
        return Optional.ofNullable(metrics);
    }
}
