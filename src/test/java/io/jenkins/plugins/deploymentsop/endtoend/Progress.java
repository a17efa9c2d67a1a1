package io.jenkins.plugins.deploymentsop.endtoend;

/** Where the scenario tells what happens, as it happens: the demo prints it, the test keeps it for its messages. */
interface Progress {
    /**
     * A phase of the scenario began or ended.
     *
     * @param text what happened, in one line
     */
    void phase(String text);

    /**
     * A step wrote a line to the log of a build.
     *
     * @param build the build number
     * @param line the line
     */
    void log(int build, String line);
}
