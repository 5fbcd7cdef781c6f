"""RDFS entailment by SPARQL: types through rdfs:subClassOf/owl:equivalentClass, triples through
rdfs:subPropertyOf (RDFS rules rdfs7, rdfs9, rdfs5, rdfs11; https://www.w3.org/TR/rdf11-mt/#rdfs-entailment).

Domain and range rules are left out on purpose: prov:wasDerivedFrom's domain would make every
company a prov:Entity. The closure lives in its own named graph, recomputed on every write.
"""

from __future__ import annotations

from rdflib import URIRef

_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_OWL = "http://www.w3.org/2002/07/owl#"
_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def closure_update(inferred: URIRef) -> str:
    """A SPARQL update that empties `inferred` and fills it with the entailed triples of all other graphs."""
    superclass = f"(<{_RDFS}subClassOf>|<{_OWL}equivalentClass>|^<{_OWL}equivalentClass>)+"
    return f"""
DROP SILENT GRAPH <{inferred}> ;
INSERT {{ GRAPH <{inferred}> {{ ?x <{_TYPE}> ?super }} }}
WHERE {{
  GRAPH ?data {{ ?x <{_TYPE}> ?class }}
  GRAPH ?schema {{ ?class {superclass} ?super }}
  FILTER(isIRI(?super) && ?super != ?class && ?data != <{inferred}>)
}} ;
INSERT {{ GRAPH <{inferred}> {{ ?s ?superproperty ?o }} }}
WHERE {{
  GRAPH ?schema {{ ?property <{_RDFS}subPropertyOf>+ ?superproperty }}
  GRAPH ?data {{ ?s ?property ?o }}
  FILTER(isIRI(?superproperty) && ?superproperty != ?property && ?data != <{inferred}>)
}}
"""
