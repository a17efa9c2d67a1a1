package io.jenkins.plugins.deploymentsop.steps.rollback;

import io.jenkins.plugins.deploymentsop.rollback.RuleSource;
import java.io.IOException;
import java.util.List;

/**
 * Supplies the rule layers above the SOP defaults: the global rules of Manage Jenkins, the rules file of the
 * workspace (read on the agent) and the rules given in the Pipeline.
 */
@FunctionalInterface
public interface RuleLoader {
    /**
     * Loads the layers.
     *
     * @return the sources, in any order (the merge orders them by layer)
     * @throws IOException if the rules file cannot be read
     * @throws InterruptedException if interrupted
     */
    List<RuleSource> load() throws IOException, InterruptedException;
}
