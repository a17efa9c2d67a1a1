/**
 * Where checklist items come from: the built-in templates per deployment type (from the SOP), the checklist file
 * in the repository and the Pipeline's items, merged by id into one {@link
 * io.jenkins.plugins.deploymentsop.checklist.Checklist}.
 */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.deploymentsop.checklist.source;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
