package org.jvnet.hudson.annotation_indexer;

import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;

/** Compile-only copy: extra compile-time checks for an {@link Indexed} annotation. */
public interface Validator {
    void check(Element use, RoundEnvironment environment, ProcessingEnvironment processing);
}
