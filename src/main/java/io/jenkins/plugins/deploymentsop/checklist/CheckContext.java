package io.jenkins.plugins.deploymentsop.checklist;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.deploymentsop.util.CommandRunner;
import io.jenkins.plugins.deploymentsop.util.LocalCommandRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * What checks may use during one evaluation: the workspace (all file paths are relative to it and confined to it;
 * an evaluation may have none, see {@link #withoutWorkspace(String)}),
 * the clock and default time zone, the command runner of the agent, HTTP settings, an optional Prometheus client,
 * an optional lookup of earlier deployments, and the service, release and environment being deployed (placeholders
 * {@code ${release}} and {@code ${environment}}).
 */
public final class CheckContext {
    private final Optional<Workspace> workspace;
    private final String noWorkspaceHint;
    private final Clock clock;
    private final ZoneId zone;
    private final Optional<CommandRunner> commandRunner;
    private final HttpSettings http;
    private final Sleeper sleeper;
    private final Optional<InstantQueryClient> prometheus;
    private final Optional<String> release;
    private final Optional<String> environment;
    private final Optional<String> service;
    private final Optional<DeploymentLookup> deployments;

    private CheckContext(final Builder builder) {
        workspace = Optional.ofNullable(builder.workspace).map(Workspace::new);
        noWorkspaceHint = builder.noWorkspaceHint;
        clock = builder.clock;
        zone = builder.zone;
        commandRunner = Optional.ofNullable(builder.commandRunner)
                .or(() -> workspace.map(root -> new LocalCommandRunner(root.root())));
        http = builder.http;
        sleeper = builder.sleeper;
        prometheus = Optional.ofNullable(builder.prometheus);
        release = Optional.ofNullable(builder.release).filter(text -> !text.isBlank());
        environment = Optional.ofNullable(builder.environment).filter(text -> !text.isBlank());
        service = Optional.ofNullable(builder.service).filter(text -> !text.isBlank());
        deployments = Optional.ofNullable(builder.deployments);
    }

    /**
     * Starts a context for a workspace.
     *
     * @param workspace the workspace root
     * @return the builder
     */
    public static Builder builder(final Path workspace) {
        return new Builder(workspace, "");
    }

    /**
     * Starts a context without a workspace, e.g. for sign-offs and network checks evaluated where no build folder
     * is. Items that read files or run commands then end ERROR: the error names the item and adds the hint.
     *
     * @param hint what to do instead, e.g. where to evaluate such items
     * @return the builder
     */
    public static Builder withoutWorkspace(final String hint) {
        return new Builder(null, hint);
    }

    /**
     * Returns the workspace.
     *
     * @return the workspace
     * @throws NoWorkspaceException if this evaluation has none; the evaluator turns it into the item's ERROR
     */
    public Workspace workspace() {
        return workspace.orElseThrow(() -> new NoWorkspaceException(noWorkspaceHint));
    }

    public Clock clock() {
        return clock;
    }

    /**
     * Returns the time zone for window items that name none.
     *
     * @return the default zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Returns the runner of commands: the one set, else one that runs them in the workspace.
     *
     * @return the runner
     * @throws NoWorkspaceException without a runner set and without a workspace: commands never run elsewhere
     */
    public CommandRunner commandRunner() {
        return commandRunner.orElseThrow(() -> new NoWorkspaceException(noWorkspaceHint));
    }

    public HttpSettings http() {
        return http;
    }

    public Sleeper sleeper() {
        return sleeper;
    }

    public Optional<InstantQueryClient> prometheus() {
        return prometheus;
    }

    public Optional<String> release() {
        return release;
    }

    public Optional<String> environment() {
        return environment;
    }

    public Optional<String> service() {
        return service;
    }

    /**
     * Returns the lookup of earlier deployments, e.g. of the same release to staging.
     *
     * @return the lookup, empty where none is configured
     */
    public Optional<DeploymentLookup> deployments() {
        return deployments;
    }

    /**
     * Replaces {@code ${release}} and {@code ${environment}} in a configured text; other text stays as is.
     *
     * @param text the text, e.g. {@code docs/release-notes/${release}.md}
     * @return the text with the known placeholders replaced
     */
    public String expand(final String text) {
        String expanded = text;
        if (release.isPresent()) {
            expanded = expanded.replace("${release}", release.get());
        }
        if (environment.isPresent()) {
            expanded = expanded.replace("${environment}", environment.get());
        }
        return expanded;
    }

    /** Collects the parts of a context; everything but the workspace has a default. */
    public static final class Builder {
        @CheckForNull
        private final Path workspace;

        private final String noWorkspaceHint;
        private Clock clock = Clock.systemUTC();
        private ZoneId zone = ZoneOffset.UTC;

        @CheckForNull
        private CommandRunner commandRunner;

        private HttpSettings http = HttpSettings.DEFAULTS;
        private Sleeper sleeper = Sleeper.SYSTEM;

        @CheckForNull
        private InstantQueryClient prometheus;

        @CheckForNull
        private String release;

        @CheckForNull
        private String environment;

        @CheckForNull
        private String service;

        @CheckForNull
        private DeploymentLookup deployments;

        private Builder(@CheckForNull final Path workspace, final String noWorkspaceHint) {
            this.workspace = workspace;
            this.noWorkspaceHint = noWorkspaceHint;
        }

        public Builder clock(final Clock value) {
            clock = value;
            return this;
        }

        public Builder zone(final ZoneId value) {
            zone = value;
            return this;
        }

        public Builder commandRunner(final CommandRunner value) {
            commandRunner = value;
            return this;
        }

        public Builder http(final HttpSettings value) {
            http = value;
            return this;
        }

        public Builder sleeper(final Sleeper value) {
            sleeper = value;
            return this;
        }

        public Builder prometheus(final InstantQueryClient value) {
            prometheus = value;
            return this;
        }

        public Builder release(final String value) {
            release = value;
            return this;
        }

        public Builder environment(final String value) {
            environment = value;
            return this;
        }

        public Builder service(final String value) {
            service = value;
            return this;
        }

        public Builder deployments(final DeploymentLookup value) {
            deployments = value;
            return this;
        }

        public CheckContext build() {
            return new CheckContext(this);
        }
    }
}
