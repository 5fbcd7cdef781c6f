"""A picture of the graph's core: companies, cohorts and sectors and how they are linked,
drawn with networkx and matplotlib, coloured by label and labelled by name.

Shown: every company, cohort and sector with a membership or sector link (HAS_MEMBER, IN_SECTOR),
with the parent cohorts and broader sectors above them, so the picture reads as "who is in which
group, in which industry". Cohorts are labelled by their criterion, which says more than "30 companies".
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import networkx as nx

from .output import replacing
from .style import colour
from .view import PropertyGraph, to_networkx

SHOWN = ("Company", "Cohort", "Sector")
LINKS = ("HAS_MEMBER", "IN_SECTOR")
UPWARD = ("PARENT_COHORT", "BROADER")
EDGE_COLOURS = {"HAS_MEMBER": "#1f77b4", "IN_SECTOR": "#2ca02c", "PARENT_COHORT": "#ff7f0e", "BROADER": "#98df8a"}
_WIDTH = 22


def core(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The linked companies, cohorts and sectors, closed upwards under parent cohorts and broader sectors."""
    kept = {n for n, data in graph.nodes(data=True) if data["type"] in SHOWN}
    linked = {n for u, v, kind in graph.edges(keys=True) if kind in LINKS and u in kept and v in kept for n in (u, v)}
    frontier = list(linked)
    while frontier:
        node = frontier.pop()
        for _, parent, kind in graph.out_edges(node, keys=True):
            if kind in UPWARD and parent in kept and parent not in linked:
                linked.add(parent)
                frontier.append(parent)
    return graph.subgraph(linked).copy()


def caption(data: dict[str, object]) -> str:
    """A node's label in the picture: a cohort's size and criterion, anyone else's name, wrapped."""
    text = str(data.get("label", ""))
    if data["type"] == "Cohort" and data.get("criterion"):
        size = data.get("size")
        prefix = f"{size:g}: " if isinstance(size, float) else ""
        text = prefix + str(data["criterion"])
    text = textwrap.shorten(text, width=3 * _WIDTH, placeholder="…")
    return "\n".join(textwrap.wrap(text, _WIDTH))


def draw(view: PropertyGraph, path: Path) -> int:
    """Draw the core of the view to `path` (PNG); returns the number of nodes drawn."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    graph = core(to_networkx(view))
    layout = nx.spring_layout(nx.Graph(graph), seed=7, k=1.6 / max(len(graph), 1) ** 0.5, iterations=500)
    figure, axes = plt.subplots(figsize=(16, 12), dpi=110)
    sizes = {n: 150.0 + 70.0 * d for n, d in graph.degree()}
    kinds = sorted({kind for _, _, kind in graph.edges(keys=True)})
    for kind in kinds:
        edges = [(u, v) for u, v, k in graph.edges(keys=True) if k == kind]
        nx.draw_networkx_edges(graph, layout, edgelist=edges, ax=axes, edge_color=EDGE_COLOURS.get(kind, "#bbbbbb"),
                               arrows=True, arrowsize=9, width=1.2, node_size=[sizes[n] for n in graph])
    for label in SHOWN:
        nodes = [n for n, data in graph.nodes(data=True) if data["type"] == label]
        nx.draw_networkx_nodes(graph, layout, nodelist=nodes, ax=axes, node_color=colour(label),
                               node_size=[sizes[n] for n in nodes], linewidths=0.8, edgecolors="white")
    below = {n: (x, y - 0.035) for n, (x, y) in layout.items()}
    nx.draw_networkx_labels(graph, below, labels={n: caption(d) for n, d in graph.nodes(data=True)}, ax=axes,
                            font_size=8.5, verticalalignment="top")
    handles = [Line2D([], [], marker="o", linestyle="", markersize=11, color=colour(label), label=label)
               for label in SHOWN]
    handles += [Line2D([], [], color=EDGE_COLOURS.get(kind, "#bbbbbb"), linewidth=2, label=kind) for kind in kinds]
    axes.legend(handles=handles, loc="upper left", fontsize=10, frameon=False)
    axes.set_title("Companies, cohorts and sectors: who belongs to which group, in which industry "
                   "(cohorts labelled size: criterion)", fontsize=12)
    axes.set_axis_off()
    axes.margins(0.08)
    figure.tight_layout()
    with replacing(path) as tmp:
        figure.savefig(tmp, format="png")
    plt.close(figure)
    return len(graph)
