/**
 * Health probes for the colours of a deployment: HTTP(S), TCP connect and command probes, run with retries, backoff,
 * a number of consecutive successes and an overall timeout, several at once. Results carry attempts, latency and the
 * last failure reason; credentials never appear in them.
 */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.deploymentsop.health;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
