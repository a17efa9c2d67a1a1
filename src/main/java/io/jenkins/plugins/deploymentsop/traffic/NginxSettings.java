package io.jenkins.plugins.deploymentsop.traffic;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Everything the nginx router needs to know; built with {@link #builder()}, validated by {@link Builder#build()}.
 * Parameter names in error messages are those of the Pipeline {@code nginx(...)} router.
 */
public final class NginxSettings {
    // dynamic mode runs no command
    private static final CommandRunner NO_COMMANDS = (command, environment, timeout) -> {
        throw new IOException("nginx dynamic mode runs no commands: " + command);
    };
    private static final Pattern UPSTREAM = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final Pattern SERVER = Pattern.compile("[A-Za-z0-9_.:\\[\\]/-]{1,255}");
    private static final String SERVER_ALLOWED = "an nginx server address such as 10.0.0.1:8080 or unix:/run/app.sock";

    private final NginxMode mode;
    private final Path file;
    private final String upstream;
    private final String blueServer;
    private final String greenServer;
    private final int keepalive;
    private final URI statusUrl;
    private final List<String> testCommand;
    private final List<String> reloadCommand;
    private final CommandRunner runner;
    private final TimeSpan commandTimeout;
    private final TimeSpan verifyTimeout;

    private NginxSettings(final Builder builder, final Path file, final CommandRunner runner, final URI statusUrl) {
        this.mode = builder.mode;
        this.file = file;
        this.upstream = builder.upstream;
        this.blueServer = builder.blueServer;
        this.greenServer = builder.greenServer;
        this.keepalive = builder.keepalive;
        this.statusUrl = statusUrl;
        this.testCommand = List.copyOf(builder.testCommand);
        this.reloadCommand = List.copyOf(builder.reloadCommand);
        this.runner = runner;
        this.commandTimeout = builder.commandTimeout;
        this.verifyTimeout = builder.verifyTimeout;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates the router for the configured mode.
     *
     * @return the router
     */
    public TrafficRouter createRouter() {
        return mode == NginxMode.DYNAMIC ? new NginxDynamicRouter(this) : new NginxReloadRouter(this);
    }

    /**
     * Renders the managed file for a split, e.g. to create it once when nginx is set up: the upstream include (reload
     * mode) or the JSON state file (dynamic mode).
     *
     * @param split the split the file should hold
     * @return the file content
     */
    public String renderFile(final TrafficSplit split) {
        String revision = NginxFiles.newRevision();
        return mode == NginxMode.DYNAMIC
                ? NginxFiles.dynamicState(split, revision)
                : NginxFiles.upstreamInclude(this, split, revision);
    }

    public NginxMode mode() {
        return mode;
    }

    public Path file() {
        return file;
    }

    public String upstream() {
        return upstream;
    }

    public String blueServer() {
        return blueServer;
    }

    public String greenServer() {
        return greenServer;
    }

    public String server(final Color color) {
        return color == Color.BLUE ? blueServer : greenServer;
    }

    public int keepalive() {
        return keepalive;
    }

    public URI statusUrl() {
        return statusUrl;
    }

    public List<String> testCommand() {
        return testCommand;
    }

    public List<String> reloadCommand() {
        return reloadCommand;
    }

    public CommandRunner runner() {
        return runner;
    }

    public TimeSpan commandTimeout() {
        return commandTimeout;
    }

    public TimeSpan verifyTimeout() {
        return verifyTimeout;
    }

    /**
     * The nginx variable that the reload-mode file sets to the split it holds, e.g.
     * {@code deploymentsop_split_shop}; the status location returns it.
     *
     * @return the variable name without {@code $}
     */
    public String splitVariable() {
        return "deploymentsop_split_"
                + upstream.replaceAll("[^A-Za-z0-9_]", "_").toLowerCase(Locale.ROOT);
    }

    /** Collects and validates the settings. */
    public static final class Builder {
        private NginxMode mode = NginxMode.RELOAD;

        @CheckForNull
        private Path file;

        private String upstream = "";
        private String blueServer = "";
        private String greenServer = "";
        private int keepalive;
        private String statusUrl = "";
        private List<String> testCommand = List.of("nginx", "-t", "-q");
        private List<String> reloadCommand = List.of("nginx", "-s", "reload");

        @CheckForNull
        private CommandRunner runner;

        private TimeSpan commandTimeout = TimeSpan.ofSeconds(30);
        private TimeSpan verifyTimeout = TimeSpan.ofSeconds(10);

        private Builder() {}

        public Builder mode(final NginxMode value) {
            this.mode = value;
            return this;
        }

        /**
         * Sets the managed file: the upstream include (reload mode) or the JSON state file (dynamic mode).
         *
         * @param value the file
         * @return this
         */
        public Builder file(final Path value) {
            this.file = value;
            return this;
        }

        /**
         * Sets the upstream name (reload mode: the block written into the file; dynamic mode: the prefix of the two
         * blocks {@code <upstream>_blue} and {@code <upstream>_green} in your configuration).
         *
         * @param value the name
         * @return this
         */
        public Builder upstream(final String value) {
            this.upstream = value;
            return this;
        }

        public Builder blueServer(final String value) {
            this.blueServer = value;
            return this;
        }

        public Builder greenServer(final String value) {
            this.greenServer = value;
            return this;
        }

        /**
         * Sets the {@code keepalive} connection count written into the reload-mode upstream block (0: none).
         *
         * @param value idle upstream connections per worker
         * @return this
         */
        public Builder keepalive(final int value) {
            this.keepalive = value;
            return this;
        }

        public Builder statusUrl(final String value) {
            this.statusUrl = value;
            return this;
        }

        public Builder testCommand(final List<String> value) {
            this.testCommand = List.copyOf(value);
            return this;
        }

        public Builder reloadCommand(final List<String> value) {
            this.reloadCommand = List.copyOf(value);
            return this;
        }

        public Builder runner(final CommandRunner value) {
            this.runner = value;
            return this;
        }

        public Builder commandTimeout(final TimeSpan value) {
            this.commandTimeout = value;
            return this;
        }

        public Builder verifyTimeout(final TimeSpan value) {
            this.verifyTimeout = value;
            return this;
        }

        /**
         * Validates and creates the settings.
         *
         * @return the settings
         * @throws InvalidInputException naming the first bad parameter
         */
        public NginxSettings build() {
            Path managed = file;
            if (managed == null) {
                throw new InvalidInputException("file", "", "the path of the managed nginx file");
            }
            SettingsCheck.matching("upstream", upstream, UPSTREAM, "1 to 64 letters, digits, '_', '.' or '-'");
            CommandRunner commands = NO_COMMANDS;
            if (mode == NginxMode.RELOAD) {
                SettingsCheck.matching("blueServer", blueServer, SERVER, SERVER_ALLOWED);
                SettingsCheck.matching("greenServer", greenServer, SERVER, SERVER_ALLOWED);
                SettingsCheck.command("testCommand", testCommand);
                SettingsCheck.command("reloadCommand", reloadCommand);
                commands = SettingsCheck.runner(runner, "The reload mode");
            }
            SettingsCheck.between("keepalive", keepalive, 0, 10_000);
            SettingsCheck.positive("verifyTimeout", verifyTimeout);
            return new NginxSettings(this, managed, commands, parseStatusUrl());
        }

        private URI parseStatusUrl() {
            String allowed = "an http:// URL of the status location, e.g. http://127.0.0.1/__deploymentsop/split";
            try {
                URI uri = new URI(statusUrl.trim());
                if (!"http".equals(uri.getScheme()) || uri.getHost() == null || uri.getUserInfo() != null) {
                    throw new InvalidInputException("statusUrl", statusUrl, allowed);
                }
                return uri;
            } catch (URISyntaxException exception) {
                throw new InvalidInputException("statusUrl", statusUrl, allowed);
            }
        }
    }
}
