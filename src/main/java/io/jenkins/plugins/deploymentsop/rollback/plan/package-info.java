/**
 * Rolling back: the SOP's three rollback types as ordered plans (traffic back first, then the database restore,
 * the health check, and for a full rollback the destruction of the failed environment), the progress of a running
 * rollback, the incident with its recovery-time inputs, the dry run that checks a rollback could run, and the
 * mapping of all of it to the deployment record.
 */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.deploymentsop.rollback.plan;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
