package dev.cxkit.exports;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void bank() {
        MappingFile mapping = MappingFile.read(Path.of("src/test/resources/mapped/anonymous-bank.mapping"));
        for (Duration skew : new Duration[] {Duration.ZERO, Duration.ofSeconds(2)}) {
            AtomicLong n = new AtomicLong();
            AtomicLong ab = new AtomicLong();
            var report = ExportReader.of(ExportProfile.mapped(mapping), ExportOptions.builder().clockSkew(skew).build())
                    .read(Path.of("/work/research/data/data_anonymous_bank_february.txt"), i -> { n.incrementAndGet(); if (i.isAbandoned()) ab.incrementAndGet(); });
            System.out.println(report.read() + " " + report.accepted() + " " + report.rejected() + " " + report.rejectsByKind() + " n=" + n + " ab=" + ab);
            report.warnings().forEach(System.out::println);
            report.rejects().stream().limit(8).forEach(System.out::println);
            System.out.println(ExportProfile.mapped(mapping).notRecorded());
        }
    }
}
