package io.jenkins.plugins.deploymentsop.record;

import java.time.Instant;

/**
 * A change of the traffic split, as applied and (if so) verified on the router.
 *
 * @param at when the router confirmed it (or when it was attempted)
 * @param blueWeight percent of traffic on blue
 * @param greenWeight percent of traffic on green
 * @param verified whether the router was read back and served exactly this split
 * @param reason why the change was made, e.g. {@code canary step 2 of 4} or {@code switch back: error rate 12%}
 */
public record TrafficChange(Instant at, double blueWeight, double greenWeight, boolean verified, String reason) {}
