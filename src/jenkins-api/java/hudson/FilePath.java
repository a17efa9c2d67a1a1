package hudson;

import hudson.remoting.LocalChannel;
import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.net.URI;
import java.util.List;
import org.jenkinsci.remoting.RoleSensitive;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

/** Compile-only copy: a file or folder on the controller or on an agent. */
public final class FilePath implements SerializableOnlyOverRemoting {
    public static final LocalChannel localChannel = null;

    public FilePath(VirtualChannel channel, String remote) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public FilePath(File localPath) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public FilePath(FilePath base, String rel) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public String getRemote() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public boolean isRemote() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public VirtualChannel getChannel() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public String getName() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public FilePath child(String relOrAbsolute) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public FilePath getParent() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public boolean exists() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public boolean isDirectory() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public long length() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public long lastModified() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public void mkdirs() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public boolean delete() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public void deleteRecursive() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public URI toURI() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public List<FilePath> list() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public FilePath[] list(String includes) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public FilePath[] list(String includes, String excludes) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public InputStream read() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public String readToString() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public OutputStream write() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public void write(String content, String encoding) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public void copyFrom(InputStream in) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public void copyFrom(FilePath src) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public <T> T act(FileCallable<T> callable) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    /** Compile-only copy: file work that runs where the file is. */
    public interface FileCallable<T> extends Serializable, RoleSensitive {
        T invoke(File f, VirtualChannel channel) throws IOException, InterruptedException;
    }
}
