package nl.mijnstad.api;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the server send an answer that fits its buffer in one write, with a Content-Length. Spring MVC flushes the
 * response as soon as it has written a body, before the server knows the body is complete: Tomcat then commits it
 * chunked and sends the closing chunk in a second write, so every submission's 201 reached its client in two
 * parts, two system calls and, on a busy machine, two wake-ups of the client. Without those flushes Tomcat sends a
 * body that fits its buffer (8 KiB) with its length, headers and body at once, when the request ends; a larger
 * body still leaves in chunks as the buffer fills. Nothing here needs a flush to reach the client early: no answer
 * is server-sent or long-polled, and the one large download (the backup, with its length) leaves as the buffer
 * fills.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class OneWriteAnswers extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new Unflushed(response));
	}

	/** The response with its flushes left to the server, which sends what is buffered when the request ends. */
	private static final class Unflushed extends HttpServletResponseWrapper {

		private ServletOutputStream stream;

		private PrintWriter writer;

		Unflushed(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void flushBuffer() {
			// The server sends the buffer when the request ends, or earlier when it is full.
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new UnflushedStream(super.getOutputStream());
			}
			return this.stream;
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			if (this.writer == null) {
				this.writer = new PrintWriter(super.getWriter(), false) {

					@Override
					public void flush() {
						// As flushBuffer: the server sends it.
					}

				};
			}
			return this.writer;
		}

	}

	private static final class UnflushedStream extends ServletOutputStream {

		private final ServletOutputStream delegate;

		UnflushedStream(ServletOutputStream delegate) {
			this.delegate = delegate;
		}

		@Override
		public void write(int b) throws IOException {
			this.delegate.write(b);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.delegate.write(bytes, offset, length);
		}

		@Override
		public void write(ByteBuffer buffer) throws IOException {
			this.delegate.write(buffer);
		}

		@Override
		public void flush() {
			// As flushBuffer: the server sends it.
		}

		@Override
		public void close() throws IOException {
			this.delegate.close();
		}

		@Override
		public boolean isReady() {
			return this.delegate.isReady();
		}

		@Override
		public void setWriteListener(WriteListener listener) {
			this.delegate.setWriteListener(listener);
		}

	}

}
