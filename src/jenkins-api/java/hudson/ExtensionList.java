package hudson;

import java.util.AbstractList;
import jenkins.model.Jenkins;
import jenkins.util.io.OnMaster;

/** Compile-only copy: the registered instances of one extension point. */
public class ExtensionList<T> extends AbstractList<T> implements OnMaster {
    protected ExtensionList(Jenkins jenkins, Class<T> extensionType) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public T get(int index) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public int size() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static <T> ExtensionList<T> lookup(Class<T> type) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static <U> U lookupSingleton(Class<U> type) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    public static <U> U lookupFirst(Class<U> type) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
