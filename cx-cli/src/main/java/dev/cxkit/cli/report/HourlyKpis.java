package dev.cxkit.cli.report;

import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import dev.cxkit.core.Channel;
import dev.cxkit.core.Interaction;
import dev.cxkit.kpi.AverageSpeedOfAnswer;
import dev.cxkit.kpi.KpiValue;
import dev.cxkit.kpi.ServiceLevel;
import dev.cxkit.kpi.ServiceLevelConfig;

/**
 * Contact volume, service level and average speed of answer by hour of day, the figures behind the
 * hourly charts of {@link HtmlReport}. The hour is that of {@link Interaction#queuedAt()} in a zone
 * (local time, so a contact centre's morning peak lands on its morning hours whatever the offset).
 *
 * <p>Volume counts every contact per channel. Service level ({@code cx.kpi.service_level}, the
 * configured formula and threshold T) and ASA ({@code cx.kpi.asa}) are the cx-kpi accumulators
 * {@link ServiceLevel} and {@link AverageSpeedOfAnswer}, one per hour, fed with <em>live</em> contacts
 * only ({@link Channel#isLive()}: phone and chat, the queues a threshold applies to), exactly as
 * {@link dev.cxkit.kpi.StandardKpis} feeds them; no formula is repeated here. An hour without live
 * contacts has empty service-level and ASA values, never 0.
 *
 * <p>Thread-safety: not thread-safe; use one per thread and {@link #combine} them.
 */
public final class HourlyKpis implements Consumer<Interaction> {

    /** Hours in a day, the number of entries of {@link #hours()}. */
    public static final int HOURS = 24;

    private static final Channel[] CHANNELS = Channel.values();

    private final ZoneId zone;
    private final ZoneRules rules;
    private final ServiceLevelConfig serviceLevelConfig;
    private final long[][] volume = new long[HOURS][CHANNELS.length];
    private final ServiceLevel[] serviceLevel = new ServiceLevel[HOURS];
    private final AverageSpeedOfAnswer[] speedOfAnswer = new AverageSpeedOfAnswer[HOURS];

    private HourlyKpis(ZoneId zone, ServiceLevelConfig serviceLevelConfig) {
        this.zone = zone;
        this.rules = zone.getRules();
        this.serviceLevelConfig = serviceLevelConfig;
        for (int hour = 0; hour < HOURS; hour++) {
            serviceLevel[hour] = ServiceLevel.create(serviceLevelConfig);
            speedOfAnswer[hour] = AverageSpeedOfAnswer.create();
        }
    }

    /**
     * Creates an empty accumulator with the default service level (formula 3, T = 20 s, short
     * abandon 5 s; {@link ServiceLevelConfig#ofDefaults()}).
     *
     * @param zone the zone whose local hour of day groups the contacts
     * @return the accumulator
     * @throws NullPointerException if {@code zone} is {@code null}
     */
    public static HourlyKpis create(ZoneId zone) {
        return create(zone, ServiceLevelConfig.ofDefaults());
    }

    /**
     * Creates an empty accumulator.
     *
     * @param zone the zone whose local hour of day groups the contacts
     * @param serviceLevelConfig threshold, formula and short-abandon handling of the service level
     * @return the accumulator
     * @throws NullPointerException if an argument is {@code null}
     */
    public static HourlyKpis create(ZoneId zone, ServiceLevelConfig serviceLevelConfig) {
        return new HourlyKpis(Objects.requireNonNull(zone, "zone"),
                Objects.requireNonNull(serviceLevelConfig, "serviceLevelConfig"));
    }

    /**
     * The zone of the hours.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The service-level configuration, whose threshold the report's chart names.
     *
     * @return the configuration
     */
    public ServiceLevelConfig serviceLevelConfig() {
        return serviceLevelConfig;
    }

    /**
     * Counts one contact in its hour and, if live, feeds it to that hour's service level and ASA.
     *
     * @param interaction the contact
     * @throws NullPointerException if {@code interaction} is {@code null}
     */
    @Override
    public void accept(Interaction interaction) {
        Objects.requireNonNull(interaction, "interaction");
        long seconds = interaction.queuedAt().getEpochSecond();
        long local = seconds + rules.getOffset(interaction.queuedAt()).getTotalSeconds();
        int hour = (int) (Math.floorMod(local, 86_400L) / 3_600);
        volume[hour][interaction.channel().ordinal()]++;
        if (interaction.channel().isLive()) {
            serviceLevel[hour].accept(interaction);
            speedOfAnswer[hour].accept(interaction);
        }
    }

    /**
     * Merges another accumulator with the same zone and service-level configuration into this one.
     *
     * @param other the other accumulator; left unchanged
     * @return this accumulator
     * @throws IllegalArgumentException if the zones or the service-level configurations differ
     */
    public HourlyKpis combine(HourlyKpis other) {
        Objects.requireNonNull(other, "other");
        if (!zone.equals(other.zone)) {
            throw new IllegalArgumentException("Cannot combine hourly KPIs in zone " + zone + " with ones in zone "
                    + other.zone + ".\nMaybe create both with the contact centre's calendar zone?");
        }
        if (!serviceLevelConfig.equals(other.serviceLevelConfig)) {
            throw new IllegalArgumentException("Cannot combine hourly KPIs with service level " + serviceLevelConfig
                    + " with ones with " + other.serviceLevelConfig + ".");
        }
        if (other == this) {
            // Combining with itself doubles every count, like the cx-kpi accumulators do.
            other = copy();
        }
        for (int hour = 0; hour < HOURS; hour++) {
            for (int c = 0; c < CHANNELS.length; c++) {
                volume[hour][c] += other.volume[hour][c];
            }
            serviceLevel[hour].combine(other.serviceLevel[hour]);
            speedOfAnswer[hour].combine(other.speedOfAnswer[hour]);
        }
        return this;
    }

    private HourlyKpis copy() {
        HourlyKpis copy = new HourlyKpis(zone, serviceLevelConfig);
        return copy.combine(this);
    }

    /**
     * The figures of each hour of day, hour 0 (00:00–01:00 local time) first. Computing them does not
     * consume anything.
     *
     * @return exactly {@value #HOURS} entries
     */
    public List<Hour> hours() {
        List<Hour> hours = new ArrayList<>(HOURS);
        for (int hour = 0; hour < HOURS; hour++) {
            Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
            for (Channel channel : CHANNELS) {
                byChannel.put(channel, volume[hour][channel.ordinal()]);
            }
            hours.add(new Hour(hour, byChannel, serviceLevel[hour].result(), speedOfAnswer[hour].result()));
        }
        return List.copyOf(hours);
    }

    /**
     * The figures of one hour of day. Immutable.
     *
     * @param hour the hour of day, 0–23, local time
     * @param volume contacts queued in this hour per channel; every channel present, possibly 0
     * @param serviceLevel the live channels' service level in this hour, {@code cx.kpi.service_level};
     *     empty without live contacts
     * @param averageSpeedOfAnswer the live channels' ASA in this hour in seconds, {@code cx.kpi.asa};
     *     empty without answered live contacts
     */
    public record Hour(int hour, Map<Channel, Long> volume, KpiValue serviceLevel, KpiValue averageSpeedOfAnswer) {

        /**
         * Validates the hour and copies the volume.
         *
         * @throws IllegalArgumentException if {@code hour} is outside 0–23 or a volume is negative
         */
        public Hour {
            if (hour < 0 || hour >= HOURS) {
                throw new IllegalArgumentException("The hour (" + hour + ") must be within 0-23.");
            }
            Map<Channel, Long> copy = new EnumMap<>(Channel.class);
            Objects.requireNonNull(volume, "volume").forEach((channel, count) -> {
                if (Objects.requireNonNull(count, "volume of " + channel) < 0) {
                    throw new IllegalArgumentException("The volume (" + count + ") of " + channel + " at hour " + hour
                            + " is negative.");
                }
                copy.put(Objects.requireNonNull(channel, "channel"), count);
            });
            volume = Collections.unmodifiableMap(copy);
            Objects.requireNonNull(serviceLevel, "serviceLevel");
            Objects.requireNonNull(averageSpeedOfAnswer, "averageSpeedOfAnswer");
        }

        /**
         * All contacts of this hour, over every channel.
         *
         * @return the total volume
         */
        public long totalVolume() {
            return volume.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
