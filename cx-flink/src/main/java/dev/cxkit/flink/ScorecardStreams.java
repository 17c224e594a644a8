package dev.cxkit.flink;

import dev.cxkit.core.Interaction;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * The outputs of {@link ScorecardJob#scorecards}: the scorecards, and the contacts that came too late
 * to be counted (so that they are counted, not lost).
 *
 * @param scorecards one {@link GroupScorecard} per team, channel and week, per week, and optionally a total
 * @param lateContacts contacts more than the allowed lateness behind the watermark, left out of every KPI
 */
public record ScorecardStreams(DataStream<GroupScorecard> scorecards, DataStream<Interaction> lateContacts) {
}
