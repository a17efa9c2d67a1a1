package io.jenkins.plugins.deploymentsop.record;

/** How the new version reached its users. */
public enum Strategy {
    BLUE_GREEN,
    CANARY,
    ROLLING,
    /** Deployed outside this plugin's rollout steps, e.g. a plain {@code sh './deploy.sh'}. */
    OTHER
}
