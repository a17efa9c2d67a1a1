/** Glue: build and job actions and their views. */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.deploymentsop.ui;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
