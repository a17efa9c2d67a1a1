package io.jenkins.plugins.deploymentsop.rollout;

/** Hears everything a blue-green rollout does, with timestamps: the execution log of the deployment record. */
public interface RolloutObserver extends RolloutEvents<BlueGreenPhase> {
    /** An observer that ignores everything. */
    RolloutObserver NONE = new RolloutObserver() {};
}
