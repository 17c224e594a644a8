package dev.cxkit.assist.promise.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import dev.cxkit.core.BusinessCalendar;
import dev.cxkit.core.PromiseKind;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.assist.promise.AdjustTo;
import dev.cxkit.assist.promise.CapacityHint;
import dev.cxkit.assist.promise.ClosedHours;
import dev.cxkit.assist.promise.Ok;
import dev.cxkit.assist.promise.PromiseFacts;
import dev.cxkit.assist.promise.PromiseGuard;
import dev.cxkit.assist.promise.PromiseGuardConfig;
import dev.cxkit.assist.promise.PromiseRule;
import dev.cxkit.assist.promise.PromiseVerdict;
import dev.cxkit.assist.promise.ProposedPromise;
import dev.cxkit.assist.promise.Refuse;
import dev.cxkit.assist.promise.PromiseClock;
import org.jspecify.annotations.Nullable;

/** The {@link PromiseGuard} described in its interface's Javadoc. Immutable and thread-safe. */
public final class DefaultPromiseGuard implements PromiseGuard {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final Duration DAY = Duration.ofDays(1);

    private final PromiseGuardConfig config;
    private final InstantSource clock;

    /**
     * Creates a guard.
     *
     * @param config the rules
     * @param clock where "now" comes from
     */
    public DefaultPromiseGuard(PromiseGuardConfig config, InstantSource clock) {
        this.config = Checks.notNull(config, "config");
        this.clock = Checks.notNull(clock, "clock");
    }

    @Override
    public PromiseGuardConfig config() {
        return config;
    }

    @Override
    public PromiseVerdict checkNow(PromiseKind kind, Duration within, BusinessCalendar calendar,
            CapacityHint capacity) {
        return check(ProposedPromise.within(kind, clock.instant(), within), calendar, capacity);
    }

    @Override
    public PromiseVerdict check(ProposedPromise promise, BusinessCalendar calendar, CapacityHint capacity) {
        Checks.notNull(promise, "promise");
        Checks.notNull(calendar, "calendar");
        Checks.notNull(capacity, "capacity");
        PromiseRule rule = config.rule(promise.kind());
        PromiseClock basis = rule.basis();
        ZoneId zone = calendar.zone();
        Instant madeAt = promise.madeAt();

        Duration stated = promise.within();
        Duration delay = capacity.expectedDelay().multipliedBy(100L + config.capacityMarginPercent()).dividedBy(100);
        Instant requested;
        if (basis == PromiseClock.BUSINESS_DAYS) {
            stated = ceilDays(stated);
            delay = ceilDays(delay);
            requested = madeAt.atZone(zone).plusDays(stated.toDays()).toInstant();
        } else {
            requested = madeAt.plus(stated);
        }
        // Business days: "within 7 days" is kept as 7 calendar days whenever the lead fits in them, so the
        // promised figure is not part of what delivery requires. Other bases read it in their own time.
        Duration required = basis == PromiseClock.BUSINESS_DAYS ? max(rule.minimumLead(), delay)
                : max(max(stated, rule.minimumLead()), delay);
        PromiseFacts facts = new PromiseFacts(promise, rule, zone, requested, delay, required);
        String kind = promise.kind().name();

        @Nullable Duration limit = rule.maxPromise();
        if (limit != null && required.compareTo(limit) > 0) {
            return new Refuse("A " + kind + " promise may be at most " + describe(limit, basis) + ", but keeping it "
                    + "needs " + describe(required, basis) + ". Maybe offer a callback or escalate instead?", facts);
        }
        Instant realistic = plus(calendar, basis, madeAt, required);
        if (!realistic.isAfter(requested)) {
            @Nullable Refuse far = beyondHorizon(kind, madeAt, requested, zone, facts);
            return far != null ? far : new Ok(requested, facts);
        }
        boolean closedHoursOnly = basis == PromiseClock.BUSINESS_HOURS && required.equals(stated);
        if (basis == PromiseClock.BUSINESS_HOURS && rule.closedHours() == ClosedHours.REFUSE
                && !realistic.equals(madeAt.plus(required))) {
            return new Refuse("A " + kind + " promise must be kept in calendar time, but the team is closed before "
                    + describe(required, basis) + " has passed (it would fall due " + local(realistic, zone)
                    + "). Maybe promise a time after reopening?", facts);
        }
        Duration rounded = roundUp(required, rule.roundTo());
        if (limit != null && rounded.compareTo(limit) > 0) {
            rounded = limit;
        }
        Instant due = plus(calendar, basis, madeAt, rounded);
        @Nullable Refuse far = beyondHorizon(kind, madeAt, due, zone, facts);
        if (far != null) {
            return far;
        }
        String why;
        if (closedHoursOnly) {
            why = describe(stated, basis) + " from " + local(madeAt, zone) + " runs over closed hours.";
        } else if (required.equals(rule.minimumLead())) {
            why = "A " + kind + " takes at least " + describe(required, basis) + ".";
        } else {
            why = "The team expects a delay of " + describe(delay, basis) + " (capacity hint "
                    + describe(capacity.expectedDelay(), basis) + " plus " + config.capacityMarginPercent()
                    + " % margin).";
        }
        return new AdjustTo(due, rounded, why + " Promise " + describe(rounded, basis) + " instead, due "
                + local(due, zone) + ".", facts);
    }

    private @Nullable Refuse beyondHorizon(String kind, Instant madeAt, Instant due, ZoneId zone, PromiseFacts facts) {
        if (Duration.between(madeAt, due).compareTo(config.maxHorizon()) <= 0) {
            return null;
        }
        return new Refuse("A " + kind + " promise due " + local(due, zone) + " is more than "
                + human(config.maxHorizon()) + " away. Maybe escalate instead of promising a date?", facts);
    }

    /** Adds {@code amount} to {@code start} in the basis; business days keep the wall-clock time. */
    static Instant plus(BusinessCalendar calendar, PromiseClock basis, Instant start, Duration amount) {
        switch (basis) {
            case CALENDAR:
                return start.plus(amount);
            case BUSINESS_HOURS:
                return calendar.plusBusiness(start, amount);
            case BUSINESS_DAYS:
            default:
                ZonedDateTime from = start.atZone(calendar.zone());
                LocalDate day = from.toLocalDate();
                long wanted = amount.toDays();
                long offset = 0;
                for (long counted = 0; counted < wanted; ) {
                    offset++;
                    if (isBusinessDay(calendar, day.plusDays(offset))) {
                        counted++;
                    }
                }
                return from.plusDays(offset).toInstant();
        }
    }

    private static boolean isBusinessDay(BusinessCalendar calendar, LocalDate day) {
        return !calendar.holidays().contains(day) && !calendar.openingHours(day.getDayOfWeek()).isEmpty();
    }

    private static Duration ceilDays(Duration value) {
        long days = value.toDays();
        return Duration.ofDays(Duration.ofDays(days).compareTo(value) < 0 ? days + 1 : days);
    }

    private static Duration roundUp(Duration value, Duration step) {
        long steps = value.dividedBy(step);
        Duration down = step.multipliedBy(steps);
        return down.compareTo(value) < 0 ? down.plus(step) : down;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String local(Instant instant, ZoneId zone) {
        return LOCAL.format(instant.atZone(zone)) + " " + zone;
    }

    private static String describe(Duration value, PromiseClock basis) {
        return switch (basis) {
            case CALENDAR -> human(value);
            case BUSINESS_HOURS -> human(value) + " of business time";
            case BUSINESS_DAYS -> value.toDays() + " business day" + (value.toDays() == 1 ? "" : "s");
        };
    }

    /** {@code 1 h 30 min}, {@code 2 min}, {@code 30 s}, {@code 3 d}; zero is {@code 0 s}. */
    static String human(Duration value) {
        StringBuilder text = new StringBuilder();
        append(text, value.toDaysPart(), "d");
        append(text, value.toHoursPart(), "h");
        append(text, value.toMinutesPart(), "min");
        append(text, value.toSecondsPart(), "s");
        return text.length() == 0 ? "0 s" : text.toString();
    }

    private static void append(StringBuilder text, long amount, String unit) {
        if (amount != 0) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(amount).append(' ').append(unit);
        }
    }

    @Override
    public String toString() {
        return "PromiseGuard[" + config + "]";
    }
}
