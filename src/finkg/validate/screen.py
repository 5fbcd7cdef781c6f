"""A quick screen of the core shapes: which target nodes certainly conform, so pyshacl checks only the others.

pyshacl costs about a millisecond per focus node in Python, and nearly every node of a corpus conforms.
The screen passes a node only when it can decide every constraint of the shape with pyshacl's own
rules (https://www.w3.org/TR/shacl/#core-components); anything it cannot decide, or any constraint
it does not know, makes the node a suspect. pyshacl then validates the suspects alone (each given as
sh:targetNode of its shape) over the triples it can read from them, so the results are pyshacl's, at the
cost of the nodes that may fail. A shape with a parameter the screen does not know is left whole to pyshacl.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from pyshacl.constraints.core.string_based_constraints import StringBasedConstraintBase
from pyshacl.rdfutil.compare import compare_literal
from rdflib import OWL, RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import XSD
from rdflib.term import Node

from .report import SH

Triple = tuple[Node, Node, Node]
Verdict = bool | None  # True: certainly conforms; False: certainly does not; None: pyshacl must decide
_TARGETS = (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode)
_PYTHON_TYPES: dict[Node, type] = {XSD.string: str, XSD.integer: int, XSD.decimal: Decimal, XSD.boolean: bool}


class Index:
    """The triples of a graph by subject and predicate, with the class hierarchy, for quick lookups.

    rdflib answers a lookup in microseconds through layers of generators; a dict answers it in nanoseconds.
    """

    def __init__(self, triples: Iterable[Triple]) -> None:
        self.out: dict[Node, dict[Node, set[Node]]] = defaultdict(lambda: defaultdict(set))
        self.subjects: dict[Node, set[Node]] = defaultdict(set)  # predicate -> subjects
        for s, p, o in triples:
            self.out[s][p].add(o)
            self.subjects[p].add(s)
        self._supers: dict[Node, set[Node]] = {}
        self._instances: dict[Node, set[Node]] | None = None

    def values(self, node: Node, predicate: Node) -> set[Node]:
        found = self.out.get(node)
        return found.get(predicate, set()) if found is not None else set()

    def objects(self, predicate: Node) -> set[Node]:
        return {o for s in self.subjects.get(predicate, ()) for o in self.out[s][predicate]}

    def superclasses(self, cls: Node) -> set[Node]:
        """`cls` and every class above it by rdfs:subClassOf (pyshacl's transitive_objects)."""
        if cls not in self._supers:
            seen, todo = {cls}, [cls]
            while todo:
                for parent in self.values(todo.pop(), RDFS.subClassOf):
                    if parent not in seen:
                        seen.add(parent)
                        todo.append(parent)
            self._supers[cls] = seen
        return self._supers[cls]

    def is_instance(self, node: Node, cls: Node) -> bool:
        """A SHACL instance: rdf:type/rdfs:subClassOf* `cls`."""
        return any(cls in self.superclasses(t) for t in self.values(node, RDF.type))

    def instances(self, cls: Node) -> set[Node]:
        """The SHACL instances of `cls` (the focus nodes of sh:targetClass)."""
        if self._instances is None:
            self._instances = defaultdict(set)
            for node in self.subjects[RDF.type]:
                for kind in self.values(node, RDF.type):
                    for above in self.superclasses(kind):
                        self._instances[above].add(node)
        return self._instances.get(cls, set())


@dataclass(frozen=True, slots=True)
class Shape:
    """A shape made ready for the screen: its path (None for a node shape) and its constraints.

    `known` is False when the shape has a parameter the screen does not decide, or is deactivated.
    `reach` is how many hops from the focus node pyshacl may read a node's triples (see `neighbourhood`).
    """

    path: tuple[URIRef, ...] | None
    constraints: tuple[tuple[Check, Any], ...]
    known: bool
    reach: int


@dataclass(frozen=True, slots=True)
class Target:
    """A shape with targets: the shape itself and where its focus nodes come from."""

    node: Node
    shape: Shape
    classes: tuple[Node, ...]
    subjects_of: tuple[Node, ...]
    objects_of: tuple[Node, ...]
    nodes: tuple[Node, ...]


def compiled(shapes: Graph) -> tuple[Target, ...]:
    """Each active shape of `shapes` that has targets, made ready for `suspects`."""
    found = []
    # a shape that is also a class targets its instances implicitly: the screen leaves it to pyshacl
    implicit = {s for c in (RDFS.Class, OWL.Class) for s in shapes.subjects(RDF.type, c)}
    for node in sorted({s for t in _TARGETS for s in shapes.subjects(t, None)} | implicit, key=str):
        if not _deactivated(shapes, node):
            classes, subjects_of, objects_of, nodes = (tuple(shapes.objects(node, t)) for t in _TARGETS)
            shape = _compile(shapes, node)
            if node in implicit:
                shape = replace(shape, known=False)
            found.append(Target(node, shape, classes, subjects_of, objects_of, nodes))
    return tuple(found)


def _compile(shapes: Graph, node: Node) -> Shape:
    params = set(shapes.predicates(node)) - {RDF.type}
    path_node = shapes.value(node, SH.path)
    path: tuple[URIRef, ...] | None = None
    known = params <= _KNOWN and not _deactivated(shapes, node)
    if isinstance(path_node, URIRef):
        path = (path_node,)
    elif isinstance(path_node, BNode) and shapes.value(path_node, RDF.first) is not None:
        steps = tuple(Collection(shapes, path_node))
        path = tuple(s for s in steps if isinstance(s, URIRef))
        known = known and len(path) == len(steps)
    elif path_node is not None:
        known = False
    constraints = []
    values = len(path) if path else 0  # the hops to the value nodes
    reach = values - 1  # walking the path reads the nodes before the values
    for param in sorted(params & _CHECKS.keys(), key=str):
        for arg in shapes.objects(node, param):
            if param in _LITERAL_ARGUMENTS and not isinstance(arg, Literal):
                known = False
            compiled_arg = _argument(shapes, param, arg)
            constraints.append((_CHECKS[param], compiled_arg))
            if param == SH.property:  # on the same focus node
                reach = max(reach, compiled_arg.reach)
                known = known and compiled_arg.known
            elif param in (SH["or"], SH["not"]):  # on each value node
                nested = compiled_arg if param == SH["or"] else (compiled_arg,)
                reach = max(reach, values + max(n.reach for n in nested))
                known = known and all(n.known for n in nested)
            elif param == SH["class"]:  # a value node's rdf:type
                reach = max(reach, values)
            elif param == SH.lessThanOrEquals:  # the focus node's other property
                reach = max(reach, 0)
    return Shape(path, tuple(constraints), known, reach)


def _argument(shapes: Graph, param: Node, arg: Node) -> Any:
    """A constraint's argument in the form the checks use: shapes compiled, lists as sets or tuples."""
    if param in (SH.property, SH["not"]):
        return _compile(shapes, arg)
    if param == SH["or"]:
        return tuple(_compile(shapes, member) for member in Collection(shapes, arg))
    if param == SH["in"]:
        return frozenset(Collection(shapes, arg))
    if param == SH.pattern:
        return re.compile(str(arg))
    return arg


def suspects(targets: Iterable[Target], index: Index) -> dict[Node, list[Node]]:
    """For each shape the screen knows, its target nodes the screen cannot pass (shapes without any left out)."""
    found = {}
    for target in targets:
        if not target.shape.known:
            continue
        nodes = set(target.nodes)
        for cls in target.classes:
            nodes |= index.instances(cls)
        for predicate in target.subjects_of:
            nodes |= index.subjects.get(predicate, set())
        for predicate in target.objects_of:
            nodes |= index.objects(predicate)
        doubtful = [n for n in nodes if _check(target.shape, n, index) is not True]
        if doubtful:
            found[target.node] = sorted(doubtful, key=str)
    return found


def targeted(shapes: Graph, targets: Iterable[Target], chosen: Mapping[Node, list[Node]]) -> Graph:
    """A copy of `shapes` whose known shapes target only the chosen nodes (sh:targetNode), or are deactivated
    when none is chosen; the shapes the screen does not know keep their targets."""
    out = Graph()
    out += shapes
    for target in targets:
        if not target.shape.known:
            continue
        for predicate in _TARGETS:
            out.remove((target.node, predicate, None))
        for node in chosen.get(target.node, ()):
            out.add((target.node, SH.targetNode, node))
        if target.node not in chosen:
            out.add((target.node, SH.deactivated, Literal(True)))
    return out


def neighbourhood(index: Index, start: Iterable[Node], reach: int) -> Iterator[Triple]:
    """The triples pyshacl can read validating shapes of `reach` on the `start` nodes: the outgoing triples of
    every node up to `reach` hops away, and the whole class hierarchy (sh:class follows rdfs:subClassOf)."""
    level = set(start)
    seen = set(level)
    for _ in range(reach):
        level = {o for n in level for objects in index.out.get(n, {}).values() for o in objects} - seen
        seen |= level
    for node in seen:
        for predicate, objects in index.out.get(node, {}).items():
            yield from ((node, predicate, o) for o in objects)
    for cls in index.subjects.get(RDFS.subClassOf, ()):
        yield from ((cls, RDFS.subClassOf, parent) for parent in index.values(cls, RDFS.subClassOf))


def _deactivated(shapes: Graph, shape: Node) -> bool:
    flag = shapes.value(shape, SH.deactivated)
    return isinstance(flag, Literal) and flag.value is True


def _all(verdicts: Iterable[Verdict]) -> Verdict:
    """True if every verdict is, False if any is False, else unknown."""
    result: Verdict = True
    for verdict in verdicts:
        if verdict is False:
            return False
        if verdict is None:
            result = None
    return result


def _values(path: tuple[URIRef, ...], focus: Node, index: Index) -> set[Node]:
    nodes = {focus}
    for step in path:
        nodes = {v for n in nodes for v in index.values(n, step)}
    return nodes


def _check(shape: Shape, focus: Node, index: Index) -> Verdict:
    """Whether `focus` conforms to `shape`, as pyshacl would decide it, or None if the screen cannot tell."""
    if not shape.known:
        return None
    values = {focus} if shape.path is None else _values(shape.path, focus, index)
    return _all(check(arg, focus, values, index) for check, arg in shape.constraints)


def _property(arg: Shape, focus: Node, values: set[Node], index: Index) -> Verdict:
    return _check(arg, focus, index)


def _or(arg: tuple[Shape, ...], focus: Node, values: set[Node], index: Index) -> Verdict:
    return _all(_any(arg, v, index) for v in values)


def _not(arg: Shape, focus: Node, values: set[Node], index: Index) -> Verdict:
    return _all(_negated(_check(arg, v, index)) for v in values)


def _min_count(arg: Literal, focus: Node, values: set[Node], index: Index) -> Verdict:
    return len(values) >= arg.value if type(arg.value) is int else None


def _max_count(arg: Literal, focus: Node, values: set[Node], index: Index) -> Verdict:
    return len(values) <= arg.value if type(arg.value) is int else None


def _class(arg: Node, focus: Node, values: set[Node], index: Index) -> Verdict:
    return all(not isinstance(v, Literal) and index.is_instance(v, arg) for v in values)


def _in(arg: frozenset[Node], focus: Node, values: set[Node], index: Index) -> Verdict:
    return all(v in arg for v in values)


def _has_value(arg: Node, focus: Node, values: set[Node], index: Index) -> Verdict:
    return arg in values


def _node_kind(arg: Node, focus: Node, values: set[Node], index: Index) -> Verdict:
    return _all(_kind(arg, v) for v in values)


def _datatypes(arg: Node, focus: Node, values: set[Node], index: Index) -> Verdict:
    return _all(_datatype(arg, v) for v in values)


def _patterns(arg: re.Pattern[str], focus: Node, values: set[Node], index: Index) -> Verdict:
    return _all(_pattern(arg, v) for v in values)


def _min_inclusive(arg: Literal, focus: Node, values: set[Node], index: Index) -> Verdict:
    return _all(_compared(arg, v, lambda order: order >= 0) for v in values)


def _max_inclusive(arg: Literal, focus: Node, values: set[Node], index: Index) -> Verdict:
    return _all(_compared(arg, v, lambda order: order <= 0) for v in values)


def _unique_lang(arg: Literal, focus: Node, values: set[Node], index: Index) -> Verdict:
    langs = [str(v.language).lower() for v in values if isinstance(v, Literal) and v.language]
    return True if arg.value is False or len(langs) == len(set(langs)) else None


def _less_than_or_equals(arg: Node, focus: Node, values: set[Node], index: Index) -> Verdict:
    return _all(_less_or_equal(v, w) for v in values for w in index.values(focus, arg))


Check = Callable[[Any, Node, set[Node], Index], Verdict]
_CHECKS: dict[Node, Check] = {
    SH.property: _property,
    SH["or"]: _or,
    SH["not"]: _not,
    SH.minCount: _min_count,
    SH.maxCount: _max_count,
    SH["class"]: _class,
    SH["in"]: _in,
    SH.hasValue: _has_value,
    SH.nodeKind: _node_kind,
    SH.datatype: _datatypes,
    SH.pattern: _patterns,
    SH.minInclusive: _min_inclusive,
    SH.maxInclusive: _max_inclusive,
    SH.uniqueLang: _unique_lang,
    SH.lessThanOrEquals: _less_than_or_equals,
}
# A shape with any parameter but these is left whole to pyshacl.
_KNOWN = {*_CHECKS, SH.path, SH.severity, SH.message, SH.deactivated, *_TARGETS}
_LITERAL_ARGUMENTS = {SH.minCount, SH.maxCount, SH.minInclusive, SH.maxInclusive, SH.uniqueLang}


def _any(members: tuple[Shape, ...], value: Node, index: Index) -> Verdict:
    """sh:or for one value node: True if some member certainly holds, False if none can."""
    verdicts = [_check(member, value, index) for member in members]
    if True in verdicts:
        return True
    return None if None in verdicts else False


def _negated(verdict: Verdict) -> Verdict:
    return None if verdict is None else not verdict


def _kind(kind: Node, value: Node) -> Verdict:
    if kind == SH.IRI:
        return isinstance(value, URIRef)
    if kind == SH.Literal:
        return isinstance(value, Literal)
    return None


def _datatype(datatype: Node, value: Node) -> Verdict:
    """pyshacl's datatype rule where it is plain: a well-formed literal of that type; otherwise undecided."""
    expected = _PYTHON_TYPES.get(datatype)
    if not isinstance(value, Literal) or expected is None or getattr(value, "ill_typed", None) is True:
        return None
    plain = value.datatype is None and value.language is None and datatype == XSD.string
    if (value.datatype == datatype or plain) and isinstance(value.value, expected):
        return True
    return None


def _pattern(pattern: re.Pattern[str], value: Node) -> Verdict:
    if isinstance(value, BNode):
        return False
    text: str = StringBasedConstraintBase.value_node_to_string(value)  # type: ignore[no-untyped-call]
    return pattern.search(text) is not None


def _compared(bound: Literal, value: Node, holds: Callable[[int], bool]) -> Verdict:
    """sh:minInclusive / sh:maxInclusive as pyshacl compares literals; undecided for anything but two non-strings."""
    if not isinstance(value, Literal) or isinstance(value.value, str) or isinstance(bound.value, str):
        return None
    try:
        order: int = compare_literal(value, bound)  # type: ignore[no-untyped-call]
    except (TypeError, NotImplementedError):
        return None
    return holds(order)


def _less_or_equal(value: Node, other: Node) -> Verdict:
    """sh:lessThanOrEquals for two integers; anything else is left to pyshacl."""
    if not (isinstance(value, Literal) and isinstance(other, Literal)):
        return None
    a, b = value.value, other.value
    if type(a) is not int or type(b) is not int:
        return None
    return a <= b
