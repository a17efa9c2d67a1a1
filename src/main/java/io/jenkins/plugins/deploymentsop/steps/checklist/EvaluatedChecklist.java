package io.jenkins.plugins.deploymentsop.steps.checklist;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.checklist.ChecklistResult;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the agent sends back: the result, and the builder's notes (overrides, disabled items) and problems
 * (configuration mistakes of single items) for the build log; or, before anything was checked, that the checklist
 * has a {@code stagedFirst} item and needs the earlier deployments of the release, which only the controller reads.
 */
final class EvaluatedChecklist implements Serializable {
    private static final long serialVersionUID = 1L;

    @CheckForNull
    private final ChecklistResult result;

    private final ArrayList<String> notes;
    private final ArrayList<String> problems;

    EvaluatedChecklist(final ChecklistResult result, final List<String> notes, final List<String> problems) {
        this.result = result;
        this.notes = new ArrayList<>(notes);
        this.problems = new ArrayList<>(problems);
    }

    private EvaluatedChecklist() {
        this.result = null;
        this.notes = new ArrayList<>();
        this.problems = new ArrayList<>();
    }

    /** The checklist was built, not evaluated: it has a {@code stagedFirst} item and the request had no deployments. */
    static EvaluatedChecklist needingEarlierDeployments() {
        return new EvaluatedChecklist();
    }

    /**
     * Tells whether the checklist must be evaluated again with the earlier deployments of the release.
     *
     * @return {@code true} if nothing was checked yet
     */
    boolean needsEarlierDeployments() {
        return result == null;
    }

    /**
     * Returns the result.
     *
     * @return the result
     * @throws IllegalStateException if the checklist {@linkplain #needsEarlierDeployments() was not evaluated}
     */
    ChecklistResult result() {
        ChecklistResult evaluated = result;
        if (evaluated == null) {
            throw new IllegalStateException("The checklist was not evaluated: it needs the earlier deployments");
        }
        return evaluated;
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }
}
