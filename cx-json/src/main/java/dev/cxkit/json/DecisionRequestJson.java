package dev.cxkit.json;

import java.io.IOException;
import java.time.Instant;
import java.time.InstantSource;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.cxkit.core.Action;
import dev.cxkit.core.AgentId;
import dev.cxkit.core.Amount;
import dev.cxkit.core.Channel;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.InstantBounds;
import dev.cxkit.core.Money;
import dev.cxkit.core.Percent;
import dev.cxkit.core.Segment;
import dev.cxkit.core.Tier;
import dev.cxkit.rules.DecisionRequest;
import org.jspecify.annotations.Nullable;

/**
 * Reads the JSON of a decision request (the body of the HTTP service's {@code POST /decisions}) into
 * a {@link DecisionRequest}. Strict: one JSON object, no unknown or duplicate fields, amounts as
 * decimal text (never through a {@code double}); every problem is a {@link JsonShapeException} that
 * names the field. Stateless and thread-safe.
 *
 * <p>Fields: {@code requestId}, {@code agentId}, {@code agentTier}, {@code action}, {@code amount}
 * (decimal text or number; a percent for percent actions), {@code currency} (ISO 4217, required for
 * money), {@code customerId}, {@code segment} (default {@code STANDARD}), {@code channel} (default
 * {@code PHONE}), {@code grantedToCustomer}, {@code grantedByAgent}, {@code at} (ISO-8601 instant; default
 * the clock's instant) and {@code flags} (an object of booleans). See docs/formats.md.
 */
public final class DecisionRequestJson {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final List<String> FIELDS = List.of("requestId", "agentId", "agentTier", "action", "amount",
            "currency", "customerId", "segment", "channel", "grantedToCustomer", "grantedByAgent", "at", "flags");

    private DecisionRequestJson() {
    }

    /**
     * Parses a request.
     *
     * @param body the UTF-8 JSON body
     * @param clock gives {@code at} when the body has none
     * @return the request
     * @throws JsonShapeException naming the field at fault
     */
    public static DecisionRequest parse(byte[] body, InstantSource clock) {
        Map<String, String> values = new HashMap<>();
        Map<String, Boolean> flags = new LinkedHashMap<>();
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw JsonShapeException.malformed("Expected one JSON object with the decision request's fields, such as "
                        + "{\"agentId\":\"a-1\",\"agentTier\":\"T1\",\"action\":\"REFUND\",\"amount\":\"120.00\","
                        + "\"currency\":\"EUR\",\"customerId\":\"c-1\"}.");
            }
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!FIELDS.contains(field)) {
                    throw JsonShapeException.invalid(field, "unknown field. Known fields: " + String.join(", ", FIELDS)
                            + ".");
                }
                if (field.equals("flags")) {
                    readFlags(parser, value, flags);
                } else {
                    String text = scalar(parser, value, field);
                    if (text != null) {
                        values.put(field, text);
                    }
                }
            }
            if (parser.nextToken() != null) {
                throw JsonShapeException.malformed("Unexpected content after the JSON object" + at(parser.currentLocation())
                        + ".");
            }
        } catch (JsonProcessingException e) {
            throw JsonShapeException.malformed(e.getOriginalMessage() + at(e.getLocation()) + ".");
        } catch (IOException e) {
            throw JsonShapeException.malformed("Unreadable JSON: " + e.getClass().getSimpleName() + ".");
        }
        return build(values, flags, clock);
    }

    private static @Nullable String scalar(JsonParser parser, JsonToken token, String field) throws IOException {
        return switch (token) {
            case VALUE_NULL -> null;
            case VALUE_STRING -> parser.getText();
            // The number's own text, so that 120.10 stays 120.10 and never passes through a double.
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getText();
            default -> throw JsonShapeException.invalid(field, "expected a string or a number, found "
                    + describe(token) + ".");
        };
    }

    private static void readFlags(JsonParser parser, JsonToken token, Map<String, Boolean> flags) throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            return;
        }
        if (token != JsonToken.START_OBJECT) {
            throw JsonShapeException.invalid("flags", "expected an object of booleans such as {\"hasOpenComplaint\":true}, "
                    + "found " + describe(token) + ".");
        }
        for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
                throw JsonShapeException.invalid("flags." + name, "expected true or false, found " + describe(value) + ".");
            }
            flags.put(name, value == JsonToken.VALUE_TRUE);
        }
    }

    private static DecisionRequest build(Map<String, String> values, Map<String, Boolean> flags, InstantSource clock) {
        Action action = convert(values, "action", Action::parse);
        Amount amount = convert(values, "amount", text -> {
            String currency = values.get("currency");
            if (action.isPercent() || text.trim().endsWith("%")) {
                return Percent.parse(text.trim());
            }
            if (currency == null) {
                throw JsonShapeException.invalid("currency", "required for a money amount (" + JsonShapeException.abbreviate(text)
                        + "). Expected an ISO 4217 code such as EUR.");
            }
            return Money.of(text, currency);
        });
        DecisionRequest.Builder builder = DecisionRequest.builder()
                .requestId(values.get("requestId"))
                .agent(convert(values, "agentId", AgentId::of), convert(values, "agentTier", Tier::parse))
                .action(action, amount)
                .customer(convert(values, "customerId", CustomerId::of),
                        values.containsKey("segment") ? convert(values, "segment", Segment::of) : Segment.STANDARD)
                .channel(values.containsKey("channel") ? convert(values, "channel", Channel::parse) : Channel.PHONE)
                .at(values.containsKey("at") ? convert(values, "at", DecisionRequestJson::instant) : clock.instant())
                .grantedToCustomer(granted(values, "grantedToCustomer", amount))
                .grantedByAgent(granted(values, "grantedByAgent", amount));
        for (Map.Entry<String, Boolean> flag : flags.entrySet()) {
            builder.flag(flag.getKey(), flag.getValue());
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException | NullPointerException e) {
            // Cross-field rules of the record (currency agreement, percent actions, flag names); the message names the field.
            throw JsonShapeException.invalid(null, String.valueOf(e.getMessage()));
        }
    }

    private static @Nullable Money granted(Map<String, String> values, String field, Amount amount) {
        if (!values.containsKey(field)) {
            return null;
        }
        return convert(values, field, text -> {
            if (!(amount instanceof Money money)) {
                throw JsonShapeException.invalid(field, "must be absent for a percent action: percent actions have no "
                        + "cumulative caps.");
            }
            return Money.of(text, money.currency().getCurrencyCode());
        });
    }

    private static <T> T convert(Map<String, String> values, String field, Function<String, T> parse) {
        String text = values.get(field);
        if (text == null) {
            throw JsonShapeException.invalid(field, "required, and missing or null.");
        }
        try {
            return parse.apply(text);
        } catch (JsonShapeException e) {
            throw e; // already names its field, such as the currency a money amount needs
        } catch (IllegalArgumentException | NullPointerException e) {
            throw JsonShapeException.invalid(field, String.valueOf(e.getMessage()));
        }
    }

    private static Instant instant(String text) {
        Instant value;
        try {
            value = Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected an ISO-8601 instant with Z, such as 2026-03-02T09:00:00Z, "
                    + "not (" + JsonShapeException.abbreviate(text) + ").", e);
        }
        // The same range as the readers and the cx options (issue 25 item 6); the caller names the field.
        if (!InstantBounds.contains(value)) {
            throw new IllegalArgumentException("expected an instant " + InstantBounds.RANGE_TEXT + ", not ("
                    + JsonShapeException.abbreviate(text) + ").");
        }
        return value;
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            case VALUE_STRING -> "a string";
            default -> token.name().toLowerCase(Locale.ROOT);
        };
    }

    private static String at(@Nullable JsonLocation location) {
        return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
