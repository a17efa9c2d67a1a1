/** Glue: the Pipeline steps. Bound parameters, validation, and an execution that hands all work to the engine. */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.deploymentsop.steps;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
