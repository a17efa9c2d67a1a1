package hudson;

import java.util.Map;
import java.util.TreeMap;

/** Compile-only copy: environment variables, with case-insensitive names. */
public class EnvVars extends TreeMap<String, String> {
    public EnvVars() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public EnvVars(Map<String, String> m) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public EnvVars(EnvVars m) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public EnvVars(String... keyValuePairs) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public void override(String key, String value) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public EnvVars overrideAll(Map<String, String> all) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public String get(String key, String defaultValue) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public String put(String key, String value) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public void putIfNotNull(String key, String value) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public String expand(String s) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
