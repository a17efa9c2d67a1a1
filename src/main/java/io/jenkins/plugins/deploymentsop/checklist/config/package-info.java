/**
 * Reading checklist configuration: a YAML or Pipeline tree that remembers where each value came from (file, line,
 * column), and typed field access whose errors name the location, the item and what is allowed.
 */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.deploymentsop.checklist.config;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
