package hudson;

/** Compile-only copy: static string and collection helpers. */
public class Util {
    public static String escape(String text) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static String fixNull(String s) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static <T> T fixNull(T s, T defaultValue) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static String fixEmpty(String s) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static String fixEmptyAndTrim(String s) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
