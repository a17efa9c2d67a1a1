package io.jenkins.plugins.deploymentsop.traffic;

import java.io.IOException;
import java.util.Optional;

/**
 * The nginx router in {@link NginxMode#RELOAD reload mode}: writes the upstream include, runs {@code nginx -t}, reloads
 * and waits until the status location reports the new file's revision. Any failure puts the previous file back,
 * reloads it and verifies that the previous split is served again.
 */
final class NginxReloadRouter implements TrafficRouter {
    private final NginxSettings settings;
    private final NginxStatus status;
    private final NginxManagedFile file;

    NginxReloadRouter(final NginxSettings settings) {
        this.settings = settings;
        this.status = new NginxStatus(settings);
        this.file = new NginxManagedFile(settings, status);
    }

    /**
     * Reads the split and checks that nginx runs the managed file as it is on disk: a different revision means a
     * reload is still going on (then this waits for it, up to the verify timeout) or the file was changed without one.
     */
    @Override
    public TrafficSplit read() throws RouterException {
        Optional<String> fileRevision = file.read().flatMap(NginxFiles::revision);
        NginxStatus.Served served = status.read();
        if (fileRevision.isEmpty() || fileRevision.equals(served.revision())) {
            return served.split();
        }
        Optional<String> mismatch;
        try {
            mismatch = status.awaitRevision(fileRevision.get());
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            throw RouterException.nothingChanged("Interrupted while waiting for nginx to load " + settings.file());
        }
        if (mismatch.isPresent()) {
            throw RouterException.nothingChanged(mismatch.get() + ", but " + settings.file() + " has revision "
                    + fileRevision.get() + ": a reload is pending or the file was changed without one");
        }
        return status.read().split();
    }

    @Override
    public TrafficSplit verify(final TrafficSplit expected) throws RouterException {
        return NginxStatus.expect(read(), expected);
    }

    @Override
    public TrafficSplit apply(final TrafficSplit target) throws RouterException {
        String previousFile = file.existing("The managed file " + file.path()
                + " does not exist; create it once (see docs/routers.md) and include it in the nginx configuration");
        TrafficSplit previous = read();
        String revision = NginxFiles.newRevision();
        file.write(NginxFiles.upstreamInclude(settings, target, revision));
        try (CommandCalls calls = new CommandCalls(settings.runner(), settings.commandTimeout())) {
            Optional<String> rejected = calls.failure(settings.testCommand());
            if (rejected.isPresent()) {
                return restoreUntested(
                        previousFile, previous, "nginx rejected the new configuration: " + rejected.get());
            }
            Optional<String> failure =
                    calls.failure(settings.reloadCommand()).or(() -> awaitServed(calls, target, Optional.of(revision)));
            if (failure.isPresent()) {
                throw restore(calls, previousFile, previous, failure.get());
            }
            return target;
        }
    }

    private Optional<String> awaitServed(
            final CommandCalls calls, final TrafficSplit split, final Optional<String> revision) {
        try {
            return status.awaitServed(split, revision);
        } catch (InterruptedException exception) {
            calls.markInterrupted();
            return Optional.of("interrupted while waiting for nginx to serve " + split);
        }
    }

    // nothing was reloaded: putting the file back is enough, the running workers never saw the new one
    private TrafficSplit restoreUntested(final String previousFile, final TrafficSplit previous, final String reason)
            throws RouterException {
        try {
            AtomicFiles.write(settings.file(), previousFile);
        } catch (IOException exception) {
            throw new RouterException(
                    reason + "; nginx was not reloaded and still serves " + previous + ", but restoring "
                            + settings.file() + " failed (" + exception
                            + "): fix the file before the next reload",
                    RouterException.Outcome.UNKNOWN,
                    exception);
        }
        throw new RouterException(
                reason + "; the previous " + settings.file() + " was restored and nginx, not reloaded, still serves "
                        + previous,
                RouterException.Outcome.RESTORED);
    }

    private RouterException restore(
            final CommandCalls calls, final String previousFile, final TrafficSplit previous, final String reason) {
        Optional<String> restoreFailure;
        try {
            calls.holdInterrupt();
            AtomicFiles.write(settings.file(), previousFile);
            restoreFailure = calls.failure(settings.testCommand())
                    .or(() -> calls.failure(settings.reloadCommand()))
                    .or(() -> awaitServed(calls, previous, NginxFiles.revision(previousFile)));
        } catch (IOException exception) {
            restoreFailure = Optional.of("cannot write " + settings.file() + ": " + exception);
        }
        return file.afterRestore(reason, previous, "restored and reloaded", restoreFailure);
    }

    @Override
    public String describe() {
        return "nginx (reload mode) upstream '" + settings.upstream() + "' in " + settings.file() + ", status "
                + status.location();
    }
}
