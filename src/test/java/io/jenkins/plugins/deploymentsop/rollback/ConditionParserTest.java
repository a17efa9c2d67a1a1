package io.jenkins.plugins.deploymentsop.rollback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.deploymentsop.value.InvalidInputException;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConditionParserTest {
    private static final OptionalDouble NO_BASELINE = OptionalDouble.empty();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                ">10%        | %         | > 10%",
                "> 10        | %         | > 10%",
                ">= 3s       | s         | >= 3s",
                "> 500ms     | s         | > 0.5s",
                "> 2s        | ms        | > 2000ms",
                "< 100       | orders/min | < 100 orders/min",
                "> 5% AND <= 10% | %     | > 5% and <= 10%",
                "drop > 20%  | orders/min | drop > 20%",
                "Increase >= 5 points | % | increase >= 5 points",
                "increase > 500ms | s    | increase > 0.5s",
                "> 2x baseline | s       | > 2x baseline",
                "<0.5 X the baseline | % | < 0.5x baseline",
                "FAILING     |           | failing"
            })
    void shouldParseEveryFormAndRenderItCanonically(final String text, final String unit, final String canonical) {
        Condition condition = ConditionParser.parse("when", text, unit == null ? "" : unit);

        assertThat(condition.text()).isEqualTo(canonical);
        assertThat(ConditionParser.parse("when", canonical, condition.unit())).isEqualTo(condition);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "10%",
                "> ten",
                "=> 5",
                "> 5 % and",
                "> 10% and <= 5%",
                "drop > 20",
                "drop < 20%",
                "> 5 apples",
                "> 2x",
                "between 5 and 10"
            })
    void shouldRejectWhatIsNotACondition(final String text) {
        assertThatThrownBy(() -> ConditionParser.parse("when", text, "%"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'when'")
                .hasMessageContaining("'" + text + "'");
    }

    @Test
    void shouldNameTheSignalsUnitWhenASuffixDoesNotFit() {
        assertThatThrownBy(() -> ConditionParser.parse("when", "> 5s", "%"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("the signal's unit ('%')");
    }

    @Test
    void shouldCompareWithAbsoluteThresholds() {
        Condition above = ConditionParser.parse("when", "> 10%", "%");

        assertThat(above.evaluate(10.01, NO_BASELINE).isBreached()).isTrue();
        assertThat(above.evaluate(10, NO_BASELINE).isBreached()).isFalse();
        assertThat(above.evaluate(12.5, NO_BASELINE).reason()).isEqualTo("12.5% > 10%");
        assertThat(above.evaluate(3, NO_BASELINE).reason()).isEqualTo("3% is not > 10%");
        assertThat(above.needsBaseline()).isFalse();
        assertThat(ConditionParser.parse("when", ">= 10%", "%")
                        .evaluate(10, NO_BASELINE)
                        .isBreached())
                .isTrue();
        assertThat(ConditionParser.parse("when", "< 1", "")
                        .evaluate(0.5, NO_BASELINE)
                        .isBreached())
                .isTrue();
    }

    @Test
    void shouldCompareWithABandIncludingOnlyTheEndsItsOperatorsSay() {
        Condition band = ConditionParser.parse("when", "> 5% and <= 10%", "%");

        assertThat(band.evaluate(5, NO_BASELINE).isBreached()).isFalse();
        assertThat(band.evaluate(5.01, NO_BASELINE).isBreached()).isTrue();
        assertThat(band.evaluate(10, NO_BASELINE).isBreached()).isTrue();
        assertThat(band.evaluate(10.01, NO_BASELINE).reason()).isEqualTo("10.01% is outside > 5% and <= 10%");
    }

    @Test
    void shouldCompareRelativeDropsAndIncreasesWithTheBaseline() {
        Condition drop = ConditionParser.parse("when", "drop > 20%", "orders/min");

        assertThat(drop.needsBaseline()).isTrue();
        assertThat(drop.evaluate(150, OptionalDouble.of(200)).reason())
                .isEqualTo("dropped 25% from baseline 200 orders/min to 150 orders/min (drop > 20%)");
        assertThat(drop.evaluate(150, OptionalDouble.of(200)).isBreached()).isTrue();
        assertThat(drop.evaluate(160, OptionalDouble.of(200)).isBreached()).isFalse();
        assertThat(drop.evaluate(250, OptionalDouble.of(200)).isBreached()).isFalse();

        Condition increase = ConditionParser.parse("when", "increase > 50%", "s");
        assertThat(increase.evaluate(0.31, OptionalDouble.of(0.2)).isBreached()).isTrue();
        assertThat(increase.evaluate(0.29, OptionalDouble.of(0.2)).isBreached()).isFalse();
    }

    @Test
    void shouldCompareAbsoluteChangesInTheSignalsUnit() {
        Condition points = ConditionParser.parse("when", "increase > 5 points", "%");

        assertThat(points.evaluate(6.1, OptionalDouble.of(1)).isBreached()).isTrue();
        assertThat(points.evaluate(5.9, OptionalDouble.of(1)).isBreached()).isFalse();
        assertThat(points.evaluate(6.1, OptionalDouble.of(1)).reason())
                .isEqualTo("rose 5.1% from baseline 1% to 6.1% (increase > 5 points)");
    }

    @Test
    void shouldCompareRatiosWithTheBaseline() {
        Condition ratio = ConditionParser.parse("when", "> 2x baseline", "s");

        assertThat(ratio.evaluate(0.9, OptionalDouble.of(0.3)).reason())
                .isEqualTo("0.9s is 3x the baseline 0.3s (> 2x baseline)");
        assertThat(ratio.evaluate(0.6, OptionalDouble.of(0.3)).isBreached()).isFalse();
        assertThat(ConditionParser.parse("when", "< 0.5x baseline", "")
                        .evaluate(40, OptionalDouble.of(100))
                        .isBreached())
                .isTrue();
    }

    @Test
    void shouldCallComparisonsWithoutUsableBaselineUndefined() {
        assertThat(ConditionParser.parse("when", "drop > 20%", "").evaluate(1, NO_BASELINE))
                .isEqualTo(new ConditionResult(
                        ConditionResult.Status.UNDEFINED, "no baseline value was captured when watching started"));
        assertThat(ConditionParser.parse("when", "increase > 20%", "")
                        .evaluate(1, OptionalDouble.of(0))
                        .status())
                .isEqualTo(ConditionResult.Status.UNDEFINED);
        assertThat(ConditionParser.parse("when", "> 2x baseline", "")
                        .evaluate(1, OptionalDouble.of(0))
                        .reason())
                .contains("baseline is 0");
        assertThat(ConditionParser.parse("when", "increase > 2 points", "")
                        .evaluate(3, OptionalDouble.of(0))
                        .isBreached())
                .as("an absolute change needs no division")
                .isTrue();
    }

    @Test
    void shouldTreatZeroAsAFailingProbe() {
        Condition failing = ConditionParser.parse("when", "failing", "");

        assertThat(failing.evaluate(0, NO_BASELINE).isBreached()).isTrue();
        assertThat(failing.evaluate(1, NO_BASELINE).isBreached()).isFalse();
        assertThat(failing.evaluate(0.5, NO_BASELINE).reason()).isEqualTo("passing");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "> 10",
                "<= 10",
                "> 5 and <= 10",
                ">= 5 and < 10",
                "drop > 20%",
                "increase >= 5 points",
                "increase > 50%",
                "> 2x baseline",
                "<= 0.5x baseline",
                "failing"
            })
    void shouldTestWithoutWordsExactlyAsItEvaluatesWithWords(final String text) {
        Condition condition = ConditionParser.parse("when", text, "");
        double[] values = {-1, 0, 0.5, 1, 4.99, 5, 5.01, 7, 10, 10.01, 20, 100, 160, 200, 250};
        OptionalDouble[] baselines = {NO_BASELINE, OptionalDouble.of(0), OptionalDouble.of(5), OptionalDouble.of(200)};

        for (double value : values) {
            for (OptionalDouble baseline : baselines) {
                assertThat(condition.test(value, baseline))
                        .as("%s at %s with baseline %s", text, value, baseline)
                        .isEqualTo(condition.evaluate(value, baseline).status());
            }
        }
    }
}
