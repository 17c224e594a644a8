package dev.cxkit.cli;

import java.time.Duration;
import java.time.Instant;

import dev.cxkit.core.InstantBounds;
import dev.cxkit.kpi.FcrVariant;
import dev.cxkit.kpi.RepeatScope;
import dev.cxkit.kpi.StandardKpis;
import picocli.CommandLine.Option;

/** The KPI options shared by {@code cx kpi} and {@code cx scorecard}. */
final class KpiOptions {

    @Option(names = "--threshold", defaultValue = "PT20S", paramLabel = "DURATION",
            description = "Service-level threshold T (default: ${DEFAULT-VALUE}).")
    Duration threshold;

    @Option(names = "--short-abandon", defaultValue = "PT5S", paramLabel = "DURATION",
            description = "Abandons at or under this are short abandons (default: ${DEFAULT-VALUE}).")
    Duration shortAbandon;

    @Option(names = "--fcr-window", defaultValue = "P7D", paramLabel = "DURATION",
            description = "Repeat window for FCR and repeat-contact rate (default: ${DEFAULT-VALUE}).")
    Duration fcrWindow;

    @Option(names = "--fcr-scope", defaultValue = "PER_ISSUE", paramLabel = "SCOPE",
            description = "What counts as the same issue: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    RepeatScope fcrScope;

    @Option(names = "--as-of", paramLabel = "INSTANT",
            description = "Judge promises and feedback loops at this instant (default: the end of the data).")
    Instant asOf;

    StandardKpis.Config config() {
        return StandardKpis.Config.builder()
                .serviceLevelThreshold(threshold)
                .shortAbandon(shortAbandon)
                .repeatWindow(FcrVariant.repeatWithin(fcrWindow, fcrScope))
                .asOf(asOf == null ? null : InstantBounds.check(asOf, "--as-of"))
                .build();
    }
}
