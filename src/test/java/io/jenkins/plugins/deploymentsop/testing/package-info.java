/**
 * Test support shared by the unit tests of the Jenkins glue: {@link
 * io.jenkins.plugins.deploymentsop.testing.JenkinsMocks} stands in for Jenkins, the plugin's global configuration and
 * a build.
 */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.deploymentsop.testing;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
