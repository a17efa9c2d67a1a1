package io.jenkins.plugins.deploymentsop.steps.checklist;

import io.jenkins.plugins.deploymentsop.checklist.ChecklistResult;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the agent sends back: the result, and the builder's notes (overrides, disabled items) and problems
 * (configuration mistakes of single items) for the build log.
 */
final class EvaluatedChecklist implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ChecklistResult result;
    private final ArrayList<String> notes;
    private final ArrayList<String> problems;

    EvaluatedChecklist(final ChecklistResult result, final List<String> notes, final List<String> problems) {
        this.result = result;
        this.notes = new ArrayList<>(notes);
        this.problems = new ArrayList<>(problems);
    }

    ChecklistResult result() {
        return result;
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }
}
