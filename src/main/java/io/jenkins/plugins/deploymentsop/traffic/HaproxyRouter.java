package io.jenkins.plugins.deploymentsop.traffic;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HAProxy router: changes server weights and states through the Runtime API in one call, so both servers change
 * within the same event-loop pass, reads {@code show servers state} back and, on any failure, sends the previous
 * weights and states and verifies them. A colour at 0% is put in drain (or maint); a colour that gets traffic gets
 * its weight before the other colour is lowered, so there is no moment without a server.
 */
final class HaproxyRouter implements TrafficRouter {
    /** The largest weight HAProxy accepts. */
    static final int MAX_WEIGHT = 256;

    private final HaproxySettings settings;
    private final HaproxyRuntimeApi api;

    HaproxyRouter(final HaproxySettings settings) {
        this.settings = settings;
        this.api = new HaproxyRuntimeApi(settings.socket(), settings.timeout().toDuration());
    }

    @Override
    public TrafficSplit read() throws RouterException {
        return toSplit(servers());
    }

    @Override
    public TrafficSplit verify(final TrafficSplit expected) throws RouterException {
        Optional<String> mismatch = mismatch(servers(), expected);
        if (mismatch.isPresent()) {
            throw RouterException.nothingChanged(mismatch.get());
        }
        return expected;
    }

    @Override
    public TrafficSplit apply(final TrafficSplit target) throws RouterException {
        Map<Color, HaproxyServerState> previous = servers();
        TrafficSplit previousSplit = toSplit(previous);
        String answer;
        try {
            answer = api.execute(String.join("; ", commands(target)));
        } catch (IOException exception) {
            // the request may have reached HAProxy before the failure: undo as for any failure
            throw undo(
                    previous,
                    previousSplit,
                    "Sending the new weights to " + api.address() + " failed: " + exception.getMessage());
        }
        Optional<String> failure = errors(answer).map(error -> "HAProxy refused the change: " + error);
        if (failure.isEmpty()) {
            failure = currentMismatch(target);
        }
        if (failure.isEmpty()) {
            failure = saveStateFile();
        }
        if (failure.isPresent()) {
            throw undo(previous, previousSplit, failure.get());
        }
        return target;
    }

    // raise first, lower second: the colour gaining traffic is ready before the other one drains
    private List<String> commands(final TrafficSplit target) {
        RouterWeights weights = RouterWeights.forSplit(target, MAX_WEIGHT);
        List<String> raise = new ArrayList<>();
        List<String> lower = new ArrayList<>();
        for (Color color : Color.values()) {
            String server = "set server " + settings.backend() + "/" + settings.server(color);
            int weight = weights.weight(color);
            if (weight > 0) {
                raise.add(server + " weight " + weight);
                raise.add(server + " state ready");
            } else {
                lower.add(server + " state " + settings.zeroWeightState().command());
            }
        }
        raise.addAll(lower);
        return raise;
    }

    private RouterException undo(
            final Map<Color, HaproxyServerState> previous, final TrafficSplit previousSplit, final String reason) {
        List<String> commands = new ArrayList<>();
        previous.values().stream()
                .sorted((a, b) -> Boolean.compare(a.isForcedOut(), b.isForcedOut()))
                .forEach(server -> commands.addAll(server.restoreCommands(settings.backend())));
        Optional<String> undoFailure;
        try {
            undoFailure = errors(api.execute(String.join("; ", commands)));
            if (undoFailure.isEmpty()) {
                undoFailure = currentMismatch(previousSplit);
            }
        } catch (IOException exception) {
            undoFailure = Optional.of(exception.getMessage());
        }
        if (undoFailure.isEmpty()) {
            return new RouterException(
                    reason + "; the previous weights and states were restored, HAProxy serves " + previousSplit
                            + " again (verified)",
                    RouterException.Outcome.RESTORED);
        }
        return new RouterException(
                reason + "; restoring the previous split " + previousSplit + " failed too (" + undoFailure.get()
                        + "): the split HAProxy serves is UNKNOWN, check 'show servers state " + settings.backend()
                        + "' on " + api.address(),
                RouterException.Outcome.UNKNOWN);
    }

    private Optional<String> currentMismatch(final TrafficSplit expected) {
        try {
            return mismatch(servers(), expected);
        } catch (RouterException exception) {
            return Optional.of(exception.getMessage());
        }
    }

    private Optional<String> mismatch(final Map<Color, HaproxyServerState> servers, final TrafficSplit expected) {
        RouterWeights actual = weights(servers);
        RouterWeights wanted = RouterWeights.forSplit(expected, MAX_WEIGHT);
        if (!actual.isProportionalTo(wanted)) {
            return Optional.of("HAProxy serves " + describe(servers) + ", expected " + expected);
        }
        for (Color color : Color.values()) {
            if (wanted.weight(color) > 0 && servers.get(color).isDown()) {
                return Optional.of("HAProxy marks server " + settings.backend() + "/" + settings.server(color)
                        + " DOWN (failed health checks), so " + color + " gets no traffic although its weight is "
                        + servers.get(color).userWeight());
            }
        }
        return Optional.empty();
    }

    private Optional<String> saveStateFile() {
        if (settings.stateFile().isEmpty()) {
            return Optional.empty();
        }
        try {
            String state = api.execute("show servers state");
            HaproxyServerState.parse(state);
            AtomicFiles.write(settings.stateFile().get(), state.strip() + "\n");
            return Optional.empty();
        } catch (IOException | IllegalArgumentException exception) {
            return Optional.of(
                    "Cannot save the server state file " + settings.stateFile().get() + ": " + exception.getMessage());
        }
    }

    private Map<Color, HaproxyServerState> servers() throws RouterException {
        String answer;
        try {
            answer = api.execute("show servers state " + settings.backend());
        } catch (IOException exception) {
            throw RouterException.nothingChanged(
                    "Cannot reach the HAProxy Runtime API at " + api.address() + ": " + exception.getMessage(),
                    exception);
        }
        Map<String, HaproxyServerState> byName;
        try {
            byName = HaproxyServerState.parse(answer);
        } catch (IllegalArgumentException exception) {
            throw RouterException.nothingChanged(
                    "HAProxy backend '" + settings.backend() + "' cannot be read: " + exception.getMessage());
        }
        Map<Color, HaproxyServerState> servers = new java.util.EnumMap<>(Color.class);
        for (Color color : Color.values()) {
            HaproxyServerState server = byName.get(settings.server(color));
            if (server == null) {
                throw RouterException.nothingChanged("HAProxy backend '" + settings.backend() + "' has no server '"
                        + settings.server(color) + "' for " + color + " (servers: " + byName.keySet() + ")");
            }
            servers.put(color, server);
        }
        return servers;
    }

    private static RouterWeights weights(final Map<Color, HaproxyServerState> servers) {
        return new RouterWeights(
                servers.get(Color.BLUE).effectiveWeight(),
                servers.get(Color.GREEN).effectiveWeight());
    }

    private TrafficSplit toSplit(final Map<Color, HaproxyServerState> servers) throws RouterException {
        return weights(servers)
                .toSplit()
                .orElseThrow(() -> RouterException.nothingChanged(
                        "HAProxy gives neither colour any traffic: " + describe(servers)));
    }

    private static String describe(final Map<Color, HaproxyServerState> servers) {
        return "blue: " + servers.get(Color.BLUE).describe() + ", green: "
                + servers.get(Color.GREEN).describe();
    }

    private static Optional<String> errors(final String answer) {
        String errors = answer.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .reduce((a, b) -> a + " | " + b)
                .orElse("");
        return errors.isEmpty() ? Optional.empty() : Optional.of(errors);
    }

    @Override
    public String describe() {
        return "HAProxy backend '" + settings.backend() + "' (servers " + settings.server(Color.BLUE) + "/"
                + settings.server(Color.GREEN) + ") via " + settings.socket();
    }
}
