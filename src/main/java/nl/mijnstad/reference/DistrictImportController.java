package nl.mijnstad.reference;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Loads another municipality's districts from CSV. */
@RestController
class DistrictImportController {

	private final DistrictImport districtImport;

	DistrictImportController(DistrictImport districtImport) {
		this.districtImport = districtImport;
	}

	@PostMapping(path = "/api/v1/reference/districts", consumes = { "text/csv", "text/plain" })
	ResponseEntity<DistrictImport.Outcome> load(@RequestBody String csv) {
		DistrictImport.Outcome outcome = this.districtImport.load(csv);
		return ResponseEntity.status(outcome.created() > 0 ? HttpStatus.CREATED : HttpStatus.OK).body(outcome);
	}

}
