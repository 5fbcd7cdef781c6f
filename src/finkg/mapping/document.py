"""The report itself: title, source, hash, language, sections and sentences with their offsets."""

from __future__ import annotations

from pathlib import PurePath

from rdflib import DCTERMS, QB, RDF, RDFS, Graph, Literal

from ..records import Document
from .iris import Minter
from .vocab import FKG


def add_document(graph: Graph, iris: Minter, document: Document) -> None:
    """The fkg:Report node, its sections and sentences, and the Data Cube data set of its figures."""
    doc_id = document.doc_id
    report = iris.document(doc_id)
    graph.add((report, RDF.type, FKG.Report))
    if document.title is not None:
        graph.add((report, DCTERMS.title, Literal(document.title.text, lang=document.language)))
    # the file name, not the path: the graph must not depend on where the build ran
    graph.add((report, DCTERMS.source, Literal(PurePath(document.source).name)))
    graph.add((report, DCTERMS.format, Literal(document.media_type)))
    graph.add((report, DCTERMS.identifier, Literal(doc_id)))
    graph.add((report, FKG.sha256, Literal(document.sha256)))
    graph.add((report, FKG.language, Literal(document.language)))
    for section in document.sections:
        node = iris.section(doc_id, section.index)
        graph.add((report, FKG.hasSection, node))
        graph.add((node, RDF.type, FKG.Section))
        graph.add((node, FKG.start, Literal(section.start)))
        graph.add((node, FKG.end, Literal(section.end)))
        if section.number is not None:
            graph.add((node, FKG.number, Literal(section.number)))
        if section.heading is not None:
            graph.add((node, RDFS.label, Literal(section.heading.text, lang=document.language)))
    for sentence in document.sentences:
        node = iris.sentence(doc_id, sentence.index)
        graph.add((report, FKG.hasSentence, node))
        graph.add((node, RDF.type, FKG.Sentence))
        graph.add((node, FKG.index, Literal(sentence.index)))
        graph.add((node, RDF.value, Literal(sentence.span.text)))
        graph.add((node, FKG.start, Literal(sentence.span.start)))
        graph.add((node, FKG.end, Literal(sentence.span.end)))
        if sentence.section is not None:
            graph.add((node, FKG.inSection, iris.section(doc_id, sentence.section)))
    dataset = iris.dataset(doc_id)
    graph.add((dataset, RDF.type, QB.DataSet))
    graph.add((dataset, QB.structure, FKG.observationStructure))
    graph.add((dataset, DCTERMS.source, report))
