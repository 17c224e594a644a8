package dev.cxkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cxkit.core.Channel;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

/** Issue 25 item 11: text cells that a spreadsheet would run as a formula are written as text. */
class FormulaEscapingTest {

    @Test
    void putsAnApostropheBeforeEveryFormulaStart() {
        assertThat(FormulaEscaping.escape("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(FormulaEscaping.escape("+1")).isEqualTo("'+1");
        assertThat(FormulaEscaping.escape("-2+3")).isEqualTo("'-2+3");
        assertThat(FormulaEscaping.escape("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(FormulaEscaping.escape("\tx")).isEqualTo("'\tx");
        assertThat(FormulaEscaping.escape("'=x")).isEqualTo("''=x");
    }

    @Test
    void leavesOrdinaryTextAlone() {
        assertThat(FormulaEscaping.escape("c-1")).isEqualTo("c-1");
        assertThat(FormulaEscaping.escape("'quoted'")).isEqualTo("'quoted'");
        assertThat(FormulaEscaping.escape("")).isEmpty();
        assertThat(FormulaEscaping.escape(null)).isNull();
        assertThat(FormulaEscaping.unescape("'quoted'")).isEqualTo("'quoted'");
        assertThat(FormulaEscaping.unescape("'")).isEqualTo("'");
    }

    @Property
    void unescapeUndoesEscape(@ForAll @Chars({'=', '+', '-', '@', '\'', '\t', '\r', 'a', ' '})
            @CharRange(from = '0', to = '9') String text) {
        assertThat(FormulaEscaping.unescape(FormulaEscaping.escape(text))).isEqualTo(text);
    }

    @Test
    void idsStartingWithAFormulaCharacterSurviveACsvRoundTrip() {
        Instant at = Instant.parse("2026-03-02T09:00:00Z");
        Interaction original = Interaction.builder(InteractionId.of("=1+2"), CustomerId.of("@cmd"), Channel.PHONE)
                .queuedAt(at).answeredAt(at).endedAt(at.plusSeconds(60)).build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InteractionWriter writer = InteractionWriter.csv(bytes)) {
            writer.write(original);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        List<Interaction> read = new ArrayList<>();

        InteractionReader.csv(ImportOptions.ofDefaults())
                .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "out.csv", read::add);

        assertThat(text.lines().skip(1).findFirst().orElseThrow()).startsWith("'=1+2,'@cmd,");
        assertThat(read).singleElement().satisfies(i -> {
            assertThat(i.id().value()).isEqualTo("=1+2");
            assertThat(i.customerId().value()).isEqualTo("@cmd");
        });
    }
}
