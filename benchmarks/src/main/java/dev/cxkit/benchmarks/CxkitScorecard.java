package dev.cxkit.benchmarks;

import dev.cxkit.core.CesScale;
import dev.cxkit.kpi.Abandonment;
import dev.cxkit.kpi.AverageHandleTime;
import dev.cxkit.kpi.AverageSpeedOfAnswer;
import dev.cxkit.kpi.CsatVariant;
import dev.cxkit.kpi.CustomerEffortScore;
import dev.cxkit.kpi.CustomerSatisfaction;
import dev.cxkit.kpi.Dimension;
import dev.cxkit.kpi.FcrVariant;
import dev.cxkit.kpi.FirstContactResolution;
import dev.cxkit.kpi.HoldTime;
import dev.cxkit.kpi.KpiSet;
import dev.cxkit.kpi.NetPromoterScore;
import dev.cxkit.kpi.ServiceLevel;
import dev.cxkit.kpi.ServiceLevelConfig;
import dev.cxkit.kpi.ServiceLevelFormula;
import dev.cxkit.kpi.TransferRate;

/**
 * The scorecard as a cxkit user writes it: a {@link KpiSet} of ready-made accumulators. The KPI
 * names are those of {@link Figures#KPI_NAMES}; the variants are the ones {@link HandFusedScorecard}
 * and {@link NaiveScorecard} compute by hand: FCR per issue within 7 days (no censoring), CSAT top
 * box, CES on the 1–5 effort scale, NPS, AHT, ASA, service level formula 1 (20 s threshold, short
 * abandons within 5 s kept), abandonment (short abandons within 5 s left out), mean hold and
 * transfer rate. Stateless; each method returns a new builder.
 */
public final class CxkitScorecard {

    private static final ServiceLevelConfig SERVICE_LEVEL =
            ServiceLevelConfig.ofDefaults().toBuilder().formula(ServiceLevelFormula.FORMULA1).build();

    private CxkitScorecard() {
    }

    /**
     * The ten KPIs, overall only.
     *
     * @return a new builder
     */
    public static KpiSet.Builder tenKpis() {
        return addNine(KpiSet.builder().add("fcr", () -> FirstContactResolution.create(FcrVariant.ofDefaults())));
    }

    /**
     * The ten KPIs, overall and per channel.
     *
     * @return a new builder
     */
    public static KpiSet.Builder tenKpisByChannel() {
        return tenKpis().groupBy(Dimension.CHANNEL);
    }

    /**
     * The nine KPIs other than first-contact resolution, overall only.
     *
     * @return a new builder
     */
    public static KpiSet.Builder nineKpisWithoutFcr() {
        return addNine(KpiSet.builder());
    }

    /**
     * First-contact resolution alone, overall only.
     *
     * @return a new builder
     */
    public static KpiSet.Builder fcrOnly() {
        return KpiSet.builder().add("fcr", () -> FirstContactResolution.create(FcrVariant.ofDefaults()));
    }

    private static KpiSet.Builder addNine(KpiSet.Builder builder) {
        return builder
                .add("csat", () -> CustomerSatisfaction.create(CsatVariant.topBox()))
                .add("ces", () -> CustomerEffortScore.create(CesScale.EFFORT_ONE_TO_FIVE))
                .add("nps", NetPromoterScore::create)
                .add("aht", AverageHandleTime::create)
                .add("asa", AverageSpeedOfAnswer::create)
                .add("service_level", () -> ServiceLevel.create(SERVICE_LEVEL))
                .add("abandonment", Abandonment::create)
                .add("hold", HoldTime::create)
                .add("transfer", TransferRate::create);
    }
}
