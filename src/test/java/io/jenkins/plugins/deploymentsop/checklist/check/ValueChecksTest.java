package io.jenkins.plugins.deploymentsop.checklist.check;

import static io.jenkins.plugins.deploymentsop.checklist.check.TestItems.check;
import static io.jenkins.plugins.deploymentsop.checklist.check.TestItems.context;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploymentsop.checklist.CheckOutcome;
import io.jenkins.plugins.deploymentsop.checklist.ItemStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Review scores and feature-flag defaults: a single value read from a JSON, YAML or properties file. */
class ValueChecksTest {
    @TempDir
    private Path workspace;

    @Test
    void shouldCompareAReviewScoreWithItsMinimum() throws Exception {
        Files.createDirectories(workspace.resolve("build/review"));
        Files.writeString(
                workspace.resolve("build/review/summary.json"),
                "{\"review\": {\"score\": 92, \"reviewers\": [\"alice\", \"bob\"]}}");

        CheckOutcome passed = check("type: reviewScore\nfile: build/review/summary.json\npointer: /review/score")
                .evaluate(context(workspace).build());
        assertThat(passed.status()).isEqualTo(ItemStatus.PASSED);
        assertThat(passed.evidence())
                .isEqualTo("Review score 92 of 100 >= minimum 90 (build/review/summary.json /review/score)");

        CheckOutcome failed = check(
                        "type: reviewScore\nfile: build/review/summary.json\npointer: /review/score\n" + "minimum: 95")
                .evaluate(context(workspace).build());
        assertThat(failed.status()).isEqualTo(ItemStatus.FAILED);
        assertThat(failed.evidence()).startsWith("Review score 92 of 100 < minimum 95");
    }

    @Test
    void shouldReadScoresFromPropertiesAndRefuseScoresOutsideTheScale() throws Exception {
        Files.writeString(workspace.resolve("review.properties"), "# from the review bot\nreview.score=4.5\n");

        CheckOutcome fiveStars = check(
                        "type: reviewScore\nfile: review.properties\nkey: review.score\n" + "minimum: 4\nmaximum: 5")
                .evaluate(context(workspace).build());
        assertThat(fiveStars.status()).isEqualTo(ItemStatus.PASSED);
        assertThat(fiveStars.evidence()).startsWith("Review score 4.5 of 5 >= minimum 4");

        CheckOutcome wrongScale = check(
                        "type: reviewScore\nfile: review.properties\nkey: review.score\n" + "minimum: 0.9\nmaximum: 1")
                .evaluate(context(workspace).build());
        assertThat(wrongScale.status()).isEqualTo(ItemStatus.ERROR);
        assertThat(wrongScale.evidence()).contains("outside 0..1: wrong file or scale?");
    }

    @Test
    void shouldNameTheFileAndPlaceOfMissingOrBadValues() throws Exception {
        Files.writeString(workspace.resolve("score.json"), "{\"score\": \"excellent\", \"list\": [1]}");
        Files.writeString(workspace.resolve("broken.json"), "{\"score\": 9");

        assertThat(evaluate("type: reviewScore\nfile: missing.json\npointer: /score")
                        .evidence())
                .isEqualTo("File not found: missing.json");
        assertThat(evaluate("type: reviewScore\nfile: score.json\npointer: /total")
                        .evidence())
                .isEqualTo("Nothing at /total in score.json");
        assertThat(evaluate("type: reviewScore\nfile: score.json\npointer: /score")
                        .evidence())
                .isEqualTo("score.json /score is 'excellent', not a number");
        assertThat(evaluate("type: reviewScore\nfile: score.json\npointer: /list")
                        .evidence())
                .isEqualTo("/list in score.json is a list, not a single value");
        assertThat(evaluate("type: reviewScore\nfile: broken.json\npointer: /score")
                        .evidence())
                .startsWith("broken.json line 1, column ")
                .contains("is not well-formed");
        assertThat(evaluate("type: reviewScore\nfile: ../../etc/passwd\nkey: root")
                        .evidence())
                .contains("must stay inside the workspace");
        assertThat(TestItems.problem("type: reviewScore\nfile: score.json")).contains("give exactly one of 'pointer'");
        assertThat(TestItems.problem("type: reviewScore\nfile: score.json\npointer: /s\nminimum: 120"))
                .contains("'minimum' (120) and 'maximum' (100) need 0 <= minimum <= maximum");
    }

    @Test
    void shouldRequireTheFlagToDefaultToOff() throws Exception {
        Files.writeString(
                workspace.resolve("feature-flags.yaml"),
                "flags:\n  new-checkout:\n    default: false\n  one-click-buy:\n    default: on\n"
                        + "  dark-mode:\n    default: maybe\n");
        Files.writeString(workspace.resolve("flags.properties"), "feature.newCheckout.enabled=disabled\n");

        assertThat(evaluate("type: flagOff\nfile: feature-flags.yaml\npointer: /flags/new-checkout/default"))
                .hasToString("PASSED: Flag defaults to off: feature-flags.yaml /flags/new-checkout/default = false");
        assertThat(evaluate("type: flagOff\nfile: flags.properties\nkey: feature.newCheckout.enabled")
                        .status())
                .isEqualTo(ItemStatus.PASSED);
        CheckOutcome on = evaluate("type: flagOff\nfile: feature-flags.yaml\npointer: /flags/one-click-buy/default");
        assertThat(on.status()).isEqualTo(ItemStatus.FAILED);
        assertThat(on.evidence()).contains("Flag defaults to ON");
        assertThat(evaluate("type: flagOff\nfile: feature-flags.yaml\npointer: /flags/dark-mode/default"))
                .hasToString("ERROR: feature-flags.yaml /flags/dark-mode/default is 'maybe': not an on/off value"
                        + " (off: false, off, disabled, no, 0)");
    }

    private CheckOutcome evaluate(final String fields) {
        return check(fields).evaluate(context(workspace).build());
    }
}
