package hudson.search;

/** Compile-only copy: an entry of the Jenkins search box. */
public interface SearchItem {
    String getSearchName();

    String getSearchUrl();

    SearchIndex getSearchIndex();
}
