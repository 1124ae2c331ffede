"""Reference figures for SiloRealDataTest, computed with NetworkX 3.6.1 (density, conductance, bridges,
connectivity) and the definitions of SiloGroup / SiloReport written out in plain Python:

  E-I index over members' ties: (E - 2I) / (E + 2I), weighted and by count; expected (N - 2n + 1) / (N - 1);
  conductance = nx.conductance(G, S, weight="weight"); density = nx.density(G.subgraph(S));
  bridges of a group: boundary ties u-v (u in S) after whose removal no member of S reaches v (checked by
  reachability with the tie removed, not by Tarjan), cut-off = members lost;
  network E-I over every tie once with the full grouping, expected 2p - 1, p = 1 - sum n_g(n_g-1)/(N(N-1)).

    python3 silo_reference.py

Prints Java rows for SiloRealDataTest. Groups below the floor of 5 are pooled into (other) as SiloReport does.
"""
import math
from collections import Counter

import networkx as nx

D = "../resources/datasets/"
FLOOR = 5


def lazega():
    office = {1: "Boston", 2: "Hartford", 3: "Providence"}
    practice = {1: "litigation", 2: "corporate"}
    nodes = {}
    with open(D + "lazega-law-firm/Lazega-Law-Firm_nodes.txt") as f:
        next(f)
        for line in f:
            p = line.split()
            nodes[int(p[0])] = (office[int(p[3])], practice[int(p[6])])
    arcs = set()
    with open(D + "lazega-law-firm/Lazega-Law-Firm_multiplex.edges") as f:
        for line in f:
            layer, a, b, w = map(int, line.split())
            if layer == 3:
                arcs.add((a, b))
    g = nx.Graph()
    g.add_nodes_from(f"L{i}" for i in nodes)
    for a, b in arcs:
        if (b, a) in arcs:
            g.add_edge(f"L{a}", f"L{b}", weight=1.0)
    return g, {f"L{i}": v for i, v in nodes.items()}


def aarhus():
    labels = {}
    with open(D + "cs-aarhus/CS-Aarhus_nodes.txt") as f:
        next(f)
        for line in f:
            i, label = line.split()
            labels[int(i)] = label
    group = {}
    with open(D + "cs-aarhus/aucs_nodelist.txt") as f:
        for line in f:
            actor, g, role = line.strip().split(",")
            group[actor] = "NA" if g == "NA" else g.split("/")[0]
    online = nx.Graph()
    offline = nx.Graph()
    both = nx.Graph()
    for gr in (online, offline, both):
        gr.add_nodes_from(labels.values())
    with open(D + "cs-aarhus/CS-Aarhus_multiplex.edges") as f:
        for line in f:
            layer, a, b, w = map(int, line.split())
            u, v = labels[a], labels[b]
            # default tie model: offline contact 1, online 0.5 (SOCIAL_MEDIA is online)
            w = 0.5 if layer == 2 else 1.0
            target = online if layer == 2 else offline
            target.add_edge(u, v, weight=target.get_edge_data(u, v, {"weight": 0})["weight"] + w)
            both.add_edge(u, v, weight=both.get_edge_data(u, v, {"weight": 0})["weight"] + w)
    return online, offline, both, group


def reach(g, members, removed=None):
    seen = set(members)
    stack = list(members)
    while stack:
        u = stack.pop()
        for v in g[u]:
            if removed and {u, v} == set(removed):
                continue
            if v not in seen:
                seen.add(v)
                stack.append(v)
    return seen


def figures(g, groups, name):
    n_all = g.number_of_nodes()
    size = Counter(groups.values())
    reported = {k for k, c in size.items() if c >= FLOOR}
    other = sum(c for k, c in size.items() if c < FLOOR)
    rep = {v: (groups[v] if groups[v] in reported else "(other)") for v in g}
    if other < FLOOR:
        rep = {v: r for v, r in rep.items() if r != "(other)"}
    names = sorted({r for r in rep.values() if r != "(other)"}, key=lambda k: (-size[k], k))
    if "(other)" in rep.values():
        names.append("(other)")
    print(f"  // {name}: N={n_all}, ties={g.number_of_edges()}, unreported={n_all - len(rep)}")
    for k in names:
        s = [v for v in g if rep.get(v) == k]
        sset = set(s)
        internal = g.subgraph(s).number_of_edges()
        internal_w = g.subgraph(s).size(weight="weight")
        boundary = [(u, v) for u in s for v in g[u] if v not in sset]
        boundary_w = sum(g[u][v]["weight"] for u, v in boundary)
        e_count = len(boundary)
        ei = (boundary_w - 2 * internal_w) / (boundary_w + 2 * internal_w) if boundary_w + internal_w else math.nan
        ei_ties = (e_count - 2 * internal) / (e_count + 2 * internal) if e_count + internal else math.nan
        expected = (n_all - 2 * len(s) + 1) / (n_all - 1)
        rest = [v for v in g if v not in sset]
        vol_s = sum(d for _, d in g.degree(s, weight="weight"))
        vol_r = sum(d for _, d in g.degree(rest, weight="weight"))
        conductance = nx.conductance(g, s, weight="weight") if vol_s and vol_r else math.nan
        density = nx.density(g.subgraph(s))
        spanners = len({u for u, v in boundary})
        before = reach(g, s)
        bridges = []
        for u, v in boundary:
            after = reach(g, s, (u, v))
            if v not in after:
                bridges.append(len(before) - len(after))
        # SiloOptions defaults: E-I <= 0, E-I - expected <= -0.5, outside share <= 1 (off)
        silo = (not math.isnan(ei)) and ei <= 0 and ei - expected <= -0.5 and spanners / len(s) <= 1
        print(f'  row("{k}", {len(s)}, {internal}, {e_count}, {density!r}, {ei!r}, {ei_ties!r}, {expected!r}, '
              f'{conductance!r}, {spanners}, new int[] {{{", ".join(map(str, sorted(bridges, reverse=True)))}}}, '
              f'{"true" if silo else "false"}),')
    # network E-I over the full grouping
    e = sum(1 for u, v in g.edges() if groups[u] != groups[v])
    i = g.number_of_edges() - e
    ew = sum(d["weight"] for u, v, d in g.edges(data=True) if groups[u] != groups[v])
    iw = g.size(weight="weight") - ew
    p = 1 - sum(c * (c - 1) for c in size.values()) / (n_all * (n_all - 1))
    print(f"  // network: E-I {(ew - iw) / (ew + iw)!r}, by ties {(e - i) / (e + i)!r}, expected {2 * p - 1!r}")


def nmi_ari(a, b):
    n = len(a)

    def h(xs):
        return -sum(c / n * math.log(c / n) for c in Counter(xs).values())

    ha, hb, hab = h(a), h(b), h(list(zip(a, b)))
    nmi = 2 * (ha + hb - hab) / (ha + hb)
    c2 = lambda k: k * (k - 1) / 2
    index = sum(c2(c) for c in Counter(zip(a, b)).values())
    sa = sum(c2(c) for c in Counter(a).values())
    sb = sum(c2(c) for c in Counter(b).values())
    exp = sa * sb / c2(n)
    return nmi, (index - exp) / ((sa + sb) / 2 - exp)


g, attrs = lazega()
print("Lazega co-work (mutual):")
figures(g, {v: "Lazega / " + attrs[v][0] for v in g}, "by office")
figures(g, {v: "Lazega / " + attrs[v][1] for v in g}, "by practice")
order = sorted(g.nodes(), key=lambda s: s)  # member-id order, as SocialGraph numbers nodes
print("  // office vs practice NMI, ARI:", nmi_ari([attrs[v][0] for v in order], [attrs[v][1] for v in order]))
print("  // bridges of the whole graph:", len(list(nx.bridges(g))), "components:",
      nx.number_connected_components(g))

online, offline, both, group = aarhus()
unit = {v: "Aarhus University / Computer Science" + ("" if group[v] == "NA" else " / " + group[v]) for v in both}
print("CS-Aarhus:")
figures(online, unit, "online layer (facebook)")
figures(offline, unit, "offline layers (lunch, leisure, work, coauthor)")
figures(both, unit, "both layers")
