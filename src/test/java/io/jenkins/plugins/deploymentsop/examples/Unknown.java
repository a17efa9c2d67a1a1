package io.jenkins.plugins.deploymentsop.examples;

/**
 * A value that cannot be known before the build runs (a step's result, a method call, a condition), with the source
 * text of its expression.
 */
record Unknown(String text) {}
