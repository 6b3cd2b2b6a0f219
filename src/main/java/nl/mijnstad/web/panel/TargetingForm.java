package nl.mijnstad.web.panel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.mijnstad.network.NetworkKind;
import nl.mijnstad.panel.SelectionMethod;
import nl.mijnstad.panel.Stratum;
import nl.mijnstad.panel.Targeting;

/**
 * The targeting as the preview page's GET form carries it (so a preview can be bookmarked and repeated), and as
 * the send form posts it back in hidden fields together with the preview's digest.
 */
public class TargetingForm {

	private Integer size = 10;

	private SelectionMethod method = SelectionMethod.MAXIMIN;

	private Long seed = 1L;

	private String network = "";

	private List<String> districts = new ArrayList<>();

	private List<String> ageBands = new ArrayList<>();

	private List<NetworkKind> networkKinds = new ArrayList<>();

	private List<Stratum> stratifyBy = new ArrayList<>();

	private String expectedDigest;

	Targeting toTargeting() {
		List<String> networks = this.network == null || this.network.isBlank() ? List.of() : List.of(this.network);
		return new Targeting(this.size, this.method, this.seed,
				new Targeting.Filters(this.districts, this.ageBands, this.networkKinds, networks, List.of()),
				this.stratifyBy, List.of(), this.expectedDigest);
	}

	/** The fields to post back with the send form, each name with its values, so the send targets what was shown. */
	public Map<String, List<String>> hiddenFields() {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		fields.put("size", this.size == null ? List.of() : List.of(this.size.toString()));
		fields.put("method", this.method == null ? List.of() : List.of(this.method.name()));
		fields.put("seed", this.seed == null ? List.of() : List.of(this.seed.toString()));
		fields.put("network", this.network == null ? List.of() : List.of(this.network));
		fields.put("districts", this.districts);
		fields.put("ageBands", this.ageBands);
		fields.put("networkKinds", this.networkKinds.stream().map(Enum::name).toList());
		fields.put("stratifyBy", this.stratifyBy.stream().map(Enum::name).toList());
		return fields;
	}

	public Integer getSize() {
		return this.size;
	}

	public void setSize(Integer size) {
		this.size = size;
	}

	public SelectionMethod getMethod() {
		return this.method;
	}

	public void setMethod(SelectionMethod method) {
		this.method = method;
	}

	public Long getSeed() {
		return this.seed;
	}

	public void setSeed(Long seed) {
		this.seed = seed;
	}

	public String getNetwork() {
		return this.network;
	}

	public void setNetwork(String network) {
		this.network = network;
	}

	public List<String> getDistricts() {
		return this.districts;
	}

	public void setDistricts(List<String> districts) {
		this.districts = districts == null ? new ArrayList<>() : new ArrayList<>(districts);
	}

	public List<String> getAgeBands() {
		return this.ageBands;
	}

	public void setAgeBands(List<String> ageBands) {
		this.ageBands = ageBands == null ? new ArrayList<>() : new ArrayList<>(ageBands);
	}

	public List<NetworkKind> getNetworkKinds() {
		return this.networkKinds;
	}

	public void setNetworkKinds(List<NetworkKind> networkKinds) {
		this.networkKinds = networkKinds == null ? new ArrayList<>() : new ArrayList<>(networkKinds);
	}

	public List<Stratum> getStratifyBy() {
		return this.stratifyBy;
	}

	public void setStratifyBy(List<Stratum> stratifyBy) {
		this.stratifyBy = stratifyBy == null ? new ArrayList<>() : new ArrayList<>(stratifyBy);
	}

	public String getExpectedDigest() {
		return this.expectedDigest;
	}

	public void setExpectedDigest(String expectedDigest) {
		this.expectedDigest = expectedDigest;
	}

}
