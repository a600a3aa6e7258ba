package vn.motcua.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Opens a written report.html in headless Chromium (Debian's chromium and chromium-driver, which
 * .ci/run installs) and checks what a reviewer sees; skipped where they are not installed.
 */
class ReportBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private ChromeDriver browser;

    @BeforeEach
    void startBrowser() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "skipped: headless Chromium is not installed (apt-get install chromium chromium-driver; .ci/run does it)");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void showsTheReportWithVietnameseIntactAndChartsDrawn(@TempDir Path dir) throws IOException {
        ReportFixtures.write(dir);

        browser.get(dir.resolve("report.html").toUri().toString());

        assertEquals("motcua evaluation report", browser.getTitle());
        List<String> questions = browser.findElements(By.cssSelector("#failures td.q")).stream().map(WebElement::getText).toList();
        assertTrue(questions.contains(ReportFixtures.SCRIPT), "the question read back from the page: " + questions);
        assertTrue(browser.findElements(By.tagName("script")).isEmpty(), "a question's script tag became an element");
        List<WebElement> charts = browser.findElements(By.cssSelector("svg.chart"));
        assertEquals(5, charts.size());
        for (WebElement chart : charts) {
            assertTrue(chart.getSize().getWidth() > 0 && chart.getSize().getHeight() > 0, "a chart has no size: " + chart.getAttribute("aria-label"));
        }
        saveScreenshot(Path.of("target", "report-screenshot.png"));
    }

    /** Sets the viewport to the whole page first, so the screenshot shows every section. */
    private void saveScreenshot(Path target) throws IOException {
        long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", Math.min(height, 16000), "deviceScaleFactor", 1, "mobile", false));
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
