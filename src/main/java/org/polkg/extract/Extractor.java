package org.polkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.polkg.ingest.Article;
import org.polkg.nlp.Document;
import org.polkg.nlp.Sentence;
import org.polkg.nlp.Token;

/**
 * Turns an annotated article into entities and facts. Stateless and thread-safe: it shares the
 * immutable {@link Lexicon}; all per-article state lives in the call.
 */
public final class Extractor {
  /** The rule of a post that a description stands for: "The minister said she would". */
  private static final String DESCRIBED = "role-description";
  /** A date this many days before the narrated day is background, not where the story moves. */
  private static final int BACKGROUND_DAYS = 7;
  /** Verbs of telling whose day dates the telling: "the firm said this morning". */
  private static final Set<String> REPORTING = Set.of("said", "says", "announced", "confirmed",
      "told", "added", "reported", "disclosed");
  /** Words between a telling's day and a deed's that put the deed elsewhere or ahead. */
  private static final Set<String> ASIDES = Set.of("which", "who", "when", "whose", "would",
      "will", "'ll", "after", "before", "since", "to");
  /** Determiners that make a post generic: "a prime minister handed a mandate". */
  private static final Set<String> INDEFINITE = Set.of("a", "an", "any", "every", "no", "each");

  private final Lexicon lexicon;
  private final MentionFinder finder;

  public Extractor(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.finder = new MentionFinder(lexicon);
  }

  /** Extracts the facts of {@code article}, whose text {@code doc} annotates. */
  public Extraction extract(Article article, Document doc) {
    List<Sentence> sentences = doc.sentences().stream().map(this::titleCasedOpening)
        .map(this::namedAfterDateline).toList();
    Optional<String> country = finder.country(sentences);
    Optional<Lexicon.OrgEntry> government = finder.government(sentences, country);
    List<List<Mention>> mentions = finder.find(sentences, country, government);
    EntityResolver resolver = new EntityResolver();
    resolver.resolve(mentions, m -> {
      // "..., and Priya Banerjee", "... and Agriculture Minister Ichiro Miyashita"
      // "... and transport minister Owen Garrow", "and planning spokesman X": past a title too
      List<org.polkg.nlp.Token> toks = sentences.get(m.sentence).tokens();
      List<Mention> roles = mentions.get(m.sentence).stream()
          .filter(r -> r.kind == Mention.Kind.ROLE).toList();
      int i = m.start - 1;
      // "and Labour's Orla Cuffe", "and the trade unionist Janet Oyelaran": past an owner and
      // a determiner too
      while (i >= 0 && i >= m.start - 5 && (toks.get(i).isCapitalized()
          || toks.get(i).text().equals(",") || covered(roles, i)
          || toks.get(i).text().equals("'s") || toks.get(i).lower().equals("the")
          || !toks.get(i).isCapitalized() && (toks.get(i).pos().startsWith("NN")
              || toks.get(i).pos().startsWith("JJ") || toks.get(i).pos().equals("VBG")))) {
        i--;
      }
      return i >= 0 && toks.get(i).lower().equals("and");
    }, java.util.stream.IntStream.range(0, sentences.size())
        .filter(i -> headline(sentences.get(i).text())).boxed()
        .collect(java.util.stream.Collectors.toSet()));

    // the words the article is written with: a chamber of Congress is a body of the story only
    // when its name is written ("Rep. X (D-Calif.)" in a story that never names the House)
    Set<String> written = sentences.stream().flatMap(t -> t.tokens().stream())
        .map(org.polkg.nlp.Token::text).collect(java.util.stream.Collectors.toSet());
    FactRules rules = new FactRules(lexicon, resolver, country, government, article.published(),
        written);
    List<Fact> facts = new ArrayList<>();
    List<List<DateFinder.DateMention>> allDates = new ArrayList<>();
    List<Optional<LocalDate>> owns = new ArrayList<>();
    for (Sentence s : sentences) {
      List<DateFinder.DateMention> dates = DateFinder.find(s.tokens(), article.published());
      allDates.add(dates);
      int dateline = datelineEnd(s);
      List<DateFinder.DateMention> candidates = dates.stream()
          .filter(d -> d.start() >= dateline || dates.size() == 1)
          .filter(d -> !DateFinder.startOfTerm(s.tokens(), d)) // "interim chief from 1 January"
          .filter(d -> !DateFinder.datesDocument(s.tokens(), d)) // "a letter dated Monday"
          .filter(d -> article.published().isEmpty()
              || !d.date().isAfter(article.published().get()))
          .toList();
      // "said yesterday that X had resigned on Sunday evening": the deed's day, not the telling's
      // (not "said on Monday that he had left the group over the bill, which the Bundestag
      // passed on Friday", nor "told members on Monday that she would stand down on Friday")
      Optional<DateFinder.DateMention> first = candidates.stream().findFirst();
      Optional<DateFinder.DateMention> deed = first.filter(t -> reported(s, t))
          .flatMap(t -> candidates.stream().filter(d -> d.start() > t.end() && !reported(s, d))
              .findFirst().filter(d -> !asideBetween(s, t.end(), d.start())
                  && pastPerfectBefore(s, t.end(), d)));
      owns.add(deed.or(() -> first).map(DateFinder.DateMention::date));
    }
    // "X has resigned ..." with the day in the next sentences: the lede takes that day
    Optional<LocalDate> narrative = ledeDate(owns, article.published());
    boolean live = liveBlog(sentences);
    List<Mention> seen = new ArrayList<>();
    List<Optional<LocalDate>> told = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      List<DateFinder.DateMention> dates = allDates.get(i);
      Optional<LocalDate> own = owns.get(i);
      // "The following day FIFA ...", "Two days earlier ...": from the previous sentence's day,
      // else the story's
      // (or the one before it: "... began on June 10th. The motion was defeated. A week later")
      Optional<LocalDate> last = i > 0 && told.get(i - 1).isPresent() ? told.get(i - 1)
          : i > 1 && told.get(i - 2).isPresent() ? told.get(i - 2) : narrative;
      if (i > 0) { // "at an emergency meeting on Monday. At the same meeting": that meeting's day
        Optional<LocalDate> occasion = DateFinder.dayOfSameOccasion(s.tokens(),
            sentences.get(i - 1).tokens(), allDates.get(i - 1));
        last = occasion.isPresent() ? occasion : last;
      }
      // with a day of its own, only "the same meeting" outweighs it, and only when that day
      // dates the telling ("At the same meeting X was elected, the firm said this morning"; not
      // "announced on Friday that they had quit, and were admitted the same evening")
      java.util.OptionalInt later = last.isEmpty() ? java.util.OptionalInt.empty()
          : own.isEmpty() ? DateFinder.daysAfterLast(s.tokens())
          : reportedOn(s, dates) && DateFinder.daysAfterLast(s.tokens().subList(0,
              dates.get(0).start())).equals(java.util.OptionalInt.of(0))
              ? java.util.OptionalInt.of(0)
          : java.util.OptionalInt.empty();
      if (later.isPresent()) {
        own = Optional.of(last.get().plusDays(later.getAsInt()));
      }
      Optional<LocalDate> date = own.isPresent() ? own
          : DateFinder.vagueTime(s.tokens(), dates) ? Optional.empty()
          // in a live blog, "X has resigned" is news of the blog's day, whatever day the entry
          // before told of
          : live && presentPerfect(s) && article.published().isPresent() ? article.published()
          : narrative;
      Clause clause = new Clause(s, mentions.get(i), lexicon);
      List<Fact> found = rules.apply(clause, dates, date, own.isPresent(), seen, facts);
      facts.addAll(found);
      // the day the sentence tells of: its own, else that of a deed it counts on from another
      // ("X resigned two days after the vote. Y was named the following morning"); the day
      // after, "later", "the next day", counts on from that one in turn
      told.add(own.or(() -> countedDeed(found, date)));
      seen.addAll(mentions.get(i));
      if (own.isPresent() && (narrative.isEmpty()
          || !own.get().isBefore(narrative.get().minusDays(BACKGROUND_DAYS)))) {
        narrative = own; // a date weeks before the story's is background: the story stays put
      }
      if (live && stamp(s) && article.published().isPresent()) {
        narrative = article.published(); // a live blog's post tells of the blog's day
      }
    }
    facts.addAll(officeHolders(sentences, mentions, facts, resolver.persons(), country,
        article.published()));
    Map<String, Organization> orgs = new LinkedHashMap<>(resolver.organizations());
    Map<String, Organization> tagged = taggedParties(sentences, mentions);
    // "The chief executive of one of Glasgow's charities has stood down": the organisation the
    // story is about, named after the lede
    List<Mention> all = mentions.stream().flatMap(List::stream).toList();
    List<Fact> employed = executiveOffices(ledeEmployers(facts,
        resolver.salientOrganisation(all), orgs,
        sentences.size() > 1 ? sentences.get(1).end() : Integer.MAX_VALUE), orgs);
    return new Extraction(article, resolver.persons(), orgs, consolidate(employed, orgs, tagged));
  }

  /**
   * "The Prime Minister said ..." in a story that names Boris Johnson elsewhere: the role, for
   * each person the article names who held the post on the publication day (in the article's
   * country, when it has one), from the first sentence that speaks of the post without giving
   * it to someone else.
   */
  private List<Fact> officeHolders(List<Sentence> sentences, List<List<Mention>> mentions,
      List<Fact> facts, Map<String, Person> persons, Optional<String> country,
      Optional<LocalDate> published) {
    List<Fact> out = new ArrayList<>();
    if (published.isEmpty()) {
      return out;
    }
    Set<String> done = new java.util.HashSet<>(); // person|role
    Set<String> given = new java.util.HashSet<>(); // sentence start|role
    for (Fact f : facts) {
      if (f instanceof Fact.RoleHolding h) {
        done.add(h.person() + "|" + h.role());
        given.add(h.provenance().start() + "|" + h.role());
      }
    }
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      for (Mention m : mentions.get(i)) {
        if (m.kind != Mention.Kind.ROLE || m.formerRole || m.start > 0
            && INDEFINITE.contains(s.token(m.start - 1).lower())) {
          continue;
        }
        String label = m.role.label();
        if (given.contains(s.start() + "|" + label)) {
          continue; // "Prime Minister Keir Starmer": the post is someone's in this sentence
        }
        for (Lexicon.OfficeHolder holder : lexicon.holders(label, published.get())) {
          if (country.isPresent() && !country.get().equals(holder.country())) {
            continue;
          }
          holder.names().stream().map(EntityResolver::personKey)
              .filter(persons::containsKey).findFirst()
              .filter(person -> done.add(person + "|" + label))
              .ifPresent(person -> out.add(new Fact.RoleHolding(person, label,
                  Optional.empty(), Modality.ASSERTED, new Provenance(s.text(), s.start(),
                      s.end(), "office-holder-on-publication-day", 0.6))));
        }
      }
    }
    return out;
  }

  /**
   * The latest day of the deeds a sentence with no date of its own tells as done, other than the
   * day it was given ({@code given}, the story's): one counted from another event ("X resigned
   * two days after the vote"); empty for none. (A deed counted back, "It elected X, two days
   * after Y quit", also counts when the election itself has no day.)
   */
  private static Optional<LocalDate> countedDeed(List<Fact> facts, Optional<LocalDate> given) {
    return facts.stream().filter(f -> f.modality() == Modality.ASSERTED)
        .map(Extractor::dayOf).flatMap(Optional::stream).filter(d -> !given.equals(Optional.of(d)))
        .max(java.util.Comparator.naturalOrder());
  }

  private static Optional<LocalDate> dayOf(Fact f) {
    if (f instanceof Fact.Resignation r) {
      return r.date();
    }
    if (f instanceof Fact.Joining j) {
      return j.date();
    }
    return f instanceof Fact.Event e ? e.date() : Optional.empty();
  }

  private static boolean covered(List<Mention> mentions, int token) {
    return mentions.stream().anyMatch(m -> m.covers(token));
  }

  /**
   * The end of a wire dateline ("WARSAW, Feb 6 (Example Wire) -"): the token after its dash,
   * or 0 when the sentence has none. The dateline's date is when the story was filed.
   */
  private static int datelineEnd(Sentence s) {
    for (int i = 1; i < s.size() && i < 12; i++) {
      String w = s.token(i).text();
      if (w.equals("-") || w.equals("—") || w.equals("–") || w.equals("--")) {
        return s.token(0).text().equals(s.token(0).text().toUpperCase(java.util.Locale.ROOT))
            ? i + 1 : 0;
      }
    }
    return 0;
  }

  /**
   * The day an undated opening sentence tells of: the first date of the next two sentences, when
   * it lies within a week before publication (an earlier one is background: "elected in May").
   */
  private static Optional<LocalDate> ledeDate(List<Optional<LocalDate>> owns,
      Optional<LocalDate> published) {
    if (owns.isEmpty() || owns.get(0).isPresent() || published.isEmpty()) {
      return Optional.empty();
    }
    for (int i = 1; i < owns.size() && i <= 2; i++) {
      if (owns.get(i).isPresent()) {
        LocalDate d = owns.get(i).get();
        return d.isBefore(published.get().minusDays(BACKGROUND_DAYS)) ? Optional.empty()
            : owns.get(i);
      }
    }
    return Optional.empty();
  }

  /** Clock times that stamp a live blog's entries: "10.42am", "14:50", "2:05". */
  private static final java.util.regex.Pattern CLOCK =
      java.util.regex.Pattern.compile("\\d{1,2}[.:]\\d{2}(am|pm)?");

  /** Whether the sentence is only a clock time, a live blog's stamp on a post: "9:04 a.m.". */
  private static boolean stamp(Sentence s) {
    List<org.polkg.nlp.Token> toks = s.tokens();
    return !toks.isEmpty() && toks.size() <= 3 && CLOCK.matcher(toks.get(0).text()).matches();
  }

  /** Words before a clock time told in the copy, not stamping an entry: "at 7.30pm". */
  private static final Set<String> BEFORE_TIMES = Set.of("at", "by", "until", "till", "from",
      "to", "before", "after", "around", "about", "and", "between", "since", "of", "past");

  /**
   * Whether the article is a live blog: three clock times or more stamp its entries ("10.42am",
   * "14:50" opening a sentence or with am, pm or a colon), not times told in the copy ("at
   * 7.30pm") nor vote shares and prices ("42.35 per cent").
   */
  private static boolean liveBlog(List<Sentence> sentences) {
    int stamps = 0;
    for (Sentence s : sentences) {
      List<org.polkg.nlp.Token> toks = s.tokens();
      for (int i = 0; i < toks.size(); i++) {
        String w = toks.get(i).text();
        String next = i + 1 < toks.size() ? toks.get(i + 1).lower() : "";
        if (CLOCK.matcher(w).matches() && (i == 0 || w.contains(":") || w.endsWith("m"))
            && !(i > 0 && BEFORE_TIMES.contains(toks.get(i - 1).lower()))
            && !next.equals("per") && !next.equals("%")) {
          stamps++;
        }
      }
    }
    return stamps >= 3;
  }

  /**
   * Whether the sentence tells its news in the present perfect, with no time of its own: "X has
   * been elected chair", "the caucus has voted to suspend Y" (in a live blog, news of its day);
   * not a question, and not a perfect that a time limits ("has sat since 2019", "has never").
   */
  private static boolean presentPerfect(Sentence s) {
    List<org.polkg.nlp.Token> toks = s.tokens();
    for (int i = 0; i < toks.size(); i++) {
      String w = toks.get(i).lower();
      if (toks.get(i).text().equals("?") || w.equals("since") || w.equals("never")
          || w.equals("ever") || w.equals("already")) {
        return false;
      }
    }
    for (int i = 1; i + 1 < toks.size(); i++) {
      String w = toks.get(i).lower();
      if ((w.equals("has") || w.equals("have")) && (toks.get(i - 1).pos().matches("NN.*|PRP")
          || toks.get(i - 1).text().equals(","))) { // "The minister, Owen Bray, has resigned"
        int v = toks.get(i + 1).lower().equals("been") && i + 2 < toks.size() ? i + 2 : i + 1;
        if (toks.get(v).pos().equals("VBN")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Prepositions and conjunctions that open a sentence after a dateline: "After", "As". */
  private static final Set<String> OPENING_WORDS = Set.of("after", "as", "at", "in", "on",
      "for", "with", "by", "from", "following", "despite", "amid", "during", "before", "since",
      "under", "over", "when", "while", "if", "although", "though", "because", "until", "like",
      "about", "against", "between", "into", "through", "without", "within", "once", "unless",
      "whether", "than", "that", "of", "to", "up", "out", "off", "near", "across", "among");

  /** Adjectives that open a sentence before a title or name: "Former Senator X". */
  private static final Set<String> OPENING_ADJECTIVES = Set.of("former", "senior", "new",
      "acting", "interim", "veteran", "embattled", "outgoing", "incoming", "top", "local",
      "federal", "national", "opposition", "independent", "junior", "deputy", "retired", "late",
      "longtime", "long-serving", "first-term", "freshman", "rebel", "disgraced", "ousted",
      "beleaguered", "influential", "prominent", "leading", "key", "chief", "assistant");

  /**
   * {@code s} with the first word after its dateline tagged a proper noun when it opens a name
   * ("BRUSSELS - Lieselot Dewaele resigned", where the tagger took "Lieselot" for a common
   * noun); else {@code s}.
   */
  private Sentence namedAfterDateline(Sentence s) {
    int name = datelineEnd(s);
    if (name == 0 || name + 1 >= s.size()) {
      return s;
    }
    int dash = name - 1;
    Token first = s.token(dash + 1);
    Token second = s.token(dash + 2);
    // not "PARIS - French President X": a people's name is no given name
    // "TORONTO (AP) — Gurleen Dhillon-Marr", the given name taken for a preposition
    // or an adjective ("Harpal/JJ Grewal-Singh"), when it is no party's, post's or common one
    boolean misread = (first.pos().equals("IN") || first.pos().equals("JJ"))
        && second.isProperNoun() && !OPENING_WORDS.contains(first.lower())
        && !OPENING_ADJECTIVES.contains(first.lower()) && !lexicon.notNames.contains(first.text())
        && lexicon.organisations.longestAt(s.tokens(), dash + 1).isEmpty()
        && lexicon.roles.longestAt(s.tokens(), dash + 1).isEmpty()
        && lexicon.roles.longestAt(s.tokens(), dash + 2).isEmpty();
    if (!first.isCapitalized() || first.isProperNoun()
        || !first.pos().startsWith("NN") && !misread
        || lexicon.places.contains(first.text()) || !second.isCapitalized()
        || !second.pos().startsWith("NN")) {
      return s;
    }
    List<Token> toks = new ArrayList<>(s.tokens());
    toks.set(dash + 1, new Token(first.text(), first.start(), first.end(), "NNP", first.chunk()));
    // "BRUSSELS - Lieselot Peeters": the surname too, when taken for a plural
    toks.set(dash + 2, new Token(second.text(), second.start(), second.end(),
        second.isProperNoun() ? second.pos() : "NNP", second.chunk()));
    return new Sentence(s.index(), s.start(), s.end(), s.text(), toks, s.names());
  }

  /**
   * {@code s} with a given name written in capitals at its start in title case, as a tabloid's
   * opening ("FIONA Baird was readmitted ..."); else {@code s}.
   */
  private Sentence titleCasedOpening(Sentence s) {
    if (s.size() < 2) {
      return s;
    }
    String w = s.token(0).text();
    String titled = w.charAt(0) + w.substring(1).toLowerCase(java.util.Locale.ROOT);
    if (w.length() < 2 || !w.chars().allMatch(Character::isUpperCase)
        || !lexicon.givenNames.contains(titled) || !s.token(1).isCapitalized()
        || s.token(1).text().chars().allMatch(Character::isUpperCase)) {
      return s;
    }
    List<org.polkg.nlp.Token> toks = new ArrayList<>(s.tokens());
    org.polkg.nlp.Token t = toks.get(0);
    toks.set(0, new org.polkg.nlp.Token(titled, t.start(), t.end(), t.pos(), t.chunk()));
    return new Sentence(s.index(), s.start(), s.end(), s.text(), toks, s.names());
  }

  /**
   * Titles the rules read (a backbencher sits in a chamber, which other rules use) that name no
   * post of the person's own, and so are no role fact.
   */
  private static final Set<String> NO_POST = Set.of("backbencher");

  /** Rules that give a resignation the body its story or the person's post suggests. */
  private static final Set<String> GUESSED_ORGANISATION = Set.of("resign-role-organisation",
      "resign-minister-government", "resign-story-organisation");

  /**
   * Gives floor-crossings with no party the person's party (or drops them) and
   * organisation-less resignations the body of the post their sentence names, then drops
   * duplicate facts, organisation-less resignations of a person who also resigned from
   * a named organisation, and events without a day; merges events of one type and date into one
   * event.
   */
  private static List<Fact> consolidate(List<Fact> found, Map<String, Organization> orgs,
      Map<String, Organization> tagged) {
    List<Fact> facts = postsLeft(floorCrossings(found, orgs), orgs);
    Set<String> resignedWithOrg = new LinkedHashSet<>();
    Set<String> leftGovernmentNamed = new LinkedHashSet<>(); // person|day
    for (Fact f : facts) {
      if (f instanceof Fact.Resignation r && r.organization().isPresent()
          && r.modality() == Modality.ASSERTED) {
        resignedWithOrg.add(r.person());
        if (!GUESSED_ORGANISATION.contains(r.provenance().rule()) && r.date().isPresent()
            && governmental(orgs.get(r.organization().get()))) {
          leftGovernmentNamed.add(r.person() + "|" + r.date().get());
        }
      }
    }
    // the posts each person holds by a rule that names them, not by a description that
    // stands for them ("The minister said", resolved to the last minister named)
    Map<String, Set<String>> namedPosts = new LinkedHashMap<>();
    for (Fact f : facts) {
      if (f instanceof Fact.RoleHolding h && !h.provenance().rule().startsWith(DESCRIBED)) {
        namedPosts.computeIfAbsent(h.person(), k -> new LinkedHashSet<>()).add(h.role());
      }
    }
    Map<String, Fact> unique = new LinkedHashMap<>();
    Map<String, Fact.Event> events = new LinkedHashMap<>();
    for (Fact f : facts) {
      if (f instanceof Fact.Resignation r) {
        if (r.organization().isEmpty() && resignedWithOrg.contains(r.person())
            && r.modality() == Modality.ASSERTED) {
          continue;
        }
        // "X resigned from the State Cabinet on Tuesday. ... handed her resignation letter to the
        // chief minister" that day: the same departure, its government guessed the second time
        if (GUESSED_ORGANISATION.contains(r.provenance().rule())
            && r.modality() == Modality.ASSERTED && r.date().isPresent()
            && r.organization().map(o -> governmental(orgs.get(o))).orElse(false)
            && leftGovernmentNamed.contains(r.person() + "|" + r.date().get())) {
          continue;
        }
        keep(unique, "R|" + r.person() + "|" + r.organization() + "|" + r.modality(), r);
      } else if (f instanceof Fact.RoleHolding h) {
        if (NO_POST.contains(h.role())) {
          continue; // "an SNP backbencher": a legislator the rules know holds no post
        }
        if (h.role().equals("member") && h.organization().isPresent()
            && facts.stream().anyMatch(g -> g instanceof Fact.RoleHolding o && o != h
                && o.person().equals(h.person()) && o.organization().equals(h.organization())
                && !o.role().equals("member") && o.modality() == h.modality())) {
          continue; // "X, who has sat on the board since 2019, ... chairs it": the post says it
        }
        if (h.provenance().rule().equals("role-seat-on-body") && h.organization().isPresent()
            && facts.stream().anyMatch(g -> g instanceof Fact.Resignation r
                && r.person().equals(h.person()) && r.organization().equals(h.organization())
                && r.provenance().start() == h.provenance().start()
                && r.modality() == Modality.ASSERTED && h.modality() == Modality.ASSERTED)) {
          continue; // "X, who has sat on the board since 2020, resigned from it": a seat left
          // (but "She stepped down as its vice-chair. She keeps her seat on the committee.")
        }
        String head = h.role().substring(h.role().lastIndexOf(' ') + 1);
        if (h.provenance().rule().startsWith(DESCRIBED) && namedPosts
            .getOrDefault(h.person(), Set.of()).stream()
            .anyMatch(r -> (" " + r + " ").contains(" " + head + " "))) {
          continue; // "The minister said" of one named "minister for children": told already
        }
        keep(unique,
            "H|" + h.person() + "|" + h.role() + "|" + h.organization() + "|" + h.modality(), h);
      } else if (f instanceof Fact.Joining j) {
        keep(unique, "J|" + j.person() + "|" + j.organization() + "|" + j.modality(), j);
      } else if (f instanceof Fact.Event e) {
        if (e.date().isEmpty()) {
          continue; // an event is what happened on a day; the person's fact says the rest
        }
        String key = e.type() + "|" + e.date() + "|" + e.modality();
        Fact.Event prev = events.get(key);
        if (prev == null) {
          events.put(key, e);
        } else {
          List<String> parts = new ArrayList<>(prev.participants());
          e.participants().stream().filter(p -> !parts.contains(p)).forEach(parts::add);
          events.put(key, new Fact.Event(prev.type(), prev.date(), parts,
              prev.organization().or(e::organization), prev.modality(), prev.provenance()));
        }
      }
    }
    List<Fact> out = new ArrayList<>(unique.values());
    out.addAll(partiesLeft(unique.values(), orgs, tagged));
    out.addAll(events.values());
    out.addAll(defections(out, events.values(), orgs));
    out.removeIf(f -> f instanceof Fact.Event e && retold(e, out));
    return out;
  }

  /**
   * Whether {@code e}, told by a headline ("Three Labour rebels defect to the Greens"), is told
   * again in the story with a day of its own: the headline's day is only the story's.
   */
  private static boolean retold(Fact.Event e, List<Fact> facts) {
    // every participant, or an event the story told on the headline's day too would go with it
    return headline(e.provenance().sentence()) && !e.participants().isEmpty()
        && e.participants().stream().allMatch(p -> facts.stream().anyMatch(f ->
            f instanceof Fact.Event o && o != e && o.type() == e.type()
                && o.modality() == e.modality() && !headline(o.provenance().sentence())
                && !o.date().equals(e.date()) && o.participants().contains(p)));
  }

  /**
   * A person who defected or crossed the floor to a party left the party the story gave them
   * ("X, the Conservative MP for Y, crossed the floor to Labour", or one they joined before), on
   * the day of the move, unless the story already says what they left.
   */
  private static List<Fact> partiesLeft(java.util.Collection<Fact> facts,
      Map<String, Organization> orgs, Map<String, Organization> tagged) {
    List<Fact> out = new ArrayList<>();
    Set<String> leavers = new LinkedHashSet<>();
    for (Fact f : facts) {
      if (!(f instanceof Fact.Joining j) || j.modality() != Modality.ASSERTED
          || !(j.provenance().rule().equals("defect-verb")
              || j.provenance().rule().equals("join-verb"))
          || !isParty(orgs.get(j.organization()))
          || facts.stream().anyMatch(g -> g instanceof Fact.Resignation r
              && r.person().equals(j.person()) && r.modality() == Modality.ASSERTED
              && r.organization().map(o -> partyOrGroup(orgs.get(o))).orElse(false))
          || leavers.contains(j.person())) {
        continue; // one party left per person
      }
      partyOf(j.person(), j.organization(), j.date(), facts, orgs)
          .or(() -> Optional.ofNullable(tagged.get(j.person()))
              .filter(p -> !p.key().equals(j.organization()))
              .map(p -> {
                orgs.putIfAbsent(p.key(), p);
                return p.key();
              }))
          .ifPresent(old -> {
            leavers.add(j.person());
            out.add(new Fact.Resignation(j.person(), Optional.of(old), j.date(),
                Modality.ASSERTED, new Provenance(j.provenance().sentence(),
                    j.provenance().start(), j.provenance().end(), "defection-left-party",
                    Math.min(j.provenance().confidence(), 0.6))));
          });
    }
    return out;
  }

  /**
   * The US party each person's tag names ("Rep. X (D-Nashua)", "Sen. Y, R-Ohio,"), by person
   * key.
   */
  private Map<String, Organization> taggedParties(List<Sentence> sentences,
      List<List<Mention>> mentions) {
    Map<String, Organization> out = new LinkedHashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      List<org.polkg.nlp.Token> toks = sentences.get(i).tokens();
      for (Mention m : mentions.get(i)) {
        if (m.kind != Mention.Kind.PERSON || m.entities.size() != 1 || m.end >= toks.size()) {
          continue;
        }
        String tag = Clause.isPartyTag(toks.get(m.end)) ? toks.get(m.end).text().substring(1)
            : toks.get(m.end).text().equals(",") && m.end + 1 < toks.size()
                && Clause.isBarePartyTag(toks.get(m.end + 1).text())
                ? toks.get(m.end + 1).text() : "";
        String id = tag.startsWith("D-") ? "democratic-party-us"
            : tag.startsWith("R-") ? "republican-party-us" : "";
        lexicon.organisation(id).ifPresent(e -> out.putIfAbsent(m.entities.get(0),
            new Organization("org/" + e.id(), e.name(), e.type(), e.country(), Set.of())));
      }
    }
    return out;
  }

  /**
   * The party the story gives {@code person} other than {@code except}: a post in it, else a
   * membership begun before {@code until} ("a man who became a member of the UCP in 2017").
   */
  private static Optional<String> partyOf(String person, String except,
      Optional<LocalDate> until, java.util.Collection<Fact> facts,
      Map<String, Organization> orgs) {
    java.util.function.Predicate<String> other = o -> !o.equals(except) && isParty(orgs.get(o));
    return facts.stream().filter(g -> g instanceof Fact.RoleHolding h
            && h.person().equals(person) && h.modality() == Modality.ASSERTED
            && h.organization().filter(other).isPresent())
        .map(g -> ((Fact.RoleHolding) g).organization().get()).findFirst()
        .or(() -> facts.stream().filter(g -> g instanceof Fact.Joining e
                && e.person().equals(person) && e.modality() == Modality.ASSERTED
                && other.test(e.organization()) && (e.date().isEmpty()
                    || until.isPresent() && e.date().get().isBefore(until.get())))
            .map(g -> ((Fact.Joining) g).organization()).findFirst());
  }

  /**
   * Floor-crossings told with no party ("X crossed the floor"): the party the story gives the
   * person, else nothing (a departure from nothing named says too little).
   */
  private static List<Fact> floorCrossings(List<Fact> facts, Map<String, Organization> orgs) {
    List<Fact> out = new ArrayList<>();
    for (Fact f : facts) {
      if (f instanceof Fact.Resignation r && r.organization().isEmpty()
          && r.provenance().rule().equals(FactRules.CROSSED_FLOOR)) {
        partyOf(r.person(), "", r.date(), facts, orgs).ifPresent(p -> out.add(
            new Fact.Resignation(r.person(), Optional.of(p), r.date(), r.modality(),
                r.provenance())));
      } else {
        out.add(f);
      }
    }
    return out;
  }

  /** Kinds of institution a post can name: "police chief", "school superintendent". */
  private static final Set<String> INSTITUTION_WORDS = Set.of("police", "fire", "school",
      "hospital", "university", "college", "bank", "museum", "airport", "port", "library");

  /**
   * Whether an employer named {@code employer} can be the one of a post named {@code role}: the
   * kind of institution the post names, if any, is a word of the employer's name ("Phoenix
   * Police Department" for a police chief, not the "Law Enforcement Association" named more
   * often).
   */
  private static boolean namesKind(String role, String employer) {
    Set<String> words = Set.of(employer.toLowerCase(java.util.Locale.ROOT).split("\\W+"));
    List<String> kinds = java.util.Arrays.stream(role.split(" "))
        .filter(INSTITUTION_WORDS::contains).toList();
    // not the "Police Officers Association": staff's own bodies employ no police chief
    return words.containsAll(kinds) && (kinds.isEmpty() || !STAFF_BODY.matcher(employer).find());
  }

  /** Bodies of an institution's staff rather than the institution: unions, associations. */
  private static final java.util.regex.Pattern STAFF_BODY =
      java.util.regex.Pattern.compile("(Association|Union|Federation|Guild|Society)$");

  /**
   * Resignations in the first two sentences that name no organisation, by one the story gives
   * a post outside parties, governments and chambers ("chief executive", "police chief"): the
   * organisation the whole story names most, when it names one.
   */
  private List<Fact> ledeEmployers(List<Fact> facts, Optional<String> employer,
      Map<String, Organization> orgs, int ledeEnd) {
    if (employer.isEmpty()) {
      return facts;
    }
    List<Fact> out = new ArrayList<>();
    for (Fact f : facts) {
      if (f instanceof Fact.Resignation r && r.organization().isEmpty()
          && r.modality() == Modality.ASSERTED && r.provenance().start() < ledeEnd
          && r.provenance().rule().equals("resign-verb-no-object")
          && facts.stream().anyMatch(g -> g instanceof Fact.RoleHolding h
              && h.person().equals(r.person()) && h.modality() == Modality.ASSERTED
              && h.organization().isEmpty() && employeePost(h.role())
              && namesKind(h.role(), orgs.get(employer.get()).name()))
          && facts.stream().noneMatch(g -> g instanceof Fact.RoleHolding h
              && h.person().equals(r.person()) && !employeePost(h.role()))
          // not the body joined in the same sentence ("left to become COO at Northgate")
          && facts.stream().noneMatch(g -> g instanceof Fact.Joining j
              && j.person().equals(r.person()) && j.organization().equals(employer.get())
              && j.provenance().start() == r.provenance().start())
          // nor the one named where the post to come is ("quit to become news director at
          // rival broadcaster Harbourline Television")
          && facts.stream().noneMatch(g -> g instanceof Fact.RoleHolding h
              && h.person().equals(r.person())
              && h.provenance().rule().startsWith("role-left-to-become")
              && h.provenance().start() == r.provenance().start()
              && r.provenance().sentence().contains(orgs.get(employer.get()).name()))) {
        out.add(new Fact.Resignation(r.person(), employer, r.date(), r.modality(),
            new Provenance(r.provenance().sentence(), r.provenance().start(),
                r.provenance().end(), "resign-lede-employer", 0.5)));
      } else {
        out.add(f);
      }
    }
    return out;
  }

  /** The name of an executive's office: "the mayor's office", "Office of the Governor". */
  private static final java.util.regex.Pattern EXECUTIVE_OFFICE = java.util.regex.Pattern
      .compile("(?i)(the )?(mayor|governor)'s office|office of the (mayor|governor)");

  /**
   * Resignations that name no organisation, by a deputy mayor (a mayor pro tem) or governor
   * or one of their staff ("Deputy Mayor X resigned"): the one mayor's or governor's office
   * the story names; and those (with none or one only guessed from the lede) by the holder of a
   * staff post whose own office the story names ("Sheriff X resigned" beside "the Kettle County
   * Sheriff's Office"): that office.
   */
  private List<Fact> executiveOffices(List<Fact> facts, Map<String, Organization> orgs) {
    List<String> offices = orgs.values().stream()
        .filter(o -> EXECUTIVE_OFFICE.matcher(o.name()).matches()).map(Organization::key)
        .toList();
    List<Fact> out = new ArrayList<>();
    for (Fact f : facts) {
      Optional<String> office = Optional.empty();
      if (f instanceof Fact.Resignation r && r.modality() == Modality.ASSERTED
          && (r.organization().isEmpty() && r.provenance().rule().equals("resign-verb-no-object")
              || r.provenance().rule().equals("resign-lede-employer"))) {
        List<String> titles = facts.stream().filter(g -> g instanceof Fact.RoleHolding h
                && h.person().equals(r.person()) && h.modality() == Modality.ASSERTED)
            .map(g -> ((Fact.RoleHolding) g).role()).toList();
        // "Sheriff X resigned" in a story naming "the Kettle County Sheriff's Office": the
        // office of the post the person held
        office = titles.stream().filter(this::employeePost).map(t -> ownOffice(orgs, t))
            .flatMap(Optional::stream).findFirst(); // not "senator": a chamber's member
        boolean staff = r.organization().isEmpty() && titles.stream().anyMatch(t ->
            t.startsWith("mayor pro tem") || t.startsWith("deputy governor")
                || FactRules.PRIVATE_STAFF_WORDS.contains(t.substring(t.lastIndexOf(' ') + 1)));
        if (office.isEmpty() && staff && offices.size() == 1) {
          office = Optional.of(offices.get(0));
        }
      }
      if (office.isPresent()) {
        Fact.Resignation r = (Fact.Resignation) f;
        out.add(new Fact.Resignation(r.person(), office, r.date(),
            r.modality(), new Provenance(r.provenance().sentence(), r.provenance().start(),
                r.provenance().end(), "resign-executive-office", 0.55)));
      } else {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * The one organisation the story names as the office of {@code title} ("Sheriff's Office"),
   * not a mayor's or governor's.
   */
  private static Optional<String> ownOffice(Map<String, Organization> orgs, String title) {
    String suffix = title.toLowerCase(java.util.Locale.ROOT) + "'s office";
    if (EXECUTIVE_OFFICE.matcher("the " + suffix).matches()) {
      return Optional.empty(); // a mayor or governor leaves the post, not the staff's office
    }
    List<String> named = orgs.values().stream()
        .filter(o -> o.name().toLowerCase(java.util.Locale.ROOT).endsWith(suffix))
        .map(Organization::key).distinct().toList();
    return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
  }

  /**
   * Whether a post is held outside parties, governments and chambers ("interim chief
   * executive").
   */
  private boolean employeePost(String label) {
    String[] words = label.split(" ");
    for (int i = 0; i < words.length; i++) {
      Optional<Lexicon.RoleEntry> e =
          lexicon.role(String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)));
      if (e.isPresent()) {
        return e.get().kind() == Lexicon.RoleKind.OTHER;
      }
    }
    return false;
  }

  /**
   * Resignations with no organisation whose sentence gives the person a post in one other than
   * a party ("Council Member X of the Y City Council resigned"): the organisation of that post.
   */
  private static List<Fact> postsLeft(List<Fact> facts, Map<String, Organization> orgs) {
    List<Fact> out = new ArrayList<>();
    for (Fact f : facts) {
      if (f instanceof Fact.Resignation r && r.organization().isEmpty()
          && r.modality() == Modality.ASSERTED) {
        List<String> posts = facts.stream().filter(g -> g instanceof Fact.RoleHolding h
                && h.person().equals(r.person()) && h.modality() == Modality.ASSERTED
                && h.organization().isPresent()
                && !FactRules.takenAfter(h, r.provenance().sentence())
                && h.provenance().sentence().equals(r.provenance().sentence())
                && !isParty(orgs.get(h.organization().get()))
                && !postNotSeat(orgs.get(h.organization().get()), r))
            .map(g -> ((Fact.RoleHolding) g).organization().get()).distinct().toList();
        if (posts.isEmpty()) {
          posts = facts.stream().filter(g -> g instanceof Fact.RoleHolding h
                  && h.person().equals(r.person()) && h.modality() == Modality.ASSERTED
                  && h.organization().isPresent()
                  && !FactRules.takenAfter(h, r.provenance().sentence())
                  && elsewhereLeft(orgs.get(h.organization().get()), r))
              .map(g -> ((Fact.RoleHolding) g).organization().get()).distinct().toList();
        }
        if (posts.size() == 1) {
          out.add(new Fact.Resignation(r.person(), Optional.of(posts.get(0)), r.date(),
              r.modality(), r.provenance()));
          continue;
        }
      }
      out.add(f);
    }
    return out;
  }

  /**
   * Whether a resignation that names no organisation can have left {@code o}, a post its person
   * holds in another sentence: not a party or group, and a parliament only when the seat is
   * what was given up.
   */
  private static boolean elsewhereLeft(Organization o, Fact.Resignation r) {
    return o != null && !o.type().partisan() && (o.type() != OrgType.PARLIAMENT
        || SEAT.matcher(r.provenance().sentence()).find());
  }

  private static final java.util.regex.Pattern SEAT =
      java.util.regex.Pattern.compile("\\bseat\\b");

  private static final java.util.regex.Pattern POST_LEFT = java.util.regex.Pattern.compile(
      "\\b(?:resigned|quit|relinquished|vacated|gave up|stepped down from) the "
          + "(?:post|position|role|job)\\b");

  /**
   * Whether {@code o} is a parliament while the resignation's sentence says a post was left
   * ("Sen. X (R-Kan.), who resigned the post on Monday"): a post, not the seat.
   */
  private static boolean postNotSeat(Organization o, Fact.Resignation r) {
    if (o == null || o.type() != OrgType.PARLIAMENT) {
      return false;
    }
    String sentence = r.provenance().sentence();
    java.util.regex.Matcher m = POST_LEFT.matcher(sentence);
    while (m.find()) {
      // the person's own leaving: "who quit the post", "Sen. X stepped down from the post"; not
      // "a week after her chief of staff quit the job"
      String before = sentence.substring(Math.max(0, m.start() - 60), m.start())
          .toLowerCase(java.util.Locale.ROOT);
      if (before.endsWith("who ") || java.util.Arrays.stream(
              r.person().substring(r.person().indexOf('/') + 1).split("-"))
          .anyMatch(w -> w.length() > 2 && before.contains(w))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isParty(Organization o) {
    return o != null && o.type() == OrgType.POLITICAL_PARTY;
  }

  /**
   * A person who left one organisation and joined another in the same story defected: one
   * Defection event on the day of the joining, unless a defection verb already gave one.
   */
  private static List<Fact> defections(java.util.Collection<Fact> facts,
      java.util.Collection<Fact.Event> events, Map<String, Organization> orgs) {
    List<Fact> out = new ArrayList<>();
    for (Fact f : facts) {
      if (!(f instanceof Fact.Joining j) || j.modality() != Modality.ASSERTED
          || j.date().isEmpty() || !partyOrGroup(orgs.get(j.organization()))) {
        continue; // a seat on a committee is no defection
      }
      boolean left = facts.stream().anyMatch(g -> g instanceof Fact.Resignation r
          && r.person().equals(j.person()) && r.modality() == Modality.ASSERTED
          && r.organization().isPresent() && !r.organization().get().equals(j.organization())
          && partyOrGroup(orgs.get(r.organization().get())));
      boolean known = events.stream().anyMatch(e -> e.type() == EventType.DEFECTION
          && e.participants().contains(j.person()) && (e.date().equals(j.date())
              || !headline(e.provenance().sentence()) || headline(j.provenance().sentence())));
      boolean told = out.stream().anyMatch(e -> e instanceof Fact.Event d
          && d.participants().contains(j.person()) && d.date().equals(j.date()));
      if (left && !known && !told) {
        out.add(new Fact.Event(EventType.DEFECTION, j.date(), List.of(j.person()),
            Optional.of(j.organization()), Modality.ASSERTED,
            new Provenance(j.provenance().sentence(), j.provenance().start(),
                j.provenance().end(), "defection-left-and-joined",
                Math.min(j.provenance().confidence(), 0.8))));
      }
    }
    return out;
  }

  /** Whether {@code o} is a government or a cabinet, which stories name both ways. */
  private static boolean governmental(Organization o) {
    return o != null && (o.type() == OrgType.GOVERNMENT || o.type() == OrgType.CABINET);
  }

  /** Leaving a party or group for another is defecting; leaving a committee is not. */
  private static boolean partyOrGroup(Organization o) {
    return o == null || o.type().partisan();
  }

  private static void keep(Map<String, Fact> unique, String key, Fact f) {
    Fact prev = unique.get(key);
    if (prev == null || f.provenance().confidence() > prev.provenance().confidence()
            // not "X is the second minister to leave the government this year" over "X
            // resigned on Tuesday": a day told is kept
            && !(dateOf(prev).isPresent() && dateOf(f).isEmpty())
        || dateOf(prev).isEmpty() && dateOf(f).isPresent()
        // "Three Labour rebels defect to the Greens" over the story's "announced on Friday that
        // they had quit Labour and joined the Green Party": a headline's day is only the story's
        || dateOf(f).isPresent() && !dateOf(f).equals(dateOf(prev))
            && headline(prev.provenance().sentence()) && !headline(f.provenance().sentence())) {
      unique.put(key, f); // "X has resigned from the party. ... She left on Monday": the day
    }
  }

  /** Whether a sentence is a headline: no full stop, question or exclamation mark ends it. */
  private static boolean headline(String sentence) {
    return !sentence.strip().matches("(?s).*[.!?][\"'\u201D\u2019)]*");
  }

  /**
   * Whether the sentence's days are all those on which something was reported ("..., the firm
   * said this morning", "confirmed on Monday"): a day that dates the telling, not the deed.
   */
  private static boolean reportedOn(Sentence s, List<DateFinder.DateMention> dates) {
    return !dates.isEmpty() && dates.stream().allMatch(d -> reported(s, d));
  }

  /**
   * Whether a verb in the past ("had" and a participle, or a past tense) comes between {@code
   * from} and the day {@code d}, with no comma after it: "that X had resigned with immediate
   * effect on Sunday evening", "that she quit on Friday"; not "that she intends to step down".
   */
  private static boolean pastPerfectBefore(Sentence s, int from, DateFinder.DateMention d) {
    for (int k = from; k + 1 < d.start(); k++) {
      Token t = s.tokens().get(k);
      int verb = t.lower().equals("had") && s.tokens().get(k + 1).pos().equals("VBN") ? k + 1
          : t.pos().equals("VBD") && !REPORTING.contains(t.lower()) ? k : -1;
      if (verb > 0) {
        return s.tokens().subList(verb, d.start()).stream().noneMatch(w -> w.text().equals(","));
      }
    }
    return false;
  }

  /**
   * Whether a word between {@code from} and {@code to} puts what follows elsewhere or ahead
   * ("which", "would", "to step down"); "to" only before a verb, not "had written to the Prime
   * Minister on Monday".
   */
  private static boolean asideBetween(Sentence s, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = s.token(k).lower();
      if (ASIDES.contains(w) && (!w.equals("to") || k + 1 < s.size()
          && s.token(k + 1).pos().equals("VB"))) {
        return true;
      }
    }
    return false;
  }

  /** "said this morning", "confirmed on Monday", "said in a statement this morning". */
  private static boolean reported(Sentence s, DateFinder.DateMention d) {
    for (int k = d.start() - 1; k >= 0 && k >= d.start() - 5; k--) {
      if (REPORTING.contains(s.tokens().get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /** The day a resignation or joining took place, when the fact has one. */
  private static Optional<LocalDate> dateOf(Fact f) {
    return f instanceof Fact.Resignation r ? r.date()
        : f instanceof Fact.Joining j ? j.date() : Optional.empty();
  }
}
