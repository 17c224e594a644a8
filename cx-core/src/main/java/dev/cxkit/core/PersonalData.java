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

    /**
     * Masks every e-mail address and phone number found inside free text, leaving the rest as it
     * is: {@code "Jane is furious, call +44 20 7946 0958 or jane.doe@example.com"} becomes
     * {@code "Jane is furious, call ***58 or j***@***.com"}. Use it for any text that came from
     * outside and is about to be logged, put in a message or shown as evidence: reject messages,
     * import warnings, emotional-cue texts, feedback themes.
     *
     * <p>What counts (see {@link #containsContactDetails(String)}):
     * <ul>
     *   <li>an e-mail: one or more characters other than white space, quotes, brackets and
     *       {@code ,;:} on both sides of an {@code @}; masked by {@link #maskEmail(String)};</li>
     *   <li>a phone number: 7 to 15 digits, standing as a word of their own (not glued to letters,
     *       as in the id {@code c-0070809}), that either start with {@code +}, or are split by
     *       spaces, {@code -}, {@code .}, {@code /} or parentheses (a date such as {@code 2026-03-02}
     *       and a decimal number such as {@code 1234567.5} excepted), or are 10 or more digits
     *       starting with {@code 0}; masked by {@link #maskPhone(String)}.</li>
     * </ul>
     * A plain number without separators such as {@code 300000000} is not taken for a phone, so that
     * messages about durations and counts stay readable. Names in free text cannot be told from
     * other words and are not masked: do not put names into ids, reasons, cues or themes.
     *
     * <p>Linear in the length of the text; text without an {@code @} and with fewer than 7 digits
     * is returned as it is without any copying. Thread-safe.
     *
     * @param text any text
     * @return the text with e-mail addresses and phone numbers masked
     */
    public static String maskContactDetails(String text) {
        if (!mayContainContactDetails(text)) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int end = emailEnd(text, i);
            String masked = null;
            if (end > i) {
                masked = maskEmail(text.substring(i, end));
            } else {
                end = phoneEnd(text, i);
                if (end > i) {
                    masked = maskPhone(text.substring(i, end));
                }
            }
            if (masked == null) {
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n);
            }
            out.append(text, copied, i).append(masked);
            copied = end;
            i = end;
        }
        return out == null ? text : out.append(text, copied, n).toString();
    }

    /**
     * Whether free text holds something {@link #maskContactDetails(String)} would mask.
     *
     * @param text any text
     * @return {@code true} if it contains an e-mail address or a phone number
     */
    public static boolean containsContactDetails(String text) {
        return !maskContactDetails(text).equals(text);
    }

    /** A cheap test that rules out most text: no '@' and fewer than 7 digits cannot hold either. */
    private static boolean mayContainContactDetails(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '@') {
                return true;
            }
            if (c >= '0' && c <= '9' && ++digits >= 7) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEmailStop(char c) {
        return Character.isWhitespace(c) || c == '@' || c == '"' || c == '\'' || c == '<' || c == '>' || c == '('
                || c == ')' || c == '[' || c == ']' || c == ',' || c == ';' || c == ':';
    }

    /** If an e-mail starts at {@code from} (at a word start), its end; else {@code from}. */
    private static int emailEnd(String text, int from) {
        if (from > 0 && !isEmailStop(text.charAt(from - 1))) {
            return from;
        }
        int i = from;
        while (i < text.length() && !isEmailStop(text.charAt(i))) {
            i++;
        }
        if (i == from || i >= text.length() || text.charAt(i) != '@') {
            return from;
        }
        int domainStart = ++i;
        while (i < text.length() && !isEmailStop(text.charAt(i))) {
            i++;
        }
        if (i == domainStart) {
            return from;
        }
        // A sentence's full stop after the address is not part of it.
        while (i > domainStart + 1 && text.charAt(i - 1) == '.') {
            i--;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isPhoneSeparator(char c) {
        return c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')';
    }

    /** If a phone number starts at {@code from} (at a word start), its end; else {@code from}. */
    private static int phoneEnd(String text, int from) {
        int n = text.length();
        char first = text.charAt(from);
        if (first != '+' && first != '(' && !isDigit(first)) {
            return from;
        }
        if (from > 0) {
            char before = text.charAt(from - 1);
            if (Character.isLetterOrDigit(before) || before == '_' || before == '+' || before == '-'
                    || before == '.' || before == '/' || before == '@' || before == '(') {
                return from;
            }
        }
        boolean plus = first == '+';
        int i = plus ? from + 1 : from;
        int digits = 0;
        int separators = 0;
        int dots = 0;
        int lastDigitEnd = -1;
        int separatorRun = 0;
        // A '(' before the digits separates only if it closes, as in "(020) 7946 0958"; a number in
        // parentheses such as "(1234567.5 s)" in a message is not a phone number.
        boolean leadingParen = false;
        boolean parenClosed = false;
        while (i < n) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                digits++;
                // Only separators between digits count, not those after the last one ("1234567 s").
                if (separatorRun > 0 && lastDigitEnd > 0) {
                    separators++;
                }
                separatorRun = 0;
                lastDigitEnd = i + 1;
            } else if (isPhoneSeparator(c) && separatorRun < 2) {
                separatorRun++;
                if (c == '.') {
                    dots++;
                }
                if (c == '(' && lastDigitEnd < 0) {
                    leadingParen = true;
                } else if (c == ')' && leadingParen && lastDigitEnd > 0) {
                    parenClosed = true;
                }
            } else {
                break;
            }
            i++;
        }
        if (leadingParen && parenClosed) {
            separators++;
        }
        if (dots > 0 && separators == 0) {
            dots = 0;
        }
        if (lastDigitEnd < 0 || digits < 7 || digits > 15) {
            return from;
        }
        int end = lastDigitEnd;
        if (end < n && text.charAt(end) == ')') {
            end++;
        }
        // Glued to a letter or another word character after it: part of an id, not a number.
        if (end < n) {
            char after = text.charAt(end);
            if (Character.isLetterOrDigit(after) || after == '_' || after == '@' || after == '-'
                    || after == '/' || after == '+') {
                return from;
            }
        }
        if (plus) {
            return end;
        }
        String candidate = text.substring(leadingParen ? from + 1 : from, lastDigitEnd).strip();
        if (separators > 0) {
            if (candidate.matches("\\d{4}[-/.]\\d{2}[-/.]\\d{2}.*|\\d{2}[-/.]\\d{2}[-/.]\\d{4}.*")) {
                return from;
            }
            if (dots == 1 && candidate.matches("\\d+\\.\\d+")) {
                return from;
            }
            return end;
        }
        return digits >= 10 && candidate.charAt(0) == '0' ? end : from;
    }

    /** Shows only masked values, so logs and exception messages never carry personal data. */
    @Override
    public String toString() {
        return "PersonalData[name=" + (name == null ? "-" : maskName(name))
                + ", email=" + (email == null ? "-" : maskEmail(email))
                + ", phone=" + (phone == null ? "-" : maskPhone(phone)) + "]";
    }
}
