/**
 * The checks a checklist item can run, one class per type with its validated configuration, and the registry
 * that maps type names in checklist files onto them. A check reports user mistakes as ERROR or FAILED outcomes
 * naming the file or field, never as exceptions.
 */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.deploymentsop.checklist.check;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
