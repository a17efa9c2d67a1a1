package io.jenkins.plugins.deploymentsop.ui;

import io.jenkins.plugins.deploymentsop.dora.DeploymentEvent;

/**
 * Where the deployment index files an event: under the full name of its job, which a rename or a move of the job (or
 * of a folder above it) changes.
 */
final class IndexedJobs {
    private IndexedJobs() {}

    /**
     * Tells whether a job is an item or lies inside it (a job in a folder).
     *
     * @param job a job's full name, e.g. {@code shop/deploy}
     * @param item an item's full name, e.g. {@code shop}
     * @return whether the job is the item or inside it
     */
    static boolean isAtOrUnder(final String job, final String item) {
        return job.equals(item) || job.startsWith(item + "/");
    }

    /**
     * Files an event under an item's new name if its job is that item or lies inside it; the deployment id, which
     * starts with the job's name, follows.
     *
     * @param event the event
     * @param from the item's full name before, e.g. {@code shop/deploy}
     * @param to the item's full name after, e.g. {@code shop/release}
     * @return the event under the new name, or the event itself if it is elsewhere
     */
    static DeploymentEvent moved(final DeploymentEvent event, final String from, final String to) {
        String job = event.getJob();
        if (from.equals(to) || !isAtOrUnder(job, from)) {
            return event;
        }
        String newJob = to + job.substring(from.length());
        String id = event.getDeploymentId();
        String newId = id.startsWith(job + "#") ? newJob + id.substring(job.length()) : id;
        return event.toBuilder().job(newJob).deploymentId(newId).build();
    }
}
