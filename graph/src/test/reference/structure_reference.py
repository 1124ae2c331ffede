"""Reference values for org.blendnet.graph.structure tests (components, core numbers, bridges).

Run from graph/src/test/reference with Python 3 and NetworkX 3.6.1:
    python3 structure_reference.py
It (re)writes the random graphs and their reference values under ../resources/datasets/random/ and prints
the karate-club values that StructureReferenceTest copies.
"""
import networkx as nx

OUT = "../resources/datasets/random/"


def karate():
    g = nx.Graph()
    g.add_nodes_from(range(34))
    with open("../resources/datasets/karate-club/karate_edges.csv") as f:
        next(f)
        for line in f:
            a, b, w = line.strip().split(",")
            g.add_edge(int(a) - 1, int(b) - 1, weight=float(w))
    return g


def write_graph(name, g, header):
    with open(OUT + name + ".txt", "w") as f:
        f.write(f"# {header}\n# nodes {g.number_of_nodes()}\n")
        for u, v in sorted(tuple(sorted(e)) for e in g.edges()):
            f.write(f"{u} {v}\n")
    core = nx.core_number(g)
    comps = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0]))
    bridges = sorted(tuple(sorted(e)) for e in nx.bridges(g))
    with open(OUT + name + "-reference.txt", "w") as f:
        f.write(f"# NetworkX {nx.__version__}: core_number, connected_components, bridges of {name}.txt\n")
        f.write("# written by graph/src/test/reference/structure_reference.py\n")
        f.write("core " + " ".join(str(core[v]) for v in range(g.number_of_nodes())) + "\n")
        f.write("components " + " ".join(str(len(c)) for c in comps) + "\n")
        f.write("componentOf " + " ".join(str(next(i for i, c in enumerate(comps) if v in c))
                                          for v in range(g.number_of_nodes())) + "\n")
        f.write("bridges " + " ".join(f"{u}-{v}" for u, v in bridges) + "\n")
    print(name, "n", g.number_of_nodes(), "m", g.number_of_edges(), "components", len(comps),
          "degeneracy", max(core.values()), "bridges", len(bridges))


k = karate()
core = nx.core_number(k)
print("karate core numbers", [core[v] for v in range(34)])
print("karate components", [len(c) for c in nx.connected_components(k)])
print("karate bridges", sorted(tuple(sorted(e)) for e in nx.bridges(k)))
kc = nx.k_core(k, 4)
print("karate 4-core", sorted(kc.nodes()))

write_graph("gnm-sparse", nx.gnm_random_graph(300, 330, seed=20261122),
            "networkx.gnm_random_graph(300, 330, seed=20261122)")
write_graph("gnm-dense", nx.gnm_random_graph(150, 900, seed=20261123),
            "networkx.gnm_random_graph(150, 900, seed=20261123)")
