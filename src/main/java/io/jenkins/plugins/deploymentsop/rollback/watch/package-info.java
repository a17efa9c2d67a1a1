/**
 * Watching a release: a tick-driven state machine that judges each tick's observations against the rules, keeps
 * sustained-for windows and consecutive counts, applies the "no data" policies, and ends in a rollback (automatic,
 * by a person or by a decision timeout) or a healthy pass. Plain serializable state, so a restarted controller
 * resumes with the remaining window.
 */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.deploymentsop.rollback.watch;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
