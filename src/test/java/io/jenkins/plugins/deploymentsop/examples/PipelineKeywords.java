package io.jenkins.plugins.deploymentsop.examples;

import java.util.Set;

/**
 * The names a Jenkinsfile may call that are not ours: Declarative Pipeline's sections and directives, the steps of
 * Pipeline and of the plugins the examples rely on, and Groovy's own. Anything else that is neither our step nor
 * our symbol nor a method of the script is reported, so a misspelt step cannot hide.
 */
final class PipelineKeywords {
    /** Declarative Pipeline: sections, directives, conditions and post conditions. */
    static final Set<String> DECLARATIVE = Set.of(
            "pipeline",
            "agent",
            "any",
            "none",
            "label",
            "docker",
            "dockerfile",
            "kubernetes",
            "stages",
            "stage",
            "steps",
            "script",
            "post",
            "always",
            "success",
            "failure",
            "unstable",
            "aborted",
            "changed",
            "fixed",
            "regression",
            "unsuccessful",
            "cleanup",
            "environment",
            "options",
            "parameters",
            "triggers",
            "tools",
            "input",
            "when",
            "branch",
            "expression",
            "allOf",
            "anyOf",
            "not",
            "beforeAgent",
            "beforeInput",
            "parallel",
            "matrix",
            "axes",
            "axis",
            "values",
            "failFast",
            "libraries",
            "lib");

    /** Steps of Pipeline itself (workflow-basic-steps, workflow-durable-task-step, workflow-cps, workflow-scm-step). */
    static final Set<String> PIPELINE_STEPS = Set.of(
            "node",
            "sh",
            "bat",
            "powershell",
            "echo",
            "error",
            "timeout",
            "retry",
            "sleep",
            "waitUntil",
            "dir",
            "deleteDir",
            "pwd",
            "isUnix",
            "fileExists",
            "readFile",
            "writeFile",
            "withEnv",
            "catchError",
            "warnError",
            "unstable",
            "stash",
            "unstash",
            "archiveArtifacts",
            "fingerprint",
            "checkout",
            "git",
            "properties",
            "build",
            "milestone",
            "lock",
            "load",
            "tool",
            "mail",
            "library",
            "getContext",
            "withContext");

    /** Steps and symbols of common plugins the examples use (JUnit, Credentials Binding, job properties). */
    static final Set<String> PLUGIN_STEPS = Set.of(
            "junit",
            "withCredentials",
            "string",
            "usernamePassword",
            "file",
            "sshUserPrivateKey",
            "booleanParam",
            "choice",
            "text",
            "password",
            "disableConcurrentBuilds",
            "buildDiscarder",
            "logRotator",
            "timestamps",
            "skipDefaultCheckout",
            "cron",
            "pollSCM",
            "upstream");

    /** Groovy's own methods callable without a receiver. */
    static final Set<String> GROOVY = Set.of("println", "print", "sprintf", "evaluate");

    private PipelineKeywords() {}

    static boolean contains(final String name) {
        return DECLARATIVE.contains(name)
                || PIPELINE_STEPS.contains(name)
                || PLUGIN_STEPS.contains(name)
                || GROOVY.contains(name);
    }
}
