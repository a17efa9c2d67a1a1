package hudson.model;

import java.io.Serializable;
import org.kohsuke.stapler.export.CustomExportedBean;

/** Compile-only copy: the result of a build, ordered from SUCCESS (best) to NOT_BUILT/ABORTED (worst). */
public final class Result implements Serializable, CustomExportedBean {
    public static final Result SUCCESS = null;
    public static final Result UNSTABLE = null;
    public static final Result FAILURE = null;
    public static final Result NOT_BUILT = null;
    public static final Result ABORTED = null;

    private Result() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public Result combine(Result that) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static Result combine(Result r1, Result r2) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public boolean isWorseThan(Result that) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public boolean isWorseOrEqualTo(Result that) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public boolean isBetterThan(Result that) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public boolean isBetterOrEqualTo(Result that) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public boolean isCompleteBuild() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public String toExportedObject() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static Result fromString(String s) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
