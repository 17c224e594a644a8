package dev.cxkit.audit.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import dev.cxkit.audit.AuditThresholds;
import dev.cxkit.core.io.SettingsFileException;
import org.junit.jupiter.api.Test;

class QaRubricTest {

    @Test
    void defaultRubricHasOneCriterionPerCheckWorthOneHundredPoints() {
        QaRubric rubric = QaRubric.defaults();
        assertThat(rubric.criteria()).extracting(QaCriterion::check).containsExactlyInAnyOrder(QaCheck.values());
        assertThat(rubric.totalPoints()).isEqualTo(100);
        assertThat(rubric.criteria()).filteredOn(QaCriterion::autoFail).extracting(QaCriterion::id)
                .containsExactly("within-authority");
    }

    @Test
    void docsShowTheDefaultRubricLineForLine() throws java.io.IOException {
        String docs = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "qa-rubric.md"));
        String block = docs.substring(docs.indexOf("### Default rubric"));
        block = block.substring(block.indexOf("```\n") + 4);
        block = block.substring(0, block.indexOf("```"));
        assertThat(QaRubric.parse(block, "docs/qa-rubric.md")).isEqualTo(QaRubric.defaults());
    }

    @Test
    void fileTextReadsBackToAnEqualRubric() {
        QaRubric rubric = QaRubric.parse("""
                # comment
                reply, 20, auto-fail, first-reply-in-target, chat=30s; email=8h

                held,  5, -, stated-hold-kept, margin=PT10S
                """, "r.csv");
        assertThat(rubric.criteria().get(0).parameters()).containsEntry("chat", Duration.ofSeconds(30))
                .containsEntry("email", Duration.ofHours(8));
        assertThat(QaRubric.parse(rubric.toFileText(), "again.csv")).isEqualTo(rubric);
        AuditThresholds thresholds = rubric.thresholds(AuditThresholds.ofDefaults());
        assertThat(thresholds.chatFirstReply()).isEqualTo(Duration.ofSeconds(30));
        assertThat(thresholds.emailFirstReply()).isEqualTo(Duration.ofHours(8));
        assertThat(thresholds.holdOverStatedMargin()).isEqualTo(Duration.ofSeconds(10));
        assertThat(thresholds.phoneAnswer()).isEqualTo(AuditThresholds.ofDefaults().phoneAnswer());
    }

    @Test
    void unknownCheckListsTheAllowedOnesAndTheNearest() {
        assertThatThrownBy(() -> QaRubric.parse("a, 10, -, hold-explaned\n", "my-rubric.csv"))
                .isInstanceOf(SettingsFileException.class)
                .hasMessageStartingWith("my-rubric.csv:1: unknown check 'hold-explaned'; the checks are hold-explained, "
                        + "stated-hold-kept, emotion-acknowledged, warm-transfer-with-summary, promise-kept, "
                        + "first-reply-in-target, resolved-first-contact, within-authority.")
                .hasMessageEndingWith("Maybe hold-explained?");
    }

    @Test
    void badPointsNameTheLineAndValue() {
        assertThatThrownBy(() -> QaRubric.parse("# x\na, ten, -, hold-explained\n", "r.csv"))
                .hasMessage("r.csv:2: points 'ten' is not a whole number.\nMaybe 10?");
        assertThatThrownBy(() -> QaRubric.parse("a, 0, -, hold-explained\n", "r.csv"))
                .hasMessageStartingWith("r.csv:1: the points (0) of criterion a must be 1 to 100.");
    }

    @Test
    void badAutoFailFieldSuggestsTheSpelling() {
        assertThatThrownBy(() -> QaRubric.parse("a, 10, yes, hold-explained\n", "r.csv"))
                .hasMessage("r.csv:1: the auto-fail field 'yes' is neither auto-fail nor -.\nMaybe auto-fail?");
    }

    @Test
    void wrongFieldCountShowsTheShape() {
        assertThatThrownBy(() -> QaRubric.parse("a, 10, hold-explained\n", "r.csv"))
                .hasMessageStartingWith("r.csv:1: a criterion has 4 or 5 comma-separated fields, this line has 3.");
    }

    @Test
    void parameterErrorsNameTheCheckAndWhatItTakes() {
        assertThatThrownBy(() -> QaRubric.parse("a, 10, -, hold-explained, margin=30s\n", "r.csv"))
                .hasMessage("r.csv:1: the check hold-explained takes no parameter 'margin'.\nMaybe leave the field empty?");
        assertThatThrownBy(() -> QaRubric.parse("a, 10, -, first-reply-in-target, chta=30s\n", "r.csv"))
                .hasMessage("r.csv:1: the check first-reply-in-target takes no parameter 'chta'; it takes chat, email, "
                        + "messaging, phone.\nMaybe chat?");
        assertThatThrownBy(() -> QaRubric.parse("a, 10, -, first-reply-in-target, chat=soon\n", "r.csv"))
                .isInstanceOf(SettingsFileException.class).hasMessageStartingWith("r.csv:1: chat = soon is not a duration.");
    }

    @Test
    void repeatedIdOrCheckIsAnError() {
        assertThatThrownBy(() -> QaRubric.parse("a, 10, -, hold-explained\na, 5, -, promise-kept\n", "r.csv"))
                .hasMessageStartingWith("r.csv:2: the criterion id a is already used on line 1.");
        assertThatThrownBy(() -> QaRubric.parse("a, 10, -, hold-explained\nb, 5, -, hold-explained\n", "r.csv"))
                .hasMessageStartingWith("r.csv:2: the check hold-explained is already used on line 1;");
    }

    @Test
    void emptyRubricIsAnError() {
        assertThatThrownBy(() -> QaRubric.parse("# nothing\n", "r.csv")).hasMessageStartingWith("r.csv: no criterion.");
    }
}
