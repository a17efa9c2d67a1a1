/**
 * Streaming parsers for the report files release gates read: JUnit XML from many producers, JaCoCo and Cobertura
 * XML, LCOV, and vulnerability reports (SARIF 2.1.0, Trivy, Grype, OWASP Dependency-Check). Formats are detected
 * by content; XML is read with StAX through the hardened factory, never into a DOM; memory stays bounded.
 */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.deploymentsop.checklist.report;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
