package vn.motcua.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    private static String html(Path dir) throws IOException {
        return Files.readString(dir.resolve("report.html"));
    }

    /** The part of the page from the section's opening tag to its closing tag. */
    private static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\">");
        assertTrue(start >= 0, "no section " + id);
        return html.substring(start, html.indexOf("</section>", start));
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void escapesMarkupFromQuestionsAndTags(@TempDir Path dir) throws IOException {
        ReportFixtures.write(dir);

        String html = html(dir);

        assertFalse(html.contains("<script"), "a question's script tag reached the page");
        assertFalse(html.contains("<img"), "a tag's img element reached the page");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; làm hộ chiếu phổ thông ở đâu?"));
        assertTrue(html.contains("x&lt;img src=x onerror=alert(1)&gt;"));
    }

    @Test
    void escapesEveryCharacterThatCanOpenMarkupOrCloseAnAttribute() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;", HtmlText.escape("<a href=\"x\" title='y'>&amp;"));
    }

    @Test
    void isSelfContainedUtf8WithNoExternalResource(@TempDir Path dir) throws IOException {
        ReportFixtures.write(dir);

        String html = html(dir);

        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertTrue(html.contains("<title>motcua evaluation report</title>"));
        for (String external : List.of("<link", "src=\"", "href=\"", "url(", "@import")) {
            assertFalse(html.contains(external), "external resource: " + external);
        }
    }

    @Test
    void drawsAnSvgChartInEveryChartSection(@TempDir Path dir) throws IOException {
        ReportFixtures.write(dir);

        String html = html(dir);

        assertEquals(2, count(section(html, "categories"), "<svg"), "status and Hit@1 by category");
        assertEquals(1, count(section(html, "answers"), "<svg"), "key facts by type");
        assertEquals(2, count(section(html, "latency"), "<svg"), "search and answer time");
    }

    @Test
    void drawsOneBarPerTagAndFactTypeWithItsShare(@TempDir Path dir) throws IOException {
        ReportFixtures.write(dir);

        String answers = section(html(dir), "answers");

        assertEquals(3, count(answers.substring(answers.indexOf("<svg"), answers.indexOf("</svg>")), "<g>"));
        assertTrue(answers.contains("<title>fee: 100.0 % (1 of 1)</title>"));
        assertTrue(answers.contains("<td class=\"num miss\">1</td>"), "the refused → clarify cell is marked as a mistake");
    }

    @Test
    void headlinesTheMainFigures(@TempDir Path dir) throws IOException {
        ReportFixtures.write(dir);

        String headline = section(html(dir), "headline");

        assertTrue(headline.contains("<div class=\"v\">66.7 %</div><div class=\"n\">2 of 3</div>"), headline);
        assertTrue(headline.contains("<div class=\"v\">50.0 %</div><div class=\"n\">Hit@1</div>"));
    }

    @Test
    void leavesOutAnswerSectionsInARetrievalOnlyRun(@TempDir Path dir) throws IOException {
        ReportFixtures.writeRetrievalOnly(dir);

        String html = html(dir);

        assertFalse(html.contains("<section id=\"answers\">"));
        assertEquals(1, count(section(html, "categories"), "<svg"));
        assertEquals(1, count(section(html, "latency"), "<svg"));
        assertTrue(section(html, "failures").contains("first expected procedure at rank 2"));
    }

    @Test
    void binsLatenciesOnAOneTwoFiveScale() {
        List<SvgChart.Bin> bins = HtmlReport.latencyBins(List.of(0.5, 1.5, 1.7, 7.0, 30.0));

        assertEquals(List.of(new SvgChart.Bin("0.5–1", 1), new SvgChart.Bin("1–2", 2), new SvgChart.Bin("2–5", 0),
                new SvgChart.Bin("5–10", 1), new SvgChart.Bin("10–20", 0), new SvgChart.Bin("20–50", 1)), bins);
    }

    @Test
    void binsAWideRangeByPowersOfTen() {
        List<SvgChart.Bin> bins = HtmlReport.latencyBins(List.of(0.005, 0.02, 400.0));

        assertEquals(List.of(new SvgChart.Bin("0–0.01", 1), new SvgChart.Bin("0.01–0.1", 1), new SvgChart.Bin("0.1–1", 0),
                new SvgChart.Bin("1–10", 0), new SvgChart.Bin("10–100", 0), new SvgChart.Bin("100–1000", 1)), bins);
    }
}
