package io.retentionflow.walk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.retentionflow.process.CampaignExecutionProcess.Elements;
import io.retentionflow.process.ContactSyncProcess;
import io.retentionflow.process.NightlyCampaignRunProcess;
import io.retentionflow.support.Chromium;
import io.retentionflow.support.ProductNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A marketer's and an operator's day, in a real headless Chromium against the packaged product as a new user starts
 * it (H2, the Bronto sandbox, the demo). Between the product and its Bronto sits WireMock, passing every call
 * through, until the walk makes Bronto go down.
 * <p>
 * The people do their work in the browser: imports, discovery, the campaign plan, the run, the approval and the
 * cleanup in Tasklist, the analysis, and the incident's retry in Cockpit. The test takes two kinds of waiting into
 * its own hands, through Camunda's REST API ({@link EngineRest}): a failed job's next retry (30 s up to an hour) and
 * the send time, half an hour ahead; and it moves the sandbox's clock a day, so Bronto's opens and clicks grow.
 * Screenshots of every step go to {@code <build>/walk}.
 */
class BrowserWalkIT {

    private static final String MARKETER = "mia";
    private static final String OPERATOR = "otto";
    /** Only ever given a wrong password: Camunda delays a user's next login after one, so nobody else is tried so. */
    private static final String FORGETFUL = "fred";
    private static final String PASSWORD = "Walk-the-whole-day-1";
    private static final String CAMPAIGN = "Walk: we miss you";
    private static final Duration RUN = Duration.ofMinutes(3);
    /**
     * The business's zone for this walk: one where it is about noon now, so "today" lasts the whole walk and the
     * send time, half an hour ahead, is today too, whenever CI runs.
     */
    private static final ZoneId ZONE = ZoneId.ofOffset("UTC",
            ZoneOffset.ofHours(12 - OffsetDateTime.now(ZoneOffset.UTC).getHour()));

    private static final WireMockServer BRONTO = new WireMockServer(options().dynamicPort());
    private static ProductNode product;
    private static EngineRest engine;

    @BeforeAll
    static void startTheProduct() {
        Chromium.requireInstalled();
        BRONTO.start();
        int port = ProductNode.freePort();
        passBrontoThrough(port);
        product = ProductNode.startEmbedded("walk", port,
                "--bronto.endpoint=" + BRONTO.baseUrl() + "/sandbox/bronto/v4",
                "--bronto.read-timeout=5s",
                "--campaigns.zone=" + ZONE.getId(),
                // a week of metrics in seconds
                "--campaigns.metrics-pull-interval=PT3S");
        engine = new EngineRest(product.http(), "demo", "demo");
        engine.createUser(MARKETER, "Mia", "Marketer", PASSWORD, "marketers");
        engine.createUser(OPERATOR, "Otto", "Operator", PASSWORD, "operators");
        engine.createUser(FORGETFUL, "Fred", "Forgetful", PASSWORD, "marketers");
    }

    @AfterAll
    static void stop() {
        if (product != null) {
            product.close();
        }
        if (BRONTO.isRunning()) {
            BRONTO.stop();
        }
    }

    @Test
    void aMarketerAndAnOperatorGoThroughTheirDay(@TempDir Path files) throws IOException {
        try (Browser mia = new Browser(MARKETER, product.port()); Browser otto = new Browser(OPERATOR, product.port())) {
            try {
                walk(mia, otto, files);
            } catch (AssertionError | RuntimeException failed) {
                mia.keepEvidence();
                otto.keepEvidence();
                throw failed;
            }
        }
    }

    private void walk(Browser mia, Browser otto, Path files) throws IOException {
        mia.signIn(MARKETER, PASSWORD);
        assertThat(mia.text(By.cssSelector("header .signout"))).contains(MARKETER);
        assertThat(mia.all(By.linkText("Cockpit"))).as("a marketer is not offered Cockpit").isEmpty();

        importsTheDailyFiles(mia, files);
        String targetGroup = makesATargetGroupFromADiscoveryCell(mia);
        ZonedDateTime sendAt = ZonedDateTime.now(ZONE).plusMinutes(30).truncatedTo(ChronoUnit.MINUTES);
        // The demo's first night, started with the product, syncs the demo customers before it finds the campaigns
        // due: planned before it ends, the walk's campaign would be started by it, not by the walk's own run. Its
        // instance exists from the start, so this wait cannot pass before it began.
        await().atMost(RUN).pollInterval(Duration.ofSeconds(1))
                .until(() -> engine.running(NightlyCampaignRunProcess.PROCESS_ID) == 0
                        && engine.running(ContactSyncProcess.PROCESS_ID) == 0);
        plansACampaign(mia, targetGroup, sendAt);
        startsTheRun(mia, sendAt.toLocalDate());
        seesWhomBrontoCannotMail(mia);
        String businessKey = businessKeyOf(mia, sendAt.toLocalDate());
        String execution = engine.processInstance(businessKey).orElseThrow();

        approvesTheTemplateWhileBrontoGoesDown(mia, execution);
        retriesTheIncidentInCockpit(otto, execution);

        seesTheListsInTheSandbox(mia, businessKey, true);
        theWeekPasses(execution);
        readsTheAnalysis(mia);
        cleansUpTheLists(mia, execution);
        seesTheListsInTheSandbox(mia, businessKey, false);

        cannotOpenCockpit(mia);
    }

    @Test
    void aWrongPasswordIsRefused() {
        try (Browser stranger = new Browser("stranger", product.port())) {
            stranger.signIn(FORGETFUL, "not-the-password");
            assertThat(stranger.text(By.cssSelector("[role=alert]"))).isEqualTo("Wrong user name or password.");
            assertThat(stranger.path()).startsWith("/login");
            stranger.open("/campaigns");
            assertThat(stranger.path()).as("still signed out").startsWith("/login");
            stranger.screenshot("wrong-password");
        }
    }

    /**
     * Every page of the product, as an administrator sees it (all of them): a title, the navigation, a name for every
     * field, and nothing wider than a laptop's window.
     */
    @Test
    void everyPageHasATitleNavigationLabelledFieldsAndFitsALaptop() {
        try (Browser admin = new Browser("admin", product.port())) {
            admin.signIn("demo", "demo");
            List<String> pages = new java.util.ArrayList<>(List.of("/", "/imports", "/customers", "/discovery",
                    "/target-groups", "/target-groups/new", "/templates", "/campaigns", "/campaigns/new", "/nightly-runs",
                    "/analysis", "/bronto-contacts", "/bronto-sandbox", "/bronto-connection"));
            pages.add(firstLink(admin, "/target-groups", "/target-groups/\\d+"));
            pages.add(firstLink(admin, "/campaigns", "/campaigns/\\d+"));
            pages.add(firstLink(admin, "/analysis", "/analysis/\\d+"));
            pages.add(firstLink(admin, "/analysis", "/analysis/campaigns/\\d+"));
            for (String page : pages) {
                admin.open(page);
                assertThat(admin.title()).as("title of %s", page).endsWith(" · Retention Flow");
                assertThat(admin.all(By.cssSelector("header nav[aria-label=Main] a"))).as("navigation of %s", page)
                        .hasSizeGreaterThan(5);
                assertThat(admin.all(By.tagName("h1"))).as("heading of %s", page).hasSize(1);
                assertThat(unlabelledFields(admin)).as("fields without a name on %s", page).isEmpty();
                assertThat((Boolean) admin.script(
                        "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"))
                        .as("%s fits a laptop's width", page).isTrue();
            }
        }
    }

    private static String firstLink(Browser browser, String page, String pattern) {
        browser.open(page);
        return browser.all(By.cssSelector("main a")).stream()
                .map(link -> java.net.URI.create(link.getAttribute("href")).getPath())
                .filter(path -> path.matches(pattern))
                .findFirst().orElseThrow(() -> new AssertionError("no link " + pattern + " on " + page));
    }

    /** The ids (or names) of visible fields that a screen reader could not name: no label, no aria-label. */
    @SuppressWarnings("unchecked")
    private static List<String> unlabelledFields(Browser browser) {
        return (List<String>) browser.script("""
                return [...document.querySelectorAll('input, select, textarea')]
                  .filter(f => f.type !== 'hidden' && f.type !== 'submit' && f.offsetParent !== null)
                  .filter(f => !f.closest('label') && !f.getAttribute('aria-label') && !f.getAttribute('aria-labelledby')
                               && !(f.id && document.querySelector('label[for="' + f.id + '"]')))
                  .map(f => f.id || f.name || f.outerHTML);
                """);
    }

    // --- the marketer ------------------------------------------------------------------------------------------

    private void importsTheDailyFiles(Browser mia, Path files) throws IOException {
        Path customers = Files.writeString(files.resolve("customers-walk.csv"), """
                customer_id,email,first_name,last_name,signup_date,country
                walk-1,ann.walker@example.com,Ann,Walker,2026-01-15,DE
                walk-2,bo.walker@example.com,Bo,Walker,2026-02-01,US
                ,nobody@example.com,No,Id,2026-02-02,US
                walk-3,,Cy,Walker,2026-03-01,FR
                """);
        mia.open("/imports");
        mia.screenshot("imports");
        mia.driver().findElement(By.id("customers-file")).sendKeys(customers.toString());
        mia.click(By.xpath("//button[text()='Import customers']"));
        mia.awaitText(By.cssSelector("[data-field=status]"), "completed", RUN);
        assertThat(mia.text(By.id("import-report"))).contains("Rejected 1", "Imported (new or changed) 3",
                "Customers without email (kept, never targeted) 1");
        assertThat(mia.text(By.id("rejected-rows"))).contains("3", "customer_id");
        mia.screenshotForReadme("import-report");

        Path transactions = Files.writeString(files.resolve("transactions-walk.csv"), """
                transaction_id,customer_id,occurred_at,amount
                W-1,walk-1,2026-11-02,59.90
                W-2,walk-2,2026-11-03T14:05:00+01:00,120.00
                W-3,nobody-knows-me,2026-11-03,10.00
                """);
        mia.open("/imports");
        mia.driver().findElement(By.id("transactions-file")).sendKeys(transactions.toString());
        mia.click(By.xpath("//button[text()='Import transactions']"));
        mia.awaitText(By.cssSelector("[data-field=status]"), "completed", RUN);
        assertThat(mia.text(By.id("import-report"))).contains("Rejected 1", "Imported (new or changed) 2");
        assertThat(mia.text(By.id("rejected-rows"))).contains("3");
        mia.screenshot("transaction-report");
    }

    /** The first cell with a few dozen customers to write to: the demo's customers are contacts in the sandbox. */
    private String makesATargetGroupFromADiscoveryCell(Browser mia) {
        mia.open("/discovery");
        mia.screenshot("discovery");
        WebElement cell = mia.all(By.cssSelector("main tbody tr")).stream()
                .filter(row -> withEmail(row) >= 40)
                .findFirst().orElseThrow(() -> new AssertionError("no discovery cell with 40 customers with an email"));
        cell.findElement(By.xpath(".//button[text()='Create target group']")).click();
        mia.awaitPath("/target-groups/\\d+.*");
        String name = mia.visible(By.id("name")).getAttribute("value");
        assertThat(name).isNotBlank();
        mia.screenshot("target-group");
        return name;
    }

    private static int withEmail(WebElement row) {
        List<WebElement> cells = row.findElements(By.tagName("td"));
        return Integer.parseInt(cells.get(3).getText().replace(",", ""));
    }

    private void plansACampaign(Browser mia, String targetGroup, ZonedDateTime sendAt) {
        mia.open("/campaigns/new");
        mia.type(By.id("name"), CAMPAIGN);
        new Select(mia.visible(By.id("targetGroupId"))).selectByVisibleText(targetGroup);
        new Select(mia.visible(By.id("templateId"))).selectByIndex(1);
        new Select(mia.visible(By.id("variantTemplateId"))).selectByIndex(2);
        mia.type(By.id("splitA"), "50");
        mia.type(By.id("splitB"), "50");
        mia.setValue(By.id("sendTime"), sendAt.format(DateTimeFormatter.ofPattern("HH:mm")));
        mia.type(By.id("timeZone"), ZONE.getId());
        mia.setValue(By.id("startDate"), sendAt.toLocalDate().toString());
        mia.type(By.id("controlPercent"), "10");
        // a zone that does not exist first: the error shows beside its field, and nothing typed is lost
        mia.type(By.id("timeZone"), "Mars/Olympus_Mons");
        mia.click(By.xpath("//button[text()='Save']"));
        WebElement zone = mia.await(driver -> {
            WebElement field = driver.findElement(By.id("timeZone"));
            return "true".equals(field.getAttribute("aria-invalid")) ? field : null;
        }, Duration.ofSeconds(30));
        assertThat(zone.findElement(By.xpath("following-sibling::p[@class='field-error'][1]")).getText())
                .contains("Mars/Olympus_Mons");
        assertThat(mia.visible(By.id("name")).getAttribute("value")).isEqualTo(CAMPAIGN);
        assertThat(mia.visible(By.id("controlPercent")).getAttribute("value")).isEqualTo("10");
        mia.screenshot("campaign-error");

        mia.type(By.id("timeZone"), ZONE.getId());
        mia.screenshotForReadme("campaign");
        mia.click(By.xpath("//button[text()='Save']"));
        mia.awaitPath("/campaigns\\?saved=\\d+");
        assertThat(mia.text(By.tagName("main"))).contains(CAMPAIGN);
        mia.screenshot("campaigns");
    }

    /** Today's run, followed on the page to its end. */
    private void startsTheRun(Browser mia, LocalDate day) {
        mia.open("/nightly-runs");
        Set<String> earlier = mia.all(By.cssSelector("main tbody tr")).stream()
                .map(row -> row.getAttribute("data-run")).collect(Collectors.toSet());
        mia.click(By.xpath("//button[normalize-space()='Run now for today, " + day + "']"));
        assertThat(mia.text(By.cssSelector("[role=status]"))).contains("has started");
        // the walk's run, not the demo's first night of the same day: the executions column lists the day's
        WebElement run = mia.await(driver -> driver.findElements(By.cssSelector("main tbody tr")).stream()
                .filter(row -> !earlier.contains(row.getAttribute("data-run")))
                .filter(row -> row.getText().startsWith(day.toString()) && row.getText().contains("completed")
                        && row.getText().contains(CAMPAIGN))
                .findFirst().orElse(null), RUN);
        int campaignsDue = Integer.parseInt(run.findElements(By.tagName("td")).get(4).getText());
        assertThat(campaignsDue).as("campaigns due today, the walk's among them").isPositive();
        assertThat(mia.text(By.tagName("main"))).contains("The customer model is as of " + day.minusDays(1));
        mia.screenshotForReadme("nightly-runs");
    }

    /** The run synced the contacts; the customer kept without an address is one Bronto cannot mail. */
    private void seesWhomBrontoCannotMail(Browser mia) {
        mia.open("/bronto-contacts");
        String page = mia.text(By.tagName("main"));
        assertThat(page).containsPattern("Bronto can mail [0-9,]{4,} of [0-9,]+ customers")
                .contains("the nightly run");
        assertThat(mia.text(By.cssSelector("[aria-labelledby=coverage] table"))).contains("Unsubscribed in Bronto")
                .doesNotContain("Not looked up yet");
        mia.screenshotForReadme("bronto-contacts");
        mia.open("/bronto-contacts?reason=no_email");
        assertThat(mia.text(By.id("missing-customers"))).contains("walk-3", "No email address in the customer file")
                .doesNotContain("walk-1");
    }

    private String businessKeyOf(Browser mia, LocalDate day) {
        mia.open("/campaigns");
        String href = mia.visible(By.linkText(CAMPAIGN)).getAttribute("href");
        return href.substring(href.lastIndexOf('/') + 1) + "/" + day;
    }

    private void approvesTheTemplateWhileBrontoGoesDown(Browser mia, String execution) {
        await().atMost(RUN).until(() -> engine.task(execution, Elements.APPROVE_TEMPLATE).isPresent());
        // signed in to the product, signed in to Tasklist
        mia.open("/");
        mia.click(By.linkText("Tasklist"));
        // the night's approvals, told apart by their campaigns' names
        mia.click(By.linkText("Approve template: " + CAMPAIGN));
        mia.awaitText(By.cssSelector(".task-details"), CAMPAIGN);
        String details = mia.text(By.cssSelector(".task-details"));
        assertThat(details).contains("Subject", "Sent by", "Send time", "Open the template's preview")
                .containsPattern("Bronto [0-9,]+ of [0-9,]+ in Bronto");
        mia.click(By.cssSelector("button.claim"));
        mia.screenshotForReadme("tasklist-approval");

        String preview = mia.visible(By.linkText("Open the template's preview")).getAttribute("href");
        String tasklist = mia.driver().getWindowHandle();
        mia.driver().switchTo().newWindow(org.openqa.selenium.WindowType.TAB).get(preview);
        assertThat(mia.driver().getPageSource()).containsIgnoringCase("<html");
        mia.screenshot("template-preview");
        mia.driver().close();
        mia.driver().switchTo().window(tasklist);

        mia.click(By.cssSelector("input[id$='radio_approvalDecision-0']"));
        brontoGoesDown();
        mia.click(By.cssSelector(".form-actions button.btn-primary"));
        mia.await(driver -> driver.findElements(By.cssSelector(".task-details")).isEmpty()
                || !driver.findElement(By.cssSelector(".task-details")).getText().contains(CAMPAIGN), RUN);
        mia.screenshot("approved");
    }

    /** The campaign's lists, {@code rf-<campaign>-<date>-a} and {@code -b}, as the sandbox's page shows them. */
    private void seesTheListsInTheSandbox(Browser mia, String businessKey, boolean there) {
        String lists = "rf-" + businessKey.replace('/', '-') + "-";
        mia.open("/bronto-sandbox");
        String page = mia.text(By.tagName("main"));
        if (there) {
            assertThat(page).contains(lists + "a", lists + "b");
            mia.screenshot("sandbox-lists");
        } else {
            assertThat(page).doesNotContain(lists);
            mia.screenshot("sandbox-lists-gone");
        }
    }

    private void readsTheAnalysis(Browser mia) {
        mia.open("/analysis");
        mia.screenshot("analysis-list");
        mia.click(By.xpath("//tr[td/a[text()='" + CAMPAIGN + "']]/td[1]/a"));
        mia.visible(By.id("funnel-chart"));
        for (String chart : List.of("funnel-chart", "metrics-chart", "ab-chart")) {
            assertThat(drawn(mia, chart)).as("%s is drawn", chart).isTrue();
        }
        assertThat(mia.text(By.tagName("main"))).contains("Funnel", "Against the control group", "A/B test");
        mia.screenshotForReadme("analysis");
    }

    /** Whether the chart's canvas (or SVG) is there, has a size, and has something painted on it. */
    private static boolean drawn(Browser browser, String chartId) {
        return browser.await(driver -> (Boolean) browser.script("""
                const chart = document.getElementById(arguments[0]);
                const canvas = chart && chart.querySelector('canvas');
                if (canvas && canvas.width > 0 && canvas.height > 0) {
                  const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                  for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] !== 0) return true; }
                }
                const svg = chart && chart.querySelector('svg');
                return !!svg && svg.getBoundingClientRect().width > 0 && svg.querySelectorAll('path, rect').length > 0;
                """, chartId) ? Boolean.TRUE : null, Duration.ofSeconds(20));
    }

    private void cleansUpTheLists(Browser mia, String execution) {
        mia.open("/camunda/app/tasklist/default/");
        mia.click(By.linkText("Clean up Bronto lists: " + CAMPAIGN));
        mia.awaitText(By.cssSelector(".task-details"), "the week of metrics is over");
        mia.click(By.cssSelector("button.claim"));
        mia.click(By.cssSelector("input[id$='radio_cleanupAction-0']"));
        mia.screenshot("tasklist-cleanup");
        mia.click(By.cssSelector(".form-actions button.btn-primary"));
        await().atMost(RUN).until(() -> engine.ended(execution));
    }

    private void cannotOpenCockpit(Browser mia) {
        mia.open("/camunda/app/cockpit/default/");
        assertThat(mia.text(By.tagName("h1"))).isEqualTo("You may not open this page");
        assertThat(mia.title()).startsWith("Not allowed");
        mia.screenshot("no-cockpit");
    }

    // --- the operator ------------------------------------------------------------------------------------------

    private void retriesTheIncidentInCockpit(Browser otto, String execution) {
        retriesRunOutWhileBrontoIsDown(execution);

        otto.signIn(OPERATOR, PASSWORD);
        assertThat(otto.all(By.linkText("Campaigns"))).as("an operator is not offered the marketers' pages").isEmpty();
        assertThat(otto.all(By.linkText("Nightly runs"))).isNotEmpty();
        otto.click(By.linkText("Cockpit"));
        otto.awaitText(By.tagName("body"), "Running Process Instances");
        otto.screenshot("cockpit-dashboard");
        otto.open("/camunda/app/cockpit/default/#/processes");
        otto.awaitText(By.tagName("body"), "Campaign execution");
        assertThat(otto.text(By.tagName("body"))).contains("Nightly campaign run");
        otto.screenshot("cockpit-processes");

        otto.open("/camunda/app/cockpit/default/#/process-instance/" + execution + "/runtime?tab=incidents-tab");
        otto.awaitText(By.tagName("body"), "503");
        otto.screenshotForReadme("cockpit-incident");

        brontoComesBack();
        otto.click(By.cssSelector("[ng-click*='openJobRetryDialog'], button[uib-tooltip='Retry'], a[uib-tooltip='Retry']"));
        // "Keep due date" would wait for the retry cycle's next interval, an hour after the last failure
        By setDueDate = By.xpath("(//div[contains(@class, 'modal-body')]//input[@type='radio'])[2]");
        otto.await(driver -> {
            // the dialog fades in: a click during the fade may not take
            WebElement choice = driver.findElement(setDueDate);
            try {
                if (!choice.isSelected()) {
                    choice.click();
                }
            } catch (ElementClickInterceptedException stillFading) {
                return false;
            }
            return choice.isSelected();
        }, Duration.ofSeconds(10));
        otto.screenshot("cockpit-retry");
        otto.click(By.xpath("//div[contains(@class, 'modal-footer')]/button[normalize-space()='Retry']"));
        otto.awaitText(By.cssSelector(".modal-body"), "successfully");
        otto.click(By.xpath("//div[contains(@class, 'modal-footer')]/button[normalize-space()='OK']"));
        await().atMost(RUN).until(() -> engine.incidents(execution) == 0
                && !engine.activeActivities(execution).contains(Elements.RECORD_APPROVED_TEMPLATE));
        // on through the list, the upload and the delivery's scheduling, to the wait for the send time
        await().atMost(RUN).until(() -> engine.activeActivities(execution).contains(Elements.SEND_TIME));
        otto.open("/camunda/app/cockpit/default/#/process-instance/" + execution + "/runtime");
        otto.awaitText(By.tagName("body"), "Campaign execution");
        otto.screenshot("cockpit-goes-on");
    }

    // --- behind the people's backs -----------------------------------------------------------------------------

    private static void passBrontoThrough(int productPort) {
        BRONTO.resetAll();
        BRONTO.stubFor(any(anyUrl()).atPriority(10)
                .willReturn(aResponse().proxiedFrom("http://localhost:" + productPort)));
    }

    private static void brontoGoesDown() {
        BRONTO.stubFor(post(urlPathEqualTo("/sandbox/bronto/v4")).atPriority(1)
                .willReturn(aResponse().withStatus(503).withBody("Service Unavailable")));
    }

    private static void brontoComesBack() {
        passBrontoThrough(product.port());
    }

    /** Each failed attempt waits for its next retry (30 s up to an hour); the walk lets that time pass at once. */
    private static void retriesRunOutWhileBrontoIsDown(String execution) {
        await().atMost(RUN).pollInterval(Duration.ofMillis(500)).until(() -> {
            for (JsonNode job : engine.jobs(execution)) {
                if (job.path("retries").asInt() > 0 && job.hasNonNull("exceptionMessage")) {
                    engine.dueNow(job.get("id").asText());
                }
            }
            return engine.incidents(execution) > 0;
        });
    }

    /** The send time comes, and with it a day of Bronto's; then the seven pulls, three seconds apart. */
    private static void theWeekPasses(String execution) {
        JsonNode sendTime = engine.jobAt(execution, Elements.SEND_TIME).orElseThrow();
        engine.advanceSandboxClock("P1D");
        await().atMost(RUN).until(() -> engine.dueNow(sendTime.get("id").asText()));
        await().atMost(RUN).until(() -> engine.task(execution, Elements.CLEAN_UP_LISTS).isPresent());
    }
}
