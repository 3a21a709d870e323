package org.malcomms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.malcomms.Malcomms;
import org.malcomms.ingest.FileSource;
import org.malcomms.ingest.ImportContext;
import org.malcomms.ingest.SourceInput;
import org.malcomms.model.Perspective;
import org.malcomms.report.JsonReport;
import org.malcomms.vault.Bundle;
import org.malcomms.vault.CaseState;
import org.malcomms.vault.CaseVault;
import org.malcomms.vault.Verification;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole flow in a real browser (Debian chromium, headless): start an encrypted case, upload the example case and
 * a file of hostile messages, fail to reopen it with a wrong passphrase and reopen it with the right one, read and
 * filter the timeline, mark messages, tell what happened, see the assessment from both sides, download the reports,
 * drafts and evidence bundle, check accessibility with axe-core on every page, and leave by the quick exit.
 * Screenshots of each step go to target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserFlowTest {
    private static final Path SHOTS = Path.of("target/screenshots");
    private static TestServer server;
    private static ChromeDriver driver;
    private static WebDriverWait wait;
    private static Path profile;
    /** The case as the command line would open it with its passphrase, to check what the app kept in it. */
    private static CaseVault vault;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer();
        Files.createDirectories(SHOTS);
        profile = Files.createTempDirectory("malcomms-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        server.close();
        TestServer.deleteTree(profile);
    }

    private static void shot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Runs axe-core on the current page for WCAG 2.x A and AA rules and returns the violations, one line each. */
    @SuppressWarnings("unchecked")
    private static List<String> axe() throws Exception {
        String axe = Files.readString(TestServer.resource("axe/axe.min.js"), StandardCharsets.UTF_8);
        js(axe);
        Object result = ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',"
                + " 'wcag22aa']}}).then(function (r) { done(r.violations.map(function (v) { return v.id + ': '"
                + " + v.help + ' (' + v.nodes.length + ' elements, e.g. ' + v.nodes[0].html + ')'; })); },"
                + " function (e) { done(['axe failed: ' + e]); });");
        return (List<String>) result;
    }

    private static void assertAccessible(String page) throws Exception {
        assertThat(axe()).as("axe-core WCAG 2.2 AA violations on " + page).isEmpty();
    }

    private static String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    @Test
    @Order(1)
    void launchLinkOpensTheAppWithANeutralTitle() throws Exception {
        driver.get(server.app.launchUrl());
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Your cases"));
        assertThat(driver.getCurrentUrl()).doesNotContain("token");
        assertThat(driver.getTitle()).isEqualTo("Notes");
        assertThat(driver.findElement(By.id("quick-exit")).getAttribute("href"))
                .isEqualTo("https://www.bbc.co.uk/weather");
        shot("01-home");
        assertAccessible("home");
    }

    @Test
    @Order(2)
    void theAccessibilityCheckFindsAnUnlabelledControl() throws Exception {
        js("var i = document.createElement('input'); i.id = 'axe-probe'; document.querySelector('main').append(i);");
        assertThat(axe()).anySatisfy(v -> assertThat(v).startsWith("label:"));
        js("document.getElementById('axe-probe').remove();");
    }

    @Test
    @Order(2)
    void keyboardReachesTheSkipLinkThenTheQuickExit() {
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Skip to content");
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("quick-exit");
    }

    @Test
    @Order(3)
    void startsACaseAndUploadsTheExampleAndHostileMessagesWithProgress() throws Exception {
        driver.findElement(By.id("new-name")).sendKeys("salon");
        assertThat(driver.findElement(By.id("new-pass-hint")).getText()).contains("encrypted with this passphrase")
                .contains("cannot be recovered").doesNotContainIgnoringCase("not used");
        driver.findElement(By.id("new-pass")).sendKeys(TestServer.PASSPHRASE);
        driver.findElement(By.id("new-pass2")).sendKeys(TestServer.PASSPHRASE);
        driver.findElement(By.id("new-actor")).sendKeys("Priya Shah");
        driver.findElement(By.cssSelector("#new-name")).submit();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Add evidence"));
        assertThat(driver.getTitle()).isEqualTo("Notes").doesNotContain("salon");
        driver.findElement(By.id("files")).sendKeys(TestServer.example().toString() + "\n"
                + TestServer.resource("web/hostile-chat.txt"));
        // Slow the upload down (Chrome's network throttling) so the progress bar can be seen while it runs.
        driver.executeCdpCommand("Network.enable", java.util.Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", java.util.Map.of("offline", false, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", 2048));
        driver.findElement(By.cssSelector("#upload button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-progress")));
        assertThat(driver.findElement(By.cssSelector("#upload button[type=submit]")).isEnabled()).isFalse();
        shot("02-uploading");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Added"));
        driver.executeCdpCommand("Network.emulateNetworkConditions", java.util.Map.of("offline", false, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
        assertThat(driver.findElement(By.cssSelector(".notice")).getText()).contains("PS/1 chat.txt")
                .contains("PS/2 hostile-chat.txt");
        List<WebElement> rows = driver.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getText()).contains("Yes");
        assertThat(driver.findElement(By.id("integrity")).getText()).startsWith("Intact");
        assertThat(driver.findElement(By.id("encryption")).getText()).contains("encrypted with its passphrase")
                .contains("cannot be recovered");
        Path caseDir = server.data.resolve("cases/salon");
        assertThat(CaseVault.state(caseDir)).isEqualTo(CaseState.ENCRYPTED);
        assertThat(Files.readString(caseDir.resolve("custody.log"), StandardCharsets.ISO_8859_1))
                .as("the evidence record is encrypted on disk").doesNotContain("preserve").doesNotContain("Priya");
        vault = server.vault("salon");
        assertThat(vault.entries()).filteredOn(e -> e.action().equals("preserve")).hasSize(2)
                .allSatisfy(e -> assertThat(e.actor()).isEqualTo("Priya Shah"));
        shot("02-evidence");
        assertAccessible("evidence");
    }

    /** Every file in the case folder with its bytes' hash, to show that nothing in it changed. */
    private static java.util.Map<String, String> snapshot(Path dir) throws Exception {
        java.util.Map<String, String> all = new java.util.TreeMap<>();
        try (var files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                all.put(dir.relativize(f).toString(), org.malcomms.vault.Hashes.sha256(f));
            }
        }
        return all;
    }

    @Test
    @Order(4)
    void aWrongPassphraseOpensNothingAndChangesNothingAndTheRightOneReopensTheCase() throws Exception {
        Path caseDir = server.data.resolve("cases/salon");
        java.util.Map<String, String> before = snapshot(caseDir);
        driver.findElement(By.linkText("1. Case")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Your cases"));
        new Select(driver.findElement(By.id("open-name"))).selectByVisibleText("salon");
        driver.findElement(By.id("open-pass")).sendKeys("correct horse battery stapler");
        driver.findElement(By.cssSelector("form:has(#open-pass) button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "passphrase"));
        assertThat(heading()).isEqualTo("Your cases");
        assertThat(driver.findElement(By.cssSelector(".notice")).getText()).isEqualTo("That passphrase does not open"
                + " the case salon. Nothing in the case was changed. Check it (and Caps Lock) and try again.");
        shot("03-wrong-passphrase");
        assertThat(snapshot(caseDir)).as("a wrong passphrase changes nothing").isEqualTo(before);
        assertThat(driver.findElement(By.id("open-pass")).getAttribute("value")).as("not sent back").isEmpty();
        driver.findElement(By.id("open-pass")).sendKeys(TestServer.PASSPHRASE);
        driver.findElement(By.cssSelector("form:has(#open-pass) button")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Add evidence"));
        assertThat(driver.findElement(By.cssSelector(".notice")).getText()).isEqualTo("Opened the case.");
        assertThat(driver.findElements(By.cssSelector("tbody tr"))).hasSize(2);
    }

    @Test
    @Order(5)
    void timelineShowsFlagsAndTheWordsBehindThemAndEscapesHostileText() throws Exception {
        driver.findElement(By.linkText("3. Messages")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Messages"));
        assertThat(js("return window.__pwned === undefined")).isEqualTo(true);
        String page = driver.findElement(By.tagName("main")).getText();
        assertThat(page).contains("<script>window.__pwned = 1</script>you will pay")
                .contains("<img src=x onerror=\"window.__pwned = 2\"> look at this")
                .contains("</textarea></select>\"><b>bold?</b> & stuff")
                .contains("[U+202E]txt.exe");
        assertThat(driver.findElements(By.cssSelector("main script, main img:not(.crop), main b"))).isEmpty();
        WebElement threat = driver.findElement(By.id("m-000024"));
        assertThat(threat.getText()).contains("I know where you live");
        assertThat(threat.findElement(By.cssSelector("li.flag-threat")).getText()).startsWith("Threat: ")
                .contains("“");
        assertThat(threat.findElements(By.tagName("mark"))).isNotEmpty();
        shot("03-timeline");
        assertAccessible("timeline");

        new Select(driver.findElement(By.id("f-flag"))).selectByValue("threat");
        driver.findElement(By.cssSelector("form.filters button")).click();
        wait.until(ExpectedConditions.urlContains("flag=threat"));
        List<WebElement> threats = driver.findElements(By.cssSelector("li.msg"));
        assertThat(threats).isNotEmpty().allSatisfy(m -> assertThat(m.findElements(By.cssSelector(
                "li.flag-threat"))).isNotEmpty());
        new Select(driver.findElement(By.id("f-flag"))).selectByValue("");
        new Select(driver.findElement(By.id("f-person"))).selectByValue("Priya Shah");
        js("document.getElementById('f-from').value = '2025-02-12';");
        driver.findElement(By.cssSelector("form.filters button")).click();
        wait.until(ExpectedConditions.urlContains("person=Priya"));
        List<WebElement> hers = driver.findElements(By.cssSelector("li.msg .who"));
        assertThat(hers).hasSize(2).allSatisfy(w -> assertThat(w.getText()).isEqualTo("Priya Shah"));
        driver.get(server.base() + "/case/timeline?flag=threat");
        driver.findElement(By.cssSelector("label[for=mk-m-000025]")).click();
        driver.findElement(By.cssSelector("label[for=mk-m-000024]")).click();
        driver.findElement(By.cssSelector("form[action='/case/marks'] button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "2 message(s)"));
        assertThat(driver.findElement(By.id("mk-m-000024")).isSelected()).isTrue();
    }

    @Test
    @Order(6)
    void savesWhatHappenedOfflineAsTheCaseFactsFile() throws Exception {
        driver.findElement(By.linkText("4. What happened")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "What happened"));
        driver.findElement(By.id("relationship")).sendKeys("He refitted my salon");
        driver.findElement(By.id("impact")).sendKeys("I stopped opening late. I cannot sleep.");
        driver.findElement(By.id("notes")).sendKeys("14/02 he drove past the salon twice <b>slowly</b>");
        shot("04-facts");
        assertAccessible("facts");
        driver.findElement(By.cssSelector("form[action='/case/facts'] button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Saved"));
        assertThat(driver.findElement(By.id("notes")).getAttribute("value")).contains("<b>slowly</b>");
        assertThat(driver.findElement(By.id("marked")).getText()).contains("m-000025").contains("m-000024");
        String yaml = new String(vault.read("derived/facts.yaml"), StandardCharsets.UTF_8);
        assertThat(yaml).contains("relationship: He refitted my salon").contains("impact:")
                .contains("markedMessages:").contains("- m-000025").contains("- m-000024")
                .doesNotContain("vulnerability");
        assertThat(Facts.read(vault).notes()).isEqualTo("14/02 he drove past the salon twice <b>slowly</b>");
        assertThat(Verification.check(vault.files()).intact()).isTrue();
    }

    @Test
    @Order(7)
    void assessmentLeadsWith999ForTheComplainantAndChangesForTheDefence() throws Exception {
        driver.findElement(By.linkText("5. Assessment")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Assessment"));
        new Select(driver.findElement(By.id("a-who"))).selectByValue("Priya Shah");
        driver.findElement(By.cssSelector("label[for=p-c]")).click();
        driver.findElement(By.cssSelector("form.filters button")).click();
        wait.until(ExpectedConditions.urlContains("complainant=Priya"));
        WebElement danger = driver.findElement(By.id("danger"));
        assertThat(danger.getText()).startsWith("If you are in danger, call 999 now.");
        assertThat((Boolean) js("var d = document.getElementById('danger'); return d === document.querySelector("
                + "'main').children[1];")).as("the 999 advice comes first").isTrue();
        assertThat(driver.findElement(By.id("recommendation")).getText()).isEqualTo("escalate it now");
        assertThat(driver.findElements(By.cssSelector("details.offence"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(driver.findElement(By.id("next-steps")).getText()).isNotBlank();
        shot("05-assessment");
        assertAccessible("assessment");

        driver.findElement(By.cssSelector("label[for=p-d]")).click();
        driver.findElement(By.cssSelector("form.filters button")).click();
        wait.until(ExpectedConditions.urlContains("perspective=defence"));
        assertThat(driver.findElements(By.id("danger"))).isEmpty();
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Points for the defence");
        shot("06-assessment-defence");
    }

    @Test
    @Order(8)
    void downloadsAreTheCoreReportsDraftsAndBundleAndAreKeptInTheCase() throws Exception {
        String cookie = Guard.COOKIE + "=" + driver.manage().getCookieNamed(Guard.COOKIE).getValue();
        HttpClient http = HttpClient.newHttpClient();
        String q = "?perspective=complainant&complainant=Priya+Shah";
        HttpResponse<String> json = http.send(HttpRequest.newBuilder(URI.create(server.base()
                + "/case/download/json" + q)).header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"assessment.json\"");
        Malcomms core = Malcomms.standard();
        List<SourceInput> sources = List.of(new FileSource(TestServer.example()),
                new FileSource(TestServer.resource("web/hostile-chat.txt")));
        String direct = JsonReport.assessmentText(core.assess(core.importAll(sources, null,
                ImportContext.quiet(ZoneId.of("Europe/London"))), "Priya Shah", Perspective.COMPLAINANT,
                Facts.read(vault).caseFacts()).assessment());
        assertThat(json.body()).as("the web app adds nothing to the core's assessment").isEqualTo(direct);
        for (String kind : List.of("html", "md")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.base() + "/case/download/"
                    + kind + q)).header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("Watch your back");
            if (kind.equals("html")) {
                assertThat(r.body()).as("the exhibit schedule and custody log of the case").contains("PS/1")
                        .contains("PS/2").contains("Custody log").contains(vault.exhibits().get(0).sha256());
            }
        }
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(server.base() + "/case/download/pdf"
                + q)).header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        for (String kind : List.of("platform", "police")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.base() + "/case/download/"
                    + kind + q)).header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("text/plain");
            assertThat(r.body()).startsWith(kind.equals("platform") ? "REPORT TO WHATSAPP" : "FIRST ACCOUNT FOR THE"
                    + " POLICE").contains("Priya Shah").contains("Watch your back");
        }
        Path derived = server.data.resolve("cases/salon/derived");
        assertThat(vault.read("derived/assessment.json")).isEqualTo(direct.getBytes(StandardCharsets.UTF_8));
        assertThat(vault.read("derived/report.pdf")).isEqualTo(pdf.body());
        assertThat(Files.readAllBytes(derived.resolve("report.pdf"))).as("kept encrypted").isNotEqualTo(pdf.body());
        for (String file : List.of("report.html", "report.md", "draft-platform.txt", "draft-police.txt")) {
            assertThat(vault.files().exists("derived/" + file)).as(file).isTrue();
        }

        Path zip = Files.createTempFile(profile, "bundle-", ".zip");
        HttpResponse<Path> bundle = http.send(HttpRequest.newBuilder(URI.create(server.base()
                + "/case/download/bundle" + q)).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofFile(zip));
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"evidence-bundle.zip\"");
        Verification.Result bag = Bundle.verify(zip);
        assertThat(bag.problems()).isEmpty();
        assertThat(bag.originals()).isEqualTo(2);
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile())) {
            assertThat(z.stream().map(java.util.zip.ZipEntry::getName)).contains("malcomms-bundle/data/derived/"
                    + "report.pdf", "malcomms-bundle/data/derived/facts.yaml", "malcomms-bundle/bagit.txt");
        }
        assertThat(vault.entries().get(vault.entries().size() - 1).action()).as("the export is logged")
                .isEqualTo("bundle");
        assertThat(Verification.check(vault.files()).intact()).isTrue();
        for (String kind : List.of("pdf", "html", "md", "platform", "police", "bundle", "json")) {
            assertThat(driver.findElement(By.id("dl-" + kind)).getAttribute("href")).contains("/case/download/" + kind);
        }
        assertThat(driver.findElement(By.id("bundle-warning")).getText()).contains("not encrypted");
    }

    @Test
    @Order(9)
    void worksAtPhoneWidthWithoutSidewaysScrolling() throws Exception {
        driver.manage().window().setSize(new Dimension(390, 844));
        for (String path : List.of("/case/timeline", "/case/assessment", "/case", "/case/facts")) {
            driver.get(server.base() + path);
            assertThat(js("var wide = []; document.querySelectorAll('body *').forEach(function (e) {"
                    + " if (!e.closest('.scroll') && e.getBoundingClientRect().right > document.documentElement.clientWidth + 1) {"
                    + " wide.push(e.tagName + '.' + e.className + '#' + e.id); } }); return wide;"))
                    .as(path + " fits a phone screen").asList().isEmpty();
        }
        driver.get(server.base() + "/case/timeline");
        shot("07-phone-timeline");
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    @Order(10)
    void quickExitLeavesEndsTheSessionAndIssuesAFreshLink() throws Exception {
        driver.get(server.base() + "/case/timeline");
        long before = (Long) js("return history.length");
        // The neutral site is on the internet, which tests must not need: point the link at a local blank page.
        js("document.getElementById('quick-exit').href = 'about:blank';");
        driver.findElement(By.id("quick-exit")).click();
        wait.until(ExpectedConditions.urlToBe("about:blank"));
        assertThat((Long) js("return history.length")).as("the page was replaced, not added to").isEqualTo(before);
        wait.until(d -> !server.announced.isEmpty());
        driver.get(server.base() + "/case/timeline");
        assertThat(heading()).isEqualTo("Not available");
        assertThat(driver.getPageSource()).doesNotContain("Dean Whitlock");
        driver.get(server.announced.get(0));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Your cases"));
    }
}
