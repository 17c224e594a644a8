package dev.cxkit.kpi.internal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Finds one of a fixed list of values by its id, as the command line names measures and groupings. */
public final class Named {

    private Named() {
    }

    /**
     * The value whose id equals {@code id}, ignoring case and surrounding blanks.
     *
     * @param <T> the value type
     * @param values the known values
     * @param idOf the id of a value
     * @param id what was asked for
     * @param what the kind, for the message, e.g. {@code measure}
     * @return the value
     * @throws IllegalArgumentException naming the known ids if there is no such value
     */
    public static <T> T find(List<T> values, Function<T, String> idOf, String id, String what) {
        Objects.requireNonNull(id, "id");
        String key = id.trim().toLowerCase(Locale.ROOT);
        for (T value : values) {
            if (idOf.apply(value).equals(key)) {
                return value;
            }
        }
        throw new IllegalArgumentException("Unknown " + what + " '" + id + "'; known: "
                + values.stream().map(idOf).collect(Collectors.joining(", ")) + ".");
    }
}
