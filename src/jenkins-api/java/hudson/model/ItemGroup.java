package hudson.model;

import java.io.File;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * Compile-only copy: a container of items (Jenkins itself, folders).
 * The abstract {@code getItem(String)} is left out: its throws clause names Spring Security's
 * AccessDeniedException, which this copy does not compile against.
 */
public interface ItemGroup<T extends Item> extends PersistenceRoot, ModelObject {
    String getFullName();

    String getFullDisplayName();

    Collection<T> getItems();

    String getUrl();

    String getUrlChildPrefix();

    File getRootDirFor(T child);

    void onDeleted(T item) throws IOException;

    T getItem(String name) throws AccessDeniedException;

    default <T extends Item> List<T> getAllItems(Class<T> type) {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
