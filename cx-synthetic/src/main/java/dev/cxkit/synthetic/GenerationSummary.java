package dev.cxkit.synthetic;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import dev.cxkit.core.Channel;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.internal.Checks;

/**
 * What a generator run produced. Immutable.
 *
 * @param interactionsPerChannel interactions per channel (every channel present, possibly 0)
 * @param labelsPerCode truth labels per mistake code (every code present, possibly 0)
 * @param interactions all interactions
 * @param cases cases opened
 * @param caseEvents case events delivered
 * @param agents agents delivered
 * @param periodStart first instant of the period (start of the start date in the zone)
 * @param periodEnd end of the period, exclusive; promise outcomes and feedback loops are judged here
 */
public record GenerationSummary(Map<Channel, Long> interactionsPerChannel, Map<MistakeCode, Long> labelsPerCode,
        long interactions, long cases, long caseEvents, long agents, Instant periodStart, Instant periodEnd) {

    /** Copies the maps, filling absent keys with 0. */
    public GenerationSummary {
        interactionsPerChannel = complete(Checks.notNull(interactionsPerChannel, "interactionsPerChannel"), Channel.class);
        labelsPerCode = complete(Checks.notNull(labelsPerCode, "labelsPerCode"), MistakeCode.class);
        Checks.notNull(periodStart, "periodStart");
        Checks.notNull(periodEnd, "periodEnd");
    }

    private static <K extends Enum<K>> Map<K, Long> complete(Map<K, Long> source, Class<K> type) {
        Map<K, Long> result = new EnumMap<>(type);
        for (K key : type.getEnumConstants()) {
            result.put(key, source.getOrDefault(key, 0L));
        }
        return Collections.unmodifiableMap(result);
    }

    /**
     * The number of labels of one code.
     *
     * @param code the code
     * @return the count, 0 if none
     */
    public long labels(MistakeCode code) {
        return labelsPerCode.get(code);
    }
}
