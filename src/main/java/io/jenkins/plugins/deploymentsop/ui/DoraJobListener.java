package io.jenkins.plugins.deploymentsop.ui;

import hudson.Extension;
import hudson.model.Item;
import hudson.model.listeners.ItemListener;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the deployment index in step with the jobs it is keyed by: a renamed or moved job (or folder) keeps its
 * deployments under its new name, a deleted one takes them along, so a new job of the same name starts without them.
 */
@Extension
public class DoraJobListener extends ItemListener {
    private static final Logger LOGGER = Logger.getLogger(DoraJobListener.class.getName());

    @Override
    public void onLocationChanged(final Item item, final String oldFullName, final String newFullName) {
        try {
            DoraIndexes.moveJobs(oldFullName, newFullName);
        } catch (IOException | RuntimeException exception) {
            LOGGER.log(
                    Level.WARNING,
                    "Cannot move the deployments of " + oldFullName + " to " + newFullName + " in the DORA index",
                    exception);
        }
    }

    @Override
    public void onDeleted(final Item item) {
        String name = item.getFullName();
        try {
            DoraIndexes.forgetJobs(name);
        } catch (IOException | RuntimeException exception) {
            LOGGER.log(Level.WARNING, "Cannot drop the deployments of " + name + " from the DORA index", exception);
        }
    }
}
