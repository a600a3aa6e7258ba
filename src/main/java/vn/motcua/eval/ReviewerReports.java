package vn.motcua.eval;

import java.nio.file.Path;
import vn.motcua.catalog.AtomicFiles;

/**
 * Writes the three files a reviewer reads beside report.json: report.md, report.html and results.csv,
 * each atomically, from the same run, so their figures agree with report.json and with each other.
 */
final class ReviewerReports {

    private final MarkdownReport markdown = new MarkdownReport();
    private final HtmlReport html = new HtmlReport();
    private final CsvResults csv = new CsvResults();

    void write(Path dir, EvalRun run) {
        AtomicFiles.write(dir.resolve("report.md"), markdown.render(run));
        AtomicFiles.write(dir.resolve("report.html"), html.render(run));
        AtomicFiles.write(dir.resolve("results.csv"), csv.render(run.rows()));
    }
}
