package dev.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The masking of personal data. The generators draw the e-mail's local part from letters that never
 * occur in the fixed text of the {@code toString} output ({@code b j k q v w x y z}) after a first
 * character from {@code a c–i}, so that a
 * "contains" check cannot match the record's own field names by accident.
 */
class PersonalDataTest {

    @Property
    void toStringNeverShowsTheRawValues(@ForAll("names") String name, @ForAll("emails") String email,
            @ForAll("phones") String phone) {
        PersonalData data = new PersonalData(name, email, phone);
        Customer customer = new Customer(CustomerId.of("c-1"), Segment.VIP, null, Channel.EMAIL, data);
        String localPartAfterFirstChar = email.substring(1, email.indexOf('@'));

        for (String text : new String[] {data.toString(), customer.toString()}) {
            assertThat(text)
                    .doesNotContain(name)
                    .doesNotContain(email)
                    .doesNotContain(phone)
                    .doesNotContain(localPartAfterFirstChar)
                    .doesNotContain(email.substring(email.indexOf('@')));
        }
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> word = Combinators
                .combine(Arbitraries.chars().range('A', 'Z'),
                        Arbitraries.strings().withCharRange('a', 'z').withChars("éöñß").ofMinLength(1).ofMaxLength(10))
                .as((first, rest) -> first + rest);
        return Combinators.combine(word, word).as((first, last) -> first + " " + last);
    }

    @Provide
    Arbitrary<String> emails() {
        // The first character is shown by design; it is drawn apart from the rest so that it cannot
        // stand in for a one-character remainder.
        Arbitrary<Character> first = Arbitraries.of('a', 'c', 'd', 'e', 'f', 'g', 'h', 'i');
        Arbitrary<String> rest = Arbitraries.strings().withChars("bjkqvwxyz_").ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> domain = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> tld = Arbitraries.of("de", "com", "org", "info", "museum");
        return Combinators.combine(first, rest, domain, tld).as((f, r, d, t) -> f + r + "@" + d + "." + t);
    }

    @Provide
    Arbitrary<String> phones() {
        Arbitrary<String> group = Arbitraries.strings().numeric().ofMinLength(2).ofMaxLength(5);
        return Combinators.combine(Arbitraries.of("+", "", "00"), group, group, group, Arbitraries.of(" ", "-", "/"))
                .as((prefix, a, b, c, sep) -> prefix + a + sep + b + sep + c);
    }

    @Example
    void masksToFirstCharacterAndTopLevelDomain() {
        PersonalData data = new PersonalData(" Maria Schmidt", "maria.schmidt@example.de", "+49 170 1234567");

        assertThat(data).hasToString("PersonalData[name=M***, email=m***@***.de, phone=***67]");
    }

    @Example
    void shortPhoneNumbersShowNoDigits() {
        assertThat(PersonalData.maskPhone("112")).isEqualTo("***");
        assertThat(PersonalData.maskPhone("12-34-56")).isEqualTo("***");
    }

    @Example
    void longTopLevelDomainsAreHidden() {
        assertThat(PersonalData.maskEmail("a.b@example.verylongtld")).isEqualTo("a***@***");
    }

    @Example
    void singleCharacterValuesAreHiddenCompletely() {
        assertThat(PersonalData.maskName("Q")).isEqualTo("***");
        assertThat(PersonalData.maskEmail("q@example.org")).isEqualTo("***@***.org");
    }

    @Example
    void neverSplitsASurrogatePair() {
        // U+20BB7 is one character outside the BMP, two UTF-16 chars.
        assertThat(PersonalData.maskName("\uD842\uDFB7\u91CE")).isEqualTo("\uD842\uDFB7***");
        assertThat(PersonalData.maskName("\uD842\uDFB7")).isEqualTo("***");
    }

    @Example
    void valueWithoutAtSignShowsNoDomainPart() {
        // Not an address at all: the ".smith" must not be taken for a top-level domain.
        assertThat(PersonalData.maskEmail("john.smith")).isEqualTo("j***@***");
    }

    @Example
    void noneShowsDashes() {
        assertThat(PersonalData.NONE).hasToString("PersonalData[name=-, email=-, phone=-]");
    }

    @Example
    void rejectsBlankValues() {
        assertThatThrownBy(() -> new PersonalData(" ", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name must be null or non-blank");
        assertThatThrownBy(() -> new PersonalData(null, "", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("email");
    }
}
