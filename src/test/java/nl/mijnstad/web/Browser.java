package nl.mijnstad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, both named explicitly so that Selenium Manager never
 * downloads anything, with the switches that keep Chromium off the network. One per test class.
 */
final class Browser implements AutoCloseable {

	static final Dimension PHONE = new Dimension(390, 844);

	static final Dimension DESKTOP = new Dimension(1280, 900);

	static final Path SCREENSHOTS = Path.of("docs", "screenshots");

	private static final String AXE = axeSource();

	final ChromeDriver driver;

	private final ChromeDriverService service;

	private final Path profile;

	private final int port;

	Browser(int port, boolean javascript) {
		this.port = port;
		try {
			this.profile = Files.createTempDirectory("mijnstad-chromium");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
				"--disable-dev-shm-usage", "--user-data-dir=" + this.profile.toAbsolutePath());
		if (!javascript) {
			options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
		}
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		this.driver = new ChromeDriver(this.service, options);
		this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
	}

	void size(Dimension size) {
		this.driver.manage().window().setSize(size);
	}

	void open(String path) {
		this.driver.get("http://localhost:" + this.port + path);
	}

	WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	List<WebElement> all(String css) {
		return this.driver.findElements(By.cssSelector(css));
	}

	String path() {
		return java.net.URI.create(this.driver.getCurrentUrl()).getPath();
	}

	Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	WebElement focused() {
		return this.driver.switchTo().activeElement();
	}

	/** Waits until the element with this id has the keyboard focus (a page's script may give it after the page came). */
	void waitForFocus(String id) {
		new WebDriverWait(this.driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.WebDriverException.class)
			.until(d -> id.equals(focused().getAttribute("id")));
	}

	/** Waits until the element shows a text containing the fragment, across a page being replaced. */
	void waitForText(String css, String fragment) {
		new WebDriverWait(this.driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.WebDriverException.class)
			.until(d -> d.findElement(By.cssSelector(css)).getText().contains(fragment));
	}

	/**
	 * Clicks a button that posts a form and waits until the page after it has come, so that what is read next is
	 * not the old page's (an element found on it goes stale as soon as the new page replaces it).
	 */
	void submit(String buttonCss) {
		WebElement page = find("html");
		find(buttonCss).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(60)).until(d -> gone(page));
		waitFor("main h1");
	}

	/**
	 * Whether the page this element belongs to has been replaced. Chromium reports a replaced node either as stale or,
	 * while the new document is being attached, as a node that "does not belong to the document"; both mean gone.
	 */
	private static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (org.openqa.selenium.WebDriverException ex) {
			if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	void waitFor(String css) {
		// A page may be replaced between finding the element and asking whether it shows (a stale element, or "node
		// does not belong to the document"): then ask again.
		new WebDriverWait(this.driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.WebDriverException.class)
			.until(d -> !d.findElements(By.cssSelector(css)).isEmpty() && d.findElement(By.cssSelector(css)).isDisplayed());
	}

	void type(String css, String text) {
		WebElement field = find(css);
		field.clear();
		field.sendKeys(text);
	}

	/** Sets a date field as the browser's date picker would; typing depends on the browser's locale. */
	void date(String css, String isoDate) {
		script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
				find(css), isoDate);
	}

	void login(String username, String password) {
		this.driver.manage().deleteAllCookies();
		open("/inloggen");
		type("#username", username);
		type("#password", password);
		// Not the login page's own heading: wait until the page after it has come.
		submit("form.form button[type=submit]");
		assertThat(path()).as("signed in as " + username).isEqualTo("/");
	}

	/** axe-core's WCAG 2.0 and 2.1 A/AA rules on the page as it is now: the serious and critical violations. */
	@SuppressWarnings("unchecked")
	List<Map<String, Object>> seriousViolations() {
		script(AXE);
		String json = (String) ((JavascriptExecutor) this.driver).executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
				  .then(function (result) {
				    done(JSON.stringify(result.violations
				      .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
				      .map(function (v) { return { id: v.id, impact: v.impact, help: v.help,
				        nodes: v.nodes.map(function (n) { return n.target.join(' '); }) }; })));
				  })
				  .catch(function (e) { done(JSON.stringify([{ id: 'axe-error', help: String(e) }])); });""");
		return tools.jackson.databind.json.JsonMapper.builder().build().readValue(json, List.class);
	}

	/**
	 * Errors the page logged: a script error or a Content-Security-Policy refusal. Not counted: failed loads (a
	 * 404 page is meant to be one), and Cytoscape's attempt to add its container rules as an inline stylesheet,
	 * which the policy refuses by design (site.css carries those rules).
	 */
	List<String> consoleProblems() {
		return this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.filter(message -> message.contains("Content Security Policy") || message.contains("Uncaught")
					|| message.contains("Error"))
			.filter(message -> !message.contains("Failed to load resource"))
			.filter(message -> !(message.contains("cytoscape.min.js") && message.contains("Applying inline style")))
			.toList();
	}

	/** Whether the page fits the window's width: nothing to scroll sideways on a phone. */
	boolean fitsWidth() {
		Object fits = script("return document.documentElement.scrollWidth <= window.innerWidth + 1;");
		return Boolean.TRUE.equals(fits);
	}

	void screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			byte[] png = this.driver.getScreenshotAs(OutputType.BYTES);
			Files.write(SCREENSHOTS.resolve(name + ".png"), png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			this.service.stop();
			try (var files = Files.walk(this.profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
			catch (IOException ex) {
				// A leftover temporary profile is harmless.
			}
		}
	}

	private static String axeSource() {
		try (InputStream in = Browser.class.getClassLoader()
			.getResourceAsStream("META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe-core 4.6.3 is not on the test class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
