package hudson.scm;

import hudson.model.Run;
import hudson.model.User;
import java.util.Collection;

/**
 * Compile-only copy: the changes that went into a build. The real protected constructors need
 * RepositoryBrowser and are not copied; the private constructor only stops javac from adding a public one.
 */
public abstract class ChangeLogSet<T extends ChangeLogSet.Entry> implements Iterable<T> {
    private ChangeLogSet() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public Run<?, ?> getRun() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public abstract boolean isEmptySet();

    public final Object[] getItems() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public String getKind() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static ChangeLogSet<? extends ChangeLogSet.Entry> createEmpty(Run build) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    /** Compile-only copy: one change (commit). */
    public abstract static class Entry {
        public ChangeLogSet getParent() {
            throw new UnsupportedOperationException("compile-only Jenkins API copy");
        }

        protected void setParent(ChangeLogSet parent) {
            throw new UnsupportedOperationException("compile-only Jenkins API copy");
        }

        public String getCommitId() {
            throw new UnsupportedOperationException("compile-only Jenkins API copy");
        }

        public long getTimestamp() {
            throw new UnsupportedOperationException("compile-only Jenkins API copy");
        }

        public abstract String getMsg();

        public abstract User getAuthor();

        public abstract Collection<String> getAffectedPaths();

        public String getMsgAnnotated() {
            throw new UnsupportedOperationException("compile-only Jenkins API copy");
        }

        public String getMsgEscaped() {
            throw new UnsupportedOperationException("compile-only Jenkins API copy");
        }
    }
}
