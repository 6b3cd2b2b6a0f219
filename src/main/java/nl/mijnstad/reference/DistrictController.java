package nl.mijnstad.reference;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lists the reference districts, so clients know the codes to use. */
@RestController
class DistrictController {

	private final Districts districts;

	DistrictController(Districts districts) {
		this.districts = districts;
	}

	@GetMapping("/api/v1/reference/districts")
	List<District> all() {
		return this.districts.all();
	}

}
