package dev.cxkit.core;

import org.jspecify.annotations.Nullable;

/**
 * A customer's name, e-mail and phone, each optional. This is the only place cxkit holds personal
 * data, and {@link #toString()} never shows it: names become their first letter, e-mails keep only
 * their first letter and top-level domain, phones only their last two digits.
 *
 * @param name the customer's name, or {@code null}
 * @param email the customer's e-mail address, or {@code null}
 * @param phone the customer's phone number, or {@code null}
 */
public record PersonalData(@Nullable String name, @Nullable String email, @Nullable String phone) {

    /** No personal data at all. */
    public static final PersonalData NONE = new PersonalData(null, null, null);

    /** Rejects blank values: absent data is {@code null}, not empty. */
    public PersonalData {
        requireNonBlank(name, "name");
        requireNonBlank(email, "email");
        requireNonBlank(phone, "phone");
    }

    private static void requireNonBlank(@Nullable String value, String field) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException("The " + field + " must be null or non-blank.");
        }
    }

    /**
     * Masks a name: {@code "Jane Doe"} becomes {@code "J***"}. A name of a single character (code
     * point) becomes {@code "***"}, since showing its first character would show all of it.
     *
     * @param name the name
     * @return the masked name
     */
    public static String maskName(String name) {
        return firstCharacterUnlessWhole(name.strip()) + "***";
    }

    /**
     * Masks an e-mail: {@code "jane.doe@example.com"} becomes {@code "j***@***.com"}. The first
     * character of the local part is shown only if the local part is longer than one character; the
     * top-level domain (up to 7 characters) only if the value contains an {@code @}.
     *
     * @param email the address
     * @return the masked address
     */
    public static String maskEmail(String email) {
        String stripped = email.strip();
        int at = stripped.lastIndexOf('@');
        int dot = stripped.lastIndexOf('.');
        String tld = at >= 0 && dot > at && stripped.length() - dot <= 8 ? stripped.substring(dot) : "";
        return firstCharacterUnlessWhole(at >= 0 ? stripped.substring(0, at) : stripped) + "***@***" + tld;
    }

    /** The first code point of {@code text}, or nothing if that would be all of it. */
    private static String firstCharacterUnlessWhole(String text) {
        if (text.codePointCount(0, text.length()) <= 1) {
            return "";
        }
        return new String(Character.toChars(text.codePointAt(0)));
    }

    /**
     * Masks a phone number: {@code "+49 30 1234567"} becomes {@code "***67"}.
     *
     * @param phone the number
     * @return the masked number
     */
    public static String maskPhone(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        return "***" + (digits.length() > 6 ? digits.substring(digits.length() - 2) : "");
    }

    /** Shows only masked values, so logs and exception messages never carry personal data. */
    @Override
    public String toString() {
        return "PersonalData[name=" + (name == null ? "-" : maskName(name))
                + ", email=" + (email == null ? "-" : maskEmail(email))
                + ", phone=" + (phone == null ? "-" : maskPhone(phone)) + "]";
    }
}
