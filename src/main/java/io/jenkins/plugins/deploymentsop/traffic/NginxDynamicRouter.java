package io.jenkins.plugins.deploymentsop.traffic;

import java.io.IOException;
import java.util.Optional;

/**
 * The nginx router in {@link NginxMode#DYNAMIC dynamic mode}: replaces the JSON state file that the njs function
 * {@code deploymentsop.color} reads on every request, then reads the status location until it reports the new
 * revision. nginx is never reloaded, so no client connection is touched; the file survives a restart of nginx.
 */
final class NginxDynamicRouter implements TrafficRouter {
    private final NginxSettings settings;
    private final NginxStatus status;

    NginxDynamicRouter(final NginxSettings settings) {
        this.settings = settings;
        this.status = new NginxStatus(settings);
    }

    @Override
    public TrafficSplit read() throws RouterException {
        return status.read().split();
    }

    @Override
    public TrafficSplit verify(final TrafficSplit expected) throws RouterException {
        TrafficSplit served = read();
        if (!served.equals(expected)) {
            throw RouterException.nothingChanged("nginx serves " + served + ", expected " + expected);
        }
        return served;
    }

    @Override
    public TrafficSplit apply(final TrafficSplit target) throws RouterException {
        Optional<String> previousFile = readFile();
        if (previousFile.isEmpty()) {
            throw RouterException.nothingChanged("The state file " + settings.file()
                    + " does not exist; create it once (see docs/routers.md) so that nginx can route");
        }
        TrafficSplit previous = read();
        String revision = NginxFiles.newRevision();
        try {
            AtomicFiles.write(settings.file(), NginxFiles.dynamicState(target, revision));
        } catch (IOException exception) {
            throw RouterException.nothingChanged("Cannot write " + settings.file() + ": " + exception, exception);
        }
        boolean interrupted = false;
        try {
            Optional<String> failure;
            try {
                failure = status.awaitServed(target, Optional.of(revision));
            } catch (InterruptedException exception) {
                interrupted = true;
                failure = Optional.of("interrupted while waiting for nginx to serve " + target);
            }
            if (failure.isPresent()) {
                throw restore(previousFile.get(), previous, failure.get());
            }
            return target;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private RouterException restore(final String previousFile, final TrafficSplit previous, final String reason) {
        String restoreFailure;
        try {
            AtomicFiles.write(settings.file(), previousFile);
            restoreFailure = status.awaitServed(previous, NginxFiles.revision(previousFile))
                    .orElse("");
        } catch (IOException exception) {
            restoreFailure = "cannot write " + settings.file() + ": " + exception;
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            restoreFailure = "interrupted while verifying the restored split";
        }
        if (restoreFailure.isEmpty()) {
            return new RouterException(
                    reason + "; the previous " + settings.file() + " was restored, nginx serves " + previous
                            + " again (verified)",
                    RouterException.Outcome.RESTORED);
        }
        return new RouterException(
                reason + "; restoring the previous split " + previous + " failed too (" + restoreFailure
                        + "): the split nginx serves is UNKNOWN, check " + settings.file() + " and "
                        + status.location(),
                RouterException.Outcome.UNKNOWN);
    }

    private Optional<String> readFile() throws RouterException {
        try {
            return AtomicFiles.read(settings.file());
        } catch (IOException exception) {
            throw RouterException.nothingChanged("Cannot read " + settings.file() + ": " + exception, exception);
        }
    }

    @Override
    public String describe() {
        return "nginx (dynamic mode) upstreams '" + settings.upstream() + "_blue'/'" + settings.upstream()
                + "_green', state " + settings.file() + ", status " + status.location();
    }
}
