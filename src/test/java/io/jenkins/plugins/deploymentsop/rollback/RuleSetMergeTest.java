package io.jenkins.plugins.deploymentsop.rollback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import io.jenkins.plugins.deploymentsop.value.TimeSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RuleSetMergeTest {
    private static RuleSource source(final RuleLayer layer, final RuleSpec... specs) {
        RuleSource.Builder builder = RuleSource.builder(layer, layer.name().toLowerCase(Locale.ROOT));
        for (RuleSpec spec : specs) {
            builder.add(spec);
        }
        return builder.build();
    }

    private static RuleSpec.Builder spec(final String id, final RuleLayer layer) {
        return RuleSpec.builder(id, Origin.of(layer.name()));
    }

    @Test
    void shouldLetLaterLayersWinWhateverTheOrderOfTheSources() {
        RuleSource global = source(
                RuleLayer.GLOBAL,
                spec("error-rate-p0", RuleLayer.GLOBAL).when("> 20%").build());
        RuleSource file = source(
                RuleLayer.FILE,
                spec("error-rate-p0", RuleLayer.FILE).when("> 15%").build());
        RuleSource pipeline = source(
                RuleLayer.PIPELINE,
                spec("error-rate-p0", RuleLayer.PIPELINE).sustainedFor("30s").build());

        RuleSet merged = RuleSet.merge(pipeline, file, DefaultRules.source(), global);

        Rule p0 = merged.find("error-rate-p0").orElseThrow();
        assertThat(p0.condition().text()).as("file over global").isEqualTo("> 15%");
        assertThat(p0.sustainedFor()).as("pipeline adds its field").isEqualTo(TimeSpan.ofSeconds(30));
        assertThat(p0.severity()).as("untouched fields stay the defaults'").isEqualTo(Severity.P0);
        assertThat(merged.rules().get(0)).as("a changed rule keeps its place").isEqualTo(p0);
    }

    @Test
    void shouldLetTheSameFieldOfEveryLayerOverrideTheOneBefore() {
        for (RuleLayer winner : new RuleLayer[] {RuleLayer.GLOBAL, RuleLayer.FILE, RuleLayer.PIPELINE}) {
            List<RuleSource> sources = new ArrayList<>(List.of(DefaultRules.source()));
            for (RuleLayer layer : RuleLayer.values()) {
                if (layer != RuleLayer.DEFAULTS && layer.compareTo(winner) <= 0) {
                    sources.add(source(
                            layer,
                            spec("latency-p95-p1", layer)
                                    .decisionTimeout((layer.ordinal() + 1) + "m")
                                    .build()));
                }
            }

            Rule rule = RuleSet.merge(sources).find("latency-p95-p1").orElseThrow();

            assertThat(rule.action().decisionTimeout())
                    .as(winner.name())
                    .isEqualTo(TimeSpan.ofMinutes(winner.ordinal() + 1));
        }
    }

    @Test
    void shouldAddNewRulesAtTheEnd() {
        RuleSet merged = RuleSet.merge(
                DefaultRules.source(),
                source(
                        RuleLayer.FILE,
                        spec("queue-depth", RuleLayer.FILE)
                                .source("prometheus:queue_depth")
                                .when(">= 1000")
                                .severity("P1")
                                .action("auto")
                                .build()));

        assertThat(merged.rules()).hasSize(8);
        assertThat(merged.rules().get(7).id()).isEqualTo("queue-depth");
        assertThat(merged.rules().get(7).signal().name())
                .as("the id names an unnamed signal")
                .isEqualTo("queue-depth");
    }

    @Test
    void shouldDropARuleExplicitlyAndBringItBack() {
        RuleSource global = source(
                RuleLayer.GLOBAL,
                spec("business-metric-drop", RuleLayer.GLOBAL).enabled(false).build());

        RuleSet withoutBusiness = RuleSet.merge(DefaultRules.source(), global);

        assertThat(withoutBusiness.find("business-metric-drop")).isEmpty();
        assertThat(withoutBusiness.dropped()).containsEntry("business-metric-drop", "disabled at GLOBAL");
        assertThat(withoutBusiness.baselineSignals()).isEmpty();

        RuleSet patchedButStillDropped = RuleSet.merge(
                DefaultRules.source(),
                global,
                source(
                        RuleLayer.FILE,
                        spec("business-metric-drop", RuleLayer.FILE)
                                .when("drop > 30%")
                                .build()));
        assertThat(patchedButStillDropped.find("business-metric-drop")).isEmpty();

        RuleSet back = RuleSet.merge(
                DefaultRules.source(),
                global,
                source(
                        RuleLayer.PIPELINE,
                        spec("business-metric-drop", RuleLayer.PIPELINE)
                                .enabled(true)
                                .when("drop > 40%")
                                .build()));
        assertThat(back.find("business-metric-drop").orElseThrow().condition().text())
                .isEqualTo("drop > 40%");
        assertThat(back.dropped()).isEmpty();
    }

    @Test
    void shouldRejectDisablingAnUnknownRuleNamingTheKnownOnes() {
        RuleSource typo = source(
                RuleLayer.FILE,
                spec("error-rate-p2", RuleLayer.FILE).enabled(false).build());

        assertThatThrownBy(() -> RuleSet.merge(DefaultRules.source(), typo))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("rules[error-rate-p2].enabled (FILE)")
                .hasMessageContaining("error-rate-p0, error-rate-p1");
    }

    @Test
    void shouldReplaceAllEarlierRulesWhenASourceSaysSo() {
        RuleSource own = RuleSource.builder(RuleLayer.FILE, "rules.yaml")
                .replaceEarlier(true)
                .add(spec("only", RuleLayer.FILE)
                        .source("prometheus:x")
                        .when("> 1")
                        .severity("P0")
                        .action("auto")
                        .build())
                .build();

        RuleSet merged = RuleSet.merge(DefaultRules.source(), own);

        assertThat(merged.rules()).extracting(Rule::id).containsExactly("only");
        assertThat(merged.dropped()).hasSize(7).containsEntry("error-rate-p0", "replaced by the rules of rules.yaml");
    }

    @Test
    void shouldRequireACompleteDefinitionForANewRule() {
        RuleSource partial = source(
                RuleLayer.PIPELINE,
                spec("new-rule", RuleLayer.PIPELINE).when("> 1").build());

        assertThatThrownBy(() -> RuleSet.merge(DefaultRules.source(), partial))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("rules[new-rule].source (PIPELINE)")
                .hasMessageContaining("a new rule needs source, when, severity and action");
    }

    @Test
    void shouldRefuseAnEmptyResult() {
        RuleSource none = RuleSource.builder(RuleLayer.FILE, "empty.yaml")
                .replaceEarlier(true)
                .build();

        assertThatThrownBy(() -> RuleSet.merge(DefaultRules.source(), none))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at least one enabled rule");
    }

    @Test
    void shouldTakeTheLatestNoDataDefaults() {
        RuleSource global = RuleSource.builder(RuleLayer.GLOBAL, "global")
                .noDataForMetrics(NoDataPolicy.TREAT_AS_BREACH)
                .build();
        RuleSource file = RuleSource.builder(RuleLayer.FILE, "file")
                .noDataForHealth(NoDataPolicy.IGNORE)
                .build();

        RuleSet merged = RuleSet.merge(file, global, DefaultRules.source());

        assertThat(merged.noDataDefaults())
                .isEqualTo(NoDataDefaults.of(NoDataPolicy.TREAT_AS_BREACH, NoDataPolicy.IGNORE));
    }

    @Test
    void shouldRejectTheSameIdTwiceInOneSource() {
        RuleSource.Builder builder = RuleSource.builder(RuleLayer.FILE, "file")
                .add(RuleSpec.builder("a", Origin.at("r.yaml", 3, 5)).build());

        assertThatThrownBy(() -> builder.add(
                        RuleSpec.builder("a", Origin.at("r.yaml", 7, 5)).build()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("rules[a].id (r.yaml, line 7, column 5)")
                .hasMessageContaining("already used at r.yaml, line 3, column 5");
    }

    @Test
    void shouldCheckSimpleFieldsWhenTheyAreSetAndTheRestWhenMerged() {
        assertThatThrownBy(() -> RuleSpec.builder("x", Origin.at("r.yaml", 2, 3))
                        .set(RuleField.SUSTAINED_FOR, "soon", Origin.at("r.yaml", 4, 19)))
                .hasMessageContaining("rules[x].sustainedFor (r.yaml, line 4, column 19)")
                .hasMessageContaining("'soon'");
        RuleSpec badWhen = RuleSpec.builder("error-rate-p0", Origin.at("r.yaml", 2, 3))
                .set(RuleField.WHEN, "> 5s", Origin.at("r.yaml", 3, 11))
                .build();

        assertThatThrownBy(() -> RuleSet.merge(DefaultRules.source(), source(RuleLayer.FILE, badWhen)))
                .hasMessageContaining("rules[error-rate-p0].when (r.yaml, line 3, column 11)")
                .hasMessageContaining("'> 5s'")
                .hasMessageContaining("the signal's unit ('%')");
    }

    @Test
    void shouldRejectRulesThatReadOneSourceInDifferentUnits() {
        RuleSource clash = source(
                RuleLayer.FILE,
                spec("error-rate-p1", RuleLayer.FILE)
                        .unit("ratio")
                        .when("> 0.05")
                        .build());

        assertThatThrownBy(() -> RuleSet.merge(DefaultRules.source(), clash))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("rules[error-rate-p1].unit")
                .hasMessageContaining("the unit of rule error-rate-p0");
    }

    @Test
    void shouldBuildFromCompleteRulesWithoutMerging() {
        Rule rule = RuleSet.defaults().rules().get(0);

        assertThat(RuleSet.of(List.of(rule), NoDataDefaults.STANDARD).rules()).containsExactly(rule);
        assertThatThrownBy(() -> RuleSet.of(List.of(rule, rule), NoDataDefaults.STANDARD))
                .hasMessageContaining("each rule id once");
        assertThatThrownBy(() -> RuleSet.of(List.of(), NoDataDefaults.STANDARD)).hasMessageContaining("at least one");
    }
}
