package nl.mijnstad.network;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import nl.mijnstad.security.Caller;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Networks and their members. */
@RestController
class NetworkController {

	private final Networks networks;

	NetworkController(Networks networks) {
		this.networks = networks;
	}

	@PostMapping("/api/v1/networks")
	ResponseEntity<Network> register(@Valid @RequestBody NetworkRegistration registration) {
		Network network = this.networks.register(registration, Caller.current());
		return ResponseEntity.created(URI.create("/api/v1/networks/" + network.id())).body(network);
	}

	@GetMapping("/api/v1/networks")
	List<Network> list(@RequestParam(required = false) Boolean reached,
			@RequestParam(required = false) NetworkKind kind,
			@RequestParam(defaultValue = "0") @Min(0) int offset,
			@RequestParam(defaultValue = "1000") @Min(1) @Max(10000) int limit) {
		return this.networks.list(reached, kind, offset, limit);
	}

	@GetMapping("/api/v1/networks/{id}")
	Network get(@PathVariable String id) {
		return this.networks.get(id);
	}

	@PostMapping("/api/v1/networks/{id}/members")
	@ResponseStatus(HttpStatus.CREATED)
	Member addMember(@PathVariable String id, @Valid @RequestBody MemberRegistration member) {
		return this.networks.addMember(id, member, Caller.current());
	}

	@GetMapping("/api/v1/networks/{id}/members")
	List<Member> members(@PathVariable String id) {
		return this.networks.members(id, Caller.current());
	}

}
