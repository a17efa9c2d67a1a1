package io.jenkins.plugins.deploymentsop.checklist.check;

import io.jenkins.plugins.deploymentsop.checklist.Check;
import io.jenkins.plugins.deploymentsop.checklist.CheckContext;
import io.jenkins.plugins.deploymentsop.checklist.CheckOutcome;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns what a check's {@link #run} throws into outcomes: a {@link CheckProblem} as is, a bad path or value as an
 * ERROR naming it, an unreadable file as an ERROR naming the file.
 */
abstract class AbstractCheck implements Check {
    private static final long serialVersionUID = 1L;

    @Override
    public final CheckOutcome evaluate(final CheckContext context) {
        try {
            return run(context);
        } catch (CheckProblem problem) {
            return problem.outcome();
        } catch (InvalidInputException exception) {
            return CheckOutcome.error(exception.getMessage());
        } catch (NoSuchFileException exception) {
            return CheckOutcome.error("File not found: " + display(context, exception.getFile()));
        } catch (IOException exception) {
            return CheckOutcome.error("Cannot read: " + exception.getMessage());
        }
    }

    /**
     * Runs the check.
     *
     * @param context the context
     * @return the outcome
     * @throws IOException if a file cannot be read
     */
    protected abstract CheckOutcome run(CheckContext context) throws IOException;

    /**
     * Finds the files matching the item's patterns; none is an ERROR, as a typo in a glob must not pass a gate.
     *
     * @param context the context
     * @param field the field holding the patterns
     * @param patterns the patterns, placeholders not yet expanded
     * @return the files, at least one
     * @throws IOException if the workspace cannot be read
     */
    static List<Path> find(final CheckContext context, final String field, final List<String> patterns)
            throws IOException {
        List<String> expanded = patterns.stream().map(context::expand).collect(Collectors.toList());
        List<Path> files = context.workspace().find(field, expanded);
        if (files.isEmpty()) {
            throw CheckProblem.error(
                    String.format("No file matches %s '%s' in the workspace", field, String.join(", ", expanded)));
        }
        return files;
    }

    private static String display(final CheckContext context, final String file) {
        return file == null ? "(unknown)" : context.workspace().display(Path.of(file));
    }
}
