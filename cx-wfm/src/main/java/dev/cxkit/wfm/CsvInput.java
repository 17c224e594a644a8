package dev.cxkit.wfm;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import dev.cxkit.core.io.ImportException;
import dev.cxkit.core.io.Reject;
import dev.cxkit.core.io.RejectKind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.jspecify.annotations.Nullable;

/** What the module's CSV readers share: the dialect, lower-case headers, and one way to fail. */
final class CsvInput {

    /** Reads the records of a parser with their lower-cased header. */
    interface Body {
        void read(CSVParser parser, Map<String, Integer> header) throws IOException;
    }

    private CsvInput() {
    }

    /**
     * Parses CSV with a header row (trimmed, case-insensitive, empty lines skipped), turning a
     * parser failure into a {@link RejectKind#MALFORMED} reject and I/O failures into
     * {@link UncheckedIOException}.
     */
    static void parse(Reader in, String source, Body body) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setIgnoreHeaderCase(true).get();
        try (CSVParser parser = CSVParser.parse(in, format)) {
            Map<String, Integer> header = new HashMap<>();
            parser.getHeaderMap().forEach((name, index) -> header.put(name.trim().toLowerCase(Locale.ROOT), index));
            body.read(parser, header);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + source + ": " + e.getMessage(), e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            if (e instanceof ImportException) {
                throw e;
            }
            throw reject(source, 1, null, RejectKind.MALFORMED, "not CSV as expected: " + e.getMessage());
        }
    }

    static ImportException reject(String source, long line, @Nullable String field, RejectKind kind, String message) {
        return new ImportException(new Reject(source, line, field, kind, message));
    }
}
