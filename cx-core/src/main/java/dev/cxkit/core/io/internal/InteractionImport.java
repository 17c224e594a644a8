package dev.cxkit.core.io.internal;

import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Feedback;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionFact;
import dev.cxkit.core.io.Pseudonymiser;
import dev.cxkit.core.io.RejectKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The import rules the JSON Lines and CSV interaction formats share beyond the domain's own checks:
 * pseudonymous customer ids, the clock-skew tolerance, talk + hold within the contact (issue 25
 * item 8), and the count of facts a record does not carry (issue 19 §2). Stateless.
 */
final class InteractionImport {

    /** Indexes into a format's fact fields; the formats list their own names in this order. */
    static final int TALK = 0;
    static final int HOLD = 1;
    static final int AFTER_CONTACT_WORK = 2;
    static final int TRANSFERS = 3;
    static final int ABANDON_WAIT = 4;
    static final int RESOLVED = 5;
    static final int SURVEY = 6;
    static final int FACT_FIELDS = 7;

    private InteractionImport() {
    }

    /** The customer id, or its pseudonym when the options ask for one. */
    static CustomerId customerId(CustomerId id, ImportSession session) {
        Pseudonymiser pseudonymiser = session.options().pseudonymiser();
        return pseudonymiser == null ? id : pseudonymiser.pseudonymise(id);
    }

    /**
     * {@code later}, or {@code earlier} when {@code later} lies before it by no more than the
     * clock-skew tolerance (noted in the session); a larger gap is left for the domain to reject.
     */
    static @Nullable Instant clamp(@Nullable Instant later, Instant earlier, ImportSession session) {
        if (later == null || !later.isBefore(earlier)) {
            return later;
        }
        Duration skew = session.options().clockSkew();
        if (!skew.isZero() && Duration.between(later, earlier).compareTo(skew) <= 0) {
            session.markClockSkewAdjusted();
            return earlier;
        }
        return later;
    }

    /**
     * Rejects a record whose talk and hold do not fit between its answer (its arrival, if abandoned)
     * and its end, give or take the clock-skew tolerance. After-contact work is not compared: it
     * happens after the end.
     *
     * @throws RecordException naming the hold field if the hold alone is too long, else the talk field
     */
    static void checkFits(Interaction interaction, ImportSession session, String talkField, String holdField) {
        Duration talk = interaction.talk();
        Duration hold = interaction.hold();
        if ((talk == null || talk.isZero()) && (hold == null || hold.isZero())) {
            return;
        }
        Instant answeredAt = interaction.answeredAt();
        String from = answeredAt != null ? "answeredAt" : "queuedAt";
        Duration span = Duration.between(answeredAt != null ? answeredAt : interaction.queuedAt(), interaction.endedAt());
        Duration skew = session.options().clockSkew();
        Duration limit = span.plus(skew);
        Duration talkOrZero = talk == null ? Duration.ZERO : talk;
        Duration holdOrZero = hold == null ? Duration.ZERO : hold;
        Duration sum = talkOrZero.plus(holdOrZero);
        if (sum.compareTo(limit) <= 0) {
            return;
        }
        String within = seconds(span) + " between " + from + " and endedAt"
                + (skew.isZero() ? "" : " (with the clock-skew tolerance of " + seconds(skew) + ")");
        // Far over, yet fitting as milliseconds: the likely mistake is the unit.
        boolean farOver = limit.isZero() || sum.dividedBy(100).compareTo(limit) > 0;
        String hint = farOver && sum.dividedBy(1000).compareTo(limit) <= 0 ? "\nMaybe the durations are in milliseconds?"
                : answeredAt == null ? "\nMaybe answeredAt is missing?" : "";
        if (holdOrZero.compareTo(limit) > 0) {
            throw new RecordException(holdField, RejectKind.INCONSISTENT, "the hold (" + seconds(holdOrZero)
                    + ") is longer than the " + within + hint);
        }
        throw new RecordException(talkField, RejectKind.INCONSISTENT, "talk (" + seconds(talkOrZero) + ") and hold ("
                + seconds(holdOrZero) + ") add up to " + seconds(sum) + ", more than the " + within + hint);
    }

    private static String seconds(Duration value) {
        return JsonLinesWriter.plainSeconds(value) + " s";
    }

    /** Counts each fact field the accepted interaction does not carry. */
    static void countNotRecorded(Interaction interaction, ImportSession session) {
        Feedback feedback = interaction.feedback();
        if (interaction.notRecorded().isEmpty() && interaction.resolved() != null && feedback != null
                && hasAnswer(feedback)) {
            return;
        }
        count(session, !interaction.isRecorded(InteractionFact.TALK), TALK);
        count(session, !interaction.isRecorded(InteractionFact.HOLD), HOLD);
        count(session, !interaction.isRecorded(InteractionFact.AFTER_CONTACT_WORK), AFTER_CONTACT_WORK);
        count(session, !interaction.isRecorded(InteractionFact.TRANSFERS), TRANSFERS);
        count(session, !interaction.isRecorded(InteractionFact.ABANDON_WAIT), ABANDON_WAIT);
        count(session, interaction.resolved() == null, RESOLVED);
        count(session, feedback == null || !hasAnswer(feedback), SURVEY);
    }

    private static boolean hasAnswer(Feedback feedback) {
        return feedback.csat() != null || feedback.ces() != null || feedback.nps() != null || feedback.resolved() != null;
    }

    private static void count(ImportSession session, boolean missing, int index) {
        if (missing) {
            session.countNotRecorded(index);
        }
    }

    /** Checks that a format lists exactly {@link #FACT_FIELDS} names. */
    static List<String> factFields(String... names) {
        if (names.length != FACT_FIELDS) {
            throw new IllegalStateException("expected " + FACT_FIELDS + " fact fields, got " + names.length);
        }
        return List.of(names);
    }
}
