package io.jenkins.plugins.deploymentsop.traffic;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Renders the files the nginx router manages and reads the revision back out of what nginx reports. */
final class NginxFiles {
    private static final int MAX_WEIGHT = 10_000;

    private NginxFiles() {}

    static String newRevision() {
        return UUID.randomUUID().toString().substring(0, 13).replace("-", "");
    }

    /**
     * Renders the reload-mode include: the upstream block (a colour at 0% is {@code down}) and a {@code map} that
     * sets the status variable to the split and revision of this very file, so that the status location proves which
     * file the running workers loaded.
     */
    static String upstreamInclude(final NginxSettings settings, final TrafficSplit split, final String revision) {
        RouterWeights weights = RouterWeights.forSplit(split, MAX_WEIGHT);
        StringBuilder text = new StringBuilder(256)
                .append("# Managed by the Deployment SOP plugin (blue-green split of upstream '")
                .append(settings.upstream())
                .append("'). Do not edit: every deployment rewrites this file.\n")
                .append("upstream ")
                .append(settings.upstream())
                .append(" {\n");
        for (Color color : Color.values()) {
            text.append("    server ").append(settings.server(color));
            int weight = weights.weight(color);
            text.append(weight == 0 ? " down" : " weight=" + weight)
                    .append(";  # ")
                    .append(color.id())
                    .append('\n');
        }
        if (settings.keepalive() > 0) {
            text.append("    keepalive ").append(settings.keepalive()).append(";\n");
        }
        return text.append("}\n")
                .append("map $pid $")
                .append(settings.splitVariable())
                .append(" {\n    default \"")
                .append(statusLine(split, revision))
                .append("\";\n}\n")
                .toString();
    }

    /** Renders the dynamic-mode state file that the njs script reads on every request. */
    static String dynamicState(final TrafficSplit split, final String revision) {
        return "{\"blue\": " + split.blue().doubleValue() + ", \"green\": "
                + split.green().doubleValue() + ", \"revision\": \"" + revision + "\"}\n";
    }

    static String statusLine(final TrafficSplit split, final String revision) {
        return SplitText.format(split) + " revision=" + revision;
    }

    /**
     * Reads the revision out of a status text or a managed file.
     *
     * @param text the text
     * @return the revision, if the text carries one
     */
    static Optional<String> revision(final String text) {
        Map<String, String> fields = SplitText.fields(text.replace("\"", " "));
        return Optional.ofNullable(fields.get("revision"));
    }
}
