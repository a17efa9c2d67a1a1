/**
 * Glue of {@code preDeployChecklist}: the step's parameters and nested item describables, the evaluation on the
 * agent, the wait for sign-offs on the build page, and what goes into the deployment record.
 */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.deploymentsop.steps.checklist;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
