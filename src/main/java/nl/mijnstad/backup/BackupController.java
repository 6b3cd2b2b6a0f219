package nl.mijnstad.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletResponse;

import nl.mijnstad.security.Caller;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/admin/backup}: a consistent backup of the running service, as a zip download. */
@RestController
class BackupController {

	private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final Backups backups;

	BackupController(Backups backups) {
		this.backups = backups;
	}

	@PostMapping("/api/v1/admin/backup")
	void backup(HttpServletResponse response) throws IOException {
		Path file = this.backups.snapshot(Caller.current());
		try {
			response.setContentType("application/zip");
			response.setContentLengthLong(Files.size(file));
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"mijnstad-backup-" + NAME.format(Instant.now()) + ".zip\"");
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			try (OutputStream out = response.getOutputStream()) {
				Files.copy(file, out);
			}
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}
