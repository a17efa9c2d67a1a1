package io.jenkins.plugins.deploymentsop.checklist;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The build's workspace as checks see it: every path and pattern is relative to its root and confined to it, also
 * through symbolic links, so a checklist file cannot make the controller read {@code /etc/passwd}.
 */
public final class Workspace {
    /** Upper bound on files matched by one item's patterns. */
    public static final int MAX_MATCHES = 100_000;

    private final Path root;

    /**
     * Creates the workspace view.
     *
     * @param root the workspace folder
     */
    public Workspace(final Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /**
     * Resolves a workspace-relative path.
     *
     * @param parameter the field that holds the path, for the error message
     * @param relative the path as written
     * @return the absolute path inside the workspace (it may not exist)
     * @throws InvalidInputException if the path is absolute, climbs out with {@code ..} or is a link leading out
     */
    public Path resolve(final String parameter, final String relative) {
        Path path = root.resolve(AntPattern.normalize(parameter, relative)).normalize();
        if (!path.startsWith(root)) {
            throw new InvalidInputException(parameter, relative, "a path inside the workspace");
        }
        checkRealPath(parameter, path);
        return path;
    }

    private void checkRealPath(final String parameter, final Path path) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Path real = path.toRealPath();
            if (!real.startsWith(root.toRealPath())) {
                throw new InvalidInputException(
                        parameter,
                        display(path),
                        "a file inside the workspace (this is a link leading to " + real + ")");
            }
        } catch (IOException exception) {
            // a dangling link: reading it fails later with a clear "cannot read" message
        }
    }

    /**
     * Finds the files matching Ant-style patterns, sorted by path.
     *
     * @param parameter the field that holds the patterns, for the error message
     * @param patterns the patterns; each may hold a comma-separated list
     * @return the matching regular files (possibly none)
     * @throws InvalidInputException if a pattern leaves the workspace or too many files match
     * @throws IOException if the workspace cannot be read
     */
    public List<Path> find(final String parameter, final List<String> patterns) throws IOException {
        List<AntPattern> compiled = AntPattern.compileAll(parameter, patterns);
        TreeSet<Path> matches = new TreeSet<>();
        for (AntPattern pattern : compiled) {
            Path start = root.resolve(pattern.base()).normalize();
            if (start.startsWith(root) && Files.isDirectory(start, LinkOption.NOFOLLOW_LINKS)) {
                Files.walkFileTree(start, new Collector(parameter, pattern, matches));
            }
        }
        return new ArrayList<>(matches);
    }

    /**
     * Renders a path relative to the workspace with forward slashes, as users wrote it.
     *
     * @param path an absolute path inside the workspace
     * @return the relative path
     */
    public String display(final Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (!absolute.startsWith(root)) {
            return absolute.toString();
        }
        return root.relativize(absolute).toString().replace('\\', '/');
    }

    @Override
    public String toString() {
        return root.toString();
    }

    /** Walks one pattern's base folder without following links and without descending into {@code .git}. */
    private final class Collector extends SimpleFileVisitor<Path> {
        private final String parameter;
        private final AntPattern pattern;
        private final TreeSet<Path> matches;

        Collector(final String parameter, final AntPattern pattern, final TreeSet<Path> matches) {
            super();
            this.parameter = parameter;
            this.pattern = pattern;
            this.matches = matches;
        }

        @Override
        public FileVisitResult preVisitDirectory(final Path dir, final BasicFileAttributes attrs) {
            Path name = dir.getFileName();
            if (name != null && name.toString().equals(".git") && !dir.equals(root)) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(final Path file, final BasicFileAttributes attrs) {
            if (attrs.isDirectory() || !pattern.matches(display(file))) {
                return FileVisitResult.CONTINUE;
            }
            if (attrs.isSymbolicLink()) {
                checkRealPath(parameter, file);
                if (!Files.isRegularFile(file)) {
                    return FileVisitResult.CONTINUE;
                }
            }
            matches.add(file);
            if (matches.size() > MAX_MATCHES) {
                throw new InvalidInputException(
                        parameter, pattern.toString(), "a pattern matching at most " + MAX_MATCHES + " files");
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(final Path file, final IOException exception) {
            // an unreadable corner of the workspace does not hide the files elsewhere
            return FileVisitResult.CONTINUE;
        }
    }
}
