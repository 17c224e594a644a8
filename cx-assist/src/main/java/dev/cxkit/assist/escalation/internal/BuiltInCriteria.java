package dev.cxkit.assist.escalation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.cxkit.core.ContactReason;
import dev.cxkit.core.Money;
import dev.cxkit.core.Tier;
import dev.cxkit.assist.escalation.EscalationCriteria;
import dev.cxkit.assist.escalation.EscalationCriterion;
import dev.cxkit.assist.escalation.EscalationFlag;
import dev.cxkit.assist.escalation.EscalationState;
import org.jspecify.annotations.Nullable;

/** The built-in criteria of {@link EscalationCriteria}, reading their thresholds from it. */
public final class BuiltInCriteria {

    private BuiltInCriteria() {
    }

    /**
     * The built-in criteria in {@link EscalationCriteria#BUILT_IN_IDS} order.
     *
     * @param config the thresholds
     * @return the criteria
     */
    public static List<EscalationCriterion> create(EscalationCriteria config) {
        return List.of(
                criterion(EscalationCriteria.ATTEMPTS, state -> state.attempts() >= attempts(config, state)
                        ? Optional.of(next(state.tier())) : Optional.empty()),
                criterion(EscalationCriteria.ELAPSED, state -> {
                    @Nullable Duration limit = config.elapsedLimits().get(state.tier());
                    return limit != null && state.channel().isLive()
                            && state.elapsed().compareTo(scale(config, state, limit)) > 0
                            ? Optional.of(next(state.tier())) : Optional.empty();
                }),
                criterion(EscalationCriteria.SENTIMENT, state -> {
                    @Nullable Double sentiment = state.sentiment();
                    double threshold = priority(config, state)
                            ? config.sentimentThreshold() * config.priorityScalePercent() / 100.0
                            : config.sentimentThreshold();
                    return sentiment != null && sentiment <= threshold ? Optional.of(next(state.tier()))
                            : Optional.empty();
                }),
                criterion(EscalationCriteria.VALUE_ABOVE_AUTHORITY, state -> authority(config, state)),
                criterion(EscalationCriteria.REASON_ROUTE, state -> route(config, state.reason())),
                criterion(EscalationCriteria.DEFECT_SUSPECTED, state -> state.has(EscalationFlag.DEFECT_SUSPECTED)
                        ? Optional.of(Tier.T3) : Optional.empty()),
                criterion(EscalationCriteria.SUPERVISOR_REQUESTED,
                        state -> state.has(EscalationFlag.SUPERVISOR_REQUESTED) ? Optional.of(next(state.tier()))
                                : Optional.empty()));
    }

    private static EscalationCriterion criterion(String id, Function<EscalationState, Optional<Tier>> rule) {
        return new EscalationCriterion() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Optional<Tier> requiredTier(EscalationState state) {
                return rule.apply(state);
            }

            @Override
            public String toString() {
                return id;
            }
        };
    }

    /** The tier above, or T3 at T3 ("met, nowhere higher to go"). */
    static Tier next(Tier tier) {
        Tier[] tiers = Tier.values();
        return tiers[Math.min(tier.ordinal() + 1, tiers.length - 1)];
    }

    private static boolean priority(EscalationCriteria config, EscalationState state) {
        return config.prioritySegments().contains(state.segment());
    }

    private static int attempts(EscalationCriteria config, EscalationState state) {
        int threshold = config.attemptsThreshold();
        if (!priority(config, state)) {
            return threshold;
        }
        // ⌈threshold × percent / 100⌉, at least 1.
        return Math.max(1, (threshold * config.priorityScalePercent() + 99) / 100);
    }

    private static Duration scale(EscalationCriteria config, EscalationState state, Duration limit) {
        return priority(config, state) ? limit.multipliedBy(config.priorityScalePercent()).dividedBy(100) : limit;
    }

    private static Optional<Tier> authority(EscalationCriteria config, EscalationState state) {
        @Nullable Money value = state.valueAtStake();
        if (value == null) {
            return Optional.empty();
        }
        Map<Tier, Money> limits = config.authority();
        @Nullable Money own = limits.get(state.tier());
        if (own == null || !exceeds(config, state, value, own)) {
            return Optional.empty();
        }
        for (Tier tier : Tier.values()) {
            if (tier.isAbove(state.tier())) {
                @Nullable Money limit = limits.get(tier);
                if (limit == null || !exceeds(config, state, value, limit)) {
                    return Optional.of(tier);
                }
            }
        }
        return Optional.of(Tier.T3);
    }

    private static boolean exceeds(EscalationCriteria config, EscalationState state, Money value, Money limit) {
        if (!value.currency().equals(limit.currency())) {
            throw new IllegalArgumentException("The value at stake (" + value + ") is in another currency than the "
                    + "authority limits (" + limit.currency() + ").\nMaybe convert it first?");
        }
        Money effective = limit;
        if (priority(config, state)) {
            BigDecimal scaled = limit.amount().multiply(BigDecimal.valueOf(config.priorityScalePercent()))
                    .divide(BigDecimal.valueOf(100), limit.amount().scale(), RoundingMode.DOWN);
            effective = Money.of(scaled, limit.currency());
        }
        return value.compareTo(effective) > 0;
    }

    private static Optional<Tier> route(EscalationCriteria config, @Nullable ContactReason reason) {
        if (reason == null) {
            return Optional.empty();
        }
        @Nullable String best = null;
        for (String prefix : config.reasonRoutes().keySet()) {
            if (reason.key().startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best == null ? Optional.empty() : Optional.of(config.reasonRoutes().get(best));
    }
}
