package dev.cxkit.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import dev.cxkit.core.Agent;
import dev.cxkit.core.CaseEvent;
import dev.cxkit.core.Interaction;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class GeneratorDeterminismTest {

    /** A week at 300 contacts a day: small enough to hold in a list, big enough to hit every branch often. */
    private static GeneratorConfig smallWeek(long seed) {
        return GeneratorConfig.builder().seed(seed).days(7).contactsPerDay(300).customers(5_000).spikes(List.of()).build();
    }

    private static List<Object> run(GeneratorConfig config) {
        List<Object> out = new ArrayList<>();
        GenerationSummary summary = SyntheticContactCentre.generate(config, new GeneratedDataSink() {
            @Override
            public void agent(Agent agent) {
                out.add(agent);
            }

            @Override
            public void interaction(Interaction interaction) {
                out.add(interaction);
            }

            @Override
            public void caseEvent(CaseEvent event) {
                out.add(event);
            }

            @Override
            public void truth(TruthLabel label) {
                out.add(label);
            }
        });
        out.add(summary);
        return out;
    }

    @Test
    void sameSeedGivesTheSameSequenceOfObjects() {
        List<Object> first = run(smallWeek(7));
        List<Object> second = run(smallWeek(7));

        assertThat(first).hasSizeGreaterThan(2_000);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void differentSeedsGiveDifferentData() {
        List<Object> first = run(smallWeek(7));
        List<Object> other = run(smallWeek(8));

        assertThat(other).isNotEqualTo(first);
    }

    @Property(tries = 5)
    void anySeedIsReproducible(@ForAll long seed) {
        GeneratorConfig config = GeneratorConfig.builder().seed(seed).days(2).contactsPerDay(80).customers(500)
                .spikes(List.of()).build();
        List<Object> first = run(config);

        assertThat(run(config)).isEqualTo(first);
        assertThat(first.get(first.size() - 1)).isInstanceOf(GenerationSummary.class);
    }
}
