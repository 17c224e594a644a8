package dev.cxkit.kpi;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

import dev.cxkit.core.CesScale;
import dev.cxkit.core.CesScore;
import dev.cxkit.core.CsatScore;
import dev.cxkit.core.Feedback;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.InteractionFact;
import dev.cxkit.kpi.internal.Named;
import org.jspecify.annotations.Nullable;

/**
 * A figure that one contact carries or does not carry, such as its handle time or whether its CSAT
 * answer was top box. The comparisons ({@link GroupComparison}, {@link PeriodComparison}) average a
 * measure over each group of contacts: the mean of a 0/1 measure is a share (for example the CSAT
 * top-box share), the mean of a duration is an average in seconds.
 *
 * <p>A contact that does not carry the fact gives {@link Double#NaN} from {@link #valueOf}: it is
 * not recorded, never 0, and the comparisons count it apart. The constants cover the contact-level
 * KPIs of docs/kpis.md; {@link #of} makes any other. FCR by repeat contact and the repeat-contact
 * rate are not contact-level (they need the customer's later contacts), so the comparisons use
 * {@link #RESOLVED}, the resolution the record states.
 *
 * <p>Source: docs/kpis.md#comparisons. Immutable and thread-safe when the function is.
 */
public final class ContactMeasure {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

    /** Handle time in seconds (talk + hold + wrap-up) of an answered contact whose three parts are recorded. */
    public static final ContactMeasure HANDLE_TIME = of("handle-time", KpiUnit.SECONDS,
            "handle time of an answered contact", i -> i.isAbandoned() ? Double.NaN : seconds(i.handleTime()));

    /** Time on hold in seconds of an answered contact whose hold is recorded. */
    public static final ContactMeasure HOLD_TIME = of("hold-time", KpiUnit.SECONDS,
            "time on hold of an answered contact", i -> i.isAbandoned() ? Double.NaN : seconds(i.hold()));

    /** Queue wait in seconds of a live contact (phone, chat), answered or abandoned, whose wait is recorded. */
    public static final ContactMeasure QUEUE_WAIT = of("queue-wait", KpiUnit.SECONDS,
            "queue wait of a live contact", i -> i.channel().isLive() ? seconds(i.queueWait()) : Double.NaN);

    /** 1 if a live contact was abandoned, 0 if answered: the mean is the abandonment rate. */
    public static final ContactMeasure ABANDONED = of("abandoned", KpiUnit.RATIO,
            "share of live contacts abandoned in the queue", i -> i.channel().isLive() ? flag(i.isAbandoned()) : Double.NaN);

    /** 1 if the record states the contact resolved the issue, 0 if it states it did not. */
    public static final ContactMeasure RESOLVED = of("resolved", KpiUnit.RATIO,
            "share of contacts the record states as resolved", i -> flag(i.resolved()));

    /** 1 if the contact was escalated to a higher tier, 0 if not; not recorded without recorded transfers. */
    public static final ContactMeasure ESCALATED = of("escalated", KpiUnit.RATIO,
            "share of answered contacts escalated to a higher tier",
            i -> i.isAbandoned() || !i.isRecorded(InteractionFact.TRANSFERS) ? Double.NaN : flag(i.isEscalated()));

    /** 1 if the contact was transferred at least once, 0 if not; not recorded without recorded transfers. */
    public static final ContactMeasure TRANSFERRED = of("transferred", KpiUnit.RATIO,
            "share of answered contacts transferred at least once",
            i -> i.isAbandoned() || !i.isRecorded(InteractionFact.TRANSFERS) ? Double.NaN : flag(!i.transfers().isEmpty()));

    /** 1 if the customer had to repeat information already given, 0 if not (answered contacts). */
    public static final ContactMeasure REPEATED_INFORMATION = of("repeated-information", KpiUnit.RATIO,
            "share of answered contacts where the customer repeated information",
            i -> i.isAbandoned() ? Double.NaN : flag(i.customerRepeatedInformation()));

    /** 1 if the CSAT answer is top box (4–5 of 5, 9–10 of 10), 0 otherwise; contacts without a CSAT answer are not recorded. */
    public static final ContactMeasure CSAT_TOP_BOX = of("csat-top-box", KpiUnit.RATIO,
            "share of CSAT answers in the top box", i -> {
                Feedback feedback = i.feedback();
                CsatScore csat = feedback == null ? null : feedback.csat();
                return csat == null ? Double.NaN : flag(csat.isTopBox());
            });

    /** The CES answer on the 1–5 effort scale (lower is better); other answers are not recorded. */
    public static final ContactMeasure CES_EFFORT = ces("ces-effort", CesScale.EFFORT_ONE_TO_FIVE);

    /** The sentiment score in [−1, 1] where the record carries one. */
    public static final ContactMeasure SENTIMENT = of("sentiment", KpiUnit.SCORE,
            "sentiment score in [-1, 1]", i -> i.sentiment() == null ? Double.NaN : i.sentiment());

    private static final List<ContactMeasure> STANDARD = List.of(HANDLE_TIME, HOLD_TIME, QUEUE_WAIT, ABANDONED,
            RESOLVED, ESCALATED, TRANSFERRED, REPEATED_INFORMATION, CSAT_TOP_BOX, CES_EFFORT, SENTIMENT);

    private final String id;
    private final KpiUnit unit;
    private final String description;
    private final ToDoubleFunction<Interaction> function;

    private ContactMeasure(String id, KpiUnit unit, String description, ToDoubleFunction<Interaction> function) {
        this.id = id;
        this.unit = unit;
        this.description = description;
        this.function = function;
    }

    /**
     * Makes a measure.
     *
     * @param id a short lower-case id such as {@code first-reply}, used in output
     * @param unit the unit of the values ({@link KpiUnit#RATIO} for a 0/1 measure)
     * @param description what the mean means, for example {@code share of contacts resolved}
     * @param function the value of one contact, {@link Double#NaN} when the contact does not carry it
     * @return the measure
     * @throws IllegalArgumentException if the id is not lower-case letters, digits and hyphens
     */
    public static ContactMeasure of(String id, KpiUnit unit, String description, ToDoubleFunction<Interaction> function) {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("The measure id '" + id + "' is not lower-case letters, digits and "
                    + "hyphens.\nMaybe write it like handle-time?");
        }
        return new ContactMeasure(id, Objects.requireNonNull(unit, "unit"),
                Objects.requireNonNull(description, "description"), Objects.requireNonNull(function, "function"));
    }

    /**
     * The CES answer on one scale as a measure; answers on the other scale are not recorded for it.
     *
     * @param id the measure id, for example {@code ces-ease}
     * @param scale the scale
     * @return the measure
     */
    public static ContactMeasure ces(String id, CesScale scale) {
        Objects.requireNonNull(scale, "scale");
        return of(id, KpiUnit.SCORE, "mean CES answer on the 1-" + scale.max() + " scale", i -> {
            Feedback feedback = i.feedback();
            CesScore ces = feedback == null ? null : feedback.ces();
            return ces == null || ces.scale() != scale ? Double.NaN : ces.score();
        });
    }

    /**
     * The measures that ship with cxkit, in the order {@code cx compare} prints them.
     *
     * @return the standard measures
     */
    public static List<ContactMeasure> standard() {
        return STANDARD;
    }

    /**
     * Finds a standard measure by id.
     *
     * @param id for example {@code handle-time}
     * @return the measure
     * @throws IllegalArgumentException naming the known ids if there is none with this id
     */
    public static ContactMeasure parse(String id) {
        return Named.find(STANDARD, ContactMeasure::id, id, "measure");
    }

    /**
     * The value of one contact.
     *
     * @param interaction the contact
     * @return the value, or {@link Double#NaN} when the contact does not carry the fact
     */
    public double valueOf(Interaction interaction) {
        return function.applyAsDouble(interaction);
    }

    /**
     * The id, for example {@code handle-time}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The unit of the values and of their mean.
     *
     * @return the unit
     */
    public KpiUnit unit() {
        return unit;
    }

    /**
     * What the mean of the measure means.
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return id;
    }

    private static double seconds(@Nullable Duration duration) {
        return duration == null ? Double.NaN : duration.toNanos() / 1e9;
    }

    private static double flag(@Nullable Boolean value) {
        return value == null ? Double.NaN : value ? 1 : 0;
    }
}
