package dev.cxkit.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The strict query-string reader: cases an HTTP client built on java.net.URI cannot even send. */
class QueryStringTest {

    private static final List<String> KNOWN = List.of("customerId", "from");

    @Test
    void decodesKnownParametersInOrder() {
        assertThat(QueryString.parse("from=2026-03-02T09%3A00%3A00Z&customerId=c+1", KNOWN))
                .containsExactly(Map.entry("from", "2026-03-02T09:00:00Z"), Map.entry("customerId", "c 1"));
        assertThat(QueryString.parse(null, KNOWN)).isEmpty();
        assertThat(QueryString.parse("customerId", KNOWN)).containsEntry("customerId", "");
    }

    @Test
    void rejectsBadEncodingNamingTheParameter() {
        assertThatThrownBy(() -> QueryString.parse("customerId=%zz", KNOWN))
                .isInstanceOfSatisfying(HttpProblem.class, p -> assertThat(p.status()).isEqualTo(400))
                .hasMessage("field 'customerId': the query string is not well-formed URL encoding.\nMaybe encode % as %25?");
        assertThatThrownBy(() -> QueryString.parse("%zz=1", KNOWN))
                .hasMessageStartingWith("The query string is not well-formed URL encoding.");
    }

    @Test
    void rejectsUnknownAndRepeatedParameters() {
        assertThatThrownBy(() -> QueryString.parse("customer=c-1", KNOWN))
                .hasMessage("field 'customer': unknown query parameter. Known parameters: customerId, from.");
        assertThatThrownBy(() -> QueryString.parse("from=a&from=b", KNOWN))
                .hasMessage("field 'from': given more than once; give it once.");
    }
}
