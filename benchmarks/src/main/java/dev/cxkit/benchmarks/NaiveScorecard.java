package dev.cxkit.benchmarks;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.cxkit.core.CesScore;
import dev.cxkit.core.Channel;
import dev.cxkit.core.CsatScore;
import dev.cxkit.core.Feedback;
import dev.cxkit.core.Interaction;
import dev.cxkit.kpi.KpiUnit;
import dev.cxkit.kpi.KpiValue;
import org.jspecify.annotations.Nullable;

/**
 * The scorecard as a typical application writes it: Java streams, one pass (or more) per KPI over
 * a list, {@code Collectors.groupingBy} for the per-issue contact lists of first-contact resolution
 * and for the channel groups, {@link Duration} arithmetic and {@code average()} for the means.
 * Computes the variants of {@link CxkitScorecard}. Stateless.
 */
public final class NaiveScorecard {

    private static final Duration THRESHOLD = Duration.ofSeconds(20);
    private static final Duration SHORT_ABANDON = Duration.ofSeconds(5);
    private static final Duration WINDOW = Duration.ofDays(7);

    private NaiveScorecard() {
    }

    /**
     * The ten KPIs, overall only.
     *
     * @param interactions the interactions
     * @return the figures
     */
    public static Figures tenKpis(Interaction[] interactions) {
        return new Figures(Map.of(Figures.OVERALL, kpis(Arrays.asList(interactions))));
    }

    /**
     * The ten KPIs, overall and per channel.
     *
     * @param interactions the interactions
     * @return the figures
     */
    public static Figures tenKpisByChannel(Interaction[] interactions) {
        Map<String, Map<String, KpiValue>> groups = new LinkedHashMap<>();
        groups.put(Figures.OVERALL, kpis(Arrays.asList(interactions)));
        // Repeats are found across all channels; a first contact's FCR outcome counts in its own channel.
        List<Interaction> answered = Arrays.stream(interactions).filter(i -> !i.isAbandoned()).collect(toList());
        Map<Channel, List<Interaction>> byChannel = Arrays.stream(interactions).collect(groupingBy(Interaction::channel));
        byChannel.forEach((channel, list) -> {
            Map<String, KpiValue> values = kpis(list);
            values.put("fcr", fcr(answered, channel));
            groups.put(channel.name(), values);
        });
        return new Figures(groups);
    }

    private static Map<String, KpiValue> kpis(List<Interaction> interactions) {
        List<Interaction> answered = interactions.stream().filter(i -> !i.isAbandoned()).collect(toList());
        List<Feedback> feedback = interactions.stream().map(Interaction::feedback).filter(Objects::nonNull)
                .collect(toList());
        Map<String, KpiValue> values = new LinkedHashMap<>();
        values.put("fcr", fcr(answered, null));

        List<CsatScore> csat = feedback.stream().map(Feedback::csat).filter(Objects::nonNull).collect(toList());
        long topBox = csat.stream().filter(CsatScore::isTopBox).count();
        values.put("csat", KpiValue.ratio("naive.csat", "", topBox, csat.size()));

        IntSummaryStatistics ces = feedback.stream().map(Feedback::ces).filter(Objects::nonNull)
                .mapToInt(CesScore::score).summaryStatistics();
        values.put("ces", ces.getCount() == 0 ? KpiValue.empty("naive.ces", "", 0, KpiUnit.SCORE)
                : KpiValue.of("naive.ces", "", ces.getAverage(), ces.getCount(), KpiUnit.SCORE));

        List<Integer> nps = feedback.stream().map(Feedback::nps).filter(Objects::nonNull).collect(toList());
        long promoters = nps.stream().filter(score -> score >= 9).count();
        long detractors = nps.stream().filter(score -> score <= 6).count();
        values.put("nps", nps.isEmpty() ? KpiValue.empty("naive.nps", "", 0, KpiUnit.NPS_POINTS)
                : KpiValue.of("naive.nps", "", 100.0 * (promoters - detractors) / nps.size(), nps.size(),
                        KpiUnit.NPS_POINTS));

        // A handle time or hold that is not recorded (a bot session's talk) is left out, not counted as 0.
        values.put("aht", meanSeconds("naive.aht", answered.stream().map(Interaction::handleTime).filter(Objects::nonNull)
                .collect(toList())));
        values.put("asa", meanSeconds("naive.asa", answered.stream().map(Interaction::queueWait).collect(toList())));

        long withinThreshold = interactions.stream().filter(i -> i.queueWait().compareTo(THRESHOLD) <= 0).count();
        values.put("service_level", KpiValue.ratio("naive.service_level", "", withinThreshold, interactions.size()));

        long abandoned = interactions.stream()
                .filter(i -> i.isAbandoned() && i.queueWait().compareTo(SHORT_ABANDON) > 0).count();
        values.put("abandonment", KpiValue.ratio("naive.abandonment", "", abandoned, answered.size() + abandoned));

        values.put("hold", meanSeconds("naive.hold", answered.stream().map(Interaction::hold).filter(Objects::nonNull)
                .collect(toList())));

        long transferred = answered.stream().filter(i -> !i.transfers().isEmpty()).count();
        values.put("transfer", KpiValue.ratio("naive.transfer", "", transferred, answered.size()));
        return values;
    }

    /** FCR over all answered contacts, counting the first contacts of {@code channel} (null: all). */
    private static KpiValue fcr(List<Interaction> answered, @Nullable Channel channel) {
        // A contact without a reason is its own issue: a first contact that is never repeated.
        long unclassified = answered.stream()
                .filter(i -> i.reason() == null && (channel == null || i.channel() == channel)).count();
        Map<List<String>, List<Interaction>> byIssue = answered.stream().filter(i -> i.reason() != null)
                .collect(groupingBy(i -> List.of(i.customerId().value(), Objects.requireNonNull(i.reason()).key())));
        long eligible = unclassified;
        long resolved = unclassified;
        for (Collection<Interaction> contacts : byIssue.values()) {
            List<Interaction> sorted = contacts.stream().sorted(Comparator.comparing(Interaction::queuedAt))
                    .collect(toList());
            for (int i = 0; i < sorted.size(); i++) {
                if (i > 0 && Duration.between(sorted.get(i - 1).queuedAt(), sorted.get(i).queuedAt())
                        .compareTo(WINDOW) <= 0) {
                    continue;
                }
                if (channel != null && sorted.get(i).channel() != channel) {
                    continue;
                }
                eligible++;
                if (i == sorted.size() - 1 || Duration.between(sorted.get(i).queuedAt(), sorted.get(i + 1).queuedAt())
                        .compareTo(WINDOW) > 0) {
                    resolved++;
                }
            }
        }
        return KpiValue.ratio("naive.fcr", "", resolved, eligible);
    }

    private static KpiValue meanSeconds(String id, List<Duration> durations) {
        DoubleSummaryStatistics stats = durations.stream().mapToDouble(d -> d.toNanos() / 1e9).summaryStatistics();
        return stats.getCount() == 0 ? KpiValue.empty(id, "", 0, KpiUnit.SECONDS)
                : KpiValue.of(id, "", stats.getAverage(), stats.getCount(), KpiUnit.SECONDS);
    }
}
