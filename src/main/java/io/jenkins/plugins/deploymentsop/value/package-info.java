/**
 * Value types shared by every engine package: percentages, time spans and the error raised for bad input.
 * Each guards its own invariants, so a value that exists is valid.
 */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.deploymentsop.value;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
