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
    private final NginxManagedFile file;

    NginxDynamicRouter(final NginxSettings settings) {
        this.settings = settings;
        this.status = new NginxStatus(settings);
        this.file = new NginxManagedFile(settings, status);
    }

    @Override
    public TrafficSplit read() throws RouterException {
        return status.read().split();
    }

    @Override
    public TrafficSplit verify(final TrafficSplit expected) throws RouterException {
        return NginxStatus.expect(read(), expected);
    }

    @Override
    public TrafficSplit apply(final TrafficSplit target) throws RouterException {
        String previousFile = file.existing("The state file " + file.path()
                + " does not exist; create it once (see docs/routers.md) so that nginx can route");
        TrafficSplit previous = read();
        String revision = NginxFiles.newRevision();
        file.write(NginxFiles.dynamicState(target, revision));
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
                throw restore(previousFile, previous, failure.get());
            }
            return target;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private RouterException restore(final String previousFile, final TrafficSplit previous, final String reason) {
        Optional<String> restoreFailure;
        try {
            AtomicFiles.write(file.path(), previousFile);
            restoreFailure = status.awaitServed(previous, NginxFiles.revision(previousFile));
        } catch (IOException exception) {
            restoreFailure = Optional.of("cannot write " + file.path() + ": " + exception);
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            restoreFailure = Optional.of("interrupted while verifying the restored split");
        }
        return file.afterRestore(reason, previous, "restored", restoreFailure);
    }

    @Override
    public String describe() {
        return "nginx (dynamic mode) upstreams '" + settings.upstream() + "_blue'/'" + settings.upstream()
                + "_green', state " + settings.file() + ", status " + status.location();
    }
}
