package hudson;

import hudson.model.TaskListener;
import hudson.remoting.Channel;
import hudson.remoting.VirtualChannel;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/** Compile-only copy: starts processes on the machine a build step runs on. */
public abstract class Launcher {
    protected Launcher(TaskListener listener, VirtualChannel channel) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    protected Launcher(Launcher launcher) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public VirtualChannel getChannel() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public TaskListener getListener() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public boolean isUnix() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public final ProcStarter launch() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public abstract Proc launch(ProcStarter starter) throws IOException;

    public abstract Channel launchChannel(String[] cmd, OutputStream out, FilePath workDir, Map<String, String> envVars)
            throws IOException, InterruptedException;

    public abstract void kill(Map<String, String> modelEnvVars) throws IOException, InterruptedException;

    /** Compile-only copy: builder for one process launch. */
    public final class ProcStarter {
        public ProcStarter cmdAsSingleString(String s) {
            throw new UnsupportedOperationException("compile-only Jenkins API copy");
        }

        public ProcStarter cmds(String... args) {
            throw new UnsupportedOperationException("compile-only Jenkins API copy");
        }

        public ProcStarter cmds(List<String> args) {
            throw new UnsupportedOperationException("compile-only Jenkins API copy");
        }

        public List<String> cmds() {
            throw new UnsupportedOperationException("compile-only Jenkins API copy");
        }

        public ProcStarter masks(boolean... masks) {
            throw new UnsupportedOperationException("compile-only Jenkins API copy");
        }

        public boolean[] masks() {
            throw new UnsupportedOperationException("compile-only Jenkins API copy");
        }

        public ProcStarter quiet(boolean quiet) {
            throw new UnsupportedOperationException("compile-only Jenkins API copy");
        }

        public boolean quiet() {
            throw new UnsupportedOperationException("compile-only Jenkins API copy");
        }

        public ProcStarter pwd(FilePath workDir) {
            throw new UnsupportedOperationException("compile-only Jenkins API copy");
        }

        public FilePath pwd() {
            throw new UnsupportedOperationException("compile-only Jenkins API copy");
        }

        public ProcStarter stdout(OutputStream out) {
            throw new UnsupportedOperationException("compile-only Jenkins API copy");
        }

        public ProcStarter stdout(TaskListener out) {
            throw new UnsupportedOperationException("compile-only Jenkins API copy");
        }

        public OutputStream stdout() {
            throw new UnsupportedOperationException("compile-only Jenkins API copy");
        }

        public ProcStarter stderr(OutputStream err) {
            throw new UnsupportedOperationException("compile-only Jenkins API copy");
        }

        public OutputStream stderr() {
            throw new UnsupportedOperationException("compile-only Jenkins API copy");
        }

        public ProcStarter envs(Map<String, String> overrides) {
            throw new UnsupportedOperationException("compile-only Jenkins API copy");
        }

        public ProcStarter envs(String... overrides) {
            throw new UnsupportedOperationException("compile-only Jenkins API copy");
        }

        public String[] envs() {
            throw new UnsupportedOperationException("compile-only Jenkins API copy");
        }

        public Proc start() throws IOException {
            throw new UnsupportedOperationException("compile-only Jenkins API copy");
        }

        public int join() throws IOException, InterruptedException {
            throw new UnsupportedOperationException("compile-only Jenkins API copy");
        }
    }
}
