package dev.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Personal data stays where it is masked. {@link PersonalDataTest} proves the masking of one value;
 * this class checks the ways a value travels into logs: inside collections and other records, whose
 * {@code toString} calls the masked one, and into new record types, which must not add a raw
 * name, e-mail or phone next to {@link PersonalData}.
 */
class PersonalDataLeakTest {

    /** Component names that hold a person's name, e-mail, phone or address. */
    private static final Pattern PERSONAL = Pattern.compile(
            "(?i).*(e-?mail|phone|mobile|address|first_?name|last_?name|full_?name|surname|person_?name|customer_?name).*");

    /** Someone holding a customer, the way a user's own type or a log statement would. */
    private record Ticket(String subject, Customer customer) {
    }

    @Property(tries = 200)
    void noContainerShowsTheRawPersonalData(@ForAll("people") PersonalData data) {
        Customer customer = new Customer(CustomerId.of("c-1"), Segment.VIP, null, Channel.EMAIL, data);
        List<String> texts = List.of(data.toString(), customer.toString(), List.of(customer).toString(),
                Map.of(customer.id(), customer).toString(), Optional.of(customer).toString(),
                new Ticket("refund", customer).toString());

        // The name's surname, the e-mail's local part after its first letter and domain, and the phone's
        // first digits are what masking removes; PersonalDataTest pins the exact masked form.
        String surname = data.name().substring(data.name().indexOf(' ') + 1);
        String email = data.email();
        String localRest = email.substring(1, email.indexOf('@'));
        String domain = email.substring(email.indexOf('@') + 1, email.lastIndexOf('.'));
        String phoneStart = data.phone().substring(0, 6);
        assertThat(texts).allSatisfy(text -> assertThat(text)
                .doesNotContain(data.name()).doesNotContain(surname)
                .doesNotContain(email).doesNotContain(localRest).doesNotContain(domain)
                .doesNotContain(data.phone()).doesNotContain(phoneStart));
    }

    @Provide
    Arbitrary<PersonalData> people() {
        // Surnames and domains are 6+ letters from q-z, local parts 4+ letters from q-z, so that none can
        // occur by chance in the fixed text ("PersonalData[name=", "Customer[id=c-1, segment=VIP" ...).
        Arbitrary<String> word = Arbitraries.strings().withCharRange('q', 'z').ofMinLength(6).ofMaxLength(12);
        Arbitrary<String> local = Arbitraries.strings().withCharRange('q', 'z').ofMinLength(4).ofMaxLength(12);
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofLength(9);
        return Combinators.combine(word, word, local, word, digits).as((first, last, loc, dom, d) ->
                new PersonalData("M" + first + " " + last, "a" + loc + "@" + dom + ".de", "+49 " + d));
    }

    @Example
    void noRecordButPersonalDataHasANameEmailOrPhoneComponent() {
        List<String> personal = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.cxkit.core")) {
            Class<?> record = type.reflect();
            if (!record.isRecord() || record == PersonalData.class) {
                continue;
            }
            for (RecordComponent component : record.getRecordComponents()) {
                if (component.getType() == String.class && PERSONAL.matcher(component.getName()).matches()) {
                    personal.add(record.getSimpleName() + "." + component.getName());
                }
            }
        }
        assertThat(personal).as("personal data outside PersonalData (masked in toString)").isEmpty();
    }

    @Example
    void theGuardRecognisesPersonalComponentNames() {
        // The guard above only protects if its pattern matches the names a developer would use.
        assertThat(List.of("email", "eMail", "phone", "mobileNumber", "postalAddress", "firstName", "last_name",
                "customerName", "surname")).allMatch(name -> PERSONAL.matcher(name).matches());
        assertThat(List.of("name", "segment", "cue", "reason", "id")).noneMatch(name -> PERSONAL.matcher(name).matches());
    }
}
