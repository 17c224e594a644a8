package dev.cxkit.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.cxkit.core.Interaction;
import dev.cxkit.core.io.ErrorMode;
import dev.cxkit.core.io.ImportException;
import dev.cxkit.core.io.ImportOptions;
import dev.cxkit.core.io.ImportReport;
import dev.cxkit.core.io.RejectKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every profile shares: the JSON layouts vendors deliver, line rules, error modes, options. */
class ExportReaderTest {

    /** One Amazon Connect contact record, answered after 10 s. */
    private static String contact(String id) {
        return "{\"ContactId\":\"" + id + "\",\"Channel\":\"CHAT\",\"InitiationTimestamp\":\"2024-03-04T09:00:00Z\","
                + "\"DisconnectTimestamp\":\"2024-03-04T09:10:00Z\",\"LastUpdateTimestamp\":\"2024-03-04T09:11:00Z\","
                + "\"Queue\":{\"EnqueueTimestamp\":\"2024-03-04T09:00:00Z\"},"
                + "\"Agent\":{\"Username\":\"a\",\"ConnectedToAgentTimestamp\":\"2024-03-04T09:00:10Z\","
                + "\"AgentInteractionDuration\":590}}";
    }

    private static List<Interaction> read(Path file, ImportReport[] report) {
        List<Interaction> out = new ArrayList<>();
        report[0] = ExportReader.of(ExportProfile.amazonConnect()).read(file, out::add);
        return out;
    }

    @Test
    void readsJsonLinesArraysConcatenatedObjectsAndPrettyDocumentsAlike(@TempDir Path dir) throws IOException {
        List<String> layouts = List.of(
                contact("a") + "\n" + contact("b") + "\n",                                 // JSON Lines
                contact("a") + contact("b") + "\n",                                        // Firehose without newlines
                "[" + contact("a") + ",\n" + contact("b") + "]\n",                          // a JSON array
                "{\n  \"records\": [\n" + contact("a") + ",\n" + contact("b") + "\n  ]\n}\n", // an envelope
                "\uFEFF" + contact("a") + "\r\n\r\n" + contact("b") + "\r\n");              // BOM, CRLF, a blank line
        for (String layout : layouts) {
            Path file = dir.resolve("contacts.json");
            Files.writeString(file, layout, StandardCharsets.UTF_8);
            ImportReport[] report = new ImportReport[1];

            List<Interaction> out = read(file, report);

            assertThat(out).as(layout).extracting(i -> i.id().value()).containsExactly("a", "b");
            assertThat(report[0].read()).as(layout).isEqualTo(2);
            assertThat(report[0].isClean()).as(layout).isTrue();
        }
    }

    @Test
    void aMalformedLineCostsOnlyItselfButAMalformedDocumentEndsThere(@TempDir Path dir) throws IOException {
        Path lines = dir.resolve("lines.jsonl");
        Files.writeString(lines, contact("a") + "\n{\"ContactId\": \n" + contact("c") + "\n", StandardCharsets.UTF_8);
        ImportReport[] report = new ImportReport[1];
        assertThat(read(lines, report)).hasSize(2);
        assertThat(report[0].rejects()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.kind()).isEqualTo(RejectKind.MALFORMED);
        });

        Path brokenFirst = dir.resolve("broken-first.jsonl");
        Files.writeString(brokenFirst, "{\"ContactId\": \n" + contact("a") + "\n" + contact("c") + "\n",
                StandardCharsets.UTF_8);
        assertThat(read(brokenFirst, report)).hasSize(2);
        assertThat(report[0].rejects()).singleElement().satisfies(r -> assertThat(r.line()).isEqualTo(1));

        Path document = dir.resolve("document.json");
        Files.writeString(document, "[\n" + contact("a") + ",\n{\"ContactId\": ,\n" + contact("c") + "\n]\n",
                StandardCharsets.UTF_8);
        assertThat(read(document, report)).hasSize(1);
        assertThat(report[0].rejects()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.message()).endsWith("the rest of the file was not read");
        });
        assertThat(report[0].read()).isEqualTo(2);
    }

    @Test
    void rejectsLinesOverTheCapAndBytesThatAreNotUtf8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("contacts.jsonl");
        byte[] bad = {'{', '"', 'x', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
        Files.write(file, (contact("a") + "\n{\"ContactId\":\"" + "x".repeat(5_000) + "\"}\n").getBytes(StandardCharsets.UTF_8));
        Files.write(file, bad, java.nio.file.StandardOpenOption.APPEND);
        List<Interaction> out = new ArrayList<>();

        ImportReport report = ExportReader.of(ExportProfile.amazonConnect(), ExportOptions.builder()
                .importOptions(ImportOptions.builder().maxLineBytes(4_096).build()).build()).read(file, out::add);

        assertThat(out).hasSize(1);
        assertThat(report.rejectsByKind()).containsEntry(RejectKind.TOO_LONG, 1L).containsEntry(RejectKind.ENCODING, 1L);
        assertThat(report.read()).isEqualTo(3);
    }

    @Test
    void failFastThrowsTheFirstReject(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("contacts.jsonl");
        Files.writeString(file, contact("a") + "\n{\"ContactId\":\"b\"}\n" + contact("c") + "\n", StandardCharsets.UTF_8);
        ExportOptions options = ExportOptions.builder()
                .importOptions(ImportOptions.builder().errorMode(ErrorMode.FAIL_FAST).build()).build();
        List<Interaction> out = new ArrayList<>();

        assertThatThrownBy(() -> ExportReader.of(ExportProfile.amazonConnect(), options).read(file, out::add))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reject().line()).isEqualTo(2);
                    assertThat(e.reject().field()).isEqualTo("Channel");
                });
        assertThat(out).extracting(i -> i.id().value()).containsExactly("a");
    }

    @Test
    void keepsOnlyTheConfiguredNumberOfRejectsButCountsAll(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("contacts.jsonl");
        Files.writeString(file, "{}\n".repeat(5), StandardCharsets.UTF_8);
        ImportReport report = ExportReader.of(ExportProfile.amazonConnect(), ExportOptions.builder()
                .importOptions(ImportOptions.builder().maxRejectsKept(2).build()).build()).read(file, i -> { });

        assertThat(report.rejected()).isEqualTo(5);
        assertThat(report.rejects()).hasSize(2);
        assertThat(report.rejectsNotKept()).isEqualTo(3);
    }

    @Test
    void readsEveryFileOfADirectoryInNameOrder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("2.jsonl"), contact("b") + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("1.jsonl"), contact("a") + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(".hidden"), "not a contact\n", StandardCharsets.UTF_8);
        ImportReport[] report = new ImportReport[1];

        assertThat(read(dir, report)).extracting(i -> i.id().value()).containsExactly("a", "b");
        assertThat(report[0].source()).isEqualTo(dir.getFileName().toString());
    }

    @Test
    void checksItsOptionsAndArguments() {
        assertThatThrownBy(() -> ExportOptions.builder().delimiter('"')).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExportProfile.named("hubspot")).hasMessageContaining("Allowed: zendesk, freshdesk");
        assertThatThrownBy(() -> ExportProfile.named("mapped")).hasMessageContaining("mapping file");
        assertThat(ExportProfile.named(" Amazon-Connect ")).isSameAs(ExportProfile.amazonConnect());
        assertThatThrownBy(() -> ExportReader.of(ExportProfile.zendesk()).read(List.of(), i -> { }, e -> { }))
                .isInstanceOf(IllegalArgumentException.class);
        ExportOptions options = ExportOptions.builder().delimiter(';').zone(java.time.ZoneOffset.UTC).build();
        assertThat(options.toBuilder().build().toString()).isEqualTo(options.toString());
    }
}
