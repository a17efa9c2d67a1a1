package io.jenkins.plugins.deploymentsop.traffic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One server line of {@code show servers state <backend>}: operational state, administrative state and user weight.
 *
 * @param name the server name
 * @param operationalState 0 stopped (down), 1 starting, 2 running, 3 stopping
 * @param adminState bit set: 0x01 forced maintenance, 0x08 forced drain, other bits inherited or configured states
 * @param userWeight the weight set by configuration or the Runtime API
 */
record HaproxyServerState(String name, int operationalState, int adminState, int userWeight) {
    static final int FORCED_MAINT = 0x01;
    static final int FORCED_DRAIN = 0x08;
    private static final int STOPPED = 0;

    /**
     * Parses the answer of {@code show servers state <backend>}.
     *
     * @param answer the answer
     * @return the servers by name
     * @throws IllegalArgumentException if the answer is an error or has no header
     */
    static Map<String, HaproxyServerState> parse(final String answer) {
        List<String> lines = answer.strip().lines().toList();
        Optional<String> header =
                lines.stream().filter(line -> line.startsWith("# be_id")).findFirst();
        if (header.isEmpty()) {
            throw new IllegalArgumentException(
                    "Unexpected answer to 'show servers state': '" + SplitText.excerpt(answer) + "'");
        }
        List<String> columns = List.of(header.get().substring(2).trim().split("\\s+"));
        int name = index(columns, "srv_name");
        int operational = index(columns, "srv_op_state");
        int admin = index(columns, "srv_admin_state");
        int weight = index(columns, "srv_uweight");
        Map<String, HaproxyServerState> servers = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#") || line.trim().matches("\\d+")) {
                continue;
            }
            String[] fields = line.trim().split("\\s+");
            if (fields.length < columns.size() - 1) {
                throw new IllegalArgumentException("Short line in 'show servers state': '" + line + "'");
            }
            servers.put(
                    fields[name],
                    new HaproxyServerState(
                            fields[name],
                            Integer.parseInt(fields[operational]),
                            Integer.parseInt(fields[admin]),
                            Integer.parseInt(fields[weight])));
        }
        return servers;
    }

    private static int index(final List<String> columns, final String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("'show servers state' has no column " + column + ": " + columns);
        }
        return index;
    }

    /** The weight this server effectively gets: 0 while in drain or any maintenance. */
    int effectiveWeight() {
        return adminState == 0 ? userWeight : 0;
    }

    boolean isDown() {
        return operationalState == STOPPED && adminState == 0;
    }

    boolean isForcedOut() {
        return (adminState & (FORCED_MAINT | FORCED_DRAIN)) != 0;
    }

    /**
     * The Runtime API commands that bring this server back to this state (forced states and weight). A server that
     * took traffic gets its weight before it is made ready; one that did not is drained before its weight changes.
     */
    List<String> restoreCommands(final String backend) {
        String server = "set server " + backend + "/" + name;
        if ((adminState & FORCED_MAINT) != 0) {
            return List.of(server + " state maint", server + " weight " + userWeight);
        }
        if ((adminState & FORCED_DRAIN) != 0) {
            return List.of(server + " state drain", server + " weight " + userWeight);
        }
        return List.of(server + " weight " + userWeight, server + " state ready");
    }

    String describe() {
        String state = (adminState & FORCED_MAINT) != 0
                ? "maint"
                : (adminState & FORCED_DRAIN) != 0 ? "drain" : adminState != 0 ? "admin state " + adminState : "ready";
        return name + " weight " + userWeight + " " + state + (operationalState == STOPPED ? " DOWN" : "");
    }
}
