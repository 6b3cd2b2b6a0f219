package nl.mijnstad.opendata;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The open-data download. */
@RestController
class OpenDataController {

	private final OpenData openData;

	OpenDataController(OpenData openData) {
		this.openData = openData;
	}

	@GetMapping(path = "/api/v1/export/opendata.zip", produces = "application/zip")
	ResponseEntity<byte[]> zip() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + OpenData.filename() + "\"")
			.body(this.openData.zip());
	}

}
