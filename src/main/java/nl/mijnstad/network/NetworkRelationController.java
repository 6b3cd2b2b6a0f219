package nl.mijnstad.network;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** How networks relate to each other, and which connectors know them. */
@RestController
class NetworkRelationController {

	private final NetworkRelations relations;

	NetworkRelationController(NetworkRelations relations) {
		this.relations = relations;
	}

	@PostMapping("/api/v1/networks/{id}/relations")
	@ResponseStatus(HttpStatus.CREATED)
	NetworkRelation relate(@PathVariable String id, @Valid @RequestBody NetworkRelation relation) {
		return this.relations.relate(id, relation);
	}

	@PostMapping("/api/v1/networks/{id}/connectors")
	@ResponseStatus(HttpStatus.CREATED)
	ConnectorLink addConnector(@PathVariable String id, @Valid @RequestBody ConnectorLink link) {
		return this.relations.addConnector(id, link);
	}

}
