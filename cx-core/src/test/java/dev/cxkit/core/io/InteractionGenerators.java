package dev.cxkit.core.io;

import dev.cxkit.core.Action;
import dev.cxkit.core.AgentId;
import dev.cxkit.core.Amount;
import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.CaseId;
import dev.cxkit.core.CaseStatus;
import dev.cxkit.core.CesScore;
import dev.cxkit.core.Channel;
import dev.cxkit.core.ContactReason;
import dev.cxkit.core.CsatScore;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.EmotionalCue;
import dev.cxkit.core.Feedback;
import dev.cxkit.core.Grant;
import dev.cxkit.core.HoldSegment;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionFact;
import dev.cxkit.core.InteractionId;
import dev.cxkit.core.Priority;
import dev.cxkit.core.Promise;
import dev.cxkit.core.PromiseId;
import dev.cxkit.core.PromiseKind;
import dev.cxkit.core.Segment;
import dev.cxkit.core.SelfServiceSession;
import dev.cxkit.core.TeamId;
import dev.cxkit.core.Tier;
import dev.cxkit.core.Transfer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Arbitraries of valid interactions and case events: every timeline detail (holds, transfers,
 * cues, promises, feedback) is placed inside the contact, so the domain accepts them. Texts mix
 * ASCII with commas, quotes, spaces and non-ASCII letters to exercise JSON and CSV quoting.
 */
final class InteractionGenerators {

    private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");
    private static final String TEXT_CHARS = "abcXYZ019-_.,\"' é中😀";
    private static final int[] CSAT_SCALES = {3, 5, 7, 10};
    private static final int[] CES_SCALES = {5, 7};
    private static final String[] CURRENCIES = {"EUR", "USD", "JPY"};

    private InteractionGenerators() {
    }

    /** Interactions using every field of docs/formats.md. */
    static Arbitrary<Interaction> fullInteractions() {
        return Arbitraries.randomValue(InteractionGenerators::full);
    }

    /** Interactions the flat CSV form carries without loss. */
    static Arbitrary<Interaction> flatInteractions() {
        return Arbitraries.randomValue(InteractionGenerators::flat);
    }

    /** Case events. */
    static Arbitrary<CaseEvent> caseEvents() {
        return Arbitraries.randomValue(r -> new CaseEvent(CaseId.of(text(r)), instant(r, BASE, 100_000_000),
                pick(r, CaseStatus.values()), r.nextBoolean() ? pick(r, Priority.values()) : null));
    }

    static String text(Random r) {
        int length = 1 + r.nextInt(12);
        StringBuilder sb = new StringBuilder();
        int[] codePoints = TEXT_CHARS.codePoints().toArray();
        while (sb.length() < length) {
            sb.appendCodePoint(codePoints[r.nextInt(codePoints.length)]);
        }
        String s = sb.toString();
        return s.isBlank() ? "x" + s : s;
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    private static Instant instant(Random r, Instant from, long maxSeconds) {
        return from.plusSeconds((long) (r.nextDouble() * maxSeconds)).plusNanos(r.nextBoolean() ? 0 : r.nextInt(1_000_000_000));
    }

    private static Instant between(Random r, Instant from, Instant to) {
        long span = Duration.between(from, to).toNanos();
        return span <= 0 ? from : from.plusNanos((long) (r.nextDouble() * span));
    }

    private static Duration duration(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> Duration.ZERO;
            case 1 -> Duration.ofSeconds(r.nextInt(4000));
            case 2 -> Duration.ofMillis(r.nextInt(4_000_000));
            default -> Duration.ofSeconds(r.nextInt(4000), r.nextInt(1_000_000_000));
        };
    }

    /** A duration from zero to {@code max}: zero, all of it, or a random part down to the nanosecond. */
    private static Duration upTo(Random r, Duration max) {
        return switch (r.nextInt(4)) {
            case 0 -> Duration.ZERO;
            case 1 -> max;
            case 2 -> Duration.ofSeconds((long) (r.nextDouble() * max.getSeconds()));
            default -> Duration.ofNanos((long) (r.nextDouble() * max.toNanos()));
        };
    }

    /** One time in ten a duration is not recorded ({@code null}), else up to {@code max}. */
    private static @Nullable Duration maybeRecorded(Random r, Duration max) {
        return r.nextInt(10) == 0 ? null : upTo(r, max);
    }

    private static Interaction.Builder base(Random r, boolean abandoned) {
        InteractionId id = InteractionId.of(text(r) + "-" + Long.toHexString(r.nextLong()));
        Instant queuedAt = instant(r, BASE, 100_000_000);
        Instant answeredAt = abandoned ? null : instant(r, queuedAt, 600);
        // One abandon in four hung up at a time the source does not know (issue 19 §2).
        boolean waitUnknown = abandoned && r.nextInt(4) == 0;
        Instant endedAt = waitUnknown ? queuedAt : instant(r, answeredAt == null ? queuedAt : answeredAt, 3600);
        // Talk (and, in flat records, hold) fit between the answer and the end (issue 25 item 8).
        Duration span = Duration.between(answeredAt == null ? queuedAt : answeredAt, endedAt);
        Interaction.Builder builder = Interaction.builder(id, CustomerId.of(text(r)), pick(r, Channel.values()))
                .agent(r.nextBoolean() ? AgentId.of(text(r)) : null, r.nextBoolean() ? pick(r, Tier.values()) : null,
                        null)
                .reason(r.nextBoolean() ? ContactReason.of(text(r)) : null)
                .caseId(r.nextBoolean() ? CaseId.of(text(r)) : null)
                .queuedAt(queuedAt)
                .answeredAt(answeredAt)
                .endedAt(endedAt)
                .talk(maybeRecorded(r, span))
                .afterContactWork(r.nextInt(10) == 0 ? null : duration(r))
                .resolved(r.nextBoolean() ? r.nextBoolean() : null);
        if (waitUnknown) {
            builder.notRecorded(InteractionFact.ABANDON_WAIT);
        }
        return builder;
    }

    private static Interaction flat(Random r) {
        boolean abandoned = r.nextInt(5) == 0;
        // Flat CSV has no transfer columns: transfers are never recorded there.
        Interaction.Builder b = base(r, abandoned).notRecorded(InteractionFact.TRANSFERS);
        Interaction talkOnly = b.build();
        Duration span = Duration.between(talkOnly.answeredAt() == null ? talkOnly.queuedAt() : talkOnly.answeredAt(),
                talkOnly.endedAt());
        Duration talk = talkOnly.talk() == null ? Duration.ZERO : talkOnly.talk();
        b.hold(maybeRecorded(r, span.minus(talk)));
        Interaction draft = b.build();
        if (r.nextBoolean()) {
            CsatScore csat = r.nextBoolean() ? csat(r) : null;
            CesScore ces = r.nextBoolean() ? ces(r) : null;
            Integer nps = csat == null && ces == null || r.nextBoolean() ? r.nextInt(11) : null;
            b.feedback(Feedback.builder(draft.endedAt()).csat(csat).ces(ces).nps(nps).build());
        }
        return b.build();
    }

    private static CsatScore csat(Random r) {
        int scale = CSAT_SCALES[r.nextInt(CSAT_SCALES.length)];
        return CsatScore.of(1 + r.nextInt(scale), scale);
    }

    private static CesScore ces(Random r) {
        int scale = CES_SCALES[r.nextInt(CES_SCALES.length)];
        return CesScore.of(1 + r.nextInt(scale), scale);
    }

    private static Interaction full(Random r) {
        boolean abandoned = r.nextInt(5) == 0;
        Interaction.Builder b = base(r, abandoned);
        Interaction draft = b.build();
        Instant queuedAt = draft.queuedAt();
        Instant endedAt = draft.endedAt();
        b.customerSegment(r.nextBoolean() ? Segment.of(r.nextBoolean() ? "VIP" : "GOLD_2") : null);
        b.agent(draft.agentId(), draft.agentTier(), r.nextBoolean() ? TeamId.of(text(r)) : null);
        b.firstReplyAt(r.nextBoolean() ? instant(r, queuedAt, 7200) : null);
        b.sentiment(r.nextBoolean() ? r.nextDouble() * 2 - 1 : null);
        b.customerRepeatedInformation(r.nextBoolean());
        if (!abandoned) {
            Instant answeredAt = draft.answeredAt();
            int holds = r.nextInt(4);
            List<Instant> marks = new ArrayList<>();
            for (int i = 0; i < holds * 2; i++) {
                marks.add(between(r, answeredAt, endedAt));
            }
            marks.sort(null);
            Duration holdSum = Duration.ZERO;
            for (int i = 0; i < holds; i++) {
                HoldSegment segment = new HoldSegment(marks.get(2 * i), marks.get(2 * i + 1), r.nextBoolean(),
                        r.nextBoolean() ? duration(r) : null);
                b.addHold(segment);
                holdSum = holdSum.plus(segment.duration());
            }
            if (holds == 0 && r.nextInt(10) == 0) {
                b.hold(null);
            }
            // Talk and the holds fit between the answer and the end (issue 25 item 8).
            b.talk(r.nextInt(10) == 0 ? null : upTo(r, Duration.between(answeredAt, endedAt).minus(holdSum)));
            int transfers = r.nextInt(10) == 0 ? -1 : r.nextInt(3);
            if (transfers < 0) {
                b.notRecorded(InteractionFact.TRANSFERS);
            }
            for (int i = transfers; i > 0; i--) {
                b.addTransfer(new Transfer(between(r, queuedAt, endedAt), r.nextBoolean() ? AgentId.of(text(r)) : null,
                        r.nextBoolean() ? pick(r, Tier.values()) : null, r.nextBoolean(),
                        r.nextBoolean() ? (r.nextBoolean() ? "" : text(r) + "\nline 2") : null));
            }
        } else {
            b.hold(Duration.ZERO);
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            b.addEmotionalCue(new EmotionalCue(between(r, queuedAt, endedAt), text(r), r.nextBoolean()));
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            Instant madeAt = between(r, queuedAt, endedAt);
            Instant dueBy = instant(r, madeAt, 86_400);
            b.addPromise(new Promise(PromiseId.of("p-" + i), pick(r, PromiseKind.values()), madeAt, dueBy, duration(r),
                    r.nextBoolean() ? instant(r, madeAt, 200_000) : null, draft.id()));
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            Action action = pick(r, Action.values());
            Amount amount;
            if (action.isPercent()) {
                amount = Amount.parse(r.nextBoolean() ? r.nextInt(101) + "%" : r.nextInt(100) + ".5%", "EUR");
            } else {
                String currency = CURRENCIES[r.nextInt(CURRENCIES.length)];
                String value = currency.equals("JPY") ? String.valueOf(r.nextInt(100_000))
                        : r.nextInt(10_000) + "." + (10 + r.nextInt(90));
                amount = Amount.parse(value, currency);
            }
            b.addGrant(new Grant(action, amount));
        }
        if (r.nextBoolean()) {
            Instant receivedAt = instant(r, queuedAt, 86_400);
            List<String> themes = new ArrayList<>();
            for (int i = r.nextInt(3); i > 0; i--) {
                themes.add(text(r));
            }
            b.feedback(new Feedback(r.nextBoolean() ? csat(r) : null, r.nextBoolean() ? ces(r) : null,
                    r.nextBoolean() ? r.nextInt(11) : null, r.nextBoolean() ? r.nextBoolean() : null, themes,
                    pick(r, Priority.values()), receivedAt, r.nextBoolean() ? instant(r, receivedAt, 86_400) : null,
                    r.nextBoolean() ? AgentId.of("owner-" + r.nextInt(5)) : null,
                    r.nextBoolean() ? instant(r, receivedAt, 86_400) : null));
        }
        if (SelfServiceSession.allowedOn(draft.channel()) && r.nextBoolean()) {
            SelfServiceSession.Outcome outcome = pick(r, SelfServiceSession.Outcome.values());
            b.selfService(new SelfServiceSession(outcome, r.nextBoolean() ? r.nextInt(40) : null,
                    r.nextBoolean() ? r.nextBoolean() : null,
                    outcome == SelfServiceSession.Outcome.HANDED_OVER && r.nextBoolean() ? r.nextBoolean() : null));
        }
        return b.build();
    }
}
