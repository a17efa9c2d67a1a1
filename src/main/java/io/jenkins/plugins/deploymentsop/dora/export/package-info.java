/**
 * Exports of computed DORA metrics as JSON and CSV.
 */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.deploymentsop.dora.export;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
