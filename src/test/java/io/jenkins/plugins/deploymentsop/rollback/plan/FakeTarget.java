package io.jenkins.plugins.deploymentsop.rollback.plan;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A deployment that answers dry-run questions from fields and logs every question asked. */
final class FakeTarget implements RollbackTarget {
    final List<String> asked = new ArrayList<>();
    final Set<String> existingCommands = new HashSet<>();
    boolean routerUp = true;
    boolean previousHealthy = true;
    boolean routerThrows;

    @Override
    public CheckResult routerReachable() throws IOException {
        asked.add("router");
        if (routerThrows) {
            throw new IOException("connect timed out: 127.0.0.1:9999");
        }
        return routerUp ? CheckResult.passed("weights blue 0%, green 100%") : CheckResult.failed("HTTP 502");
    }

    @Override
    public CheckResult previousVersionHealthy() {
        asked.add("previous");
        return previousHealthy ? CheckResult.passed("blue: HTTP 200") : CheckResult.failed("blue: HTTP 503");
    }

    @Override
    public CheckResult commandExists(final String command) {
        asked.add("command " + command);
        return existingCommands.contains(command)
                ? CheckResult.passed(command + " exists")
                : CheckResult.failed(command + " not found");
    }
}
