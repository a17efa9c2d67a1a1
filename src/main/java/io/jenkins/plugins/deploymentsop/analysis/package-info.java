/**
 * Judging a canary: judges that turn measurements into verdicts with their numbers (thresholds, baseline ratios, a
 * Mann-Whitney rank test with a Hodges-Lehmann shift, and a count test for sparse errors), Kayenta-style scoring of
 * metric groups, and an Argo-Rollouts-style analysis run: a serializable, tick-driven state machine with measurement
 * intervals, counts and failure, inconclusive and consecutive-error limits.
 */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.deploymentsop.analysis;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
