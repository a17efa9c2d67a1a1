package io.jenkins.plugins.deploymentsop.record;

import hudson.model.Run;

/** Test fixture: an engine class that uses the Jenkins API, which the architecture rules must reject. */
final class JenkinsLeakFixture {
    private JenkinsLeakFixture() {}

    static int numberOf(final Run<?, ?> run) {
        return run.getNumber();
    }
}
