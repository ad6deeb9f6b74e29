package org.polkg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.polkg.store.FactStore;

/**
 * Queries that ask about one thing, as an application page would: every fact about one person,
 * the resignations from one organisation, the articles of one month. Their entities are the
 * most frequent ones of the store, so they are the slowest of their kind.
 */
final class SelectiveQueries {
  private SelectiveQueries() {}

  record Named(String name, String sparql) {}

  private static final String PREFIXES = """
      PREFIX polkg: <https://w3id.org/polkg/ns#>
      PREFIX rdfs:  <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX xsd:   <http://www.w3.org/2001/XMLSchema#>
      """;

  static List<Named> of(FactStore store) {
    List<Named> out = new ArrayList<>();
    first(store, "SELECT ?p (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?f polkg:person ?p } }"
        + " GROUP BY ?p ORDER BY DESC(?n) LIMIT 1", "p").ifPresent(p -> out.add(new Named(
            "facts of 1 person", PREFIXES + """
            SELECT ?fact ?kind ?modality ?date ?sentence ?article WHERE {
              GRAPH ?article {
                ?fact polkg:person <%s> ; a ?type ; polkg:modality ?m ;
                      polkg:sentence ?sentence .
                OPTIONAL { ?fact polkg:occurredOn ?date }
              }
              BIND(STRAFTER(STR(?type), STR(polkg:)) AS ?kind)
              BIND(STRAFTER(STR(?m), STR(polkg:)) AS ?modality)
            } ORDER BY ?date ?article""".formatted(p))));
    first(store, "SELECT ?o (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?f a polkg:Resignation ;"
        + " polkg:organization ?o } } GROUP BY ?o ORDER BY DESC(?n) LIMIT 1", "o")
        .ifPresent(o -> out.add(new Named("resignations, 1 org", PREFIXES + """
            SELECT ?person ?personName ?date ?article WHERE {
              GRAPH ?article {
                ?fact a polkg:Resignation ; polkg:organization <%s> ; polkg:person ?person .
                FILTER EXISTS { ?fact polkg:modality polkg:Asserted }
                ?person rdfs:label ?personName .
                OPTIONAL { ?fact polkg:occurredOn ?date }
              }
            } ORDER BY ?date ?personName""".formatted(o))));
    first(store, "SELECT ?d WHERE { GRAPH ?g { ?g polkg:published ?d } } LIMIT 1", "d")
        .ifPresent(d -> {
          String month = d.substring(0, 7);
          String next = java.time.YearMonth.parse(month).plusMonths(1).toString();
          out.add(new Named("articles of 1 month", PREFIXES + """
              SELECT ?article ?title ?published WHERE {
                GRAPH ?article {
                  ?article polkg:published ?published .
                  FILTER(?published >= "%s-01"^^xsd:date && ?published < "%s-01"^^xsd:date)
                  OPTIONAL { ?article <http://purl.org/dc/terms/title> ?title }
                }
              } ORDER BY ?published""".formatted(month, next)));
        });
    return out;
  }

  private static Optional<String> first(FactStore store, String query, String var) {
    return store.query(FactStore.parse(query), qe -> {
      ResultSet rs = qe.execSelect();
      if (!rs.hasNext()) {
        return Optional.empty();
      }
      QuerySolution s = rs.next();
      var n = s.get(var);
      return Optional.of(n.isLiteral() ? n.asLiteral().getLexicalForm() : n.asResource().getURI());
    });
  }
}
