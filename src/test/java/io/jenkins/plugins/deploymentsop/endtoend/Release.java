package io.jenkins.plugins.deploymentsop.endtoend;

import java.time.Duration;
import java.util.Optional;

/**
 * One run of the release pipeline: the build number, what it ships, and what goes wrong after promotion, if anything.
 *
 * @param build the build number of the release job
 * @param shipped the version and how it behaves
 * @param laterBreach an error rate the version starts to show while it is watched, and when
 * @param story what the release is meant to show, for the progress
 */
record Release(int build, ColorSlot.Build shipped, Optional<Breach> laterBreach, String story) {
    /**
     * A problem that appears only after the release serves all traffic.
     *
     * @param after how long after the watch starts
     * @param errorRate the share of requests it fails from then on
     */
    record Breach(Duration after, double errorRate) {}

    String version() {
        return shipped.version();
    }
}
