package hudson.util;

import java.io.Serializable;

/** Compile-only copy: an encrypted secret; never log it or call toString() on it. */
public final class Secret implements Serializable {
    private Secret() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public String getPlainText() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public String getEncryptedValue() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static Secret decrypt(String data) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static Secret fromString(String data) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static String toString(Secret s) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
