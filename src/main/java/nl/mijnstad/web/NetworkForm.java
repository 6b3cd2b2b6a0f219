package nl.mijnstad.web;

import java.util.ArrayList;
import java.util.List;

import nl.mijnstad.network.NetworkKind;
import nl.mijnstad.network.NetworkRegistration;

/** The network registration form as the browser posts it. */
public class NetworkForm {

	private String name;

	private NetworkKind kind;

	private String description;

	private List<String> districts = new ArrayList<>();

	NetworkRegistration toRegistration() {
		return new NetworkRegistration(this.name == null ? null : this.name.strip(), this.kind,
				this.description == null || this.description.isBlank() ? null : this.description.strip(),
				this.districts);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public NetworkKind getKind() {
		return this.kind;
	}

	public void setKind(NetworkKind kind) {
		this.kind = kind;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public List<String> getDistricts() {
		return this.districts;
	}

	public void setDistricts(List<String> districts) {
		this.districts = districts == null ? new ArrayList<>() : new ArrayList<>(districts);
	}

}
