/**
 * Test support shared by the unit tests of the Jenkins glue: {@link
 * io.jenkins.plugins.deploymentsop.testing.JenkinsMocks} stands in for Jenkins, the plugin's global configuration and
 * a build; {@link io.jenkins.plugins.deploymentsop.testing.SecurityMocks} gives signed-in users and a security realm.
 */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.deploymentsop.testing;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
