/**
 * Traffic routers for blue-green and canary rollouts: the colours, the split between them and one
 * {@link io.jenkins.plugins.deploymentsop.traffic.TrafficRouter} interface with implementations for nginx, HAProxy and
 * user-supplied commands. Every change is applied atomically, verified by reading the server back, and undone on
 * failure.
 */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.deploymentsop.traffic;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
