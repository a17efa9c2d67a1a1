package hudson.search;

import hudson.model.ModelObject;

/** Compile-only copy: a model object that answers searches. */
public interface SearchableModelObject extends ModelObject, SearchItem {
    Search getSearch();
}
