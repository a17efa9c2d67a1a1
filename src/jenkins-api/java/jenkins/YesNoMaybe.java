package jenkins;

/** Compile-only copy: a three-valued answer. */
public enum YesNoMaybe {
    YES,
    NO,
    MAYBE;

    public static Boolean toBoolean(YesNoMaybe v) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public Boolean toBool() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
