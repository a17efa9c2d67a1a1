package io.jenkins.plugins.deploymentsop.steps.checklist;

import hudson.AbortException;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.deploymentsop.checklist.CheckContext;
import io.jenkins.plugins.deploymentsop.checklist.Checklist;
import io.jenkins.plugins.deploymentsop.checklist.ChecklistEvaluator;
import io.jenkins.plugins.deploymentsop.checklist.ChecklistItem;
import io.jenkins.plugins.deploymentsop.checklist.ManualPolicy;
import io.jenkins.plugins.deploymentsop.checklist.Workspace;
import io.jenkins.plugins.deploymentsop.checklist.check.CheckType;
import io.jenkins.plugins.deploymentsop.checklist.source.ChecklistBuilder;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jenkins.MasterToSlaveFileCallable;

/**
 * Builds and evaluates the checklist on the agent that holds the workspace, so file checks read the real folder and
 * commands run where the build runs. Only the serializable result travels back. Outside {@code node} there is no
 * workspace: the controller evaluates it without one, and items that read files or run commands end ERROR.
 *
 * <p>The earlier deployments of the release are read on the controller only for checklists with a
 * {@code stagedFirst} item. When the controller could not tell (such an item comes from the checklist file), the
 * evaluation stops after building the checklist and asks for them; nothing has been checked at that point.
 *
 * <p>The step's {@code timeout} and {@code emergencyOverride} apply to template and file items too: a first build of
 * the checklist finds the manual items still at the default timeout and the window items, and the settings are added
 * to them (in the Pipeline item's own map, or as an override by id).
 */
final class ChecklistEvaluation extends MasterToSlaveFileCallable<EvaluatedChecklist> {
    private static final long serialVersionUID = 1L;
    private static final String WINDOW = "window";
    private static final String NO_WORKSPACE = "this preDeployChecklist runs outside node { }. Evaluate the items that"
            + " need files in a preDeployChecklist inside node { }; sign-offs can wait in a second one outside it";

    private final ChecklistRequest request;

    ChecklistEvaluation(final ChecklistRequest request) {
        this.request = request;
    }

    @Override
    public EvaluatedChecklist invoke(final File workspace, final VirtualChannel channel)
            throws IOException, InterruptedException {
        return evaluate(workspace.toPath(), Clock.systemUTC());
    }

    /**
     * Evaluates the checklist in a workspace.
     *
     * @param workspace the workspace folder
     * @param clock the clock of the checks and the sign-off deadlines
     * @return the result with the builder's notes, or the request for the earlier deployments
     * @throws AbortException with a one-line message if the checklist file or a step setting is malformed
     * @throws InterruptedException if interrupted
     */
    EvaluatedChecklist evaluate(final Path workspace, final Clock clock) throws AbortException, InterruptedException {
        return evaluate(Optional.of(workspace), clock);
    }

    /**
     * Evaluates the checklist without a workspace (outside {@code node}): items that read files or run commands end
     * ERROR, saying so.
     *
     * @param clock the clock of the checks and the sign-off deadlines
     * @return the result with the builder's notes, or the request for the earlier deployments
     * @throws AbortException if the step names a checklist file, which only a workspace has, or a step setting is
     *     malformed
     * @throws InterruptedException if interrupted
     */
    EvaluatedChecklist evaluateWithoutWorkspace(final Clock clock) throws AbortException, InterruptedException {
        return evaluate(Optional.empty(), clock);
    }

    private EvaluatedChecklist evaluate(final Optional<Path> workspace, final Clock clock)
            throws AbortException, InterruptedException {
        try {
            List<Map<String, Object>> items = request.items();
            Checklist checklist = build(workspace, items);
            List<Map<String, Object>> overrides = applyStepSettings(checklist, items);
            if (!overrides.isEmpty() || !items.equals(request.items())) {
                items.addAll(overrides);
                checklist = build(workspace, items);
            }
            if (!request.earlier().isRead() && hasStagedFirstItem(checklist)) {
                return EvaluatedChecklist.needingEarlierDeployments();
            }
            CheckContext.Builder context = workspace
                    .map(CheckContext::builder)
                    .orElseGet(() -> CheckContext.withoutWorkspace(NO_WORKSPACE))
                    .clock(clock)
                    .zone(request.zone())
                    .release(request.release())
                    .environment(request.environment())
                    .service(request.service())
                    .deployments(request.earlier().lookup());
            request.metrics().ifPresent(metrics -> context.prometheus(metrics.client()));
            return new EvaluatedChecklist(
                    new ChecklistEvaluator().evaluate(checklist, context.build()),
                    checklist.notes(),
                    checklist.problems());
        } catch (InvalidInputException exception) {
            // a malformed checklist file (with line and column) or a bad setting: one line, no stack trace
            throw new AbortException(exception.getMessage());
        }
    }

    private Checklist build(final Optional<Path> workspace, final List<Map<String, Object>> items)
            throws AbortException {
        ChecklistBuilder builder = ChecklistBuilder.create();
        request.template().ifPresent(builder::template);
        Optional<String> file = request.checklistFile();
        if (file.isPresent()) {
            if (workspace.isEmpty()) {
                throw new AbortException("preDeployChecklist reads its checklist file '" + file.get()
                        + "' from the workspace, and it runs outside node { }: run it inside node { }, or give the"
                        + " items in the Pipeline");
            }
            builder.file(new Workspace(workspace.get()).resolve("checklist", file.get()), file.get());
        }
        return builder.pipelineItems(items).build();
    }

    private static boolean hasStagedFirstItem(final Checklist checklist) {
        return checklist.items().stream()
                .anyMatch(item ->
                        CheckType.STAGED_FIRST.typeName().equals(item.check().type()));
    }

    /**
     * Adds the step's timeout and emergency override to the items they apply to.
     *
     * @param checklist the checklist as built without them
     * @param items the Pipeline item maps: changed in place where an item is a Pipeline item
     * @return overrides for template and file items
     */
    private List<Map<String, Object>> applyStepSettings(
            final Checklist checklist, final List<Map<String, Object>> items) {
        List<Map<String, Object>> overrides = new ArrayList<>();
        for (ChecklistItem item : checklist.items()) {
            Map<String, Object> settings = new LinkedHashMap<>();
            Optional<ManualPolicy> policy = item.check().manualPolicy();
            if (policy.isPresent()
                    && policy.get().timeout().equals(ManualPolicy.DEFAULT_TIMEOUT)
                    && !request.manualTimeout().equals(ManualPolicy.DEFAULT_TIMEOUT)) {
                settings.put("timeout", request.manualTimeout().toString());
            }
            if (WINDOW.equals(item.check().type())) {
                request.emergencyOverride().ifPresent(reason -> settings.put("emergencyOverride", reason));
            }
            if (settings.isEmpty()) {
                continue;
            }
            Optional<Map<String, Object>> own = items.stream()
                    .filter(map -> item.id().equals(map.get("id")))
                    .findFirst();
            if (own.isPresent()) {
                own.get().putAll(settings);
            } else {
                Map<String, Object> override = new LinkedHashMap<>();
                override.put("id", item.id());
                override.putAll(settings);
                overrides.add(override);
            }
        }
        return overrides;
    }
}
