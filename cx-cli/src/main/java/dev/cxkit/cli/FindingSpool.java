package dev.cxkit.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.audit.AuditFinding;
import dev.cxkit.audit.AuditQuality;
import org.jspecify.annotations.Nullable;
import dev.cxkit.json.internal.FindingFields;

/**
 * Where {@code cx audit} puts findings while the input streams through: one JSON line each in a
 * temporary file (so a million contacts' findings do not sit on the heap and nothing is printed
 * before the input proved good), the first few of each code kept as examples, and optionally a
 * precision/recall measurement fed as they come. Without a file (text output needs only the
 * examples and the summary) findings are not written at all.
 */
final class FindingSpool implements Consumer<AuditFinding>, AutoCloseable {

    private static final JsonFactory JSON = new JsonFactory();

    private final @Nullable OutputStream file;
    private final @Nullable JsonGenerator json;
    private final int examplesPerCode;
    private final Map<MistakeCode, List<AuditFinding>> examples = new EnumMap<>(MistakeCode.class);
    private final @Nullable AuditQuality quality;

    FindingSpool(@Nullable Path spool, int examplesPerCode, @Nullable AuditQuality quality) {
        this.examplesPerCode = examplesPerCode;
        this.quality = quality;
        if (spool == null) {
            this.file = null;
            this.json = null;
            return;
        }
        try {
            this.file = Files.newOutputStream(spool);
            this.json = JSON.createGenerator(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the findings to " + spool, e);
        }
        this.json.setRootValueSeparator(null);
    }

    @Override
    public void accept(AuditFinding finding) {
        if (json != null) {
            try {
                FindingFields.writeFinding(json, finding);
                json.writeRaw('\n');
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write a finding to the temporary file", e);
            }
        }
        List<AuditFinding> kept = examples.computeIfAbsent(finding.code(), code -> new ArrayList<>(examplesPerCode));
        if (kept.size() < examplesPerCode) {
            kept.add(finding);
        }
        if (quality != null) {
            quality.acceptFinding(finding);
        }
    }

    /** The first findings of each code, in the order found. */
    Map<MistakeCode, List<AuditFinding>> examples() {
        return Collections.unmodifiableMap(examples);
    }

    @Override
    public void close() {
        if (json == null || file == null) {
            return;
        }
        try {
            json.close();
            file.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot finish the temporary findings file", e);
        }
    }

    /** Copies the spooled findings into an open JSON array, as they were written. */
    static void copyArrayElements(Path spool, JsonGenerator into) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(spool)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                into.writeRawValue(line);
            }
        }
    }
}
