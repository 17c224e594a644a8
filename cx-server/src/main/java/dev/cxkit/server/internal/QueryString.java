package dev.cxkit.server.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Reads a URL query string strictly: every name must be known and appear once, so that a misspelt or
 * repeated parameter is a 400 rather than a silently different answer. Stateless.
 */
final class QueryString {

    private QueryString() {
    }

    /**
     * Decodes the parameters of a raw query.
     *
     * @param rawQuery the URI's raw query, or {@code null} for none
     * @param known the parameter names the endpoint accepts
     * @return the decoded values by name, in query order; a name without {@code =} has the value ""
     * @throws HttpProblem 400 for bad URL encoding, an unknown name or a repeated one
     */
    static Map<String, String> parse(@Nullable String rawQuery, List<String> known) {
        Map<String, String> values = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return values;
        }
        for (String pair : rawQuery.split("&", -1)) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), null);
            if (!known.contains(name)) {
                throw HttpProblem.invalid(HttpProblem.abbreviate(name), "unknown query parameter. Known parameters: "
                        + String.join(", ", known) + ".");
            }
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), name);
            if (values.putIfAbsent(name, value) != null) {
                throw HttpProblem.invalid(name, "given more than once; give it once.");
            }
        }
        return values;
    }

    private static String decode(String text, @Nullable String name) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.invalid(name, (name == null ? "The" : "the") + " query string is not well-formed URL "
                    + "encoding.\nMaybe encode % as %25?");
        }
    }
}
