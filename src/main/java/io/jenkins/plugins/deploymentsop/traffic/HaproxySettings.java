package io.jenkins.plugins.deploymentsop.traffic;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything the HAProxy router needs to know; built with {@link #builder()}, validated by {@link Builder#build()}.
 * Parameter names in error messages are those of the Pipeline {@code haproxy(...)} router.
 */
public final class HaproxySettings {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    private static final String NAME_ALLOWED = "an HAProxy name: 1 to 64 letters, digits, '_', '.', ':' or '-'";

    private final String socket;
    private final String backend;
    private final String blueServer;
    private final String greenServer;
    private final HaproxyZeroState zeroWeightState;
    private final Optional<Path> stateFile;
    private final TimeSpan timeout;

    private HaproxySettings(final Builder builder) {
        this.socket = builder.socket;
        this.backend = builder.backend;
        this.blueServer = builder.blueServer;
        this.greenServer = builder.greenServer;
        this.zeroWeightState = builder.zeroWeightState;
        this.stateFile = Optional.ofNullable(builder.stateFile);
        this.timeout = builder.timeout;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates the router.
     *
     * @return the router
     */
    public TrafficRouter createRouter() {
        return new HaproxyRouter(this);
    }

    public String socket() {
        return socket;
    }

    public String backend() {
        return backend;
    }

    public String server(final Color color) {
        return color == Color.BLUE ? blueServer : greenServer;
    }

    public HaproxyZeroState zeroWeightState() {
        return zeroWeightState;
    }

    public Optional<Path> stateFile() {
        return stateFile;
    }

    public TimeSpan timeout() {
        return timeout;
    }

    /** Collects and validates the settings. */
    public static final class Builder {
        private String socket = "";
        private String backend = "";
        private String blueServer = "blue";
        private String greenServer = "green";
        private HaproxyZeroState zeroWeightState = HaproxyZeroState.DRAIN;

        @CheckForNull
        private Path stateFile;

        private TimeSpan timeout = TimeSpan.ofSeconds(5);

        private Builder() {}

        /**
         * Sets the Runtime API address: a UNIX socket path ({@code /run/haproxy/admin.sock}, {@code unix:/path}) or
         * TCP ({@code 127.0.0.1:9999}, {@code tcp:host:port}); the socket needs {@code level admin}.
         *
         * @param value the address
         * @return this
         */
        public Builder socket(final String value) {
            this.socket = value;
            return this;
        }

        public Builder backend(final String value) {
            this.backend = value;
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

        public Builder zeroWeightState(final HaproxyZeroState value) {
            this.zeroWeightState = value;
            return this;
        }

        /**
         * Sets the file HAProxy loads server states from on reload ({@code server-state-file} with
         * {@code load-server-state-from-file}); after each change the router writes {@code show servers state} there.
         *
         * @param value the file, or {@code null} for none
         * @return this
         */
        public Builder stateFile(@CheckForNull final Path value) {
            this.stateFile = value;
            return this;
        }

        public Builder timeout(final TimeSpan value) {
            this.timeout = value;
            return this;
        }

        /**
         * Validates and creates the settings.
         *
         * @return the settings
         * @throws InvalidInputException naming the first bad parameter
         */
        public HaproxySettings build() {
            if (!HaproxyRuntimeApi.isValidAddress(socket)) {
                throw new InvalidInputException(
                        "socket", socket, "a UNIX socket path such as /run/haproxy/admin.sock or host:port");
            }
            SettingsCheck.matching("backend", backend, NAME, NAME_ALLOWED);
            SettingsCheck.matching("blueServer", blueServer, NAME, NAME_ALLOWED);
            SettingsCheck.matching("greenServer", greenServer, NAME, NAME_ALLOWED);
            if (blueServer.equals(greenServer)) {
                throw new InvalidInputException("greenServer", greenServer, "a server other than blueServer");
            }
            SettingsCheck.positive("timeout", timeout);
            return new HaproxySettings(this);
        }
    }
}
