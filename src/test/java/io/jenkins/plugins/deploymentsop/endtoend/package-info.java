/**
 * The whole SOP played end to end on real servers: three releases of one service through the steps' own glue, once
 * as an integration test and once as a demo that writes the report and DORA pages to open in a browser.
 */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.deploymentsop.endtoend;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
