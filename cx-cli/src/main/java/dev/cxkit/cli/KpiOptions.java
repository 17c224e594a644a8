package dev.cxkit.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.cxkit.core.InstantBounds;
import dev.cxkit.core.CsatScale;
import dev.cxkit.kpi.CsatVariant;
import dev.cxkit.kpi.Dimension;
import dev.cxkit.kpi.FcrVariant;
import dev.cxkit.kpi.RepeatScope;
import dev.cxkit.kpi.StandardKpis;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The KPI options shared by {@code cx kpi}, {@code cx scorecard} and {@code cx report}. */
final class KpiOptions {

    /** How FCR is measured, as {@code --fcr} names it. */
    enum FcrMethod {
        /** Repeats of the same key within the window ({@code --fcr-window}, {@code --fcr-scope}). */
        REPEAT,
        /** Cases resolved by their only contact. */
        TICKET,
        /** The survey's "was it resolved?" answers. */
        SURVEY
    }

    @Option(names = "--threshold", defaultValue = "20s", paramLabel = "DURATION",
            description = "Service-level threshold T, e.g. 20s or 1m (default: ${DEFAULT-VALUE}).")
    Duration threshold;

    @Option(names = "--short-abandon", defaultValue = "5s", paramLabel = "DURATION",
            description = "Abandons at or under this are short abandons (default: ${DEFAULT-VALUE}).")
    Duration shortAbandon;

    @Option(names = "--fcr", defaultValue = "repeat", paramLabel = "METHOD",
            description = "How FCR is measured: repeat (no repeat within --fcr-window), ticket (case resolved by its "
                    + "only contact) or survey (customers' answers) (default: ${DEFAULT-VALUE}).")
    FcrMethod fcr;

    @Option(names = "--fcr-window", defaultValue = "7d", paramLabel = "DURATION",
            description = "Repeat window for FCR and repeat-contact rate (default: ${DEFAULT-VALUE}).")
    Duration fcrWindow;

    @Option(names = "--fcr-scope", defaultValue = "per_issue", paramLabel = "SCOPE",
            description = "What counts as the same issue: per_issue (customer and reason) or per_customer "
                    + "(default: ${DEFAULT-VALUE}).")
    RepeatScope fcrScope;

    @Option(names = "--fcr-keep-censored",
            description = "Count first contacts whose repeat window runs past the end of the data (or --as-of) as "
                    + "judged; by default they are left out, since a repeat may still come, and their number is printed.")
    boolean keepCensored;

    @Option(names = "--csat", defaultValue = "top-box", paramLabel = "VARIANT",
            description = "CSAT as the top-box share (top-box, any scale) or the mean on one scale (mean/1-5, "
                    + "mean/1-7, mean/1-10; answers on other scales are rejected) (default: ${DEFAULT-VALUE}).")
    String csat;

    @Option(names = "--as-of", paramLabel = "INSTANT",
            description = "Judge promises, feedback loops and FCR at this instant, e.g. 2026-04-05T22:00:00Z "
                    + "(default: the end of the data, the latest endedAt).")
    @Nullable Instant asOf;

    @Option(names = "--by", paramLabel = "DIMENSION", split = ",",
            description = "Also compute per group: channel, team, tier, agent, reason, hour, day or week; repeat or "
                    + "separate with commas for several groupings, join with + to combine (team+tier).")
    List<String> by = new ArrayList<>();

    /** The zone of --by hour, day and week: the input's {@code --zone} (InteractionInput), set by the command. */
    ZoneId zone = ZoneOffset.UTC;

    @Option(names = "--roster", paramLabel = "FILE",
            description = "Agent roster (agent_id,team,tier,hired_on,left_on; docs/formats.md) for attrition and "
                    + "tenure.")
    @Nullable Path roster;

    StandardKpis.Config config() {
        FcrVariant.RepeatWindow window = FcrVariant.repeatWithin(fcrWindow, fcrScope);
        FcrVariant fcrVariant = switch (fcr) {
            case REPEAT -> window;
            case TICKET -> FcrVariant.ticket();
            case SURVEY -> FcrVariant.survey();
        };
        return StandardKpis.Config.builder()
                .serviceLevelThreshold(threshold)
                .shortAbandon(shortAbandon)
                .repeatWindow(window)
                .fcr(fcrVariant)
                .csat(csatVariant())
                .asOf(asOf == null ? null : InstantBounds.check(asOf, "--as-of"))
                .censorAtAsOf(!keepCensored)
                .build();
    }

    /** The groupings of {@code --by}: each value one grouping, its {@code +}-joined dimensions combined. */
    List<List<Dimension>> groupings() {
        List<List<Dimension>> groupings = new ArrayList<>();
        for (String value : by) {
            List<Dimension> grouping = new ArrayList<>();
            for (String name : value.split("\\+")) {
                try {
                    grouping.add(Dimension.parse(name, zone));
                } catch (IllegalArgumentException e) {
                    throw new BadInputException("--by " + value + ": " + e.getMessage());
                }
            }
            groupings.add(List.copyOf(grouping));
        }
        return groupings;
    }

    /** The standard set for these options, with the roster read into it. */
    StandardKpis create() {
        StandardKpis kpis = StandardKpis.create(config(), groupings());
        if (roster != null) {
            RosterFile.read(roster, kpis::acceptAgent);
        }
        return kpis;
    }

    private CsatVariant csatVariant() {
        String value = csat.trim().toLowerCase(Locale.ROOT);
        if (value.equals("top-box")) {
            return CsatVariant.topBox();
        }
        if (value.startsWith("mean/1-")) {
            try {
                int max = Integer.parseInt(value.substring("mean/1-".length()));
                for (CsatScale scale : CsatScale.values()) {
                    if (scale.max() == max) {
                        return CsatVariant.mean(scale);
                    }
                }
            } catch (NumberFormatException e) {
                // falls through to the message below
            }
        }
        throw new BadInputException("--csat " + csat + ": expected top-box, mean/1-3, mean/1-5, mean/1-7 or mean/1-10.");
    }
}
