package dev.cxkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void streamingWritesWhatRenderingReturnsThenALineAndLeavesTheWriterOpen() throws Exception {
        JsonText.Body body = g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("findings");
            for (int i = 0; i < 3; i++) {
                g.writeStartObject();
                g.writeNumberField("n", i);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        };
        StringWriter out = new StringWriter();

        JsonText.stream(body, out);
        out.write("still open");

        assertThat(out.toString()).isEqualTo(JsonText.render(body) + System.lineSeparator() + "still open");
    }
}
