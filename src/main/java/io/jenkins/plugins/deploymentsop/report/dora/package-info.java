/**
 * Small HTML building blocks of the DORA page: escaping, formatting, the filter form, metric cards and the per service/environment table.
 */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.deploymentsop.report.dora;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
