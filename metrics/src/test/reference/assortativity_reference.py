"""Reference values for AssortativityTest and SiloIndicesTest, computed with NetworkX 3.6.1.

Run from the repository root: python3 metrics/src/test/reference/assortativity_reference.py
Output (2026-11-22, networkx 3.6.1):
  karate club 0.717530864197531
  karate faction 0.743421052631579
  lazega cowork office 0.5660934918677432
  lazega cowork practice 0.5722848855945857
  lazega cowork status -0.2351139247892170 (the last digits vary with set iteration order)
  karate modularity of clubs, weighted 0.39143756676224206
  karate modularity of clubs, unweighted 0.3582347140039448
"""
import csv

import networkx as nx

R = "metrics/src/test/resources/datasets/"
G = nx.Graph()
for r in csv.DictReader(open(R + "karate-club/karate_nodes.csv")):
    G.add_node(int(r["id"]), club=r["club"], faction=r["faction"])
for r in csv.DictReader(open(R + "karate-club/karate_edges.csv")):
    G.add_edge(int(r["source"]), int(r["target"]), weight=float(r["weight"]))
print("karate club", repr(nx.attribute_assortativity_coefficient(G, "club")))
print("karate faction", repr(nx.attribute_assortativity_coefficient(G, "faction")))

H = nx.Graph()
lines = open(R + "lazega-law-firm/Lazega-Law-Firm_nodes.txt").read().split("\n")
for line in lines[1:]:
    if line.strip():
        f = line.split()
        H.add_node(int(f[0]), office=f[3], practice=f[6], status=f[1])
arcs = set()
for line in open(R + "lazega-law-firm/Lazega-Law-Firm_multiplex.edges"):
    f = line.split()
    if f and f[0] == "3":  # co-work layer
        arcs.add((int(f[1]), int(f[2])))
for a, b in arcs:
    if (b, a) in arcs and a < b:  # mutual nominations only: 378 undirected edges
        H.add_edge(a, b)
for att in ["office", "practice", "status"]:
    print("lazega cowork", att, repr(nx.attribute_assortativity_coefficient(H, att)))
clubs = [{n for n in G if G.nodes[n]["club"] == c} for c in ["Mr. Hi", "Officer"]]
print("karate modularity of clubs, weighted", repr(nx.community.modularity(G, clubs, weight="weight")))
print("karate modularity of clubs, unweighted", repr(nx.community.modularity(G, clubs, weight=None)))
