package dev.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link PersonalData#maskContactDetails(String)}: e-mails and phones inside free text. */
class PersonalDataInTextTest {

    @Test
    void masksThePhoneAndTheEmailOfTheIssueExample() {
        // The cue text of issue 25, item 10.
        String cue = "Jane Doe is furious, call +44 20 7946 0958";

        assertThat(PersonalData.maskContactDetails(cue)).isEqualTo("Jane Doe is furious, call ***58");
        assertThat(PersonalData.maskContactDetails("unknown column 'jane.doe@example.com' ignored"))
                .isEqualTo("unknown column 'j***@***.com' ignored");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+44 20 7946 0958", "+1-202-555-0143", "(030) 1234567", "030 1234 567", "02079460958",
        "0049 30 1234567", "+491701234567", "555-0143-22", "tel:+33142685300"})
    void masksPhoneNumbersInTheirUsualShapes(String phone) {
        String masked = PersonalData.maskContactDetails("call " + phone + " today");

        assertThat(masked).startsWith("call ").endsWith(" today").contains("***");
        assertThat(masked.replaceAll("[^0-9]", "")).hasSizeLessThanOrEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"i-00000001", "c-0070809", "2026-03-02T09:00:00Z", "2026-03-02 09:00:00", "300000000",
        "1048576", "expected 14 columns as in the header, got 15", "PT5M", "1234567.5", "12.03.2026",
        "duplicate id 'i-7', first seen at line 3", "a-012345678901",
        // Numbers quoted in reject messages (issue 25 item 8): in parentheses, or followed by a unit.
        "the hold (1234567.36 s) is longer", "talk (300000000 s) and hold (0 s)", "(1234567 s)",
        "line is 10485760 bytes; the limit is 1048576 (maxLineBytes)"})
    void leavesIdsInstantsAndPlainNumbersAlone(String text) {
        assertThat(PersonalData.maskContactDetails(text)).isSameAs(text);
        assertThat(PersonalData.containsContactDetails(text)).isFalse();
    }

    @Test
    void masksEveryOccurrenceAndKeepsTheRest() {
        String text = "a@b.de, then x.y@z.org. Call 0171 2345678 or +49 30 1234567!";

        assertThat(PersonalData.maskContactDetails(text)).isEqualTo("***@***.de, then x***@***.org. Call ***78 or ***67!");
    }

    @Property
    void neverLeavesAGeneratedEmailOrPhone(@ForAll("texts") String text) {
        String masked = PersonalData.maskContactDetails(text);

        assertThat(masked).doesNotContainPattern("[a-z]{2,}@[a-z]+\\.[a-z]+");
        assertThat(masked).doesNotContainPattern("\\+\\d[\\d ]{6,}");
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> email = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(8)
                .map(s -> s + "@" + s + ".com");
        Arbitrary<String> phone = Arbitraries.longs().between(1_000_000L, 99_999_999_999L).map(n -> "+" + n);
        Arbitrary<String> spaced = Arbitraries.longs().between(1_000_000L, 9_999_999L).map(n -> "+44 20 " + n);
        return Arbitraries.oneOf(word, email, phone, spaced).list().ofMaxSize(8)
                .map(parts -> String.join(" ", parts));
    }
}
