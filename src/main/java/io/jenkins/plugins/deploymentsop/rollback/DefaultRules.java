package io.jenkins.plugins.deploymentsop.rollback;

/**
 * The rollback decision matrix of the SOPs, built in. Each rule says in its description which SOP text it comes
 * from; docs/steps/rollbackIfUnhealthy.md explains the choices where the SOPs disagree.
 *
 * <p>The rules observe named signals ({@code sop:error-rate}, {@code sop:latency-p95}, {@code sop:business-metric},
 * {@code health:application}, {@code health:database}); the step binds them to real metric sources and probes.
 */
public final class DefaultRules {
    /** The label of the defaults in messages. */
    public static final String LABEL = "SOP defaults";

    /** Error rate in %: P0 above 10%, P1 above 5%. */
    public static final String ERROR_RATE_P0 = "error-rate-p0";
    /** Error rate in % above 5% for 2 minutes: P1. */
    public static final String ERROR_RATE_P1 = "error-rate-p1";
    /** p95 response time above 5 s: P0. */
    public static final String LATENCY_P0 = "latency-p95-p0";
    /** p95 response time above 3 s: P1. */
    public static final String LATENCY_P1 = "latency-p95-p1";
    /** Three failed health checks in a row: P0. */
    public static final String HEALTH_CHECK = "health-check";
    /** Three failed database connection checks in a row: P0. */
    public static final String DATABASE_CONNECTION = "database-connection";
    /** A business metric 20% below its baseline: P1. */
    public static final String BUSINESS_METRIC_DROP = "business-metric-drop";

    private static final String ERROR_RATE = "error rate";
    private static final String ERROR_RATE_SOURCE = "sop:error-rate";
    private static final String LATENCY = "p95 response time";
    private static final String LATENCY_SOURCE = "sop:latency-p95";
    private static final String MATRIX = "SOP 001 Rollback Decision Matrix";

    private DefaultRules() {}

    /** Returns the defaults as the first source of a merge. */
    public static RuleSource source() {
        Origin origin = Origin.of(LABEL);
        return RuleSource.builder(RuleLayer.DEFAULTS, LABEL)
                .add(RuleSpec.builder(ERROR_RATE_P0, origin)
                        .name(ERROR_RATE)
                        .source(ERROR_RATE_SOURCE)
                        .unit("%")
                        .when("> 10%")
                        .severity("P0")
                        .action("auto")
                        .description(MATRIX + ": error rate >10%, P0, auto-rollback, immediate")
                        .build())
                .add(RuleSpec.builder(ERROR_RATE_P1, origin)
                        .name(ERROR_RATE)
                        .source(ERROR_RATE_SOURCE)
                        .unit("%")
                        .when("> 5%")
                        .sustainedFor("2m")
                        .severity("P1")
                        .action("manual")
                        .decisionTimeout("5m")
                        .onTimeout("rollback")
                        .description(MATRIX + ": error rate 5-10%, P1, manual rollback, 5 minutes (above 10% the P0"
                                + " rule wins); SOP 001 Stage 5: sustained for 2 minutes")
                        .build())
                .add(RuleSpec.builder(LATENCY_P0, origin)
                        .name(LATENCY)
                        .source(LATENCY_SOURCE)
                        .unit("s")
                        .when("> 5s")
                        .severity("P0")
                        .action("auto")
                        .description(MATRIX + ": response time >5s, P0, auto-rollback, immediate")
                        .build())
                .add(RuleSpec.builder(LATENCY_P1, origin)
                        .name(LATENCY)
                        .source(LATENCY_SOURCE)
                        .unit("s")
                        .when("> 3s")
                        .severity("P1")
                        .action("manual")
                        .decisionTimeout("10m")
                        .onTimeout("rollback")
                        .description(MATRIX + ": response time >3s, P1, manual rollback, 10 minutes; SOP 001 Stage 5"
                                + " and Alert Thresholds: p95 > 3 seconds")
                        .build())
                .add(RuleSpec.builder(HEALTH_CHECK, origin)
                        .name("application health")
                        .source("health:application")
                        .when("failing")
                        .consecutive("3")
                        .severity("P0")
                        .action("auto")
                        .description("SOP 001 Stage 5: health check failures, automatic rollback (3 in a row)")
                        .build())
                .add(RuleSpec.builder(DATABASE_CONNECTION, origin)
                        .name("database connection")
                        .source("health:database")
                        .when("failing")
                        .consecutive("3")
                        .severity("P0")
                        .action("auto")
                        .description("SOP 001 Stage 5: database connection failures, automatic rollback (3 in a row)")
                        .build())
                .add(RuleSpec.builder(BUSINESS_METRIC_DROP, origin)
                        .name("business metric")
                        .source("sop:business-metric")
                        .when("drop > 20%")
                        .severity("P1")
                        .action("manual")
                        .decisionTimeout("15m")
                        .onTimeout("rollback")
                        .description(MATRIX + ": business metric drop >20%, P1, manual rollback, 15 minutes")
                        .build())
                .build();
    }
}
