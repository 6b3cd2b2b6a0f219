package nl.mijnstad;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * One real SMTP server (GreenMail) for the whole test run, on a port chosen once, so that the shared Spring
 * context can be configured with it and tests can read what residents would receive.
 */
public final class TestMail {

	private static GreenMail greenMail;

	private TestMail() {
	}

	public static synchronized GreenMail server() {
		if (greenMail == null) {
			int port;
			try (ServerSocket socket = new ServerSocket(0)) {
				port = socket.getLocalPort();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			greenMail.start();
			Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop));
		}
		return greenMail;
	}

	public static int port() {
		return server().getSmtp().getPort();
	}

}
