package dev.cxkit.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import dev.cxkit.core.io.CaseEventReader;
import dev.cxkit.core.io.ImportOptions;
import dev.cxkit.core.io.ImportReport;
import dev.cxkit.core.io.InteractionReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetWriterTest {

    private static final GeneratorConfig SMALL = GeneratorConfig.ofDefaults().toBuilder().days(7).spikes(List.of()).build();

    @Test
    void writesFilesThatReadBackCompletelyAndMatchTheSummary(@TempDir Path dir) throws Exception {
        GenerationSummary summary;
        try (DatasetWriter out = DatasetWriter.create(dir)) {
            summary = SyntheticContactCentre.generate(SMALL, out);
        }

        AtomicLong interactions = new AtomicLong();
        ImportReport report = InteractionReader.jsonLines(ImportOptions.ofDefaults())
                .read(dir.resolve(DatasetWriter.INTERACTIONS), i -> interactions.incrementAndGet());
        ImportReport cases = CaseEventReader.jsonLines(ImportOptions.ofDefaults())
                .read(dir.resolve(DatasetWriter.CASES), e -> { });
        List<String> truth = Files.readAllLines(dir.resolve(DatasetWriter.TRUTH));

        assertThat(report.rejected()).isZero();
        assertThat(interactions.get()).isEqualTo(summary.interactions());
        assertThat(cases.rejected()).isZero();
        assertThat(cases.accepted()).isEqualTo(summary.caseEvents());
        assertThat(truth).hasSize((int) summary.labelsPerCode().values().stream().mapToLong(Long::longValue).sum());
        assertThat(truth).allSatisfy(line -> assertThat(line).startsWith("{\"code\":\"").endsWith("}"));
        assertThat(truth).anySatisfy(line -> assertThat(line).matches("\\{\"code\":\"[A-Z_]+\",\"interactionId\":\"[^\"]+\"}"));
    }

    @Test
    void sameSeedGivesByteIdenticalFiles(@TempDir Path first, @TempDir Path second) throws Exception {
        try (DatasetWriter out = DatasetWriter.create(first)) {
            SyntheticContactCentre.generate(SMALL, out);
        }
        try (DatasetWriter out = DatasetWriter.create(second)) {
            SyntheticContactCentre.generate(SMALL, out);
        }

        for (String file : List.of(DatasetWriter.INTERACTIONS, DatasetWriter.CASES, DatasetWriter.TRUTH)) {
            assertThat(Files.mismatch(first.resolve(file), second.resolve(file))).as(file).isEqualTo(-1L);
        }
    }
}
