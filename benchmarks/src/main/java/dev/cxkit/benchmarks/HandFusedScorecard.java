package dev.cxkit.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.cxkit.core.CesScore;
import dev.cxkit.core.Channel;
import dev.cxkit.core.ContactReason;
import dev.cxkit.core.CsatScore;
import dev.cxkit.core.Feedback;
import dev.cxkit.core.Interaction;
import dev.cxkit.kpi.KpiUnit;
import dev.cxkit.kpi.KpiValue;
import org.jspecify.annotations.Nullable;

/**
 * The scorecard as a performance-minded engineer writes it by hand: one loop over the array
 * updating primitive counters and sums, times read as epoch seconds and nanos without allocating a
 * {@link Duration}, and first-contact resolution from a {@code HashMap<IssueKey, long[]>} of contact
 * instants per (customer, reason), sorted per key at the end. Computes exactly the variants of
 * {@link CxkitScorecard}; only what the ten {@link KpiValue}s need is counted (for example not the
 * holds over a limit that cxkit's {@code HoldTime} also counts). Stateless; each call allocates
 * its own counters.
 */
public final class HandFusedScorecard {

    private static final long THRESHOLD_NANOS = Duration.ofSeconds(20).toNanos();
    private static final long SHORT_ABANDON_NANOS = Duration.ofSeconds(5).toNanos();
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long MAX_SECONDS_IN_NANOS = Long.MAX_VALUE / NANOS_PER_SECOND - 1;
    private static final long WINDOW_MILLIS = Duration.ofDays(7).toMillis();
    /** Bits for a channel ordinal below a contact's epoch millisecond (6 channels fit in 3). */
    private static final int CHANNEL_BITS = 3;
    private static final long CHANNEL_MASK = (1L << CHANNEL_BITS) - 1;

    private HandFusedScorecard() {
    }

    /**
     * The ten KPIs, overall only.
     *
     * @param interactions the interactions
     * @return the figures
     */
    public static Figures tenKpis(Interaction[] interactions) {
        Counters overall = new Counters(true, false);
        for (Interaction interaction : interactions) {
            overall.accept(interaction);
        }
        return new Figures(Map.of(Figures.OVERALL, overall.values()));
    }

    /**
     * The nine KPIs other than first-contact resolution, overall only.
     *
     * @param interactions the interactions
     * @return the figures
     */
    public static Figures nineKpisWithoutFcr(Interaction[] interactions) {
        Counters overall = new Counters(false, false);
        for (Interaction interaction : interactions) {
            overall.accept(interaction);
        }
        return new Figures(Map.of(Figures.OVERALL, overall.values()));
    }

    /**
     * The ten KPIs, overall and per channel. As in a {@link dev.cxkit.kpi.KpiSet} grouping, repeats are
     * found across all channels (a chat after a call is a repeat of the call) and a first contact's FCR
     * outcome counts in its own channel; the other nine KPIs see only their channel's contacts.
     *
     * @param interactions the interactions
     * @return the figures; a channel appears only if it has interactions
     */
    public static Figures tenKpisByChannel(Interaction[] interactions) {
        // One repeat detection over all contacts (tagged with their channel); the other nine per channel.
        Counters overall = new Counters(true, true);
        Counters[] byChannel = new Counters[Channel.values().length];
        for (Interaction interaction : interactions) {
            overall.accept(interaction);
            int channel = interaction.channel().ordinal();
            Counters counters = byChannel[channel];
            if (counters == null) {
                counters = new Counters(false, false);
                byChannel[channel] = counters;
            }
            counters.accept(interaction);
        }
        Map<String, Map<String, KpiValue>> groups = new HashMap<>();
        groups.put(Figures.OVERALL, overall.values());
        KpiValue[] fcr = overall.fcrByChannel();
        for (Channel channel : Channel.values()) {
            Counters counters = byChannel[channel.ordinal()];
            if (counters != null) {
                Map<String, KpiValue> values = new LinkedHashMap<>();
                values.put("fcr", fcr[channel.ordinal()]);
                values.putAll(counters.values());
                groups.put(channel.name(), values);
            }
        }
        return new Figures(groups);
    }

    private record IssueKey(String customer, String reason) {
    }

    /** Every counter of the ten KPIs for one group. */
    private static final class Counters {
        private final @Nullable HashMap<IssueKey, long[]> issues;
        private long unclassified;
        private long offered;
        private long answered;
        private long withinThreshold;
        private long abandonedAfterShort;
        // Time sums as whole seconds plus a nano adjustment: a sum of nanos in one long overflows
        // after 292 years, which a million e-mail waits of a few hours exceed.
        private long handleSeconds;
        private long handleNanos;
        private long waitSeconds;
        private long waitNanos;
        private long holdSeconds;
        private long holdNanos;
        // Contacts whose hold, and whose whole handle time, is recorded: the means' denominators.
        private long holdCount;
        private long handleCount;
        private long transferred;
        private long csatAnswers;
        private long csatTopBox;
        private long cesAnswers;
        private long cesSum;
        private long promoters;
        private long passives;
        private long detractors;

        /**
         * Whether each stored contact time carries its channel in the low {@link #CHANNEL_BITS} bits, so
         * that FCR can also be told per channel: repeats are found across all channels and a first
         * contact's outcome counts in its own channel, as a {@link dev.cxkit.kpi.KpiSet} grouping does.
         */
        private final boolean tagChannels;
        private final long[] unclassifiedByChannel = new long[Channel.values().length];

        Counters(boolean withFcr, boolean tagChannels) {
            this.issues = withFcr ? new HashMap<>() : null;
            this.tagChannels = tagChannels;
        }

        void accept(Interaction interaction) {
            offered++;
            Instant queuedAt = interaction.queuedAt();
            Instant answeredAt = interaction.answeredAt();
            if (answeredAt == null) {
                Instant endedAt = interaction.endedAt();
                long seconds = endedAt.getEpochSecond() - queuedAt.getEpochSecond();
                long wait = seconds > MAX_SECONDS_IN_NANOS ? Long.MAX_VALUE
                        : seconds * NANOS_PER_SECOND + (endedAt.getNano() - queuedAt.getNano());
                if (wait <= THRESHOLD_NANOS) {
                    withinThreshold++;
                }
                if (wait > SHORT_ABANDON_NANOS) {
                    abandonedAfterShort++;
                }
            } else {
                answered++;
                long seconds = answeredAt.getEpochSecond() - queuedAt.getEpochSecond();
                int nanos = answeredAt.getNano() - queuedAt.getNano();
                waitSeconds += seconds;
                waitNanos += nanos;
                if (seconds <= MAX_SECONDS_IN_NANOS && seconds * NANOS_PER_SECOND + nanos <= THRESHOLD_NANOS) {
                    withinThreshold++;
                }
                Duration hold = interaction.hold();
                Duration talk = interaction.talk();
                Duration afterContactWork = interaction.afterContactWork();
                if (hold != null) {
                    holdCount++;
                    holdSeconds += hold.getSeconds();
                    holdNanos += hold.getNano();
                    if (talk != null && afterContactWork != null) {
                        handleCount++;
                        handleSeconds += talk.getSeconds() + hold.getSeconds() + afterContactWork.getSeconds();
                        handleNanos += talk.getNano() + hold.getNano() + afterContactWork.getNano();
                    }
                }
                if (!interaction.transfers().isEmpty()) {
                    transferred++;
                }
                HashMap<IssueKey, long[]> byIssue = issues;
                if (byIssue != null) {
                    acceptContact(byIssue, interaction, queuedAt);
                }
            }
            Feedback feedback = interaction.feedback();
            if (feedback != null) {
                CsatScore csat = feedback.csat();
                if (csat != null) {
                    csatAnswers++;
                    if (csat.isTopBox()) {
                        csatTopBox++;
                    }
                }
                CesScore ces = feedback.ces();
                if (ces != null) {
                    cesAnswers++;
                    cesSum += ces.score();
                }
                Integer nps = feedback.nps();
                if (nps != null) {
                    int score = nps;
                    if (score >= 9) {
                        promoters++;
                    } else if (score >= 7) {
                        passives++;
                    } else {
                        detractors++;
                    }
                }
            }
        }

        private void acceptContact(HashMap<IssueKey, long[]> byIssue, Interaction interaction, Instant queuedAt) {
            ContactReason reason = interaction.reason();
            if (reason == null) {
                unclassified++;
                unclassifiedByChannel[interaction.channel().ordinal()]++;
                return;
            }
            IssueKey key = new IssueKey(interaction.customerId().value(), reason.key());
            long at = tagChannels ? queuedAt.toEpochMilli() << CHANNEL_BITS | interaction.channel().ordinal()
                    : queuedAt.toEpochMilli();
            long[] times = byIssue.get(key);
            if (times == null) {
                byIssue.put(key, new long[] {1, at, 0, 0});
                return;
            }
            int n = (int) times[0];
            if (n + 1 == times.length) {
                times = Arrays.copyOf(times, times.length * 2);
                byIssue.put(key, times);
            }
            times[n + 1] = at;
            times[0] = n + 1;
        }

        Map<String, KpiValue> values() {
            Map<String, KpiValue> values = new LinkedHashMap<>();
            HashMap<IssueKey, long[]> byIssue = issues;
            if (byIssue != null) {
                values.put("fcr", fcr(byIssue));
            }
            values.put("csat", KpiValue.ratio("hand.csat", "", csatTopBox, csatAnswers));
            values.put("ces", mean("hand.ces", cesSum, cesAnswers, KpiUnit.SCORE));
            long npsAnswers = promoters + passives + detractors;
            values.put("nps", npsAnswers == 0 ? KpiValue.empty("hand.nps", "", 0, KpiUnit.NPS_POINTS)
                    : KpiValue.of("hand.nps", "", 100.0 * (promoters - detractors) / npsAnswers, npsAnswers,
                            KpiUnit.NPS_POINTS));
            values.put("aht", seconds("hand.aht", handleSeconds, handleNanos, handleCount));
            values.put("asa", seconds("hand.asa", waitSeconds, waitNanos, answered));
            values.put("service_level", KpiValue.ratio("hand.service_level", "", withinThreshold, offered));
            values.put("abandonment", KpiValue.ratio("hand.abandonment", "", abandonedAfterShort,
                    answered + abandonedAfterShort));
            values.put("hold", seconds("hand.hold", holdSeconds, holdNanos, holdCount));
            values.put("transfer", KpiValue.ratio("hand.transfer", "", transferred, answered));
            return values;
        }

        private KpiValue fcr(HashMap<IssueKey, long[]> byIssue) {
            // A contact without a reason is its own issue: a first contact that is never repeated.
            long[][] counts = fcrCounts(byIssue);
            long eligible = unclassified;
            long resolved = unclassified;
            for (long[] count : counts) {
                eligible += count[0];
                resolved += count[1];
            }
            return KpiValue.ratio("hand.fcr", "", resolved, eligible);
        }

        /** FCR per channel ordinal, from a store whose times carry their channel. */
        KpiValue[] fcrByChannel() {
            HashMap<IssueKey, long[]> byIssue = issues;
            if (byIssue == null || !tagChannels) {
                throw new IllegalStateException("FCR per channel needs a store tagged with channels");
            }
            long[][] counts = fcrCounts(byIssue);
            KpiValue[] values = new KpiValue[counts.length];
            for (int c = 0; c < counts.length; c++) {
                long unclassifiedHere = unclassifiedByChannel[c];
                values[c] = KpiValue.ratio("hand.fcr", "", counts[c][1] + unclassifiedHere,
                        counts[c][0] + unclassifiedHere);
            }
            return values;
        }

        /** Eligible and resolved first contacts per channel ordinal (all in slot 0 for an untagged store). */
        private long[][] fcrCounts(HashMap<IssueKey, long[]> byIssue) {
            long[][] counts = new long[Channel.values().length][2];
            int shift = tagChannels ? CHANNEL_BITS : 0;
            for (long[] times : byIssue.values()) {
                int n = (int) times[0];
                Arrays.sort(times, 1, n + 1);
                for (int i = 1; i <= n; i++) {
                    long at = times[i] >> shift;
                    if (i > 1 && at - (times[i - 1] >> shift) <= WINDOW_MILLIS) {
                        continue;
                    }
                    long[] count = counts[tagChannels ? (int) (times[i] & CHANNEL_MASK) : 0];
                    count[0]++;
                    if (i == n || (times[i + 1] >> shift) - at > WINDOW_MILLIS) {
                        count[1]++;
                    }
                }
            }
            return counts;
        }

        private static KpiValue mean(String id, long sum, long count, KpiUnit unit) {
            return count == 0 ? KpiValue.empty(id, "", 0, unit) : KpiValue.of(id, "", (double) sum / count, count, unit);
        }

        private static KpiValue seconds(String id, long seconds, long nanos, long count) {
            long total = seconds + Math.floorDiv(nanos, NANOS_PER_SECOND);
            return count == 0 ? KpiValue.empty(id, "", 0, KpiUnit.SECONDS)
                    : KpiValue.of(id, "", (total + Math.floorMod(nanos, NANOS_PER_SECOND) / 1e9) / count, count,
                            KpiUnit.SECONDS);
        }
    }
}
