package io.jenkins.plugins.deploymentsop.endtoend;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scenario both drivers play (the integration test and the demo): production runs 1.1.0 on blue; three builds of
 * one release job follow the SOP for the next versions.
 *
 * <ol>
 *   <li>1.2.0 is healthy: checklist signed off, deployed to green, canary judged step by step from Prometheus and
 *       promoted by a person, watched, SUCCEEDED.
 *   <li>1.3.0 fails 30% of its requests: the canary sees it at its first step and sends traffic back; the deployment
 *       is rolled back.
 *   <li>1.3.1 passes the canary and is promoted, then starts failing 40% of its requests while it is watched: the
 *       SOP's P0 rule (error rate above 10%) rolls it back at once, and the recovery time is recorded.
 * </ol>
 */
final class ThreeReleases {
    static final ColorSlot.Build LIVE = new ColorSlot.Build("1.1.0", 0.005, 3);

    static final List<Release> RELEASES = List.of(
            // healthy releases fail nothing: at 10% a loaded machine sends a canary so few requests that one failure
            // in a window would cross the canary's 5% threshold
            new Release(1, new ColorSlot.Build("1.2.0", 0, 3), Optional.empty(), "a healthy release"),
            new Release(
                    2,
                    new ColorSlot.Build("1.3.0", 0.30, 3),
                    Optional.empty(),
                    "a release that fails 30% of its requests"),
            new Release(
                    3,
                    new ColorSlot.Build("1.3.1", 0, 3),
                    Optional.of(new Release.Breach(Duration.ofSeconds(3), 0.40)),
                    "a release that breaks a while after promotion"));

    /** How long a promoted release is watched. */
    static final Duration WATCH = Duration.ofSeconds(12);

    private ThreeReleases() {}

    /**
     * Plays the scenario on fresh servers and a fresh JENKINS_HOME in a folder.
     *
     * @param dir the folder; servers, workspaces and builds live there
     * @param progress where progress goes
     * @return what the builds left behind
     * @throws Exception if a server cannot start or a step cannot run at all
     */
    static ScenarioResult play(final Path dir, final Progress progress) throws Exception {
        Instant start = Instant.now();
        progress.phase(
                "starting nginx (dynamic mode), Prometheus and the users; " + LIVE.version() + " is live on blue");
        try (Landscape landscape = Landscape.start(Files.createDirectories(dir.resolve("servers")), LIVE);
                FakeJenkins jenkins = new FakeJenkins(
                        Files.createDirectories(dir.resolve("jenkins-home")),
                        Map.of(
                                ReleasePipeline.RELEASE_MANAGER,
                                List.of("release-managers"),
                                ReleasePipeline.ON_CALL,
                                List.of("on-call")))) {
            ReleasePipeline pipeline = new ReleasePipeline(landscape, jenkins, dir, progress);
            List<BuildResult> builds = new ArrayList<>();
            for (Release release : RELEASES) {
                builds.add(pipeline.play(release, WATCH));
            }
            String dora = jenkins.doraPage().page("7", "", "");
            progress.phase("DORA metrics of the job computed from the deployment index");
            return new ScenarioResult(
                    builds,
                    dora,
                    landscape.users().answered() + landscape.users().failures(),
                    landscape.users().failureReasons(),
                    Duration.between(start, Instant.now()));
        }
    }
}
