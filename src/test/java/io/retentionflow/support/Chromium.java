package io.retentionflow.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium, Debian's, driven through its ChromeDriver by Selenium: nothing is downloaded at test
 * time. Each session has a fresh profile and a laptop's window. Screenshots go to {@code walk.screenshots}
 * ({@code <build>/walk}), numbered in the order this session took them; those named for the README are also copied
 * to {@code walk.docs} when it is set (see the README's "The product in a browser").
 */
public final class Chromium implements AutoCloseable {

    public static final Path BROWSER = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** A common laptop's screen, less the browser's own bars. */
    public static final Dimension LAPTOP = new Dimension(1366, 900);

    private final Path profile;
    private final ChromeDriver driver;
    private int shots;

    private Chromium() {
        try {
            profile = Files.createTempDirectory("rf-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary(BROWSER.toFile()).addArguments(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                // this machine's network is closed: no calls home, no updates, no sync
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=" + LAPTOP.width + "," + LAPTOP.height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** A new session, once {@link #requireInstalled()} allows. */
    public static Chromium start() {
        requireInstalled();
        return new Chromium();
    }

    /**
     * Without Debian's Chromium the test is skipped, except in CI ({@code CI=true}), whose {@code .ci/run} installs
     * it, where it fails.
     */
    public static void requireInstalled() {
        boolean installed = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        if (!installed && !"true".equals(System.getenv("CI"))) {
            Assumptions.abort("no Chromium: apt-get install chromium chromium-driver");
        }
        if (!installed) {
            throw new IllegalStateException("CI=true but no " + BROWSER + " and " + DRIVER + "; .ci/run installs them");
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Saves what the window shows now as {@code NN-name.png}. */
    public Path screenshot(String name) {
        Path shot = directory("walk.screenshots", "target/walk").resolve(String.format("%02d-%s.png", ++shots, name));
        try {
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return shot;
    }

    /** A screenshot that is also the README's {@code readmeName.png}, in {@code walk.docs} when that is set. */
    public Path screenshot(String name, String readmeName) {
        Path shot = screenshot(name);
        String docs = System.getProperty("walk.docs", "");
        if (!docs.isBlank()) {
            try {
                Files.copy(shot, directory("walk.docs", docs).resolve(readmeName + ".png"),
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shot;
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind harms nothing
        }
    }

    private static Path directory(String property, String fallback) {
        try {
            return Files.createDirectories(Path.of(System.getProperty(property, fallback)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
