#!/usr/bin/python3
"""Writes the analysts' notebooks (without outputs) from the cells below: edit here, run, commit the .ipynb files.

    python3 notebooks/build_notebooks.py

A test in CI executes them (notebooks/run-notebooks.sh); outputs are never committed.
"""
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent

PARAMETERS = '''# Parameters: change them here, or set the environment variables before starting Jupyter.
import os
BASE_URL = os.environ.get("MIJNSTAD_URL", "http://localhost:8080")
USER = os.environ.get("MIJNSTAD_USER", "admin")
PASSWORD = os.environ.get("MIJNSTAD_PASSWORD", os.environ.get("MIJNSTAD_ADMIN_PASSWORD", ""))'''

CLIENT = '''%matplotlib inline
import requests
import pandas as pd
import matplotlib.pyplot as plt

pd.set_option("display.max_colwidth", 80)

# One token per notebook run: HTTP Basic on every request would cost the service a password hash each time.
_token = requests.post(f"{BASE_URL}/api/v1/tokens", auth=(USER, PASSWORD), timeout=30)
if _token.status_code != 201:
    raise RuntimeError(f"No token for {USER} at {BASE_URL}: {_token.status_code} {_token.text[:300]}")
SESSION = requests.Session()
SESSION.headers["Authorization"] = "Bearer " + _token.json()["token"]


def get(path, **params):
    """GET a path of the Mijn Stad API as JSON; a problem+json answer is raised with its detail."""
    answer = SESSION.get(BASE_URL + path, params=params, timeout=120)
    if answer.status_code >= 400:
        raise RuntimeError(f"{path}: {answer.status_code} {answer.text[:500]}")
    return answer.json() if "json" in answer.headers.get("Content-Type", "") else answer.content'''


def notebook(name, title, intro, cells):
    nb = new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    nb.cells = [new_markdown_cell(f"# {title}\n\n{intro}"), new_code_cell(PARAMETERS), new_code_cell(CLIENT)]
    for kind, text in cells:
        nb.cells.append(new_markdown_cell(text) if kind == "md" else new_code_cell(text))
    nbformat.validate(nb)
    nbformat.write(nb, HERE / name)


notebook("1-shared-values-and-agenda.ipynb", "Shared values and the collective agenda",
"""What do the networks of the city find important together, and what should happen first? This notebook reads
the analytics of a running Mijn Stad (the demo city by default) through its REST API: the **shared values**
with their consensus across clusters of networks, the **collective ranking of spearheads** (Schulze, with Borda
as a second view) and the **clusters** of networks alike in values and members. Everything here is an aggregate
over networks and gatherings: no person appears. Any account may read it (a policymaker's is enough).""", [
("md", """## Shared values

One row per value. `networks` is how many networks held it in at least one gathering, `gatherings` how many
gatherings. `consensus` is Pol.is's group-aware consensus over the clusters of networks: the product over
clusters of (n+1)/(N+2), high only when *every* cluster holds the value, so a value that one large bloc holds
does not win. `diversity` is the effective number of kinds of network holding it."""),
("code", '''values = pd.json_normalize(get("/api/v1/analytics/values"))
print(f"{len(values)} values held in the city")
values.sort_values("networks", ascending=False).head(15)[["label", "networks", "gatherings", "consensus", "clusters"]]'''),
("code", '''top = values.sort_values("consensus", ascending=False).head(15).iloc[::-1]
fig, axes = plt.subplots(1, 2, figsize=(12, 5), sharey=True)
axes[0].barh(top["label"], top["networks"], color="#2a7")
axes[0].set_xlabel("networks holding the value")
axes[1].barh(top["label"], top["consensus"], color="#27a")
axes[1].set_xlabel("group-aware consensus")
fig.suptitle("The 15 values with the broadest consensus")
fig.tight_layout()
plt.show()'''),
("md", """**How to read it.** A long bar on the left with a short bar on the right means a value many networks hold,
but mostly within one cluster: popular, not shared. Values with long bars on both sides are the city's
broadly shared vision."""),
("md", """## The collective agenda: spearheads ranked

Each gathering ranks its spearheads; the service counts every gathering as one ballot. **Schulze** (the method
of many open-source projects' elections) ranks by pairwise wins along strongest paths and is robust to
clones; **Borda** adds points by position. Where both agree, the agenda is clear; where they differ, the
order depends on the method, so present those spearheads as equals."""),
("code", '''schulze = pd.json_normalize(get("/api/v1/analytics/spearheads", method="schulze")["ranking"])
borda = pd.json_normalize(get("/api/v1/analytics/spearheads", method="borda")["ranking"])
agenda = schulze[["rank", "key", "title", "tied"]].merge(
    borda[["key", "rank"]].rename(columns={"rank": "bordaRank"}), on="key", how="left")
agenda.head(15)'''),
("code", '''shown = agenda.head(30)
fig, ax = plt.subplots(figsize=(6, 6))
ax.scatter(shown["rank"], shown["bordaRank"], color="#a52")
lim = max(shown["rank"].max(), shown["bordaRank"].max()) + 1
ax.plot([0, lim], [0, lim], color="#999", linewidth=1)
ax.set_xlabel("Schulze rank")
ax.set_ylabel("Borda rank")
ax.set_title("Two methods, one agenda? (points on the line agree)")
plt.show()'''),
("md", """## Clusters of networks

Networks alike in values and members form clusters (Louvain modularity on a similarity graph, seeded so the
result repeats). Their *distinctive values* are what sets each cluster apart: the diversity the movement wants
to keep visible next to what is shared."""),
("code", '''clusters = get("/api/v1/analytics/clusters")
rows = []
for cluster in clusters:
    distinctive = cluster.get("distinctiveValues") or cluster.get("values") or []
    labels = [v.get("label", v.get("key")) if isinstance(v, dict) else str(v) for v in distinctive][:5]
    networks = cluster.get("networks")
    rows.append({"cluster": cluster.get("id"),
                 "networks": len(networks) if isinstance(networks, list) else networks,
                 "distinctive values": ", ".join(labels)})
clusters_table = pd.DataFrame(rows).sort_values("networks", ascending=False)
print(f"{len(clusters_table)} clusters, {(clusters_table['networks'] == 1).sum()} of them a single network")
clusters_table.head(10)'''),
])

notebook("2-reach.ipynb", "Reach: coverage, the frontier and the network graph",
"""Whom has the movement reached, and whom not yet? This notebook reads, from a running Mijn Stad, the
**coverage** of each district against its population, the **frontier** of networks not yet reached (with the
warm paths to them) and the **network graph** itself, drawn. Coverage and the graph are aggregates; the
frontier names people who can introduce a network, so it needs a connector's or an admin's account — for any
other account that section says so and moves on.""", [
("md", """## Coverage per district

`rate` is the share of residents reached (people who are members of a network that held a gathering);
`representationIndex` is a district's share of everyone reached divided by its share of the population: 1 is
proportional, below 1 under-represented. For a policymaker, districts with fewer than k people reached are
suppressed (empty). The R-score (lowest rate ÷ highest) summarises evenness: 1 is even, 0 means some district
is not reached at all."""),
("code", '''coverage = get("/api/v1/analytics/coverage")
print(f"R-score {coverage.get('rScore')}, proportional similarity {coverage.get('proportionalSimilarity')}")
districts = pd.json_normalize(coverage["districts"])
districts[["key", "name", "population", "reached", "rate", "representationIndex", "suppressed"]]'''),
("code", '''known = districts[districts["population"].notna()].sort_values("representationIndex")
fig, ax = plt.subplots(figsize=(10, 5))
ax.barh(known["name"], known["representationIndex"].fillna(0),
        color=["#c33" if (v or 0) < 0.8 else "#3a3" for v in known["representationIndex"]])
ax.axvline(1, color="#333", linewidth=1)
ax.set_xlabel("representation index (1 = proportional to population)")
ax.set_title("Who is reached, against who lives there")
fig.tight_layout()
plt.show()'''),
("code", '''bands = coverage.get("ageBands")
if bands:
    ages = pd.json_normalize(bands["bands"])
    display(ages[["key", "population", "reached", "populationShare", "reachedShare", "representationIndex"]])
else:
    print("No district has age bands in its reference data.")'''),
("md", """## The frontier: networks not yet reached, best first

Each unreached network gets a score from its warm paths (members it shares with reached networks), relations
(umbrella and partner networks that are reached), known connectors, and the lift it would give to
under-represented districts and age bands. The first rows are where a connector's call is most likely to
lead to a gathering, and to make the movement more representative."""),
("code", '''answer = SESSION.get(BASE_URL + "/api/v1/analytics/frontier", params={"limit": 15}, timeout=120)
if answer.status_code == 403:
    print("The frontier names people: it needs a connector's or an admin's account.")
else:
    answer.raise_for_status()
    frontier = answer.json()
    print(f"{frontier['unreachedNetworks']} networks not yet reached")
    display(pd.DataFrame([{"rank": f["rank"], "network": f["network"]["name"], "kind": f["network"]["kind"],
                           "members": f["members"], "score": round(f["score"], 3)}
                          for f in frontier["networks"]]))'''),
("md", """## The network graph

The same export Gephi opens (`/api/v1/export/graph.graphml`): networks as nodes (reached in green, not yet
reached in grey), edges for shared members, umbrella (PART_OF) and partner (WORKS_WITH) relations. Unreached
networks close to green ones are the warm frontier you saw above."""),
("code", '''import io
import networkx as nx

graph = nx.read_graphml(io.BytesIO(get("/api/v1/export/graph.graphml")))
print(f"{graph.number_of_nodes()} networks, {graph.number_of_edges()} edges")


def reached(data):
    value = data.get("reached")
    return value is True or str(value).lower() == "true"


layout = nx.spring_layout(graph, seed=2017, k=0.3)
fig, ax = plt.subplots(figsize=(10, 10))
nx.draw_networkx_edges(graph, layout, ax=ax, alpha=0.15)
nx.draw_networkx_nodes(graph, layout, ax=ax, node_size=30,
                       node_color=["#2a7" if reached(d) else "#bbb" for _, d in graph.nodes(data=True)])
ax.set_axis_off()
ax.set_title("Networks of the city: reached (green) and not yet reached (grey)")
plt.show()'''),
])

notebook("3-panel.ipynb", "The panel: a selection against the population",
"""The networks' members who consented to the **panel** (burgerpanel) can be sounded out by policymakers. A
consultation should go to a selection that looks like the city, and nobody should be asked too often. This
notebook compares the consenting members with the population per district and age band, draws two selections
— a simple random one and one stratified by district — and shows how far each is from the population.
Finally it shows contact fatigue over time when the service has the panel module.

It reads members per network through the API, which only an **admin** (or a network's holder) may do; **each
read is written to the audit log**, as the privacy rules require. Only counts leave this notebook: no names,
no contact data. `NETWORKS_READ` limits how many networks are read.""", [
("code", '''NETWORKS_READ = int(os.environ.get("MIJNSTAD_PANEL_NETWORKS", "40"))
SELECTION_SIZE = 100
SEED = 2017'''),
("md", """## The population, from the reference data

Population per district and per age band, as the coverage analysis uses it (CBS figures)."""),
("code", '''import datetime
import numpy as np

coverage = get("/api/v1/analytics/coverage")
population = pd.json_normalize(coverage["districts"])
population = population[population["population"].notna()][["key", "name", "population"]]
population["share"] = population["population"] / population["population"].sum()
population'''),
("md", """## The consenting panel

Members of the first `NETWORKS_READ` networks who gave consent for the panel purpose, each person once."""),
("code", '''networks = get("/api/v1/networks", limit=NETWORKS_READ)
people = {}
for network in networks:
    for member in get(f"/api/v1/networks/{network['id']}/members"):
        if member.get("consent", {}).get("panel"):
            people[member["personId"]] = {"district": member.get("district"), "birthYear": member.get("birthYear")}
panel = pd.DataFrame.from_dict(people, orient="index")
print(f"{len(panel)} consenting panel members in {len(networks)} networks")


def age_band(year, now=datetime.date.today().year):
    if pd.isna(year):
        return "unknown"
    age = now - int(year)
    return "0-14" if age < 15 else "15-24" if age < 25 else "25-44" if age < 45 else "45-64" if age < 65 else "65+"


if len(panel):
    panel["ageBand"] = panel["birthYear"].map(age_band)
    display(panel.groupby("ageBand").size().rename("panel members").to_frame())'''),
("md", """## Two selections against the population

A simple random selection follows the panel, with whatever skew the panel has. A selection **stratified by
district** draws from each district in proportion to its population (as far as the panel has people there),
which is what a fair consultation needs. The distance shown is the total variation distance: half the sum of
absolute differences in shares, 0 for identical composition."""),
("code", '''rng = np.random.default_rng(SEED)
known = panel[panel["district"].isin(population["key"])] if len(panel) else panel


def composition(selection):
    counts = selection["district"].value_counts()
    return (counts / counts.sum()).reindex(population["key"]).fillna(0)


if len(known) == 0:
    print("No consenting members with a district in the networks read: raise NETWORKS_READ.")
else:
    size = min(SELECTION_SIZE, len(known))
    simple = known.iloc[rng.choice(len(known), size=size, replace=False)]
    parts = []
    for _, district in population.iterrows():
        pool = known[known["district"] == district["key"]]
        take = min(len(pool), int(round(district["share"] * size)))
        if take:
            parts.append(pool.iloc[rng.choice(len(pool), size=take, replace=False)])
    stratified = pd.concat(parts) if parts else known.iloc[:0]
    shares = pd.DataFrame({"population": population.set_index("key")["share"],
                           "panel": composition(known).values,
                           "random selection": composition(simple).values,
                           "stratified selection": composition(stratified).values if len(stratified) else 0},
                          index=population["key"])
    shares.index = population["name"].values
    for column in ["panel", "random selection", "stratified selection"]:
        print(f"{column:>22}: distance to the population {0.5 * (shares[column] - shares['population']).abs().sum():.3f}")
    shares.plot.bar(figsize=(12, 5), title="Share per district: population, panel and two selections")
    plt.ylabel("share")
    plt.tight_layout()
    plt.show()'''),
("md", """## Contact fatigue over time

How often each panel member was invited, month by month. A healthy panel spreads invitations: the share of
members invited more than a few times a year stays low. This needs the panel module's invitations; when the
service does not offer them yet, the cell says so."""),
("code", '''answer = SESSION.get(BASE_URL + "/api/v1/panel/fatigue", timeout=60)
if answer.status_code in (401, 403, 404):
    print(f"No panel fatigue endpoint in this service yet ({answer.status_code}): nothing to show.")
else:
    answer.raise_for_status()
    fatigue = pd.json_normalize(answer.json())
    display(fatigue)
    if {"month", "invitations"}.issubset(fatigue.columns):
        fatigue.plot(x="month", y="invitations", figsize=(10, 4), title="Invitations per month")
        plt.show()'''),
])
