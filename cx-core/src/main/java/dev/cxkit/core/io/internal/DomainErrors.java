package dev.cxkit.core.io.internal;

import dev.cxkit.core.io.RejectKind;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs a domain constructor and turns its validation failure into a reject: the domain message is
 * kept (it names the field and the values), and the field is inferred from it where the message
 * makes that possible.
 */
final class DomainErrors {

    private DomainErrors() {
    }

    /** Builds a value; a failure is an {@link RejectKind#INCONSISTENT} reject naming {@code field} or the inferred one. */
    static <T> T build(@Nullable String field, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException | ArithmeticException e) {
            String message = Values.messageOf(e);
            return fail(field != null ? field : inferField(message), message);
        }
    }

    /**
     * Builds a value; a failure is an {@link RejectKind#INCONSISTENT} reject naming field {@code name}
     * of {@code object}, whose path is built only then.
     */
    static <T> T build(JsonObject object, String name, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException | ArithmeticException e) {
            return fail(object.path(name), Values.messageOf(e));
        }
    }

    private static <T> T fail(@Nullable String field, String message) {
        throw new RecordException(field, RejectKind.INCONSISTENT, message);
    }

    /** The interaction field a domain message of {@code Interaction}'s constructor is about, if clear. */
    static @Nullable String inferField(String message) {
        String[][] prefixes = {
            {"The endedAt ", "endedAt"},
            {"The answeredAt ", "answeredAt"},
            {"The firstReplyAt ", "firstReplyAt"},
            {"The talk ", "talkSeconds"},
            {"The hold (", "holds"},
            {"The hold from ", "holds"},
            {"The holds of ", "holds"},
            {"The afterContactWork ", "acwSeconds"},
            {"The sentiment ", "sentiment"},
            {"The transfer at ", "transfers"},
            {"The emotional cue at ", "emotionalCues"},
            {"The madeAt of promise ", "promises"},
            {"The feedback receivedAt ", "feedback.receivedAt"},
        };
        for (String[] prefix : prefixes) {
            if (message.startsWith(prefix[0])) {
                return prefix[1];
            }
        }
        if (message.contains(" has two promises with id ")) {
            return "promises";
        }
        if (message.contains(" was abandoned (no answeredAt)")) {
            return "answeredAt";
        }
        if (message.contains(" but its hold is marked not recorded")) {
            return "holds";
        }
        if (message.contains(" but its transfers are marked not recorded")) {
            return "transfers";
        }
        if (message.contains(" has a self-service session, which only ")) {
            return "selfService";
        }
        return null;
    }
}
