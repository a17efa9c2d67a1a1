/**
 * The deployment record: the spine every step writes to as it runs (phase, evidence, decisions) and the single
 * source of the report tab and the DORA index. One record per deployment (service and environment) of a build, kept
 * as a versioned JSON file in the build's folder.
 */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.deploymentsop.record;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
