package io.jenkins.plugins.deploymentsop.examples;

/** One problem in a Jenkinsfile: where, and what, in words a user understands. */
record Finding(String file, int line, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
