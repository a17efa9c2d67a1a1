package hudson.model;

import hudson.search.Search;
import hudson.search.SearchIndex;
import hudson.search.SearchableModelObject;

/** Compile-only copy: common base of Jenkins model objects. */
public abstract class AbstractModelObject implements SearchableModelObject {
    @Override
    public final SearchIndex getSearchIndex() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public Search getSearch() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }

    @Override
    public String getSearchName() {
        throw new UnsupportedOperationException("compile-only Jenkins API copy");
    }
}
