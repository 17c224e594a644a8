package dev.cxkit.server.internal;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The {@code ?name} of {@code POST /policy}: a plain file name, so that {@code ../../etc/passwd} or a
 * name with control, bidi or zero-width characters never becomes a policy source's name (issue 25 item
 * 11). Letters, digits, {@code .}, {@code _} and {@code -}, 1–100 of them, starting with a letter or a
 * digit.
 */
final class SourceNames {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private SourceNames() {
    }

    /**
     * The name if it is plain.
     *
     * @param name the parameter's value, or {@code null} when absent
     * @return the same name, or {@code null}
     * @throws HttpProblem 400 naming the field {@code name} otherwise
     */
    static @Nullable String check(@Nullable String name) {
        if (name == null || PLAIN.matcher(name).matches() && !name.contains("..")) {
            return name;
        }
        throw HttpProblem.invalid("name", "must be a plain file name (letters, digits, '.', '_' or '-', up to 100, "
                + "starting with a letter or digit, no '..'), such as authority.csv.");
    }
}
