package org.polkg.rdf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import com.google.common.hash.Hashing;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.polkg.extract.Extraction;
import org.polkg.extract.Fact;
import org.polkg.extract.Modality;
import org.polkg.extract.Organization;
import org.polkg.extract.Person;
import org.polkg.extract.Provenance;
import org.polkg.ingest.Article;

/**
 * Maps the facts of one article to RDF: the article's named graph holds the article node, every
 * entity the facts refer to, each fact as a node with its provenance, and the one-triple
 * shortcuts ({@code polkg:resignedFrom}, ...) for asserted facts.
 */
public final class RdfMapper {
  private static final String FOAF = "http://xmlns.com/foaf/0.1/";
  private static final String SCHEMA = "https://schema.org/";

  /** The IRI of an article and of its named graph, derived from its source. */
  public static String articleIri(Article article) {
    return POLKG.ID + "article/" + shortHash(article.source());
  }

  /** The mapped graph of one article. */
  public record ArticleGraph(String graphName, Model model) {}

  public ArticleGraph map(Extraction x) {
    Article a = x.article();
    Model m = ModelFactory.createDefaultModel();
    m.setNsPrefixes(Prefixes.standard());
    String graph = articleIri(a);
    Resource article = m.createResource(graph)
        .addProperty(RDF.type, POLKG.Article)
        .addProperty(POLKG.source, a.source())
        .addProperty(POLKG.contentHash, a.contentHash())
        .addProperty(POLKG.sourceFormat, a.format());
    if (!a.title().isBlank()) {
      article.addProperty(DCTerms.title, a.title());
    }
    a.published().ifPresent(d -> article.addLiteral(POLKG.published, date(d)));
    a.url().ifPresent(u -> article.addProperty(m.createProperty(SCHEMA, "url"),
        m.createResource(u.replace(" ", "%20"))));

    Set<String> used = new LinkedHashSet<>();
    for (Fact f : x.facts()) {
      used.addAll(entityKeys(f));
    }
    for (String key : used) {
      Person p = x.persons().get(key);
      Organization o = x.organizations().get(key);
      if (p != null) {
        Resource r = entity(m, key).addProperty(RDF.type, POLKG.Person)
            .addProperty(RDFS.label, p.name())
            .addProperty(m.createProperty(FOAF, "name"), p.name())
            .addProperty(POLKG.mentionedIn, article);
        p.surfaceForms().forEach(s -> r.addProperty(SKOS.altLabel, s));
      } else if (o != null) {
        Resource r = entity(m, key).addProperty(RDF.type, POLKG.Organization)
            .addProperty(RDF.type, POLKG.resource(o.type().label()))
            .addProperty(RDFS.label, o.name())
            .addProperty(POLKG.mentionedIn, article);
        o.country().ifPresent(c -> r.addProperty(POLKG.country, c));
        o.surfaceForms().forEach(s -> r.addProperty(SKOS.altLabel, s));
      }
    }

    int n = 0;
    String factBase = POLKG.ID + "fact/" + shortHash(a.source()) + "-";
    for (Fact f : x.facts()) {
      Resource node = m.createResource(factBase + (++n));
      provenance(node, f, article);
      boolean asserted = f.modality() == Modality.ASSERTED;
      if (f instanceof Fact.Resignation r) {
        Resource person = entity(m, r.person());
        node.addProperty(RDF.type, POLKG.Resignation)
            .addProperty(POLKG.person, person)
            .addProperty(POLKG.participant, person);
        r.date().ifPresent(d -> node.addLiteral(POLKG.occurredOn, date(d)));
        r.organization().ifPresent(o -> {
          node.addProperty(POLKG.organization, entity(m, o));
          if (asserted) {
            person.addProperty(POLKG.resignedFrom, entity(m, o));
          }
        });
      } else if (f instanceof Fact.RoleHolding h) {
        Resource person = entity(m, h.person());
        Resource role = m.createResource(POLKG.ID + "role/" + slug(h.role()))
            .addProperty(RDF.type, POLKG.Role)
            .addProperty(RDFS.label, h.role());
        node.addProperty(RDF.type, POLKG.RoleHolding)
            .addProperty(POLKG.person, person)
            .addProperty(POLKG.role, role);
        h.organization().ifPresent(o -> node.addProperty(POLKG.organization, entity(m, o)));
        if (asserted) {
          person.addProperty(POLKG.holdsRole, role);
          h.organization().ifPresent(o -> person.addProperty(POLKG.roleIn, entity(m, o)));
        }
      } else if (f instanceof Fact.Joining j) {
        Resource person = entity(m, j.person());
        node.addProperty(RDF.type, POLKG.Joining)
            .addProperty(POLKG.person, person)
            .addProperty(POLKG.organization, entity(m, j.organization()));
        j.date().ifPresent(d -> node.addLiteral(POLKG.occurredOn, date(d)));
        if (asserted) {
          person.addProperty(POLKG.joined, entity(m, j.organization()));
        }
      } else if (f instanceof Fact.Event e) {
        node.addProperty(RDF.type, POLKG.resource(e.type().label()));
        e.date().ifPresent(d -> node.addLiteral(POLKG.occurredOn, date(d)));
        e.participants().forEach(p -> node.addProperty(POLKG.participant, entity(m, p)));
        e.organization().ifPresent(o -> node.addProperty(POLKG.organization, entity(m, o)));
      }
    }
    return new ArticleGraph(graph, m);
  }

  private static void provenance(Resource node, Fact f, Resource article) {
    Provenance p = f.provenance();
    Model m = node.getModel();
    node.addProperty(POLKG.article, article)
        .addProperty(POLKG.sentence, p.sentence())
        .addLiteral(POLKG.sentenceStart, m.createTypedLiteral(
            Integer.toString(p.start()), XSDDatatype.XSDinteger))
        .addLiteral(POLKG.sentenceEnd, m.createTypedLiteral(
            Integer.toString(p.end()), XSDDatatype.XSDinteger))
        .addProperty(POLKG.rule, p.rule())
        .addLiteral(POLKG.confidence, m.createTypedLiteral(p.confidence()))
        .addProperty(POLKG.modality, modality(f.modality()));
  }

  private static Set<String> entityKeys(Fact f) {
    Set<String> keys = new LinkedHashSet<>();
    if (f instanceof Fact.Resignation r) {
      keys.add(r.person());
      r.organization().ifPresent(keys::add);
    } else if (f instanceof Fact.RoleHolding h) {
      keys.add(h.person());
      h.organization().ifPresent(keys::add);
    } else if (f instanceof Fact.Joining j) {
      keys.add(j.person());
      keys.add(j.organization());
    } else if (f instanceof Fact.Event e) {
      keys.addAll(e.participants());
      e.organization().ifPresent(keys::add);
    }
    return keys;
  }

  static Resource modality(Modality m) {
    return switch (m) {
      case ASSERTED -> POLKG.Asserted;
      case THREATENED -> POLKG.Threatened;
      case CALLED_FOR -> POLKG.CalledFor;
      case DENIED -> POLKG.Denied;
      case REFUSED -> POLKG.Refused;
      case POSSIBLE -> POLKG.Possible;
      case REPORTED -> POLKG.Reported;
    };
  }

  private static Resource entity(Model m, String key) {
    return m.createResource(POLKG.ID + key);
  }

  private static Literal date(LocalDate d) {
    return ResourceFactory.createTypedLiteral(d.toString(), XSDDatatype.XSDdate);
  }

  private static String slug(String s) {
    return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
        .replaceAll("(^-|-$)", "");
  }

  private static String shortHash(String s) {
    return Hashing.sha256().hashString(s, StandardCharsets.UTF_8).toString().substring(0, 16);
  }
}
