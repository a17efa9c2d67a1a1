/**
 * DORA metrics computed from deployment events: the event model, the metric definitions, performance bands and the calculator. Works on a compact in-memory table, never on builds.
 */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.deploymentsop.dora;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
