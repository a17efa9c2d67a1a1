package hudson.search;

import java.util.List;

/** Compile-only copy: finds search items by a query string. */
public interface SearchIndex {
    void find(String token, List<SearchItem> result);

    void suggest(String token, List<SearchItem> result);
}
