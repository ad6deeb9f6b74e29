package org.polkg.rdf;

import org.apache.jena.shared.PrefixMapping;

/** The prefixes polkg writes and queries with. */
public final class Prefixes {
  private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
      .setNsPrefix("polkg", POLKG.NS)
      .setNsPrefix("person", POLKG.ID + "person/")
      .setNsPrefix("orgid", POLKG.ID + "org/")
      .setNsPrefix("role", POLKG.ID + "role/")
      .setNsPrefix("article", POLKG.ID + "article/")
      .setNsPrefix("fact", POLKG.ID + "fact/")
      .setNsPrefix("org", "http://www.w3.org/ns/org#")
      .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
      .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
      .setNsPrefix("schema", "https://schema.org/")
      .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
      .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
      .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
      .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
      .lock();

  private Prefixes() {}

  /** A read-only prefix mapping. */
  public static PrefixMapping standard() {
    return PREFIXES;
  }
}
