package nl.mijnstad.web;

import java.util.List;
import java.util.Objects;

import nl.mijnstad.api.NotFoundException;
import nl.mijnstad.network.Network;
import nl.mijnstad.network.Networks;
import nl.mijnstad.security.Caller;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page, and a home page with a section for each role the account has. */
@Controller
class HomePages {

	private final Networks networks;

	HomePages(Networks networks) {
		this.networks = networks;
	}

	@GetMapping("/inloggen")
	String login() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		return "login";
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("networks", heldNetworks(this.networks, Caller.current()));
		return "home";
	}

	/** The networks the caller holds, by name; an admin holds none by name (they may act for all). */
	static List<Network> heldNetworks(Networks networks, Caller caller) {
		return caller.networks().stream().map(id -> {
			try {
				return networks.get(id);
			}
			catch (NotFoundException ex) {
				return null;
			}
		}).filter(Objects::nonNull).sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
	}

}
