/**
 * Where the numbers for a canary or a rollback decision come from: Prometheus (instant and range queries), any HTTP
 * endpoint that answers JSON, and a synthetic probe that measures an endpoint itself. Every source answers with a
 * {@link io.jenkins.plugins.deploymentsop.metrics.Measurement} whose status says whether it has data, has none, or
 * failed; a source never throws for a failing server, and an erroring source is never taken for a pass.
 */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.deploymentsop.metrics;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
