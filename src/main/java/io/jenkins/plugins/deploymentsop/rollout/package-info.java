/**
 * Rollout state machines. {@link io.jenkins.plugins.deploymentsop.rollout.BlueGreenRollout} drives a blue-green
 * deployment one tick at a time (read the live colour, deploy, health-check, switch, validate, switch back), keeps its
 * whole state serializable so that it resumes after a restart, and never leaves traffic in an unknown split silently.
 * {@link io.jenkins.plugins.deploymentsop.rollout.DeploymentLock} lets only one deployment per service and environment
 * run at a time.
 */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.deploymentsop.rollout;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
