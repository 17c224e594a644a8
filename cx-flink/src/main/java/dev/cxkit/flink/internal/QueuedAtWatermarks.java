package dev.cxkit.flink.internal;

import dev.cxkit.core.Interaction;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/**
 * Watermarks from {@code queuedAt} with a bounded out-of-orderness: the watermark trails the latest
 * {@code queuedAt} seen by the bound. Unlike Flink's periodic generator it also emits on an event once
 * the watermark has moved by at least one second, so that which contacts are late depends on the
 * data rather than on when the periodic timer happened to run.
 */
public final class QueuedAtWatermarks implements WatermarkGenerator<Interaction> {

    private static final long STEP_MILLIS = 1_000;

    private final long outOfOrdernessMillis;
    private long maxTimestamp;
    private long emitted = Long.MIN_VALUE;

    /**
     * Creates a generator.
     *
     * @param outOfOrdernessMillis the bound, 0 or more
     */
    public QueuedAtWatermarks(long outOfOrdernessMillis) {
        this.outOfOrdernessMillis = outOfOrdernessMillis;
        this.maxTimestamp = Long.MIN_VALUE + outOfOrdernessMillis + 1;
    }

    @Override
    public void onEvent(Interaction event, long eventTimestamp, WatermarkOutput output) {
        if (eventTimestamp > maxTimestamp) {
            maxTimestamp = eventTimestamp;
            long watermark = current();
            if (emitted == Long.MIN_VALUE || watermark - emitted >= STEP_MILLIS) {
                emit(output, watermark);
            }
        }
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        long watermark = current();
        if (watermark > emitted) {
            emit(output, watermark);
        }
    }

    /**
     * The watermark strategy of every cxkit job: event time is {@code queuedAt}, watermarks come from
     * this generator.
     *
     * @param outOfOrdernessMillis the bound, 0 or more
     * @return the strategy; it replaces any timestamps the stream already had
     */
    public static WatermarkStrategy<Interaction> strategy(long outOfOrdernessMillis) {
        return WatermarkStrategy.<Interaction>forGenerator(context -> new QueuedAtWatermarks(outOfOrdernessMillis))
                .withTimestampAssigner((interaction, previous) -> interaction.queuedAt().toEpochMilli());
    }

    private long current() {
        return maxTimestamp - outOfOrdernessMillis - 1;
    }

    private void emit(WatermarkOutput output, long watermark) {
        emitted = watermark;
        output.emitWatermark(new Watermark(watermark));
    }
}
