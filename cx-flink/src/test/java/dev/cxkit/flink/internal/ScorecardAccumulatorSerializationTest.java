package dev.cxkit.flink.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.cxkit.core.Interaction;
import dev.cxkit.synthetic.GeneratedDataSink;
import dev.cxkit.synthetic.GeneratorConfig;
import dev.cxkit.synthetic.SyntheticContactCentre;
import dev.cxkit.kpi.StandardKpis;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.GenericTypeInfo;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

/** The window accumulator survives Flink's serialiser (Kryo) with every KPI intact. */
class ScorecardAccumulatorSerializationTest {

    @Test
    void roundTripsThroughFlinksKryoSerializerWithTheSameResults() throws Exception {
        ScorecardAccumulator accumulator = new ScorecardAccumulator(StandardKpis.create());
        GeneratorConfig config = GeneratorConfig.builder().seed(3).days(3).contactsPerDay(150).spikes(List.of()).build();
        SyntheticContactCentre.generate(config, new GeneratedDataSink() {
            @Override
            public void interaction(Interaction interaction) {
                GroupKey group = GroupKey.of(interaction);
                accumulator.accept(new ScorecardInput.Contact(group, interaction));
                accumulator.accept(new RepeatOutcome(group, false, false, interaction.id().value().hashCode() % 2 == 0));
            }
        });
        TypeInformation<ScorecardAccumulator> type = TypeInformation.of(ScorecardAccumulator.class);
        TypeSerializer<ScorecardAccumulator> serializer = type.createSerializer(new SerializerConfigImpl());

        DataOutputSerializer out = new DataOutputSerializer(4096);
        serializer.serialize(accumulator, out);
        ScorecardAccumulator back = serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));

        assertThat(type).isInstanceOf(GenericTypeInfo.class);
        assertThat(back.results()).isEqualTo(accumulator.results());
        assertThat(serializer.copy(accumulator).results()).isEqualTo(accumulator.results());
    }
}
