/** Glue: global defaults in Manage Jenkins. */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.deploymentsop.config;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
