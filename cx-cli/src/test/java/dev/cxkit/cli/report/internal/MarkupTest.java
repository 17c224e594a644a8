package dev.cxkit.cli.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void escapesTextAndAttributes() {
        String page = Markup.xhtmlDocument("en").element("p", "a < b & \"c\"", "title", "x\"><y").finish();

        assertThat(page).contains("<p title=\"x&quot;&gt;&lt;y\">a &lt; b &amp; \"c\"</p>");
    }

    @Test
    void replacesCharactersXmlForbidsButKeepsSurrogatePairs() {
        // U+0001 and a lone high surrogate are not XML; U+1F600 (a surrogate pair) is.
        assertThat(Markup.clean("a\u0001b\uD83D")).isEqualTo("a\uFFFDb\uFFFD");
        assertThat(Markup.clean("ok \uD83D\uDE00\tline\n")).isEqualTo("ok \uD83D\uDE00\tline\n");
    }

    @Test
    void writesEmptyNonVoidElementsWithAClosingTag() {
        String page = Markup.xhtmlDocument("en").open("td").close().finish();

        assertThat(page).contains("<td></td>");
    }

    @Test
    void refusesToSelfCloseAnElementAnHtmlParserWouldLeaveOpen() {
        Markup page = Markup.xhtmlDocument("en");

        assertThatThrownBy(() -> page.empty("span")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(span)");
        assertThatThrownBy(() -> page.open("p", "class")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pairs");
    }

    @Test
    void choosesRoundTickSteps() {
        // 1, 2, 2.5 or 5 times a power of ten, at least the raw step.
        assertThat(ReportPage.niceStep(0.3)).isEqualTo(1.0);
        assertThat(ReportPage.niceStep(3_700)).isEqualTo(5_000.0);
        assertThat(ReportPage.niceStep(2_100)).isEqualTo(2_500.0);
        assertThat(ReportPage.niceStep(10)).isEqualTo(10.0);
    }
}
