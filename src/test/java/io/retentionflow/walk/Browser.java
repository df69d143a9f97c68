package io.retentionflow.walk;

import io.retentionflow.support.Chromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's browser on the product: what they type, click and read, waiting for what a page shows rather than
 * for a time. Every step can leave a screenshot.
 */
final class Browser implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Chromium chromium;
    private final WebDriver driver;
    private final String baseUrl;
    private final String person;

    Browser(String person, int port) {
        this.chromium = Chromium.start();
        this.driver = chromium.driver();
        this.baseUrl = "http://localhost:" + port;
        this.person = person;
    }

    Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /** Signs in on the product's own login page. */
    Browser signIn(String user, String password) {
        open("/login");
        type(By.id("username"), user);
        type(By.id("password"), password);
        click(By.cssSelector("main form button[type=submit]"));
        return this;
    }

    void type(By field, String text) {
        WebElement element = visible(field);
        element.clear();
        element.sendKeys(text);
    }

    /** Date and time inputs take typed keys in the browser's locale; their value is always ISO. */
    void setValue(By field, String isoValue) {
        WebElement element = visible(field);
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                element, isoValue);
    }

    /**
     * Clicks in the middle of the window: Tasklist's fixed footer covers what sits at the bottom edge. A click that
     * something else would catch (a dialog still fading in) is tried again.
     */
    void click(By target) {
        await(driver -> {
            WebElement element = ExpectedConditions.elementToBeClickable(target).apply(driver);
            if (element == null) {
                return null;
            }
            script("arguments[0].scrollIntoView({block: 'center'});", element);
            try {
                element.click();
                return element;
            } catch (ElementClickInterceptedException covered) {
                return null;
            }
        }, PATIENCE);
    }

    WebElement visible(By target) {
        return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(target));
    }

    List<WebElement> all(By target) {
        return driver.findElements(target);
    }

    /** The text of what {@code target} finds once it shows {@code expected}. */
    String awaitText(By target, String expected, Duration atMost) {
        new WebDriverWait(driver, atMost).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(target, expected));
        return driver.findElement(target).getText();
    }

    String awaitText(By target, String expected) {
        return awaitText(target, expected, PATIENCE);
    }

    <T> T await(Function<WebDriver, T> condition, Duration atMost) {
        return new WebDriverWait(driver, atMost).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition);
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    String title() {
        return driver.getTitle();
    }

    String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /** The path the browser is at once it matches {@code pattern}: a click's navigation ends after the click returns. */
    String awaitPath(String pattern) {
        return await(driver -> path().matches(pattern) ? path() : null, PATIENCE);
    }

    String text(By target) {
        return visible(target).getText();
    }

    WebDriver driver() {
        return driver;
    }

    void screenshot(String step) {
        chromium.screenshot(person + "-" + step);
    }

    /** A screenshot the README shows, as {@code docs/screenshots/<name>.png} when {@code walk.docs} is set. */
    void screenshotForReadme(String name) {
        chromium.screenshot(person + "-" + name, name);
    }

    /** What the browser shows when a step failed: a screenshot and the page's HTML beside it. */
    void keepEvidence() {
        try {
            Path shot = chromium.screenshot(person + "-failed");
            Files.writeString(shot.resolveSibling(shot.getFileName().toString().replace(".png", ".html")),
                    driver.getPageSource());
        } catch (RuntimeException | IOException e) {
            // the evidence is a help, never a second failure
        }
    }

    @Override
    public void close() {
        chromium.close();
    }
}
