/**
 * Deployment windows as the SOPs describe them: allowed weekdays and hours in a time zone, freeze periods (dates,
 * ranges, yearly and weekly), "not before weekends", and the emergency override that accepts a deployment outside
 * the window with a recorded reason. Pure values, judged at a given time.
 */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.deploymentsop.checklist.window;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
