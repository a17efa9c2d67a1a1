package hudson.util;

import hudson.model.Job;
import hudson.model.Run;
import java.util.AbstractList;
import java.util.Iterator;

/** Compile-only copy: a lazily evaluated list of builds, newest first. */
public class RunList<R extends Run> extends AbstractList<R> {
    public RunList() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public RunList(Job j) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public Iterator<R> iterator() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    @Deprecated
    public int size() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    @Deprecated
    public R get(int index) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public R getLastBuild() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public RunList<R> limit(int n) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public RunList<R> newBuilds() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
