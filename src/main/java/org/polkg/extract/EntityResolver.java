package org.polkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.google.common.collect.ImmutableSet;

/**
 * Resolves the mentions of one article to entities: full names to persons, surnames and
 * honorific forms to the person named in full, pronouns to the last compatible person (or, for
 * "they", the last list or group), "the party" to the last party, and a counted group ("seven
 * MPs") to a list of that many names in the article.
 */
final class EntityResolver {
  private final Map<String, Person.Builder> persons = new LinkedHashMap<>();
  private final Map<String, Organization> orgs = new LinkedHashMap<>();
  /** Persons' genders as their honorifics tell ("Ms", "Lord"); "-" when they disagree. */
  private final Map<String, String> genders = new HashMap<>();
  private final Map<String, Set<String>> orgForms = new HashMap<>();

  /**
   * Resolves all mentions in place. {@code andBefore} tells whether "and" stands just before a
   * mention (the last name of a list); {@code headings} are the indices of sentences that are
   * headings (a headline, a standfirst), whose names do not make a person already known to the
   * lede below them ("Senator X to sit as an Independent" over "A Fianna Fáil senator resigned
   * ... Senator X informed the Cathaoirleach").
   */
  void resolve(List<List<Mention>> sentences, java.util.function.Predicate<Mention> andBefore,
      Set<Integer> headings) {
    Map<String, String> bySurname = new HashMap<>();
    Map<String, String> byGivenName = new HashMap<>();
    Set<String> ambiguous = new java.util.HashSet<>();
    // "Ms Carvalho Teixeira" after "Inês Carvalho Teixeira": a family name of several words,
    // no full name
    Set<String> familyNames = new java.util.HashSet<>();
    for (List<Mention> ms : sentences) {
      for (Mention m : ms) {
        if (m.kind == Mention.Kind.PERSON && m.fullName) {
          surnames(m.name).stream().filter(n -> n.contains(" ")).forEach(familyNames::add);
        }
      }
    }
    for (List<Mention> ms : sentences) {
      for (Mention m : ms) {
        if (m.kind == Mention.Kind.PERSON && m.fullName
            && !(!m.honorific.isEmpty() && familyNames.contains(m.name))
            && !PARTICLES.contains(m.name.split(" ")[0].toLowerCase(java.util.Locale.ROOT))) {
          // ("Mr Van den Berg" is a family name, resolved below like "Mr Berg")
          String key = personKey(m.name);
          person(key, m.name).forms.add(m.text);
          m.entities.add(key);
          String given = m.name.split(" ")[0];
          String sameGiven = byGivenName.putIfAbsent(given, key);
          if (sameGiven != null && !sameGiven.equals(key)) {
            ambiguous.add("given:" + given);
          }
          for (String surname : surnames(m.name)) {
            String prev = bySurname.putIfAbsent(surname, key);
            if (prev != null && !prev.equals(key)) {
              ambiguous.add(surname);
            }
          }
        }
      }
    }
    // "Ms Aitchison" anywhere in the article: the person is a woman, for every pronoun
    for (List<Mention> ms : sentences) {
      for (Mention m : ms) {
        String key = m.kind != Mention.Kind.PERSON || m.gender.equals("-") ? null
            : m.resolved() ? m.entities.get(0)
            : ambiguous.contains(m.name) ? null : bySurname.get(m.name);
        if (key != null) {
          genders.merge(key, m.gender, (a, b) -> a.equals(b) ? a : "-");
        }
      }
    }
    List<Mention> seen = new ArrayList<>();
    for (List<Mention> ms : sentences) {
      for (Mention m : ms) {
        switch (m.kind) {
          case PERSON -> {
            if (!m.resolved()) {
              String key = bySurname.get(m.name);
              if (key == null && !m.name.contains(" ") && byGivenName.containsKey(m.name)
                  && !ambiguous.contains("given:" + m.name) && m.peerName == null) {
                key = byGivenName.get(m.name); // "Sir Rupert" after "Sir Rupert Elmsley"
              }
              String name = m.name;
              if (key == null || ambiguous.contains(m.name)) {
                name = m.peerName != null ? m.peerName : m.name;
                key = personKey(name);
                String baroness = name.startsWith("Lady ") ? "Baroness " + name.substring(5) : "";
                if (persons.containsKey(personKey(baroness))) {
                  name = baroness; // "Lady Threlkeld" after "Baroness Threlkeld": one peer
                  key = personKey(baroness);
                }
                person(key, name);
              }
              person(key, name).forms.add(m.text);
              m.entities.add(key);
            }
          }
          case ORG -> {
            if (m.organization.isPresent()) {
              Organization o = m.organization.get();
              // "Rheinfeld" after "FC Rheinfeld": the one-word short name of a body named before
              String key = shortNameOf(o).orElse(o.key());
              orgs.putIfAbsent(key, o);
              orgForms.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(m.text);
              m.entities.add(key);
            } else {
              // "the agency", "the Senate": the organisation of that name; "the party": the last
              // of that type; with none, the fallback ("the government": the country's)
              Optional<String> key = m.anaphorHead != null
                  ? named(seen, m.anaphorHead.equals("Agency") ? AGENCY_WORDS
                      : m.anaphorHead.equals("Panel") ? PANEL_WORDS
                      : List.of(m.anaphorHead), m.anaphorType.orElseThrow())
                  : m.text.toLowerCase(java.util.Locale.ROOT).endsWith("club")
                      ? storyClub(seen, m.sentence).or(() -> lastEmployer(seen))
                      : described(seen, m.text)
                          .or(() -> COMPANY_WORDS.contains(lastWord(m.text))
                              ? toldBefore(seen, m.text) : Optional.empty())
                          .or(() -> COMPANY_WORDS.contains(lastWord(m.text))
                              ? lastNamedWith(seen, COMPANY_HEADS) : Optional.empty())
                          .or(() -> m.anaphorType.get() == OrgType.ORGANIZATION
                              ? unlessNewHere(seen, m, lastBusiness(seen)) : Optional.empty())
                          .or(() -> m.anaphorType.get() == OrgType.POLITICAL_PARTY
                              ? partyOfGroup(seen, m.sentence) : Optional.empty())
                          .or(() -> lastOrg(seen, m.anaphorType.orElseThrow()));
              if (key.isEmpty() && m.anaphorHead == null
                  && m.anaphorType.get() == OrgType.PARLIAMENTARY_GROUP) {
                // "the group's chairman" in a story about Halsall Transport Group: the firm; else
                // "four of its councillors walked out of the ruling group": with no group named
                // yet, the group of the party last named ("Labour group")
                key = lastNamedWith(seen, FIRM_GROUP).filter(k -> orgs.get(k).type()
                    == OrgType.ORGANIZATION).or(() -> partyGroup(seen, lastWord(m.text)));
              }
              if (key.isEmpty() && "Board".equals(m.anaphorHead)
                  && m.text.toLowerCase(java.util.Locale.ROOT).startsWith("its ")) {
                // "Harlow & Finch said X had joined its board": the body opening this sentence
                // or the one before; else none (the older "its board" rules then apply)
                key = ownerOfBoard(seen, m);
              } else if (key.isEmpty() && "Board".equals(m.anaphorHead)) {
                // "quit the board", "the board's treasurer": with no board named, the board of
                // the company, club or charity the sentence named before it ("Kilbeg Holdings
                // said its director had resigned from the board"), else the story's
                key = sameSentenceBody(seen, m).or(() -> salientOrganisation(seen));
              }
              if (key.isEmpty() && m.fallback.isPresent()) {
                key = Optional.of(known(m.fallback.get()));
              }
              key.ifPresent(k -> {
                orgForms.get(k).add(m.text);
                m.entities.add(k);
              });
            }
          }
          case PRONOUN -> {
            if (m.plural) {
              lastPlural(seen, m).ifPresent(p -> m.entities.addAll(p));
            } else if (m.antecedent == null) {
              lastPerson(seen, m).ifPresent(m.entities::add);
            } // else a quote's "I": its speaker's, taken below once every mention is resolved
          }
          default -> { }
        }
        seen.add(m);
      }
    }
    resolveGroups(sentences, andBefore, headings);
  }

  /** Persons, with every form seen. */
  Map<String, Person> persons() {
    Map<String, Person> out = new LinkedHashMap<>();
    persons.forEach((k, b) -> out.put(k, new Person(k, b.name, b.forms)));
    return out;
  }

  /** Organisations, with every form seen. */
  Map<String, Organization> organizations() {
    Map<String, Organization> out = new LinkedHashMap<>();
    orgs.forEach((k, o) -> out.put(k,
        new Organization(k, o.name(), o.type(), o.country(), orgForms.get(k))));
    return out;
  }

  /**
   * The organisation named earlier in the article whose name has {@code o}'s one-word name (or
   * the word before "board" of a two-word "X board") as a word ("FC Rheinfeld" for "Rheinfeld",
   * "Mercia County Cricket Club" for "Mercia board"), when {@code o} is a body the text named by
   * pattern.
   */
  private Optional<String> shortNameOf(Organization o) {
    String name = o.name();
    boolean board = name.endsWith(" board") && name.indexOf(' ') == name.lastIndexOf(' ');
    if (o.type() != OrgType.ORGANIZATION || name.contains(" ") && !board
        || orgs.containsKey(o.key())) {
      return Optional.empty();
    }
    String word = board ? name.substring(0, name.indexOf(' ')) : name;
    return orgs.values().stream().filter(x -> x.type() == OrgType.ORGANIZATION
            && !x.name().equals(name) && List.of(x.name().split(" ")).contains(word))
        .map(Organization::key).findFirst();
  }

  /**
   * Adds a gazetteer organisation the text implies without naming it ("resigned as home
   * secretary": the government), with the text that implies it as its surface form.
   */
  String register(Lexicon.OrgEntry e, String impliedBy) {
    String key = "org/" + e.id();
    return known(new Organization(key, e.name(), e.type(), e.country(), Set.of()));
  }

  /** Registers {@code o}, with no form yet, unless the article already knows it; its key. */
  private String known(Organization o) {
    orgs.putIfAbsent(o.key(), o);
    orgForms.computeIfAbsent(o.key(), k -> new LinkedHashSet<>());
    return o.key();
  }

  /**
   * The parliamentary group of the party {@code party}, written {@code form} ("the party's
   * group", "the Greens' parliamentary group"), registered with that form.
   */
  String groupOf(String party, String form, String head) {
    Organization p = orgs.get(party);
    String key = party + "-group";
    orgs.putIfAbsent(key, new Organization(key, p.name() + " parliamentary " + head,
        OrgType.PARLIAMENTARY_GROUP, p.country(), Set.of()));
    Set<String> forms = orgForms.computeIfAbsent(key, k -> new LinkedHashSet<>());
    forms.add(form);
    // the names of the party with the group's head: "PVV group", "PVV parliamentary group"
    for (String n : partyNames(party)) {
      forms.add(n + " " + head);
      forms.add(n + " parliamentary " + head);
    }
    return key;
  }

  /**
   * The office of the person {@code person} (their private office, whose staff they lead),
   * named by their surname ("Ashby's office"), registered with that name, "office of" the full
   * name and, when the story gave them a {@code post}, the post's office ("governor's office")
   * as forms.
   */
  String officeOf(String person, Optional<String> post) {
    String name = persons.get(person).name;
    String surname = name.substring(name.lastIndexOf(' ') + 1);
    String key = "org/" + Tokens.slug(name) + "-office";
    orgs.putIfAbsent(key, new Organization(key, surname + "'s office", OrgType.ORGANIZATION,
        Optional.empty(), Set.of()));
    Set<String> forms = orgForms.computeIfAbsent(key, k -> new LinkedHashSet<>());
    forms.add(surname + "'s office");
    forms.add("office of " + name);
    post.ifPresent(r -> forms.add(r + "'s office"));
    return key;
  }

  /**
   * The department {@code head} ("Police Department") of the city {@code city}, registered under
   * its full name with the city's service ("Phoenix police") and the bare head as forms.
   */
  String departmentOf(String city, String head) {
    String name = city + " " + head;
    String key = known(new Organization("org/" + Tokens.slug(name), name, OrgType.ORGANIZATION,
        Optional.empty(), Set.of()));
    String service = head.substring(0, head.indexOf(' '));
    Set<String> forms = orgForms.get(key);
    forms.add(name);
    forms.add(city + " " + service.toLowerCase(java.util.Locale.ROOT));
    forms.add(head.toLowerCase(java.util.Locale.ROOT));
    return key;
  }

  /**
   * The front bench of the party {@code party} (its shadow ministers, or its spokespeople),
   * written {@code form} ("the party's front bench", "the front bench"), registered with that
   * form and with the party's names before {@code head} ("Plaid Cymru front bench").
   */
  String benchOf(String party, String form, String head) {
    Organization p = orgs.get(party);
    String key = party + "-front-bench";
    orgs.putIfAbsent(key, new Organization(key, p.name() + " " + head, OrgType.ORGANIZATION,
        p.country(), Set.of()));
    Set<String> forms = orgForms.computeIfAbsent(key, k -> new LinkedHashSet<>());
    forms.add(form);
    forms.add(head);
    for (String n : partyNames(party)) {
      forms.add(n + " " + head);
    }
    return key;
  }

  /** The capitalised names the article and the gazetteer give the party {@code party}. */
  private List<String> partyNames(String party) {
    List<String> names = new ArrayList<>(List.of(orgs.get(party).name()));
    names.addAll(orgForms.getOrDefault(party, Set.of()));
    return names.stream().filter(n -> !n.isEmpty() && Character.isUpperCase(n.charAt(0))
        && !n.startsWith("The ")).toList();
  }

  Optional<Organization> organization(String key) {
    return Optional.ofNullable(orgs.get(key));
  }

  /**
   * Names of news outlets ("Example Valley News", "the Harbour Times"): the story's teller, quoted
   * and named in its page's header and footer, not the employer of whom it tells.
   */
  private static final java.util.regex.Pattern OUTLET = java.util.regex.Pattern.compile(
      " (News|Times|Herald|Gazette|Tribune|Journal|Chronicle|Courier|Examiner|Telegraph"
          + "|Guardian|Ledger|Dispatch|Inquirer|Bulletin|Sentinel|Mirror|Observer)$"
          + "|^(Press Association|Associated Press|Australian Associated Press|Reuters)$");

  /** Names of buildings, where things happen, not bodies one works for: "Belém Palace". */
  private static final java.util.regex.Pattern VENUE = java.util.regex.Pattern.compile(
      " (Palace|Building|Buildings|Stadium|Arena|Airport|Hotel|Castle)$");

  private static final java.util.regex.Pattern LEAGUE =
      java.util.regex.Pattern.compile("\\bLeague\\b");
  private static final Set<String> CLUB_HEADS = ImmutableSet.<String>builder().add("Club", "FC",
      "AFC", "RFC", "United", "Rovers", "Athletic", "Wanderers", "Town", "City", "Albion",
      "County", "Wolves", "Thistle", "Rangers", "Harriers", "Hotspur", "Argyle")
      .addAll(MentionFinder.TEAM_NICKNAMES).build();

  /**
   * The organisation last named in {@code seen} whose name ends in one of {@code heads}: the
   * sports club ("the club" is not the league it plays in), the business ("X Holdings plc").
   */
  /** Head words of the bodies "the agency" stands for: "the Federal Aviation Administration". */
  private static final List<String> AGENCY_WORDS = List.of("Agency", "Administration",
      "Authority", "Bureau", "Service");

  /** Head words of the bodies "the panel" stands for: "quit the panel" is the committee named. */
  private static final List<String> PANEL_WORDS = List.of("Panel", "Committee", "Subcommittee");

  /**
   * The club "the club" stands for: one that opens its sentence, else the club named most
   * often so far (the first of those named as often, the story's): "Assistant manager X has also
   * left the club" in a story about Harwick Athletic, after "the 47-year-old, who guided
   * Stockfield Town to the title".
   */
  private Optional<String> storyClub(List<Mention> seen, int sentence) {
    java.util.Map<String, Integer> count = new java.util.HashMap<>();
    String best = null;
    for (Mention m : seen) {
      if (m.kind != Mention.Kind.ORG || !m.resolved() || m.anaphorType.isPresent()) {
        continue; // named, not described: "the club" itself does not count
      }
      String key = m.entities.get(0);
      String name = orgs.get(key).name();
      if (!CLUB_HEADS.contains(name.substring(name.lastIndexOf(' ') + 1))
          && !MentionFinder.CLUB_PREFIXES.contains(name.split(" ")[0]) // "FC Waalstad"
          && !"club".equals(m.description)) { // "the Columbus Blue Jackets"
        continue;
      }
      if (m.sentence == sentence && m.opensSentence) {
        return Optional.of(key); // "Kettleby Town said the club would appeal"
      }
      int n = count.merge(key, 1, Integer::sum);
      if (best == null || n > count.get(best)) {
        best = key; // of clubs named as often, the first: the story's
      }
    }
    return Optional.ofNullable(best);
  }

  private Optional<String> lastNamedWith(List<Mention> seen, Set<String> heads) {
    for (int i = seen.size() - 1; i >= 0; i--) {
      Mention m = seen.get(i);
      if (m.kind == Mention.Kind.ORG && m.resolved()) {
        String name = orgs.get(m.entities.get(0)).name();
        if (heads.contains(name.substring(name.lastIndexOf(' ') + 1))) {
          return Optional.of(m.entities.get(0));
        }
      }
    }
    return Optional.empty();
  }

  /** The last word of a firm's name that "the group" stands for: "Halden Marine Group". */
  private static final Set<String> FIRM_GROUP = Set.of("Group");
  /** Words for a business: "the company", "the firm". */
  private static final Set<String> COMPANY_WORDS = Set.of("company", "firm");
  /** Last words of a business's name: "Harland & Price Group plc", "Acme Holdings". */
  private static final Set<String> COMPANY_HEADS = Set.of("plc", "PLC", "Plc", "Ltd", "Limited",
      "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Group", "Holdings", "LLC", "Co", "Co.",
      "Company", "AG", "NV", "SE", "GmbH", "SA", "ASA", "AB");

  /** The last word of {@code text}, in lower case: "company" of "the engineering company". */
  private static String lastWord(String text) {
    return text.substring(text.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
  }

  /** Last words of public bodies no club is: "Kansas City Council" is not "the club". */
  private static final java.util.regex.Pattern PUBLIC_BODY = java.util.regex.Pattern.compile(
      "(?i)\\b(council|legislature|committee|commission|assembly|senate|department|ministry|"
          + "government|parliament|court|police|agency|authority|board|office|service)$");

  /**
   * The organisation last named in {@code seen} that is no public body: "the port company" after
   * "Northcape Regional Council, which owns the port" is the port's operator named before.
   */
  private Optional<String> lastBusiness(List<Mention> seen) {
    for (int i = seen.size() - 1; i >= 0; i--) {
      Mention m = seen.get(i);
      if (m.kind == Mention.Kind.ORG && m.resolved()) {
        Organization o = orgs.get(m.entities.get(0));
        if (o.type() == OrgType.ORGANIZATION && !PUBLIC_BODY.matcher(o.name()).find()) {
          return Optional.of(m.entities.get(0));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The organisation last named that could be a club: not a league or a governing body ("the
   * club" after "Super League" or "the Football Association" is none of them).
   */
  private Optional<String> lastEmployer(List<Mention> seen) {
    for (int i = seen.size() - 1; i >= 0; i--) {
      Mention m = seen.get(i);
      if (m.kind == Mention.Kind.ORG && m.resolved()) {
        Organization o = orgs.get(m.entities.get(0));
        if (o.type() == OrgType.ORGANIZATION && !LEAGUE.matcher(o.name()).find()
            && !o.name().endsWith("Association") && !o.name().endsWith("Federation")
            && !o.name().endsWith("Confederation") && !PUBLIC_BODY.matcher(o.name()).find()) {
          return Optional.of(m.entities.get(0));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The word a party's group is named by, from the form the article gives the party: "the
   * Conservatives" sit in the "Conservative group", "the Tories" in the "Tory group", "the
   * Greens" in the "Green group", "the Lib Dems" in the "Lib Dem group" ("the Social Democrats"
   * keep their name).
   */
  private static String groupWord(String form, Organization party) {
    if (form.equals("Tories")) {
      return "Tory";
    }
    String singular = form.endsWith("s") ? form.substring(0, form.length() - 1) : form;
    return singular.length() > 2 && (party.name().startsWith(singular + " ")
        || form.equals("Liberal Democrats") || form.endsWith(" Dems")) ? singular : form;
  }

  /**
   * The group of the party last named in {@code seen}, named after it with the {@code head} word
   * the story used ("Labour group", "CAQ caucus").
   */
  private Optional<String> partyGroup(List<Mention> seen, String head) {
    for (int i = seen.size() - 1; i >= 0; i--) {
      Mention p = seen.get(i);
      if (p.kind == Mention.Kind.ORG && p.resolved()
          && orgs.get(p.entities.get(0)).type() == OrgType.POLITICAL_PARTY) {
        Organization party = orgs.get(p.entities.get(0));
        String name = groupWord(p.text.replaceFirst("^(?i)the ", ""), party) + " " + head;
        Organization group = new Organization(party.key() + "-group", name,
            OrgType.PARLIAMENTARY_GROUP, party.country(), Set.of(name));
        orgs.putIfAbsent(group.key(), group);
        Set<String> forms = orgForms.computeIfAbsent(group.key(), k -> new LinkedHashSet<>());
        forms.add(name);
        // "left the caucus": the party's names with the word the story used ("CAQ caucus")
        partyNames(party.key()).forEach(n -> forms.add(n + " " + head));
        return Optional.of(group.key());
      }
    }
    return Optional.empty();
  }

  /**
   * The party of a group named earlier in sentence {@code sentence} or the one before by its
   * party's word, with no party named since: "members of the Conservative group ... were leaving
   * the party", "The Fianna Fáil group shrank again. X resigned from the party".
   */
  private Optional<String> partyOfGroup(List<Mention> seen, int sentence) {
    for (int i = seen.size() - 1; i >= 0 && seen.get(i).sentence >= sentence - 1; i--) {
      Mention g = seen.get(i);
      if (g.kind != Mention.Kind.ORG || !g.resolved()) {
        continue;
      }
      OrgType type = orgs.get(g.entities.get(0)).type();
      if (type == OrgType.POLITICAL_PARTY) {
        return Optional.empty(); // "left the Labour group for the Greens ... the party"
      }
      if (type == OrgType.ORGANIZATION && g.sentence == sentence) {
        // "wrote to the Karnataka Pradesh Congress Committee resigning from the primary
        // membership of the party": the one party named before whose name the body's holds
        List<String> words = List.of(orgs.get(g.entities.get(0)).name().split(" "));
        List<String> parties = seen.stream().filter(p -> p.kind == Mention.Kind.ORG
                && p.resolved() && p.sentence < sentence && words.contains(p.text)
                && orgs.get(p.entities.get(0)).type() == OrgType.POLITICAL_PARTY)
            .map(p -> p.entities.get(0)).distinct().toList();
        if (parties.size() == 1) {
          return Optional.of(parties.get(0));
        }
      }
      if (type != OrgType.PARLIAMENTARY_GROUP) {
        continue;
      }
      String word = g.text.replaceFirst("^(?i)the ", "").split(" ")[0];
      List<String> parties = seen.stream().filter(p -> p.kind == Mention.Kind.ORG
              && p.resolved() && orgs.get(p.entities.get(0)).type() == OrgType.POLITICAL_PARTY
              && (p.text.equals(word) || hasWord(orgs.get(p.entities.get(0)), word)))
          .map(p -> p.entities.get(0)).distinct().toList();
      return parties.size() == 1 ? Optional.of(parties.get(0)) : Optional.empty();
    }
    return Optional.empty();
  }

  /** "the charity": the last organisation named after that word ("the homeless charity X"). */
  /**
   * {@code found}, unless it is first named in the sentence of the description {@code m} and an
   * earlier mention of the same words stood for another: then that other, the story's ("the
   * charity" after a charity named in passing: "X, a trustee of the Ashby Trust, quit, the
   * charity said").
   */
  private static Optional<String> unlessNewHere(List<Mention> seen, Mention m,
      Optional<String> found) {
    boolean newHere = found.isPresent() && seen.stream().filter(n -> n.kind == Mention.Kind.ORG
            && n.entities.contains(found.get()) && n.anaphorType.isEmpty())
        .allMatch(n -> n.sentence == m.sentence);
    return newHere ? toldBefore(seen, m.text).or(() -> found) : found;
  }

  /**
   * The organisation an earlier mention of the same words ("the company") stood for: the story's
   * firm, not one named since in passing ("Lusk, a partner at the firm Forthbridge Capital,
   * stepped down, the company confirmed").
   */
  private static Optional<String> toldBefore(List<Mention> seen, String anaphor) {
    String words = anaphor.toLowerCase(java.util.Locale.ROOT);
    for (int i = seen.size() - 1; i >= 0; i--) {
      Mention m = seen.get(i);
      if (m.kind == Mention.Kind.ORG && m.resolved() && m.organization.isEmpty()
          && m.text.toLowerCase(java.util.Locale.ROOT).equals(words)) {
        return Optional.of(m.entities.get(0));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> described(List<Mention> seen, String anaphor) {
    String noun = lastWord(anaphor);
    for (int i = seen.size() - 1; i >= 0; i--) {
      Mention m = seen.get(i);
      if (m.kind == Mention.Kind.ORG && m.resolved() && noun.equals(m.description)) {
        return Optional.of(m.entities.get(0));
      }
    }
    return Optional.empty();
  }

  /**
   * The organisation of {@code type} (or of {@code alsoTypes}) mentioned last before {@code seen}
   * ends, or the most mentioned one in the article.
   */
  Optional<String> lastOrg(List<Mention> seen, OrgType type, OrgType... alsoTypes) {
    java.util.Set<OrgType> types = java.util.EnumSet.of(type, alsoTypes);
    for (int i = seen.size() - 1; i >= 0; i--) {
      Mention m = seen.get(i);
      if (m.governingParty.isPresent() && types.contains(OrgType.POLITICAL_PARTY)) {
        // "Tasmania's Liberal government has lost a member who quit the party": its party
        return Optional.of(known(m.governingParty.get()));
      }
      if (m.kind == Mention.Kind.ORG && m.resolved()
          && types.contains(orgs.get(m.entities.get(0)).type())) {
        return Optional.of(m.entities.get(0));
      }
    }
    return mostMentioned(type);
  }

  /**
   * The organisation whose name has one of {@code words} ("Senate", "Agency"; "*" for any) and
   * none of the words written after "!" ("!Senate"), of {@code type} when that is a chamber: the
   * last such before {@code seen} ends, else the most mentioned one so far in the article.
   */
  Optional<String> named(List<Mention> seen, List<String> words, OrgType type) {
    java.util.function.Predicate<Organization> fits = o -> (type != OrgType.PARLIAMENT
        || o.type() == OrgType.PARLIAMENT) && words.stream().anyMatch(w -> w.equals("*")
            ? o.type() == OrgType.PARLIAMENT
            : !w.startsWith("!") && hasWord(o, w))
        && words.stream().noneMatch(w -> w.startsWith("!") && hasWord(o, w.substring(1)));
    for (int i = seen.size() - 1; i >= 0; i--) {
      Mention m = seen.get(i);
      if (m.kind == Mention.Kind.ORG && m.resolved() && fits.test(orgs.get(m.entities.get(0)))) {
        return Optional.of(m.entities.get(0));
      }
    }
    return orgs.values().stream().filter(fits)
        .max(java.util.Comparator.comparingInt(o -> orgForms.get(o.key()).size()))
        .map(Organization::key);
  }

  /**
   * The company, club or other body "its board" ({@code m}) belongs to: the body that opens its
   * sentence ("Acme said X had joined its board"); with no body named before it in the sentence,
   * the body that opens the sentence before; else none (nor when that is a party, parliament or
   * government).
   */
  private Optional<String> ownerOfBoard(List<Mention> seen, Mention m) {
    // the first body named in the sentence decides; with none, the first of the sentence before
    // ("Acme said ... Beta had agreed": Acme's, not Beta's)
    return firstNamedBody(seen, m.sentence).or(() -> firstNamedBody(seen, m.sentence - 1))
        .filter(o -> o.opensSentence).map(o -> o.entities.get(0))
        .filter(k -> orgs.get(k).type() == OrgType.ORGANIZATION);
  }

  /** The first body named (not described) in sentence {@code sentence} among {@code seen}. */
  private static Optional<Mention> firstNamedBody(List<Mention> seen, int sentence) {
    return seen.stream().filter(o -> o.sentence == sentence && o.kind == Mention.Kind.ORG
        && o.resolved() && o.anaphorType.isEmpty()).findFirst();
  }


  /**
   * The company, club or other body of no political kind that opens {@code m}'s sentence
   * ("Kilbeg Holdings confirmed that ..."), if one does.
   */
  private Optional<String> sameSentenceBody(List<Mention> seen, Mention m) {
    int i = seen.size() - 1;
    while (i > 0 && seen.get(i - 1).sentence == m.sentence) {
      i--;
    }
    Mention o = i >= 0 ? seen.get(i) : null;
    // not "Sky News understands that Harbourside FC director X has resigned from the board"
    boolean otherBetween = seen.subList(i + 1, seen.size()).stream()
        .anyMatch(n -> n.kind == Mention.Kind.ORG);
    return o != null && o.sentence == m.sentence && o.start <= 1 && o.kind == Mention.Kind.ORG
        && !otherBetween && o.resolved() && o.anaphorType.isEmpty()
        && orgs.get(o.entities.get(0)).type() == OrgType.ORGANIZATION
        ? Optional.of(o.entities.get(0)) : Optional.empty();
  }

  private static boolean hasWord(Organization o, String w) {
    return Lexicon.hasWord(o.name(), w)
        || Lexicon.hasWord(o.name(), w.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * The party or group last mentioned in {@code seen}; with none, the organisation of no political
   * kind (a company, club, council) mentioned most in {@code seen}, on a tie the one named first:
   * whose chair a "chair" is.
   */
  Optional<String> salientBody(List<Mention> seen) {
    return salient(seen, true);
  }

  /** The organisation of no political kind (a company, club, university) mentioned most. */
  Optional<String> salientOrganisation(List<Mention> seen) {
    return salient(seen, false);
  }

  private Optional<String> salient(List<Mention> seen, boolean partyFirst) {
    Map<String, Integer> others = new LinkedHashMap<>();
    Map<String, Integer> first = new HashMap<>();
    for (int i = seen.size() - 1; i >= 0; i--) {
      Mention m = seen.get(i);
      if (m.kind != Mention.Kind.ORG || !m.resolved()) {
        continue;
      }
      OrgType t = orgs.get(m.entities.get(0)).type();
      if (partyFirst && t.partisan()) {
        return Optional.of(m.entities.get(0));
      }
      String name = orgs.get(m.entities.get(0)).name();
      boolean chamberBody = name.endsWith("Committee") || name.endsWith("committee")
          || name.endsWith("Council") || name.endsWith("Commission")
          || name.endsWith(" executive") || name.endsWith(" board") // "the federal executive"
          || LEAGUE.matcher(name).find(); // a league employs no club's coach
      if (t == OrgType.ORGANIZATION && !VENUE.matcher(name).find()
          && (partyFirst || !chamberBody && !OUTLET.matcher(name).find())) {
        // a committee or council of a story is no employer of its directors and coaches
        others.merge(m.entities.get(0), 1, Integer::sum);
        first.put(m.entities.get(0), i);
      }
    }
    // ties: the one named first, usually the story's own ("Harbourline Bank", not a trade body
    // named in passing)
    return others.keySet().stream().max(java.util.Comparator.<String>comparingInt(others::get)
        .thenComparing(k -> -first.get(k)));
  }

  /**
   * The organisation of no political kind (a company, club, charity) the article names, when it
   * names exactly one such (committees and councils counting), {@code seen} mentions it, and it
   * is no committee, council, commission or league (see {@link #salientOrganisation}).
   */
  Optional<String> soleOrganisation(List<Mention> seen) {
    long found = orgs.values().stream().filter(o -> o.type() == OrgType.ORGANIZATION).count();
    return found == 1 ? salientOrganisation(seen) : Optional.empty();
  }

  Optional<String> mostMentioned(OrgType type) {
    return orgs.values().stream()
        .filter(o -> o.type() == type)
        .max(java.util.Comparator.comparingInt(o -> orgForms.get(o.key()).size()))
        .map(Organization::key);
  }

  /**
   * The person a singular pronoun refers to: the closest compatible person before it in the same
   * sentence, else the first compatible person (usually the subject) of the closest earlier
   * sentence that has one.
   */
  private Optional<String> lastPerson(List<Mention> seen, Mention pronoun) {
    Optional<Mention> last = lastPersonMention(seen, pronoun);
    if (pronoun.descriptionEnd > 0 && last.isPresent()) {
      // "The senator representing Y, X, ... The Senate President, Z, read the letter. In it,
      // the senator said": not the last person named when another title is theirs
      String head = lastWord(pronoun.text).toLowerCase(Locale.ROOT);
      Set<String> heads = titleHeads(seen, last.get());
      if (!heads.isEmpty() && !heads.contains(head)) {
        Optional<String> titled = titledBefore(seen, pronoun, head);
        if (titled.isPresent()) {
          return titled;
        }
      }
    }
    return last.map(m -> m.entities.get(0));
  }

  /** The person mention a pronoun stands for by the order of mentions alone. */
  private Optional<Mention> lastPersonMention(List<Mention> seen, Mention pronoun) {
    int sentence = -1;
    Mention candidate = null;
    Mention fallback = null;
    for (int i = seen.size() - 1; i >= 0; i--) {
      Mention m = seen.get(i);
      boolean person = (m.kind == Mention.Kind.PERSON || m.kind == Mention.Kind.PRONOUN
          && !m.plural) && m.resolved() && compatible(m, pronoun.gender)
          && compatible(genders.getOrDefault(m.entities.get(0), "-"), pronoun.gender);
      if (!person) {
        continue;
      }
      if (fallback == null) {
        fallback = m;
      }
      boolean relative = m.sentence == pronoun.sentence && m.relativeWho >= 0
          && pronoun.start > m.relativeWho; // "the departure of X, who said he was leaving"
      if (m.prepositionObject && !relative
          && (m.sentence == pronoun.sentence || sentence == m.sentence)) {
        // "wrote to Taoiseach Leo Varadkar to say he was leaving"; an earlier sentence's subject
        // before its objects, but "The applause was for X. The Calgary MP ...": X
        continue;
      }
      if (m.sentence == pronoun.sentence && m.clauseEnd >= 0 && pronoun.start > m.clauseEnd) {
        continue; // "X, who ran Y's race, told staff that he was leaving": X, not Y
      }
      if (m.sentence == pronoun.sentence && pronoun.objectOfVerbAt >= 0
          && m.end <= pronoun.objectOfVerbAt && pronoun.objectOfVerbAt - m.end <= 1) {
        continue; // "Boudreau introduced him": not Boudreau
      }
      if (m.sentence == pronoun.sentence) {
        return Optional.of(m);
      }
      if (pronoun.sentence - m.sentence > 3) {
        break;
      }
      if (sentence >= 0 && m.sentence != sentence) {
        break;
      }
      sentence = m.sentence;
      candidate = m;
    }
    return Optional.ofNullable(candidate != null ? candidate : fallback);
  }

  /**
   * The last person of the three sentences before the description {@code pronoun} ("the
   * senator") who was given a title with the description's last word there: right before the
   * name with no other person between ("The senator representing X, Y,"), or right after it.
   */
  private static Optional<String> titledBefore(List<Mention> seen, Mention pronoun,
      String head) {
    for (int i = seen.size() - 1; i >= 0; i--) {
      Mention m = seen.get(i);
      if (pronoun.sentence - m.sentence > 3) {
        break;
      }
      if (m.kind == Mention.Kind.PERSON && m.resolved()
          && (m.sentence < pronoun.sentence || m.start < pronoun.start)
          && titleHeads(seen, m).contains(head)) {
        return Optional.of(m.entities.get(0));
      }
    }
    return Optional.empty();
  }

  /**
   * The last words, in lower case, of the titles given to the person {@code m} where it is
   * named: right before the name with no other person between ("The senator representing X,
   * Y,", "Senate President Z"), or right after it ("Y, the senator for X,").
   */
  private static Set<String> titleHeads(List<Mention> seen, Mention m) {
    Set<String> out = new HashSet<>();
    List<Mention> sentence = seen.stream().filter(x -> x.sentence == m.sentence).toList();
    for (Mention r : sentence) {
      if (r.kind != Mention.Kind.ROLE || r.role == null) {
        continue;
      }
      boolean before = r.end <= m.start && m.start - r.end <= 8 && sentence.stream()
          .noneMatch(x -> x.kind == Mention.Kind.PERSON && x.start >= r.end && x.start < m.start);
      boolean after = r.start >= m.end && r.start - m.end <= 3;
      if (before || after) {
        out.add(lastWord(r.role.label()).toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  private static boolean compatible(String a, String b) {
    return a.equals("-") || b.equals("-") || a.equals(b);
  }

  private static boolean compatible(Mention m, String gender) {
    return m.gender.equals("-") || gender.equals("-") || m.gender.equals(gender);
  }

  /** The entities of the last list of persons or group before a plural pronoun. */
  private Optional<List<String>> lastPlural(List<Mention> seen, Mention pronoun) {
    for (int i = seen.size() - 1; i >= 0; i--) {
      Mention m = seen.get(i);
      if (pronoun.sentence - m.sentence > 2) {
        break;
      }
      if (m.kind == Mention.Kind.PERSON && m.listId >= 0) {
        List<String> members = new ArrayList<>();
        for (int j = 0; j <= i; j++) {
          Mention x = seen.get(j);
          if (x.listId == m.listId && x.resolved()) {
            members.add(x.entities.get(0));
          }
        }
        return Optional.of(members);
      }
      if (m.kind == Mention.Kind.GROUP && m.count > 1
          || m.kind == Mention.Kind.PRONOUN && m.plural) {
        pronoun.antecedent = m; // a group: its members are known after resolveGroups
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Words that make a count others than those already named: "two more MPs", "two others". */
  private static final java.util.regex.Pattern OTHERS = java.util.regex.Pattern.compile(
      "(?i)\\b(more|others?|further)\\b");

  /** How many sentences a list may stand from the count it names ("Two MPs quit ..."). */
  private static final int LIST_DISTANCE = 8;

  /** Gives each counted group the members of a list with as many names near it. */
  private void resolveGroups(List<List<Mention>> sentences,
      java.util.function.Predicate<Mention> andBefore, Set<Integer> headings) {
    Map<Integer, List<String>> lists = new LinkedHashMap<>();
    Map<Integer, Integer> listSentence = new HashMap<>();
    Map<Integer, Integer> listStart = new HashMap<>();
    List<Mention> flat = new ArrayList<>();
    for (List<Mention> ms : sentences) {
      for (Mention m : ms) {
        flat.add(m);
        if (m.kind == Mention.Kind.PERSON && m.listId >= 0 && m.resolved()) {
          lists.computeIfAbsent(m.listId, k -> new ArrayList<>()).add(m.entities.get(0));
          listSentence.put(m.listId, m.sentence);
          listStart.putIfAbsent(m.listId, m.start);
        }
      }
    }
    // Loose lists: a sentence naming exactly N persons in full, the last after "and", as in
    // "Helen Corby, the MP for Stroud Vale, Tom Riddell, who represents Hexham West, and
    // Priya Banerjee, MP for Welwyn North, said..."
    int loose = -1;
    for (List<Mention> ms : sentences) {
      List<String> named = new ArrayList<>();
      Mention last = null;
      for (Mention m : ms) {
        if (m.kind == Mention.Kind.PERSON && m.fullName && m.resolved() && !m.prepositionObject
            && !named.contains(m.entities.get(0))) {
          named.add(m.entities.get(0));
          last = m;
        }
      }
      Mention end = last;
      // "The four were Chief Cabinet Secretary A, Economy Minister B, Internal Affairs Minister
      // C and Agriculture Minister D": a list of which only the last two were found as one
      long inList = end == null || end.listId < 0 ? 0
          : ms.stream().filter(x -> x.listId == end.listId).count();
      if (named.size() >= 2 && last != null && inList < named.size() && andBefore.test(last)) {
        lists.put(loose, named);
        listSentence.put(loose, last.sentence);
        listStart.put(loose, ms.stream().filter(x -> x.kind == Mention.Kind.PERSON && x.fullName
            && x.resolved() && !x.prepositionObject).findFirst().map(x -> x.start).orElse(0));
        loose--;
      }
    }
    for (Mention m : flat) {
      if (m.kind != Mention.Kind.GROUP || m.anonymous) {
        continue;
      }
      if (m.count == 1) {
        namedLater(sentences, m, headings).ifPresent(m.entities::add);
        continue;
      }
      if (m.namedBefore) {
        m.entities.addAll(namedBefore(flat, m));
        continue;
      }
      Integer best = null;
      // "two more Tory MPs", "three other senators": others than those named before it
      boolean others = OTHERS.matcher(m.text).find();
      // "Two others quit X: A and B": named by a list in the count's own sentence only
      boolean othersAlone = m.text.endsWith(" others");
      boolean far = false; // a list of as many names, too far from the count to be its names
      for (Map.Entry<Integer, List<String>> e : lists.entrySet()) {
        int at = listSentence.get(e.getKey());
        if (others && (at < m.sentence
            || at == m.sentence && listStart.get(e.getKey()) < m.start)
            || othersAlone && at != m.sentence) {
          continue;
        }
        int distance = Math.abs(listSentence.get(e.getKey()) - m.sentence);
        int bestDistance = best == null ? Integer.MAX_VALUE
            : Math.abs(listSentence.get(best) - m.sentence);
        // as near before as after: the names that follow ("Three Tory councillors joined
        // Reform UK. They are A, B and C" after another three named before)
        far |= e.getValue().size() == m.count && distance > LIST_DISTANCE;
        if (e.getValue().size() == m.count && distance <= LIST_DISTANCE
            && (distance < bestDistance
            || distance == bestDistance && listSentence.get(e.getKey()) > m.sentence)) {
          best = e.getKey();
        }
      }
      if (best != null) {
        m.entities.addAll(lists.get(best));
      } else if (!far && !othersAlone) { // not "Two others left in October. A was ..."
        m.entities.addAll(namedLater(sentences, m, m.count, andBefore));
      }
    }
    // plural pronouns that pointed at a group (or at another such pronoun) take its members
    for (Mention m : flat) {
      if (m.kind == Mention.Kind.PRONOUN && m.antecedent != null && !m.resolved()) {
        m.entities.addAll(m.antecedent.entities); // antecedents come first: already resolved
      }
    }
  }

  /**
   * The persons a count standing alone ("All four were admitted") is about: those of an earlier
   * group of that count, else the last {@code count} persons named in full before it, or none.
   */
  private static List<String> namedBefore(List<Mention> flat, Mention group) {
    List<String> out = new ArrayList<>();
    int at = flat.indexOf(group);
    // "two Labour councillors, A and B, both resigned": the count of its own sentence
    for (int i = at - 1; i >= 0 && flat.get(i).sentence == group.sentence; i--) {
      Mention x = flat.get(i);
      if (x.kind == Mention.Kind.GROUP && x.count == group.count && x.resolved()) {
        return List.copyOf(x.entities);
      }
    }
    // "Priya Lal and Tom Ackroyd both quit": the persons just before it in its sentence
    Mention prev = at > 0 ? flat.get(at - 1) : null;
    // "A, the chief executive, and B, the chairman, both quit": past the titles in apposition
    boolean apposed = prev != null && prev.sentence == group.sentence
        && (prev.kind == Mention.Kind.ROLE || prev.kind == Mention.Kind.ORG)
        && at > 1 && flat.get(at - 2).sentence == group.sentence;
    if (prev != null && (prev.kind == Mention.Kind.PERSON && prev.end >= group.start - 1
            || apposed)
        && prev.sentence == group.sentence && (apposed || prev.resolved())) {
      for (int i = at - 1; i >= 0 && out.size() < group.count; i--) {
        Mention x = flat.get(i);
        if (x.sentence != group.sentence) {
          break;
        }
        if (x.kind == Mention.Kind.PERSON && x.resolved() && !x.prepositionObject
            && !out.contains(x.entities.get(0))) {
          out.add(0, x.entities.get(0));
        }
      }
      if (out.size() == group.count) {
        return out;
      }
      out.clear();
    }
    // "all four had also cancelled ...": the four spoken of before
    for (int i = at - 1; i >= 0; i--) {
      Mention x = flat.get(i);
      if (x.kind == Mention.Kind.GROUP && x.count == group.count && x.resolved()
          && x.sentence < group.sentence) {
        return List.copyOf(x.entities);
      }
    }
    for (int i = at - 1; i >= 0 && out.size() < group.count; i--) {
      Mention x = flat.get(i);
      if (x.kind == Mention.Kind.PERSON && x.fullName && x.resolved() && !x.prepositionObject
          && !out.contains(x.entities.get(0)) && x.sentence < group.sentence) {
        out.add(x.entities.get(0)); // not "told Renew's president, X,": one told
      }
    }
    return out.size() == group.count ? out : List.of();
  }

  /**
   * The persons a counted group ("Four ministers quit ...") is made of when no list names them
   * together: the first {@code count} persons named in full for the first time as the subjects
   * of the next four sentences (the first person of a sentence, with the rest of its list or one
   * joined to it by "and"; after "They are" at a sentence's start, that sentence's names only),
   * or none when the sentences name fewer or more.
   */
  private static List<String> namedLater(List<List<Mention>> sentences, Mention group,
      int count, java.util.function.Predicate<Mention> andBefore) {
    Set<String> known = new HashSet<>();
    for (int i = 0; i <= group.sentence; i++) {
      sentences.get(i).forEach(x -> known.addAll(x.entities));
    }
    List<String> out = new ArrayList<>();
    for (int i = group.sentence + 1; i < sentences.size() && i <= group.sentence + 4; i++) {
      Mention first = sentences.get(i).stream()
          .filter(x -> x.kind == Mention.Kind.PERSON || x.kind == Mention.Kind.PRONOUN)
          .findFirst().orElse(null);
      if (first != null && first.kind == Mention.Kind.PRONOUN && first.plural && out.isEmpty()) {
        // "Three BRS legislators joined the Congress. They are A, B and C": the list after it
        first = sentences.get(i).stream().filter(x -> x.kind == Mention.Kind.PERSON
            && x.start <= 6).findFirst().orElse(first);
      } else if (first != null && first.kind == Mention.Kind.PRONOUN && !out.isEmpty()) {
        // "The first to go was X. Within the hour she had been followed by Y": past the one
        // just named
        first = sentences.get(i).stream().filter(x -> x.kind == Mention.Kind.PERSON
            && x.start <= 12).findFirst().orElse(first);
      }
      if (first == null || first.start > (first.kind == Mention.Kind.PERSON && !out.isEmpty()
          ? 12 : 6)) {
        continue;
      }
      if (first.kind != Mention.Kind.PERSON || !first.fullName || !first.resolved()
          || known.contains(first.entities.get(0))) {
        break; // the story has moved on to someone already named
      }
      for (Mention x : sentences.get(i)) {
        boolean member = x == first || first.listId >= 0 && x.listId == first.listId
            || x.kind == Mention.Kind.PERSON && x.fullName && x.start - first.end <= 6
            && x.start > first.start && andBefore.test(x); // "A and transport minister B"
        if (member && x.resolved() && !out.contains(x.entities.get(0))) {
          out.add(x.entities.get(0));
        }
      }
      Mention opening = sentences.get(i).get(0);
      if (out.size() >= count || first.start > 0 && opening.start == 0
          && opening.kind == Mention.Kind.PRONOUN && opening.plural) {
        break; // "They are A and B": the names are all in that sentence
      }
    }
    return out.size() == count ? out : List.of();
  }

  /**
   * The person a description ("A Conservative peer has resigned") is about: one named in full
   * for the first time in the first words of one of the next two sentences ("In a statement, X
   * said").
   */
  private static Optional<String> namedLater(List<List<Mention>> sentences, Mention m,
      Set<Integer> headings) {
    Set<String> known = new HashSet<>();
    // in the lede, the names of the headings above it are not yet known
    boolean lede = java.util.stream.IntStream.range(0, m.sentence).allMatch(headings::contains);
    for (int i = 0; i <= m.sentence; i++) {
      if (!lede || !headings.contains(i) || i == m.sentence) {
        sentences.get(i).forEach(x -> known.addAll(x.entities));
      }
    }
    for (int i = m.sentence + 1; i < sentences.size() && i <= m.sentence + 2; i++) {
      Mention first = sentences.get(i).stream()
          .filter(x -> x.kind == Mention.Kind.PERSON || x.kind == Mention.Kind.PRONOUN)
          .findFirst().orElse(null);
      // after a lede that names no one, "In a letter released on Tuesday, Rosalind Teague
      // said": the subject after an opening phrase
      boolean early = first != null && (first.start <= 6
          || m.sentence == 0 && first.start <= 20 && !first.prepositionObject);
      if (early && first.kind == Mention.Kind.PERSON && otherTitle(sentences.get(i), first, m)) {
        // "The director of the agency resigned Thursday. Gov. Warren Hadley said he had accepted
        // the resignation of Celeste Marquardt": not the one with another title, but the next
        Mention titled = first;
        first = sentences.get(i).stream().filter(x -> x.kind == Mention.Kind.PERSON
            && x.start > titled.start && !x.entities.equals(titled.entities)).findFirst()
            .orElse(null);
        if (first == null) {
          break;
        }
      }
      if (early && first.kind == Mention.Kind.PERSON
          && (first.fullName || first.peerName != null) && first.resolved() && first.listId < 0
          && !known.contains(first.entities.get(0))) {
        return Optional.of(first.entities.get(0));
      }
      if (early) {
        break; // the next sentence is about someone already named
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code person} bears a title ("Gov.", "Finance Minister") that the description
   * {@code described} ("The director of the agency") does not name.
   */
  private static boolean otherTitle(List<Mention> sentence, Mention person, Mention described) {
    String text = described.text.toLowerCase(Locale.ROOT);
    if (GENERIC_HEADS.contains(text.substring(text.lastIndexOf(' ') + 1))) {
      return false; // "Michigan's second-highest law enforcement official": any title fits
    }
    // a seat ("Rep.", "Cllr") may be held with any post the description names
    Optional<String> title = person.honorificRole
        .filter(r -> r.kind() != Lexicon.RoleKind.LEGISLATURE).map(Lexicon.RoleEntry::label)
        .or(() -> sentence.stream().filter(x -> x.kind == Mention.Kind.ROLE
            && x.end == person.start && x.role != null
            && x.role.kind() != Lexicon.RoleKind.LEGISLATURE).findFirst().map(x -> x.roleLabel));
    // "A NSW minister has quit ... Planning Minister X": the title's head word is the description's
    return title.filter(t -> !t.isEmpty()
        && !text.contains(t.substring(t.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT)))
        .isPresent();
  }

  /** Head nouns of descriptions that any title fits: "a senior official". */
  private static final Set<String> GENERIC_HEADS = Set.of("official", "figure", "politician");

  private Person.Builder person(String key, String name) {
    Person.Builder b = persons.computeIfAbsent(key, k -> new Person.Builder(name));
    if (name.length() > b.name.length()) {
      b.name = name;
    }
    return b;
  }

  static String personKey(String name) {
    return "person/" + Tokens.slug(name);
  }

  /**
   * The names a person is called by alone: the last word (and a family name with its particles,
   * "van der Sloot", also capitalised; the last two words of a longer name, "Carvalho
   * Teixeira"), and the first of a name written family
   * name first with a hyphenated given name ("Tsai" of "Tsai Ing-wen").
   */
  static List<String> surnames(String name) {
    String[] parts = name.split(" ");
    String last = parts[parts.length - 1];
    if (parts.length == 2 && last.matches("\\p{Lu}\\p{Ll}+-\\p{Ll}+")) {
      return List.of(last, parts[0]);
    }
    for (int p = 1; p < parts.length - 1; p++) {
      if (PARTICLES.contains(parts[p].toLowerCase(java.util.Locale.ROOT))) {
        // "Marieke van der Sloot": "van der Sloot", "Ms Van der Sloot", and "Sloot"
        String family = String.join(" ", java.util.Arrays.asList(parts).subList(p, parts.length));
        String opening = Character.toUpperCase(family.charAt(0)) + family.substring(1);
        return List.of(last, family, opening);
      }
    }
    String before = parts.length >= 3 ? parts[parts.length - 2] : "";
    if (!before.isEmpty() && Character.isUpperCase(before.charAt(0)) && !before.endsWith(".")) {
      // "Inês Carvalho Teixeira": "Ms Carvalho Teixeira" too, a double family name
      return List.of(last, before + " " + last);
    }
    return List.of(last);
  }

  /** Words that open a family name: the name particles, and Dutch and Gaelic ones. */
  private static final Set<String> PARTICLES =
      com.google.common.collect.ImmutableSet.<String>builder()
          .addAll(MentionFinder.NAME_PARTICLES)
          .add("ter", "ten", "ó", "o", "ní", "ni", "nic", "mac", "mc", "uí", "ui", "el").build();

}
