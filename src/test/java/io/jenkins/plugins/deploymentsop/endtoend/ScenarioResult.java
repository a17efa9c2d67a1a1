package io.jenkins.plugins.deploymentsop.endtoend;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the three releases left behind.
 *
 * @param builds the builds, in order
 * @param doraHtml the body of the job's "DORA Metrics" page afterwards
 * @param usersAnswered requests the users sent through nginx that were answered (any status)
 * @param userFailures what went wrong for the users, with counts
 * @param took how long the scenario took
 */
record ScenarioResult(
        List<BuildResult> builds, String doraHtml, long usersAnswered, Map<String, Long> userFailures, Duration took) {
    BuildResult build(final int number) {
        return builds.get(number - 1);
    }
}
