/**
 * Server-side rendering of the plugin's pages as HTML fragments that Jelly views embed.
 */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.deploymentsop.report;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
