package dev.cxkit.kpi;

import java.time.Duration;
import java.time.Instant;

import dev.cxkit.core.Interaction;
import org.jspecify.annotations.Nullable;

/** What {@link Percentiles} measures per interaction; each gives the id prefix of its results. */
public enum PercentileMeasure {
    /** Queue wait of answered contacts ({@link Interaction#queueWait()}); ids {@code cx.kpi.wait.p50} …. */
    QUEUE_WAIT("cx.kpi.wait"),
    /**
     * Handle time of answered contacts whose handle time is recorded ({@link Interaction#handleTime()});
     * ids {@code cx.kpi.handle_time.p50} ….
     */
    HANDLE_TIME("cx.kpi.handle_time"),
    /**
     * Calendar time to the first agent response, as defined by {@link FirstResponseTime} (answer for
     * live channels, first reply for written ones); ids {@code cx.kpi.first_reply.p50} ….
     */
    FIRST_REPLY("cx.kpi.first_reply");

    private final String idPrefix;

    PercentileMeasure(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    /**
     * The id prefix; results append {@code .p50}, {@code .p90}, {@code .p99}.
     *
     * @return for example {@code cx.kpi.wait}
     */
    public String idPrefix() {
        return idPrefix;
    }

    /**
     * The measured duration of an interaction.
     *
     * @param interaction the interaction
     * @return the duration, or {@code null} if the interaction has none (abandoned, no response, or
     *     not recorded)
     */
    @Nullable Duration measure(Interaction interaction) {
        return switch (this) {
            case QUEUE_WAIT -> interaction.isAbandoned() ? null : interaction.queueWait();
            case HANDLE_TIME -> interaction.isAbandoned() ? null : interaction.handleTime();
            case FIRST_REPLY -> {
                Instant response = FirstResponseTime.firstResponseAt(interaction);
                yield response == null ? null : Duration.between(interaction.queuedAt(), response);
            }
        };
    }
}
