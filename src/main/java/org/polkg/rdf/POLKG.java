package org.polkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The polkg vocabulary ({@code ontology/polkg.ttl}) as Jena constants. */
public final class POLKG {
  /** The vocabulary namespace. */
  public static final String NS = "https://w3id.org/polkg/ns#";
  /** The namespace of the things polkg mints IRIs for (persons, articles, facts...). */
  public static final String ID = "https://w3id.org/polkg/id/";

  public static final Resource Article = resource("Article");
  public static final Resource Person = resource("Person");
  public static final Resource Organization = resource("Organization");
  public static final Resource Role = resource("Role");
  public static final Resource Fact = resource("Fact");
  public static final Resource Event = resource("Event");
  public static final Resource RoleHolding = resource("RoleHolding");
  public static final Resource Joining = resource("Joining");
  public static final Resource Resignation = resource("Resignation");

  public static final Resource Asserted = resource("Asserted");
  public static final Resource Threatened = resource("Threatened");
  public static final Resource CalledFor = resource("CalledFor");
  public static final Resource Denied = resource("Denied");
  public static final Resource Refused = resource("Refused");
  public static final Resource Possible = resource("Possible");
  public static final Resource Reported = resource("Reported");

  public static final Property source = property("source");
  public static final Property published = property("published");
  public static final Property contentHash = property("contentHash");
  public static final Property sourceFormat = property("sourceFormat");
  public static final Property mentionedIn = property("mentionedIn");
  public static final Property country = property("country");
  public static final Property article = property("article");
  public static final Property sentence = property("sentence");
  public static final Property sentenceStart = property("sentenceStart");
  public static final Property sentenceEnd = property("sentenceEnd");
  public static final Property rule = property("rule");
  public static final Property confidence = property("confidence");
  public static final Property modality = property("modality");
  public static final Property person = property("person");
  public static final Property organization = property("organization");
  public static final Property role = property("role");
  public static final Property participant = property("participant");
  public static final Property occurredOn = property("occurredOn");
  public static final Property resignedFrom = property("resignedFrom");
  public static final Property roleIn = property("roleIn");
  public static final Property holdsRole = property("holdsRole");
  public static final Property joined = property("joined");

  private POLKG() {}

  /** The class or individual {@code NS + localName}. */
  public static Resource resource(String localName) {
    return ResourceFactory.createResource(NS + localName);
  }

  private static Property property(String localName) {
    return ResourceFactory.createProperty(NS + localName);
  }
}
