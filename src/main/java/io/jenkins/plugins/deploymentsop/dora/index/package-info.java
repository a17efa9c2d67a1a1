/**
 * The on-disk deployment index: an append-only JSON-lines file with atomic compaction and rebuild, read incrementally into a compact table.
 */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.deploymentsop.dora.index;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
