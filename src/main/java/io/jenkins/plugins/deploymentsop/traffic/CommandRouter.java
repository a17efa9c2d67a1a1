package io.jenkins.plugins.deploymentsop.traffic;

import io.jenkins.plugins.deploymentsop.util.CommandResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A router for any other load balancer: a user-supplied "apply split" command changes the weights and a "read split"
 * command prints them ({@code blue=90 green=10} or {@code {"blue":90,"green":10}}). After applying, the read command
 * is polled until it shows the new split; if the apply command fails or the split does not show up, the previous
 * split is applied again and verified the same way. Commands also get the values as environment variables
 * {@code DEPLOY_BLUE_TARGET}, {@code DEPLOY_GREEN_TARGET}, {@code DEPLOY_BLUE_WEIGHT} and {@code DEPLOY_GREEN_WEIGHT}.
 */
final class CommandRouter implements TrafficRouter {
    private final CommandRouterSettings settings;

    CommandRouter(final CommandRouterSettings settings) {
        this.settings = settings;
    }

    @Override
    public TrafficSplit read() throws RouterException {
        try (CommandCalls calls = calls()) {
            return readWith(calls);
        }
    }

    @Override
    public TrafficSplit verify(final TrafficSplit expected) throws RouterException {
        TrafficSplit served = read();
        if (!served.equals(expected)) {
            throw RouterException.nothingChanged("The read command reports " + served + ", expected " + expected);
        }
        return served;
    }

    @Override
    public TrafficSplit apply(final TrafficSplit target) throws RouterException {
        try (CommandCalls calls = calls()) {
            TrafficSplit previous = readWith(calls);
            Optional<String> failure = applyWith(calls, target)
                    .map(error -> "The apply command for " + target + " failed: " + error)
                    .or(() -> awaitSplit(calls, target));
            if (failure.isEmpty()) {
                return target;
            }
            calls.holdInterrupt();
            Optional<String> restoreFailure = applyWith(calls, previous).or(() -> awaitSplit(calls, previous));
            if (restoreFailure.isEmpty()) {
                throw new RouterException(
                        failure.get() + "; the previous split " + previous
                                + " was applied again and the read command confirms it",
                        RouterException.Outcome.RESTORED);
            }
            throw new RouterException(
                    failure.get() + "; re-applying the previous split " + previous + " failed too ("
                            + restoreFailure.get() + "): the split the load balancer serves is UNKNOWN",
                    RouterException.Outcome.UNKNOWN);
        }
    }

    private Optional<String> applyWith(final CommandCalls calls, final TrafficSplit split) {
        Map<String, String> values = values(split);
        List<String> command = List.of(settings.applyCommand().render(values));
        return CommandCalls.describeFailure(command, calls.run(command, environment(values)));
    }

    private TrafficSplit readWith(final CommandCalls calls) throws RouterException {
        Map<String, String> values = values(TrafficSplit.allOn(Color.BLUE));
        List<String> command = List.of(settings.readCommand().render(values));
        CommandResult result =
                calls.run(command, environment(Map.of("blue", values.get("blue"), "green", values.get("green"))));
        Optional<String> failure = CommandCalls.describeFailure(command, result);
        if (failure.isPresent()) {
            throw RouterException.nothingChanged("Cannot read the split: " + failure.get());
        }
        try {
            return SplitText.parse(result.output());
        } catch (IllegalArgumentException exception) {
            throw RouterException.nothingChanged("Cannot understand the output of the read command '"
                    + String.join(" ", command) + "': " + exception.getMessage());
        }
    }

    private Optional<String> awaitSplit(final CommandCalls calls, final TrafficSplit expected) {
        long deadline =
                System.nanoTime() + settings.verifyTimeout().toDuration().toNanos();
        String last;
        while (true) {
            try {
                TrafficSplit served = readWith(calls);
                if (served.equals(expected)) {
                    return Optional.empty();
                }
                last = "the read command reports " + served;
            } catch (RouterException exception) {
                last = exception.getMessage();
            }
            if (System.nanoTime() >= deadline) {
                return Optional.of(last + " instead of " + expected + " after waiting " + settings.verifyTimeout());
            }
            try {
                Thread.sleep(settings.verifyInterval().toMillis());
            } catch (InterruptedException exception) {
                calls.markInterrupted();
                return Optional.of("interrupted while waiting for " + expected + "; " + last);
            }
        }
    }

    private Map<String, String> values(final TrafficSplit split) {
        return Map.of(
                "blue", settings.target(Color.BLUE),
                "green", settings.target(Color.GREEN),
                "blueWeight", number(split.blue().doubleValue()),
                "greenWeight", number(split.green().doubleValue()));
    }

    private static Map<String, String> environment(final Map<String, String> values) {
        Map<String, String> environment = new java.util.HashMap<>();
        environment.put("DEPLOY_BLUE_TARGET", values.get("blue"));
        environment.put("DEPLOY_GREEN_TARGET", values.get("green"));
        if (values.containsKey("blueWeight")) {
            environment.put("DEPLOY_BLUE_WEIGHT", values.get("blueWeight"));
            environment.put("DEPLOY_GREEN_WEIGHT", values.get("greenWeight"));
        }
        return environment;
    }

    private static String number(final double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private CommandCalls calls() {
        return new CommandCalls(settings.runner(), settings.commandTimeout());
    }

    @Override
    public String describe() {
        return "command router (apply: " + settings.applyCommand() + "; read: " + settings.readCommand() + ")";
    }
}
