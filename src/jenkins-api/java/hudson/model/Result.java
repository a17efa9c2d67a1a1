package hudson.model;

import java.io.Serializable;
import org.kohsuke.stapler.export.CustomExportedBean;

/** Compile-only copy: the result of a build, ordered from SUCCESS (best) to NOT_BUILT/ABORTED (worst). */
public final class Result implements Serializable, CustomExportedBean {
    public static final Result SUCCESS = new Result();
    public static final Result UNSTABLE = new Result();
    public static final Result FAILURE = new Result();
    public static final Result NOT_BUILT = new Result();
    public static final Result ABORTED = new Result();

    // Distinct constants, so code and tests that compare results by identity behave as with the real class.
    private Result() {}

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
