package org.polkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Lists;
import org.polkg.nlp.Token;

/**
 * The rules that turn one sentence's resolved mentions into facts: role titles and appositions,
 * and the resignation, joining and event triggers with their subject, object, date and modality.
 */
final class FactRules {
  /** Titles a writer signs with. */
  private static final Set<String> BYLINE_TITLES = ImmutableSet.of("editor", "correspondent",
      "reporter", "columnist", "writer");
  /** Nouns naming an event a lapse is counted from: "two days after the vote". */
  private static final ImmutableMap<String, EventType> EVENT_NOUNS =
      ImmutableMap.<String, EventType>builder()
          .put("vote", EventType.VOTE).put("ballot", EventType.VOTE)
          .put("meeting", EventType.MEETING)
          .put("election", EventType.ELECTION).put("by-election", EventType.ELECTION)
          .put("sacking", EventType.DISMISSAL).put("dismissal", EventType.DISMISSAL)
          .put("reshuffle", EventType.APPOINTMENT).put("shuffle", EventType.APPOINTMENT)
          .put("swearing-in", EventType.APPOINTMENT).put("appointment", EventType.APPOINTMENT)
          .put("suspension", EventType.SUSPENSION).put("defection", EventType.DEFECTION)
          .put("resignation", EventType.RESIGNATION).put("departure", EventType.RESIGNATION)
          .build();
  /** Words that look forward to what follows them: "until the June 1 elections". */
  /** Verbs of a candidate's result in an election: "won the Rangitīkei Coast by-election". */
  private static final Set<String> WON = ImmutableSet.of("won", "wins", "lost", "loses");
  private static final Set<String> AWAITING = ImmutableSet.of("before", "until", "ahead",
      "till", "towards");
  /** Words opening a clause that only dates another: "when he entered the cabinet". */
  private static final Set<String> TIME_CLAUSES = ImmutableSet.of("when", "since", "after",
      "before", "until", "once");
  /** Seats in a chamber, which one is sworn into: "sworn in as a senator". */
  private static final Set<String> SEATS = ImmutableSet.of("MP", "MEP", "TD", "MSP", "MLA",
      "MPP", "MLC", "MNA", "MHA", "MK", "MS", "senator", "state senator", "representative",
      "congressman", "congresswoman", "assemblyman", "peer", "councillor", "lawmaker",
      "member of the bundestag", "deputy");
  /** Whether a role's label is a legislator's seat: "MP", "senator", "member of the Storting". */
  private boolean seat(String label) {
    return SEATS.contains(label) || lex.role(label).filter(r -> r.label().equals("MP")).isPresent();
  }

  /** Prepositions whose object is no clause's subject: "the good news for Lowe is". */
  private static final Set<String> OBJECT_PREPOSITIONS = ImmutableSet.of("for", "of", "to",
      "with", "from", "about", "by", "against", "into", "than");

  /** Verbs of taking a post in someone's place: "She replaces X, who resigned". */
  private static final Set<String> SUCCEEDING = ImmutableSet.of("replaces", "replaced",
      "replacing", "succeeds", "succeeded", "succeeding");
  /** Verbs of leaving a room in protest: "walked out of the chamber". */
  private static final Set<String> WALKING_OUT = ImmutableSet.of("walked", "walks", "walking",
      "stormed", "storms", "storming");
  /** Forms of "leave", whose "the chamber" is the room: "left the chamber before the vote". */
  private static final Set<String> FORMS_OF_LEAVE = ImmutableSet.of("leave", "leaves", "left",
      "leaving");
  /** Nouns naming a departure that open "The resignation came a day after ...". */
  private static final Set<String> DEPARTURE_NOUNS = ImmutableSet.of("resignation",
      "resignations", "departure", "departures", "exit", "exits", "walkout");
  /** Words opening "The resignation came ...", "Her departure came ...". */
  private static final Set<String> POSSESSIVES_OR_THE = ImmutableSet.of("the", "her", "his",
      "their", "its");
  /** Words before "the vote" that make it a point in time or a whole: "after the vote". */
  private static final Set<String> VOTE_FRAMES = ImmutableSet.of("after", "before", "since",
      "of", "until", "ahead");
  /** Ordinals and the like that count those who left: "the third coach to leave". */
  private static final Set<String> COUNTING = ImmutableSet.of("first", "second", "third",
      "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latest", "last");
  /** Whether "the second minister to", "the third coach to" ends just before {@code i}. */
  private static boolean countingBefore(Clause c, int i) {
    if (i < 3 || !c.token(i - 1).lower().equals("to")) {
      return false;
    }
    for (int k = i - 2; k >= 0 && k >= i - 4; k--) {
      if (COUNTING.contains(c.token(k).lower())) {
        return true;
      }
      if (!c.token(k).pos().startsWith("NN") && !c.token(k).pos().startsWith("JJ")) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> COPULAS = ImmutableSet.of("is", "was", "became", "becomes",
      "become", "remain", "remains", "remained", "been", "be", "as", "named", "appointed",
      "elected", "declared", "re-elected", "reelected", "reappointed", "re-appointed");
  /** Verbs a vote's tally follows: "voted 6-1", "approved her 17-5". */
  private static final Set<String> TALLY_VERBS = ImmutableSet.of("voted", "approved",
      "advanced", "endorsed", "confirmed", "adopted", "backed", "rejected", "elected", "chose");
  /** Indefinite articles: "became an SNP member". */
  private static final Set<String> INDEFINITE = ImmutableSet.of("a", "an");
  /** Adjectives that open a time after a noun: "became a Republican last May". */
  private static final Set<String> PAST_TIME_ADJECTIVES = ImmutableSet.of("last", "earlier",
      "early", "late");
  /** What a vote carries or defeats: "the motion was carried". */
  private static final Set<String> VOTED_ON = ImmutableSet.of("motion", "motions", "bill",
      "bills", "amendment", "amendments", "budget", "resolution", "spill", "legislation",
      "measure", "proposal", "censure");
  /** Bodies one is given a seat on: "appointed to the planning committee". */
  private static final java.util.regex.Pattern SEAT_BODY = java.util.regex.Pattern.compile(
      "(?i)\\b(committee|subcommittee|board|panel|commission|caucus|shadow cabinet|council)\\b");
  /** Votes that give those voted for a seat on a body: "voted X on to the board". */
  private static final Set<String> SEATING_VOTES = ImmutableSet.of("voted", "elected",
      "elects", "votes");
  /** Verbs of a seat given on a body: "appointed to the board of X", "added to the committee". */
  static final Set<String> GIVEN_SEAT =
      ImmutableSet.of("appointed", "named", "added", "co-opted", "brought");
  /** Posts one holds under someone, told with the owner: "dismissed his deputy, X". */
  private static final Set<String> OWNED_POSTS = ImmutableSet.of("deputy", "aide", "adviser",
      "advisor", "assistant", "spokesman", "spokeswoman", "spokesperson", "secretary");
  /** Prepositions before where a seat is taken: "took her seat on the board". */
  private static final Set<String> SEAT_PLACES = ImmutableSet.of("on", "at", "in", "with",
      "alongside", "beside", "among");
  /** Nouns for the one who takes over a post: "her successor as chief whip, X,". */
  private static final Set<String> SUCCESSORS = ImmutableSet.of("successor", "replacement");
  /**
   * Auxiliaries of the perfect, "had" too: "Calderbridge Town have parted ways with" (unlike
   * {@link #PERFECT}, which tells a post held now).
   */
  private static final Set<String> HAVE = ImmutableSet.of("has", "have", "had");
  private static final Set<String> MODALS =
      ImmutableSet.of("would", "will", "could", "may", "might", "shall", "'ll", "should");
  /** Words for a kind of member before the party: "a card-carrying Labor member". */
  private static final Set<String> MEMBER_KINDS = ImmutableSet.of("card-carrying", "paid-up",
      "fully-fledged", "full");
  /** Conjunctions that set a copula's clause in the past: "while he was a deputy mayor". */
  private static final Set<String> PAST_CLAUSE = ImmutableSet.of("while", "when", "until",
      "before");
  /**
   * The chamber of Congress a member's title names when a party tag with a state follows the
   * name ("Rep. X (D-Calif.)"): state legislators are written "state Rep." instead.
   */
  private static final java.util.Map<String, String> CONGRESS = java.util.Map.of(
      "senator", "us-senate", "representative", "us-house");
  /** Words that name a chamber of Congress in a story, by its members' title. */
  private static final java.util.Map<String, Set<String>> CONGRESS_WORDS = java.util.Map.of(
      "senator", ImmutableSet.of("Senate", "Congress"),
      "representative", ImmutableSet.of("House", "Congress"));
  /** Weak departure verbs whose object may be the post itself: "gave up the chair". */
  private static final Set<String> GIVING_UP = ImmutableSet.of("give", "gives", "gave", "giving",
      "given", "relinquish", "relinquishes", "relinquished", "relinquishing", "vacate", "vacates",
      "vacated", "vacating", "surrender", "surrenders", "surrendered", "surrendering");
  /** Words after "leaving X" that say what X was left with, not that someone left it. */
  private static final Set<String> LEFT_WITH = ImmutableSet.of("with", "without", "one", "two",
      "three", "short", "a", "an", "reliant", "dependent", "needing", "facing");
  /** Verbs of leaving that may name where the leaver went after "for". */
  private static final Set<String> LEAVING_VERBS = ImmutableSet.of("left", "leaves", "leave",
      "leaving", "quit", "quits", "quitting", "abandoned", "abandons", "deserted", "deserts",
      "ditched", "ditches");
  /** Verbs that make their holder what follows "to": "was promoted to rail minister". */
  private static final Set<String> PROMOTED = ImmutableSet.of("promoted", "elevated", "demoted",
      "moved", "switched", "returned", "restored");
  /** Verbs that make "resigned to" an adjective: "seemed resigned to defeat". */
  private static final Set<String> LINKING = ImmutableSet.of("seemed", "seems", "seem", "looked",
      "looks", "look", "appeared", "appears", "was", "is", "were", "are", "be", "been", "became",
      "remains", "remained", "sounded", "grown", "grew", "felt", "feels");
  private static final Set<String> SERVE_VERBS = ImmutableSet.of("serve", "serves", "served",
      "serving", "stay", "stays", "stayed", "staying", "remain", "remains", "remained",
      "remaining", "continue", "continues", "continued", "continuing", "carry", "carries",
      "carried", "carrying", "sit", "sits", "sat", "sitting", "returned", "act", "acts", "acted",
      "acting");
  /**
   * Verbs of giving one's resignation to someone: "handed the president her resignation";
   * "offered" only when no word after it turns the offer down (see {@link #TURNED_DOWN}).
   */
  private static final Set<String> GIVING_VERBS = ImmutableSet.of("handed", "hands", "tendered",
      "tenders", "submitted", "submits", "sent", "delivered", "gave", "gives", "presented",
      "confirmed", "confirms", "announced", "announces", "offered", "offers");
  /** Nouns of bodies that have chairs of their own: "the committee's chair". */
  private static final Set<String> CHAIRED_BODIES = ImmutableSet.of("committee", "subcommittee",
      "board", "caucus", "commission", "panel", "trust", "authority", "conference");
  /** Words after an offered resignation that say it was not taken: "but was asked to stay". */
  private static final Set<String> TURNED_DOWN = ImmutableSet.of("but", "refused", "declined",
      "rejected", "persuaded", "stay", "talked");

  /** Words that may follow "followed" when it means "did the same": a time, or the end. */
  private static final Set<String> FOLLOWED_BY = ImmutableSet.of(".", ",", ";", ":", "on", "that",
      "later", "shortly", "soon", "within", "hours", "days", "minutes", "the", "in", "suit",
      "and", "last", "yesterday", "today", "this", "weeks");

  private static final Set<String> OBJECT_PRONOUNS = ImmutableSet.of("him", "her", "them");

  /** Nouns for the posts one is handed: "handed the economy brief to X". */
  private static final Set<String> HANDED_POSTS = ImmutableSet.of("brief", "briefs", "job",
      "post", "portfolio", "portfolios", "responsibilities", "duties", "vacancy", "position",
      "role", "gavel", "captaincy", "delegations");
  /** Verbs of holding a post over a body, and the post: "who chairs the committee". */
  private static final java.util.Map<String, String> LEADING_VERBS = java.util.Map.of(
      "leads", "leader", "chairs", "chairman", "heads", "head", "convenes", "convener",
      "co-chairs", "chairman", "co-leads", "co-leader");
  /**
   * Chairs of {@link #LEADING_VERBS} as participles after "has": "who has chaired it since 2019"
   * ("has led" is as often a deed as a post: "has led the team to three titles").
   */
  private static final java.util.Map<String, String> LEADING_PARTICIPLES = java.util.Map.of(
      "chaired", "chairman", "convened", "convener");
  private static final Set<String> PERFECT = ImmutableSet.of("has", "have");
  /** Pronouns that are a clause's subject: "He chairs the committee". */
  private static final Set<String> SUBJECT_PRONOUNS = ImmutableSet.of("he", "she");
  /** Heads of a region's government and their deputies: their post is in that government. */
  private static final Set<String> REGIONAL_HEADS = ImmutableSet.of("premier", "deputy premier",
      "first minister", "deputy first minister", "chief minister", "minister-president",
      "deputy minister-president", "governor");
  /** Participles before "by" that give the post of the one named: "the party, led by X". */
  private static final java.util.Map<String, String> LED_BY = java.util.Map.of(
      "led", "leader", "chaired", "chairman", "headed", "head", "convened", "convener");
  /** What a body votes on: a score "6-5" in their sentence is a tally of votes. */
  private static final Set<String> MOTIONS = ImmutableSet.of("motion", "motions", "bill",
      "resolution", "amendment", "ordinance");
  /**
   * Ranks after a party's name: "returns to the Liberal backbench" is a minister's move inside
   * the party ("moved to the Liberal benches" is a move into it).
   */
  private static final Set<String> BENCH_WORDS = ImmutableSet.of("backbench", "backbenches",
      "frontbench", "front");
  /** The rule of a floor-crossing whose party the extractor fills in from the person's posts. */
  static final String CROSSED_FLOOR = "cross-floor-party";
  /** Common nouns for a body of its own that a party's name can modify. */
  private static final Set<String> BODY_NOUNS = ImmutableSet.of("association", "branch",
      "committee", "council", "foundation", "office", "board", "executive", "society",
      "federation", "wing", "club", "chapter");
  /** Chambers whose name may open a title: "House Speaker", "Senate Majority Leader". */
  private static final Set<String> TITLE_CHAMBERS = ImmutableSet.of("House", "Senate",
      "Assembly", "Landtag", "Bundestag", "Sejm", "Riksdag", "Knesset", "Storting");
  /** Titles of a chamber's presiding officers: "Senate President X". */
  private static final Set<String> PRESIDING = ImmutableSet.of("president", "vice president",
      "deputy president");
  private static final Set<String> DETERMINERS = ImmutableSet.of("the", "a", "an", "its", "his",
      "her", "their", "another", "new", "current", "then", "fellow", "veteran", "senior");

  private final Lexicon lex;
  private final EntityResolver resolver;
  /** The facts of the article's earlier sentences, while {@link #apply} runs. */
  private List<Fact> earlier = List.of();
  /** The sentence {@link #apply} was given before the one it is given, or null. */
  private Clause previous;
  private final Optional<String> country;
  /** The government the article is about: its region's or its country's. */
  private final Optional<Lexicon.OrgEntry> government;
  private final Optional<LocalDate> published;
  /** The words the article is written with. */
  private final Set<String> written;

  FactRules(Lexicon lex, EntityResolver resolver, Optional<String> country,
      Optional<Lexicon.OrgEntry> government, Optional<LocalDate> published, Set<String> written) {
    this.lex = lex;
    this.resolver = resolver;
    this.country = country;
    this.government = government;
    this.published = published;
    this.written = ImmutableSet.copyOf(written);
  }

  List<Fact> apply(Clause c, List<DateFinder.DateMention> dates, Optional<LocalDate> date,
      boolean ownDate, List<Mention> before, List<Fact> earlier) {
    List<Fact> out = new ArrayList<>();
    this.earlier = earlier;
    if (byline(c)) {
      previous = c;
      return out; // "By Kirsty Munro, Scottish Political Editor": the writer, not the story
    }
    roles(c, before, out);
    ownedDeputy(c, before, out);
    out.addAll(Portfolios.find(c, dates));
    out.addAll(Portfolios.bracketed(c));
    out.addAll(Portfolios.given(c));
    out.addAll(Portfolios.onABasis(c, dates, () -> storyPosts(out)));
    heldSince(c, dates, out);
    // a vague time in a relative clause leaves the day only to triggers before that clause
    // (see triggers): seats and tallies stay undated
    Optional<LocalDate> strict = !ownDate && DateFinder.vagueTime(c.sentence.tokens(), dates, true)
        ? Optional.empty() : date;
    out.addAll(Seats.find(c, dates, strict));
    triggers(c, dates, date, ownDate, before, out);
    standInBasis(c, dates, out);
    askedAppointments(c, date, out);
    lostMembers(c, strict, out);
    tally(c, strict, out);
    previous = c;
    return out;
  }

  /**
   * "He was replaced on an interim basis by his deputy, X": X holds, as a stand-in, the post the
   * one replaced held ("interim chief executive"), in the same body, when the story has that one
   * leave.
   */
  private void standInBasis(Clause c, List<DateFinder.DateMention> dates, List<Fact> out) {
    for (int i = 4; i + 2 < c.size(); i++) {
      String kind = c.token(i - 1).lower();
      if (!c.token(i).lower().equals("basis") || !STAND_IN.contains(kind)
          || !c.token(i - 3).lower().equals("on") || !c.token(i + 1).lower().equals("by")
          || !c.token(i - 4).lower().equals("replaced")) {
        continue;
      }
      Mention who = objectPerson(c, i + 2);
      List<String> holders = who == null ? List.of() : c.members(who);
      List<String> replaced = c.subject(i - 4, dates);
      if (holders.isEmpty() || replaced.size() != 1 || holders.contains(replaced.get(0))
          || !replaced.get(0).startsWith("person/")) {
        continue;
      }
      String left = replaced.get(0);
      boolean leaving = latestFirst(out).stream().anyMatch(f -> f instanceof Fact.Resignation r
          && r.person().equals(left) && r.modality() == Modality.ASSERTED);
      Optional<Fact.RoleHolding> post = heldPost(out, left, h -> lex.role(h.role())
          .map(r -> r.kind() != Lexicon.RoleKind.LEGISLATURE).orElse(true)
          && STAND_IN.stream().noneMatch(w -> h.role().startsWith(w + " ")));
      if (!leaving || post.isEmpty()) {
        continue;
      }
      String label = (kind.equals("temporary") ? "acting" : kind) + " " + post.get().role();
      for (String p : holders) {
        out.add(new Fact.RoleHolding(p, label, post.get().organization(), c.modality(i - 4),
            prov(c, "role-stand-in", 0.65)));
      }
    }
  }

  /** The labels of the posts the story so far gives anyone, the latest first. */
  private List<String> storyPosts(List<Fact> out) {
    return latestFirst(out).stream().filter(f -> f instanceof Fact.RoleHolding h
            && h.modality() == Modality.ASSERTED)
        .map(f -> ((Fact.RoleHolding) f).role()).toList();
  }

  /**
   * Whether the "sit" at {@code sit} follows "would" in a clause that an earlier verb of the
   * sentence reports: "announced that they had resigned from the party and would sit as the X
   * Group" (where they sit is decided when it is said; not "would sit with them if ...").
   */
  private static boolean announcedSitting(Clause c, int sit) {
    if (sit < 2 || !c.token(sit - 1).lower().equals("would")) {
      return false;
    }
    for (int k = sit + 1; k < c.size(); k++) {
      if (LATER_CONDITIONS.contains(c.token(k).lower())) {
        return false;
      }
    }
    for (int k = sit - 2; k >= 0 && k >= sit - 20; k--) {
      if (c.token(k).lower().equals("whether") || c.token(k).lower().equals("if")) {
        return false; // "asked whether he would sit with Republicans"
      }
      if (Clause.REPORTING.contains(c.token(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /** Words that make a body's loss of members a defeat or a death, not a departure. */
  private static final Set<String> LOSS_CONTEXTS = ImmutableSet.of("election", "elections",
      "poll", "polls", "vote", "votes", "ballot", "seat", "seats", "by-election", "majority",
      "race", "contest", "defeat", "defeated", "died", "death", "deaths", "killed", "crash");

  /**
   * "Renew Europe lost three of its MEPs on Tuesday" (the three named in the next sentence): each
   * member the count stands for left the body; not a body's losses at an election.
   */
  private void lostMembers(Clause c, Optional<LocalDate> date, List<Fact> out) {
    for (int i = 1; i + 1 < c.size(); i++) {
      String w = c.token(i).lower();
      if (!w.equals("lost") && !w.equals("loses")) {
        continue;
      }
      if (c.sentence.tokens().stream().anyMatch(t -> LOSS_CONTEXTS.contains(t.lower()))) {
        return;
      }
      int k = i - 1; // "has now lost": past the auxiliary and adverbs
      while (k > 0 && (c.token(k).pos().startsWith("RB") || Tokens.isHave(c.token(k).lower()))) {
        k--;
      }
      Mention body = c.endingBefore(k + 1, Mention.Kind.ORG);
      Mention group = c.startingAt(i + 1, Mention.Kind.GROUP);
      // "three of its MEPs", "two of its members" (not "four members since the summer")
      boolean own = group != null && (group.text.contains(" of its ")
          || group.text.contains(" of their ") || c.mentions.stream().anyMatch(r ->
              r.kind == Mention.Kind.ROLE && r.start >= group.start && r.end <= group.end
                  && !"member".equals(r.roleLabel)));
      if (body == null || body.end != k + 1 || !body.resolved() || !own
          || wordWithin(c, "since", group.end, group.end + 3)) {
        continue;
      }
      Modality modality = c.modality(i);
      for (String p : c.members(group)) {
        if (p.startsWith("person/")) {
          out.add(new Fact.Resignation(p, Optional.of(body.entities.get(0)), date, modality,
              prov(c, "resign-lost-members", 0.6)));
        }
      }
    }
  }

  /**
   * "gave the bill a second reading by 312 votes to 251", "the motion was carried 29 votes to
   * 23": a count of votes is a vote held on the sentence's day (with none, the day the story
   * has reached: "MPs debated it on Tuesday. The amendment passed by 296 votes to 54"), by the
   * bodies it names.
   */
  private void tally(Clause c, Optional<LocalDate> date, List<Fact> out) {
    if (date.isEmpty() || out.stream().anyMatch(f -> f instanceof Fact.Event e
        && e.type() == EventType.VOTE)) {
      return;
    }
    boolean motion = c.sentence.tokens().stream().anyMatch(t -> MOTIONS.contains(t.lower()));
    for (int i = 0; i < c.size(); i++) {
      boolean votes = i + 3 < c.size() && c.token(i).pos().equals("CD")
          && c.token(i + 1).lower().equals("votes") && c.token(i + 2).lower().equals("to")
          && c.token(i + 3).pos().equals("CD");
      // "rejected the motion 6-5" (not a match's score: a motion must be named)
      boolean score = (motion || votedBefore(c, i))
          && c.token(i).text().matches("\\d{1,3}-\\d{1,3}");
      if (votes || score) {
        List<String> bodies = new ArrayList<>();
        c.mentions.stream().filter(m -> m.kind == Mention.Kind.ORG && m.resolved())
            .map(m -> m.entities.get(0)).filter(e -> !bodies.contains(e)).forEach(bodies::add);
        // "rejected the motion by 84 votes to 70": a refusal by vote is still a vote
        Modality said = c.modality(i);
        Modality modality = said == Modality.REFUSED ? Modality.ASSERTED : said;
        out.add(new Fact.Event(EventType.VOTE, date, bodies, Optional.empty(), modality,
            prov(c, "vote-tally", 0.7)));
        return;
      }
    }
  }

  /**
   * Whether a voting verb comes just before the tally at {@code i}, past its object: "voted
   * 6-1", "advanced the nomination 12-11", "approved her 17-5" (not "beat Leeds 2-1").
   */
  private static boolean votedBefore(Clause c, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
      if (TALLY_VERBS.contains(c.token(k).lower())) {
        return true;
      }
      if (c.token(k).text().equals(",") || c.token(k).pos().startsWith("VB")) {
        return false;
      }
    }
    return false;
  }

  private static boolean byline(Clause c) {
    boolean verbless = c.sentence.tokens().stream().noneMatch(t -> t.pos().startsWith("VB"));
    // "Owen Hartley, Political editor · Wed 8 Nov 2023", "Morag Kinnear, Holyrood Editor"
    boolean signed = c.sentence.tokens().stream().anyMatch(t -> t.text().equals("·")
        || BYLINE_TITLES.contains(t.lower()) && t.isCapitalized());
    return c.size() > 2 && verbless && (c.token(0).text().equals("By") || signed);
  }

  // ---------------------------------------------------------------- roles

  private void roles(Clause c, List<Mention> before, List<Fact> out) {
    java.util.Map<Mention, Mention> holderOf = new java.util.HashMap<>();
    java.util.Map<Mention, Mention> leftFor = new java.util.LinkedHashMap<>();
    List<Mention> unresolved = new ArrayList<>();
    Set<Mention> listed = new HashSet<>(); // titles given out one each ("respectively")
    for (Mention role : c.mentions) {
      if (role.kind != Mention.Kind.ROLE || role.formerRole || possessive(c, role)) {
        continue;
      }
      Mention person = null;
      String rule = null;
      Optional<Mention> explicitOrg = Optional.empty();
      // "Labour Party leader Jeremy Corbyn", "shadow chancellor John McDonnell"
      Mention after = c.startingAt(role.end, Mention.Kind.PERSON);
      Mention honorific = c.startingAt(role.end, Mention.Kind.ROLE);
      if (after == null && honorific != null && honorific.end == role.end + 1
          && lex.honorifics.containsKey(c.token(role.end).text())) {
        after = c.startingAt(honorific.end, Mention.Kind.PERSON); // "sport spokesperson Senator X"
      }
      if (after == null && honorific == null && role.end < c.size()
          && (c.token(role.end).lower().equals("at") || c.token(role.end).lower().equals("in"))) {
        // "Minister of State at the Department of Health Kieran Hession": past the title's body
        // (a department's, not "questioning the Taoiseach in the Dáil Mary Lou McDonald")
        after = orgOfPhrase(c, role.end).filter(o -> o.resolved()
                && !ofType(o.entities.get(0), OrgType.PARLIAMENT))
            .map(o -> c.startingAt(o.end, Mention.Kind.PERSON)).orElse(null);
      }
      // not "would judge Rebelo by his first hundred days": a verb after a modal (though "to"
      // may be a preposition: "handed the armband to captain X")
      boolean verb = role.end - role.start == 1 && !c.token(role.start).isCapitalized()
          && role.start > 0 && c.token(role.start - 1).pos().equals("MD");
      if (after != null && !verb) {
        person = after;
        rule = "role-title";
      }
      // "Bríd Kavanagh TD said": a legislator's title after the name
      Mention named = c.endingBefore(role.start, Mention.Kind.PERSON);
      if (person == null && named != null && named.end == role.start
          && MentionFinder.postNominalTitle(c.mentions, c.sentence.tokens(), role.start)) {
        person = named;
        rule = "role-post-nominal";
      }
      // "The North Antrim MLA was photographed ...": the person the description stands for
      Mention description = c.mentions.stream()
          .filter(m -> m.descriptionEnd >= role.end && m.start < role.start && m.resolved())
          .findFirst().orElse(null);
      // not "A spokesman for Ms Adeyemi said": a spokesperson a story leaves unnamed
      boolean unnamedSpeaker = description != null && role.role.label().endsWith("spokesperson")
          && INDEFINITE.contains(c.token(description.start).lower());
      // not "The proxy adviser, which has criticised X": a body, not a person
      unnamedSpeaker |= description != null && description.descriptionEnd + 1 < c.size()
          && c.token(description.descriptionEnd).text().equals(",")
          && c.token(description.descriptionEnd + 1).lower().equals("which");
      // not "The new finance minister is Sindre Fjellheim": a name the copula gives the post
      boolean namedByCopula = description != null && role.end + 1 < c.size()
          && c.token(role.end).lower().equals("is") && c.token(role.end + 1).isCapitalized()
          && c.token(role.end + 1).isProperNoun();
      if (person == null && description != null && !unnamedSpeaker && !namedByCopula) {
        person = description;
        rule = "role-description";
      }
      // "another Jewish MP, Louise Ellman", "the chief executive of Calder Freight, X,"
      int comma = orgOfPhrase(c, role.end).map(o -> apposedBodyEnd(c, o.end))
          .orElse(seatEnd(c, role.end));
      comma = placeOfPost(c, comma); // "group leader on the council, X,"
      comma = portfolioAfter(c, comma); // "the undersecretary for culture, X,"
      comma = describedBody(c, comma); // "the speaker of the regional council, X,"
      if (role.text.contains(" for ") && comma + 1 < c.size()
          && c.token(comma).lower().equals("and")) {
        int k = comma + 1; // "the minister for housing and urban agenda, X,"
        while (k < c.size() && k < comma + 5 && c.at(k) == null && !c.token(k).isCapitalized()
            && (c.token(k).pos().startsWith("NN") || c.token(k).pos().startsWith("JJ"))) {
          k++;
        }
        comma = k > comma + 1 ? k : comma;
      }
      if (person == null && comma + 1 < c.size() && (c.token(comma).text().equals(",")
              // "Three other League deputies - A, B and C - signed": a list between dashes
              || role.plural && Clause.isDash(c.token(comma).text()))
          && !afterPreposition(c, role.start) // not "promoted to chancellor, X became"
          && !complementOfVerb(c, role.start) // not "will become acting secretary, Trump said"
          && !apposedToPersonBefore(c, role.start)) { // not "A, the X, B, the Y, and C"
        Mention p = c.startingAt(comma + 1, Mention.Kind.PERSON);
        if (p == null) {
          p = titledPerson(c, comma + 1); // "The committee's chair, the Liberal Democrat MP X,"
          Mention title = p == null ? null : c.endingBefore(p.start, Mention.Kind.ROLE);
          if (title != null && role.plural && title.start > comma
              && role.role.kind() == Lexicon.RoleKind.GOVERNMENT
              && title.role.kind() == Lexicon.RoleKind.GOVERNMENT) {
            p = null; // "Two cabinet ministers, Justice Minister X and Health Minister Y": each
            // named by a post of their own
          }
        }
        if (p == null && comma + 2 < c.size() && (c.token(comma + 1).text().equals("Deputy")
            || lex.honorifics.containsKey(c.token(comma + 1).text()))) {
          p = c.startingAt(comma + 2, Mention.Kind.PERSON); // "the party's chief whip, Deputy X,"
        }
        Mention party = p == null ? c.startingAt(comma + 1, Mention.Kind.ORG) : null;
        if (party != null && party.end + 1 < c.size() && c.token(party.end).text().equals("'s")) {
          p = c.startingAt(party.end + 1, Mention.Kind.PERSON); // "The Economy Minister, Sinn
          // Féin's Conor Devlin, said"
        }
        int next = p == null ? 0 : c.afterPartyTag(p.end);
        if (p != null && next < c.size()
            && MentionFinder.postNominalTitle(c.mentions, c.sentence.tokens(), next)) {
          next++; // "Plaid Cymru's education spokesperson, Sioned Pryce MS, said"
        }
        next = nameTailEnd(c, next); // "Its chair, X of the Progress Party, said"
        if (p != null && (next >= c.size() || isBoundary(c.token(next))
            || role.start >= 1 && openingAs(c, role.start - 1))
            // not "In his letter to the premier, X, 47, wrote": the writer, not the premier
            && !(openingAddressee(c, role.start) && verbAfterApposition(c, next))) {
          person = p; // "As deputy leader of Plaid Cymru, X said": the name after the opener too
          rule = "role-apposition-before";
        }
      }
      // "The new finance minister is Sindre Fjellheim": the person the copula names
      // "The Mercia Vale Police Federation, whose chair is PC Graham Lyle,"
      boolean whose = role.start >= 2 && c.token(role.start - 1).lower().equals("whose")
          && c.token(role.start - 2).text().equals(",");
      if (person == null && comma + 1 < c.size() && c.token(comma).lower().equals("is")
          && (role.start <= 3 && c.token(0).lower().equals("the") || whose)) {
        Mention p = c.startingAt(comma + 1, Mention.Kind.PERSON);
        if (p == null && whose) {
          p = titledPerson(c, comma + 1); // "whose chair is PC Graham Lyle"
        }
        if (p != null) {
          person = p;
          rule = "role-copula-before";
        }
      }
      // "Chris Leslie, the party's chief whip," and "X is the leader of Y"
      if (person == null) {
        // "X, a family physician and MLA for Y,": past the occupation the title is joined to
        int i = occupationBeforeAnd(c, role.start - 1);
        while (i >= 0 && (DETERMINERS.contains(c.token(i).lower())
            // "A and B, both junior ministers,": a title of each name before
            || role.plural && c.token(i).lower().equals("both")
            || c.token(i).pos().startsWith("JJ") || c.token(i).text().equals("'s")
            || c.token(i).text().equals("'") // "the Conservatives' fisheries critic"
            || c.token(i).lower().equals("of") && i > 0 && c.token(i - 1).lower().equals("one")
            || c.token(i).lower().equals("one") && i + 1 < c.size()
                && c.token(i + 1).lower().equals("of")
            || c.token(i).pos().equals("RB") && i > 0 && COPULAS.contains(c.token(i - 1).lower())
            // "X, now manager of Kettleby Town,": the post held at the time of the story
            || (c.token(i).lower().equals("now") || c.token(i).lower().equals("currently"))
                && i > 0 && c.token(i - 1).text().equals(",")
            || c.at(i) != null && c.at(i).kind == Mention.Kind.ORG
            // "a Danish MEP", "the Lagan Valley MLA", "a list MSP": a place or a kind
            || c.at(i) == null && c.token(i).isCapitalized() && c.token(i).isProperNoun()
            || c.at(i) == null && c.token(i).pos().equals("NN") && i > 0
                && (DETERMINERS.contains(c.token(i - 1).lower())
                    // "a National list MP": a kind between the party and the title
                    || !c.token(i).isCapitalized() && c.at(i - 1) != null
                        && c.at(i - 1).kind == Mention.Kind.ORG))) {
          Mention m = c.at(i);
          if (m != null && m.kind == Mention.Kind.ORG) {
            explicitOrg = Optional.of(m);
            i = m.start - 1;
          } else if ((c.token(i).text().equals("'s") || c.token(i).text().equals("'"))
              && m == null) {
            i--; // "New Zealand's prime minister": past the place that owns the title
            while (i >= 0 && c.at(i) == null && c.token(i).isCapitalized()
                && c.token(i).isProperNoun()) {
              i--;
            }
            Mention owner = i >= 0 ? c.at(i) : null;
            if (owner != null && owner.kind == Mention.Kind.ROLE && owner.end == i + 1) {
              i = owner.start - 1; // "X, the prime minister's official spokesman,": past the post
            }
          } else {
            i--;
          }
        }
        i = pastEarlierPost(c, i);
        boolean bracket = i >= 1 && c.token(i).text().equals("(");
        if (i >= 1 && (c.token(i).text().equals(",") || bracket)) {
          // "Nadia Costa (the club's finance director)": a title in brackets after the name
          int k = bracket ? i - 1 : c.beforePartyTag(i);
          if (k >= 2 && c.token(k).pos().equals("CD") && c.token(k - 1).text().equals(",")) {
            // "Ms Pike, 47, the MP for Ashby Vale,"; "Dana Reyes (D-N.M.), 54, the vice chair of
            // the caucus,": past the age, and a party tag before it
            k = c.beforePartyTag(k - 1);
          }
          if (k >= 1 && MentionFinder.postNominalTitle(c.mentions, c.sentence.tokens(), k)) {
            k--; // "Ffion Beynon MS, Plaid Cymru's health spokeswoman,"
          }
          int of = k >= 1 && c.at(k) == null ? c.placeOfAfterName(k) : -1;
          if (of > 0) {
            k = of - 1; // "Lionel Tabb of New Jersey, the subcommittee's ranking member,"
          }
          Mention p = c.at(k);
          // not "In the same letter to Premier X, the MPP for Y said she": no comma closes the
          // title, whose noun phrase is the subject of the verb after it
          if (p != null && p.kind == Mention.Kind.PERSON
              && !(p.prepositionObject && !bracket && verbBeforeComma(c, role.end))) {
            person = p;
            rule = "role-apposition-after";
          }
        } else if (i >= 1 && (COPULAS.contains(c.token(i).lower()) && !activeNaming(c, i)
            || c.token(i).lower().equals("to") && PROMOTED.contains(c.token(i - 1).lower()))) {
          int j = i - 1;
          int ran = c.token(i).lower().equals("as") ? runningVerbBefore(c, i) : -1;
          if (c.token(i).lower().equals("as") && inOnesRole(c, i)) {
            j -= 3; // "X attended in her role as Y": past "in her role"
          } else if (ran >= 0) {
            j = ran; // "X will run the lender as Y": past what is run
          }
          while (j >= 0 && (c.token(j).pos().startsWith("VB") || c.token(j).pos().startsWith("RB")
              || c.token(j).pos().equals("MD") || c.token(j).pos().equals("RP")
              // "A, B and C all become shadow ministers"
              || role.plural && Clause.FLOATING.contains(c.token(j).lower())
              // "continues to serve as chief whip"
              || c.token(j).pos().equals("TO") && j + 1 < i && c.token(j + 1).pos().equals("VB")
                  && j > 0 && c.token(j - 1).lower().startsWith("continu")
              || j == i - 1 && c.token(j).lower().equals("on"))) { // "will stay on as an MP"
            j--;
          }
          int asked = askedToServe(c, j);
          boolean askedHere = asked != j;
          if (askedHere) {
            // "asked Solicitor General X to serve as acting chief deputy", "was chosen by his
            // colleagues to serve as acting president": the one asked holds the post
            j = asked;
            while (j >= 0 && (c.token(j).pos().startsWith("VB")
                || c.token(j).pos().startsWith("RB"))) {
              j--;
            }
          }
          // "a Calgary lawyer who is not an MP", "has never been a minister": no post held (but
          // "would not continue as chair after the recess": held until then)
          // (nor "had not been asked to serve as interim superintendent")
          boolean denied = (Tokens.isBe(c.token(i).lower()) || askedHere) && c.sentence.tokens()
              .subList(j + 1, Math.max(j + 1, role.start)).stream()
              .anyMatch(w -> NEGATIONS.contains(w.lower()));
          if (j >= 2 && c.token(j).text().equals(")")) {
            // "Birte Hollmann (SPD) stays on as interior minister": past the party in brackets
            int k = j - 1;
            while (k > 0 && k > j - 6 && !c.token(k).text().equals("(")) {
              k--;
            }
            j = c.token(k).text().equals("(") ? k - 1 : j;
          }
          Mention inside = j >= 3 && c.token(j).text().equals(",") ? c.at(j - 1) : null;
          if (inside != null && inside.kind == Mention.Kind.PERSON && inside.start >= 2
              && c.token(inside.start - 1).text().equals(",") && (c.at(inside.start - 2) != null
                  && c.at(inside.start - 2).kind == Mention.Kind.ROLE
                  || ownedNounAt(c, inside.start - 2))) {
            j = j - 1; // "The CDU's state chairman, Jens Wolf, becomes finance minister", "Her
            // deputy, Colin Pettigrew, is acting chair"
          }
          int open = j >= 1 && c.token(j).text().equals(",") ? c.openingComma(j) : -1;
          if (open > 0) {
            j = open - 1; // "X, the director of Y, would serve as Z"
          }
          if (j >= 2 && c.token(j).lower().equals("who") && c.token(j - 1).text().equals(",")) {
            j -= 2; // "Mr Varadkar, who is also leader of Fine Gael"
          } else if (j >= 4 && c.token(j).lower().equals("who")
              && (c.at(j - 1) == null || c.at(j - 1).kind == Mention.Kind.ROLE)
              && c.token(j - 1).pos().startsWith("NN") && (c.token(j + 1).pos().equals("VBZ")
                  || c.token(j + 1).pos().equals("RB") && c.token(j + 2).pos().equals("VBZ"))) {
            // "Jermaine Fofana, a former boxer who is now head coach at X", "X, the former
            // Castlebridge striker who is now assistant manager at Y": the one apposed
            int q = j - 2;
            while (q > 1 && q > j - 9 && !c.token(q).text().equals(",")) {
              q--;
            }
            Mention apposed = c.token(q).text().equals(",") ? c.at(q - 1) : null;
            if (apposed != null && apposed.kind == Mention.Kind.PERSON && apposed.end == q
                && DETERMINERS.contains(c.token(q + 1).lower())) {
              j = q - 1;
            }
          }
          Mention ofParty = j >= 0 ? c.at(j) : null;
          int of = ofParty == null || ofParty.kind != Mention.Kind.ORG ? -1
              : ofParty.start > 0 && c.token(ofParty.start - 1).lower().equals("the")
                  ? ofParty.start - 2 : ofParty.start - 1;
          if (of >= 1 && c.token(of).lower().equals("of") && c.at(of - 1) != null
              && c.at(of - 1).kind == Mention.Kind.PERSON) {
            j = of - 1; // "Samuel Greer of the DUP remains chair of the Finance Committee"
          }
          if (j >= 3 && (c.token(j).lower().equals("and") || c.token(j).lower().equals("but"))
              && c.at(j - 1) == null) {
            // "X was co-opted to the Assembly on Monday and becomes the SDLP's MLA": the
            // subject of the first verb, opening the sentence
            int and = j;
            Mention first = c.token(j).lower().equals("but") ? null : c.mentions.stream()
                .filter(m -> m.kind == Mention.Kind.PERSON && m.start <= 6 && m.end < and
                    && m.end < c.size() && c.token(m.end).pos().startsWith("VB"))
                .findFirst().orElse(null);
            // "He replaces X, who stood down last week but remains an MLA": the relative
            // clause's person
            boolean present = c.token(i).lower().equals("remains")
                || c.token(i).lower().equals("is"); // not "and had been the spokesperson"
            boolean negated = i + 1 < c.size() && c.token(i + 1).lower().equals("not");
            for (int w = and - 1; first == null && present && !negated && w >= 2
                && w > and - 20; w--) {
              if (c.token(w).text().equals(",")) {
                break; // not "He replaces Jones, who retired in May, and is the youngest MLA"
              }
              if (c.token(w).lower().equals("who")) {
                Mention relative = c.token(w - 1).text().equals(",") ? c.at(w - 2) : null;
                first = relative != null && relative.kind == Mention.Kind.PERSON
                    && relative.end == w - 1 ? relative : null;
                break;
              }
            }
            if (first == null && c.token(and).lower().equals("and")) {
              // "X said she accepted the decision and would remain the MP for Y": the subject
              // pronoun of the clause "and" continues
              // (not "She said the health minister had apologised and would remain an MP")
              first = c.mentions.stream().filter(m -> m.kind == Mention.Kind.PRONOUN
                  && !m.plural && m.resolved() && m.end < and && m.end < c.size()
                  && c.token(m.end).pos().startsWith("VB")
                  && c.mentions.stream().noneMatch(n -> n.start >= m.end && n.end <= and
                      && (n.kind == Mention.Kind.PERSON || n.kind == Mention.Kind.ROLE)))
                  .reduce((a, b) -> b).orElse(null);
            }
            j = first != null ? first.end - 1 : j;
          }
          int described = j + 1;
          Mention p = j < 0 ? null : c.at(j) != null ? c.at(j) : c.mentions.stream()
              .filter(m -> m.kind == Mention.Kind.PRONOUN && m.descriptionEnd == described)
              .findFirst().orElse(null); // "The 47-year-old, who has been MP for X"
          boolean then = p != null && p.start > 0 && c.token(i).lower().equals("was")
              && PAST_CLAUSE.contains(c.token(p.start - 1).lower()); // "while he was a mayor"
          // not "The one piece of good news for Lowe is a new striker": a preposition's object
          boolean objectOf = p != null && p.start > 0 && p.end == i
              && OBJECT_PREPOSITIONS.contains(c.token(p.start - 1).lower());
          if (p != null && (p.kind == Mention.Kind.PERSON
              || p.kind == Mention.Kind.PRONOUN && !p.plural) && p.resolved() && !then
              && !objectOf
              && (!c.token(i).lower().equals("as") || servesAs(c, i) && !takenLater(c, i, role))
              // "was restored to the Labour whip": the party's whip, not the post
              && !(c.token(i).lower().equals("to") && role.roleLabel.equals("whip"))
              && !countedLeaver(c, role) && !heldBefore(c, i, role) && !willBecome(c, i)
              && !c.token(role.start - 1).lower().equals("next") // "would be the next minister"
              // "had been pressing ministers to relax the rules" (but "A, B and C become
              // shadow ministers", "who is one of the group's vice-chairs")
              && !(role.plural && !(p.start > 0 && c.token(p.start - 1).lower().equals("and"))
                  && !oneOf(c, role.start))
              && !denied) {
            person = p;
            rule = askedHere ? ASKED_TO_SERVE_RULE : "role-copula";
          }
        }
      }
      if (person == null) {
        person = leftToBecome(c, role); // "X resigned in July to become chief executive of Y"
        rule = person == null ? rule : LEFT_TO_BECOME;
      }
      boolean boardPost = BOARD_POSTS.containsValue(role.roleLabel)
          && role.role.kind() == Lexicon.RoleKind.OTHER; // not "Three Democratic governors"
      // "Three cabinet members - A, B and C - backed the leader": named in the sentence
      boolean cabinetPost = role.roleLabel.equals("cabinet minister");
      if (person == null && role.plural && (role.role.kind() == Lexicon.RoleKind.LEGISLATURE
          && !role.roleLabel.equals("lawmaker") || boardPost || cabinetPost)) {
        // "Three Law and Justice (PiS) MPs left ... A, B and C": each member of the count sits
        // in the chamber (or council) of that title; "Three directors voted to dismiss him:
        // A, B and C": directors of the company the story is about
        person = c.mentions.stream().filter(g -> g.kind == Mention.Kind.GROUP && g.count > 1
            && g.end == role.end && g.entities.size() == g.count).findFirst().orElse(null);
        Optional<String> company = boardPost
            ? resolver.salientOrganisation(seenBefore(c, c.size(), before)) : Optional.empty();
        // a board's count only with its names in the sentence, and not one that left ("Two
        // directors left the board: A and B")
        boolean listedHere = person != null && !boardPost && !cabinetPost || person != null
            && c.members(person).stream().allMatch(p -> c.mentions.stream().anyMatch(m ->
                m.kind == Mention.Kind.PERSON && m.entities.contains(p)))
            && lex.triggers.findAll(c.sentence.tokens()).stream()
                .noneMatch(t -> t.value().kind().equals("resign"));
        if (listedHere && (!boardPost || company.isPresent())) {
          for (String holder : c.members(person)) {
            if (cabinetPost && c.mentions.stream().anyMatch(m -> m.kind == Mention.Kind.PERSON
                && m.entities.contains(holder) && m.start > 0 && c.at(m.start - 1) != null
                && c.at(m.start - 1).kind == Mention.Kind.ROLE)) {
              continue; // "Two cabinet ministers, Justice Minister X and ...": the title named
            }
            if (boardPost) {
              out.add(new Fact.RoleHolding(holder, role.roleLabel, company, Modality.ASSERTED,
                  prov(c, "role-counted", 0.7)));
            } else {
              emitRole(c, holder, role, Optional.empty(), "role-counted", before, out);
            }
          }
          continue;
        }
        person = null; // a count with no names here: the title holds no one yet
      }
      if (person == null || !person.resolved()) {
        unresolved.add(role);
        continue;
      }
      holderOf.put(role, person);
      Optional<Mention> ofOrg = orgOfPhrase(c, role.end);
      // "Labour's leader in the Lords", "the SNP's business manager at Holyrood": the party's
      boolean where = ofOrg.isPresent() && (c.token(role.end).lower().equals("in")
          || c.token(role.end).lower().equals("at") && ofOrg.flatMap(o -> o.organization)
              .filter(o -> o.type() == OrgType.PARLIAMENT).isPresent());
      if (where) {
        explicitOrg = explicitOrg.or(() -> Optional.ofNullable(
            c.endingBefore(role.start, Mention.Kind.ORG)));
      }
      if (ofOrg.isPresent() && (explicitOrg.isEmpty() || !where)) {
        explicitOrg = ofOrg; // "the Republican chairman of the Armed Services Committee"
      }
      if (explicitOrg.isEmpty()) {
        explicitOrg = Optional.ofNullable(c.endingBefore(role.start, Mention.Kind.ORG))
            .map(o -> councilOwningGroup(c, o, role)).map(o -> bodyOwningTag(c, o, role));
      }
      if (explicitOrg.isEmpty()) {
        explicitOrg = ownerBefore(c, role.start);
      }
      // "the party's co-leaders, X and Y": a plural title covers the list
      // "A and B were elected chair and vice-chair respectively": one title each
      List<Mention> titles = rule.startsWith("role-copula") && !role.plural
          ? titleList(c, role) : List.of(role);
      List<String> holders = role.plural || titles.size() > 1 ? c.members(person)
          : List.of(person.entities.get(0));
      boolean both = role.plural && role.start > 0
          && c.token(role.start - 1).lower().equals("both");
      if (both && holders.size() > 2) {
        // "the vice-chair, X, and Y and Z, both members of the committee": the last two
        holders = holders.subList(holders.size() - 2, holders.size());
      }
      if (holders.size() > 1 && respectively(c, role, holders, explicitOrg.filter(
          Mention::resolved).map(m -> m.entities.get(0)), rule, out)) {
        listed.addAll(titles);
        continue;
      }
      if (titles.size() > 1) {
        holders = List.of(person.entities.get(0));
      }
      for (String holder : holders) {
        emitRole(c, holder, role, explicitOrg, rule, before, out);
      }
      if (rule.equals(LEFT_TO_BECOME) && ofOrg.isPresent()) {
        leftFor.put(person, ofOrg.get()); // once the sentence's posts are known
      }
    }
    // "the party leader and Minister for the Environment, Eamon Ryan": titles joined by "and"
    // belong to one person
    for (Mention role : unresolved) {
      if (listed.contains(role)) {
        continue; // one of the titles "respectively" gave out
      }
      Mention holder = coordinated(c, role).stream().map(holderOf::get)
          .filter(java.util.Objects::nonNull).findFirst().orElse(null);
      if (holder != null && !holder.plural && holder.kind == Mention.Kind.PERSON) {
        Optional<Mention> org = orgOfPhrase(c, role.end)
            .or(() -> Optional.ofNullable(c.endingBefore(role.start, Mention.Kind.ORG)));
        emitRole(c, holder.entities.get(0), role, org, "role-coordinated", before, out);
      }
    }
    // "X, who chairs the finance committee,": the post the verb names, of the body it governs;
    // "X, who has chaired it since 2019", "Dame Patricia has chaired Kahu since 2017"
    for (int i = 1; i + 1 < c.size(); i++) {
      boolean perfect = i >= 2 && PERFECT.contains(c.token(i - 1).lower());
      String post = perfect ? LEADING_PARTICIPLES.get(c.token(i).lower())
          : LEADING_VERBS.get(c.token(i).lower());
      boolean ledSince = post == null && perfect && c.token(i).lower().equals("led")
          && wordWithin(c, "since", i + 2, i + 8);
      if (ledSince) {
        post = "leader"; // "who has led the council since 2021": a post, not a deed
      }
      // "who sits on the Senate Foreign Relations Committee": a member of the body
      boolean sitsOn = post == null && !perfect && c.token(i).lower().equals("sits")
          && c.token(i + 1).lower().equals("on");
      if (sitsOn) {
        post = "member";
      }
      // "Martine Roux, who presides over the regional council": its president
      boolean presides = post == null && !perfect && c.token(i).lower().equals("presides")
          && c.token(i + 1).lower().equals("over") && !presidingOfficer(c, i + 2);
      if (presides) {
        post = "president";
      }
      int objectAt = sitsOn || presides ? i + 2 : i + 1;
      if (objectAt >= c.size()) {
        continue; // "... who sits on": no body
      }
      // "Gareth Lyle now chairs the transport committee": a named subject, as with "has chaired"
      int adverb = !perfect && c.token(i - 1).pos().startsWith("RB") ? 1 : 0;
      int who = perfect ? i - 2 : i - 1 - adverb;
      if (post != null && who >= 1 && c.token(who).lower().equals("and")) {
        who = coordinatedSubject(c, who); // "who quit in 2019 and now chairs the committee"
      }
      int open = who >= 1 && c.token(who).text().equals(",") ? c.openingComma(who) : -1;
      if (open > 0 && c.at(open - 1) != null && c.at(open - 1).end == open) {
        who = open - 1; // "Alun Rees, a former minister, chairs the Bus Users Trust"
      }
      Mention named = c.at(who);
      // "He chairs the Oireachtas Joint Committee on ...": a subject pronoun too
      boolean subject = named != null && (named.kind == Mention.Kind.PERSON
          || named.kind == Mention.Kind.PRONOUN && !named.plural && named.resolved()
              && SUBJECT_PRONOUNS.contains(c.token(named.start).lower()))
          && named.end == who + 1;
      if (post == null || who < 0 || who < 1 && !subject
          || !c.token(who).lower().equals("who") && !subject) {
        continue;
      }
      // "Paula Vick (R-Rochester), who chairs"
      int k = subject ? who : c.token(who - 1).text().equals(",") ? c.beforePartyTag(who - 1)
          : who - 1;
      if (k == who - 1 && c.token(k).text().equals(",") && k > 0) {
        k--;
      }
      if (k > 0 && c.token(k).text().equals(")")) {
        k = c.openingBracket(k) - 1; // "Evan Stroud (Ward 6), who chairs"
      }
      Mention p = k >= 0 ? c.at(k) : null;
      Mention titled = p != null && p.kind == Mention.Kind.ROLE && p.start > 0
          ? c.at(p.start - 1) : null;
      if (titled != null && titled.kind == Mention.Kind.PERSON && titled.end == p.start) {
        p = titled; // "Tom Gilchrist MS, who chairs": the name before a post-nominal title
      }
      boolean partyNoun = p != null && p.kind == Mention.Kind.ORG && p.end == k + 1
          && isParty(p.entities.stream().findFirst()) && p.start > 0
          && DETERMINERS.contains(c.token(p.start - 1).lower());
      if (p != null && (p.kind == Mention.Kind.ROLE || partyNoun) && p.start >= 2) {
        // "Lucinda Farrow, the Tory MP who chairs", "Kevin Dupuis, the Liberal who chairs": the
        // person the title is apposed to
        int comma = p.start - 1;
        while (comma > 0 && comma > p.start - 4 && !c.token(comma).text().equals(",")) {
          comma--;
        }
        Mention apposed = c.token(comma).text().equals(",") && comma > 0 ? c.at(comma - 1) : null;
        int titleEnd = p.end;
        // "The Sinn Féin TD, who chairs the Public Accounts Committee,": the one described
        Mention described = c.mentions.stream().filter(m -> m.kind == Mention.Kind.PRONOUN
            && !m.plural && m.descriptionEnd == titleEnd && m.resolved()).findFirst().orElse(null);
        p = apposed != null && apposed.kind == Mention.Kind.PERSON ? apposed
            : described != null ? described : p;
      }
      if (!subject && (p == null || p.kind != Mention.Kind.PERSON
          && p.kind != Mention.Kind.PRONOUN)) {
        // "Christian Lüdersen, the Christian Democrat who chairs", "Yael Karni of Yesh Atid,
        // who chairs": the person named just before
        p = personJustBefore(c, k).orElse(p);
      }
      if (!subject && (p == null || p.kind != Mention.Kind.PERSON
          && p.kind != Mention.Kind.PRONOUN) && who >= 2 && c.token(who - 1).text().equals(",")) {
        // "X, Unite's regional officer for the yard, who also sits on": the person the longer
        // apposition describes
        int opening = c.openingComma(who - 1);
        Mention apposed = opening > 0 ? c.at(opening - 1) : null;
        p = apposed != null && apposed.kind == Mention.Kind.PERSON && apposed.end == opening
            ? apposed : p;
      }
      Clause.Object obj = c.objectAfter(objectAt, false);
      int verb = sitsOn || presides ? i + 1 : i;
      // "Holyrood's net zero committee": the body the owner's name is followed by
      Optional<Mention> body = obj.organization().map(o -> ownedBody(c, o));
      // "who chairs the SPD's parliamentary group": the party's group
      Optional<String> group = obj.organization().flatMap(o -> partysGroup(c, o));
      // not "Labour" of "Labour Friends of Israel"; "Leeds City Council's finance committee"
      boolean direct = body.map(o -> (o.start <= verb + 4 || possessed(c, o, verb + 1))
          && (o.end >= c.size()
          || !c.token(o.end).text().equals("'s") && !c.token(o.end).isCapitalized()
              // "the Commons levelling up committee" (but "the Likud faction": the party's)
              && (isPartisan(Optional.of(o.entities.get(0))) || !bodyNounAfter(c, o.end))))
          .orElse(false);
      // a council's, party's or government's leader; "has led" a firm or agency gives nothing
      boolean led = !ledSince || group.isPresent() || body.map(o -> o.entities.get(0))
          .filter(o -> isPartisan(Optional.of(o)) || ofType(o, OrgType.GOVERNMENT)
              && resolver.organization(o).map(x -> !MINISTRY_WORD.matcher(x.name()).find())
                  .orElse(true)
              || resolver.organization(o).map(x -> x.name().endsWith("Council")).orElse(false))
          .isPresent();
      // a seat on a committee, not on a council or a party's benches ("sits on the council": a
      // councillor)
      boolean seated = !sitsOn || body.map(o -> SEATED_ON.contains(
          c.token(o.end - 1).lower())).orElse(false);
      if (p != null && (p.kind == Mention.Kind.PERSON || p.kind == Mention.Kind.PRONOUN)
          && p.resolved() && led && seated && obj.role().isEmpty() && (i - 3 >= 0 || subject)) {
        if (direct || group.isPresent()) {
          out.add(new Fact.RoleHolding(p.entities.get(0), post,
              Optional.of(group.orElseGet(() -> body.get().entities.get(0))),
              Modality.ASSERTED, prov(c, sitsOn ? "role-sits-on" : "role-who-leads", 0.7)));
        } else if (!ledSince && governsBody(c, objectAt,
            !post.endsWith("leader") && !post.equals("head") && !sitsOn)) {
          // "who chairs the players' committee", "who chairs BMA Scotland": the post, of a body
          // the text does not name as one of its organisations
          out.add(new Fact.RoleHolding(p.entities.get(0), post, Optional.empty(),
              Modality.ASSERTED, prov(c, "role-who-leads-body", 0.6)));
        }
      }
    }
    // "the Maori Affairs select committee, which she chairs", "the public accounts committee,
    // which he has chaired since 2023": the body's chair (leader, head), held by whom the
    // pronoun or name stands for
    for (Mention body : c.mentions) {
      int k = body.end;
      if (body.kind != Mention.Kind.ORG || !body.resolved() || k + 3 >= c.size()
          || !c.token(k).text().equals(",") || !c.token(k + 1).lower().equals("which")) {
        continue;
      }
      Mention holder = c.at(k + 2);
      if (holder == null || holder.plural || holder.end != k + 3 || !holder.resolved()
          || holder.kind != Mention.Kind.PERSON && holder.kind != Mention.Kind.PRONOUN) {
        continue;
      }
      int v = holder.end;
      boolean perfect = PERFECT.contains(c.token(v).lower()) && v + 1 < c.size();
      String post = perfect ? LEADING_PARTICIPLES.get(c.token(v + 1).lower())
          : LEADING_VERBS.get(c.token(v).lower());
      if (post != null && holder.entities.get(0).startsWith("person/")) {
        out.add(new Fact.RoleHolding(holder.entities.get(0), post,
            Optional.of(body.entities.get(0)), Modality.ASSERTED,
            prov(c, "role-which-leads", 0.65)));
      }
    }
    // "Councilmember X takes over the Transportation Committee": the committee's chair (not
    // "will take over the committee in January", "to take over the finance committee")
    for (int i = 1; i + 2 < c.size(); i++) {
      String w = c.token(i).lower();
      if (!(w.equals("takes") || w.equals("took")) || !c.token(i + 1).lower().equals("over")
          || c.token(i - 1).pos().equals("MD") || c.token(i - 1).lower().equals("to")) {
        continue;
      }
      int near = i + 3;
      Optional<Mention> body = c.objectAfter(i + 2, false).organization()
          .filter(m -> m.start <= near && m.resolved()
              && CHAIRED_COMMITTEES.contains(c.token(m.end - 1).lower()));
      if (body.isEmpty()) {
        continue;
      }
      for (String p : c.subject(i, List.of())) {
        if (p.startsWith("person/")) {
          out.add(new Fact.RoleHolding(p, "chairman", Optional.of(body.get().entities.get(0)),
              Modality.ASSERTED, prov(c, "role-takes-over-committee", 0.65)));
        }
      }
    }
    // "Scottish Labour, led by Gordon Ferrie,", "the Audit Committee, which is chaired by X":
    // the post the participle names, of the body before it
    for (int i = 1; i + 2 < c.size(); i++) {
      String post = LED_BY.get(c.token(i).lower());
      if (post == null || !c.token(i + 1).lower().equals("by")) {
        continue;
      }
      // "chaired by Labor's Karen Moyle": past the party the name comes with (not "led by chair
      // X", a title of its own)
      int h = i + 2;
      Mention party = c.at(h);
      if (party != null && party.kind == Mention.Kind.ORG && party.start == h
          && party.end + 1 < c.size() && c.token(party.end).text().equals("'s")) {
        h = party.end + 1;
      }
      // "chaired by Greens MLC Rosalind Keogh": past a seat in a chamber and its party
      Mention seat = h < c.size() ? c.at(h) : null;
      if (seat != null && seat.kind == Mention.Kind.ORG && seat.start == h && seat.resolved()
          && isPartisan(Optional.of(seat.entities.get(0))) && seat.end < c.size()) {
        seat = c.at(seat.end);
      }
      if (seat != null && seat.kind == Mention.Kind.ROLE && seat.start >= h
          && seat.role.kind() == Lexicon.RoleKind.LEGISLATURE && !seat.plural) {
        h = seat.end;
      }
      // "chaired by the Likud MK X", "by Danish official X", "by its independent member, X":
      // past a description of the one named
      for (int d = h; d + 1 < c.size() && d < i + 10; d++) {
        Mention m = c.at(d);
        // (a title of its own stops: "led by acting leader X" is not the leader)
        // (a minister's title is no post of the body led: "led by former minister X")
        boolean describing = m != null && (m.kind == Mention.Kind.ORG
            || m.kind == Mention.Kind.ROLE && (m.role.kind() == Lexicon.RoleKind.LEGISLATURE
                || m.role.kind() == Lexicon.RoleKind.GOVERNMENT))
            || m == null && c.token(d).pos().matches("DT|JJ|NNP?S?|PRP\\$")
            || c.token(d).text().equals(",") && d + 1 < c.size() && c.at(d + 1) != null
                && c.at(d + 1).kind == Mention.Kind.PERSON;
        if (!describing) {
          break;
        }
        Mention next = c.at(d + 1);
        if (next != null && next.start == d + 1 && next.kind == Mention.Kind.PERSON) {
          h = d + 1;
          break;
        }
      }
      Mention head = h < c.size() ? c.at(h) : null;
      if (head == null || head.kind != Mention.Kind.PERSON || !head.resolved()
          || head.start != h) {
        continue;
      }
      int k = i - 1;
      boolean passive = false;
      while (k > 0 && (c.token(k).lower().equals("which") || Tokens.isBe(c.token(k).lower())
          || c.token(k).pos().startsWith("RB"))) {
        passive |= Tokens.isBe(c.token(k).lower());
        k--;
      }
      // "The Community Affairs Legislation Committee is chaired by X": the subject body
      Mention subject = passive && !c.token(k).text().equals(",") ? c.at(k) : null;
      boolean bodySubject = subject != null && subject.kind == Mention.Kind.ORG
          && subject.end == k + 1 && subject.start <= 1;
      if (!bodySubject && (k < 1 || !c.token(k).text().equals(","))) {
        continue; // not "a delegation led by X", "the march was led by X"
      }
      Mention body = bodySubject ? subject : c.endingBefore(k, Mention.Kind.ORG);
      int end = k;
      if (body == null && !bodySubject && c.token(k - 1).lower().equals("group")) {
        body = c.endingBefore(k - 1, Mention.Kind.ORG); // "the Renew group, which is led by X"
        body = body != null && body.resolved() && isPartisan(Optional.of(body.entities.get(0)))
            ? body : null; // not "Reform's Senedd group, led by X": the chamber
        end = k - 1;
      }
      if (body != null && body.resolved() && (bodySubject || body.end == end)) {
        for (String holder : c.members(head)) {
          out.add(new Fact.RoleHolding(holder, post, Optional.of(body.entities.get(0)),
              Modality.ASSERTED, prov(c, "role-led-by", 0.7)));
        }
      }
    }
    // "Deputy Ronan Phelan" in an Irish story: a TD, as members of the Dáil are addressed; in a
    // story from a country whose lower house seats deputies ("Deputy Iván Pliego Soto" in
    // Mexico), a deputy
    Optional<Lexicon.RoleEntry> td = country.equals(Optional.of("IE")) ? lex.role("TD")
        : country.filter(k -> !ENGLISH_SPEAKING.contains(k)).flatMap(k -> lex.role("deputy"));
    for (Mention p : td.isPresent() ? c.mentions : List.<Mention>of()) {
      if (p.kind == Mention.Kind.PERSON && p.resolved() && p.start > 0 && p.honorific.isEmpty()
          && c.token(p.start - 1).text().equals("Deputy") && c.at(p.start - 1) == null
          && !(p.start >= 2 && (c.token(p.start - 2).lower().equals("former")
              || c.token(p.start - 2).lower().equals("late")
              || c.token(p.start - 2).lower().equals("ex")))) { // not "the late Deputy X"
        out.add(new Fact.RoleHolding(p.entities.get(0), td.get().label(),
            chamber(c, td.get(), p.start, before), Modality.ASSERTED,
            prov(c, td.get().label().equals("TD") ? "role-deputy-td" : "role-deputy-title",
                0.75)));
      }
    }
    // honorifics that are roles: "Sen. Kyrsten Sinema"
    for (Mention p : c.mentions) {
      if (p.kind == Mention.Kind.PERSON && p.honorificRole.isPresent() && p.resolved()) {
        // "Reps. Andy Biggs, Ken Buck and Nancy Mace": a plural title covers the list
        List<String> holders = p.honorific.endsWith("s.") || p.honorific.startsWith("Cllrs")
            || p.honorific.startsWith("Council") && p.honorific.matches("\\w+(s|men)")
            ? c.members(p) : p.entities; // "Councilmembers A and B"
        Lexicon.RoleEntry title = p.honorificRole.get();
        boolean state = p.start > 0 && c.token(p.start - 1).lower().equals("state");
        boolean congress = c.stateTagAt(p.end) && CONGRESS.containsKey(title.label()) && !state;
        // (only a chamber the story names: "the House", "Congress", "the Senate")
        boolean named = congress
            && CONGRESS_WORDS.get(title.label()).stream().anyMatch(written::contains);
        Optional<String> chamber = named
            ? lex.organisation(CONGRESS.get(title.label())).map(e -> resolver.register(e, ""))
            : congress ? Optional.empty()
            : chamber(c, title, p.start, before) // "State Rep. X": not a chamber of Congress
                .filter(o -> !state || CONGRESS.values().stream().noneMatch(o::endsWith));
        for (String holder : holders) {
          out.add(new Fact.RoleHolding(holder, p.honorificRole.get().label(),
              chamber, Modality.ASSERTED, prov(c, "role-honorific", 0.8)));
        }
      }
    }
    leftFor.forEach((person, org) -> joinedForPost(c, person, org, out));
  }

  /**
   * The parliamentary group a party mention owns right after it ("the party's group", "the
   * Greens' parliamentary group", "PiS's parliamentary club"), registered; else empty.
   */
  private Optional<String> partysGroup(Clause c, Mention party) {
    int k = party.end;
    // "the Fianna Fáil parliamentary party": the party's members in parliament
    boolean parliamentaryParty = k + 1 < c.size() && c.token(k).lower().equals("parliamentary")
        && c.token(k + 1).lower().equals("party");
    if (!party.resolved() || !isParty(Optional.of(party.entities.get(0))) || k + 1 >= c.size()
        || !(c.token(k).text().equals("'s") || c.token(k).text().equals("'")
            || parliamentaryParty)) {
      return Optional.empty();
    }
    if (!parliamentaryParty) {
      k++;
    }
    if (k + 1 < c.size() && (c.token(k).lower().equals("parliamentary")
        || c.token(k).lower().equals("legislative"))) {
      k++;
    }
    String head = c.token(k).lower();
    if (!(head.equals("group") || head.equals("club") || head.equals("caucus")
        || head.equals("party") && c.token(k - 1).lower().equals("parliamentary"))
        || k + 1 < c.size() && c.token(k + 1).pos().startsWith("NN")) {
      return Optional.empty(); // not "the party's group leader"
    }
    return Optional.of(resolver.groupOf(party.entities.get(0), span(c, party.start, k + 1, false),
        head));
  }

  /**
   * The front bench of the party {@code party} names when a bench follows it from token
   * {@code k} on ("Plaid Cymru's front bench", "the party's shadow cabinet"), registered with
   * the words as written; empty when no bench follows or {@code party} is no party.
   */
  private Optional<String> partysBench(Clause c, Mention party, int k) {
    if (!party.resolved() || !isParty(Optional.of(party.entities.get(0)))) {
      return Optional.empty();
    }
    if (k < c.size() && (c.token(k).text().equals("'s") || c.token(k).text().equals("'"))) {
      k++;
    }
    int end = benchEnd(c, k);
    if (end < 0) {
      return Optional.empty();
    }
    return Optional.of(resolver.benchOf(party.entities.get(0), span(c, party.start, end, false),
        span(c, k, end, true).replace("frontbench", "front bench")));
  }

  /**
   * "has quit the front bench", "stepped down from his party's front bench": the bench of the
   * leaver's party (the party the story tied them to, else the party last named), when the
   * departure's object is a bench with no party named.
   */
  private Optional<String> bareBench(Clause c, PhraseIndex.Match<Lexicon.Trigger> t,
      String person, List<Mention> before) {
    int k = t.end();
    if (k < c.size() && (c.token(k).lower().equals("from") || c.token(k).lower().equals("off"))) {
      k++;
    }
    if (k >= c.size() || !(c.token(k).lower().equals("the")
        || c.token(k).pos().equals("PRP$"))) {
      return Optional.empty();
    }
    int from = k;
    if (k + 2 < c.size() && c.token(k + 1).lower().equals("party")
        && c.token(k + 2).text().equals("'s")) {
      k += 2; // "his party's front bench"
    }
    int end = benchEnd(c, k + 1);
    if (end < 0) {
      return Optional.empty();
    }
    String head = span(c, k + 1, end, true).replace("frontbench", "front bench");
    return leaverParty(c, t.start(), person, before)
        .map(p -> resolver.benchOf(p, span(c, from, end, false), head));
  }

  /**
   * The party of one who leaves a bench or a party post before token {@code token}: the party the
   * story tied {@code person} to, else the party last named.
   */
  private Optional<String> leaverParty(Clause c, int token, String person, List<Mention> before) {
    return partyOf(person)
        .or(() -> resolver.lastOrg(seenBefore(c, token, before), OrgType.POLITICAL_PARTY))
        .filter(p -> isParty(Optional.of(p)));
  }

  /** The tokens from {@code from} to {@code to} as written, or in lower case. */
  private static String span(Clause c, int from, int to, boolean lower) {
    List<String> words = new ArrayList<>();
    for (int i = from; i < to; i++) {
      words.add(lower ? c.token(i).lower() : c.token(i).text());
    }
    return Tokens.join(words);
  }

  /** The end of "front bench", "frontbench" or "shadow cabinet" starting at {@code k}, or -1. */
  private static int benchEnd(Clause c, int k) {
    if (k < c.size() && (c.token(k).lower().equals("frontbench")
        || c.token(k).lower().equals("front-bench"))) {
      return k + 1;
    }
    if (k + 1 < c.size() && (c.token(k).lower().equals("front") && c.token(k + 1).lower()
        .equals("bench") || c.token(k).lower().equals("shadow") && (c.token(k + 1).lower()
            .equals("cabinet") || c.token(k + 1).lower().equals("ministry")))) {
      return k + 2 < c.size() && c.token(k + 2).pos().startsWith("NN") ? -1 : k + 2;
    }
    return -1;
  }

  /**
   * Past "on the council", "in the Senedd" (where a post is held) starting at {@code i}, else
   * {@code i}.
   */
  private static int placeOfPost(Clause c, int i) {
    int j = placeEnd(c, i, false);
    return j > 0 && (c.at(j - 1) != null || j < c.size() && c.token(j).text().equals(","))
        ? j : i;
  }

  /**
   * The end of a place phrase at {@code i}, "on the county council", "in the upper house", "in
   * Wales", "from the region" or an organisation's name ("at Holyrood" when {@code at}; not
   * "from" then), or -1.
   */
  private static int placeEnd(Clause c, int i, boolean at) {
    String w = i < c.size() ? c.token(i).lower() : "";
    if (i + 1 >= c.size() || !(w.equals("on") || w.equals("in") || at && w.equals("at")
        || !at && w.equals("from"))) { // "a second ODS deputy from the region, X,"
      return -1;
    }
    int k = c.token(i + 1).lower().equals("the") && c.at(i + 1) == null ? i + 2 : i + 1;
    Mention m = k < c.size() ? c.at(k) : null;
    if (m != null && m.kind == Mention.Kind.ORG && m.start == k) {
      return m.end;
    }
    int j = k;
    boolean place = k < c.size() && c.token(k).isCapitalized() && c.token(k).isProperNoun();
    while (j < c.size() && j < k + 3 && c.at(j) == null && (place
        ? c.token(j).isCapitalized() && c.token(j).isProperNoun() // "Reform's leader in Wales,"
        : (c.token(j).pos().startsWith("NN") || c.token(j).pos().startsWith("JJ"))
            && !c.token(j).isCapitalized())) {
      j++; // "on the county council,", "in the upper house,"
    }
    return j > k ? j : -1;
  }

  /**
   * The end of "of the Progress Party" or "of Rajarhat Purba," at {@code i} after a name, else
   * {@code i}.
   */
  private int nameTailEnd(Clause c, int i) {
    int bracket = bracketedTagEnd(c, i);
    if (bracket > i) {
      return bracket; // "the council leader, Cllr X (Plaid Cymru), sacked": a party tag
    }
    if (i + 1 >= c.size() || !c.token(i).lower().equals("of")) {
      return i;
    }
    int k = c.token(i + 1).lower().equals("the") ? i + 2 : i + 1;
    Mention party = k < c.size() ? c.startingAt(k, Mention.Kind.ORG) : null;
    if (party == null && k == i + 1) {
      int p = k; // "a third Trinamool MLA, Biplab Ghorui of Rajarhat Purba,": the seat
      while (p < c.size() && p < k + 3 && c.at(p) == null && c.token(p).isCapitalized()
          && c.token(p).isProperNoun()) {
        p++;
      }
      return p > k && p < c.size() && c.token(p).text().equals(",") ? p : i;
    }
    return party != null && isParty(party.entities.stream().findFirst()) ? party.end : i;
  }

  /**
   * The end of a bracketed tag of one to three capitalised words at {@code i} ("(Lab)", "(Plaid
   * Cymru)", "(SNP)"), else {@code i}.
   */
  private static int bracketedTagEnd(Clause c, int i) {
    if (i >= c.size() || !c.token(i).text().equals("(")) {
      return i;
    }
    int j = i + 1;
    while (j < c.size() && j < i + 4 && c.token(j).isCapitalized()
        && c.token(j).text().chars().noneMatch(Character::isDigit)) {
      j++;
    }
    return j > i + 1 && j < c.size() && c.token(j).text().equals(")") ? j + 1 : i;
  }

  /**
   * The end of a place phrase at {@code i} that "and" follows ("in the legislature and", "at
   * Holyrood and", "on the county council and"), else {@code i}.
   */
  private static int placeBeforeAnd(Clause c, int i) {
    int j = placeEnd(c, i, true);
    return j > 0 && j < c.size() && c.token(j).lower().equals("and") ? j : i;
  }

  /**
   * The person named after a title of their own at {@code i}, with or without a determiner
   * ("the Liberal Democrat MP Roisin Daley", "Conservative MP Kelly Brandvold"), else null.
   */
  private Mention titledPerson(Clause c, int i) {
    Mention bare = i < c.size() && c.token(i).isCapitalized() ? c.at(i) : null;
    if (bare != null && bare.kind == Mention.Kind.ROLE && bare.start == i) {
      return c.startingAt(bare.end, Mention.Kind.PERSON); // "The Greens leader, Senator X,"
    }
    if (i >= c.size()) {
      return null;
    }
    int k = c.token(i).lower().equals("the") ? i + 1 : i; // "Conservative MP Kelly Brandvold"
    Mention org = k < c.size() ? c.at(k) : null;
    if (org != null && org.kind == Mention.Kind.ORG && org.start == k) {
      k = org.end;
    }
    int d = k;
    while (d < c.size() && d < k + 4 && c.at(d) == null && (c.token(d).pos().startsWith("JJ")
        || c.token(d).pos().startsWith("NN") && (!c.token(d).isCapitalized() || d == k))) {
      d++;
    }
    if (org == null && d > k && d < c.size() && !c.token(d - 1).isCapitalized()
        && c.token(d - 1).pos().startsWith("NN") && c.startingAt(d, Mention.Kind.PERSON) != null) {
      // "the Portuguese economist Helena Mourão", "Spanish police official X": a description
      return c.startingAt(d, Mention.Kind.PERSON);
    }
    Mention described = d > k && d < c.size() ? c.at(d) : null;
    if (described != null && described.kind == Mention.Kind.ROLE && described.start == d) {
      return c.startingAt(described.end, Mention.Kind.PERSON); // "its chair, Socialist deputy X,"
    }
    Mention title = k < c.size() ? c.at(k) : null;
    if (title != null && title.kind == Mention.Kind.PERSON && title.start == k && org != null
        && org.kind == Mention.Kind.ORG && isParty(org.entities.stream().findFirst())) {
      return title; // "whose chair, the Conservative Sir Geoffrey Ambrose,"
    }
    return title != null && title.kind == Mention.Kind.ROLE && title.start == k
        ? c.startingAt(title.end, Mention.Kind.PERSON) : null;
  }

  /** The body an organisation names as its own ("Holyrood's net zero committee", "the Commons
   * transport committee"), else the organisation. */
  /**
   * Whether {@code body} is owned by an organisation mention that starts at {@code from} past
   * a determiner: "Leeds City Council's finance committee".
   */
  private static boolean possessed(Clause c, Mention body, int from) {
    if (from < c.size() && c.token(from).pos().equals("DT")) {
      from++;
    }
    Mention owner = c.startingAt(from, Mention.Kind.ORG);
    return owner != null && owner.end + 1 == body.start
        && (c.token(owner.end).text().equals("'s") || c.token(owner.end).text().equals("'"));
  }

  private static Mention ownedBody(Clause c, Mention org) {
    Mention owned = org.end + 1 < c.size() && (c.token(org.end).text().equals("'s")
        || c.token(org.end).text().equals("'")) // "the Lords' industry committee"
        ? c.startingAt(org.end + 1, Mention.Kind.ORG) : null;
    if (owned == null && org.end < c.size()) {
      // "the Commons transport committee"; capitalised, a committee only: "the Commons Home
      // Affairs Committee"
      Mention next = c.startingAt(org.end, Mention.Kind.ORG);
      boolean committee = next != null
          && next.text.toLowerCase(java.util.Locale.ROOT).endsWith("committee");
      owned = !c.token(org.end).isCapitalized() || committee ? next : null;
    }
    return owned != null && owned.resolved() ? owned : org;
  }

  /**
   * Whether a title other than a legislator's is counted among those who left ("the second
   * minister to leave", "the first minister to quit the coalition"): a post the person is
   * leaving or has left.
   */
  private static boolean countedLeaver(Clause c, Mention role) {
    String before = role.start > 0 ? c.token(role.start - 1).lower() : "";
    String first = c.token(role.start).lower();
    boolean counted = COUNTING.contains(before) || role.roleLabel.startsWith("first ")
        && first.equals("first");
    // a legislator who is "the second MS to leave Labour" keeps the seat
    return counted && role.role.kind() != Lexicon.RoleKind.LEGISLATURE
        && role.end + 1 < c.size() && c.token(role.end).lower().equals("to")
        && c.token(role.end + 1).pos().startsWith("VB");
  }

  /**
   * Whether the verb at {@code i} names someone else to the post: "Ford named a new minister"
   * (the namer holds no post by it), not "was named minister".
   */
  private static boolean activeNaming(Clause c, int i) {
    String w = c.token(i).lower();
    int k = i - 1;
    while (k > 0 && c.token(k).pos().startsWith("RB")) {
      k--; // "was then elected", "was unanimously appointed"
    }
    return (w.equals("named") || w.equals("appointed") || w.equals("elected")
        || w.equals("reappointed") || w.equals("re-appointed") || w.equals("re-elected")
        || w.equals("reelected"))
        && !Tokens.isBe(c.token(k).lower()) && !c.token(i - 1).lower().equals("newly");
  }

  private static final Set<String> PAST_BE = ImmutableSet.of("was", "were");

  /**
   * Whether the copula at {@code to} tells of a post held before and no longer: "was the
   * party's critic for seniors until last week".
   */
  private static boolean heldBefore(Clause c, int to, Mention role) {
    boolean past = PAST_BE.contains(c.token(to).lower())
        || to > 0 && PAST_BE.contains(c.token(to - 1).lower()); // "was", "was named"
    for (int k = role.end; past && k < c.size() && k < role.end + 8; k++) {
      String w = c.token(k).lower();
      if (w.equals("until") || w.equals("till")) {
        return true;
      }
      if (w.equals(",") || w.equals(";") || w.equals(".")) {
        break;
      }
    }
    return false;
  }

  /** Nouns for a leader's team of office-holders: "named his cabinet", "her new frontbench". */
  private static final Set<String> TEAMS = ImmutableSet.of("cabinet", "frontbench", "ministry",
      "executive", "team", "front");

  /**
   * Whether a leader's own team is named at {@code from}: "his cabinet", "her new shadow
   * cabinet", "their first ministry"; not "the cabinet" of someone else.
   */
  private static boolean namesTeam(Clause c, int from) {
    if (from >= c.size() || !c.token(from).pos().equals("PRP$")) {
      return false;
    }
    int i = from + 1;
    while (i < c.size() && i < from + 3 && (c.token(i).lower().equals("new")
        || c.token(i).lower().equals("first") || c.token(i).lower().equals("shadow"))) {
      i++;
    }
    return i < c.size() && TEAMS.contains(c.token(i).lower());
  }

  /** "set up" as a joining verb: only with the new body named after it. */
  private static final Set<String> SETTING_UP = ImmutableSet.of("set", "sets", "setting");
  /** Chambers a new group sits in: "a new group on the council". */
  private static final Set<String> CHAMBER_WORDS = ImmutableSet.of("council", "chamber",
      "assembly", "parliament", "senate", "house", "legislature", "dáil", "dail", "bundestag");
  /** Nouns for a new political body: "a new group", "their own party". */
  private static final Set<String> NEW_BODIES = ImmutableSet.of("group", "party", "caucus",
      "bloc", "faction", "alliance", "movement", "grouping");

  /**
   * The body named in apposition to "a new group" or "their own party" in the object at {@code
   * from}: "set up a new group on the council, Brackenfield First,"; else empty.
   */
  private Optional<String> newBodyNamed(Clause c, int from) {
    int i = from;
    if (i < c.size() && c.token(i).lower().equals("up")) {
      i++;
    }
    if (i >= c.size() || !(INDEFINITE.contains(c.token(i).lower())
        || c.token(i).pos().equals("PRP$"))) {
      return Optional.empty();
    }
    boolean noun = false;
    boolean chamber = false;
    for (int k = i + 1; k + 1 < c.size() && k < i + 10; k++) {
      if (c.at(k) != null && c.at(k).kind == Mention.Kind.ORG && c.at(k).anaphorType.isEmpty()) {
        return Optional.empty(); // "a new Labour group" is told another way (not "the council")
      }
      noun |= NEW_BODIES.contains(c.token(k).lower());
      chamber |= CHAMBER_WORDS.contains(c.token(k).lower()); // "a new group on the council"
      if (c.token(k).text().equals(",")) {
        int name = c.token(k + 1).lower().equals("the") ? k + 2 : k + 1;
        Mention m = c.at(name);
        boolean political = m != null && m.resolved() && (chamber
            || isPartisan(Optional.of(m.entities.get(0))));
        return noun && political && m.kind == Mention.Kind.ORG && m.start == name
            ? Optional.of(m.entities.get(0)) : Optional.empty(); // not "an advisory group, X"
      }
    }
    return Optional.empty();
  }

  /** The rule of a post taken on leaving another, which no resignation takes its body from. */
  private static final String LEFT_TO_BECOME = "role-left-to-become";

  /** Whether "as" (and an article) comes just before token {@code k}: "as a minister". */
  private static boolean afterAs(Clause c, int k) {
    int a = k > 0 && MentionFinder.ARTICLES.contains(c.token(k - 1).lower()) ? k - 2 : k - 1;
    return a >= 0 && c.token(a).lower().equals("as");
  }

  /**
   * "X left in June to become general counsel of Lattice Pay": X joined the body of the post
   * left for, unless it is a party, a party's group or a chamber (a post there is won, not
   * joined: "resigned to become leader of the party").
   */
  private void joinedForPost(Clause c, Mention person, Mention org, List<Fact> out) {
    boolean body = org.resolved() && !isPartisan(Optional.of(org.entities.get(0)))
        && !ofType(org.entities.get(0), OrgType.PARLIAMENT);
    // not a legislator's or minister's exit told to explain a vacancy ("Rep. X, who resigned
    // his seat to become president of Y"): the new post is the aside, not the news
    boolean legislator = heldPost(out, person.entities.get(0), h -> lex.role(h.role())
            .map(r -> r.kind() == Lexicon.RoleKind.LEGISLATURE
                || r.kind() == Lexicon.RoleKind.GOVERNMENT).orElse(false)).isPresent()
        || c.mentions.stream().anyMatch(m -> m.start > person.end && m.end <= org.start
            && (m.kind == Mention.Kind.ORG && m.resolved()
                && ofType(m.entities.get(0), OrgType.PARLIAMENT) // "resigned from the Senate"
            || m.kind == Mention.Kind.ROLE && m.role != null && afterAs(c, m.start)
                && (m.role.kind() == Lexicon.RoleKind.LEGISLATURE // "stepped down as a minister"
                    || m.role.kind() == Lexicon.RoleKind.GOVERNMENT)))
        || wordWithin(c, "seat", person.end, org.start);
    // nor a move within the body ("stepped down as chief executive of X to become its chair")
    if (body && !legislator && c.mentions.stream().noneMatch(m -> m.end <= org.start
        && m.kind == Mention.Kind.ORG && m.entities.equals(org.entities))) {
      out.add(new Fact.Joining(person.entities.get(0), org.entities.get(0), Optional.empty(),
          Modality.ASSERTED, prov(c, "join-left-for-post", 0.7)));
    }
  }

  /** Verbs of leaving a post that "to become" can follow: "resigned to become". */
  private static final Set<String> LEAVING = ImmutableSet.of("resigned", "quit", "left",
      "stepped", "departed", "retired");

  /**
   * The person who left a post to take the one {@code role} names: "X resigned from Parliament
   * in July to become chief executive of Y", "Y, who quit in May to become a lobbyist"; else
   * null (not "will resign to become", "is leaving to become").
   */
  private static Mention leftToBecome(Clause c, Mention role) {
    int k = role.start - 1;
    if (k >= 0 && MentionFinder.ARTICLES.contains(c.token(k).lower())) {
      k--;
    }
    if (k < 1 || !c.token(k).lower().equals("become") || !c.token(k - 1).lower().equals("to")) {
      return null;
    }
    if (startsLater(c, role.end)) {
      return null; // "to become chief executive of the trust from March"
    }
    for (int v = k - 2; v >= 0 && v > k - 16; v--) {
      String w = c.token(v).lower();
      if (w.equals(";") || w.equals(":") || w.equals("to") || w.equals("\"")) {
        return null;
      }
      if (!LEAVING.contains(w) && c.token(v).isVerb() && !w.equals("down")) {
        return null; // "resigned Thursday, cutting short his term to become": another verb's
      }
      if (LEAVING.contains(w) && c.token(v).pos().startsWith("VB")) {
        int verb = v;
        int become = k;
        if (c.mentions.stream().anyMatch(m -> m.start > verb && m.end < become
            && (m.kind == Mention.Kind.PERSON || m.kind == Mention.Kind.PRONOUN
                || m.kind == Mention.Kind.GROUP))) {
          return null; // "X resigned in protest at plans for Y to become chief executive"
        }
        int prior = v - 1;
        while (prior > 0 && c.token(prior).pos().startsWith("RB")) {
          prior--; // "would eventually quit"
        }
        String aux = prior >= 0 ? c.token(prior).lower() : "";
        if (c.modality(v) != Modality.ASSERTED) {
          return null; // "denied that he had quit to become chief executive"
        }
        boolean perfect = (aux.equals("has") || aux.equals("have"))
            && !(w.equals("left") && bodyLeft(c, v + 1, k - 1));
        if (prior >= 0 && c.token(prior).pos().equals("MD") || aux.equals("to") || perfect
            || aux.equals("not") || aux.equals("n't")) {
          return null; // "would quit to become", "has resigned to become" (a post to come; not
          // "has left the ministry to become home secretary"), "had not resigned to become"
        }
        List<String> subject = c.subject(v, List.of());
        return subject.size() != 1 ? null : c.mentions.stream()
            .filter(m -> m.kind == Mention.Kind.PERSON && m.end <= verb && m.resolved()
                && m.entities.contains(subject.get(0)))
            .reduce((a, b) -> b).orElse(null);
      }
    }
    return null;
  }

  /**
   * The organisation, other than a party or parliamentary group, whose name right before a
   * verb of saying after {@code from} closes the sentence's report: "..., the company said",
   * "..., North Mardale Hospitals NHS Foundation Trust confirmed in a statement".
   */
  private Optional<String> reportingBody(Clause c, int from) {
    return reportingMention(c, from).map(m -> m.entities.get(0));
  }

  /** The mention of {@link #reportingBody}'s organisation. */
  private Optional<Mention> reportingMention(Clause c, int from) {
    Mention m = c.mentions.stream().filter(o -> o.kind == Mention.Kind.ORG && o.resolved()
            && reportsAfter(c, o.end) && !isPartisan(Optional.of(o.entities.get(0))))
        .filter(o -> {
          int open = o.start > 0 && INDEFINITE_OR_THE.contains(c.token(o.start - 1).lower())
              ? o.start - 1 : o.start; // ", the company said", ", a Commission spokesperson"
          return open > from && c.token(open - 1).text().equals(",");
        })
        .min(java.util.Comparator.comparingInt(o -> o.end)).orElse(null);
    if (m == null) {
      return Optional.empty();
    }
    String body = m.entities.get(0);
    // not "will join asset manager X as general counsel, the firm said": the body joined
    boolean joined = c.mentions.stream().anyMatch(o -> o != m && o.kind == Mention.Kind.ORG
        && o.start > from && o.entities.contains(body));
    return joined || !reportsOwn(c, m) ? Optional.empty() : Optional.of(m);
  }

  /**
   * Whether a verb of saying follows token {@code i}, past a spokesperson's title and name and
   * "has" ("the company said", "a Commission spokesperson, X, confirmed").
   */
  private static boolean reportsAfter(Clause c, int i) {
    int verb = pastAuxiliary(c, pastSpokesperson(c, i));
    return verb < c.size() && Clause.REPORTING.contains(c.token(verb).lower());
  }

  /**
   * The token at or after {@code i} past a spokesperson's title and the name apposed to it: ",
   * a Commission spokesperson, Laura Benedetti, confirmed".
   */
  private static int pastSpokesperson(Clause c, int i) {
    if (i >= c.size() || !SPOKESPEOPLE.contains(c.token(i).lower())) {
      return i;
    }
    int k = i + 1;
    if (k < c.size() && c.token(k).text().equals(",")) {
      Mention name = c.startingAt(k + 1, Mention.Kind.PERSON);
      k = name != null && name.end < c.size() && c.token(name.end).text().equals(",")
          ? name.end + 1 : k;
    }
    return k;
  }

  /** Those who speak for a body: "a company spokesman said". */
  private static final Set<String> SPOKESPEOPLE = ImmutableSet.of("spokesperson", "spokesman",
      "spokeswoman");

  /** The token at or after {@code i} past "has", "have" or "had" and adverbs ("has just"). */
  private static int pastAuxiliary(Clause c, int i) {
    int k = i;
    if (k < c.size() && Tokens.isHave(c.token(k).lower())) {
      k++;
      while (k < c.size() && k < i + 3 && c.token(k).pos().startsWith("RB")) {
        k++; // "the club has just confirmed"
      }
    }
    return k;
  }

  /** Verbs of looking for someone to fill a post: "is looking for a new chairman". */
  private static final Set<String> SEEKING = ImmutableSet.of("looking", "searching", "hunting");
  /** The forms of "have" a body gains a new holder by: "has a new leader after". */
  private static final Set<String> HAVING = ImmutableSet.of("has", "have", "had");

  /**
   * The organisation that the clause before {@code verb} says is looking for (or has) a new
   * holder of a post after the departure: "Westmeath GAA is looking for a new chairman after X
   * resigned", "Tableland Ranges Regional Council is searching for a new chief executive after
   * Y", "Lindhurst Council, in north London, has a new leader after Z stood down".
   */
  private static Optional<String> seekingBody(Clause c, int verb) {
    for (Mention m : c.mentions) {
      if (m.kind != Mention.Kind.ORG || !m.resolved() || m.end >= verb) {
        continue;
      }
      int k = m.end;
      if (k + 1 < verb && c.token(k).text().equals(",")) {
        int close = k + 1;
        while (close < verb && close < k + 6 && !c.token(close).text().equals(",")) {
          close++;
        }
        k = close < verb && c.token(close).text().equals(",") ? close + 1 : k; // ", in London,"
      }
      int from = k;
      while (k < verb && k < from + 3 && (Tokens.isBe(c.token(k).lower())
          || c.token(k).pos().equals("RB") || HAVING.contains(c.token(k).lower())
              && k + 1 < verb && c.token(k + 1).lower().equals("been"))) {
        k++; // "is now", "are", "has been"
      }
      // "Lindhurst Council has a new leader after X stood down"
      boolean hasNew = k + 3 < verb && HAVING.contains(c.token(k).lower())
          && INDEFINITE.contains(c.token(k + 1).lower()) && c.token(k + 2).lower().equals("new");
      // "the health district is without a permanent chief executive after X resigned"
      boolean without = k > from && k + 3 < verb && c.token(k).lower().equals("without")
          && INDEFINITE.contains(c.token(k + 1).lower());
      if (!without && !hasNew && (k == from || k + 4 >= verb
          || !SEEKING.contains(c.token(k).lower()) || !c.token(k + 1).lower().equals("for")
          || !INDEFINITE.contains(c.token(k + 2).lower()))) {
        continue;
      }
      for (int a = without ? k + 2 : k + 3; a < verb && a < k + (without ? 8 : 10); a++) {
        String w = c.token(a).lower();
        if (w.equals("after") || without && w.equals("since")) {
          return Optional.of(m.entities.get(0));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The body "it" after a leaving verb at {@code verb} stands for: the last one the clause
   * names before the verb, other than initials in brackets after a name ("National Renewal
   * (RN)"); else empty.
   */
  private static Optional<String> bodyBefore(Clause c, int verb) {
    Mention last = null;
    for (Mention m : c.mentions) {
      boolean initials = m.start > 1 && c.token(m.start - 1).text().equals("(")
          && c.at(m.start - 2) != null && c.at(m.start - 2).kind == Mention.Kind.ORG;
      if (m.kind == Mention.Kind.ORG && m.resolved() && m.end <= verb && !initials
          && (last == null || m.start > last.start)) {
        last = m;
      }
    }
    return last == null ? Optional.empty() : Optional.of(last.entities.get(0));
  }

  /** Whether a post word comes before {@code verb}: "The post had been vacant since ...". */
  private static boolean postBefore(Clause c, int verb) {
    return c.sentence.tokens().subList(0, verb).stream()
        .anyMatch(w -> Clause.POSITIONS.contains(w.lower()))
        || c.mentions.stream().anyMatch(m -> m.kind == Mention.Kind.ROLE && m.end <= verb);
  }

  /**
   * The last resolved body named before {@code verb} that is not a tag before a person or a
   * title ("the Liberal Democrat MP X"), or empty.
   */
  private static Optional<String> untaggedBodyBefore(Clause c, int verb) {
    return c.mentions.stream().filter(m -> m.kind == Mention.Kind.ORG && m.resolved()
            && m.end <= verb && !(c.at(m.end) != null && (c.at(m.end).kind == Mention.Kind.PERSON
                || c.at(m.end).kind == Mention.Kind.ROLE)))
        .reduce((a, b) -> b).map(m -> m.entities.get(0));
  }

  /** The last resolved body named in sentence {@code sentence}, or empty. */
  private static Optional<String> lastBodyOf(List<Mention> before, int sentence) {
    return before.stream().filter(m -> m.sentence == sentence && m.kind == Mention.Kind.ORG
        && m.resolved()).reduce((a, b) -> b).map(m -> m.entities.get(0));
  }

  /** Verbs a body loses a member by: "The Welsh Government lost a minister when ...". */
  private static final Set<String> LOSING = ImmutableSet.of("lost", "loses", "lose");

  /**
   * The body named as losing someone just before "when" and the leaving clause at {@code verb}:
   * "The European Commission lost its trade commissioner on Tuesday when X stepped down" (not
   * "Labour's front bench lost ...", a body named only by its owner).
   */
  private static Optional<String> bodyThatLost(Clause c, int verb) {
    for (Mention m : c.mentions) {
      if (m.kind != Mention.Kind.ORG || !m.resolved() || m.end >= verb) {
        continue;
      }
      int k = m.end;
      while (k < verb && k < m.end + 2 && HAVING.contains(c.token(k).lower())) {
        k++; // "has lost"
      }
      if (!LOSING.contains(c.token(k).lower())) {
        continue;
      }
      for (int w = k + 2; w < verb && w < k + 14; w++) {
        if (c.token(w).lower().equals("when") && verb - w <= 12) {
          int from = k;
          int to = w;
          boolean other = c.mentions.stream().anyMatch(o -> o != m && o.kind == Mention.Kind.ORG
              && o.start > from && o.end <= to);
          return other ? Optional.empty() : Optional.of(m.entities.get(0));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The organisation a verb of leaving coordinated after {@code from} takes as its object ("and
   * would leave the council on 31 October", "and will quit the company in March"), else empty.
   */
  private static Optional<String> leftAfter(Clause c, int from) {
    for (int k = from; k + 2 < c.size() && k < from + 10; k++) {
      String w = c.token(k).lower();
      if (w.equals(",") || w.equals(";") || c.at(k) != null
          && c.at(k).kind != Mention.Kind.ORG) {
        return Optional.empty(); // not past a person or a clause of its own
      }
      if (!w.equals("and")) {
        continue;
      }
      int v = k + 1 < c.size() && FUTURE_AUXILIARIES.contains(c.token(k + 1).lower()) ? k + 2
          : k + 1;
      if (v + 1 < c.size() && LEAVING_VERBS.contains(c.token(v).lower())) {
        Mention m = c.at(v + 1); // "the council"
        return m != null && m.kind == Mention.Kind.ORG && m.resolved() && m.start >= v + 1
            ? Optional.of(m.entities.get(0)) : Optional.empty();
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** Auxiliaries of a departure to come: "and will leave the company". */
  private static final Set<String> FUTURE_AUXILIARIES = ImmutableSet.of("will", "would", "shall");

  /** Head words of the names of public bodies, which no business noun stands for. */
  private static final Set<String> PUBLIC_BODY_HEADS = ImmutableSet.of("Committee", "Council",
      "Commission", "Parliament", "Assembly", "Senate", "House", "Office", "Ministry",
      "Department", "Party", "Government", "Cabinet", "Court", "Authority");

  /**
   * Whether the reporting body {@code m} may be the one left: a body with no public head word
   * in its name ("Harwood Community Trust"), or one a description with that head word stands
   * for ("the ministry"); not "the company" resolved to a parliamentary committee, nor a
   * regulator or office that reports another's departure ("the Charity Commission said").
   */
  private boolean reportsOwn(Clause c, Mention m) {
    String noun = m.anaphorType.isPresent() ? c.token(m.end - 1).lower() : "";
    List<String> words = List.of(resolver.organization(m.entities.get(0))
        .map(Organization::name).orElse("").split(" "));
    return words.stream().anyMatch(w -> w.equalsIgnoreCase(noun))
        || words.stream().noneMatch(PUBLIC_BODY_HEADS::contains);
  }

  /** Verbs of chairing or running a body, after "who" (and "has" or "had"): "who had led". */
  private static final Set<String> CHAIRING = ImmutableSet.of("chairs", "chaired", "co-chairs",
      "co-chaired", "convenes", "convened", "led", "leads", "headed", "heads", "ran", "runs",
      "run");

  /**
   * The body that a relative clause after the person {@code person}, before {@code verb}, says
   * they chair or chaired: "X, who had chaired the Arkansas River Stadium Authority since 2022,";
   * else empty.
   */
  private Optional<String> chairedBody(Clause c, String person, int verb) {
    Mention p = c.mentions.stream().filter(m -> m.kind == Mention.Kind.PERSON && m.end < verb
        && m.entities.contains(person)).reduce((a, b) -> b).orElse(null);
    for (int i = p == null ? verb : p.end; i + 2 < verb; i++) {
      Mention other = c.at(i);
      String word = c.token(i).lower();
      if (other != null && other.kind == Mention.Kind.PERSON || word.equals("of")
          || word.equals("'s") || word.equals("whose")) {
        return Optional.empty(); // "X, the husband of a councillor who chairs ...": another's
      }
      int v = word.equals("who") ? i + 1 : -1;
      if (v > 0 && (PERFECT.contains(c.token(v).lower()) || c.token(v).lower().equals("had"))) {
        v++;
      }
      String w = v > 0 ? c.token(v).lower() : "";
      if (CHAIRING.contains(w)) {
        return c.objectAfter(v + 1, false).organization()
            .filter(o -> o.resolved() && o.end <= verb && bodyByName(c, o))
            .map(o -> o.entities.get(0));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code o} is a body by its own name, not one owned or described: not "its risk
   * committee", "the board's audit committee" or "the quality committee" (a board's committee).
   */
  private static boolean bodyByName(Clause c, Mention o) {
    String before = c.token(o.start - 1).text();
    int first = c.token(o.start).lower().equals("the") ? o.start + 1 : o.start;
    return !c.token(o.start - 1).pos().equals("PRP$") && !before.equals("'s")
        && c.token(first).isCapitalized()
        // "the Leeds-based group" is described, not named
        && !MentionFinder.OWNERSHIP.matcher(c.token(first).lower()).matches();
  }

  /**
   * Whether tokens [from, to) are nothing or an organisation's name: "has left the Treasury to
   * become", not "has left the door open to become".
   */
  private static boolean bodyLeft(Clause c, int from, int to) {
    int start = from < to && c.token(from).lower().equals("the") ? from + 1 : from;
    Mention m = from < to ? c.at(start) : null;
    return from == to || m != null && m.kind == Mention.Kind.ORG && m.end == to;
  }

  /**
   * Whether "one of" comes a few words before {@code k} with only a determiner or an owner
   * between: "one of the group's vice-chairs" (not "one of the loudest defenders", "one of
   * several aides").
   */
  private static boolean oneOf(Clause c, int k) {
    for (int j = Math.max(1, k - 4); j < k; j++) {
      if (c.token(j).lower().equals("of") && c.token(j - 1).lower().equals("one")) {
        for (int w = j + 1; w < k; w++) {
          Token t = c.token(w);
          boolean owner = w + 1 < k && c.token(w + 1).text().equals("'s"); // "the group's"
          if (!(t.lower().equals("the") || t.text().equals("'s") || t.pos().equals("PRP$")
              || t.isCapitalized() || owner)) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** Whether the copula at {@code to} is "become" after "will" or "would": a post to come. */
  private static boolean willBecome(Clause c, int to) {
    int k = to - 1;
    while (k > 0 && c.token(k).pos().startsWith("RB")) {
      k--; // "will not formally become leader"
    }
    return k >= 0 && c.token(to).lower().equals("become")
        && (c.token(k).lower().equals("will") || c.token(k).lower().equals("would"));
  }

  /** The rule of a post held by one asked to serve in it ("asked X to act as Y"). */
  private static final String ASKED_TO_SERVE_RULE = "role-copula-asked";

  /**
   * "On Wednesday the board asked the vice-chair, X, to take over as acting chair": an
   * appointment on the sentence's day for each post given so, when asked in the past tense and
   * the sentence names no appointment already.
   */
  private static void askedAppointments(Clause c, Optional<LocalDate> date, List<Fact> out) {
    if (date.isEmpty() || out.stream().anyMatch(f -> f instanceof Fact.Event e
        && e.type() == EventType.APPOINTMENT)) {
      return;
    }
    boolean past = c.sentence.tokens().stream().anyMatch(t -> ASKED_TO_SERVE.contains(t.lower())
        && t.pos().equals("VBD"));
    List<Fact.RoleHolding> asked = !past ? List.of() : out.stream()
        .filter(f -> f instanceof Fact.RoleHolding h
            && h.provenance().rule().equals(ASKED_TO_SERVE_RULE)
            && h.modality() == Modality.ASSERTED)
        .map(f -> (Fact.RoleHolding) f).toList();
    for (Fact.RoleHolding h : asked) {
      out.add(new Fact.Event(EventType.APPOINTMENT, date, List.of(h.person()), h.organization(),
          Modality.ASSERTED, prov(c, "appoint-asked-to-serve", 0.6)));
    }
  }

  /** Verbs that give someone a post to serve in: "asked X to act as", "was chosen to serve as". */
  private static final Set<String> ASKED_TO_SERVE = ImmutableSet.of("asked", "chose", "chosen",
      "named", "appointed", "elected", "picked", "tapped", "invited", "selected", "designated",
      "drafted");

  /**
   * When {@code to} is the "to" of "to serve as" or "to act as" after a verb of
   * {@link #ASKED_TO_SERVE}: the last token of its object ("asked Deputy Secretary X to serve
   * as"), or the verb itself when passive ("was asked on Sunday to act as"); else {@code to}.
   */
  private static int askedToServe(Clause c, int to) {
    if (to < 2 || !c.token(to).lower().equals("to")
        || !(c.token(to + 1).lower().equals("serve") || c.token(to + 1).lower().equals("act")
            || TAKING.contains(c.token(to + 1).lower()) && to + 2 < c.size()
                && TAKEN_OVER.contains(c.token(to + 2).lower()))) {
      return to;
    }
    for (int k = to + 2; k < c.size(); k++) {
      if (DECLINING.contains(c.token(k).lower())) {
        return to; // "asked Tom Ives to take over as chairman, but he declined"
      }
    }
    // "asked the vice-chairman, Alan Scott, to", "asked Sandra Obi, the chief nurse, to"
    Mention object = c.namedBefore(to);
    if (object != null && object.end <= to && (object.kind == Mention.Kind.PERSON
        || object.kind == Mention.Kind.PRONOUN && !object.plural)) {
      int v = object.start - 1;
      if (v >= 2 && c.token(v).text().equals(",")) {
        v--; // "asked the vice-chairman, Alan Scott, to"
      }
      Mention title = v >= 0 ? c.at(v) : null;
      v = title != null && title.kind == Mention.Kind.ROLE ? title.start - 1 : v;
      while (v > 0 && c.token(v).pos().matches("DT|PRP\\$")) {
        v--;
      }
      return v >= 0 && ASKED_TO_SERVE.contains(c.token(v).lower())
          && c.token(v).pos().startsWith("VB") ? object.end - 1 : to;
    }
    int k = to - 1; // past "by his colleagues", "on Sunday"
    while (k > 0 && k > to - 5 && !ASKED_TO_SERVE.contains(c.token(k).lower())
        && c.token(k).pos().matches("IN|DT|PRP\\$|NNS?|NNP|CD|JJ")) {
      k--;
    }
    int be = k - 1;
    while (be > 0 && c.token(be).pos().startsWith("RB")) {
      be--; // "was then chosen"
    }
    return k > 0 && ASKED_TO_SERVE.contains(c.token(k).lower()) && c.token(k).pos().equals("VBN")
        && Tokens.isBe(c.token(be).lower()) ? k : to;
  }

  /** The "as" of "serve as", "act as", "stay on as", "remain as": the role is held. */
  private static boolean servesAs(Clause c, int as) {
    int v = verbBeforeAs(c, as);
    return inOnesRole(c, as) || v >= 0 && SERVE_VERBS.contains(c.token(v).lower())
        || runningVerbBefore(c, as) >= 0
        // "asked X to take over as interim chief executive"
        || as >= 3 && TAKEN_OVER.contains(c.token(as - 1).lower())
            && TAKING.contains(c.token(as - 2).lower()) && c.token(as - 3).lower().equals("to");
  }

  private static final Set<String> TAKING = ImmutableSet.of("take", "takes", "took", "taken",
      "taking");
  private static final Set<String> TAKEN_OVER = ImmutableSet.of("over", "charge");

  /** Verbs of running a body "as" a post: "will run the lender as interim chief executive". */
  private static final Set<String> RUNNING_AS = ImmutableSet.of("run", "runs", "ran",
      "running", "lead", "leads", "led", "leading", "head", "heads", "headed", "heading");

  /** The verb of "run the company as" before the "as" at {@code as}, else -1. */
  private static int runningVerbBefore(Clause c, int as) {
    int k = as - 1;
    while (k > 0 && k >= as - 4 && c.token(k).pos().matches("DT|PRP\\$|NNP?S?|POS")) {
      k--;
    }
    return k >= 0 && k < as - 1 && RUNNING_AS.contains(c.token(k).lower())
        && c.token(k).pos().startsWith("VB") ? k : -1;
  }

  /** The verb before the "as" at {@code as}, past "on" ("will stay on as"); -1 at the start. */
  private static int verbBeforeAs(Clause c, int as) {
    int v = as - 1;
    return v >= 0 && c.token(v).lower().equals("on") ? v - 1 : v;
  }

  /** Time words that tell a post held from now: "will act as health minister from today". */
  private static final Set<String> NOW_WORDS = ImmutableSet.of("today", "tonight");

  /**
   * Conjunctions after "will serve as X" that make the post one taken later, if at all (not
   * "until": "will serve as interim chair until a successor is found" is held now).
   */
  private static final Set<String> LATER_CONDITIONS = ImmutableSet.of("if", "unless", "once",
      "when", "after", "should");

  /**
   * Whether "will" or "would" with the verb before "as" at {@code as} and "from" with a day,
   * month or date after the title, or a condition ("only if", "once she leaves"), tell a post
   * taken later: "will act as chief executive from July", "would serve as interim director
   * from Oct. 5".
   */

  private static boolean takenLater(Clause c, int as, Mention role) {
    int v = verbBeforeAs(c, as);
    String aux = v >= 1 ? c.token(v - 1).lower() : "";
    if (!aux.equals("will") && !aux.equals("would") && !aux.equals("'ll")) {
      return false;
    }
    for (int k = role.end; k + 1 < c.size() && k < role.end + 6; k++) {
      String w = c.token(k).text();
      if (w.equals(",")) {
        return false;
      }
      String next = c.token(k + 1).text();
      if (LATER_CONDITIONS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
        return true; // "would act as governor only if the Senate ...", "once she leaves"
      }
      if (w.equals("from") && (next.matches("\\d.*") || next.equals("next")
          || DateFinder.isTimeWordAt(c.sentence.tokens(), k + 1)
              && !NOW_WORDS.contains(next.toLowerCase(java.util.Locale.ROOT)))) {
        // not "from Ohio", "from today"
        return true;
      }
    }
    return false;
  }

  /**
   * Whether "in his role" or "in her capacity" comes right before "as" at {@code as}, or a
   * post kept: "keeps her role as minister of X", "retained his job as chief whip".
   */
  private static boolean inOnesRole(Clause c, int as) {
    int v = as - 1;
    if (v < 2 || !(c.token(v - 1).lower().equals("his") || c.token(v - 1).lower().equals("her")
        || c.token(v - 1).lower().equals("their"))) {
      return false;
    }
    String noun = c.token(v).lower();
    String verb = c.token(v - 2).lower();
    // "kept his seat as the NDP MLA for X" (not "kept his seat as Conservative MPs lost theirs")
    boolean post = !noun.equals("seat") || as + 1 < c.size()
        && INDEFINITE_OR_THE.contains(c.token(as + 1).lower());
    return (noun.equals("role") || noun.equals("capacity")) && verb.equals("in")
        // "attended in his role as chief executive of X"
        || KEPT_POSTS.contains(noun) && KEEPING.contains(verb) && post;
  }

  /** Determiners of a single post after "as": "as the NDP MLA", "as an independent". */
  private static final Set<String> INDEFINITE_OR_THE = ImmutableSet.of("the", "a", "an");

  /** Words for a post one keeps: "keeps her role as". */
  private static final Set<String> KEPT_POSTS = ImmutableSet.of("role", "job", "post",
      "position", "seat");
  /** Verbs of keeping a post: "keeps", "retained". */
  private static final Set<String> KEEPING = ImmutableSet.of("keep", "keeps", "kept", "keeping",
      "retain", "retains", "retained", "retaining");

  /** Whether the role starting at {@code i} follows "Person ," past its determiners. */
  /**
   * The comma that opens an apposition whose second post is told from "now" at {@code i} ("X, a
   * former mayor of Reggio Emilia and now an MEP,"), else {@code i}.
   */
  private static int pastEarlierPost(Clause c, int i) {
    if (i < 4 || !(c.token(i).lower().equals("now") || c.token(i).lower().equals("currently"))
        || !c.token(i - 1).lower().equals("and")) {
      return i;
    }
    for (int k = i - 2; k > 0 && k > i - 14; k--) {
      String w = c.token(k).text();
      if (w.equals(",")) {
        return DETERMINERS.contains(c.token(k + 1).lower()) ? k : i;
      }
      if (c.token(k).isVerb() || w.equals(";") || w.equals("(") || w.equals(")")) {
        return i;
      }
    }
    return i;
  }

  private static boolean apposedToPersonBefore(Clause c, int i) {
    int j = i - 1;
    while (j >= 0 && (DETERMINERS.contains(c.token(j).lower()) || c.token(j).pos().startsWith("JJ")
        || c.token(j).pos().equals("NN") && !c.token(j).isCapitalized() && c.at(j) == null)) {
      j--;
    }
    if (j < 1 || !c.token(j).text().equals(",")) {
      return false;
    }
    Mention p = c.at(c.beforePartyTag(j));
    return p != null && p.kind == Mention.Kind.PERSON;
  }

  /**
   * The titles joined to {@code role} by "and": "the energy minister and leader of X", "the
   * party leader and Minister for the Environment".
   */
  private static List<Mention> coordinated(Clause c, Mention role) {
    List<Mention> out = new ArrayList<>();
    c.mentions.stream().filter(m -> m.kind == Mention.Kind.ROLE && coordinatedAfter(c, role, m))
        .forEach(out::add); // the title after it first, then the one before
    c.mentions.stream().filter(m -> m.kind == Mention.Kind.ROLE && coordinatedAfter(c, m, role))
        .forEach(out::add);
    return out;
  }

  /**
   * Whether {@code second} follows {@code first} after "and" (or "and the"), past the first's
   * organisation, seat or place ("the MLA for Lagan Hills and chair of", "the DA's chief whip in
   * the legislature and chair of its public accounts committee").
   */
  private static boolean coordinatedAfter(Clause c, Mention first, Mention second) {
    // "the finance minister and leader of the Centre Party": the "and" right after the title
    // (where the organisation after the second title is read as both titles' own)
    int after = first.end < c.size() && c.token(first.end).lower().equals("and") ? first.end
        : placeBeforeAnd(c, orgOfPhrase(c, first.end).map(o -> o.end)
            .orElse(seatEnd(c, first.end)));
    if (after + 1 >= c.size() || !c.token(after).lower().equals("and")) {
      return false;
    }
    int k = c.token(after + 1).lower().equals("the") ? after + 2 : after + 1;
    return k == second.start;
  }

  /**
   * Whether the noun "vote" at {@code i} names a vote that was held: a determiner or possessive
   * before it (past "confidence"-like modifiers), and no "without", "no" or "any".
   */
  private static boolean heldVote(Clause c, int i) {
    if (!c.token(i).lower().equals("vote")) {
      return false; // "one of the party's more dependable votes": a voter
    }
    int j = i - 1;
    while (j >= 0 && j > i - 4 && (c.token(j).pos().startsWith("JJ")
        || c.token(j).pos().startsWith("NN") && !c.token(j).isCapitalized())) {
      j--;
    }
    if (j < 0) {
      return false;
    }
    String w = c.token(j).lower();
    boolean determined = w.equals("a") || w.equals("the") || w.equals("'s") || w.equals("this")
        || w.equals("that") || c.token(j).pos().equals("PRP$");
    boolean negated = j > 0 && (c.token(j - 1).lower().equals("without")
        || c.token(j - 1).lower().equals("no")) || w.equals("no") || w.equals("any");
    return determined && !negated;
  }

  /** "her" before what it owns, which the tagger may read as an object: "her special adviser". */
  private static boolean possessiveHer(Clause c, int i) {
    return c.token(i).lower().equals("her") && i + 1 < c.size()
        && (c.token(i + 1).pos().startsWith("JJ") || c.token(i + 1).pos().startsWith("NN"))
        && !c.token(i + 1).isCapitalized();
  }

  /**
   * Whether the words at {@code at} take the person out of a body or a post: "removed Hana
   * Whitfield from the ministry", "was dismissed from the portfolio", "stripped X of her post".
   */
  private static boolean removedFromBody(Clause c, int at) {
    if (at + 1 >= c.size() || !(c.token(at).lower().equals("from")
        || c.token(at).lower().equals("of"))) {
      return false;
    }
    for (int k = at + 1; k < c.size() && k <= at + 3; k++) {
      if (POST_NOUNS.contains(c.token(k).lower())) {
        return true;
      }
    }
    Mention body = c.token(at).lower().equals("from")
        ? c.objectAfter(at + 1, false).organization().orElse(null) : null;
    return body != null && body.start <= at + 3;
  }

  /** Nouns for the post someone is removed from: "stripped of the chairmanship". */
  private static final Set<String> POST_NOUNS = ImmutableSet.of("post", "job", "role",
      "portfolio", "chairmanship", "position", "brief", "posts", "roles");

  /**
   * Whether the person a weak trigger acts on has a title around the name: "dismissed its chief
   * executive, X", "dismissed X, the coach who ...", "dismissed his deputy, X".
   */
  private static boolean titled(Clause c, int from, Mention object) {
    if (object == null) {
      return false;
    }
    for (Mention m : c.mentions) {
      if (m.kind == Mention.Kind.ROLE && m.start >= from && m.end <= object.start) {
        return true;
      }
    }
    for (int i = from; i + 1 < object.start; i++) {
      if ((c.token(i).pos().equals("PRP$") || possessiveHer(c, i)
          || c.token(i).text().equals("'s")) // "dismissed Furey's assistant, Gary Lowry,"
          && OWNED_POSTS.contains(c.token(i + 1).lower())) {
        return true; // "dismissed his deputy, X"
      }
    }
    int i = c.afterPartyTag(object.end);
    if (i >= c.size() || !c.token(i).text().equals(",")) {
      return false;
    }
    for (int j = i + 1; j < c.size() && j <= i + 4; j++) {
      Mention m = c.at(j);
      if (m != null && m.kind == Mention.Kind.ROLE) {
        return true;
      }
      if (m != null || !(c.token(j).pos().equals("DT") || c.token(j).pos().startsWith("JJ")
          || c.token(j).pos().equals("PRP$"))) {
        return false;
      }
    }
    return false;
  }

  /** The end of a seat after a title ("MP for Wakefield"), or {@code i} when none follows. */
  private static int seatEnd(Clause c, int i) {
    String w = i < c.size() ? c.token(i).lower() : "";
    // "The senator representing Kogi Lakeside Senatorial District, X,"
    boolean representing = w.equals("representing");
    if (!(w.equals("for") || w.equals("from") || representing) || i + 1 >= c.size()) {
      return i; // "MP for Wakefield", "the senator from Arizona"
    }
    if (c.at(i + 1) != null) {
      // "the MP for Severnside, X," where a firm is named "Severnside Water": the seat's name
      return c.at(i + 1).kind == Mention.Kind.ORG ? c.at(i + 1).end : i;
    }
    int k = i + 1;
    while (k < c.size() && k < i + (representing ? 6 : 5) && c.token(k).isCapitalized()
        && c.at(k) == null) {
      k++;
    }
    return k > i + 1 ? k : i;
  }

  /**
   * The organisation of an apposition to the person before {@code verb}: "X, an economist at Y,"
   * or "X, a member of Y,".
   */
  /** The body after "in charge of" or "at the helm of" in the words after a departure. */
  private static Optional<String> inCharge(Clause c, int from) {
    for (int i = from; i + 2 < c.size() && i < from + 10; i++) {
      String w = c.token(i).lower();
      if (w.equals(",") || w.equals(";")) {
        break;
      }
      boolean charge = w.equals("charge") && c.token(i - 1).lower().equals("in")
          && c.token(i + 1).lower().equals("of");
      boolean helm = w.equals("helm") && c.token(i - 1).lower().equals("the")
          && c.token(i + 1).lower().equals("of");
      if (charge || helm) {
        int of = i + 1;
        return c.objectAfter(of + 1, false).organization().filter(m -> m.start <= of + 3)
            .map(m -> m.entities.get(0));
      }
    }
    return Optional.empty();
  }

  private Optional<String> appositionOrganisation(Clause c, String person, int verb) {
    for (Mention m : c.mentions) {
      if (m.kind != Mention.Kind.PERSON || m.end >= verb || !m.entities.contains(person)
          || m.end >= c.size() || !c.token(m.end).text().equals(",")) {
        continue;
      }
      for (int i = m.end + 1; i < verb && i < m.end + 10; i++) {
        String w = c.token(i).lower();
        if (w.equals(",") || w.equals("former")) {
          break; // not "X, a former chief executive of the charity Y, stepped down": a past post
        }
        if (!(w.equals("at") || w.equals("of") || w.equals("with"))) {
          continue;
        }
        Mention o = null;
        for (int j = i + 1; j < verb && j < i + 6 && o == null; j++) {
          if (c.token(j).text().equals(",")) {
            break;
          }
          Mention at = c.at(j);
          o = at != null && at.kind == Mention.Kind.ORG ? at : null;
          if (o != null && j > i + 2 && resolver.organization(o.entities.isEmpty() ? ""
              : o.entities.get(0)).map(x -> x.type().partisan()).orElse(true)) {
            o = null; // "the children's charity Harbour Lights", not "of the Flemish Christian
            break;    // Democrats", a party one belongs to
          }
        }
        // not "X, a three-term member of the House of Commons, handed in his resignation": a
        // seat is left only when the story says so
        Mention body = o != null && o.kind == Mention.Kind.ORG && o.resolved()
            ? ownedBody(c, o) : null;
        if (body != null
            && !body.organization.map(x -> x.type() == OrgType.PARLIAMENT).orElse(false)) {
          return Optional.of(body.entities.get(0));
        }
      }
    }
    return Optional.empty();
  }

  private boolean isParty(Optional<String> org) {
    return org.flatMap(resolver::organization).map(o -> o.type() == OrgType.POLITICAL_PARTY)
        .orElse(false);
  }

  /**
   * Whether {@code org}, just after "a(n)", names a party's member on its own ("became a
   * Republican last May", "a Tory in 2019"): a party not followed by the noun it qualifies
   * ("a Republican senator", "a Labour MP").
   */
  private boolean partyNoun(Clause c, Mention org) {
    if (org.kind != Mention.Kind.ORG || !org.resolved()
        || !isParty(Optional.of(org.entities.get(0)))) {
      return false;
    }
    if (org.end >= c.size()) {
      return true;
    }
    Token next = c.token(org.end);
    if (next.text().equals("'s")) {
      return false; // "became a Republican's worst nightmare"
    }
    return DateFinder.isTimeWordAt(c.sentence.tokens(), org.end)
        || PAST_TIME_ADJECTIVES.contains(next.lower())
        || !next.pos().startsWith("NN") && !next.pos().startsWith("JJ") && c.at(org.end) == null;
  }

  /** Whether the organisation is a party or a party's group: what one joins and defects to. */
  private boolean isPartisan(Optional<String> org) {
    return org.flatMap(resolver::organization).map(o -> o.type().partisan()).orElse(false);
  }

  /** Whether the organisation {@code org} is of one of {@code types}. */
  private boolean ofType(String org, OrgType... types) {
    return resolver.organization(org).map(o -> List.of(types).contains(o.type())).orElse(false);
  }

  /**
   * The day told by "N days after (before) the vote" just after {@code from}, counted from the
   * story's last event of that kind ("resigned two days after the vote"), if the story dated one.
   */
  private Optional<LocalDate> eventNamedAfter(Clause c, int from, List<Fact> out) {
    for (int k = from + 1; k + 2 < c.size() && k < from + 8; k++) {
      Optional<LocalDate> d = eventNamedAt(c, k, out);
      if (d.isPresent()) {
        return d;
      }
    }
    for (int k = 1; k <= 3; k++) { // "The day before the vote, the Cabinet met": the opening
      Optional<LocalDate> d = eventNamedAt(c, k, out); // "Hours after losing the ballot, X quit"
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /** Verbs of leading a body: "chaired the committee until she stepped down". */
  private static final Set<String> LED = ImmutableSet.of("chaired", "led", "headed", "ran",
      "convened", "captained", "coached", "managed");

  /**
   * The body led before the "until" that opens the clause of {@code verb} ("who chaired the
   * council's scrutiny committee until she stepped down", "led the club until he resigned");
   * else empty.
   */
  private Optional<String> ledUntil(Clause c, int verb) {
    int until = verb - 1;
    while (until > 0 && verb - until < 4 && !c.token(until).lower().equals("until")
        && (c.token(until).pos().equals("PRP") || c.token(until).pos().startsWith("VB")
            || c.token(until).pos().equals("MD") || c.token(until).pos().equals("RB"))) {
      until--;
    }
    if (until < 2 || !c.token(until).lower().equals("until")) {
      return Optional.empty();
    }
    for (int k = until - 1; k >= 0 && k > until - 10; k--) {
      String w = c.token(k).lower();
      if (w.equals(",") || w.equals(";")) {
        return Optional.empty();
      }
      if (LED.contains(w)) {
        int end = until;
        return c.objectAfter(k + 1, false).organization()
            .filter(m -> m.resolved() && m.end <= end).map(m -> m.entities.get(0));
      }
    }
    return Optional.empty();
  }

  /** Words before "after the vote" that keep to its day: "hours", "shortly", "minutes". */
  private static final Set<String> SAME_DAY_LAPSES = ImmutableSet.of("hours", "minutes",
      "moments", "shortly", "immediately");

  /**
   * The day told by "N days (the day) after (before) the vote" whose "after" or "before" is at
   * {@code k}, counted from the story's last asserted event of that kind, if it dated one.
   */
  private Optional<LocalDate> eventNamedAt(Clause c, int k, List<Fact> out) {
    if (k < 1 || k + 2 >= c.size()) {
      return Optional.empty();
    }
    String w = c.token(k).lower();
    if (w.equals("eve") && k + 3 < c.size() && c.token(k - 1).lower().equals("the")
        && c.token(k + 1).lower().equals("of") && (c.token(k + 2).lower().equals("the")
            || c.token(k + 2).pos().equals("PRP$"))) {
      // "on the eve of the vote", "On the eve of her resignation": the day before
      EventType eve = EVENT_NOUNS.get(c.token(k + 3).lower());
      return eve == null ? Optional.empty() : lastDayOf(eve, out).map(d -> d.minusDays(1));
    }
    // "after the vote", "the day after her resignation", "hours after losing the ballot"
    int det = c.token(k + 1).pos().equals("VBG") && k + 3 < c.size() ? k + 2 : k + 1;
    boolean determined = c.token(det).lower().equals("the") || c.token(det).pos().equals("PRP$");
    EventType type = (w.equals("after") || w.equals("before")) && determined
        ? EVENT_NOUNS.get(c.token(det + 1).lower()) : null;
    if (type == null) {
      return Optional.empty();
    }
    boolean theDay = k >= 2 && c.token(k - 2).lower().equals("the")
        && c.token(k - 1).lower().equals("day");
    // the same day: "hours after the vote", "shortly after the meeting"
    boolean hours = SAME_DAY_LAPSES.contains(c.token(k - 1).lower()) && w.equals("after");
    int n = theDay ? 1 : hours ? 0 : k < 2 ? -1 : DateFinder.daysAt(c.sentence.tokens(), k - 2);
    if (n < 0 || n == 0 && !hours) {
      return Optional.empty();
    }
    long lapse = w.equals("after") ? n : -n;
    return lastDayOf(type, out).map(d -> d.plusDays(lapse));
  }

  /** The day of the story's last asserted, dated event of {@code type}. */
  private Optional<LocalDate> lastDayOf(EventType type, List<Fact> out) {
    return latestFirst(out).stream().map(f -> eventDay(f, type)).flatMap(Optional::stream)
        .findFirst();
  }

  /** The day of {@code f} if it is an asserted, dated event of {@code type}, or a departure. */
  private static Optional<LocalDate> eventDay(Fact f, EventType type) {
    if (f instanceof Fact.Event e && e.type() == type && e.modality() == Modality.ASSERTED) {
      return e.date();
    }
    return type == EventType.RESIGNATION && f instanceof Fact.Resignation r
        && r.modality() == Modality.ASSERTED ? r.date() : Optional.empty();
  }

  /**
   * The day of the story's last departure, or other event, when the clause opens by naming it
   * ("The resignation came a day after ...", "Her exit comes two days after ...", "The vote came
   * a day after ..."): what a lapse counts back from.
   */
  private Optional<LocalDate> eventCame(Clause c) {
    if (c.size() < 4 || !POSSESSIVES_OR_THE.contains(c.token(0).lower())
        || !(c.token(2).lower().equals("came") || c.token(2).lower().equals("comes"))) {
      return Optional.empty();
    }
    String noun = c.token(1).lower();
    EventType type = DEPARTURE_NOUNS.contains(noun) ? EventType.RESIGNATION
        : EVENT_NOUNS.get(noun);
    return type == null ? Optional.empty() : lastDayOf(type, List.of());
  }

  /** Whether "that post", "the post", "this role" follows the trigger ending at {@code from}. */
  private static boolean demonstrativePost(Clause c, int from) {
    for (int i = from; i + 1 < c.size() && i < from + 3; i++) {
      String w = c.token(i).lower();
      if (w.equals("that") || w.equals("this") || w.equals("the")) {
        String next = c.token(i + 1).lower();
        return next.equals("post") || next.equals("role") || next.equals("position")
            || next.equals("job");
      }
    }
    return false;
  }

  /** A title that holds its body's description: "leader of the council", "chair of the board". */
  private static final java.util.regex.Pattern OF_THE_BODY = java.util.regex.Pattern.compile(
      " of the (council|board|authority|trust|commission|committee|assembly)$");

  /** Whether a noun no mention covers, owned, is at {@code k}: "Her deputy", "the firm's boss". */
  private static boolean ownedNounAt(Clause c, int k) {
    return k >= 1 && c.at(k) == null && c.token(k).pos().startsWith("NN")
        && (c.token(k - 1).pos().equals("PRP$") || c.token(k - 1).text().equals("'s"));
  }

  /**
   * The body a relative "which" (or "that") stands for when it is the object of the verb at
   * {@code verb}, its subject a pronoun or a name between them: the body named right before
   * ", which" ("the group, which she joined"); else empty.
   */
  private static Optional<String> relativeObject(Clause c, int verb) {
    Mention subject = verb >= 2 ? c.at(verb - 1) : null;
    int rel = subject != null && (subject.kind == Mention.Kind.PRONOUN
        || subject.kind == Mention.Kind.PERSON) && subject.end == verb ? subject.start - 1 : -1;
    if (rel < 2 || !(c.token(rel).lower().equals("which") || c.token(rel).lower().equals("that"))
        || !c.token(rel - 1).text().equals(",")) {
      return Optional.empty();
    }
    Mention body = c.at(rel - 2);
    return body != null && body.kind == Mention.Kind.ORG && body.end == rel - 1 && body.resolved()
        ? Optional.of(body.entities.get(0)) : Optional.empty();
  }

  /** Labels of a chair's post, which a committee has as often as a party. */
  private static final Set<String> CHAIRS = ImmutableSet.of("chairman", "vice chairman");

  /** Presiding posts whose holder's "chair" is the post: "the Cathaoirleach of X". */
  private static final Set<String> PRESIDING_POSTS = ImmutableSet.of("chairman", "cathaoirleach",
      "provost", "convener", "speaker", "president", "mayor", "lord mayor");

  /**
   * The body of a presiding post ("Cathaoirleach of X", "chair of X") that the sentence gives
   * {@code person} before token {@code end}, if any.
   */
  private static Optional<String> chairedHere(Clause c, String person, int end) {
    for (Mention m : c.mentions) {
      if (m.kind != Mention.Kind.ROLE || m.end >= end
          || !PRESIDING_POSTS.contains(m.role.label().toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      Mention holder = c.startingAt(m.end + 1, Mention.Kind.PERSON);
      Optional<Mention> body = orgOfPhrase(c, m.end).filter(Mention::resolved);
      int after = body.map(b -> b.end).orElse(-1);
      Mention apposed = after > 0 && after < c.size() && c.token(after).text().equals(",")
          ? c.startingAt(after + 1, Mention.Kind.PERSON) : holder;
      if (body.isPresent() && apposed != null && apposed.entities.contains(person)) {
        return Optional.of(body.get().entities.get(0));
      }
    }
    return Optional.empty();
  }

  /** Words of the names of a party's own committees: "State Republican Executive Committee". */
  private static final java.util.regex.Pattern PARTY_COMMITTEE = java.util.regex.Pattern.compile(
      "(?i)executive|state committee|national committee|republican|democratic|party|labour");

  /**
   * The one committee {@code seen} names, when it names one and no other (not a party's own);
   * else empty.
   */
  private Optional<String> onlyCommittee(List<Mention> seen) {
    return oneBodySeen(seen, o -> !o.type().partisan()
            && Lexicon.hasWord(o.name().toLowerCase(java.util.Locale.ROOT), "committee"))
        .filter(k -> resolver.organization(k)
            .filter(o -> !PARTY_COMMITTEE.matcher(o.name()).find()).isPresent());
  }

  /** The organisation named right after the last post named ("the chair of X"), if any. */
  private static Optional<String> bodyOfLastPost(List<Mention> seen) {
    return bodyOfLastPost(seen, null);
  }

  /**
   * As {@link #bodyOfLastPost(List)}, of the last post named {@code label} when that is not
   * null: "The row claimed the chair of the X committee. Y stepped down as chairperson", "Z
   * was elected chair of the X committee. She succeeds Y, who gave up the chair in May".
   */
  private static Optional<String> bodyOfLastPost(List<Mention> seen, String label) {
    for (int i = seen.size() - 2; i >= 0 && i >= seen.size() - 8; i--) {
      Mention role = seen.get(i);
      Mention next = seen.get(i + 1);
      if (role.kind == Mention.Kind.ROLE && next.kind == Mention.Kind.ORG && next.resolved()
          && (label == null || role.role.label().equals(label))
          && !SEATS.contains(role.role.label()) // "a member of the House": a seat, no post
          && next.sentence == role.sentence && next.start > role.start
          && next.start <= role.end + 4) {
        for (int j = i + 2; j < seen.size() && seen.get(j).kind == Mention.Kind.ORG
            && seen.get(j).sentence == next.sentence && seen.get(j).start <= next.end + 1
            && seen.get(j).resolved(); j++) {
          next = seen.get(j); // "the Oireachtas agriculture committee", "the Assembly's
                              // infrastructure committee": the committee
        }
        return Optional.of(next.entities.get(0));
      }
    }
    return Optional.empty();
  }

  /** The government of a region named right before the possessive at {@code apostrophe}. */
  private Optional<String> regionOwning(Clause c, int apostrophe) {
    return lex.regionNames.findAll(c.sentence.tokens()).stream()
        .filter(m -> m.end() == apostrophe).findFirst()
        .map(m -> resolver.register(m.value().government(), ""));
  }

  /**
   * The organisation of {@code type} the story gave the person a post in, this sentence's facts
   * ({@code current}) first and then the latest earlier ones, if any.
   */
  private Optional<String> memberOf(String person, List<Fact> current, OrgType type) {
    return heldPost(current, person, h -> h.organization().flatMap(resolver::organization)
        .map(o -> o.type() == type).orElse(false)).flatMap(Fact.RoleHolding::organization);
  }

  /**
   * The body named right before ", where" when {@code person}, with a post apposed, opens the
   * "where" clause before token {@code verb} ("at the White House, where Garrett Elmsworth, the
   * deputy chief of staff, resigned"), else empty.
   */
  private static Optional<String> whereOrganisation(Clause c, String person, int verb) {
    for (int i = 2; i + 1 < verb; i++) {
      if (!c.token(i).lower().equals("where") || !c.token(i - 1).text().equals(",")) {
        continue;
      }
      Mention body = c.endingBefore(i - 1, Mention.Kind.ORG);
      Mention who = c.at(i + 1);
      // the person's post apposed: "where X, the deputy chief of staff, resigned" (not "where
      // X, 71, resigned": a place where it happened)
      Mention post = who != null && who.end + 2 < verb && c.token(who.end).text().equals(",")
          ? c.at(c.token(who.end + 1).lower().equals("the") ? who.end + 2 : who.end + 1) : null;
      if (post != null && post.kind == Mention.Kind.ROLE && body != null && body.end == i - 1
          && body.resolved() && who.kind == Mention.Kind.PERSON
          && c.members(who).contains(person)) {
        return Optional.of(body.entities.get(0));
      }
    }
    return Optional.empty();
  }

  /** Nouns that close the name of a place: "Aydin province", "Kerry county". */
  private static final Set<String> LOCALITIES = ImmutableSet.of("province", "region", "county",
      "state", "district", "prefecture");

  /**
   * The body before "its" when {@code person} is named before token {@code end} with a title
   * after "its" ("its chief executive, X," or "its chief executive X"), else empty; when "Its"
   * opens the sentence, the body the sentence before ends with, of the mentions {@code before}
   * ("The budgets committee met on Monday. Its chair, X, stepped down").
   */
  private static Optional<String> itsTitledPerson(Clause c, String person, int end,
      List<Mention> before) {
    for (Mention m : c.mentions) {
      if (m.kind != Mention.Kind.PERSON || m.end > end || !m.entities.contains(person)) {
        continue;
      }
      int k = m.start > 0 && c.token(m.start - 1).text().equals(",") ? m.start - 1 : m.start;
      int described = k;
      while (described > 0 && described > k - 5 && !c.token(described - 1).text().equals(",")
          && c.token(described - 1).pos().matches("DT|JJ|NNP?S?")) {
        described--; // "its chair, the Italian MEP X,": the post before the description
      }
      k = described < k && described > 0 && c.token(described - 1).text().equals(",")
          && c.token(described).pos().equals("DT") ? described - 1 : k;
      int in = k - 1; // "Its chairman in Aydin province, X,": past the place of the post
      while (in > 1 && in > k - 5 && (c.token(in).isCapitalized()
          || LOCALITIES.contains(c.token(in).lower()))) {
        in--;
      }
      k = in > 1 && in < k - 1 && c.token(in).lower().equals("in") ? in : k;
      int portfolio = k; // "its executive director of education, X,": past the title's brief
      while (portfolio > 1 && portfolio > k - 4 && c.at(portfolio - 1) == null
          && !c.token(portfolio - 1).isCapitalized()
          && c.token(portfolio - 1).pos().matches("NNS?|JJ|CC|CD|VBG")) {
        portfolio--; // "its chairman of eleven years, X,", "its head of refereeing, X,"
      }
      k = portfolio < k && portfolio > 1 && (c.token(portfolio - 1).lower().equals("of")
          || c.token(portfolio - 1).lower().equals("for")) ? portfolio - 1 : k;
      Mention title = c.endingBefore(k, Mention.Kind.ROLE);
      int opens = title == null ? -1 : title.start;
      Mention other = opens > 1 && c.token(opens - 1).lower().equals("and")
          ? c.endingBefore(opens - 1, Mention.Kind.ROLE) : null;
      if (other != null && other.end == opens - 1) {
        opens = other.start; // "its founder and chief executive, X,"
      }
      if (title != null && title.end == k && opens > 0
          && c.token(opens - 1).lower().equals("its")) {
        Mention body = null; // the last body named before "its", with no person between
        boolean opening = opens == 1; // "Its chair, X,": the sentence before's body
        List<Mention> told = opening ? before.stream()
            .filter(b -> b.sentence == c.sentence.index() - 1).toList() : c.mentions;
        for (Mention b : told) {
          if (!opening && b.start >= opens - 1) {
            break;
          }
          if (b.kind == Mention.Kind.ORG) {
            body = b.resolved() ? b : null; // an unnamed body: "its" may be that one's
          } else if (b.kind == Mention.Kind.PERSON || b.kind == Mention.Kind.PRONOUN) {
            body = null;
          }
        }
        return Optional.ofNullable(body).map(b -> b.entities.get(0));
      }
    }
    return Optional.empty();
  }

  /**
   * The gazetteer id of the US party of "a three-term Democrat", "a Michigan Democrat" or "a
   * Republican from X" after a comma before token {@code end}, if any.
   */
  private Optional<String> apposedUsParty(Clause c, int end) {
    return apposedUsParty(c, 1, end);
  }

  /** As {@link #apposedUsParty(Clause, int)}, for an apposition from token {@code from}. */
  private Optional<String> apposedUsParty(Clause c, int from, int end) {
    boolean apposed = false;
    for (int i = Math.max(1, from); i < end; i++) {
      apposed |= c.token(i - 1).text().equals(",");
      String w = c.token(i).text();
      String next = i + 1 < c.size() ? c.token(i + 1).lower() : "";
      boolean noun = w.equals("Democrat") || (w.equals("Republican") && (next.equals(",")
          || next.equals("from") || next.equals("who")));
      String before = c.token(i - 1).lower();
      boolean place = false; // "a Michigan Democrat", "a New York Republican"
      for (int k = i - 1; k >= i - 2 && k >= 1; k--) {
        place |= lex.usState(c.sentence.tokens(), k, i) && c.token(k - 1).lower().matches("an?");
      }
      // (not "a Liberal Democrat", "a Social Democrat": a party of its own)
      boolean describes = c.token(i - 1).pos().startsWith("JJ") && !c.token(i - 1).isCapitalized();
      if (apposed && noun && (describes || before.equals("a") || before.equals("an") || place)) {
        return Optional.of(w.equals("Democrat") ? "democratic-party-us" : "republican-party-us");
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the clause joins organisation {@code org} by a joining verb of a {@code kind} it
   * accepts, both within tokens [{@code from}, {@code to}).
   */
  private boolean joinsWithin(Clause c, int from, int to, String org,
      java.util.function.Predicate<String> kind) {
    List<PhraseIndex.Match<Lexicon.Trigger>> joins = lex.triggers.findAll(c.sentence.tokens())
        .stream().filter(j -> j.start() >= from && j.end() <= to
            && (kind.test(j.value().kind()) || j.value().kind().startsWith("defect"))).toList();
    return c.mentions.stream().anyMatch(m -> m.kind == Mention.Kind.ORG && m.resolved()
        && m.entities.get(0).equals(org) && m.end <= to
        && joins.stream().anyMatch(j -> j.end() <= m.start));
  }

  /** The party of the story whose name opens a group's: the SNP of "the SNP group". */
  private Optional<String> partyOfGroup(String group) {
    Optional<Organization> g = resolver.organization(group);
    if (g.isEmpty()) {
      return Optional.empty();
    }
    List<String> groupNames = new ArrayList<>(g.get().surfaceForms());
    groupNames.add(g.get().name());
    return resolver.organizations().values().stream()
        .filter(o -> o.type() == OrgType.POLITICAL_PARTY)
        .filter(o -> java.util.stream.Stream.concat(o.surfaceForms().stream(),
                java.util.stream.Stream.of(o.name()))
            .anyMatch(f -> groupNames.stream().anyMatch(n -> n.startsWith(f + " "))))
        .map(Organization::key).findFirst();
  }

  /** Whether the given name of {@code p} says the sex other than {@code possessive}'s. */
  private boolean otherSex(Person p, String possessive) {
    return lex.genderOf(p.name().split(" ")[0]).equals(possessive.equals("his") ? "f" : "m");
  }

  /**
   * The one the possessive "his" or "her" at {@code i} stands for: the person named last before
   * it, other than {@code excluded}, whose given name does not say the other sex.
   */
  private Optional<String> possessor(Clause c, int i, List<Mention> before, String excluded) {
    Map<String, Person> persons = resolver.persons();
    return Lists.reverse(seenBefore(c, i, before)).stream()
        .filter(m -> m.kind == Mention.Kind.PERSON && m.resolved())
        .map(m -> m.entities.get(0))
        .filter(p -> !p.equals(excluded) && persons.containsKey(p)
            && !otherSex(persons.get(p), c.token(i).lower()))
        .findFirst();
  }

  /**
   * Whether a chamber begins at {@code k}: who "presides over the Senate" is its presiding
   * officer (a speaker, a lieutenant governor), not a president of it.
   */
  private static boolean presidingOfficer(Clause c, int k) {
    int at = k < c.size() && c.token(k).lower().equals("the") ? k + 1 : k;
    Mention body = at < c.size() ? c.at(at) : null;
    return body != null && body.kind == Mention.Kind.ORG && body.organization
        .or(() -> body.fallback).filter(o -> o.type() == OrgType.PARLIAMENT).isPresent();
  }

  /** Participles of employing before "by": the body employs, it takes in no member. */
  private static final Set<String> HIRING = ImmutableSet.of("hired", "poached", "headhunted",
      "taken");

  /** Posts whose holder's deputy has no post of the same name: a seat, not a post one leads. */
  private static final java.util.regex.Pattern NOT_LED = java.util.regex.Pattern.compile(
      "(?i)^(councillor|member|MP|MEP|MSP|MLA|MS|TD|MPP|MNA|MHA|MLC|senator|representative"
      + "|lawmaker|alderman|trustee|board member|director|peer)$|minister|secretary|deputy"
      + "|acting|interim|former|founder|head| of ");

  /**
   * "Her deputy, Cllr Imran Siddiqui,": the deputy of the post the story last gave someone the
   * possessive can stand for ("deputy leader" of the council she leads), when that post is one
   * someone leads.
   */
  private void ownedDeputy(Clause c, List<Mention> before, List<Fact> out) {
    for (int i = 0; i + 2 < c.size(); i++) {
      String owner = c.token(i).lower();
      // "Ms Kavanagh's deputy, Hamish Pettigrew,": the owner named
      Optional<String> namedOwner = owner(c, i + 1).map(l -> l.get(0));
      if (!(owner.equals("his") || owner.equals("her") || namedOwner.isPresent())
          || c.at(i) != null && namedOwner.isEmpty()
          || !c.token(i + 1).lower().equals("deputy")) {
        continue;
      }
      int k = c.token(i + 2).text().equals(",") ? i + 3 : i + 2;
      Mention deputy = k < c.size() ? c.at(k) : null;
      if (deputy != null && deputy.kind == Mention.Kind.ROLE && deputy.end < c.size()) {
        deputy = c.at(deputy.end); // "Her deputy, Cllr X"
      }
      if (deputy == null || deputy.kind != Mention.Kind.PERSON || !deputy.resolved()) {
        continue;
      }
      String person = deputy.entities.get(0);
      Optional<String> held = possessor(c, i, before, person);
      if (namedOwner.isPresent()) {
        held = namedOwner;
      }
      Optional<Fact.RoleHolding> led = held.flatMap(p -> heldPost(out, p,
          h -> h.organization().isPresent() && !NOT_LED.matcher(h.role()).find()));
      if (led.isPresent()) {
        out.add(new Fact.RoleHolding(person,
            "deputy " + led.get().role().replaceFirst("^council leader$", "leader"), // council's
            led.get().organization(), Modality.ASSERTED, prov(c, "role-owned-deputy", 0.7)));
      } else if (held.isPresent() && heldPost(out, held.get(),
          h -> seat(h.role()) || h.role().equals("member")).isEmpty()) {
        // "The foundation's board said her deputy, Hannah Corkum, would serve": a deputy of a
        // post the story does not name (but an MP's "deputy" holds no post)
        out.add(new Fact.RoleHolding(person, "deputy", Optional.empty(), Modality.ASSERTED,
            prov(c, "role-owned-deputy", 0.6)));
      }
    }
  }

  /** The party an earlier fact of the article gave the person a role in, if any. */
  private Optional<String> partyOf(String person) {
    return memberOf(person, List.of(), OrgType.POLITICAL_PARTY);
  }

  /**
   * Whether an organisation's name only modifies a common noun that heads the phrase: "the
   * Conservative riding association", "the Labour group on the council" is not (a group).
   */
  private static boolean modifierOnly(Clause c, Mention org) {
    int i = org.end;
    while (i < c.size() && i < org.end + 3 && c.at(i) == null
        && (c.token(i).pos().equals("JJ") || c.token(i).pos().startsWith("NN"))
        && !c.token(i).isCapitalized()) {
      i++;
    }
    return i > org.end && BODY_NOUNS.contains(c.token(i - 1).lower());
  }

  /** "the prime minister's envoy": the envoy is not the prime minister. */
  private static boolean possessive(Clause c, Mention role) {
    return role.end < c.size()
        && (c.token(role.end).text().equals("'s") || c.token(role.end).text().equals("'"));
  }

  /** Whether the role starting at {@code i} follows a copula ("will become acting secretary"). */
  private static boolean complementOfVerb(Clause c, int i) {
    int j = i - 1;
    while (j >= 0 && c.token(j).pos().startsWith("JJ")) {
      j--; // not "is the finance secretary, X,": a determiner makes it an apposition
    }
    Mention coordinated = j >= 1 && c.token(j).lower().equals("and") ? c.at(j - 1) : null;
    if (coordinated != null && coordinated.kind == Mention.Kind.ROLE) {
      j = coordinated.start - 1; // "becomes deputy leader and cabinet member for finance, X"
    }
    if (j >= 0 && COPULAS.contains(c.token(j).lower()) && c.at(j) == null
        && !successorAs(c, j) && !openingAs(c, j)) {
      return true;
    }
    // "Leila Haddad is the new minister of seniors, Trevor Quist ...": with a person as the
    // subject, the title after the determiner is hers
    if (j >= 2 && c.token(j).pos().equals("DT")) {
      Mention subject = c.at(j - 2);
      return COPULAS.contains(c.token(j - 1).lower()) && subject != null
          && subject.kind == Mention.Kind.PERSON && subject.end == j - 1;
    }
    return false;
  }

  /**
   * Whether the role starting at {@code i} is a bare noun after a preposition ("promoted to
   * chancellor"), which names no one in apposition (unlike "wrote to the chairman, X,").
   */
  private static boolean afterPreposition(Clause c, int i) {
    int j = i - 1;
    while (j >= 0 && c.token(j).pos().startsWith("JJ")) {
      j--;
    }
    return j >= 0 && (c.token(j).pos().equals("IN") || c.token(j).pos().equals("TO"))
        && !successorAs(c, j) && !openingAs(c, j);
  }

  /**
   * Whether the post from {@code i} is whom a phrase opening the sentence is addressed to: "In
   * his letter to the prime minister, X wrote", "In a letter to the council's president, X
   * said". The name after the comma is the writer.
   */
  private static boolean openingAddressee(Clause c, int i) {
    int j = i - 1;
    while (j >= 1 && (c.token(j).pos().equals("DT") || c.token(j).pos().equals("PRP$")
        || c.token(j).text().equals("'s") || c.token(j).pos().startsWith("NN")
            && c.token(j + 1).text().equals("'s"))) {
      j--;
    }
    if (j < 1 || !c.token(j).lower().equals("to") || !c.token(0).lower().equals("in")) {
      return false;
    }
    for (int k = 1; k < j; k++) {
      if (c.token(k).pos().startsWith("VB") || c.token(k).text().equals(",")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the words from {@code k}, past an apposition between commas (", 47,", ", the MP for
   * X,"), are the main verb: "X, 47, said"; not "X, she said".
   */
  private static boolean verbAfterApposition(Clause c, int k) {
    if (k < c.size() && c.token(k).text().equals(",")) {
      int close = k + 1;
      while (close < c.size() && close < k + 14 && !c.token(close).text().equals(",")) {
        close++;
      }
      if (close >= c.size() || !c.token(close).text().equals(",")) {
        return false; // "X, she called it an honest mistake but said ...": no apposition closed
      }
      k = close + 1;
    }
    return verbAfter(c, k);
  }

  /** Countries whose news calls no legislator "Deputy X" but Ireland's TDs. */
  private static final Set<String> ENGLISH_SPEAKING = ImmutableSet.of("GB", "US", "CA", "AU",
      "NZ", "ZA", "IN");

  /** Verbs of saying in the past: "the MPP for Oakville Heights said". */
  private static final Set<String> SAYING_VERBS = ImmutableSet.of("said", "told", "wrote",
      "added", "argued", "insisted", "warned", "replied");

  /**
   * Whether a finite verb (in the past, one of saying) comes within a few words from {@code k}
   * before any comma or other boundary: "the MPP for Oakville Heights said".
   */
  private static boolean verbBeforeComma(Clause c, int k) {
    for (int j = k; j < c.size() && j < k + 6; j++) {
      String pos = c.token(j).pos();
      if (pos.startsWith("W")) {
        return false; // "X, a capable MSP who has never run a department"
      }
      if (pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")
          || SAYING_VERBS.contains(c.token(j).lower())) { // not "an MP promoted from ..."
        return true;
      }
      if (isBoundary(c.token(j))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether "as" at {@code j} opens the sentence, alone or after a participle: "As deputy leader
   * of Plaid Cymru, X said", "Speaking as Deputy First Minister, X said".
   */
  private static boolean openingAs(Clause c, int j) {
    return c.token(j).lower().equals("as")
        && (j == 0 || j == 1 && c.token(0).pos().equals("VBG"));
  }

  /**
   * The person named right after the "since" that opens the clause of the verb at {@code verb}:
   * "The post had been empty since Owain Llewellyn resigned"; else empty.
   */
  private static List<String> sinceSubject(Clause c, int verb) {
    int since = sinceAt(c, verb);
    Mention p = since >= 0 ? c.at(since + 1) : null;
    return p != null && p.kind == Mention.Kind.PERSON && p.start == since + 1 && p.end == verb
        && p.resolved() ? p.entities : List.of();
  }

  /** Whether the verb at {@code verb} is in a clause "since" opens: "vacant since X quit". */
  private static boolean sinceClause(Clause c, int verb) {
    return sinceAt(c, verb) >= 0;
  }

  /**
   * The "since" within eight tokens before the verb at {@code verb} that opens its clause (no
   * comma, semicolon or other verb between), or -1.
   */
  private static int sinceAt(Clause c, int verb) {
    for (int i = verb - 1; i >= 0 && i >= verb - 8; i--) {
      String w = c.token(i).lower();
      if (w.equals("since")) {
        return i;
      }
      if (w.equals(",") || w.equals(";") || c.token(i).pos().startsWith("VB")) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether "as" at {@code j} follows a successor: "Her successor as transport secretary, X,". */
  private static boolean successorAs(Clause c, int j) {
    return j >= 1 && c.token(j).lower().equals("as")
        && SUCCESSORS.contains(c.token(j - 1).lower());
  }

  /**
   * The body that owns a post whose party {@code tag} comes just before its title {@code role}:
   * "The committee's Republican staff director" is the committee's; else {@code tag}.
   */
  private Mention bodyOwningTag(Clause c, Mention tag, Mention role) {
    if (tag.end != role.start || tag.start < 2 || !c.token(tag.start - 1).text().equals("'s")
        || role.role == null || role.role.kind() == Lexicon.RoleKind.PARTY
        || role.role.kind() == Lexicon.RoleKind.LEGISLATURE || !tag.resolved()
        || !isPartisan(Optional.of(tag.entities.get(0)))) {
      return tag;
    }
    Mention owner = c.endingBefore(tag.start - 1, Mention.Kind.ORG);
    return owner != null && owner.resolved() && !isPartisan(Optional.of(owner.entities.get(0)))
        ? owner : tag;
  }

  /**
   * The organisation whose role it is, written as a possessive before the role's adjectives:
   * "the agency's previous commissioner".
   */
  private Optional<Mention> ownerBefore(Clause c, int role) {
    int i = role;
    while (i > 0 && i > role - 4 && c.at(i - 1) == null && c.token(i - 1).pos().startsWith("JJ")
        && !c.token(i - 1).isCapitalized()) {
      i--;
    }
    String pronoun = i > 0 ? c.token(i - 1).lower() : "";
    boolean their = pronoun.equals("their");
    boolean owned = pronoun.equals("its") || their;
    if (i == 1 && owned) {
      // "Its chair, X, ...", "Their leader, X, ...": the body the sentence closes with telling
      // of it ("Its managing director, X, stepped down, Elbe Hydrogen GmbH announced"), else
      // the one before
      return reportingMention(c, role).or(this::previousSubject);
    }
    if (owned) {
      // "The environment committee elected X, a Dutch Green, as its chair", "Vardhan
      // Infraprojects on Monday denied that its managing director ...", "the Welsh Conservatives
      // denied that their shadow health secretary ...": the body that is the subject of the verb
      for (Mention m : c.mentions) {
        if (m.start >= i - 1) {
          break;
        }
        boolean subject = m.kind == Mention.Kind.ORG && m.resolved() && m.end < c.size()
            && (verbAfter(c, m.end) || c.token(m.end).text().equals(","))
            && (m.start == 0 || DETERMINERS.contains(c.token(m.start - 1).lower())
                || c.token(m.start - 1).text().equals(","))
            && m.organization.map(o -> their || o.type() != OrgType.POLITICAL_PARTY)
                .orElse(false);
        if (subject) {
          return Optional.of(m);
        }
      }
      // "the KMT and its chairman": the organisation just named
      for (int j = i - 2; j >= 0 && j > i - 8; j--) {
        Mention m = c.at(j);
        if (m != null && m.kind == Mention.Kind.ORG && m.resolved()) {
          return Optional.of(m);
        }
      }
      // "Conall Bracken, its head of health and welfare, said": a title apposed to the name the
      // sentence opens with, of the organisation the sentence before is about
      Mention apposed = i >= 3 && c.token(i - 2).text().equals(",") ? c.at(i - 3) : null;
      return apposed != null && apposed.kind == Mention.Kind.PERSON && apposed.start == 0
          ? previousSubject() : Optional.empty();
    }
    if (i >= 3 && c.token(i - 1).lower().equals("whose") && c.token(i - 2).text().equals(",")) {
      // "the Victorian Health Building Authority, whose chief executive, X,": the body before
      Mention body = c.at(i - 3);
      int open = body == null ? c.openingComma(i - 2) : -1;
      if (open > 0 && c.token(open + 1).lower().equals("the")) {
        body = c.at(open - 1); // "Alquila Estado, the state-owned rental agency, whose chairman"
      }
      return body != null && body.kind == Mention.Kind.ORG && body.resolved()
          ? Optional.of(body) : Optional.empty();
    }
    if (i < 2 || !(c.token(i - 1).text().equals("'s") || c.token(i - 1).text().equals("'"))) {
      return Optional.empty();
    }
    Mention m = c.at(i - 2);
    return m != null && m.kind == Mention.Kind.ORG && m.resolved() && m.end == i - 1
        ? Optional.of(m) : Optional.empty();
  }

  /** Words that put a start off: "after the June election", "once parliament reconvenes". */
  private static final Set<String> LATER_STARTS = ImmutableSet.of("when", "after", "once",
      "until", "next");

  /**
   * Whether the clause from {@code k} puts a start off to a later day: "from the council's April
   * meeting", "when the Commons returns"; not "from today".
   */
  private static boolean startsLater(Clause c, int k) {
    for (int j = k; j + 1 < c.size(); j++) {
      String w = c.token(j).lower();
      if (w.equals(";") || w.equals(".")) {
        return false;
      }
      String next = c.token(j + 1).lower();
      if (LATER_STARTS.contains(w) || w.equals("from") && !next.equals("today")
          && !next.equals("now") && !next.equals("this")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The comma after a portfolio that "for" opens at {@code k} and the title's words left out
   * ("the undersecretary[ for culture], X,"), or {@code k} when there is none.
   */
  private int portfolioAfter(Clause c, int k) {
    if (k + 2 >= c.size() || !c.token(k).lower().equals("for")) {
      return k;
    }
    int j = k + 1;
    boolean portfolio = false; // not "asked the minister for clarity, X said"
    while (j < c.size() && j < k + 5 && c.at(j) == null && (c.token(j).pos().startsWith("NN")
        || c.token(j).pos().equals("JJ") || c.token(j).lower().equals("and"))) {
      portfolio |= lex.portfolioWords.contains(Tokens.capitalize(c.token(j).lower()));
      j++;
    }
    boolean comma = j < c.size() && c.token(j).text().equals(",");
    // a name closed by a comma too ("the vice president for enrollment, X, said") or a known
    // portfolio ("the undersecretary for culture, X said")
    return j > k + 1 && comma && (portfolio || namedInCommas(c, j)) ? j : k;
  }

  /**
   * The comma after a body described by a common noun at {@code k}, as in "the president of the
   * regional government, X," or "the speaker of the regional council, X,"; {@code k} when the
   * words are no such body or no comma follows.
   */
  private static int describedBody(Clause c, int k) {
    if (k + 3 >= c.size() || !c.token(k).lower().equals("of")
        || !c.token(k + 1).lower().equals("the")) {
      return k;
    }
    int j = k + 2;
    while (j < c.size() && j < k + 6 && c.at(j) == null
        && (c.token(j).pos().startsWith("NN") || c.token(j).pos().equals("JJ"))) {
      j++; // "the Azores government": a place's word too, not its own name
    }
    return j > k + 2 && j < c.size() && c.token(j).text().equals(",")
        && !c.token(j - 1).isCapitalized()
        && DESCRIBED_BODIES.contains(c.token(j - 1).lower()) ? j : k;
  }

  /**
   * The comma closing a description of the body named before the comma at {@code k} ("the
   * chief executive of Nordvik Energi, the state-owned power company, X,"), or {@code k}.
   */
  private static int apposedBodyEnd(Clause c, int k) {
    if (k + 3 >= c.size() || !c.token(k).text().equals(",")
        || !INDEFINITE_OR_THE.contains(c.token(k + 1).lower())) {
      return k;
    }
    Mention described = c.startingAt(k + 1, Mention.Kind.ORG);
    if (described != null) { // "the state-owned power company": a description of the body
      return described.anaphorType.isPresent() && described.end < c.size()
          && c.token(described.end).text().equals(",") ? described.end : k;
    }
    int j = k + 2; // "the council-owned ferry operator": a kind of body no description reads
    while (j < c.size() && j < k + 7 && c.at(j) == null && !c.token(j).isCapitalized()
        && (c.token(j).pos().startsWith("NN") || c.token(j).pos().startsWith("JJ"))) {
      j++;
    }
    String head = c.token(j - 1).lower();
    return j > k + 2 && j < c.size() && c.token(j).text().equals(",")
        && (DESCRIBED_BODIES.contains(head) || MentionFinder.KIND_INTRODUCERS.contains(head))
        ? j : k;
  }

  /** Head nouns of a body told in lower case: "the regional government", "the town council". */
  private static final Set<String> DESCRIBED_BODIES = ImmutableSet.of("government", "council",
      "assembly", "parliament", "legislature", "senate", "chamber", "executive", "board",
      "committee", "commission", "authority", "agency", "party", "union", "federation",
      "association", "club", "cabinet", "ministry", "department", "court", "tribunal");

  /** Whether capitalised words after the comma at {@code comma} end at another comma. */
  private static boolean namedInCommas(Clause c, int comma) {
    for (int k = comma + 1; k < c.size() && k <= comma + 5; k++) {
      if (c.token(k).text().equals(",")) {
        return k > comma + 1;
      }
      if (!c.token(k).isCapitalized()) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the verb at {@code k} goes on from before or describes: "will continue to sit as the
   * CAQ MNA", "still sits with", "X, who sits with the EPP, said"; no move is told.
   */
  private static boolean staying(Clause c, int k) {
    String prev = k > 0 ? c.token(k - 1).lower() : "";
    String before = k > 1 ? c.token(k - 2).lower() : "";
    boolean sits = c.token(k).lower().startsWith("sit"); // not "who returns to the cabinet"
    return prev.equals("still") || sits && (prev.equals("who") || prev.equals("which"))
        || prev.equals("to") && (before.startsWith("continu") || before.startsWith("remain"));
  }

  /**
   * Whether an election at {@code k} is told as background: "was first elected as mayor in 2015",
   * "Elected as MP in 2010, she lost the seat"; a year or "first" says so.
   */
  private static boolean electedLongAgo(Clause c, int k) {
    return k > 0 && c.token(k - 1).lower().equals("first")
        || c.sentence.tokens().stream().anyMatch(w -> w.text().matches("(19|20)\\d\\d"));
  }

  /** The organisation named last before {@code k} in the clause, not a US party tag. */
  private static Optional<String> lastBodyBefore(Clause c, int k) {
    for (int j = k - 1; j >= 0; j--) {
      Mention m = c.at(j);
      if (m != null && m.kind == Mention.Kind.ORG && m.resolved()
          && !Clause.isPartyTag(c.token(m.start)) && !Clause.isBarePartyTag(m.text)) {
        return Optional.of(m.entities.get(0));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a finite verb comes at {@code k}, or after a time or an adverb between it and the
   * subject: "said", "on Monday denied", "this morning stood down", "also denied".
   */
  private static boolean verbAfter(Clause c, int k) {
    for (int j = k; j < c.size() && j < k + 4; j++) {
      Token t = c.token(j);
      if (t.pos().matches("VBD|VBZ|VBP|MD")) {
        return true;
      }
      boolean time = DateFinder.isTimeWord(t.text()) || t.pos().equals("CD")
          || j == k && (t.lower().equals("on") || t.lower().equals("this")
              || t.lower().equals("last") || t.pos().equals("RB"));
      if (!time) {
        return false;
      }
    }
    return false;
  }

  /**
   * The organisation a sentence-opening "Its" or "Their" refers to, or the "its" of a title apposed
   * to the name opening a sentence ("X, its head of policy,"): the subject of the sentence before
   * ("Plaid Cymru had courted her for months. Its business manager, X, ..."), else the one
   * organisation that sentence names ("..., when the pressure on Severnside Water told. Its
   * chief executive, X, ..."); of several, the one opening it, else the one named by its name
   * rather than described ("the union") or owning another ("Holyrood's").
   */
  private Optional<Mention> previousSubject() {
    if (previous == null || previous.mentions.isEmpty()) {
      return Optional.empty();
    }
    Mention m = previous.mentions.get(0);
    if (m.kind == Mention.Kind.ORG && m.resolved() && m.start <= 1 && m.end < previous.size()
        && previous.token(m.end).pos().matches("VB[DZP]|MD")) {
      return Optional.of(m);
    }
    List<Mention> orgs = previous.mentions.stream()
        .filter(o -> o.kind == Mention.Kind.ORG && o.resolved()).toList();
    if (orgs.stream().map(o -> o.entities).distinct().count() > 1) {
      java.util.function.Predicate<Mention> owner = o -> o.end < previous.size()
          && previous.token(o.end).text().equals("'s"); // "Holyrood's"
      Mention first = orgs.get(0);
      if ((first.start == 0 || first.start == 1 && previous.token(0).lower().equals("the"))
          && !owner.test(first)) {
        return Optional.of(first); // "The union on Monday sued X. Its president": the subject
      }
      // "... for Lakeshore Regional Transit, which begins talks with the union. Its chief
      // executive": the one named by its name, not by a description nor as an owner
      orgs = orgs.stream().filter(o -> o.anaphorType.isEmpty() && !owner.test(o)).toList();
    }
    return orgs.isEmpty() || orgs.stream().map(o -> o.entities).distinct().count() > 1
        ? Optional.empty() : Optional.of(orgs.get(orgs.size() - 1));
  }

  /** Whether {@code t} can be a word of a description before a name: "Norwegian oil and gas". */
  private static boolean describing(Token t) {
    return t.pos().startsWith("NN") && !t.isCapitalized() || t.pos().equals("JJ")
        || t.lower().equals("and");
  }

  /** A company's boards, named by kind: "the management board of X" is X's. */
  private static final Set<String> GENERIC_BOARDS = ImmutableSet.of("management board",
      "supervisory board", "executive board", "board", "board of directors");

  /**
   * "of Fine Gael", "for the party", "at the Department for Transport" right after a role, or
   * after a second role coordinated with it ("president and vice-chancellor of X").
   */
  private static Optional<Mention> orgOfPhrase(Clause c, int i) {
    Mention second = i + 1 < c.size() && c.token(i).lower().equals("and")
        ? c.startingAt(i + 1, Mention.Kind.ROLE) : null;
    if (second != null) {
      i = second.end;
    }
    if (i + 2 < c.size() && c.token(i).lower().equals("on")) {
      // "the ranking member on the Small Business Committee": a seat on a committee or board
      Mention m = c.at(c.token(i + 1).lower().equals("the") ? i + 2 : i + 1);
      return Optional.ofNullable(m).filter(o -> o.kind == Mention.Kind.ORG && o.resolved()
          && Seats.isBody(o));
    }
    if (i + 1 < c.size() && (c.token(i).lower().equals("of") || c.token(i).lower().equals("for")
        || c.token(i).lower().equals("in") || c.token(i).lower().equals("at"))) {
      int j = i + 1;
      if (j + 1 < c.size() && c.token(j).lower().equals("the") && c.at(j) == null) {
        j++;
      }
      int k = j;
      while (k < c.size() && k < j + 6 && c.at(k) == null && describing(c.token(k))) {
        k++; // "of the pressure group Clean Rivers North", "of Norwegian oil and gas producer X"
      }
      if (k > j && k < c.size() && c.at(k) != null && c.at(k).kind == Mention.Kind.ORG
          && c.token(k - 1).pos().startsWith("NN")) {
        j = k;
      }
      Mention league = c.at(j);
      if (league != null && league.kind == Mention.Kind.ORG && league.end + 1 < c.size()
          && c.token(league.end).lower().equals("side") && c.at(league.end + 1) != null
          && c.at(league.end + 1).kind == Mention.Kind.ORG) {
        j = league.end + 1; // "at Championship side Northgate Athletic": the club, not the league
      }
      int ownerEnd = c.at(j) != null ? c.at(j).end : j + 1;
      if (ownerEnd + 1 < c.size() && c.token(j).isCapitalized()
          && c.token(ownerEnd).text().equals("'s") && c.at(ownerEnd + 1) != null
          && c.at(ownerEnd + 1).kind == Mention.Kind.ORG) {
        j = ownerEnd + 1; // "a member of Parliament's Public Accounts Committee": the body owned
      }
      Mention m = c.at(j);
      Mention headed = m != null && m.end < c.size() ? c.at(m.end) : null;
      if (m != null && m.kind == Mention.Kind.ORG && headed != null && headed != m
          && headed.kind == Mention.Kind.ORG && headed.resolved()
          && headed.text.equals(headed.text.toLowerCase(java.util.Locale.ROOT))) {
        return Optional.of(headed); // "president of the Conservative riding association"
      }
      boolean chamber = m != null && m.kind == Mention.Kind.ORG && m.resolved()
          && m.organization.map(o -> o.type() == OrgType.PARLIAMENT).orElse(false);
      if (chamber && headed != null && headed != m && headed.kind == Mention.Kind.ORG
          && headed.resolved() && headed.start == m.end) {
        return Optional.of(headed); // "chair of the Commons Energy Security Committee"
      }
      if (m != null && m.kind == Mention.Kind.ORG && m.resolved() && modifierOnly(c, m)) {
        return Optional.empty(); // "secretary of the Labour branch": not the party's
      }
      Mention seat = i > 0 ? c.at(i - 1) : null;
      if (m != null && !chamber && !m.organization.map(o -> o.type().partisan()).orElse(false)
          && c.token(i).lower().equals("for") && seat != null
          && seat.kind == Mention.Kind.ROLE && seat.role != null
          && seat.role.kind() == Lexicon.RoleKind.LEGISLATURE) {
        // "the MP for Severnside": a seat, not Severnside Water (but "member of Knesset for
        // Likud")
        return Optional.empty();
      }
      Optional<Mention> boardOf = m != null && m.kind == Mention.Kind.ORG
          && GENERIC_BOARDS.contains(m.text.toLowerCase(java.util.Locale.ROOT))
          && m.end + 1 < c.size() && c.token(m.end).lower().equals("of")
          ? orgOfPhrase(c, m.end) : Optional.empty();
      if (boardOf.isPresent()) {
        return boardOf; // "president of the management board of grain trader Agro-Silos SA"
      }
      if (m != null && m.kind == Mention.Kind.ORG && m.resolved()) {
        // "chair of the Assembly's economy committee": the committee
        Mention owned = m.end + 1 < c.size() && (c.token(m.end).text().equals("'s")
            || c.token(m.end).text().equals("'") && c.token(m.end - 1).lower().endsWith("s"))
            ? c.at(m.end + 1) : null; // or "the Chamber of Deputies' defence committee"
        return Optional.of(owned != null && owned.kind == Mention.Kind.ORG && owned.resolved()
            ? owned : m);
      }
    }
    return Optional.empty();
  }

  /**
   * "X, Y and Z were sworn in as ministers of health, finance and justice respectively", "...
   * were named ministers of state at A, B and C respectively": the n-th portfolio or body is the
   * n-th holder's; "A and B were elected chair and vice-chair respectively": the n-th title, of
   * {@code org} when one is given. Whether the sentence said so and the roles were emitted.
   */
  private boolean respectively(Clause c, Mention role, List<String> holders,
      Optional<String> org, String rule, List<Fact> out) {
    int r = respectivelyAfter(c, role.end);
    if (r < 0) {
      return false;
    }
    String label = role.roleLabel;
    int of = Math.max(label.indexOf(" of "), label.indexOf(" for "));
    List<String> titles = new ArrayList<>();
    List<Optional<String>> bodies = new ArrayList<>();
    List<Mention> listed = titleList(c, role);
    if (listed.size() >= 2) {
      // "as minister of seniors and minister of rural economic development respectively": one
      // title each, each written out
      for (Mention title : listed) {
        titles.add(title.roleLabel);
        bodies.add(org);
      }
    } else if (of > 0 && role.end < r && (c.token(role.end).text().equals(",")
        || c.token(role.end).lower().equals("and"))) {
      String base = label.substring(0, label.indexOf(' ', of + 1) + 1);
      titles.add(label);
      List<String> item = new ArrayList<>();
      for (int i = role.end; i <= r; i++) {
        String w = c.token(i).lower();
        if (w.equals(",") || w.equals("and") || i == r) {
          if (!item.isEmpty()) {
            titles.add(base + Tokens.join(item));
            item.clear();
          }
        } else {
          item.add(w);
        }
      }
      titles.forEach(t -> bodies.add(Optional.empty()));
    } else if (role.end < r && (c.token(role.end).lower().equals("at")
        || c.token(role.end).lower().equals("in") || c.token(role.end).lower().equals("of"))) {
      for (Mention m : c.mentions) {
        if (m.kind == Mention.Kind.ORG && m.start > role.end && m.end <= r && m.resolved()) {
          titles.add(label);
          bodies.add(Optional.of(m.entities.get(0)));
        }
      }
    } else {
      // "as police minister and education minister respectively": one title each
      for (Mention title : titleList(c, role)) {
        titles.add(title.roleLabel);
        bodies.add(org);
      }
      if (titles.size() < 2) {
        return false;
      }
    }
    if (titles.size() != holders.size()) {
      return false;
    }
    for (int i = 0; i < holders.size(); i++) {
      out.add(new Fact.RoleHolding(holders.get(i), titles.get(i), bodies.get(i),
          Modality.ASSERTED, prov(c, rule + "+respectively", 0.75)));
    }
    return true;
  }

  /**
   * The titles listed from {@code role} up to the "respectively" after it ("deputy leader, chief
   * whip and party chair respectively"), {@code role} first; only {@code role} when there is none.
   */
  private static List<Mention> titleList(Clause c, Mention role) {
    int r = respectivelyAfter(c, role.end);
    List<Mention> titles = new ArrayList<>();
    for (Mention next = role; next != null; ) {
      titles.add(next);
      int k = next.end;
      while (k < r && (c.token(k).text().equals(",") || c.token(k).lower().equals("and"))) {
        k++;
      }
      next = k > next.end && k < r ? c.startingAt(k, Mention.Kind.ROLE) : null;
    }
    return titles;
  }

  /** Where "respectively" closes the list that starts at {@code from}, or -1. */
  private static int respectivelyAfter(Clause c, int from) {
    for (int r = from; r < c.size() && r < from + 25; r++) {
      if (c.token(r).lower().equals("respectively")) {
        return r;
      }
    }
    return -1;
  }

  /** The city services whose chief's title names them: "Police Chief X" heads a department. */
  private static final Map<String, String> CITY_SERVICES = ImmutableMap.of(
      "police", "Police Department", "fire", "Fire Department");
  /** Words before a service that keep its chief's title: "Deputy Police Chief X". */
  private static final Set<String> CHIEF_RANKS = ImmutableSet.of("deputy", "assistant",
      "acting", "interim");

  /**
   * The city department the title {@code role} heads when the title names the service and the
   * city comes just before it or in the dateline: "Phoenix Police Chief X", "PUEBLO, Colo. --
   * Police Chief X" (the Phoenix and Pueblo police departments); none for other titles.
   */
  private Optional<String> cityDepartment(Clause c, Mention role) {
    int service = role.start;
    while (service + 1 < role.end && CHIEF_RANKS.contains(c.token(service).lower())) {
      service++;
    }
    String head = CITY_SERVICES.get(c.token(service).lower());
    if (head == null || !role.roleLabel.endsWith("chief")) {
      return Optional.empty();
    }
    int k = role.start;
    while (k > 0 && c.at(k - 1) == null && c.token(k - 1).isCapitalized()
        && (c.token(k - 1).isProperNoun() || c.token(k - 1).pos().equals("NN")) // "Fresno/NN"
        && !DateFinder.isTimeWord(c.token(k - 1).text())) {
      k--;
    }
    List<Token> toks = c.sentence.tokens();
    List<String> words = new ArrayList<>();
    if (k < role.start) {
      toks.subList(k, role.start).forEach(t -> words.add(t.text()));
    } else if (role.start > 1 && Clause.isDash(toks.get(role.start - 1).text())) {
      for (Token t : toks) { // the dateline's place, in capitals: "TAMARACK FALLS, Mich. --"
        if (!t.text().matches("\\p{Lu}[\\p{Lu}'.-]+")) {
          break;
        }
        words.add(Tokens.capitalize(t.text().toLowerCase(java.util.Locale.ROOT)));
      }
    }
    return words.isEmpty() ? Optional.empty()
        : Optional.of(resolver.departmentOf(String.join(" ", words), head));
  }

  /** Whether "government" opens the title {@code role} or stands before it: "a government whip". */
  private static boolean governmentsPost(Clause c, Mention role) {
    return role.text.toLowerCase(java.util.Locale.ROOT).startsWith("government ")
        || role.start > 0 && c.token(role.start - 1).lower().equals("government");
  }

  private void emitRole(Clause c, String person, Mention role, Optional<Mention> explicitOrg,
      String rule, List<Mention> before, List<Fact> out) {
    Optional<String> org = partyInChamber(c, role, explicitOrg).or(() -> explicitOrg)
        .filter(Mention::resolved).map(m -> m.entities.get(0));
    if (governmentsPost(c, role) && role.role.kind() == Lexicon.RoleKind.PARTY
        && org.filter(o -> ofType(o, OrgType.PARLIAMENT)).isPresent()) {
      // "A government whip in the House of Lords": a post in the government, held in the chamber
      Optional<String> chamber = org;
      org = leftGovernment(role.role).or(() -> chamber);
    }
    double confidence = rule.equals("role-title") ? 0.9 : 0.8;
    boolean ofSomething = role.end < c.size() && (c.token(role.end).lower().equals("of")
        || c.token(role.end).lower().equals("for"));
    // "Senate Armed Services Chairman X": a body named before the title, not in the gazetteer
    boolean namedBody = role.start > 0 && c.at(role.start - 1) == null
        && c.token(role.start - 1).isCapitalized() && c.token(role.start - 1).isProperNoun();
    // "the board's chair": someone's, though not an organisation's the article names
    boolean owned = role.start > 0 && (c.token(role.start - 1).text().equals("'s")
        || c.token(role.start - 1).text().equals("'") || c.token(role.start - 1).pos()
            .equals("PRP$"));
    if (org.isEmpty() && !ofSomething && !owned) {
      org = cityDepartment(c, role); // "Phoenix Police Chief X": the city's police department
    }
    // A party post with no party named: the person's own party when the story gives one, else
    // the story's party only for a post that is a party's by its words ("Party chairman X",
    // "deputy leader X"): a chair or spokesperson is as often another body's ("the deputy
    // chair, X" of a broadcaster in a story naming the Greens)
    if (org.isEmpty() && role.role.kind() == Lexicon.RoleKind.PARTY && !ofSomething
        && !namedBody && !owned && !chairOfABody(c, role)) {
      boolean party = role.text.toLowerCase(java.util.Locale.ROOT).contains("party");
      boolean leads = role.role.label().equals("leader")
          || role.role.label().equals("deputy leader");
      // "The deputy leader, Cllr X," in a story about a council: the council's, as likely
      boolean councilLeader = leads && !party && councilStory(c, role.start, before);
      boolean partyPost = (party || leads) && !councilLeader;
      org = partyOf(person).filter(o -> !councilLeader).or(() -> partyPost
          ? salientBody(c, role.start, before).filter(o -> isParty(Optional.of(o)))
          : Optional.empty());
      if (org.isPresent()) {
        confidence -= 0.15;
        rule = rule + "+party-context";
      }
    }
    boolean ownedByChamber = org.flatMap(resolver::organization)
        .map(o -> o.type() == OrgType.PARLIAMENT).orElse(false);
    if ((org.isEmpty() || ownedByChamber) && owned
        && role.role.kind() == Lexicon.RoleKind.GOVERNMENT
        && !role.role.label().contains("mayor")) { // "Brisbane's deputy mayor": the city's
      // "Lower Saxony's economics minister": the government of the region that owns the post;
      // "Stormont's Economy Minister": the Executive, not the Assembly
      Optional<String> region = regionOwning(c, role.start - 1);
      org = region.isPresent() ? region : org;
    }
    boolean partyOrg = isParty(org);
    if ((org.isEmpty() || partyOrg) && !ofSomething) {
      // "Tory peer Lord X", "Sen. X": the chamber the role sits in, as the article names it
      int opens = titleOpening(c, role);
      Optional<String> chamber = chamber(c, role.role, role.start, before)
          .filter(o -> chamberOfPlace(c, opens, o));
      if (chamber.isPresent()) {
        org = chamber;
        rule = rule + "+chamber";
      }
    }
    // "chief executive X", "the assistant coach, Y," with no body named: a post in the company,
    // club or charity the story is about
    if (org.isEmpty() && !ofSomething && !owned && !namedBody && staffPost(role.roleLabel)) {
      org = resolver.soleOrganisation(seenBefore(c, role.start, before));
      if (org.isPresent()) {
        confidence -= 0.1;
        rule = rule + "+employer";
      }
    }
    // "a member of the Senedd", "Member of the Scottish Parliament X": the chamber the title
    // itself names
    if (org.isEmpty() && role.role.kind() == Lexicon.RoleKind.LEGISLATURE) {
      org = chamberInTitle(c, role);
    }
    // "Secretary of the Senate X", "Clerk of the House X": the chamber the title ends with, as
    // the article names it
    if (org.isEmpty() && role.end - role.start >= 3
        && c.token(role.end - 3).lower().equals("of") && c.token(role.end - 2).lower().equals("the")
        && TITLE_CHAMBERS.contains(c.token(role.end - 1).text())) {
      org = resolver.named(seenBefore(c, role.start, before),
          List.of(c.token(role.end - 1).text()), OrgType.PARLIAMENT)
          .filter(o -> chamberOfPlace(c, role.start, o));
      rule = org.isPresent() ? rule + "+chamber" : rule;
    }
    // "House Minority Leader X", "Senate President X": the chamber the title opens with
    // ("Landtag President X": the chamber's word just before the title)
    int first = titleOpening(c, role);
    String opening = c.token(first).text();
    boolean presiding = role.role.kind() == Lexicon.RoleKind.LEGISLATURE
        || PRESIDING.contains(role.roleLabel);
    if (org.isEmpty() && presiding && TITLE_CHAMBERS.contains(opening)) {
      // (only a chamber the article names: a Minnesota "House Speaker" is not the US House's)
      org = resolver.named(seenBefore(c, role.start, before), List.of(opening),
          OrgType.PARLIAMENT);
      org = org.filter(o -> chamberOfPlace(c, first, o));
      rule = org.isPresent() ? rule + "+chamber" : rule;
    }
    if (isParty(org) && role.role.bodies().contains("Council")) {
      // "the LNP councillor for X": a seat on the council, not in the party
      org = chamber(c, role.role, role.start, before);
    }
    // "leader of the opposition Social Democrats": the leader of the party named after it
    Mention partyAfter = c.startingAt(role.end, Mention.Kind.ORG);
    if (role.roleLabel.equals("leader of the opposition") && partyAfter != null
        && isPartisan(partyAfter.entities.stream().findFirst())) {
      out.add(new Fact.RoleHolding(person, "leader", Optional.of(partyAfter.entities.get(0)),
          Modality.ASSERTED, prov(c, rule + "+party-after", confidence)));
      return;
    }
    // "the university's chancellor": the head of a body that is no government
    String label = role.roleLabel.equals("chancellor of the exchequer")
        && org.flatMap(resolver::organization)
            .map(o -> o.type() == OrgType.ORGANIZATION).orElse(false)
        && role.text.toLowerCase(java.util.Locale.ROOT).equals("chancellor")
        ? "chancellor" : actingAs(c, role) ? "acting " + role.roleLabel : role.roleLabel;
    out.add(new Fact.RoleHolding(person, label, org, Modality.ASSERTED,
        prov(c, rule, confidence)));
  }

  /** "will act as", "is acting as" (not "who also acts as chair": the post itself). */
  private static final Set<String> ACT_VERBS = ImmutableSet.of("act", "acting");
  private static final Set<String> STAND_IN_WORDS = ImmutableSet.of("acting", "interim",
      "caretaker", "temporary");

  /**
   * Whether the title at {@code role} follows "act as" and names no stand-in post of its own:
   * "will act as chief executive" holds the acting post ("will act as interim chair" holds
   * what it names).
   */
  private static boolean actingAs(Clause c, Mention role) {
    int as = role.start - 1;
    if (as >= 0 && INDEFINITE_OR_THE.contains(c.token(as).lower())) {
      as--;
    }
    return as >= 1 && c.token(as).lower().equals("as")
        && ACT_VERBS.contains(c.token(as - 1).lower())
        && !STAND_IN_WORDS.contains(c.token(role.start).lower())
        && STAND_IN_WORDS.stream().noneMatch(w -> role.roleLabel.startsWith(w + " "));
  }

  /**
   * The party that owns a party post in a chamber, {@code org} being the chamber before the
   * title: "the Welsh Conservatives' Senedd leader", "Labour's Seanad whip"; else empty.
   */
  private Optional<Mention> partyInChamber(Clause c, Mention role, Optional<Mention> org) {
    Mention chamber = org.filter(o -> o.end == role.start && o.start >= 2 && o.resolved()
        && role.role.kind() == Lexicon.RoleKind.PARTY && ofType(o.entities.get(0),
            OrgType.PARLIAMENT)).orElse(null);
    Mention party = chamber == null ? null : c.endingBefore(chamber.start, Mention.Kind.ORG);
    boolean owner = party != null && party.end == chamber.start - 1 && party.resolved();
    return owner && isParty(Optional.of(party.entities.get(0))) ? Optional.of(party)
        : Optional.empty();
  }

  /** The chamber named after "of" or "of the" at the end of a title: "member of the Senedd". */
  private Optional<String> chamberInTitle(Clause c, Mention role) {
    for (int k = role.start + 1; k < role.end; k++) {
      String w = c.token(k - 1).lower();
      if (w.equals("of") || w.equals("the") && k >= 2 && c.token(k - 2).lower().equals("of")) {
        Optional<Lexicon.OrgEntry> body = lex.organisations.longestAt(c.sentence.tokens(), k)
            .filter(m -> m.end() == role.end)
            .flatMap(m -> m.value().stream().map(Lexicon.OrgSense::entry)
                .filter(e -> e.type() == OrgType.PARLIAMENT)
                .filter(e -> m.value().size() == 1 || e.country().equals(country)).findFirst());
        if (body.isPresent()) {
          return body.map(e -> resolver.register(e, ""));
        }
      }
    }
    return Optional.empty();
  }

  /** Posts on a company's, club's or charity's staff or board, held there when none is named. */
  private static final Set<String> STAFF_POSTS = ImmutableSet.of("chief executive",
      "chief financial officer", "chief operating officer", "managing director", "head coach",
      "assistant coach", "captain", "board member", "non-executive director",
      "sporting director", "director of football", "finance director", "executive chairman",
      "senior independent director", "independent director", "executive director",
      "general counsel", "chief technology officer", "chief investment officer",
      "director of rugby", "director of cricket", "general manager");

  /**
   * Whether {@code label}, past "acting", "interim" or "deputy", is of {@link #STAFF_POSTS} or
   * names a coach.
   */
  private static boolean staffPost(String label) {
    String post = label.replaceFirst("^(acting|interim|deputy) ", "");
    // also a club's coaches by their charge: "quarterbacks coach", "offensive coordinator"
    return STAFF_POSTS.contains(post) || post.endsWith(" coach") || post.endsWith(" coordinator");
  }

  /** The chamber a legislature role sits in, when the article names one (see roles.tsv). */
  private Optional<String> chamber(Clause c, Lexicon.RoleEntry role, int token,
      List<Mention> before) {
    if (role.bodies().isEmpty()) {
      return Optional.empty();
    }
    List<Mention> seen = seenBefore(c, token, before);
    boolean chamber = role.bodies().stream()
        .noneMatch(b -> b.equals("Council") || b.equals("Committee"));
    // a seat is in a chamber or council, not in a government or cabinet: a councillor does not
    // sit on the "Council of Ministers"
    return resolver.named(seen, role.bodies(),
        chamber ? OrgType.PARLIAMENT : OrgType.ORGANIZATION)
        .filter(k -> resolver.organization(k).map(o -> o.type() != OrgType.GOVERNMENT
            && o.type() != OrgType.CABINET
            && !(role.bodies().contains("Council") && NOT_LOCAL_COUNCIL.matcher(o.name()).find()))
            .orElse(true));
  }

  /** Whether the story before {@code token} names a local council ("Wexmoor District Council"). */
  private boolean councilStory(Clause c, int token, List<Mention> before) {
    return seenBefore(c, token, before).stream().anyMatch(m -> m.kind == Mention.Kind.ORG
        && m.resolved() && resolver.organization(m.entities.get(0)).map(o ->
            o.name().toLowerCase(java.util.Locale.ROOT).endsWith("council")
                && !NOT_LOCAL_COUNCIL.matcher(o.name()).find()).orElse(false));
  }

  /**
   * Councils no councillor sits on: a court ("Council of State"), an assembly of states
   * ("European Council", "Council of Europe", "Security Council"), a cabinet's committee.
   */
  private static final java.util.regex.Pattern NOT_LOCAL_COUNCIL = java.util.regex.Pattern
      .compile("^(the )?Council of (State|Europe|Ministers)|\\b(European|Security|Privy"
          + "|Legislative|Executive|Nordic)\\b");

  /**
   * The body, other than a chamber, of a post other than a seat ("councillor", "MLC") the
   * sentence of {@code c} gives {@code person} in apposition ("X, the senior independent
   * director,", "Her deputy, X,").
   */
  private Optional<String> postInSentence(Clause c, String person, List<Fact> out) {
    return out.stream().filter(f -> f instanceof Fact.RoleHolding h && h.person().equals(person)
            && h.modality() == Modality.ASSERTED
            && h.provenance().start() == c.sentence.start()
            && (h.provenance().rule().startsWith("role-apposition") // not "who is X of Acme"
                || h.provenance().rule().startsWith("role-owned-deputy")) // "Her deputy, X,"
            && lex.role(h.role()).map(r -> r.kind() != Lexicon.RoleKind.LEGISLATURE)
                .orElse(true))
        .map(f -> ((Fact.RoleHolding) f).organization())
        .flatMap(Optional::stream)
        .filter(o -> resolver.organization(o).map(x -> x.type() != OrgType.PARLIAMENT)
            .orElse(false))
        .findFirst();
  }

  private Optional<String> salientBody(Clause c, int token, List<Mention> before) {
    return resolver.salientBody(seenBefore(c, token, before));
  }

  /**
   * The chamber of the seat the story gives {@code person} (MP, senator, councillor): the body
   * of that post, else the chamber it sits in as the article names it, else the chamber last
   * named ("The Assembly met ... The independent MLA X resigned his seat").
   */
  private Optional<String> seatChamber(Clause c, String person, int token,
      List<Mention> before, List<Fact> out) {
    Optional<Fact.RoleHolding> held = heldPost(out, person, h -> lex.role(h.role())
        .map(r -> r.kind() == Lexicon.RoleKind.LEGISLATURE).orElse(false));
    // a councillor's seat is on a council, never the last parliament the story named ("Atlanta
    // City Councilmember X resigned from the council", in a story naming the U.S. Senate)
    boolean council = held.flatMap(h -> lex.role(h.role()))
        .map(r -> r.bodies().contains("Council")).orElse(false);
    return held.flatMap(h -> h.organization().filter(o -> !isParty(Optional.of(o)))
            .or(() -> lex.role(h.role()).flatMap(r -> chamber(c, r, token, before))))
        .or(() -> council ? Optional.empty()
            : resolver.lastOrg(seenBefore(c, token, before), OrgType.PARLIAMENT));
  }

  /**
   * Whether an organisation is named only once in a story about parties or parliaments: a bill,
   * a company or a trade body named in passing, not the body a legislator left.
   */
  private boolean inPassing(String org, List<Mention> seen) {
    long times = seen.stream().filter(m -> m.kind == Mention.Kind.ORG && m.resolved()
        && m.entities.get(0).equals(org)).count();
    boolean political = seen.stream().anyMatch(m -> m.kind == Mention.Kind.ORG && m.resolved()
        && resolver.organization(m.entities.get(0)).map(o -> o.type().partisan()
            || o.type() == OrgType.PARLIAMENT).orElse(false));
    return times < 2 && political;
  }

  /** Whether the story gives {@code person} a seat in a chamber (MP, senator, peer, ...). */
  private boolean legislator(String person, List<Fact> out) {
    return heldPost(out, person, h -> lex.role(h.role())
        .map(r -> r.kind() == Lexicon.RoleKind.LEGISLATURE).orElse(false)).isPresent();
  }

  /** Heads of bodies whose chair one "takes over": "takes over the Treasury committee". */
  private static final Set<String> CHAIRED_COMMITTEES = ImmutableSet.of("committee",
      "subcommittee", "panel");

  /** Words before a departure that tell of the seat it left: "the vacancy arose when". */
  private static final Set<String> VACANCY_WORDS = ImmutableSet.of("vacancy", "vacant",
      "replacing", "replaces", "replaced", "place");

  /** Nouns of posts that are no seat: "the post, which had been vacant since X stepped down". */
  private static final Set<String> SEATLESS_POSTS = ImmutableSet.of("post", "job", "chair",
      "chairmanship", "chairwomanship", "leadership", "presidency", "portfolio", "role",
      "position", "gavel", "speakership", "mayoralty");

  /**
   * Whether the departure at {@code t} is from a post that is no seat: a stepping aside, or a
   * sentence that speaks of a post ("filling a post vacant since X stepped down", "quit that
   * post") and of no seat.
   */
  private static boolean seatlessPost(Clause c, PhraseIndex.Match<Lexicon.Trigger> t) {
    if (c.sentence.tokens().subList(t.start(), t.end()).stream()
        .anyMatch(w -> w.lower().equals("aside"))) {
      return true;
    }
    // (a presiding officer's deputy too: "resigned as Leas-Cheann Comhairle")
    if (c.mentions.stream().anyMatch(m -> m.kind == Mention.Kind.ROLE && m.roleLabel != null
        && PRESIDING_OFFICERS.stream().anyMatch(o -> m.roleLabel
            .toLowerCase(java.util.Locale.ROOT).replace("cheann", "ceann").endsWith(o)))) {
      return false;
    }
    boolean post = false;
    for (int k = 0; k < c.size(); k++) {
      String w = c.token(k).lower();
      if (w.startsWith("seat") || w.startsWith("speaker") || w.equals("comhairle")) {
        return false; // "resigned as Speaker", "gave up the Speaker's chair"
      }
      // a post before the departure or just after it ("quit that post"), not the one taken
      // up after ("resigned Monday to take a job with a trade group")
      post |= SEATLESS_POSTS.contains(w) && k < t.end() + 3;
    }
    return post;
  }

  /** Whether a word of {@link #VACANCY_WORDS} comes before {@code token} in the sentence. */
  private static boolean vacancyBefore(Clause c, int token) {
    for (int k = 0; k < token; k++) {
      String w = c.token(k).lower();
      if (VACANCY_WORDS.contains(w) && (!w.equals("place") || k > 0
          && c.token(k - 1).lower().equals("in"))
          // not "a vacancy at the top of a department": a post, not a seat
          && !(k + 2 < token && c.token(k + 1).lower().equals("at")
              && c.token(k + 2).lower().equals("the"))) {
        return true;
      }
    }
    return false;
  }

  /** The mentions of earlier sentences and those of this one ending by {@code token}. */
  private static List<Mention> seenBefore(Clause c, int token, List<Mention> before) {
    List<Mention> seen = new ArrayList<>(before);
    for (Mention m : c.mentions) {
      if (m.end <= token) {
        seen.add(m);
      }
    }
    return seen;
  }

  private static boolean isBoundary(Token t) {
    String w = t.text();
    return w.equals(",") || w.equals(".") || w.equals(";") || t.pos().startsWith("VB")
        || t.pos().equals("MD") || w.equals("and");
  }

  // ---------------------------------------------------------------- triggers

  /** Words of a time past that may follow "left" with no object: "left last month". */
  private static final Set<String> LAST_OR_EARLIER = ImmutableSet.of("last", "earlier");
  /** The forms of "leave". */
  private static final Set<String> LEAVE = ImmutableSet.of("leave", "leaves", "left", "leaving",
      "walked", "walks", "walk", "walking"); // "walked out last night"

  /**
   * Whether "left" has no object but a time, a purpose or a manner, as a departure from a post
   * is told: "Paul Ashgrove left in November to sit as an independent", "left last month to run
   * a housing association", "left by mutual consent"; not "left on Monday for Brussels".
   */
  private static boolean leftWithoutObject(Clause c, PhraseIndex.Match<Lexicon.Trigger> t,
      List<DateFinder.DateMention> dates) {
    int i = t.end();
    if (!LEAVE.contains(c.token(t.start()).lower()) || i + 1 >= c.size()) {
      return false;
    }
    if (c.token(i - 1).lower().equals("on") && dates.stream().anyMatch(d -> d.start() == i)) {
      return true; // "walked out on Monday evening": a day, not what was walked out on
    }
    String w = c.token(i).lower();
    String next = c.token(i + 1).text();
    boolean time = w.equals("in") && (DateFinder.isTimeWord(next) || next.matches("(19|20)\\d\\d"))
        || LAST_OR_EARLIER.contains(w) || w.equals("on") && dates.stream()
            .anyMatch(d -> d.start() == i + 1);
    boolean purpose = w.equals("to") && c.token(i + 1).pos().equals("VB");
    boolean consent = w.equals("by") && next.equals("mutual");
    // "was leaving with immediate effect", "said she was leaving \"so the department can move
    // on\"": how a post is given up (not "will leave at the end of the month": a plan)
    int m = w.equals("\"") || w.equals("“") || w.equals("``") ? i + 1 : i;
    String how = c.token(m).lower();
    String then = m + 1 < c.size() ? c.token(m + 1).lower() : "";
    boolean manner = (how.equals("with") && then.equals("immediate")
        || how.equals("so") && !then.equals("that") && m + 1 < c.size()
            && !c.token(m + 1).pos().startsWith("JJ") && !c.token(m + 1).pos().startsWith("RB"))
        // (not "told the group whip they were leaving \"with immediate effect\"": the whip's
        // group, which the sentence does not name)
        && c.sentence.tokens().subList(0, t.start()).stream()
            .noneMatch(k -> k.lower().equals("whip"));
    for (int k = i; k < c.size() && k < i + 6; k++) {
      if (c.token(k).lower().equals("for")) {
        return false; // "left on Monday for Brussels"
      }
    }
    // not "rejoins a party he left in 2014": the noun before its subject is its object
    boolean objectBefore = t.start() >= 2 && c.token(t.start() - 1).pos().equals("PRP")
        && c.token(t.start() - 2).pos().startsWith("NN");
    return (time || purpose || consent || manner) && !objectBefore;
  }

  /** Verbs of sitting or becoming: "now sits as an independent", "to become an independent". */
  private static final Set<String> SIT_OR_BECOME = ImmutableSet.of("sit", "sits", "sitting",
      "sat", "become", "becomes", "became", "remain", "remains", "serve", "serves");

  /**
   * Whether the rest of the clause from {@code from} says the person now sits as an independent:
   * "quit in March and now sits as an independent", "left to sit as an independent".
   */
  private static boolean independentAfter(Clause c, int from) {
    for (int i = from; i + 2 < c.size() && i < from + 12; i++) {
      if (SIT_OR_BECOME.contains(c.token(i).lower())) {
        int k = c.token(i + 1).lower().equals("as") ? i + 2 : i + 1;
        while (k < c.size() && k < i + 4 && (c.token(k).lower().equals("an")
            || c.token(k).lower().equals("a"))) {
          k++;
        }
        // "an independent", "an independent MLA", not "an independent consultant"
        return k < c.size() && (c.token(k).lower().equals("independent")
            || c.token(k).lower().equals("independents")) && (k + 1 >= c.size()
            || !c.token(k + 1).pos().startsWith("NN") || c.token(k + 1).isCapitalized()
            || c.token(k + 1).lower().startsWith("member")
            || c.token(k + 1).lower().startsWith("councillor"));
      }
    }
    return false;
  }

  /** Nouns for a grouping inside a body: "the chamber's bipartisan majority coalition". */
  private static final Set<String> BLOCS = ImmutableSet.of("coalition", "bloc", "caucus",
      "faction", "wing", "majority", "minority", "group", "alliance");

  /** Whether the noun phrase at {@code from} ends in a word of {@link #BLOCS}. */
  private static boolean blocAfter(Clause c, int from) {
    int k = from;
    while (k < c.size() && k < from + 4 && c.at(k) == null
        && (c.token(k).pos().startsWith("JJ") || c.token(k).pos().startsWith("NN")
            || c.token(k).pos().equals("VBG"))) { // "working group"
      k++;
    }
    return k > from && BLOCS.contains(c.token(k - 1).lower());
  }

  /**
   * Whether a membership ("membership", "memberships") is named in the six tokens from i, with
   * no preposition but "of", verb or number before it.
   */
  private static boolean membershipAfter(Clause c, int i) {
    for (int k = i; k < c.size() && k < i + 6; k++) {
      if (c.token(k).lower().startsWith("membership") || k + 1 < c.size()
          && c.token(k).lower().equals("party") && c.token(k + 1).lower().startsWith("card")) {
        return true; // "tore up her party card"
      }
      String tag = c.token(k).pos();
      if (tag.equals("IN") && !c.token(k).lower().equals("of") || tag.startsWith("VB")
          || tag.equals("CD")) {
        // not "handed in a motion on party membership", "2,000 membership forms" (but "signed
        // the Assembly's Roll of Membership")
        return false;
      }
    }
    return false;
  }

  /**
   * The index of "with" right after the membership noun in the words from {@code i} ("her
   * membership form with the PSD"), when a party follows it; else -1.
   */
  private int withAfterMembership(Clause c, int i) {
    int k = membershipAt(c, i);
    if (k < 0) {
      return -1;
    }
    int w = membershipPapers(c, i) ? k + 2 : k + 1;
    int from = w + 1;
    return from < c.size() && c.token(w).lower().equals("with")
        && isPartisan(c.objectAfter(from, false).organization()
            .filter(m -> m.start <= from + 1).map(m -> m.entities.get(0))) ? w : -1;
  }

  /** Whether "membership" with its papers follows in the words from {@code i}: "cards". */
  private static boolean membershipPapers(Clause c, int i) {
    int k = membershipAt(c, i);
    return k >= 0 && k + 1 < c.size() && MEMBERSHIP_PAPERS.contains(c.token(k + 1).lower());
  }

  /** The index of the first "membership" in the six words from {@code i}; else -1. */
  private static int membershipAt(Clause c, int i) {
    for (int k = i; k < c.size() && k < i + 6; k++) {
      if (c.token(k).lower().startsWith("membership")) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The "and" or "but" after a comma (or a semicolon) that opens the clause of the word at
   * {@code k}, the last before it; -1 when there is none.
   */
  private static int clauseAndBefore(Clause c, int k) {
    for (int i = k - 1; i >= 1; i--) {
      String w = c.token(i).lower();
      if (w.equals(";")) {
        return i;
      }
      if ((w.equals("and") || w.equals("but")) && c.token(i - 1).text().equals(",")) {
        return i;
      }
    }
    return -1;
  }

  /** The papers of a membership: "membership form", "membership card". */
  private static final Set<String> MEMBERSHIP_PAPERS = ImmutableSet.of("form", "forms", "card",
      "cards", "papers");

  private void triggers(Clause c, List<DateFinder.DateMention> dates,
      Optional<LocalDate> clauseDate, boolean ownDate, List<Mention> before, List<Fact> out) {
    int previousEnd = -1;
    for (PhraseIndex.Match<Lexicon.Trigger> t : lex.triggers.findAll(c.sentence.tokens())) {
      int sinceTrigger = previousEnd;
      Optional<Mention> asked = t.value().kind().equals("ask-post") ? askedPerson(c, t)
          : Optional.empty();
      if (!t.value().kind().equals("ask-post") || asked.isPresent()) {
        previousEnd = t.end(); // (not "asked for patience": no deed of its own)
      }
      Token first = c.token(t.start());
      // "Admitted/NNP to Renew on Tuesday, X said": a participle that opens the sentence
      boolean opening = t.start() == 0 && t.end() > 1 && first.lower().endsWith("ed");
      if (first.isProperNoun() && !opening || c.at(t.start()) != null) {
        continue;
      }
      Lexicon.Trigger trig = t.value();
      boolean verb = t.end() - t.start() > 1 || first.isVerb()
          || first.pos().equals("JJ") && t.start() > 0 // "was sacked" tagged as an adjective
              && Tokens.isBe(c.token(t.start() - 1).lower())
          || coordinatedPast(c, t.start()) // "fired X and appointed/JJ Y as interim CEO"
          // "The club sacked/JJ head coach X on Monday": a noun before, its object after
          || (first.pos().equals("JJ") || first.pos().equals("VBN")) && t.end() - t.start() == 1
              && first.lower().endsWith("ed") && t.start() > 0
              && c.token(t.start() - 1).pos().startsWith("NN")
              && objectPerson(c, t.end()) != null
          // "agreed to co-opt/NN X": a verb after "to", tagged a noun
          || t.start() > 0 && c.token(t.start() - 1).pos().equals("TO")
              && first.pos().startsWith("NN") && !trig.kind().endsWith("-noun");
      if (trig.kind().equals("appoint") && first.lower().endsWith("ing") && t.start() > 0
          && GERUND_OBJECTS.contains(c.token(t.start() - 1).lower())) {
        verb = false; // "voted against appointing X as chief executive": no appointment made
        // (but "by co-opting X", "after appointing X": done)
      }
      int daysEarlier = DateFinder.daysBefore(c.sentence.tokens(), t.start());
      int lag = DateFinder.lagDaysBefore(c.sentence.tokens(), t.start());
      Optional<LocalDate> anchor = daysEarlier == 0 ? clauseDate
          : eventCame(c).or(() -> clauseDate);
      Optional<LocalDate> date = anchor.map(d -> d.minusDays(daysEarlier)); // "two days after
      // the House voted"; "Her departure came a day after X quit", "The vote came a day after":
      // a day before the event the clause opens with
      date = date.map(d -> d.plusDays(lag)); // "and two days later joined"
      boolean vagueLapse = DateFinder.vagueLapseBefore(c.sentence.tokens(), t.start());
      if (vagueLapse || countingBefore(c, t.start())) {
        date = Optional.empty(); // "resigned on Monday, days after shareholders voted"; "X is
        // the second minister to leave the Arundel government": told again, undated
      }
      java.util.OptionalInt after = DateFinder.lagAfter(c.sentence.tokens(), t.end());
      if (ownDate && after.isPresent() && dates.stream().anyMatch(d -> d.end() <= t.start())) {
        date = date.map(d -> d.plusDays(after.getAsInt())); // "and joined Y the next day"
      }
      Optional<LocalDate> lapse = eventNamedAfter(c, t.end(), out);
      Optional<LocalDate> own = DateFinder.dateAfter(c.sentence.tokens(), dates, t.end())
          .or(() -> lapse); // "resigned two days after the vote"
      boolean datedHere = ownDate || lapse.isPresent(); // "met the day before the vote"
      // "X stood down on Monday, and on Wednesday morning his deputy, Y, was named chief whip":
      // the day between the previous trigger and this one
      // (also "It fell on Monday afternoon, and by Tuesday lunchtime X had resigned": the day
      // of the clause that ", and" opens)
      int since = sinceTrigger >= 0 ? sinceTrigger : clauseAndBefore(c, t.start());
      Optional<LocalDate> between = since < 0 ? Optional.empty() : dates.stream()
          .filter(d -> d.start() >= since && d.end() <= t.start())
          .max(java.util.Comparator.comparingInt(DateFinder.DateMention::start))
          .map(DateFinder.DateMention::date);
      if (own.isEmpty() && between.isPresent() && clauseDate.isPresent() && daysEarlier == 0
          && !vagueLapse
          && lag == 0 && after.isEmpty() && (published.isEmpty() || !between.get().isAfter(published.get()))
          && !DateFinder.longBefore(c.sentence.tokens(), t.start())
          && !DateFinder.vagueAfter(c.sentence.tokens(), dates, t.end())
          && !afterDatedClause(c, dates, t.start())) {
        own = between;
      }
      // "A day after the swearing-in, X crossed the floor" counts from a dated event, whatever
      // vague time the sentence names besides ("... until last year")
      boolean anchored = clauseDate.isPresent() || lapse.isPresent() && own.equals(lapse);
      if (own.isPresent() && anchored
          && (published.isEmpty() || !own.get().isAfter(published.get()))) {
        date = own; // "who resigned on Monday, formally joined the BJP on Wednesday"
      } else if (DateFinder.longBefore(c.sentence.tokens(), t.start())
          || DateFinder.vagueAfter(c.sentence.tokens(), dates, t.end())
          || !ownDate && daysEarlier == 0 && lag == 0
              && (DateFinder.vagueAsideBefore(c.sentence.tokens(), dates, t.start())
              || !first.pos().equals("VBD") && !first.pos().equals("VBN")
                  && DateFinder.vagueTime(c.sentence.tokens(), dates, true))) {
        date = Optional.empty(); // "three years after he left the party", "quit in March",
        // "X, who was elected in 2019 and quit Labour last week,"; "She succeeds X, who
        // resigned in March": a state, not a deed of the day narrated
      } else if (own.isEmpty() && daysEarlier == 0 && lag == 0
          && afterDatedClause(c, dates, t.start())) {
        date = Optional.empty(); // "Shares fell on Wednesday after its chief executive stepped
        // down": the day is the main clause's; the departure came before it
      }
      switch (trig.kind()) {
        case "resign" -> {
          boolean wentTo = t.end() < c.size() && c.token(t.end()).lower().equals("for")
              && LEAVING_VERBS.contains(c.token(t.start()).lower()); // "left for the ECR"
          boolean stoodDown = first.lower().equals("stood") && t.start() > 0
              && Tokens.isBe(c.token(t.start() - 1).lower());
          if (verb && stoodDown) {
            // "was stood down by the commissioner pending a review", "has been stood down as
            // minister while the commission investigates": suspended by another, no resignation
            otherEvent(c, t, new Lexicon.Trigger("suspend", true), dates, date, before, out);
          } else if (verb && !resignedTo(c, t.end()) && !keptOut(c, t)) {
            if (!wentTo) {
              resignation(c, t, trig.strong() || leftWithoutObject(c, t, dates), dates, date,
                  before, out);
            }
            leftFor(c, t, dates, date, out);
          }
        }
        case "take-seat" -> {
          if (verb) {
            tookSeat(c, t, dates, date, before, out);
          }
        }
        case "part-ways" -> {
          if (verb && !partedWithPerson(c, t, date, out)) {
            resignation(c, t, false, dates, date, before, out); // "parted company with the club"
          }
        }
        case "resign-nominal" -> nominalResignation(c, t, dates, date, before, out);
        case "resign-accepted" -> {
          if (verb) {
            acceptedResignation(c, t, before, out);
          }
        }
        case "end-membership" -> {
          // "cancelled their Labour Party memberships", "tore up his membership card": only with
          // a membership as the object
          if (verb && membershipAfter(c, t.end())) {
            resignation(c, t, false, dates, date, before, out);
          }
        }
        case "start-membership" -> {
          // "took out TUV membership", "signed an Alberta NDP membership card"; "signed her
          // membership form with the PSD": the party after "with"
          boolean membership = verb && membershipAfter(c, t.end());
          int with = membership ? withAfterMembership(c, t.end()) : -1;
          // "received Gerindra membership cards" (not "received honorary life membership",
          // "received the membership list")
          boolean papers = !first.lower().startsWith("receiv") || membershipPapers(c, t.end());
          int of = membership ? membershipAt(c, t.end()) + 1 : -1;
          if (papers && with > 0) {
            joining(c, t, with + 1, false, dates, date, before, out);
          } else if (papers && membership && of < c.size() && c.token(of).lower().equals("of")) {
            joining(c, t, of + 1, false, dates, date, before, out); // "membership of Republicanos"
          } else if (papers && membership) {
            joining(c, t, t.end(), false, dates, date, before, out);
          } else if (verb && first.lower().startsWith("sign")) {
            signedBy(c, t, date, before, out); // "Ashby United signed striker X"
          }
        }
        case "signing" -> signedBy(c, t, date, before, out);
        case "become-member" -> {
          int member = numberedMemberOf(c, t.end());
          // "became PA members", "became an SNP member": the party before "member(s)"
          int k = t.end() < c.size() && INDEFINITE.contains(c.token(t.end()).lower())
              ? t.end() + 1 : t.end();
          if (k < c.size() && MEMBER_KINDS.contains(c.token(k).lower())) {
            k++; // "became a card-carrying Labor member"
          }
          Mention org = k < c.size() ? c.at(k) : null;
          if (verb && org != null && org.kind == Mention.Kind.ORG && org.start == k
              && org.end < c.size() && c.token(org.end).lower().startsWith("member")
              && !c.token(org.end).lower().startsWith("membership")) {
            joining(c, t, k, false, dates, date, before, out);
          } else if (verb && org != null && k > t.end() && partyNoun(c, org)) {
            joining(c, t, k, false, dates, date, before, out); // "became a Republican last May"
          } else if (verb && datedHere && newestSeat(c, t.end())) {
            // "became the Green Party's fifth MP on Monday": joined the party
            joining(c, t, t.end(), false, dates, date, before, out);
          } else if (verb && member > 0) {
            // "became the 10th member of the NDP caucus", "its newest member"
            joining(c, t, member, false, dates, date, before, out);
          } else if (verb && datedHere) {
            becameHolder(c, t, dates, date, out);
            becameSeated(c, t, dates, date, before, out);
          }
        }
        case "resign-noun" -> {
          // "handed the president her resignation on Tuesday": the giver resigned
          int v = t.start() - 1;
          while (v >= 0 && v >= t.start() - 5 && !GIVING_VERBS.contains(c.token(v).lower())
              && !c.token(v).pos().startsWith("VB") && !c.token(v).text().equals(",")) {
            v--;
          }
          if (v >= 0 && GIVING_VERBS.contains(c.token(v).lower())
              && !(c.token(v).lower().startsWith("offer") && turnedDown(c, t.end()))) {
            resignation(c, new PhraseIndex.Match<>(v, t.end(), trig), true, dates, date, before,
                out);
          }
        }
        case "defect-from" -> {
          if (verb || owner(c, t.start()).isPresent()) { // "her move from Labour to the SNP"
            resignation(c, t, false, dates, date, before, out);
            // "defected from Labour to the Greens": and joined the second
            Optional<Mention> left = c.objectAfter(t.end(), false).organization();
            // "from the Peoples Democratic Party (PDP) to the APC": past the short name
            int to = left.map(m -> pastBracket(c, m.end)).orElse(c.size());
            if (to < c.size() - 1 && c.token(to).lower().equals("to")) {
              joining(c, t, to + 1, true, dates, date, before, out);
            }
          }
        }
        case "swap" -> {
          // "swapped the PL for the PSD": left the first party and joined the second
          Optional<Mention> left = c.objectAfter(t.end(), false).organization();
          if (verb && isPartisan(left.filter(Mention::resolved).map(m -> m.entities.get(0)))
              && left.get().end < c.size() - 1 && c.token(left.get().end).lower().equals("for")) {
            Mention to = c.at(left.get().end + (c.token(left.get().end + 1).lower().equals("the")
                ? 2 : 1));
            if (to != null && to.kind == Mention.Kind.ORG && to.resolved()
                && isPartisan(Optional.of(to.entities.get(0)))) {
              resignation(c, t, false, dates, date, before, out);
              joining(c, t, left.get().end + 1, true, dates, date, before, out);
            }
          }
        }
        case "appoint-made" -> {
          if (verb && madeRole(c, t)) { // "made Tom Boyle her chief of staff", "was made a whip"
            // "was made a life peer in 2015": no day, so no event (see Extractor.consolidate)
            otherEvent(c, t, new Lexicon.Trigger("appoint", true), dates, date, before, out);
          }
        }
        case "replace" -> {
          if (verb) {
            replacement(c, t, dates, date, out);
          }
        }
        case "join", "defect" -> {
          boolean cameFrom = t.end() < c.size() && c.token(t.end()).lower().equals("from");
          boolean seatGiven = GIVEN_SEAT.contains(first.lower()) && t.end() - t.start() == 2
              && c.token(t.start() + 1).lower().equals("to");
          // "appointed to replace him at an extraordinary Council of State": a verb, no seat
          boolean infinitive = t.end() < c.size() && c.token(t.end()).pos().equals("VB");
          // "was co-opted to the Assembly": a seat in a chamber filled by co-option
          boolean coopted = first.lower().equals("co-opted") && c.objectAfter(t.end(), false)
              .organization().filter(Mention::resolved)
              .filter(m -> ofType(m.entities.get(0), OrgType.PARLIAMENT)).isPresent();
          if (seatGiven && (infinitive || !seatBody(c, t.end()) && !coopted)) {
            // "appointed to the cabinet", "named to replace her": an appointment, not a seat on
            // a board or committee
            // ("co-opted to the Assembly": a seat filled by appointment, as strong)
            // "was appointed to the cabinet as portfolio holder for leisure": with the verb
            // alone, so the cabinet is the body joined (not when told as background, "was
            // appointed to the Cabinet in 2023")
            boolean cabinet = !infinitive && !toldInPassing(c, t)
                && c.objectAfter(t.end(), false).organization().filter(Mention::resolved)
                    .filter(m -> ofType(m.entities.get(0), OrgType.CABINET)).isPresent();
            otherEvent(c, cabinet ? new PhraseIndex.Match<>(t.start(), t.start() + 1, trig) : t,
                new Lexicon.Trigger("appoint", first.lower().equals("appointed")
                    || first.lower().equals("co-opted")), dates, date, before, out);
          } else if (verb && cameFrom && first.lower().startsWith("join")) {
            // "X has joined from Cardigan Bay Mariners on loan", "Aberllyn confirmed that X has
            // joined from Y": not the club left, but the story's or the one telling of it
            int past = c.objectAfter(t.end() + 1, false).organization()
                .map(m -> pastBracket(c, m.end)).orElse(-1);
            int named = t.end() + 1;
            while (past < 0 && named < c.size() && named < t.end() + 5
                && c.token(named).isCapitalized() && c.token(named).isProperNoun()) {
              named++; // "has joined from Northshire on a three-year contract": a club the
              // gazetteer does not know
            }
            past = past < 0 && named > t.end() + 1 ? named : past;
            if (past > 0 && (signingTermAt(c, past).isPresent()
                || tellingBody(c, t.start()).isPresent())) {
              joining(c, t, past, false, dates, date, before, out);
            }
          } else if (verb && !cameFrom) { // not "joining from Ashby United": where one came from
            int had = out.size();
            joining(c, t, t.end(), trig.kind().equals("defect"), dates, date, before, out);
            appointedMembers(c, t, out.subList(had, out.size()), out);
            if (out.size() == had && !SETTING_UP.contains(first.lower())) {
              joinersListed(c, t, date, before, out); // not "set up the inquiry: A and B"
            }
            joinedGovernmentAs(c, t, dates, out);
          }
          boolean electedTo = first.lower().equals("elected") && t.end() - t.start() == 2
              && verb;
          PhraseIndex.Match<Lexicon.Trigger> elected =
              new PhraseIndex.Match<>(t.start(), t.start() + 1, t.value());
          if (electedTo && (datedHere || daysEarlier > 0)
              && !c.token(t.start() - 1).text().equals(",")
              && !(t.start() >= 2 && c.token(t.start() - 2).lower().equals("who"))) {
            // "was elected to the national executive on Saturday": an election as well, dated
            // and not told in a relative clause (as the verb "elected" alone)
            otherEvent(c, elected, new Lexicon.Trigger("elect", true), dates, date, before, out);
          } else if (electedTo && asAfter(c, t.end(), 4) > 0
              && !electedLongAgo(c, t.start())) {
            // "was elected to serve as Cathaoirleach": the post, though no day is told
            otherEvent(c, elected, new Lexicon.Trigger("elect", true), dates, Optional.empty(),
                before, out);
          }
        }
        case "bring-into" -> broughtInto(c, t, date, out);
        case "enter" -> {
          // "enters cabinet as minister of fisheries"; not "who entered Parliament in 2017" (a
          // seat won, told as background) nor "when he entered the cabinet" (the time of
          // something else)
          boolean cameFrom = t.end() < c.size() && c.token(t.end()).lower().equals("from");
          if (verb && !cameFrom && enteredCabinet(c, t.end())
              && !(t.start() >= 2 && TIME_CLAUSES.contains(c.token(t.start() - 2).lower()))) {
            joining(c, t, t.end(), false, dates, date, before, out);
          }
        }
        case "join-party" -> {
          // "returned to the Conservative Party", "took the Labour whip": only a party or group
          Clause.Object obj = c.objectAfter(t.end(), false);
          boolean party = isPartisan(obj.organization().map(m -> m.entities.get(0)));
          boolean whip = !c.token(t.end() - 1).lower().equals("the") || obj.organization()
              .map(m -> m.end < c.size() && c.token(m.end).lower().equals("whip")).orElse(false);
          // not "returns to the Liberal backbench": a seat in the party, not a move into it
          boolean benches = obj.organization().map(m -> m.end < c.size()
              && BENCH_WORDS.contains(c.token(m.end).lower())).orElse(false);
          // "returns to the cabinet after two years on the back benches": a cabinet too
          boolean cabinet = c.token(t.start()).lower().startsWith("return")
              && enteredCabinet(c, t.end());
          if ((party && whip || cabinet) && !benches && !staying(c, t.start())) {
            joining(c, t, t.end(), false, dates, date, before, out);
          } else if (verb && t.end() < c.size()
              && MEMBER_NOUNS.containsKey(c.token(t.end()).text())) {
            joinedByMemberNoun(c, t, MEMBER_NOUNS.get(c.token(t.end()).text()), dates, date, out);
          }
        }
        case "join-as" -> {
          int as = asAfter(c, t.end());
          // "sits as a Labour MP"; not "has sat as an independent on the council"
          boolean partisan = as > 0 && isPartisan(c.objectAfter(as + 1, false).organization()
              .map(m -> m.entities.get(0)));
          // "have between them sat as Conservative councillors for forty years": background
          boolean perfect = false;
          for (int k = t.start() - 1; k >= 0 && k >= t.start() - 3; k--) {
            perfect |= PERFECT.contains(c.token(k).lower()) || c.token(k).lower().equals("had");
          }
          perfect &= c.token(t.start()).lower().equals("sat");
          // "will keep his seat in the assembly, where he sits as a League deputy": the seat's
          // description, not a move
          boolean where = t.start() >= 2 && c.token(t.start() - 2).lower().equals("where");
          if (verb && as > 0 && partisan && !perfect && !where && !staying(c, t.start())) {
            joining(c, t, as + 1, false, dates, date, before, out);
          }
        }
        case "cross-floor" -> {
          if (verb) {
            crossedFloor(c, t, dates, date, out);
          }
        }
        case "follow" -> {
          if (verb) {
            followed(c, t, dates, date, before, out);
          }
        }
        case "welcome" -> {
          if (verb) {
            welcomed(c, t, date, out);
          }
        }
        case "ask-post" -> {
          if (verb && asked.isPresent()) {
            askedToRun(c, t, asked.get(), date, out);
          }
        }
        case "hand-post" -> {
          if (verb) {
            postHanded(c, t, dates, date, out);
          }
        }
        case "take-over" -> {
          // "took over", "has taken over": done (not "the firm was taken over"); "takes over",
          // "will take over" are not listed: a post yet to be taken, or told without its day
          if (!Tokens.isBe(c.token(Math.max(t.start() - 1, 0)).lower())) {
            tookOver(c, t, dates, date, out);
          }
        }
        case "meet" -> meeting(c, t, verb, dates, date, datedHere, out);
        case "question" -> {
          // "the Portfolio Committee on Police on Wednesday spent five hours questioning X",
          // "MPs on the health committee pressed him yesterday": a hearing; not "reporters
          // questioned her"
          if (verb && committeeBefore(c, t.start())) {
            meeting(c, new PhraseIndex.Match<>(t.start(), t.end(),
                new Lexicon.Trigger("meet", true)), verb, dates, date, datedHere, out);
          }
        }
        case "vote-outcome" -> voteOutcome(c, t, date, datedHere, out);
        case "whip-restored" -> whipRestored(c, t, dates, date, before, out);
        case "elect-noun" -> electionNoun(c, t, dates, out);
        default -> {
          // elections and votes are often background ("was first elected in 1997"): they are
          // recorded when their own sentence dates them
          boolean background = trig.kind().equals("elect") || trig.kind().equals("vote");
          boolean relative = t.start() >= 2 && c.token(t.start() - 2).lower().equals("who")
              // "Giacomo Ferretti, elected on the Five Star list, joined": background too
              || trig.kind().equals("elect") && t.start() >= 1
                  && c.token(t.start() - 1).text().equals(",") && first.pos().equals("VBN")
                  // not "The group, which has six members, elected Mary Flynn as its whip"
                  && !electedPerson(c, t.end());
          if (background && relative) {
            continue; // "who was elected on the D66 list in 2019"
          }
          if (first.lower().startsWith("dismiss") && belittled(c, t.end())) {
            continue; // "party loyalists dismissed him as a backbencher with a grudge"
          }
          if (first.lower().equals("declared") && !contestAfter(c, t.end())) {
            continue; // "declared the winner of the Tidy Towns competition": no election
          }
          boolean dated = datedHere || daysEarlier > 0; // "a day after the council voted"
          if (verb && (trig.kind().equals("elect") || trig.kind().equals("vote"))
              && t.end() - t.start() == 1 && SEATING_VOTES.contains(first.lower())) {
            // "Members voted three new directors on to the board: A, B and C", "elected Tomos
            // Pryce to the board": seats on it, told as news or as background
            if (votedOn(c, t.end())) {
              // "elected X, a former minister, to the board": the board of the story's body
              Optional<String> story = resolver.salientOrganisation(seenBefore(c, t.start(),
                  before));
              broughtInto(c, t, date, "to", this::isSeatBody, false, story, out);
              broughtInto(c, t, date, "onto", this::isSeatBody, false, story, out);
            }
          }
          if (verb && (dated || !background)) {
            otherEvent(c, t, trig, dates, date, before, out);
            if (trig.kind().equals("appoint") || trig.kind().equals("elect")) {
              countedToBoard(c, t, date, before, out);
            }
            if (trig.kind().equals("appoint") && t.end() - t.start() == 1
                && GIVEN_SEAT.contains(first.lower())) {
              // "named Marvin Teague, an engineer, to the commission": a seat on it
              broughtInto(c, t, date, "to", this::isSeatBody, false, Optional.empty(), out);
              int seat = seatAfterDate(c, t, dates);
              if (seat > 0 && (seatBody(c, seat) || boardOf(c, seat))) {
                // "was named Wednesday to the Appropriations Committee": a seat on it
                joining(c, new PhraseIndex.Match<>(t.start(), seat, new Lexicon.Trigger("join",
                    false)), seat, false, dates, date, before, out);
              }
            }
          } else if (verb && trig.kind().equals("elect") && asAfter(c, t.end(), 4) > 0
              && !electedLongAgo(c, t.start())) {
            // "was elected unopposed as Leas-Chathaoirleach": the post, though no day is told
            otherEvent(c, t, trig, dates, Optional.empty(), before, out);
          } else if (verb && trig.kind().equals("elect") && (counted(c, t.end())
              || beBefore(c, t.start()))) {
            // "The AGM also elected two new directors: A and B", "Two new directors were elected
            // at the meeting: A and B": seats on the board, on the day the story has reached
            countedToBoard(c, t, date, before, out);
          } else if (!verb && trig.kind().equals("vote") && dated && heldVote(c, t.start())
              && !voteAsTimeOrShare(c, t.start()) && !calledOff(c)) {
            // "a vote in the lower house on Wednesday", "the non-confidence vote, held on April 10"
            out.add(new Fact.Event(EventType.VOTE, date, namedBodies(c), Optional.empty(),
                c.modality(t.start()), prov(c, "vote-noun", 0.6)));
          }
        }
      }
    }
  }

  /**
   * The persons whose name with "'s" comes just before the noun at {@code noun} ("Dalgetty's
   * switch to the Scottish Liberal Democrats"), or empty.
   */
  private static Optional<List<String>> owner(Clause c, int noun) {
    Mention owner = noun >= 2 && c.token(noun - 1).text().equals("'s") ? c.at(noun - 2) : null;
    return owner != null && owner.kind == Mention.Kind.PERSON && owner.resolved()
        ? Optional.of(c.members(owner)) : Optional.empty();
  }

  private void resignation(Clause c, PhraseIndex.Match<Lexicon.Trigger> t, boolean strong,
      List<DateFinder.DateMention> dates, Optional<LocalDate> date, List<Mention> before,
      List<Fact> out) {
    if (c.token(t.start()).pos().equals("VBG") && t.start() > 0
        && SAYING_BEFORE_GERUND.contains(c.token(t.start() - 1).lower())) {
      return; // "said stepping aside as whip was not enough": a departure no one is said to make
    }
    List<String> said = owner(c, t.start()).orElseGet(() -> c.subject(t.start(), dates));
    // "Two long-serving directors stood down at the meeting: A, the outgoing chair, and B": the
    // persons listed after a colon
    List<String> named = said.stream().noneMatch(p -> p.startsWith("person/"))
        && (c.mentions.stream().anyMatch(m -> m.kind == Mention.Kind.GROUP && m.end <= t.start())
            || countedSubject(c, t.start()))
        ? listAfterColon(c, t.end()) : said;
    // "vacant since Owain Llewellyn resigned": the person the "since" clause opens with
    List<String> subject = named.isEmpty() ? sinceSubject(c, t.start()) : named;
    if (subject.isEmpty()) {
      return;
    }
    boolean participle = t.start() > 0 && c.token(t.start()).pos().equals("VBG")
        && c.token(t.start() - 1).text().equals(",");
    if (participle && out.stream().anyMatch(f -> f instanceof Fact.Resignation r
        && subject.contains(r.person()) && r.provenance().start() == c.sentence.start()
        && !r.provenance().rule().equals(CROSSED_FLOOR))) { // "crossed the floor, leaving X"
      return; // "quit the cabinet on Monday, resigning as finance minister": the same departure
    }
    Clause.Object obj = c.objectAfter(t.end(), false);
    if (c.token(t.start()).lower().startsWith("leav") && obj.organization().filter(m -> m.end < c.size()
        && LEFT_WITH.contains(c.token(m.end).lower())).isPresent()) {
      // "leaving the ruling group with a majority of one", "leaving the Welsh government one
      // vote lighter": what it left it with
      return;
    }
    if (!strong && obj.organization().filter(m -> indefiniteBefore(c, m.start)).isPresent()) {
      return; // "leaving a TUV office": a place, not the party
    }
    if (!strong && t.start() > 0 && SEEN.contains(c.token(t.start() - 1).lower())) {
      return; // "he was seen leaving No 10 by the back door": a building, not a post
    }
    if ((WALKING_OUT.contains(c.token(t.start()).lower())
        || FORMS_OF_LEAVE.contains(c.token(t.start()).lower())) && obj.organization()
        .filter(m -> m.text.startsWith("the ") && m.text.endsWith("chamber")).isPresent()) {
      // "walked out of the chamber": a protest in the room, not a departure; "was ordered to
      // leave the chamber for the rest of the day", "left the chamber before the vote"
      return;
    }
    // "resigned as chair of the Commons home affairs committee": the committee, not the chamber
    Optional<String> org = obj.organization().map(m -> m.organization
            .filter(o -> o.type() == OrgType.PARLIAMENT).isPresent() ? ownedBody(c, m) : m)
        .map(m -> m.entities.get(0));
    Optional<String> group = obj.organization().flatMap(m -> partysGroup(c, m));
    if (group.isPresent()) {
      org = group; // "left the party's group at Holyrood": the group, not the party
    }
    if (org.isEmpty() && t.end() < c.size() && c.token(t.end()).lower().equals("it")) {
      org = bodyBefore(c, t.start()); // "Three deputies from National Renewal quit it"
    }
    if (org.isEmpty() && t.end() + 1 < c.size() && c.token(t.end()).lower().equals("from")
        && c.token(t.end() + 1).lower().equals("it")) {
      // "X, who has sat on the committee since 2019, resigned from it yesterday": the body
      // named before in the sentence, else the last one the sentence before names
      // (not "The post had been vacant since X resigned from it": the post)
      org = postBefore(c, t.start()) ? Optional.empty() : untaggedBodyBefore(c, t.start())
          .or(() -> lastBodyOf(before, c.sentence.index() - 1));
    }
    if (subject.size() == 1 && obj.organization().filter(m -> m.anaphorType
        .filter(k -> k == OrgType.POLITICAL_PARTY).isPresent()).isPresent()) {
      // "X has left Fianna Fáil and joined the Social Democrats. Ms X announced her
      // resignation from the party yesterday": the party the story said she left
      Optional<String> left = partyLeftBefore(subject.get(0));
      if (left.isPresent()) {
        org = left;
      }
    }
    Optional<Lexicon.OrgEntry> ownersOffice = obj.organization()
        .filter(m -> m.end + 1 < c.size() && c.token(m.end).text().equals("'s"))
        .flatMap(m -> c.mentions.stream().filter(r -> r.kind == Mention.Kind.ROLE
            && r.start > m.end && r.start <= m.end + 3).findFirst())
        .flatMap(r -> r.role.office()).flatMap(lex::organisation);
    if (ownersOffice.isPresent() && org.flatMap(resolver::organization)
        .map(o -> !o.type().partisan()).orElse(false)) {
      org = Optional.of(resolver.register(ownersOffice.get(), "")); // "the EU's trade commissioner"
    }
    Optional<OrgType> anaphor = obj.organization().flatMap(m -> m.anaphorType)
        .filter(OrgType::partisan);
    if (anaphor.isPresent() && subject.size() == 1) {
      // "he was leaving the party": his own, when the story gave him a post in one
      Optional<String> own = memberOf(subject.get(0), out, anaphor.get());
      org = own.isPresent() ? own : org;
    }
    Optional<String> bench = obj.organization().filter(m -> m.start <= t.end() + 3)
        .flatMap(m -> partysBench(c, m, m.end))
        .or(() -> subject.size() == 1 ? bareBench(c, t, subject.get(0), before)
            : Optional.empty());
    if (bench.isPresent()) {
      org = bench; // "quit the party's front bench", "has quit the front bench"
    }
    if (org.isEmpty() && subject.size() == 1 && obj.ownPartysGroup().isPresent()) {
      // "VVD lawmaker X left his party's parliamentary group": the group, not the party
      String head = obj.ownPartysGroup().get();
      org = leaverParty(c, t.start(), subject.get(0), before)
          .map(p -> resolver.groupOf(p, "party's " + head, head));
    }
    if (org.isEmpty() && obj.partyPosition()) {
      // "resigning his party membership": the party, not its group in parliament; the person's
      // own when known
      org = (subject.size() == 1 ? memberOf(subject.get(0), out, OrgType.POLITICAL_PARTY)
          .or(() -> memberOf(subject.get(0), out, OrgType.PARLIAMENTARY_GROUP)
              .flatMap(this::partyOfGroup)) : Optional.<String>empty())
          .or(() -> resolver.lastOrg(seenBefore(c, t.start(), before), OrgType.POLITICAL_PARTY));
      // any joining after the departure; before it, a plain one (not "who has sat for it")
      if (org.filter(o -> joinsWithin(c, t.end(), c.size(), o, k -> k.startsWith("join"))
          || joinsWithin(c, 0, t.start(), o, "join"::equals)).isPresent()) {
        // "X, a three-term Democrat, left his party and joined the Republicans", "joined the
        // BJP a day after they quit their party": not the one joined, but the one the
        // apposition names
        String joinedParty = org.get();
        boolean us = resolver.organization(joinedParty).flatMap(Organization::country)
            .filter("US"::equals).isPresent();
        // "Conservative MP X quit his party and crossed the floor to the Liberals": the party
        // named before, else the US party the apposition names
        org = c.mentions.stream().filter(m -> m.kind == Mention.Kind.ORG && m.start < t.start()
                && m.resolved() && !m.entities.get(0).equals(joinedParty)
                && isParty(Optional.of(m.entities.get(0))))
            .reduce((a, b) -> b).map(m -> m.entities.get(0));
        if (org.isEmpty() && us) {
          org = apposedUsParty(c, t.start()).filter(id -> !joinedParty.endsWith(id))
              .flatMap(lex::organisation).map(e -> resolver.register(e, ""));
        }
        if (org.isEmpty()) {
          return; // the party left is not known, and it is not the one joined
        }
      }
    }
    if (org.isEmpty() && !obj.otherNoun()) {
      org = groupOrganisation(c, t.start()); // "Four members of the cabinet resigned"
    }
    if (org.isEmpty() && demonstrativePost(c, t.end())) {
      // "It also cost her the chair of the infrastructure committee: she stood down from that
      // post": the body of the post last named
      org = bodyOfLastPost(seenBefore(c, t.start(), before));
    }
    String rule = "resign-verb";
    double confidence = 0.9;
    boolean guessed = false;
    if (org.isEmpty() && obj.role().isPresent() && !possessive(c, obj.role().get())
        && !obj.role().get().plural // not "quit the post if party leaders tried"
        && obj.role().get().start > t.end()) { // not "thanked the departing chief executive"
      Mention role = obj.role().get();
      Optional<Mention> roleOrg = orgOfPhrase(c, role.end)
          .or(() -> Optional.ofNullable(c.endingBefore(role.start, Mention.Kind.ORG)));
      org = roleOrg.filter(Mention::resolved).map(m -> m.entities.get(0));
      java.util.regex.Matcher inner =
          OF_THE_BODY.matcher(role.text.toLowerCase(java.util.Locale.ROOT));
      if (org.isEmpty() && inner.find()) {
        // "resigned as leader of the council": the council named before, which the title holds
        org = resolver.named(seenBefore(c, t.start(), before),
            List.of(Tokens.capitalize(inner.group(1))), OrgType.ORGANIZATION);
      }
      if (role.role.kind() == Lexicon.RoleKind.PARTY && role.end < c.size()
          && c.token(role.end).lower().equals("in") && org.flatMap(resolver::organization)
              .map(o -> !o.type().partisan()).orElse(false)) {
        org = Optional.empty(); // "stood down as the Opposition's whip in the Legislative
        // Council": the party's post, held in the chamber, which is not left
      }

      boolean ofSomething = role.end < c.size() && (c.token(role.end).lower().equals("of")
          || c.token(role.end).lower().equals("for"))
          || role.roleLabel.startsWith("cabinet member "); // a council's, not the government's
      if (org.isEmpty() && role.role.kind() == Lexicon.RoleKind.PARTY && governmentsPost(c, role)) {
        org = leftGovernment(role.role); // "resigned as a government whip": a post in government
      }
      if (org.isEmpty() && role.role.kind() == Lexicon.RoleKind.PARTY && !ofSomething) {
        // "stepped down as party leader": the party the story tied the person to, else the
        // party last named; but the body of that post just named, if it was
        boolean partyPost = role.text.toLowerCase(java.util.Locale.ROOT).contains("party");
        // "The Cathaoirleach of Longford County Council, Cllr X, has stepped down from the
        // chair": the body of the chair the sentence gives the one who leaves
        org = (partyPost ? Optional.<String>empty()
            : (CHAIRS.contains(role.role.label()) && subject.size() == 1
                ? chairedHere(c, subject.get(0), t.start()) : Optional.<String>empty())
                .or(() -> bodyOfLastPost(seenBefore(c, t.start(), before), role.role.label())))
            // "She replaces X, who stepped down as chair last month": the one committee the
            // story names, not the chair's party ("its chair" only when this sentence names it)
            .or(() -> partyPost || !CHAIRS.contains(role.role.label()) ? Optional.empty()
                : onlyCommittee(seenBefore(c, t.start(), before)).filter(k -> !(role.start > 0
                    && c.token(role.start - 1).pos().equals("PRP$")) || c.mentions.stream()
                    .anyMatch(m -> m.end <= t.start() && m.anaphorType.isEmpty()
                        && m.entities.contains(k))
                    // "There was upheaval on the health committee. X stepped down as its chair"
                    || before.stream().anyMatch(m -> m.sentence == c.sentence.index() - 1
                        && m.entities.contains(k))))
            .or(() -> subject.size() == 1 ? partyOf(subject.get(0)) : Optional.empty());
        if (org.isEmpty()) {
          org = salientBody(c, t.start(), before);
          guessed = org.isPresent(); // the post's own body is not known: the role names none
        }
      }
      if (org.isEmpty() && role.role.kind() == Lexicon.RoleKind.GOVERNMENT && !ofSomething
          && !role.roleLabel.contains("mayor") && !role.roleLabel.equals("president")
          && !role.roleLabel.startsWith("shadow ")) { // a shadow post is the opposition's; a
        // mayor's is a city's and a bare "president" is as often a company's
        // "resigned as home secretary": the Home Office, else the government of the country the
        // story is about
        org = leftGovernment(role.role);
      }
      if (org.isEmpty() && role.roleLabel.startsWith("shadow ") && subject.size() == 1) {
        // "stood down as a shadow Treasury minister": the front bench of the person's party,
        // else of the party last named
        org = leaverParty(c, t.start(), subject.get(0), before)
            .map(p -> resolver.benchOf(p, "front bench", "front bench"));
      }
      rule = "resign-as-role";
      confidence = 0.8;
      // not "to leave Chancellor Konrad Wessling's coalition": the title of another person
      boolean titleOfOther = c.startingAt(role.end, Mention.Kind.PERSON) != null;
      // "resigned as Minister of Customs and Minister for Small Business": both posts were held
      Mention second = role.end + 1 < c.size() && c.token(role.end).lower().equals("and")
          ? c.startingAt(role.end + 1, Mention.Kind.ROLE) : null;
      boolean both = second != null && !second.formerRole && !second.plural;
      // not "X called on Speaker Y to resign as speaker": the post is not the caller's
      boolean called = c.modality(t.start()) == Modality.CALLED_FOR && calledOn(c, t.start());
      for (String p : whipMembership(c, t.end(), role) || titleOfOther || called
          ? List.<String>of() : subject) {
        out.add(new Fact.RoleHolding(p, role.roleLabel, guessed ? Optional.empty() : org,
            Modality.ASSERTED, prov(c, "role-resigned-from", 0.75)));
        if (both) {
          Optional<String> secondOrg = second.role.kind() == role.role.kind() && !guessed
              ? org : Optional.empty();
          out.add(new Fact.RoleHolding(p, second.roleLabel, secondOrg, Modality.ASSERTED,
              prov(c, "role-resigned-from", 0.7)));
        }
      }
    }
    // "gave up the chair", "relinquished the presidency": the post is the object
    boolean postGivenUp = obj.role().isPresent() && GIVING_UP.contains(c.token(t.start()).lower());
    if (org.isEmpty() && (!(strong || obj.position() || postGivenUp) || obj.otherNoun())) {
      return; // "left the meeting": not a resignation
    }
    if (org.isEmpty() && subject.size() == 1) {
      org = postBody(subject.get(0), strong && !obj.position(), out, c.sentence.text());
      if (org.isPresent()) {
        rule = "resign-role-organisation";
        confidence = 0.7;
      }
      // "Carrick's is the second resignation from the Lib Dem frontbench team. X, the party's
      // Cabinet Office spokesperson, stood down": the front bench, not the party
      Optional<String> frontBench = isParty(org) && (strong || obj.position())
          ? shadowBench(c, subject.get(0), t.start(), before, out) : Optional.empty();
      if (frontBench.isPresent()) {
        org = frontBench;
        rule = "resign-shadow-front-bench";
        confidence = 0.65;
      }
    }
    if (org.isEmpty() && obj.governmentPosition()) {
      org = governmentKey(); // "gave up their government posts"
    }
    if (org.isEmpty() && subject.size() == 1 && (strong || obj.position())) {
      // "Farida Choudhury, the shadow energy minister, ... relinquishing her post": the
      // opposition front bench the story names
      org = shadowBench(c, subject.get(0), t.start(), before, out);
      if (org.isPresent()) {
        rule = "resign-shadow-front-bench";
        confidence = 0.65;
      }
    }
    if (org.isEmpty() && subject.size() == 1) {
      // "stepped down after four years in charge of the Columbus Division of Police"
      org = inCharge(c, t.end());
      if (org.isPresent()) {
        rule = "resign-in-charge-of";
        confidence = 0.65;
      }
    }
    if (org.isEmpty() && subject.size() == 1) {
      // "Nadia Prior, an economist at the Office for Fiscal Studies, resigned": where she works
      org = appositionOrganisation(c, subject.get(0), t.start());
      if (org.isPresent()) {
        rule = "resign-apposition-organisation";
        confidence = 0.7;
      }
    }
    if (org.isEmpty() && subject.size() == 1) {
      // "Start at the White House, where X, the deputy chief of staff, resigned": the body the
      // "where" clause is about
      org = whereOrganisation(c, subject.get(0), t.start());
      if (org.isPresent()) {
        rule = "resign-where-organisation";
        confidence = 0.65;
      }
    }
    if (org.isEmpty() && subject.size() == 1) {
      // "Calloway Financial said its chief executive, Gregory Paine, had resigned": the body
      // "its" stands for
      org = itsTitledPerson(c, subject.get(0), t.start(), before);
      if (org.isPresent()) {
        rule = "resign-its-title";
        confidence = 0.7;
      }
    }
    if (org.isEmpty() && subject.size() == 1 && obj.organization().isEmpty()) {
      // "Westgate president Warwick Tennant has quit", "Securities and Exchange Commission
      // member X resigned": the body named before the title of the person who left
      org = employerBeforeTitle(c, subject.get(0), t.start());
      if (org.isPresent()) {
        rule = "resign-employer-title";
        confidence = 0.7;
      }
    }
    if (org.isEmpty() && subject.size() == 1 && c.token(0).lower().equals("the")) {
      // "The deputy chair of the Australian Securities and Investments Commission has
      // resigned": the body of the post that stands for the person
      Mention title = c.at(1) != null && c.at(1).kind == Mention.Kind.ROLE ? c.at(1) : null;
      Optional<Mention> of = title == null ? Optional.empty() : orgOfPhrase(c, title.end)
          .filter(m -> m.resolved() && m.end <= t.start());
      boolean auxiliaries = of.isPresent() && c.sentence.tokens().subList(of.get().end,
          t.start()).stream().allMatch(w -> w.pos().startsWith("VB") || w.pos().equals("RB"));
      if (auxiliaries) {
        org = of.map(m -> m.entities.get(0));
        rule = "resign-titled-subject";
        confidence = 0.7;
      }
    }
    if (org.isEmpty() && subject.size() == 1 && (strong || obj.position())) {
      // "Spain's minister for social rights, X, resigned": that country's government; "Dutch
      // state secretary Ilse Verbaan resigned": a minister leaves the government
      org = nationsMinister(c, t.start())
          .map(g -> ministersPost(subject.get(0), out)
              .flatMap(h -> namedDepartment(h.role())).orElse(g))
          .or(() -> ministerLeft(subject.get(0), out));
      if (org.isPresent()) {
        rule = "resign-minister-government";
        confidence = 0.7;
      }
    }
    if (org.isEmpty() && subject.size() == 1 && obj.seat()) {
      // "State Sen. Harold Voss resigned his seat": the chamber the person sits in (but "gave
      // up his council seat" is no seat in a parliament)
      boolean council = c.sentence.tokens().subList(t.end(), Math.min(c.size(), t.end() + 5))
          .stream().anyMatch(w -> w.text().equals("council")); // not "Legislative Council"
      org = seatChamber(c, subject.get(0), t.start(), before, out)
          .filter(o -> !council || !ofType(o, OrgType.PARLIAMENT));
      if (org.isPresent()) {
        rule = "resign-seat-chamber";
        confidence = 0.7;
      }
    }
    if (org.isEmpty() && subject.size() == 1) {
      // "She replaces Lorne Achterberg, who vacated the chair", "Her predecessor, Martin Ebner,
      // stood down in April": the body of the post the successor holds
      org = successorsBody(c, subject.get(0), t.start(), dates, before, out);
      if (org.isPresent()) {
        rule = "resign-successor-post";
        confidence = 0.6;
      }
    }
    if (org.isEmpty() && subject.size() == 1) {
      // "X was co-opted to the council to fill the seat vacated by Y, who resigned": the body
      // the successor entered in Y's place
      org = filledBody(c, subject.get(0), t.start());
      if (org.isPresent()) {
        rule = "resign-filled-body";
        confidence = 0.6;
      }
    }
    if (org.isEmpty() && !subject.isEmpty() && !obj.position() && obj.role().isEmpty()) {
      // "handed his resignation letter to the party on Monday", "to the Liberals' party
      // secretary": the party it was handed to (not "relinquishing her post in a letter to the
      // Labour leader": a post); "the party": the person's own, when the story gives it
      org = handedToParty(c, t.end(), subject.get(0), out);
      if (org.isPresent()) {
        rule = "resign-to-party";
        confidence = 0.65;
      }
    }
    if (org.isEmpty() && !subject.isEmpty() && toHolderOf(c, t.end(), PRESIDING_OFFICERS)
        && subject.stream().allMatch(p -> legislator(p, out))) {
      // "handed their resignation letters to Speaker X": their seats in the Speaker's chamber
      org = seatChamber(c, subject.get(0), t.start(), before, out);
      if (org.isPresent()) {
        rule = "resign-to-speaker";
        confidence = 0.6;
      }
    }
    if (org.isEmpty() && subject.size() == 1 && toHolderOf(c, t.end(), HEADS_OF_GOVERNMENT)) {
      // "handed his resignation to the prime minister": a post in the government
      org = governmentKey();
      if (org.isPresent()) {
        rule = "resign-to-head-of-government";
        confidence = 0.6;
      }
    }
    boolean otherPost = obj.role().map(r -> r.role == null
        || r.role.kind() != Lexicon.RoleKind.LEGISLATURE || OFFICES_IN_CHAMBER.matcher(
            r.roleLabel).find()).orElse(false); // "resigned as minority leader": not the seat
    if (org.isEmpty() && subject.size() == 1 && !obj.position() && obj.role().isEmpty()) {
      // "the second member to leave the group this year, after X walked out in March": the
      // body the sentence already told of leaving
      org = leftEarlierInSentence(c, t.start());
      if (org.isPresent()) {
        rule = "resign-like-before";
        confidence = 0.6;
      }
    }
    if (org.isEmpty() && subject.size() == 1 && !obj.position() && !otherPost
        && !seatlessPost(c, t)
        && (legislator(subject.get(0), out) || vacancyBefore(c, t.start()))) {
      // "the vacancy that arose when Senator X resigned", "replacing list MP X, who resigned":
      // a seat in the chamber the person sits in
      org = seatChamber(c, subject.get(0), t.start(), before, out);
      if (org.isPresent()) {
        rule = "resign-seat-chamber";
        confidence = 0.6;
      }
    }
    if (org.isEmpty() && subject.size() == 1 && !obj.seat()) {
      // "the council's monitoring officer, Alan Burrows, resigned": the owner of the post (not
      // "X, Labour's MP here, resigned his seat": a seat in the chamber)
      org = ownerOfPost(c, subject.get(0), t.start());
      if (org.isPresent()) {
        rule = "resign-post-owner";
        confidence = 0.6;
      }
    }
    if (org.isEmpty() && subject.size() == 1 && !obj.seat() && obj.role().isEmpty()) {
      // "Castellano's chief of staff, Brent Kowalski, resigned the same day": Castellano's
      // office
      org = officeOfPostOwner(c, subject.get(0), t.start(), out);
      if (org.isPresent()) {
        rule = "resign-post-owner";
        confidence = 0.6;
      }
    }
    if (org.isEmpty() && subject.size() == 1 && !obj.seat() && obj.role().isEmpty()) {
      // "X, a retired banker who had chaired the Stadium Authority since 2022, sent his
      // resignation": the body the subject's own clause says they chaired (not "resigned her
      // council seat", "resigned as a justice of the peace")
      org = chairedBody(c, subject.get(0), t.start());
      if (org.isPresent()) {
        rule = "resign-chaired-body";
        confidence = 0.6;
      }
    }
    if (org.isEmpty() && !obj.seat() && obj.role().isEmpty()) {
      // "The Welsh Government lost a minister yesterday when X resigned": the body that lost
      org = bodyThatLost(c, t.start());
      if (org.isPresent()) {
        rule = "resign-body-lost";
        confidence = 0.65;
      }
    }
    if (org.isEmpty() && !obj.seat() && obj.role().isEmpty()) {
      // "Harbourside FC are looking for a new head coach after X resigned": the body that looks
      // ("Lindhurst Council, in north London, has a new leader after X stood down")
      org = seekingBody(c, t.start());
      if (org.isPresent()) {
        rule = "resign-seeking-body";
        confidence = 0.6;
      }
    }
    if (org.isEmpty() && !obj.seat() && obj.role().isEmpty()
        && !(t.end() < c.size() && c.token(t.end()).lower().equals("as"))) {
      // "X stepped down on Monday, the company said", "A and B handed in their resignations,
      // the ministry said": the body that tells of it (not a party: "X quit, Labour said")
      org = reportingBody(c, t.end())
          // "The Harlow Creek School District also confirmed Tuesday that athletic director X
          // resigned": the body that tells of it first, when no other body comes between
          .or(() -> tellingMention(c, t.start()).filter(m -> reportsOwn(c, m)
                  && c.mentions.stream().noneMatch(o -> o.kind == Mention.Kind.ORG
                      && o.start >= m.end && o.end <= t.start()))
              .map(m -> m.entities.get(0)));
      if (org.isPresent()) {
        rule = "resign-reporting-body";
        confidence = 0.6;
      }
    }
    if (org.isEmpty() && !obj.seat() && obj.role().isEmpty() && !obj.otherNoun()) {
      // "had handed in his resignation and would leave the council on 31 October": the body the
      // coordinated verb leaves
      org = leftAfter(c, t.end());
      if (org.isPresent()) {
        rule = "resign-left-after";
        confidence = 0.6;
      }
    }
    if (org.isEmpty() && subject.size() == 1 && !obj.seat() && obj.role().isEmpty()
        && independentAfter(c, t.end())) {
      // "X, a UUP MLA, quit in March and now sits as an independent": the person's party, or
      // the one party named between the person and the verb ("X, an SNP councillor, quit")
      int namedAt = c.mentions.stream().filter(m -> m.end <= t.start()
              && m.entities.contains(subject.get(0))).mapToInt(m -> m.end).max().orElse(t.start());
      List<String> parties = c.mentions.stream().filter(m -> m.kind == Mention.Kind.ORG
              && m.start >= namedAt && m.end <= t.start() && m.resolved()
              && isParty(Optional.of(m.entities.get(0))))
          .map(m -> m.entities.get(0)).distinct().toList();
      org = memberOf(subject.get(0), out, OrgType.POLITICAL_PARTY)
          .or(() -> parties.size() == 1 ? Optional.of(parties.get(0)) : Optional.empty());
      if (org.isPresent()) {
        rule = "resign-as-independent";
        confidence = 0.65;
      }
    }
    boolean each = org.isEmpty() && subject.size() > 1;
    // "Two of the party's three ministers delivered their resignation letters. They are X and Y":
    // the government the counted ministers sat in, when neither the story nor their posts name
    // the body left
    Optional<String> counted = each ? countedTitle(c, subject, t.start())
        .filter(r -> r.role.kind() == Lexicon.RoleKind.GOVERNMENT && nationalMinister(r.roleLabel))
        .flatMap(r -> leftGovernment(r.role)) : Optional.empty();
    List<Mention> seen = seenBefore(c, t.start(), before);
    if (org.isEmpty() && subject.size() == 1 && !obj.position() && obj.role().isEmpty()) {
      // "X left in March and joined the TUV a month later" in a story about the UUP: the party
      // the story named last before the one joined
      org = partyLeftForAnother(c, t, seen);
      if (org.isPresent()) {
        rule = "resign-left-for-party";
        confidence = 0.55;
      }
    }
    if (org.isEmpty() && !obj.seat()) {
      // "stepped down Monday after 14 years with the Kettle Ridge Fire Department": the body
      // served
      org = servedBody(c, t.end());
      if (org.isPresent()) {
        rule = "resign-years-with";
        confidence = 0.65;
      }
    }
    if (org.isEmpty() && !obj.seat() && obj.role().isEmpty()) {
      // "X, who chaired the council's scrutiny committee until she stepped down last month":
      // the body led until then
      org = ledUntil(c, t.start());
      if (org.isPresent()) {
        rule = "resign-led-until";
        confidence = 0.65;
      }
    }
    // "Education convener Jean Auld and housing convener Peter Fairlie resigned their posts":
    // the one council the story names, when every one who left holds a council's post
    Optional<String> council = org.isEmpty() && !obj.seat()
        ? councilOfPosts(subject, out, seen) : Optional.empty();
    if (council.isPresent() && !each) {
      org = council;
      rule = "resign-council-post";
      confidence = 0.6;
    }
    if (org.isEmpty() && !obj.seat() && !each) {
      // "Political editor X resigned" in a story about the Northern Courier: the newspaper
      org = newsroomBody(subject, out, seen);
      if (org.isPresent()) {
        rule = "resign-newsroom";
        confidence = 0.6;
      }
    }
    // (not for a legislator's seat: "MLA X is resigning her seat" in a story about a panel)
    // (nor the firm another person of the sentence left for: "Y departed in April to join
    // Carver Hale Strategies; X resigned last week")
    Optional<String> story = org.isEmpty() ? resolver.salientOrganisation(seen)
        .filter(o -> !((inPassing(o, seen) || obj.seat() && !ofType(o, OrgType.PARLIAMENT))
            && subject.stream().anyMatch(p -> legislator(p, out))))
        .filter(o -> !namedHereFirst(c, o, before) || out.stream().noneMatch(f ->
            f instanceof Fact.Joining j && j.organization().equals(o)
                && !subject.contains(j.person())
                && j.provenance().start() == c.sentence.start()))
        : Optional.empty();
    if (org.isEmpty() && !each && story.isPresent()) {
      // "Harriet Cole resigned on Friday" in a story about a charity: the charity
      org = story;
      rule = "resign-story-organisation";
      confidence = 0.55;
    }
    if ((org.isEmpty() || org.equals(story) || each) && sinceClause(c, t.start())) {
      return; // "a post vacant since X stepped down": only with the body left named
    }
    if (org.isEmpty() && story.isEmpty() && c.token(t.start()).lower().startsWith("walk")) {
      return; // "walked out last week" with nothing the story says was left: a walkout, perhaps
    }
    if (org.isEmpty()) {
      confidence = 0.6;
      rule = "resign-verb-no-object";
    }
    if (subject.size() > 1) {
      confidence -= 0.05;
    }
    Modality modality = c.modality(t.start());
    for (String p : subject) {
      if (p.startsWith("person/")) {
        // "Gerard Moylan, chairman since 2018, and Brendan Cusack ... stepped down": each the
        // body of a post the story gave that person, else the story's organisation
        Optional<String> post = each
            ? postBody(p, strong && !obj.position(), out, c.sentence.text())
                // "Three county chairs quit: A of the Story County Democrats, B of ...": each
                // the body named with them
                .or(() -> bodyOfListedName(c, p))
            : Optional.empty();
        // "Both ministers resigned: Transport Minister X and Digital Minister Y"
        Optional<String> ministry = each && post.isEmpty() && (strong || obj.position())
            ? ministerLeft(p, out) : Optional.empty();
        Optional<String> own = post.isPresent() ? post : ministry.isPresent() ? ministry
            : each ? story.or(() -> counted).or(() -> council) : org;
        Provenance from = post.isPresent() ? prov(c, "resign-role-organisation", 0.55)
            : each && story.isEmpty() && counted.isEmpty() && council.isPresent()
                ? prov(c, "resign-council-post", 0.55)
            : ministry.isPresent() || each && story.isEmpty() && counted.isPresent()
                ? prov(c, "resign-minister-government", 0.65)
            : each && own.isPresent() ? prov(c, "resign-story-organisation", 0.55)
            : prov(c, rule, confidence);
        out.add(new Fact.Resignation(p, own, date, modality, from));
        // "resigned their Assembly seats and their primary membership of the party": the party
        // too
        // "quit the Social Democrats and the SPD parliamentary group": the second body too
        secondMembership(c, t.end())
            .or(() -> obj.organization().filter(m -> own.equals(Optional.of(m.entities.get(0))))
                .flatMap(m -> secondBody(c, m)))
            .filter(o -> !own.equals(Optional.of(o)))
            .ifPresent(o -> out.add(new Fact.Resignation(p, Optional.of(o), date, modality,
                prov(c, "resign-second-object", 0.75))));
      }
    }
  }

  /** The body after "of" a listed name carries: "Ruth Hadley of the Story County Democrats". */
  private static Optional<String> bodyOfListedName(Clause c, String person) {
    for (Mention m : c.mentions) {
      if (m.kind != Mention.Kind.PERSON || !m.entities.contains(person) || m.end + 2 >= c.size()
          || !c.token(m.end).lower().equals("of")) {
        continue;
      }
      int k = c.token(m.end + 1).lower().equals("the") ? m.end + 2 : m.end + 1;
      Mention body = c.at(k);
      if (body != null && body.kind == Mention.Kind.ORG && body.start == k && body.resolved()) {
        return Optional.of(body.entities.get(0));
      }
    }
    return Optional.empty();
  }

  /**
   * The body named after "and" right after the body {@code first} a leaving verb takes ("quit
   * the Social Democrats and the SPD parliamentary group", "from both the party and his Rajya
   * Sabha seat"), not the subject of another clause ("left Labour and the Greens welcomed her").
   */
  private static Optional<String> secondBody(Clause c, Mention first) {
    int k = first.end + 1;
    if (k + 1 >= c.size() || !c.token(first.end).lower().equals("and")) {
      return Optional.empty();
    }
    if (c.token(k).lower().equals("the") || c.token(k).pos().equals("PRP$")) {
      k++;
    }
    Mention m = c.at(k);
    if (m == null || m.kind != Mention.Kind.ORG || m.start != k || !m.resolved()) {
      return Optional.empty();
    }
    String next = m.end < c.size() ? c.token(m.end).lower() : ".";
    boolean seat = next.equals("seat") || next.equals("seats");
    boolean goesOn = m.end < c.size() && (c.token(m.end).pos().matches("VB.*|MD|NNS?|POS")
        || next.equals("'s"));
    return seat || !goesOn ? Optional.of(m.entities.get(0)) : Optional.empty();
  }

  /**
   * The organisation of a membership given up after "and" in the object of a leaving verb at
   * {@code from}: "their seats and their primary membership of the party".
   */
  private static Optional<String> secondMembership(Clause c, int from) {
    for (int i = from; i + 4 < c.size() && i < from + 8; i++) {
      String w = c.token(i).lower();
      if (w.equals(",") || w.equals(";") || w.equals(".")) {
        return Optional.empty();
      }
      if (!w.equals("and") || !c.token(i + 1).pos().equals("PRP$")) {
        continue;
      }
      int k = c.token(i + 2).lower().equals("primary") ? i + 3 : i + 2;
      if (k + 2 < c.size() && c.token(k).lower().startsWith("membership")
          && c.token(k + 1).lower().equals("of")) {
        return c.objectAfter(k + 2, false).organization().filter(m -> m.start <= k + 3)
            .filter(Mention::resolved).map(m -> m.entities.get(0));
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * The body of the post someone took in the place of {@code person}, who left one before
   * {@code verb} without naming it: the successor is the subject of "replaces" or "succeeds"
   * with the person as object, or the owner of "predecessor" apposed to the person ("Mr.
   * Calloway's predecessor, X,"; with "her" or "his", the one the story last gave a post in an
   * organisation, or if that one's given name says the other sex, the one the possessive stands
   * for, by that one's latest post). Empty when the successor holds no such post.
   */
  private Optional<String> successorsBody(Clause c, String person, int verb,
      List<DateFinder.DateMention> dates, List<Mention> before, List<Fact> out) {
    for (int i = 0; i < verb; i++) {
      String w = c.token(i).lower();
      Mention m = c.at(i);
      String successor = null;
      if (SUCCEEDING.contains(w) && !(i > 0 && Tokens.isBe(c.token(i - 1).lower()))) {
        Mention object = objectPerson(c, i + 1);
        List<String> successors = c.subject(i, dates);
        if (successors.isEmpty() && w.endsWith("ing") && i > 0
            && c.token(i - 1).text().equals(",")) {
          // "elected Ruawai Kingi as deputy leader, replacing X": the person named last before
          int participle = i;
          successors = c.mentions.stream().filter(n -> n.kind == Mention.Kind.PERSON
                  && n.end < participle && n.resolved() && !n.entities.contains(person))
              .reduce((a, b) -> b).map(n -> List.of(n.entities.get(0))).orElse(List.of());
        }
        successor = object != null && c.members(object).contains(person)
            && successors.size() == 1 && !successors.contains(person) ? successors.get(0) : null;
      }
      boolean predecessor = m != null && m.kind == Mention.Kind.PERSON
          && c.members(m).contains(person) && m.start >= 2
          && c.token(m.start - 1).text().equals(",")
          && c.token(m.start - 2).lower().equals("predecessor");
      Mention owner = predecessor && m.start >= 4 && c.token(m.start - 3).text().equals("'s")
          ? c.at(m.start - 4) : null;
      if (owner != null && owner.kind == Mention.Kind.PERSON && owner.resolved()) {
        successor = owner.entities.get(0);
      }
      boolean possessive = predecessor && m.start >= 3
          && c.token(m.start - 3).pos().equals("PRP$");
      if (successor != null) {
        String heir = successor;
        // "Kate Morland is the new home secretary, replacing X, who resigned": with no body
        // named, the government office of the national minister's post of this sentence
        return heldPost(out, heir, this::successorsPost)
            .flatMap(Fact.RoleHolding::organization)
            .or(() -> heldPost(out, heir, h -> ministersPost(h)
                    && h.provenance().start() == c.sentence.start())
                .flatMap(this::ministersOffice));
      }
      if (possessive) {
        // "Her predecessor, X,": the post the story gave last, unless its holder's given name
        // says the other sex; then the post of the one "her" stands for
        Optional<Fact.RoleHolding> latest = latestFirst(out).stream()
            .filter(f -> f instanceof Fact.RoleHolding h && !h.person().equals(person)
                && h.modality() == Modality.ASSERTED && successorsPost(h))
            .map(f -> (Fact.RoleHolding) f).findFirst();
        String pronoun = c.token(m.start - 3).lower();
        boolean gendered = pronoun.equals("his") || pronoun.equals("her");
        Person holder = latest.map(h -> resolver.persons().get(h.person())).orElse(null);
        if (latest.isPresent() && !(gendered && holder != null && otherSex(holder, pronoun))) {
          return latest.get().organization();
        }
        Optional<String> heir = gendered ? possessor(c, m.start - 3, before, person)
            : Optional.empty();
        Optional<String> own = heir.flatMap(p -> heldPost(out, p, h -> true)).flatMap(h ->
            successorsPost(h) ? h.organization() : ministersOffice(h));
        return own.or(() -> latest.flatMap(Fact.RoleHolding::organization));
      }
    }
    return Optional.empty();
  }

  /**
   * The government office {@code h}'s post is in, when it is a national minister's post other
   * than the head of government's ("home secretary": the Home Office); else empty.
   */
  private Optional<String> ministersOffice(Fact.RoleHolding h) {
    return ministersPost(h) ? lex.role(h.role()).flatMap(this::leftGovernment)
        : Optional.empty(); // registers the office: call once a post is chosen
  }

  /** Whether {@code h} is a national minister's post other than the head of government's. */
  private boolean ministersPost(Fact.RoleHolding h) {
    return nationalMinister(h.role()) && !HEADS_OF_GOVERNMENT.contains(h.role());
  }

  /** Verbs of seeing before "leaving": "was seen leaving Downing Street". */
  private static final Set<String> SEEN = ImmutableSet.of("seen", "spotted", "photographed",
      "filmed", "pictured", "watched", "saw");

  /** Posts held in a chamber that one leaves without leaving it (a Speaker's is the chamber's). */
  private static final java.util.regex.Pattern OFFICES_IN_CHAMBER = java.util.regex.Pattern
      .compile("leader|whip|chair|(?<!senate )president(?! pro tem| of the senate)|convener"
          + "|secretary|minister");

  /** Verbs by which a successor enters a body: "co-opted to the council". */
  private static final Set<String> ENTERING = ImmutableSet.of("co-opted", "coopted",
      "elected", "appointed", "sworn", "returned");

  /** Words between the body entered and the one left that tell of the place filled. */
  private static final Set<String> FILLING = ImmutableSet.of("vacated", "vacancy", "vacant",
      "replace", "replacing", "seat", "place");

  /**
   * The body someone entered in the place of {@code person}, who left before {@code verb}
   * without naming what: "X was co-opted onto the council to fill the seat vacated by Y, who
   * resigned". Empty unless a word of filling stands between the body and the person.
   */
  private Optional<String> filledBody(Clause c, String person, int verb) {
    for (int i = 0; i + 2 < verb; i++) {
      if (!ENTERING.contains(c.token(i).lower())) {
        continue;
      }
      int k = i + 1;
      if (c.token(k).lower().equals("on") && c.token(k + 1).lower().equals("to")) {
        k++; // "co-opted on to the council"
      }
      String w = c.token(k).lower();
      boolean to = w.equals("to") || w.equals("onto") || w.equals("into");
      Mention named = to ? c.startingAt(k + 1, Mention.Kind.ORG) : null;
      Mention body = named == null && to && k + 2 < verb && c.token(k + 1).lower().equals("the")
          ? c.startingAt(k + 2, Mention.Kind.ORG) : named;
      if (body == null || !body.resolved() || isParty(Optional.of(body.entities.get(0)))) {
        continue;
      }
      Mention left = c.mentions.stream().filter(m -> m.start >= body.end && m.end <= verb
          && (m.kind == Mention.Kind.PERSON || m.kind == Mention.Kind.PRONOUN)
          && c.members(m).contains(person)).findFirst().orElse(null);
      if (left != null && c.sentence.tokens().subList(body.end, left.start).stream()
          .anyMatch(x -> FILLING.contains(x.lower()))) {
        return Optional.of(body.entities.get(0));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code h} is a post one can take in another's place: in an organisation the story
   * names, and not a seat given with its party ("the SDLP MLA"), which no one left.
   */
  private boolean successorsPost(Fact.RoleHolding h) {
    return h.organization().isPresent() && !(lex.role(h.role())
        .filter(r -> r.kind() == Lexicon.RoleKind.LEGISLATURE).isPresent()
        && h.organization().flatMap(resolver::organization).filter(o -> o.type().partisan())
            .isPresent());
  }

  /**
   * The government of the one country or region whose minister {@code c} names with a
   * possessive before {@code trigger} ("Spain's minister for social rights, X, resigned",
   * "Scotland's minister for parliamentary business resigned"), registered; else empty.
   */
  private Optional<String> nationsMinister(Clause c, int trigger) {
    List<Mention> titles = c.mentions.stream().filter(m -> m.kind == Mention.Kind.ROLE
            && m.role != null && m.role.kind() == Lexicon.RoleKind.GOVERNMENT && m.start >= 2
            && m.end <= trigger
            && c.token(m.start - 1).text().equals("'s")).toList();
    List<Lexicon.OrgEntry> regions = titles.stream()
        .map(m -> lex.regionEndingAt(c.sentence.tokens(), m.start - 1, j -> true))
        .flatMap(Optional::stream).map(r -> r.value().government()).distinct().toList();
    if (regions.size() == 1 && titles.size() == 1) {
      return Optional.of(resolver.register(regions.get(0), ""));
    }
    List<String> countries = titles.stream()
        .map(m -> lex.placeCountries.get(c.token(m.start - 2).text()))
        .filter(java.util.Objects::nonNull).distinct().toList();
    return countries.size() == 1 ? lex.government(countries.get(0))
        .map(e -> resolver.register(e, "")) : Optional.empty();
  }


  /** The national minister's post the story gave {@code person} without an organisation. */
  private Optional<Fact.RoleHolding> ministersPost(String person, List<Fact> out) {
    return heldPost(out, person, h -> h.organization().isEmpty() && nationalMinister(h.role()));
  }

  /**
   * The government a minister leaves: the one the story gave {@code person} a national
   * minister's post without an organisation in ("Dutch state secretary Ilse Verbaan resigned").
   */
  private Optional<String> ministerLeft(String person, List<Fact> out) {
    return ministersPost(person, out)
        .flatMap(h -> namedDepartment(h.role()).or(() -> lex.role(h.role())
            .or(() -> officeOfRankedPost(h.role()))
            .map(this::leftGovernment).orElseGet(this::governmentKey)))
        // "Goa Chief Minister X resigned", "Premier X quit" in a Queensland story
        .or(() -> heldPost(out, person, h -> h.organization().isEmpty()
                && REGIONAL_HEADS.contains(h.role())).filter(h -> regionalStory())
            .flatMap(h -> governmentKey()));
  }

  /**
   * The body of the post the story gave {@code person} ("The chief executive of Northgate Water,
   * Sarah Pellow, resigned"; "Oduya, the club's chief executive, ..." then "she was stepping
   * down"), not a seat in a chamber: of this sentence's posts, else ({@code earlierToo}) of the
   * earlier sentences'; {@code sentence} is the resignation's.
   */
  private Optional<String> postBody(String person, boolean earlierToo, List<Fact> out,
      String sentence) {
    Optional<String> org = out.stream().filter(f -> f instanceof Fact.RoleHolding h
            && h.person().equals(person) && postOfABody(h, sentence)
            && !h.role().startsWith("shadow ")) // a shadow post is no government's
        .map(f -> (Fact.RoleHolding) f).findFirst()
        .flatMap(h -> ministerOfParty(h) ? lex.role(h.role()).map(this::leftGovernment)
            .orElseGet(this::governmentKey)
            : h.organization());
    if (org.isEmpty() && earlierToo) {
      org = heldPost(out, person, h -> postOfABody(h, sentence))
          .flatMap(Fact.RoleHolding::organization);
    }
    return org;
  }

  /**
   * The front bench or shadow cabinet the story names last before {@code verb}, when
   * {@code person} holds a shadow post in it ("shadow culture secretary") or speaks for a party
   * ("the party's Cabinet Office spokesperson"); else empty.
   */
  private Optional<String> shadowBench(Clause c, String person, int verb, List<Mention> before,
      List<Fact> out) {
    if (heldPost(out, person, h -> h.role().startsWith("shadow ")
        || SPOKESPEOPLE.contains(h.role().substring(h.role().lastIndexOf(' ') + 1))
            && isParty(h.organization())).isEmpty()) {
      return Optional.empty();
    }
    return resolver.named(seenBefore(c, verb, before), List.of("bench", "frontbench", "shadow"),
        OrgType.ORGANIZATION).filter(o -> !isParty(Optional.of(o)));
  }

  /** A post taken after what the sentence tells of: "and now chairs the trust". */
  private static final java.util.regex.Pattern NOW_LEADS = java.util.regex.Pattern.compile(
      "\\bnow (co-)?(chairs|leads|heads|convenes)\\b");

  /**
   * Whether {@code h} is a post taken after the resignation {@code sentence} tells: "stepped down
   * in 2022 and now chairs the Resolution Foundation", "quit and joined the Atlantic Council as a
   * fellow", or a post named when joining in another sentence (not the body left).
   */
  static boolean takenAfter(Fact.RoleHolding h, String sentence) {
    String told = h.provenance().sentence();
    boolean here = told.equals(sentence);
    // a post named when joining is taken unless the resignation's own sentence tells of it
    // first ("X, who joined the bank as chief executive in 2018, resigned")
    return h.provenance().rule().equals(LEFT_TO_BECOME) // the post left for
        || here && h.provenance().rule().startsWith("role-who-leads")
            && NOW_LEADS.matcher(told).find()
        || h.provenance().rule().equals("role-joined-as")
            && (!here || JOINED_AFTER.matcher(told).find()) // "and joined X as a fellow"
        // "resigned from the council Thursday morning and was sworn in that afternoon as
        // commissioner of X": the post the appointment gives
        || here && (h.provenance().rule().startsWith("role-appoint")
            || h.provenance().rule().startsWith("role-copula"))
            && appointedAfterDeparture(told);
  }

  /**
   * Whether an appointment is told after the departure in {@code sentence}: "resigned ... and
   * was sworn in as" (not "X, who was elected in 2015 and became chairman in 2020, resigned").
   */
  private static boolean appointedAfterDeparture(String sentence) {
    java.util.regex.Matcher left = DEPARTED.matcher(sentence);
    java.util.regex.Matcher named = APPOINTED_AFTER.matcher(sentence);
    return left.find() && named.find(left.end());
  }

  /** A departure's verb: "resigned", "quit", "stepped down". */
  private static final java.util.regex.Pattern DEPARTED = java.util.regex.Pattern.compile(
      "\\b(resigned|resigns|quit|quits|stepped down|steps down|stood down|left)\\b");

  /**
   * An appointment told after another verb: "resigned ... and was sworn in as", "resigned in May
   * after she was appointed principal of X", "a day after she was appointed" (not "a year after
   * he was appointed": the post held since, and left).
   */
  private static final java.util.regex.Pattern APPOINTED_AFTER = java.util.regex.Pattern.compile(
      "\\b(and|(?<!(year|years|month|months|decade|decades|time) )after "
          + "(he|she|they)) (was |were |has been |had been |is )?"
          + "(sworn in|appointed|named|elected|became|becomes)\\b");

  /** A joining told after another verb: "resigned on Friday and joined the institute". */
  private static final java.util.regex.Pattern JOINED_AFTER = java.util.regex.Pattern.compile(
      "\\band (has |had |then |later )?(joined|joins)\\b");

  /**
   * Whether {@code h} is a post in an organisation the story names, not a seat in a chamber,
   * nor a post {@link #takenAfter} in the resignation's {@code sentence}.
   */
  private boolean postOfABody(Fact.RoleHolding h, String sentence) {
    return h.organization().isPresent() && !takenAfter(h, sentence)
        && lex.role(h.role()).map(r -> r.kind() != Lexicon.RoleKind.LEGISLATURE).orElse(true);
  }

  /**
   * "Ewan Dalgety and Fiona Strachan followed on Tuesday", "followed suit", "followed her out of
   * the party": the subjects left what the story's last resignation left (or the organisation
   * named after "out of").
   */
  private void followed(Clause c, PhraseIndex.Match<Lexicon.Trigger> t,
      List<DateFinder.DateMention> dates, Optional<LocalDate> date, List<Mention> before,
      List<Fact> out) {
    if (t.start() > 0 && Tokens.isBe(c.token(t.start() - 1).lower())) {
      followedBy(c, t, date, out);
      return;
    }
    int k = t.end();
    int into = intoAfter(c, k);
    if (into > 0) {
      // "followed the senator into the APC": joined it, as "followed him into" does
      joining(c, new PhraseIndex.Match<>(t.start(), into + 1, new Lexicon.Trigger("join",
          false)), into + 1, false, dates, date, before, out);
      return;
    }
    Optional<String> org = Optional.empty();
    boolean walkedOut = false; // "followed him out (the door)": left, not joined where he went
    int outOf = outOfAfter(c, k);
    Optional<Mention> outOfOrg = outOf < 0 ? Optional.empty() : bodyOutOf(c, outOf);
    if (outOfOrg.isPresent()) {
      // "followed their MP out of the Tories", "followed the leader out of the party"
      org = outOfOrg.map(m -> m.entities.get(0));
      k = c.size();
    } else if (k < c.size() && (OBJECT_PRONOUNS.contains(c.token(k).lower())
        || c.at(k) != null && c.at(k).kind == Mention.Kind.PERSON && c.at(k).end < c.size()
            && c.token(c.at(k).end).lower().equals("out"))) {
      // "followed her out of the party", "followed him", "followed Mulvey out of the door"
      k = OBJECT_PRONOUNS.contains(c.token(k).lower()) ? k + 1 : c.at(k).end;
      if (k + 1 < c.size() && c.token(k).lower().equals("out") && c.token(k + 1).lower()
          .equals("of")) {
        org = bodyOutOf(c, k).map(m -> m.entities.get(0));
      } else if (k < c.size() && c.token(k).lower().equals("out")) {
        walkedOut = true;
        k++; // "had followed them out: A, B and C"
        if (k + 1 < c.size() && c.token(k).lower().equals("the")
            && c.token(k + 1).lower().equals("door")) {
          k += 2; // "followed her out the door by Tuesday evening"
        }
      } else if (k < c.size() && !FOLLOWED_BY.contains(c.token(k).lower())) {
        return;
      }
    } else if (k < c.size() && !FOLLOWED_BY.contains(c.token(k).lower())) {
      return; // "followed the party line", "followed by"
    }
    if (k < c.size() && c.token(k).lower().equals("the") && (k + 1 >= c.size()
        || !DateFinder.isTimeWord(c.token(k + 1).lower())
            && !c.token(k + 1).lower().equals("next") && !c.token(k + 1).lower().equals("same")
            && !c.token(k + 1).lower().equals("following"))) {
      return; // "followed the leader": an object, not a time
    }
    // "Two councillors followed her out of the DUP on Saturday: A and B": the list after a colon
    List<String> subject = orListedAfterColon(c, c.subject(t.start(), dates), t.end());
    Mention leader = t.end() < c.size() ? c.at(t.end()) : null;
    Optional<String> joined = Optional.empty();
    if (org.isEmpty()) {
      // "Four members of the executive followed her out": the body the count's members sit on
      org = groupOrganisation(c, t.start());
    }
    if (org.isEmpty() && leader != null && (leader.kind == Mention.Kind.PRONOUN
        || leader.kind == Mention.Kind.PERSON) && leader.resolved()) {
      // "X quit Polska 2050 and joined PiS ... His colleague Y followed him on Wednesday": the
      // party X defected to, too
      joined = walkedOut ? Optional.empty() : lastPartisanJoining(leader.entities, out);
      // "followed her out of the door": where she went, her party first
      List<Fact.Resignation> hers = new ArrayList<>();
      for (Fact f : earlier) {
        if (f instanceof Fact.Resignation r && r.modality() == Modality.ASSERTED
            && leader.entities.contains(r.person())) {
          hers.add(r);
        }
      }
      org = hers.stream().map(Fact.Resignation::organization).flatMap(Optional::stream)
          .filter(o -> resolver.organization(o).map(x -> x.type().partisan()).orElse(false))
          .reduce((a, b) -> b)
          .or(() -> hers.isEmpty() ? Optional.empty() : hers.get(hers.size() - 1).organization());
    }
    if (org.isEmpty() && lex.triggers.findAll(c.sentence.tokens()).stream()
        .anyMatch(r -> r.end() <= t.start() && r.value().kind().equals("resign")
            && c.modality(r.start()) == Modality.CALLED_FOR)) {
      return; // "X called on her to step down, and Y followed on Thursday": in calling
    }
    if (org.isEmpty()) {
      String leaver = null;
      for (Fact f : latestFirst(out)) {
        if (org.isEmpty() && f instanceof Fact.Resignation r
            && r.modality() == Modality.ASSERTED && !subject.contains(r.person())) {
          org = r.organization();
          leaver = r.person();
        }
      }
      // "X left the Greens and joined Labour on Monday. Y and Z followed on Tuesday": Labour too
      if (leaver != null && outOf < 0 && !walkedOut) {
        joined = lastPartisanJoining(List.of(leaver), out);
      }
    }
    if (org.isEmpty()) {
      return;
    }
    Modality modality = c.modality(t.start());
    for (String p : subject) {
      if (p.startsWith("person/")) {
        out.add(new Fact.Resignation(p, org, date, modality, prov(c, "resign-followed", 0.6)));
        if (joined.isPresent() && isPartisan(org) && !joined.equals(org)) {
          out.add(new Fact.Joining(p, joined.get(), date, modality, prov(c, "join-followed",
              0.6)));
        }
      }
    }
  }

  /**
   * "She was followed out of the Home Office by Dev Raman": the one named after "by" left the
   * body named after "out of".
   */
  private void followedBy(Clause c, PhraseIndex.Match<Lexicon.Trigger> t,
      Optional<LocalDate> date, List<Fact> out) {
    int k = t.end();
    if (k + 2 >= c.size() || !c.token(k).lower().equals("out")
        || !c.token(k + 1).lower().equals("of")) {
      return;
    }
    Mention body = bodyOutOf(c, k).orElse(null);
    if (body == null) {
      return;
    }
    for (int i = body.end; i + 1 < c.size() && i < body.end + 6; i++) {
      Mention by = c.token(i).lower().equals("by") ? c.at(i + 1) : null;
      if (by != null && by.kind == Mention.Kind.PERSON && by.resolved()) {
        for (String p : c.members(by)) {
          out.add(new Fact.Resignation(p, Optional.of(body.entities.get(0)), date,
              c.modality(t.start()), prov(c, "resign-followed", 0.6)));
        }
        return;
      }
    }
  }

  /**
   * The resolved body named after the "out" of "out of" at {@code out}, past one determiner:
   * "out of the Tories", "out of the party".
   */
  private static Optional<Mention> bodyOutOf(Clause c, int out) {
    Mention m = c.at(out + 2) != null ? c.at(out + 2) : c.at(out + 3);
    return Optional.ofNullable(m).filter(x -> x.kind == Mention.Kind.ORG && x.resolved());
  }

  /** The party or group one of {@code persons} last joined in the story so far, if any. */
  private Optional<String> lastPartisanJoining(List<String> persons, List<Fact> current) {
    for (Fact f : latestFirst(current)) {
      if (f instanceof Fact.Joining j && j.modality() == Modality.ASSERTED
          && persons.contains(j.person()) && isPartisan(Optional.of(j.organization()))) {
        return Optional.of(j.organization());
      }
    }
    return Optional.empty();
  }

  /**
   * The "out" of "out of" two to four tokens after {@code k}, past a short noun phrase ("their
   * MP", "the leader", "Ms Kerr"), or -1.
   */
  private static int outOfAfter(Clause c, int k) {
    for (int i = k + 1; i < c.size() - 1 && i <= k + 4; i++) {
      if (c.token(i).lower().equals("out") && c.token(i + 1).lower().equals("of")) {
        return i;
      }
      String pos = c.token(i).pos();
      if (!(pos.startsWith("NN") || pos.startsWith("JJ"))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The post the story gave {@code person} that {@code fits}: of this sentence ({@code current})
   * first, else the latest of the earlier sentences.
   */
  private Optional<Fact.RoleHolding> heldPost(List<Fact> current, String person,
      java.util.function.Predicate<Fact.RoleHolding> fits) {
    List<Fact> facts = new ArrayList<>(current);
    for (int i = earlier.size() - 1; i >= 0; i--) {
      facts.add(earlier.get(i));
    }
    return facts.stream().filter(f -> f instanceof Fact.RoleHolding h && h.person().equals(person)
            && h.modality() == Modality.ASSERTED && fits.test(h)
            && !h.provenance().rule().equals(LEFT_TO_BECOME)) // not the post left for
        .map(f -> (Fact.RoleHolding) f).findFirst();
  }

  /**
   * The story's facts so far, the latest first: this sentence's ({@code current}) from its
   * last, then the earlier sentences' from theirs.
   */
  private List<Fact> latestFirst(List<Fact> current) {
    List<Fact> facts = new ArrayList<>(earlier);
    facts.addAll(current);
    return Lists.reverse(facts);
  }

  /** Verbs before "left out" that make it passive: "felt left out", "got left out". */
  private static final Set<String> KEPT_OUT = ImmutableSet.of("felt", "feel", "feels", "got",
      "get", "gets", "getting");

  /**
   * Whether the leaving verb at {@code t} is "left out" after be, felt or got ("was left out of
   * the shadow cabinet", "was also left out", "felt left out"): kept out by others, not leaving
   * (but "quit out of frustration" is).
   */
  private static boolean keptOut(Clause c, PhraseIndex.Match<Lexicon.Trigger> t) {
    int aux = t.start() > 1 && c.token(t.start() - 1).pos().startsWith("RB")
        ? t.start() - 2 : t.start() - 1;
    return t.end() < c.size() && c.token(t.end()).lower().equals("out")
        && c.token(t.start()).lower().equals("left") && aux >= 0
        && (Tokens.isBe(c.token(aux).lower()) || KEPT_OUT.contains(c.token(aux).lower()));
  }

  /**
   * "resigned to defeat", "resigned himself to": resigned as an adjective, accepting something,
   * not leaving a post ("resigned to protest" is still leaving).
   */
  private static boolean resignedTo(Clause c, int after) {
    if (after >= c.size()) {
      return false;
    }
    String verb = after > 0 ? c.token(after - 1).lower() : "";
    if (!(verb.equals("resigned") || verb.equals("resign") || verb.equals("resigns")
        || verb.equals("resigning"))) {
      return false; // "submitted his resignation to the city clerk"
    }
    String next = c.token(after).lower();
    if (next.equals("himself") || next.equals("herself") || next.equals("themselves")) {
      return true;
    }
    if (!next.equals("to") || after + 1 >= c.size()) {
      return false;
    }
    String before = after >= 2 ? c.token(after - 2).lower() : "";
    // "was resigned to defeat", but not "was resigning to become chief executive of Y"
    return LINKING.contains(before) && !verb.equals("resigning")
        || !c.token(after + 1).pos().equals("VB");
  }

  /** Whether the story is about a region with a government of its own, not its country. */
  private boolean regionalStory() {
    return government.isPresent() && !government.equals(country.flatMap(lex::government));
  }

  /**
   * The title inside the count before {@code verb} that stands for {@code subject}: "ministers"
   * in "Two of the party's three ministers".
   */
  private static Optional<Mention> countedTitle(Clause c, List<String> subject, int verb) {
    Mention count = c.mentions.stream().filter(m -> m.kind == Mention.Kind.GROUP
        && m.end <= verb && m.entities.containsAll(subject)).findFirst().orElse(null);
    return count == null ? Optional.empty() : c.mentions.stream()
        .filter(m -> m.kind == Mention.Kind.ROLE && m.start >= count.start && m.end <= count.end)
        .findFirst();
  }

  /**
   * What one who resigns a government post leaves: the department the post heads when it is of
   * the story's country and the story is not about a region ("home secretary": the Home Office),
   * else the government the story is about (its region's or its country's); a commissioner,
   * the commission the story names.
   */
  private Optional<String> leftGovernment(Lexicon.RoleEntry role) {
    if (role.label().endsWith("commissioner")) {
      // "FEC Commissioner X resigned": the commission the story names; a county's board of
      // commissioners
      Optional<String> commission = resolver.named(List.of(), List.of("Commission",
          "Commissioners"), OrgType.ORGANIZATION);
      if (commission.isPresent()) {
        return commission;
      }
    }
    boolean regional = regionalStory();
    Optional<Lexicon.OrgEntry> office = role.office().flatMap(lex::organisation)
        // with no country told, not the EU's: a "Streets Commissioner" in a city story
        .filter(e -> !regional && (country.isEmpty() && !e.country().equals(Optional.of("EU"))
            || e.country().equals(country)
            || e.country().equals(Optional.of("EU")) && country.isPresent()
                && (country.get().equals("EU") || lex.euMembers.contains(country.get()))));
    if (office.isEmpty() && !regional && cabinetRank(role.label())) {
      Optional<String> cabinet = storyCabinet();
      if (cabinet.isPresent()) {
        return cabinet; // "resigned as Minister of Conservation" in a story that names the
        // country's Cabinet: the cabinet, which the story speaks of
      }
    }
    Optional<String> department = office.isEmpty() ? namedDepartment(role.label())
        : Optional.empty();
    if (department.isPresent()) {
      return department; // "Deputy Energy Secretary X resigned" in a story that names the
      // Department of Energy: the department
    }
    return office.or(() -> government).map(e -> resolver.register(e, ""));
  }

  /** Words of rank that open a post heading no department of its own: "deputy", "acting". */
  private static final Set<String> SERVING_RANKS = ImmutableSet.of("deputy", "acting",
      "interim", "assistant", "under");

  /**
   * The post a ranked post serves under when that post heads a department ("deputy interior
   * secretary": the interior secretary's, whose department is the Interior's); else empty.
   */
  private Optional<Lexicon.RoleEntry> officeOfRankedPost(String post) {
    String label = deputyOfPost(post);
    int space = label.indexOf(' ');
    return space > 0 && SERVING_RANKS.contains(label.substring(0, space))
        ? lex.role(label.substring(space + 1)).filter(r -> r.office().isPresent())
        : Optional.empty();
  }

  /** A chief deputy's post as a deputy's: "chief deputy attorney general". */
  private static String deputyOfPost(String label) {
    return label.startsWith("chief deputy ") ? label.substring("chief ".length()) : label;
  }

  /** Words of a post's name that are not its portfolio: "deputy", "secretary", "of". */
  private static final Set<String> NOT_PORTFOLIO_WORDS = ImmutableSet.of("deputy", "secretary",
      "minister", "of", "for", "the", "and", "state", "assistant", "under", "undersecretary",
      "acting", "interim", "chief", "principal", "associate", "junior", "cabinet", "senior",
      "vice", "executive", "permanent", "parliamentary", "special", "adviser", "first", "&");
  /** Words that name a department in a body's name: "Department of Energy", "Ministry of X". */
  private static final Set<String> DEPARTMENT_WORDS = ImmutableSet.of("department", "ministry",
      "secretariat");
  /**
   * Countries whose ministers sit in a government apart from the departments the civil service
   * runs: one who resigns a post there leaves the government, whatever department it heads.
   */
  private static final Set<String> MINISTERS_APART = ImmutableSet.of("GB", "IE", "AU", "NZ");

  /**
   * The one department the story names whose name holds the portfolio of a post: "Agriculture
   * Department" for a "deputy agriculture secretary", the "Ministry of Health" for a Portuguese
   * health minister (not in a country whose ministers sit apart from their departments).
   */
  private Optional<String> namedDepartment(String label) {
    if (country.filter(MINISTERS_APART::contains).isPresent()) {
      return Optional.empty();
    }
    List<String> portfolio = Arrays.stream(label.split("[ -]"))
        .filter(w -> !w.isEmpty() && !NOT_PORTFOLIO_WORDS.contains(w)).toList();
    if (portfolio.isEmpty() || portfolio.size() > 3) {
      return Optional.empty();
    }
    List<String> found = resolver.organizations().values().stream()
        .filter(o -> o.type() != OrgType.CABINET && o.type() != OrgType.PARLIAMENT)
        .filter(o -> {
          List<String> words = Arrays.stream(o.name().toLowerCase(Locale.ROOT)
              .split("[ ,'’-]+")).toList();
          return words.stream().anyMatch(DEPARTMENT_WORDS::contains)
              && portfolio.stream().allMatch(p -> words.stream().anyMatch(w ->
                  w.startsWith(p.length() > 6 ? p.substring(0, 6) : p)));
        })
        .map(Organization::key).toList();
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /**
   * The cabinet of the story's country, when the story names it; not in a British story, where a
   * minister may sit outside the cabinet whatever the post's name.
   */
  private Optional<String> storyCabinet() {
    return government.flatMap(Lexicon.OrgEntry::country).filter(c -> !c.equals("GB"))
        .flatMap(c -> resolver.organizations().values().stream()
            .filter(o -> o.type() == OrgType.CABINET && o.country().equals(Optional.of(c)))
            .map(Organization::key).findFirst());
  }

  /** Whether a post's name is a full minister's: not a junior's, a deputy's or a whip's. */
  private static boolean cabinetRank(String label) {
    List<String> words = List.of(label.split("[ -]"));
    return (words.contains("minister") || words.contains("secretary"))
        && words.stream().noneMatch(JUNIOR_WORDS::contains);
  }

  /** Words that mark a post below a cabinet minister's: "minister of state", "undersecretary". */
  private static final Set<String> JUNIOR_WORDS = ImmutableSet.of("state", "junior", "deputy",
      "assistant", "associate", "vice", "parliamentary", "whip", "delegate", "undersecretary",
      "under", "private", "acting", "interim", "shadow");

  /**
   * A minister, secretary, law officer or adviser of a national government: not a first or chief
   * minister, whose government is a region's, nor a party's or a company's secretary.
   */
  private boolean nationalMinister(String post) {
    String label = deputyOfPost(post);
    List<String> words = List.of(label.split(" "));
    boolean government = lex.role(label).map(r -> r.kind() == Lexicon.RoleKind.GOVERNMENT)
        .orElse(words.contains("minister") || words.contains("secretary")); // "secretary of X"
    boolean lawOfficer = label.endsWith("attorney general") || label.endsWith("solicitor general");
    boolean adviser = label.endsWith("adviser"); // "his special adviser, left her post"
    // "the commissioner for fisheries": a post that heads a body of its own (roles.tsv)
    boolean office = lex.role(label).flatMap(Lexicon.RoleEntry::office).isPresent();
    return government && (label.contains("minister") || label.contains("secretary") || lawOfficer
            || adviser || office)
        && !words.contains("first") && !words.contains("chief")
        && !(words.contains("general") && !lawOfficer) && !words.contains("press")
        && !words.contains("party") && !words.contains("shadow") // an opposition post
        // "the union's branch secretary", "Secretary of the Senate": a body's, not a minister
        && !(lex.role(label).isEmpty() && bodysSecretary(words));
  }

  /**
   * Whether a secretary's title names the kind of body served before "secretary" or after
   * "secretary of the": "branch secretary", "secretary of the senate".
   */
  private static boolean bodysSecretary(List<String> words) {
    int at = words.indexOf("secretary");
    return at >= 0 && !words.contains("minister")
        && (words.subList(0, at).stream().anyMatch(BODY_SECRETARIES::contains)
            || words.size() == at + 4
                && words.subList(at + 1, at + 3).equals(List.of("of", "the"))
                && BODY_SECRETARIES.contains(words.get(at + 3)));
  }

  /** Words that make a secretary the lexicon does not know a body's officer, not a minister. */
  private static final Set<String> BODY_SECRETARIES = ImmutableSet.of("branch", "regional",
      "district", "company", "club", "union", "membership", "honorary", "senate", "assembly",
      "board", "society", "association", "council", "committee", "executive", "corporate",
      "county", "parish", "league", "federation", "trust");

  /**
   * Whether a government post is tied to a party ("the Democratic Alliance's deputy minister of
   * trade"): one who resigns it leaves the government, not the party.
   */
  private boolean ministerOfParty(Fact.RoleHolding h) {
    return h.organization().flatMap(resolver::organization).map(o -> o.type().partisan())
        .orElse(false) && nationalMinister(h.role()); // not "National's president"
  }

  /**
   * Whether a chair's title sits in a sentence about a committee, board or caucus ("the
   * committee elected X as its chair", "The caucus chair, Rep. X"): the chair is that body's,
   * not the holder's party's, so the party is not given to it (the title keeps no organisation
   * when the sentence names none for it).
   */
  private static boolean chairOfABody(Clause c, Mention role) {
    if (!role.roleLabel.contains("chair")) {
      return false;
    }
    for (int i = 0; i < c.size(); i++) {
      if (CHAIRED_BODIES.contains(c.token(i).lower())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words after {@code from} say an offer was turned down. */
  private static boolean turnedDown(Clause c, int from) {
    for (int i = from; i < c.size(); i++) {
      if (TURNED_DOWN.contains(c.token(i).lower())) {
        return true;
      }
    }
    return false;
  }

  /** The organisation of a counted group that is the subject: "four members of X". */
  private static Optional<String> groupOrganisation(Clause c, int verb) {
    for (Mention m : c.mentions) {
      if (m.kind == Mention.Kind.GROUP && m.start < verb && m.end + 1 < c.size()
          && c.token(m.end).lower().equals("of")
          // not "X, a five-term member of the House, submitted his resignation": an apposition
          && !(m.start > 0 && c.token(m.start - 1).text().equals(","))) {
        for (int i = m.end + 1; i < verb && i < m.end + 8; i++) {
          Mention o = c.at(i);
          if (o != null && o.kind == Mention.Kind.ORG && o.resolved()) {
            // "Two vice-chairs of the European Parliament's budgetary control committee": the
            // body the first one owns
            Mention owned = o.end + 1 < c.size() && c.token(o.end).text().equals("'s")
                ? c.startingAt(o.end + 1, Mention.Kind.ORG) : null;
            // "The chair of the Commons Home Affairs Committee": the chamber's committee
            return Optional.of((owned != null && owned.resolved() ? owned
                : o.organization.filter(x -> x.type() == OrgType.PARLIAMENT).isPresent()
                    ? ownedBody(c, o) : o).entities.get(0));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "resigned the (Labour) whip": the party's whip in the sense of membership of its group, not
   * the post of whip ("resigned as a whip").
   */
  private static boolean whipMembership(Clause c, int from, Mention role) {
    if (!role.role.label().equals("whip") || role.start == 0) {
      return false;
    }
    for (int i = from; i < role.start; i++) {
      if (c.token(i).lower().equals("as")) {
        return false;
      }
    }
    Mention prev = c.at(role.start - 1);
    return c.token(role.start - 1).lower().equals("the")
        || prev != null && prev.kind == Mention.Kind.ORG;
  }

  /**
   * "Z replaced Y as chief whip", "Y was replaced as chief whip by Z", "Z, who succeeded Y as
   * leader,": Z holds the post, appointed on the clause's day. A replacement still to come ("will
   * replace") is not recorded.
   */
  private void replacement(Clause c, PhraseIndex.Match<Lexicon.Trigger> t,
      List<DateFinder.DateMention> dates, Optional<LocalDate> date, List<Fact> out) {
    String prev = t.start() > 0 ? c.token(t.start() - 1).lower() : "";
    if (prev.equals("will") || prev.equals("to") || prev.equals("shall")) {
      return;
    }
    int as = asAfter(c, t.end(), 10);
    if (as < 0) {
      replacedInPost(c, t, dates, date, Tokens.isBe(prev), out);
      return;
    }
    Mention role = null;
    for (int i = as + 1; i < c.size() && i <= as + 4 && role == null; i++) {
      Mention m = c.at(i);
      role = m != null && m.kind == Mention.Kind.ROLE ? m : null;
    }
    if (role == null || role.plural) {
      return;
    }
    List<String> holders = new ArrayList<>();
    if (Tokens.isBe(prev)) {
      int by = role.end < c.size() && c.token(role.end).lower().equals("by") ? role.end + 1
          : orgOfPhrase(c, role.end).filter(o -> o.end < c.size() - 1
              && c.token(o.end).lower().equals("by")).map(o -> o.end + 1).orElse(-1);
      Mention who = by > 0 ? objectPerson(c, by) : null;
      if (who != null) {
        holders.addAll(c.members(who));
      }
    } else {
      holders.addAll(c.subject(t.start(), dates));
    }
    holders.removeIf(p -> !p.startsWith("person/"));
    if (holders.isEmpty()) {
      return;
    }
    Optional<String> org = orgOfPhrase(c, role.end).map(m -> m.entities.get(0));
    Modality modality = c.modality(t.start());
    for (String p : holders) {
      out.add(new Fact.RoleHolding(p, role.roleLabel, org, modality,
          prov(c, "role-replace", 0.75)));
    }
    out.add(new Fact.Event(EventType.APPOINTMENT, date, holders, org, modality,
        prov(c, "replace-verb", 0.7)));
  }

  /**
   * "Y replaced her on Wednesday", "She was replaced by Y": with no post named, Y takes the post
   * the one replaced left in the story (its last post that is no seat in a chamber), when the
   * story has them leave it; not "will be replaced by Y", a succession still to come.
   */
  private void replacedInPost(Clause c, PhraseIndex.Match<Lexicon.Trigger> t,
      List<DateFinder.DateMention> dates, Optional<LocalDate> date, boolean passive,
      List<Fact> out) {
    int by = passive ? byAfterTime(c, t.end()) : -1;
    Mention agent = by >= 0 && by + 1 < c.size() ? objectPerson(c, by + 1) : null;
    Mention object = passive ? null : objectPerson(c, t.end());
    List<String> replaced = passive ? c.subject(t.start(), dates)
        : object == null ? List.of() : c.members(object);
    List<String> holders = passive ? agent == null ? List.of() : c.members(agent)
        : c.subject(t.start(), dates);
    int verb = passive ? t.start() - 1 : t.start();
    if (futureAuxiliaryBefore(c, verb) || verb > 0 && (c.token(verb - 1).lower().equals("to")
        || c.token(verb - 1).lower().equals("would") || c.token(verb - 1).lower().equals("shall"))
        || replaced.size() != 1 || holders.isEmpty() || holders.contains(replaced.get(0))
        || !holders.stream().allMatch(p -> p.startsWith("person/"))) {
      return;
    }
    String left = replaced.get(0);
    boolean leaving = latestFirst(out).stream().anyMatch(f -> f instanceof Fact.Resignation r
        && r.person().equals(left) && r.modality() == Modality.ASSERTED);
    Optional<Fact.RoleHolding> post = heldPost(out, left, h -> lex.role(h.role())
        .map(r -> r.kind() != Lexicon.RoleKind.LEGISLATURE).orElse(true));
    if (!leaving || post.isEmpty()) {
      return;
    }
    Modality modality = c.modality(t.start());
    for (String p : holders) {
      out.add(new Fact.RoleHolding(p, post.get().role(), post.get().organization(), modality,
          prov(c, "role-replace-post", 0.65)));
    }
    out.add(new Fact.Event(EventType.APPOINTMENT, date, holders, post.get().organization(),
        modality, prov(c, "replace-verb", 0.65)));
  }

  /**
   * Where a title opens: the chamber's word just before it when no mention covers that word
   * ("Landtag President X"), else its own first word ("House Minority Leader X").
   */
  private static int titleOpening(Clause c, Mention role) {
    return role.start > 0 && c.at(role.start - 1) == null
        && TITLE_CHAMBERS.contains(c.token(role.start - 1).text()) ? role.start - 1 : role.start;
  }

  /**
   * Whether {@code chamber} can be the chamber of a title opening at {@code first} after a
   * US state's name: "Minnesota House Speaker X" sits in no House but Minnesota's.
   */
  private boolean chamberOfPlace(Clause c, int first, String chamber) {
    int k = first;
    while (k > 0 && k > first - 3 && c.token(k - 1).isCapitalized()) {
      k--;
    }
    if (k == first || !lex.usState(c.sentence.tokens(), k, first)) {
      return true;
    }
    String place = c.token(first - 1).text();
    return resolver.organization(chamber).map(o -> Lexicon.hasWord(o.name(), place))
        .orElse(false);
  }

  /** The key of the government the article is about, registered as an organisation. */
  private Optional<String> governmentKey() {
    return government.map(e -> resolver.register(e, ""));
  }

  /** Heads of government, to whom a minister hands a resignation. */
  private static final Set<String> HEADS_OF_GOVERNMENT = ImmutableSet.of("prime minister",
      "taoiseach", "premier", "first minister", "chief minister");

  /** Words of a move across the chamber: "walked across the aisle and took a seat on". */
  private static final Set<String> CROSSING_WORDS = ImmutableSet.of("crossed", "cross",
      "crossing", "crosses", "across", "aisle", "defected", "defects", "defecting", "switched",
      "switches", "switching");

  /** Whether the sentence tells of a move across the chamber. */
  private static boolean crossing(Clause c) {
    return c.sentence.tokens().stream().anyMatch(w -> CROSSING_WORDS.contains(w.lower()));
  }

  /** Those who preside over a chamber, to whom a member hands in a seat. */
  private static final Set<String> PRESIDING_OFFICERS = ImmutableSet.of("speaker",
      "ceann comhairle", "cathaoirleach", "presiding officer", "president of the senate");

  /**
   * The organisation an infinitive of leaving before {@code verb} in the same sentence names as
   * its object ("the second member to leave the party"), when one does; else empty.
   */
  private Optional<String> leftEarlierInSentence(Clause c, int verb) {
    Optional<String> left = Optional.empty();
    for (PhraseIndex.Match<Lexicon.Trigger> u : lex.triggers.findAll(c.sentence.tokens())) {
      if (u.end() > verb - 2 || !u.value().kind().equals("resign") || u.start() == 0
          || !c.token(u.start() - 1).lower().equals("to")) {
        continue; // only "the second member to leave the group", not "after X quit the SNP"
      }
      Optional<Mention> o = c.objectAfter(u.end(), false).organization()
          .filter(m -> m.start <= u.end() + 3 && m.resolved());
      left = o.isPresent() ? o.map(m -> m.entities.get(0)) : left;
    }
    return left;
  }

  /** Party officers a member's resignation is handed to: "the party secretary", "chief whip". */
  private static final java.util.regex.Pattern PARTY_OFFICERS = java.util.regex.Pattern
      .compile("secretary|whip|chair");

  /**
   * The party after the "to" that follows a resignation at {@code from} within its clause ("his
   * resignation letter to the party", "to the Liberals' party secretary"; for "the party", the
   * party the story gives {@code person}, if any), unless the story told the person joined it;
   * else empty.
   */
  private Optional<String> handedToParty(Clause c, int from, String person, List<Fact> out) {
    for (int k = from; k + 1 < c.size() && k < from + 6; k++) {
      String w = c.token(k).lower();
      if (w.equals(",") || w.equals(";") || w.equals(".")) {
        break;
      }
      if (w.equals("to")) {
        Mention m = c.at(c.token(k + 1).lower().equals("the") ? k + 2 : k + 1);
        if (m == null || m.kind != Mention.Kind.ORG || !m.resolved()
            || !isPartisan(m.entities.stream().findFirst())) {
          return Optional.empty();
        }
        int after = m.end < c.size() && c.token(m.end).text().equals("'s") ? m.end + 1 : m.end;
        Mention title = after < c.size() ? c.at(after) : null;
        if (title != null && title.kind == Mention.Kind.ROLE
            && !PARTY_OFFICERS.matcher(title.roleLabel).find()) {
          return Optional.empty(); // "in a letter to the Labour leader": a minister's, to a person
        }
        // "the party": only the party the story gives the person (the last one named may be
        // the one joined: "quits the DUP for the TUV ... handed his resignation to the party");
        // and never a party the story told the person joined
        Optional<String> party = m.anaphorType.isPresent() ? partyOf(person)
            : Optional.of(m.entities.get(0));
        return party.filter(o -> latestFirst(out).stream().noneMatch(f ->
            f instanceof Fact.Joining j && j.person().equals(person)
                && j.organization().equals(o)));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether "to" and a holder of one of {@code posts} come at {@code k}: "to the prime
   * minister", "to Speaker X".
   */
  private static boolean toHolderOf(Clause c, int k, Set<String> posts) {
    if (k + 1 >= c.size() || !c.token(k).lower().equals("to")) {
      return false;
    }
    Mention m = c.at(c.token(k + 1).lower().equals("the") ? k + 2 : k + 1);
    return m != null && m.kind == Mention.Kind.ROLE && posts.contains(m.roleLabel);
  }

  /**
   * Whether what follows the one appointed at {@code k} makes the verb an appointment: removal
   * from a body, "to" and a body, or "to replace" ("named X to replace her").
   */
  private boolean complemented(Clause c, int k) {
    if (k + 2 < c.size() && c.token(k).lower().equals("on")
        && DateFinder.isTimeWord(c.token(k + 1).text())) {
      k += 2; // "was named on Wednesday to replace him"
    }
    return removedFromBody(c, k) || toBody(c, k) || toReplace(c, k) || toLead(c, k) >= 0
        || asSecond(c, k);
  }

  /**
   * "X, an assistant whip, was dismissed on Tuesday morning": a person dismissed, said in the
   * passive right after the person's name or its apposition (not "dismissed as nonsense", nor a
   * batsman "dismissed for 12").
   */
  private static boolean dismissedPerson(Clause c, PhraseIndex.Match<Lexicon.Trigger> t,
      boolean passive) {
    if (!passive || t.end() - t.start() != 1 || t.start() < 2
        || !c.token(t.start()).lower().equals("dismissed")) {
      return false;
    }
    // the person's mention (or its apposition) ends right before "was": not "The lawsuit Smith
    // filed was dismissed"
    int be = t.start() - 1;
    while (be > 1 && DISMISSED_AUXILIARIES.contains(c.token(be - 1).lower())) {
      be--; // "had been dismissed"
    }
    String before = c.token(be - 1).lower();
    boolean named = c.endingBefore(be, Mention.Kind.PERSON) != null
        || c.endingBefore(be, Mention.Kind.PRONOUN) != null;
    // "X, an assistant whip, was", "Tobias Lindqvist, who was"
    if (!named && !before.equals(",") && !before.equals("who")) {
      return false;
    }
    for (int i = t.end(); i < c.size() && !c.token(i).text().equals(",")
        && !c.token(i).text().equals(";"); i++) {
      String w = c.token(i).lower();
      if (w.equals("as") || w.equals("for") && i + 1 < c.size()
          && c.token(i + 1).pos().equals("CD")) {
        return false; // "dismissed by critics as a lightweight", "dismissed for 12" (cricket)
      }
    }
    return true;
  }

  /** Auxiliaries before the "was" of "had been dismissed", "has been dismissed". */
  private static final Set<String> DISMISSED_AUXILIARIES = ImmutableSet.of("had", "has",
      "have", "been");

  /** Words after "fired" that make it no dismissal: "fired back", "fired up supporters". */
  private static final Set<String> FIRED_PARTICLES = ImmutableSet.of("back", "up", "off",
      "away", "at", "questions", "shots", "warning");

  /**
   * Whether "fire" is no dismissal here: "fire"/"fires" with no person right after it ("paid
   * tribute to fire crews", "fire up supporters"), or "fired back", "fired up".
   */
  private static boolean firedNoOne(Clause c, PhraseIndex.Match<Lexicon.Trigger> t) {
    String w = c.token(t.start()).lower();
    String next = t.end() < c.size() ? c.token(t.end()).lower() : "";
    if (w.equals("fire") || w.equals("fires")) {
      Mention m = objectPerson(c, t.end());
      return m == null || m.start > t.end() + 4 || FIRED_PARTICLES.contains(next);
    }
    return w.equals("fired") && FIRED_PARTICLES.contains(next);
  }

  /** Nouns for someone's second or successor: "named X as his new deputy". */
  private static final Set<String> SECONDS = ImmutableSet.of("deputy", "successor",
      "replacement");

  /** Whether "as his new deputy", "as her successor" comes at {@code k}. */
  private static boolean asSecond(Clause c, int k) {
    if (k + 2 >= c.size() || !c.token(k).lower().equals("as")
        || !c.token(k + 1).pos().equals("PRP$")) {
      return false;
    }
    int n = c.token(k + 2).lower().equals("new") && k + 3 < c.size() ? k + 3 : k + 2;
    return SECONDS.contains(c.token(n).lower());
  }

  /** Verbs of leading a body: "named X to chair the committee", "to lead the department". */
  private static final Set<String> LEADING = ImmutableSet.of("chair", "lead", "head", "captain",
      "coach");
  /** The posts the verbs of leading that name one name: "to chair" a chairman's. */
  private static final Map<String, String> LEADING_POSTS = ImmutableMap.of("chair", "chairman",
      "captain", "captain", "coach", "coach");

  /**
   * The index of a verb of leading after "to" at {@code k}, past a party tag ("named Sen. X,
   * R-Mesa, to chair the committee"), or -1.
   */
  private static int toLead(Clause c, int k) {
    int to = k + 2 < c.size() && c.token(k).text().equals(",")
        && Clause.isBarePartyTag(c.token(k + 1).text()) && c.token(k + 2).text().equals(",")
        ? k + 3 : c.afterPartyTag(k);
    // "to chair the committee": "chair" tagged a noun is a verb before an article
    return to + 2 < c.size() && c.token(to).lower().equals("to")
        && LEADING.contains(c.token(to + 1).lower()) && (c.token(to + 1).pos().equals("VB")
            || c.token(to + 2).pos().equals("DT") || c.token(to + 2).pos().equals("PRP$"))
        ? to + 1 : -1;
  }

  /**
   * Whether "to replace" or "to succeed" comes at {@code k} ("named X to replace her"), or its
   * verb does, after a "to" the trigger took in ("was named to succeed him").
   */
  private static boolean toReplace(Clause c, int k) {
    if (k + 1 < c.size() && c.token(k).text().equals(",")
        && c.token(k + 1).lower().equals("to")) {
      k++; // "named his first assistant, Corinne Mabry, to fill the vacancy"
    }
    int verb = k < c.size() && c.token(k).lower().equals("to") ? k + 1 : k;
    if (verb >= c.size() || verb == 0 || !c.token(verb - 1).lower().equals("to")) {
      return false;
    }
    String w = c.token(verb).lower();
    if (w.equals("fill")) { // "named X to fill the vacancy", "to fill the post until May"
      for (int j = verb + 1; j < c.size() && j <= verb + 4; j++) {
        if (VACANT_POSTS.contains(c.token(j).lower())) {
          return true;
        }
      }
      return false;
    }
    return w.equals("replace") || w.equals("succeed");
  }

  /** What an appointee fills: "to fill the vacancy", "to fill her seat". */
  private static final Set<String> VACANT_POSTS = ImmutableSet.of("vacancy", "vacancies", "post",
      "position", "role", "seat", "job", "gap", "slot");

  /**
   * "She was joined on Tuesday by Mikkel Lund": the person after "by" joined what the subject
   * last joined in the story; true when the clause is such a passive, whether or not it gave a
   * joining.
   */
  private boolean joinedBy(Clause c, PhraseIndex.Match<Lexicon.Trigger> t,
      List<DateFinder.DateMention> dates, Optional<LocalDate> date, List<Fact> out) {
    if (t.end() - t.start() != 1 || t.start() == 0 || !Tokens.isBe(c.token(t.start() - 1).lower())
        || !c.token(t.start()).lower().equals("joined")) {
      return false;
    }
    int by = byAfterTime(c, t.end());
    Mention joiner = by >= 0 && by + 1 < c.size() ? objectPerson(c, by + 1) : null;
    if (joiner == null) {
      return by >= 0;
    }
    List<String> subject = c.subject(t.start() - 1, dates);
    Optional<Fact.Joining> theirs = subject.size() != 1 ? Optional.empty()
        : latestFirst(out).stream().filter(f -> f instanceof Fact.Joining j
            && j.person().equals(subject.get(0)) && j.modality() == Modality.ASSERTED)
            .map(f -> (Fact.Joining) f).findFirst();
    if (theirs.isPresent()) {
      Modality modality = c.modality(t.start());
      for (String p : c.members(joiner)) {
        if (p.startsWith("person/") && !p.equals(subject.get(0))) {
          out.add(new Fact.Joining(p, theirs.get().organization(), date, modality,
              prov(c, "join-joined-by", 0.7)));
        }
      }
    }
    return true;
  }

  /**
   * The "by" at {@code k}, or after a time between it and the verb ("was replaced on Wednesday
   * morning by X"); -1 if none.
   */
  private static int byAfterTime(Clause c, int k) {
    for (int i = k; i < c.size() && i < k + 5; i++) {
      Token w = c.token(i);
      if (w.lower().equals("by")) {
        return i;
      }
      if (!(DateFinder.isTimeWord(w.text()) || w.pos().equals("CD") || i == k
          && (w.lower().equals("on") || w.lower().equals("last") || w.lower().equals("that")))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether "made" gives someone a post: a role follows the person made ("made X his deputy")
   * or, in the passive, the verb ("was made party chair"), past articles, possessives and an
   * organisation's name.
   */
  private static boolean madeRole(Clause c, PhraseIndex.Match<Lexicon.Trigger> t) {
    int i = t.end();
    boolean passive = t.start() > 0 && Tokens.isBe(c.token(t.start() - 1).lower());
    if (!passive) {
      Mention object = c.at(i);
      if (object != null && object.kind == Mention.Kind.ROLE && object.end < c.size()) {
        object = c.at(object.end); // "to make Provost X interim president": past the title
      }
      if (object == null || object.kind != Mention.Kind.PERSON) {
        return false;
      }
      i = object.end;
    }
    for (int end = i + 4; i < c.size() && i < end; i++) {
      Mention m = c.at(i);
      if (m != null && m.kind == Mention.Kind.ROLE) {
        return true;
      }
      if (m != null && m.kind == Mention.Kind.ORG) {
        i = m.end - 1;
        continue;
      }
      String pos = c.token(i).pos();
      if (!pos.equals("DT") && !pos.equals("PRP$") && !c.token(i).text().equals("'s")) {
        return false;
      }
    }
    return false;
  }

  /**
   * "joined the board of Harwood Mutual as a non-executive director", "joined Pellworth as
   * finance director": the post named after "as", of the company, board or body joined (not a
   * party, chamber or government, whose posts are told otherwise).
   */
  private void joinedAs(Clause c, PhraseIndex.Match<Lexicon.Trigger> t, String person,
      String org, Modality modality, List<Fact> out) {
    int as = asAfter(c, t.end(), 14);
    // not "joined X in 2019 after stepping down as chief executive of Y": another verb's "as"
    if (as < 0 || !ofType(org, OrgType.ORGANIZATION) || c.sentence.tokens().subList(t.end(), as)
        .stream().anyMatch(w -> w.pos().startsWith("VB"))) {
      return;
    }
    for (int j = as + 1; j < c.size() && j <= as + 4; j++) {
      Mention m = c.at(j);
      if (m != null && m.kind == Mention.Kind.ROLE) {
        // "A and B joined as directors": each holds the post
        if (m.role.kind() == Lexicon.RoleKind.OTHER
            && (!m.plural || BOARD_POSTS.containsValue(m.roleLabel))) {
          out.add(new Fact.RoleHolding(person, m.roleLabel, Optional.of(org), modality,
              prov(c, "role-joined-as", 0.65)));
        }
        return;
      }
    }
  }

  /** Whether "government" (or "administration") ends the noun phrase at {@code from}. */
  private static boolean governmentAfter(Clause c, int from) {
    for (int i = from; i < c.size() && i < from + 3; i++) {
      String w = c.token(i).lower();
      if (w.equals("government") || w.equals("administration")) {
        return true;
      }
      if (!c.token(i).pos().matches("JJ|NN") || c.token(i).isCapitalized()) {
        return false;
      }
    }
    return false;
  }

  /** Words for a government joined: "joins the ministry as Minister for Small Business". */
  private static final Set<String> GOVERNMENT_BODIES = ImmutableSet.of("ministry", "cabinet",
      "government", "executive", "frontbench");

  /**
   * "X joins the ministry outside cabinet as Minister for Small Business": the post in the
   * government the subject joined.
   */
  private void joinedGovernmentAs(Clause c, PhraseIndex.Match<Lexicon.Trigger> t,
      List<DateFinder.DateMention> dates, List<Fact> out) {
    int k = t.end();
    int body = governmentJoined(c, k);
    if (body < 0) {
      return;
    }
    int as = asAfter(c, body);
    Mention role = as < 0 || as > body + 4 ? null : c.startingAt(as + 1, Mention.Kind.ROLE);
    if (role == null || role.plural || role.role.kind() != Lexicon.RoleKind.GOVERNMENT
        || out.stream().anyMatch(f -> f instanceof Fact.RoleHolding h
            && h.role().equals(role.roleLabel))) {
      return;
    }
    Modality stated = c.modality(t.start());
    // "will join the cabinet as health minister next month": a post to come
    Modality modality = stated == Modality.ASSERTED && (futureAuxiliaryBefore(c, t.start())
        || startsLater(c, role.end)) ? Modality.POSSIBLE : stated;
    List<String> subject = c.subject(t.start(), dates);
    if (subject.size() > 1) {
      // "A and B join the cabinet as minister of X and minister of Y respectively": one post
      // each, and only when the sentence says which
      respectively(c, role, subject.stream().filter(p -> p.startsWith("person/")).toList(),
          Optional.empty(), "role-joined-as", out);
      return;
    }
    for (String p : subject) {
      if (p.startsWith("person/")) {
        out.add(new Fact.RoleHolding(p, role.roleLabel, Optional.empty(), modality,
            prov(c, "role-joined-as", 0.65)));
      }
    }
  }

  /**
   * Where the government joined at {@code k} ends: "the ministry", "the Liberal government",
   * "Tasmania's minority Liberal government"; or -1 when no government is joined there.
   */
  private static int governmentJoined(Clause c, int k) {
    if (k + 1 < c.size() && c.token(k).lower().equals("the")
        && GOVERNMENT_BODIES.contains(c.token(k + 1).lower())) {
      return k + 2;
    }
    int owner = c.possessorEnd(k);
    // "Tasmania's minority Liberal government", "the minority Liberal government"
    int from = owner > 0 ? owner + 1 : k + 1 < c.size() && c.token(k).lower().equals("the")
        ? k + 1 : -1;
    Mention m = from > 0 && from < c.size() ? c.orgAfterModifiers(from) : c.at(k);
    return m != null && m.kind == Mention.Kind.ORG && m.start >= k
        && m.anaphorType.equals(Optional.of(OrgType.GOVERNMENT))
        && GOVERNMENT_BODIES.contains(c.token(m.end - 1).lower()) ? m.end : -1;
  }

  /** The "as" of "sit in the Commons as X", or -1. */
  private static int asAfter(Clause c, int from) {
    for (int i = from; i < c.size() && i < from + 10; i++) {
      String w = c.token(i).text();
      if (w.equals("as")) {
        return i;
      }
      if (w.equals(",") || w.equals(";") || w.equals(".")) {
        break;
      }
    }
    return -1;
  }

  /**
   * The "as" of "appointed X, who convenes the committee, as minister": the first "as" within
   * {@code window} tokens that a role follows.
   */
  private static int asAfter(Clause c, int from, int window) {
    for (int i = from; i < c.size() - 1 && i < from + window; i++) {
      String w = c.token(i).text();
      if (w.equals(";") || w.equals(".")) {
        break;
      }
      if (w.equals("as")) {
        for (int j = i + 1; j < c.size() && j <= i + 4; j++) {
          Mention m = c.at(j);
          if (m != null && m.kind == Mention.Kind.ROLE) {
            return i;
          }
        }
      }
    }
    return -1;
  }

  /**
   * The "as" right after the comma closing a long apposition opened at {@code comma} ("named X,
   * a lawyer who has sat on the board since 2019, as interim chair"), when a role follows it;
   * else -1.
   */
  private static int asAfterApposition(Clause c, int comma) {
    for (int i = comma + 1; i + 2 < c.size() && i < comma + 30; i++) {
      String w = c.token(i).text();
      if (w.equals(";") || w.equals(".") || w.equals(":")) {
        return -1;
      }
      if (w.equals(",") && c.token(i + 1).lower().equals("as")) {
        return asAfter(c, i + 1, 1);
      }
    }
    return -1;
  }

  /**
   * Whether a person, past a title, is the object right at {@code from}: "elected Deputy Mary
   * Flynn as its whip", not "elected on the Five Star list".
   */
  private static boolean electedPerson(Clause c, int from) {
    Mention m = objectPerson(c, from);
    return m != null && m.kind == Mention.Kind.PERSON && m.start >= from && m.start <= from + 3
        && c.sentence.tokens().subList(from, m.start).stream()
            .noneMatch(w -> w.text().equals(",") || w.pos().equals("IN"));
  }

  /** Whether token {@code i} is the "of" right after a title: "the undersecretary of". */
  private static boolean titleOf(Clause c, int i) {
    return i > 0 && c.token(i).lower().equals("of") && c.at(i - 1) != null
        && c.at(i - 1).kind == Mention.Kind.ROLE;
  }

  /**
   * The person a verb acts on: the first person after it, past articles, adjectives, common
   * nouns, titles, roles and commas ("named Provost Maria Chen", "appointed the finance director, X,").
   */
  private static Mention objectPerson(Clause c, int from) {
    for (int i = from; i < c.size() && i < from + 8; i++) {
      Mention m = c.at(i);
      // "Okerlund's deputy, Marcus Oyelaran,": the owner of a post apposed to the person
      boolean owner = m != null && m.end + 2 < c.size() && c.token(m.end).text().equals("'s")
          && (c.at(m.end + 1) != null && (c.at(m.end + 1).kind == Mention.Kind.ROLE
                  || c.at(m.end + 1).kind == Mention.Kind.PERSON) // "the ANC's X"
              || c.token(m.end + 1).pos().startsWith("NN")
                  && c.token(m.end + 2).text().equals(","));
      if (m != null && (m.kind == Mention.Kind.PERSON || m.kind == Mention.Kind.PRONOUN)
          && !owner) {
        return m;
      }
      if (m != null && m.kind == Mention.Kind.GROUP && m.count > 1 && m.start == i
          && m.entities.size() == m.count
          && m.entities.stream().allMatch(e -> e.startsWith("person/"))) {
        return m; // "appointed two new directors, A and B": the persons counted
      }
      if (m != null && (m.kind == Mention.Kind.ROLE || owner)) {
        i = m.end - 1; // "named Okerlund's deputy, Marcus Oyelaran,": past the owner
        continue;
      }
      if (m != null && m.kind == Mention.Kind.ORG && m.end + 1 < c.size()
          && c.token(m.end).text().equals("'s") && c.at(m.end + 1) == null
          && c.token(m.end + 1).pos().equals("JJ")) {
        i = m.end; // "appointed the party's senior vice-president, X,": past the owner
        continue;
      }
      if (m != null && m.kind == Mention.Kind.ORG && m.end < c.size() && (c.at(m.end) != null
          && c.at(m.end).kind == Mention.Kind.ROLE
          || c.token(m.end).lower().startsWith("membership") || titleOf(c, m.start - 1))) {
        i = m.end - 1; // "to suspend One Nation senator Darcy Pike": past the party of the title;
        // "suspended the party membership of X"
        continue;
      }
      Token t = c.token(i);
      // common-noun modifiers too: "named state Rep. X", "appointed party treasurer X"
      boolean skippable = t.pos().equals("DT") || t.pos().startsWith("JJ")
          || t.pos().equals("PRP$") || t.text().equals(",") || t.text().equals("'s")
          || possessiveHer(c, i) // "dismissed her special adviser, X", "her" tagged PRP
          || t.isProperNoun() && t.isCapitalized() && m == null
          || (t.pos().equals("NN") || t.pos().equals("NNS")) && !t.isCapitalized() && m == null
          // "signed veteran forward X": the player's position, tagged an adverb
          || t.text().equals("forward") && i + 1 < c.size() && c.at(i + 1) != null
              && c.at(i + 1).kind == Mention.Kind.PERSON
          // "suspended the party membership of X": the member
          || t.lower().equals("of") && i > from && c.token(i - 1).lower().startsWith("membership")
          // "named the undersecretary of energy, X, as acting minister": past the title's body
          || titleOf(c, i);
      if (!skippable) {
        return null;
      }
    }
    return null;
  }

  /**
   * Whether the word at {@code i}, tagged an adjective, is a past verb coordinated with one before
   * it: "the board fired X and appointed/JJ chief operating officer Y"; not "elected and
   * appointed officials".
   */
  private static boolean coordinatedPast(Clause c, int i) {
    if (i < 2 || i + 1 >= c.size() || !c.token(i).pos().equals("JJ")
        || !c.token(i).lower().endsWith("ed") || !c.token(i - 1).lower().equals("and")
        || c.token(i + 1).pos().equals("NNS") || c.token(i - 2).pos().startsWith("JJ")
        || c.token(i - 2).pos().equals("VBN")) { // not "the suspended and expelled councillor"
      return false;
    }
    for (int k = 0; k < i - 1; k++) {
      if (c.token(k).pos().equals("VBD")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The organisation whose post the apposition of {@code person} before {@code verb} names, by
   * its possessive: "the council's monitoring officer, Alan Burrows,", "Alan Burrows, the
   * department's chief procurement officer,"; not a person's ("the governor's chief of staff").
   */
  private static Optional<String> ownerOfPost(Clause c, String person, int verb) {
    for (Mention p : c.mentions) {
      if (p.kind != Mention.Kind.PERSON || p.end > verb || !p.entities.contains(person)) {
        continue;
      }
      // the post before the name ("the council's monitoring officer, X") or after it
      int before = postOpening(c, p, 6);
      if (before >= 0 && c.token(before).lower().equals("whose")) {
        return whoseOwner(c, before); // "Cambrian Connect, whose managing director, X,"
      }
      if (before >= 0) {
        return possessiveOwner(c, before); // none when the post opens with no possessive
      }
      int to = p.end + 1 < verb && c.token(p.end).text().equals(",") ? p.end + 1 : -1;
      for (int k = to; k >= 0 && k < verb && k < to + 3; k++) {
        if (c.token(k).text().equals("'s") || c.token(k).text().equals("'")) {
          return possessiveOwner(c, k);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The party named last in {@code seen} other than the one that a "joined" after the departure
   * at {@code t} in the same clause names ("left in March and joined the TUV"); else empty.
   */
  private Optional<String> partyLeftForAnother(Clause c, PhraseIndex.Match<Lexicon.Trigger> t,
      List<Mention> seen) {
    Optional<String> joined = lex.triggers.findAll(c.sentence.tokens()).stream()
        .filter(j -> j.start() > t.end() && j.start() < t.end() + 8
            && j.value().kind().equals("join"))
        .findFirst()
        .flatMap(j -> c.objectAfter(j.end(), false).organization())
        .filter(m -> m.resolved() && ofType(m.entities.get(0), OrgType.POLITICAL_PARTY))
        .map(m -> m.entities.get(0));
    if (joined.isEmpty()) {
      return Optional.empty();
    }
    for (int i = seen.size() - 1; i >= 0; i--) {
      Mention m = seen.get(i);
      if (m.kind == Mention.Kind.ORG && m.resolved() && !m.entities.contains(joined.get())
          && ofType(m.entities.get(0), OrgType.POLITICAL_PARTY)) {
        return Optional.of(m.entities.get(0));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether "to serve the rest (remainder, balance) of" follows at {@code i} or past an
   * apposition set off by commas there (see {@link #pastApposition}).
   */
  private static boolean servesRestOfTerm(Clause c, int i) {
    int k = pastApposition(c, i); // past ", a retired teacher,"
    if (k + 3 >= c.size() || !c.token(k).lower().equals("to")) {
      return false;
    }
    String verb = c.token(k + 1).lower();
    String what = c.token(k + 3).lower();
    // (not "to fill the vacancy": a county board fills a seat in the state legislature)
    return verb.equals("serve") && c.token(k + 2).lower().equals("the")
        && (what.equals("rest") || what.equals("remainder") || what.equals("balance"));
  }

  /** Last words of the posts of a person's own staff: "chief of staff", "press secretary". */
  static final Set<String> PRIVATE_STAFF_WORDS = ImmutableSet.of("staff", "secretary",
      "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "aide", "counsel");

  /**
   * The office of the person owning the staff post before {@code person}'s name ("Castellano's
   * chief of staff, X,") or apposed after it ("X, chief of staff to Gov. Y,"); else empty.
   */
  private Optional<String> officeOfPostOwner(Clause c, String person, int verb,
      List<Fact> out) {
    for (Mention p : c.mentions) {
      if (p.kind != Mention.Kind.PERSON || p.end > verb || !p.entities.contains(person)
          || p.start < 3 || !c.token(p.start - 1).text().equals(",")) {
        continue;
      }
      if (!PRIVATE_STAFF_WORDS.contains(c.token(p.start - 2).lower())) {
        continue; // not "Ms Kranjc's predecessor, X,", "Salar Austral's chief executive, X,"
      }
      int k = postOpening(c, p, 5);
      Mention owner = k >= 1 ? c.at(k - 1) : null;
      if (owner != null && c.token(k).text().equals("'s") && owner.end == k
          && owner.kind == Mention.Kind.PERSON && owner.entities.size() == 1) {
        return Optional.of(bossOffice(owner, out));
      }
    }
    for (Mention p : c.mentions) {
      // "X, chief of staff to Michigan Gov. Dana Whitcombe, resigned": the boss's office
      if (p.kind != Mention.Kind.PERSON || p.end >= verb || !p.entities.contains(person)
          || p.end + 3 >= c.size() || !c.token(p.end).text().equals(",")) {
        continue;
      }
      int k = MentionFinder.ARTICLES.contains(c.token(p.end + 1).lower()) ? p.end + 2 : p.end + 1;
      Mention post = c.startingAt(k, Mention.Kind.ROLE);
      String last = post == null ? ""
          : post.roleLabel.substring(post.roleLabel.lastIndexOf(' ') + 1);
      if (post == null || !PRIVATE_STAFF_WORDS.contains(last) || post.end + 1 >= c.size()
          || !c.token(post.end).lower().equals("to")) {
        continue;
      }
      int b = post.end + 1;
      while (b < verb && b < post.end + 4 && c.at(b) == null && c.token(b).isCapitalized()) {
        b++; // "to Michigan Gov. X": the boss's state
      }
      Mention owner = c.at(b);
      if (owner != null && owner.kind == Mention.Kind.PERSON && owner.start == b
          && owner.end < verb && owner.entities.size() == 1) {
        return Optional.of(bossOffice(owner, out));
      }
    }
    return Optional.empty();
  }

  /**
   * The office of the person {@code owner} stands for, known also by the title written before
   * the name or the post the story gave its holder ({@code out}: this sentence's facts) or
   * earlier: "the governor's office".
   */
  private String bossOffice(Mention owner, List<Fact> out) {
    String boss = owner.entities.get(0);
    Optional<String> title = owner.honorificRole.map(r -> r.label())
        .or(() -> heldPost(out, boss, h -> true).map(h -> h.role()));
    return resolver.officeOf(boss, title);
  }

  /**
   * Where the post apposed just before the name {@code p} opens, looking back at most
   * {@code span} words past its nouns, adjectives and prepositions: the first other word, a
   * possessive ("the council['s] monitoring officer, X", "Castellano['s] chief of staff, X")
   * or not; -1 when no comma comes before the name or the span runs out.
   */
  private static int postOpening(Clause c, Mention p, int span) {
    if (p.start < 2 || !c.token(p.start - 1).text().equals(",")) {
      return -1;
    }
    for (int k = p.start - 2; k >= 0 && k > p.start - 2 - span; k--) {
      String w = c.token(k).text();
      if (w.equals("'s") || w.equals("'") || !c.token(k).pos().matches("NNS?|JJ|IN")) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The organisation that "whose" at {@code k} stands for: the one named right before it
   * ("Cambrian Connect, whose") or before a description of it ("Cascade Ridge Timber, an Oregon
   * company whose"); else empty.
   */
  private static Optional<String> whoseOwner(Clause c, int k) {
    int j = k - 1;
    if (j >= 0 && c.token(j).text().equals(",")) {
      j--;
    } else {
      while (j > 0 && j > k - 6 && c.token(j).pos().matches("DT|JJ|NNS?|NNP|VBN|HYPH")) {
        j--; // "an Oregon company", "a state-owned company"
      }
      if (j < 1 || !c.token(j).text().equals(",") || j == k - 1) {
        return Optional.empty();
      }
      j--;
    }
    Mention owner = j >= 0 ? c.at(j) : null;
    return owner != null && owner.kind == Mention.Kind.ORG && owner.end == j + 1
        && owner.resolved() ? Optional.of(owner.entities.get(0)) : Optional.empty();
  }

  /** The organisation named right before the possessive at {@code k}: "the council['s]". */
  private static Optional<String> possessiveOwner(Clause c, int k) {
    if (k < 1 || !(c.token(k).text().equals("'s") || c.token(k).text().equals("'"))) {
      return Optional.empty();
    }
    Mention owner = c.at(k - 1);
    return owner != null && owner.kind == Mention.Kind.ORG && owner.end == k && owner.resolved()
        ? Optional.of(owner.entities.get(0)) : Optional.empty();
  }

  /** Words that make an election told before it a past one: "after she was elected to". */
  private static final Set<String> ELECTED_AFTER = ImmutableSet.<String>builder()
      .addAll(TIME_CLAUSES).add("who", "because").build();
  /** Adverbs that deny what the verb after them says: "was not elected to". */
  private static final Set<String> NEGATIONS = ImmutableSet.of("not", "never", "n't");
  /** Objects of "elected to" that are posts, not bodies: "was elected to the role". */
  private static final Set<String> POST_WORDS = ImmutableSet.of("role", "post", "position",
      "job", "seat", "chair", "office", "presidency", "leadership");

  /**
   * Whether "elected to" at {@code t} tells a career's background, not a joining: "was first
   * elected to the Commons in 2015", "Ms X, who was elected to the Seanad as an independent",
   * "X, elected to the Sejm on the Left's list", "after she was elected to the Dail"; or elects
   * to a post ("was elected to the role").
   */
  private static boolean electedInPassing(Clause c, PhraseIndex.Match<Lexicon.Trigger> t) {
    int k = t.start();
    if (!c.token(k).lower().equals("elected") || t.end() - k != 2) {
      return false; // not "elected to the board of"
    }
    int after = t.end() < c.size() && c.token(t.end()).lower().equals("the") ? t.end() + 1
        : t.end();
    int a = k > 1 && c.token(k - 1).pos().equals("RB") && !NEGATIONS.contains(c.token(k - 1)
        .lower()) ? k - 2 : k - 1; // "was also elected to"
    boolean auxiliary = a >= 0 && (c.token(a).lower().equals("was")
        || c.token(a).lower().equals("were") || c.token(a).lower().equals("been"));
    Mention body = after < c.size() ? c.startingAt(after, Mention.Kind.ORG) : null;
    // "elected to the Labour deputy leadership", "to the Green Party's executive": a post
    boolean post = body != null && body.end < c.size() && (c.token(body.end).text().equals("'s")
        || c.token(body.end).pos().startsWith("NN") && !c.token(body.end).isCapitalized());
    boolean subordinate = false;
    for (int j = Math.max(0, k - 4); j < k; j++) {
      subordinate |= ELECTED_AFTER.contains(c.token(j).lower());
    }
    return electedLongAgo(c, k) || !auxiliary || subordinate || post
        || after < c.size() && POST_WORDS.contains(c.token(after).lower());
  }

  /**
   * Whether a verb and its object start at {@code i}: "[lead the party]", "[chair the review]"
   * (the tagger's noun "chair" before a determiner), not "[parliament] in 2019".
   */
  private static boolean taskAfter(Clause c, int i) {
    if (i >= c.size()) {
      return false;
    }
    String pos = c.token(i).pos();
    return pos.equals("VB") || i + 1 < c.size() && (pos.equals("NN") || pos.equals("VBP"))
        && !c.token(i).isCapitalized() && (c.token(i + 1).pos().equals("DT")
            || c.token(i + 1).pos().equals("PRP$") || c.token(i + 1).pos().equals("NNP"));
  }

  /**
   * Whether "joined" took the members of a party as its object to act with them: "joined
   * Democrats on the panel to advance the plan", "joined Republicans in voting against it",
   * "joined Democrats on the panel last Thursday in voting to subpoena" (a bare plural, then
   * "to" and a verb or "in" and a gerund, within eight words).
   */
  private static boolean votedWith(Clause c, Mention party) {
    boolean bare = party.end - party.start == 1 && c.token(party.start).text().endsWith("s")
        && (party.start == 0 || !c.token(party.start - 1).lower().equals("the"));
    for (int i = party.end; bare && i + 1 < c.size() && i < party.end + 8; i++) {
      String w = c.token(i).lower();
      String next = c.token(i + 1).pos();
      if (w.equals("to") && next.equals("VB") || w.equals("in") && next.equals("VBG")) {
        return true;
      }
      if (w.equals(",") || w.equals(".") || w.equals("and")) {
        break;
      }
    }
    return false;
  }

  /**
   * Whether "will" or "'ll" (with at most an adverb other than "now": "will formally join"; and
   * "be" for the passive: "will be sworn in"), or "is to", "is due to" stands just before the
   * verb at {@code i}: a joining or appointment yet to happen.
   */
  private static boolean futureAuxiliaryBefore(Clause c, int i) {
    int k = i - 1;
    if (k >= 0 && c.token(k).pos().startsWith("RB")) {
      if (c.token(k).lower().equals("now")) {
        return false; // "will now sit with the ECR": the move is made
      }
      k--;
    }
    if (k > 0 && c.token(k).lower().equals("be")) {
      k--; // "will be sworn in as minister on Monday", "is to be named chair"
    }
    if (k > 0 && c.token(k).lower().equals("to")) {
      // "is to be sworn in", "is due to join": the present of "be", with a word of schedule
      int be = AHEAD.contains(c.token(k - 1).lower()) ? k - 2 : k - 1;
      return be >= 0 && DateFinder.PRESENT_BE.contains(c.token(be).lower());
    }
    return k >= 0 && (c.token(k).lower().equals("will") || c.token(k).lower().equals("'ll"));
  }

  /**
   * Whether {@code m} lies in an apposition between commas right after the name of one of
   * {@code subject}, before the verb at {@code verb}, with another body named before the
   * subject or a verb of leaving in the apposition: "Reform UK confirmed that X, the
   * Conservative MP for Y, has", "X, who quit Sinn Féin in December, was".
   */
  private static boolean inSubjectsApposition(Clause c, Mention m, List<String> subject,
      int verb) {
    int close = m.end;
    while (close < verb && !c.token(close).text().equals(",")) {
      close++;
    }
    for (int k = close + 1; k < verb; k++) {
      String pos = c.token(k).pos();
      if (!pos.startsWith("VB") && !pos.equals("RB") && !pos.equals("MD")) {
        return false; // "has", "had since": only auxiliaries between the apposition and verb
      }
    }
    // (with another body named before the subject: "Reform UK confirmed that X, ...", or a
    // party the apposition says was left: "X, who quit Sinn Féin in December, was admitted to
    // the party"; not "Cole, the Labour candidate, joined the party in 2015": her own)
    return close < verb && c.mentions.stream().anyMatch(p -> p.kind == Mention.Kind.PERSON
        && p.end < m.start && p.entities.stream().anyMatch(subject::contains)
        && c.token(p.end).text().equals(",")
        && c.sentence.tokens().subList(p.end + 1, m.start).stream()
            .noneMatch(w -> w.text().equals(","))
        && (c.mentions.stream().anyMatch(o -> o.kind == Mention.Kind.ORG && o.resolved()
                && o.end <= p.start && !o.entities.equals(m.entities))
            || c.sentence.tokens().subList(p.end + 1, m.start).stream()
                .anyMatch(w -> LEFT_WORDS.contains(w.lower()))));
  }

  /** Verbs of leaving in an apposition: "X, who quit Sinn Féin in December,". */
  private static final Set<String> LEFT_WORDS = ImmutableSet.of("quit", "left", "resigned",
      "defected", "walked");

  /** Words that tell a joining is like one told before: "also", "at the same event". */
  private static final Set<String> ALIKE = ImmutableSet.of("also", "too", "same", "likewise");
  /** How far back (in characters) the joining a later one is like may be told. */
  private static final int ALIKE_REACH = 600;

  /**
   * The joining an earlier sentence told that a joining verb with no object at {@code t} is
   * like: the verb is followed by no noun ("signed up at the same event", "joined too") and its
   * sentence says the joining is alike. Empty when no asserted joining came before.
   */
  private Optional<Fact.Joining> joinedAlike(Clause c, PhraseIndex.Match<Lexicon.Trigger> t,
      List<Fact> out) {
    if (t.end() < c.size()) {
      Token next = c.token(t.end());
      boolean bare = next.text().equals(",") || next.text().equals(".")
          || next.pos().startsWith("RB") || next.pos().equals("IN")
              && !next.lower().equals("in") && !next.lower().equals("with")
              && !next.lower().equals("as") && !next.lower().equals("for");
      if (!bare) {
        return Optional.empty();
      }
    }
    boolean alike = false; // "also signed up", "signed up at the same event"
    for (int i = Math.max(0, t.start() - 2); i < c.size() && i < t.end() + 3; i++) {
      alike |= ALIKE.contains(c.token(i).lower());
    }
    boolean otherBody = c.mentions.stream().anyMatch(m -> m.kind == Mention.Kind.ORG
        && m.resolved() && isPartisan(Optional.of(m.entities.get(0))));
    if (!alike || otherBody) {
      return Optional.empty(); // not "Labour also welcomed X, who joined on Friday"
    }
    return latestFirst(out).stream().filter(f -> f instanceof Fact.Joining j
            && j.modality() == Modality.ASSERTED
            && j.provenance().start() < c.sentence.start()
            && c.sentence.start() - j.provenance().start() < ALIKE_REACH)
        .map(f -> (Fact.Joining) f).findFirst();
  }

  private void joining(Clause c, PhraseIndex.Match<Lexicon.Trigger> t, int objectFrom,
      boolean defect, List<DateFinder.DateMention> dates, Optional<LocalDate> date,
      List<Mention> before, List<Fact> out) {
    if (joinedBy(c, t, dates, date, out) || !defect && c.token(t.end() - 1).lower().equals("to")
        && taskAfter(c, objectFrom) || electedInPassing(c, t)) {
      return; // "was elected to lead the party", "appointed to chair the review": a task
    }
    if (defect && c.token(t.end() - 1).lower().equals("to") && t.end() < c.size()
        && c.token(t.end()).pos().equals("VB") && !c.token(t.end()).lower().startsWith("join")
        && !c.token(t.end()).lower().equals("sit")) {
      return; // "crossed the floor to support a Greens motion": a vote, not a move
    }
    if (invitedToJoin(c, t.start())) {
      return; // "did not rule out inviting the Greens to join it": the invited join, if at all
    }
    Clause.Object obj = c.objectAfter(objectFrom, defect);
    if (obj.organization().map(m -> m.start > 0 && EACH.contains(c.token(m.start - 1).lower()))
        .orElse(false)) {
      return; // "joined every Republican present in backing X": persons, not the party
    }
    boolean hiredBy = c.token(t.end() - 1).lower().equals("by")
        && HIRING.contains(c.token(t.start()).lower());
    if (hiredBy && obj.organization().filter(m -> m.resolved()
        && isPartisan(Optional.of(m.entities.get(0)))).isPresent()) {
      return; // "an investigator hired by the Conservative Party": staff, not a member
    }
    // "have set up a new group on the council, Brackenfield First": the body they founded
    Optional<String> founded = defect ? Optional.empty() : newBodyNamed(c, objectFrom);
    if (founded.isEmpty() && SETTING_UP.contains(c.token(t.start()).lower())) {
      return; // "set up an inquiry", "set up the company in 2010"
    }
    Optional<String> board = founded.isPresent() ? founded
        : obj.organization().isEmpty() && !defect
        ? storyBoard(c, objectFrom, before) : Optional.empty();
    if (board.isEmpty() && obj.organization().isEmpty() && ownRanks(c, objectFrom)
        && !(t.start() > 0 && c.token(t.start() - 1).lower().equals("to"))) {
      // not "invited X to join its ranks"
      // "the EPR group confirmed that she had joined its ranks": the party or group named
      // before in the sentence
      board = c.mentions.stream().filter(m -> m.kind == Mention.Kind.ORG && m.resolved()
              && m.end <= t.start() && isPartisan(Optional.of(m.entities.get(0))))
          .reduce((a, b) -> b).map(m -> m.entities.get(0));
    }
    if (board.isEmpty() && obj.organization().isEmpty() && objectFrom < c.size()
        && c.token(objectFrom).lower().equals("it")
        && c.token(t.start()).lower().startsWith("join")) { // not "founded it"
      // "Nippon Ishin said she had joined it the same day", "sits on the board of New Zealand
      // Rugby, having joined it in December": the organisation named last before the verb (not
      // one in a title: "the former Metropolitan Police commander X joined it")
      board = c.mentions.stream().filter(m -> m.kind == Mention.Kind.ORG && m.resolved()
              && m.end <= t.start() && c.mentions.stream().noneMatch(n -> n.start >= m.end
                  && n.end <= t.start() && n.kind == Mention.Kind.PERSON)
              // not "Unite called a strike last week and she joined it"
              && c.sentence.tokens().subList(m.end, t.start()).stream()
                  .noneMatch(w -> w.pos().startsWith("NN") && !w.isCapitalized()))
          .reduce((a, b) -> b).map(m -> m.entities.get(0))
          // "The board also said that X, a former minister, had joined it": the body that tells
          .or(() -> tellingBody(c, t.start()));
      if (board.isEmpty() && c.mentions.stream().noneMatch(m -> m.kind == Mention.Kind.ORG
          && m.end <= t.start())) {
        // "The board was strengthened last month. X joined it as a trustee": the body the
        // sentence before opens with
        board = openingBody(before, c.sentence.index() - 1);
      }
    }
    if (board.isEmpty() && obj.organization().isEmpty()
        && c.token(t.start()).lower().startsWith("join")) {
      // "nine years at the group, which she joined as CFO in 2016": what "which" stands for
      board = relativeObject(c, t.start());
    }
    if (board.isEmpty() && obj.organization().isEmpty() && objectFrom < c.size()
        && (c.token(objectFrom).lower().equals("as") || c.token(t.end()).lower().equals("from"))
        && c.token(t.start()).lower().startsWith("join")) {
      // "Paysetu also said that X had joined as chief risk officer", "Aberllyn confirmed that X
      // has joined from Y": the body that tells of it
      board = tellingBody(c, t.start());
    }
    // "Three county councillors signed up at the same event": the body an earlier sentence
    // told of someone joining
    Optional<Fact.Joining> alike = obj.organization().isEmpty() && board.isEmpty() && !defect
        ? joinedAlike(c, t, out) : Optional.empty();
    if (alike.isPresent()) {
      board = alike.map(Fact.Joining::organization);
    } else if (t.end() - t.start() == 2 && c.token(t.start()).lower().startsWith("sign")
        && c.token(t.end() - 1).lower().equals("up")) {
      return; // a bare "signed up" joins only what an earlier joining named: not "signed up
      // for a rally", "signed up the NHS to the scheme"
    }
    // "newest member of", "sworn in as members of": a membership named by the trigger itself
    boolean membership = t.end() - t.start() >= 2
        && c.token(t.end() - 2).lower().startsWith("member");
    // "threw in their lot with the chamber's bipartisan majority coalition": the chamber owns
    // what was joined, which no mention names (but "joined Labour's front bench": the party)
    boolean owns = obj.organization().map(o -> o.end + 1 < c.size()
        && c.token(o.end).text().equals("'s") && c.at(o.end + 1) == null
        && !isParty(Optional.of(o.entities.get(0))) && blocAfter(c, o.end + 1)).orElse(false);
    // "took a seat on the government benches": the governing party's, not the government
    // ("took her seat on the Fine Gael benches" as a new member joins nothing: only a crossing)
    boolean seat = c.sentence.tokens().subList(t.start(), t.end()).stream()
        .anyMatch(w -> w.lower().startsWith("seat"));
    boolean benches = seat && obj.organization().map(m -> m.resolved()
        && (ofType(m.entities.get(0), OrgType.GOVERNMENT) || m.end < c.size()
            && c.token(m.end).lower().startsWith("bench") && !crossing(c))).orElse(false);
    // "joined Tasmania's Liberal minority government": the government, not the party
    boolean partysGovernment = obj.organization().map(m -> isParty(Optional.of(m.entities.get(0)))
        && governmentAfter(c, m.end)).orElse(false);
    if (obj.organization().isEmpty() && board.isEmpty() || owns || benches || partysGovernment
        || obj.organization().isPresent() && !defect && votedWith(c, obj.organization().get())
        || membership && obj.organization().map(m -> ownsUnnamed(c, m)).orElse(false)) {
      return;
    }
    List<String> listed = orListedAfterColon(c,
        owner(c, t.start()).orElseGet(() -> c.subject(t.start(), dates)), t.end());
    // "the first meeting since Cllr X joined the TUV": the person the "since" clause opens with
    List<String> subject = listed.isEmpty() ? sinceSubject(c, t.start()) : listed;
    boolean unveiled = c.token(t.start()).lower().equals("unveiled");
    if (unveiled && c.mentions.stream().anyMatch(m -> m.kind == Mention.Kind.PERSON
        && m.end <= t.start() && m.prepositionObject && subject.containsAll(m.entities))) {
      return; // "A statue of former mayor X was unveiled by the council": no one joined
    }
    if (alike.isPresent() && subject.contains(alike.get().person())) {
      return; // "She joined Labour in May ... she joined at the same event": told once
    }
    // "was admitted to the LDP's parliamentary group": the party's group, not the party
    String named = board.orElseGet(() -> partysGroup(c, obj.organization().get())
        .orElseGet(() -> obj.organization().get().entities.get(0)));
    // "Two SNP members of the council defected to the party": not the party they left, but the
    // one the story named before
    Optional<String> counted = defect ? countedParty(c, subject, t.start()) : Optional.empty();
    boolean anaphor = obj.organization().map(m -> m.anaphorType.isPresent()).orElse(false);
    // "X, a former Alliance councillor, joined the party": not the party of the former post
    // "Reform UK confirmed that X, the Conservative MP for Y, has joined the party": nor of
    // the subject's apposition, which tells the party they were in
    // "Reform UK announced that X has left the Scottish Tories and joined the party": not the
    // party the same sentence says was left, but the one named before the person
    boolean leftHere = anaphor && !c.token(t.start()).lower().startsWith("rejoin")
        && out.stream().anyMatch(f -> f instanceof Fact.Resignation r
            && subject.contains(r.person()) && r.organization().equals(Optional.of(named))
            && r.provenance().start() == c.sentence.start());
    int personAt = c.mentions.stream().filter(m -> m.kind == Mention.Kind.PERSON
        && m.entities.stream().anyMatch(subject::contains)).mapToInt(m -> m.start).min()
        .orElse(0);
    Optional<String> teller = leftHere ? c.mentions.stream()
        .filter(m -> m.kind == Mention.Kind.ORG && m.resolved() && m.end <= personAt
            && !m.entities.contains(named) && isParty(Optional.of(m.entities.get(0))))
        .map(m -> m.entities.get(0)).findFirst() : Optional.empty();
    boolean former = !c.token(t.start()).lower().startsWith("rejoin") // the party rejoined
        && c.mentions.stream().anyMatch(m -> m.kind == Mention.Kind.ORG
            && m.end <= t.start() && m.start > 0 && m.entities.contains(named)
            && (c.token(m.start - 1).lower().equals("former") || anaphor
                && inSubjectsApposition(c, m, subject, t.start())))
        || leftHere;
    // (the party named before it in the sentence, else in the story: "There was a new recruit
    // for the Greens: X, a former SNP councillor, signed up with the party")
    List<Mention> earlier = former ? seenBefore(c, t.start(), before) : before;
    // "A and B followed her into the ruling party": the body the story last told someone joined
    boolean described = obj.organization().map(m -> m.text.equals(m.text.toLowerCase(
        java.util.Locale.ROOT))).orElse(false); // "the ruling party", not "Labour"
    Optional<String> followedInto = (anaphor || described)
        && c.token(t.start()).lower().startsWith("follow")
        ? java.util.stream.Stream.concat(this.earlier.stream(), out.stream())
            .filter(f -> f instanceof Fact.Joining j && j.modality() == Modality.ASSERTED)
            .reduce((a, b) -> b).map(f -> ((Fact.Joining) f).organization())
        : Optional.empty();
    String org = followedInto.isPresent() ? followedInto.get()
        : teller.isPresent() ? teller.get()
        : anaphor && (counted.equals(Optional.of(named)) || former)
        ? resolver.lastOrg(earlier.stream().filter(m -> !m.entities.contains(named)).toList(),
            OrgType.POLITICAL_PARTY).filter(o -> !o.equals(named)).orElse(named)
        : named;
    Modality stated = c.modality(t.start());
    // "he will join the coalition when the House returns": yet to happen; but "she will sit
    // with the Greens" tells where a member now sits, decided when it is said
    boolean sits = (t.value().kind().equals("join-party")
        // "will sit as the Ashbury Independents" (not "will sit as a UCP backbencher")
        || t.value().kind().equals("join-as") && c.token(objectFrom).lower().equals("the"))
        && c.token(t.start()).lower().equals("sit") && !startsLater(c, t.end());
    Modality modality = stated == Modality.ASSERTED && futureAuxiliaryBefore(c, t.start())
        && !sits ? Modality.POSSIBLE : sits && stated == Modality.POSSIBLE
            && announcedSitting(c, t.start()) ? Modality.ASSERTED : stated;
    double confidence = subject.size() > 1 ? 0.8 : 0.85;
    for (String p : subject) {
      if (!p.startsWith("person/")) {
        continue;
      }
      out.add(new Fact.Joining(p, org, date, modality,
          prov(c, defect ? "defect-verb" : "join-verb", confidence)));
      if (!defect) {
        joinedAs(c, t, p, org, modality, out);
      }
      if (defect) {
        // "Three Democratic members of the commission switched to the GOP": the party of the
        // count is the one they left
        countedParty(c, subject, t.start()).filter(left -> !left.equals(org)).ifPresent(left ->
            out.add(new Fact.Resignation(p, Optional.of(left), date, modality,
                prov(c, "defection-counted-party", 0.6))));
        out.add(new Fact.Event(EventType.DEFECTION, date, List.of(p), Optional.of(org),
            modality, prov(c, "defect-verb", confidence)));
      }
    }
    // "joined the board as a non-executive director on Monday": a seat on a company's or a
    // club's board, filled that day by appointment
    List<String> seated = subject.stream().filter(p -> p.startsWith("person/")).toList();
    if (!defect && date.isPresent() && modality == Modality.ASSERTED && !seated.isEmpty()
        && c.token(t.start()).lower().startsWith("join") && ofType(org, OrgType.ORGANIZATION)
        && boardJoined(c, t.end())) {
      out.add(new Fact.Event(EventType.APPOINTMENT, date, seated, Optional.of(org), modality,
          prov(c, "join-board-appointment", 0.6)));
    }
  }

  /**
   * The body one sits on that opens sentence {@code sentence} as its first mention ("The board
   * was strengthened in the spring"), if any; not a body that did something ("Unite called a
   * strike").
   */
  private static Optional<String> openingBody(List<Mention> before, int sentence) {
    return before.stream().filter(m -> m.sentence == sentence).findFirst()
        .filter(m -> m.kind == Mention.Kind.ORG && m.start <= 3 && m.resolved()
            && OPENING_BODIES.contains(m.text.substring(m.text.lastIndexOf(' ') + 1)
                .toLowerCase(java.util.Locale.ROOT)))
        .map(m -> m.entities.get(0));
  }

  /** Heads of a body whose seats one joins: "The board was strengthened. X joined it". */
  private static final Set<String> OPENING_BODIES = ImmutableSet.of("board", "committee",
      "panel", "commission", "council", "cabinet", "executive", "trustees");

  /**
   * Whether the noun phrase joined at {@code from} is a board: "the board", "its board", "the
   * board of Greywell Foods", "the Halverton board" (not "Ashby United after the board agreed").
   */
  private static boolean boardJoined(Clause c, int from) {
    for (int k = from; k < c.size() && k < from + 6; k++) {
      Token w = c.token(k);
      if (w.lower().equals("board")) {
        return true;
      }
      if (!(w.pos().matches("DT|PRP\\$|JJ|NNP?S?|POS") || w.text().equals("'s"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * The persons listed after a colon that follows {@code from} ("Two new faces joined the board
   * on Friday: Kenji Mora, a prosecutor, and Denise Farrow"), up to a semicolon that starts no
   * other person's item; not those
   * after a preposition ("an assistant to Tom Bell").
   */
  private static List<String> listAfterColon(Clause c, int from) {
    int colon = from;
    while (colon < c.size() && !c.token(colon).text().equals(":")
        && !c.token(colon).text().equals(";")) {
      colon++;
    }
    List<String> out = new ArrayList<>();
    if (colon >= c.size() || !c.token(colon).text().equals(":")) {
      return out;
    }
    for (int i = colon + 1; i < c.size() && (!c.token(i).text().equals(";")
        || personItemAfter(c, i)); i++) {
      Mention m = c.at(i);
      if (m != null && m.start == i && m.kind == Mention.Kind.PERSON && m.resolved()
          && !m.prepositionObject && !out.contains(m.entities.get(0))) {
        out.add(m.entities.get(0));
      }
    }
    return out;
  }

  /**
   * Whether the semicolon at {@code k} separates items of a list of persons ("A, a Durban
   * attorney; B, the former coach; and C"): a person's name starts the next item.
   */
  private static boolean personItemAfter(Clause c, int k) {
    int i = k + 1 < c.size() && c.token(k + 1).lower().equals("and") ? k + 2 : k + 1;
    Mention m = i < c.size() ? c.at(i) : null;
    return m != null && m.start == i && m.kind == Mention.Kind.PERSON;
  }

  /** {@code said} when it names a person, else the persons a colon past {@code from} lists. */
  private static List<String> orListedAfterColon(Clause c, List<String> said, int from) {
    return said.stream().noneMatch(p -> p.startsWith("person/")) ? listAfterColon(c, from) : said;
  }


  /**
   * The colon within {@code span} tokens from {@code from} that ends the verb's clause ("had the
   * whip suspended on Tuesday: A, B and C"), before any comma, semicolon or other verb, or -1.
   */
  private static int colonAfter(Clause c, int from, int span) {
    for (int i = from; i < c.size() && i < from + span; i++) {
      String w = c.token(i).text();
      if (w.equals(":")) {
        return i;
      }
      if (w.equals(",") || w.equals(";") || i > from && c.token(i).isVerb()) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "Two new non-executive members have also joined the board: A and B", "when two new trustees
   * joined: A, the Labour MSP, and B": those listed after the colon joined the body the verb
   * names (else the organisation the story is about), when no person is the verb's subject.
   */
  private void joinersListed(Clause c, PhraseIndex.Match<Lexicon.Trigger> t,
      Optional<LocalDate> date, List<Mention> before, List<Fact> out) {
    int colon = colonAfter(c, t.end(), 10);
    // "Two new non-executive directors joined on Monday, the company said: A and B"
    int told = colon < 0 ? toldColon(c, t.end()) : -1;
    colon = told > 0 ? told : colon;
    if (colon < 0 || c.endingBefore(t.start(), Mention.Kind.PERSON) != null
        || c.endingBefore(t.start(), Mention.Kind.PRONOUN) != null) {
      return; // "X joined the board: ..." names its joiner before the verb
    }
    List<String> listed = listAfterColon(c, colon);
    final int end = colon;
    // with no object, or "the board", the organisation the story is about (not "join the outer
    // shadow ministry:", a body polkg does not know)
    boolean board = colon == t.end() || told > 0 || colon == t.end() + 2
        && DETERMINERS.contains(c.token(t.end()).lower())
        && c.token(t.end() + 1).lower().equals("board");
    Optional<String> body = c.objectAfter(t.end(), false).organization()
        .filter(m -> m.end <= end).filter(Mention::resolved).map(m -> m.entities.get(0))
        .or(() -> board ? resolver.salientOrganisation(seenBefore(c, t.start(), before))
            : Optional.empty());
    for (String p : body.isPresent() ? listed : List.<String>of()) {
      out.add(new Fact.Joining(p, body.get(), date, c.modality(t.start()),
          prov(c, "join-listed", 0.65)));
    }
  }

  /**
   * Whether the trigger at {@code k} is in an "after" clause ("fell 3 percent on Wednesday after
   * its chief executive stepped down") that follows a day told before it, with a subject of its
   * own and no verb between "after" and the trigger.
   */
  private static boolean afterDatedClause(Clause c, List<DateFinder.DateMention> dates, int k) {
    for (int j = k + 1; j < c.size() && j <= k + 8; j++) {
      if (DateFinder.isTimeWord(c.token(j).text())) {
        return false; // "after X stepped down from the job that morning": a time of its own
      }
    }
    int said = -1; // "after the utility said its chief executive had stepped down"
    for (int a = k - 1; a > 0 && a >= k - 14; a--) {
      String w = c.token(a).lower();
      if (said < 0 && Clause.REPORTING.contains(w) && a < k - 1) {
        said = a;
        continue;
      }
      if (c.token(a).isVerb() && !(HAVE.contains(w) && a == k - 1)
          || c.token(a).text().equals(";")) {
        return false;
      }
      if (w.equals("after")) {
        if (SAME_DAY_BEFORE_AFTER.contains(c.token(a - 1).lower())) {
          return false; // "on Tuesday night, hours after councillors voted": the same day
        }
        // the clause's subject opens it ("after its chief executive, X,"; not "after the vote,
        // X quit", where X is the subject of the main clause); after a telling verb, the told
        // clause's subject opens that clause
        int after = a;
        int opening = said > 0 ? said : a;
        boolean subject = c.mentions.stream().anyMatch(m -> m.start > opening
            && m.start <= opening + 3 && m.end <= k && (m.kind == Mention.Kind.PERSON
                || m.kind == Mention.Kind.PRONOUN || m.kind == Mention.Kind.ROLE));
        return subject && dates.stream().anyMatch(d -> d.end() <= after);
      }
    }
    return false;
  }

  /**
   * Words after which a gerund opens a clause of its own, no deed of the speaker's: "said
   * stepping aside was not enough" (but "confirmed stepping down as leader").
   */
  private static final Set<String> SAYING_BEFORE_GERUND = ImmutableSet.of("said", "says", "say",
      "told", "tells", "that");

  /** Words before "after" that put both deeds on one day: "hours after", "shortly after". */
  private static final Set<String> SAME_DAY_BEFORE_AFTER = ImmutableSet.of("hours", "minutes",
      "moments", "shortly", "soon", "just", "immediately");

  /**
   * Whether the appointment at {@code t} is background: in a relative clause ("X, who was
   * appointed to the cabinet in the spring, resigned") or with a year just after it ("was
   * appointed to the Cabinet in 2023").
   */
  private static boolean toldInPassing(Clause c, PhraseIndex.Match<Lexicon.Trigger> t) {
    int be = t.start() - 1;
    if (be >= 1 && Tokens.isBe(c.token(be).lower()) && c.token(be - 1).lower().equals("who")) {
      return true;
    }
    for (int k = t.end(); k < c.size() && k < t.end() + 8; k++) {
      if (c.token(k).text().matches("(19|20)\\d\\d")) {
        return true;
      }
      if (c.token(k).text().equals(",")) {
        return false; // "on Monday, her first job in government since 2019"
      }
    }
    return false;
  }

  /**
   * The colon of "..., the company said:" within a few words after {@code from}, when only a
   * time comes before the comma ("joined on Monday, the company said:"); else -1.
   */
  private static int toldColon(Clause c, int from) {
    int comma = from;
    while (comma < c.size() && comma < from + 5 && (DateFinder.isTimeWord(c.token(comma).text())
        || TIME_OPENERS.contains(c.token(comma).lower()))) {
      comma++; // "on Monday", "this week", "last month"
    }
    if (comma >= c.size() || !c.token(comma).text().equals(",")) {
      return -1; // not "joined the exodus on Friday, the company said:"
    }
    for (int k = comma + 1; k < c.size() && k < comma + 6; k++) {
      String w = c.token(k).text();
      if (w.equals(":")) {
        return Clause.REPORTING.contains(c.token(k - 1).lower()) ? k : -1;
      }
      if (w.equals(",") || w.equals(";") || c.at(k) != null
          && c.at(k).kind == Mention.Kind.PERSON) {
        return -1;
      }
    }
    return -1;
  }

  /** Words that open a time: "on Monday", "this week", "last month". */
  private static final Set<String> TIME_OPENERS = ImmutableSet.of("on", "this", "last",
      "earlier", "also");

  /**
   * Whether "entered" has a cabinet or government as its object, with no year after it: "enters
   * cabinet as minister of fisheries", not "entered the cabinet in 2019".
   */
  private boolean enteredCabinet(Clause c, int from) {
    boolean cabinet = c.objectAfter(from, false).organization()
        .filter(m -> ofType(m.entities.get(0), OrgType.CABINET, OrgType.GOVERNMENT)).isPresent();
    for (int k = from; cabinet && k < c.size() && k < from + 10; k++) {
      if (c.token(k).text().matches("(19|20)\\d\\d")
          && !c.token(k - 1).lower().equals("since")) { // not "for the first time since 2019"
        return false;
      }
    }
    return cabinet;
  }

  /**
   * Whether the organisation {@code m} only owns what follows it, which has no name of its own:
   * "became the newest member of the House's coalition of fiscally conservative Democrats".
   */
  private static boolean ownsUnnamed(Clause c, Mention m) {
    return m.end + 1 < c.size() && c.token(m.end).text().equals("'s")
        && !c.token(m.end + 1).isCapitalized() && c.at(m.end + 1) == null;
  }

  /** Bodies of the story's organisation that name none: "joined the squad", "its board". */
  private static final Set<String> STORY_BODIES = ImmutableSet.of("board", "squad", "staff");
  /** What a board is "of" when it is the story's own: "the board of governors". */
  private static final Set<String> BOARD_MEMBERS = ImmutableSet.of("directors", "governors",
      "trustees", "management", "regents", "supervisors");

  /**
   * "joined its board", "was welcomed onto the board", "joined the squad": the organisation of
   * the story whose board, squad or staff it is (the last organisation named that is neither a
   * party nor a public body), when the object is such a body and names no organisation of its
   * own.
   */
  private Optional<String> storyBoard(Clause c, int from, List<Mention> before) {
    int k = from;
    if (k < c.size() && (c.token(k).lower().equals("onto") || c.token(k).lower().equals("to"))) {
      k++;
    }
    int h = k + 1; // "the coaching staff", "its headquarters staff"
    if (h + 1 < c.size() && !STORY_BODIES.contains(c.token(h).lower())
        && STORY_BODIES.contains(c.token(h + 1).lower()) && !c.token(h).isCapitalized()
        && c.token(h).pos().matches("NN|JJ|VBG")) {
      h++;
    }
    boolean board = h < c.size() && (c.token(k).lower().equals("its")
        || c.token(k).lower().equals("the")) && STORY_BODIES.contains(c.token(h).lower())
        && !(h + 2 < c.size() && c.token(h + 1).lower().equals("of") // "the board of X"
            && !BOARD_MEMBERS.contains(c.token(h + 2).lower())); // not "of governors"
    // "A and B joined as directors last week": the board of the story's organisation
    int post = k + 1 < c.size() && c.token(k).lower().equals("as")
        ? (MentionFinder.ARTICLES.contains(c.token(k + 1).lower()) ? k + 2 : k + 1) : -1;
    Mention role = post > 0 && post < c.size() ? c.startingAt(post, Mention.Kind.ROLE) : null;
    board |= role != null && (BOARD_POSTS.containsKey(c.token(role.end - 1).lower())
        || BOARD_POSTS.containsValue(role.roleLabel)
        || role.roleLabel.endsWith("director") && role.role.kind() == Lexicon.RoleKind.OTHER);
    // "joined on loan from Corrib City on Friday", "had joined on a three-year contract": the
    // story's club
    Optional<String> term = signingTermAt(c, k);
    if (!board && term.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> story = resolver.salientOrganisation(seenBefore(c, from, before));
    // (a contract only with no other body named: not "completed his move to rivals X, joining
    // on a two-year deal")
    board |= term.filter(w -> w.equals("loan") || c.mentions.stream().noneMatch(m ->
        m.kind == Mention.Kind.ORG && m.resolved()
            && !story.equals(Optional.of(m.entities.get(0))))).isPresent();
    return board ? story : Optional.empty();
  }

  /** Nouns for the terms a player signs on: "on loan", "on a two-year deal". */
  private static final Set<String> SIGNING_TERMS = ImmutableSet.of("loan", "contract", "deal",
      "transfer");

  /**
   * The term of "on loan", "on a month's loan", "on a three-year contract", "on a free transfer"
   * at {@code k} ("loan", "contract"...): a player who joined the club the story is about.
   */
  private static Optional<String> signingTermAt(Clause c, int k) {
    if (k >= c.size() || !c.token(k).lower().equals("on")) {
      return Optional.empty();
    }
    for (int j = k + 1; j < c.size() && j <= k + 5; j++) {
      if (SIGNING_TERMS.contains(c.token(j).lower())) {
        return Optional.of(c.token(j).lower());
      }
      if (c.at(j) != null || !c.token(j).pos().matches("DT|JJ|CD|NN|NNS|POS")) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * "Two Labour councillors crossed the floor", "Conservative MP X crossed the floor on Friday":
   * with no party to go to, the crossers left the party of their count, or (rule
   * {@value #CROSSED_FLOOR}, no organisation) the one the story gives them; a Defection.
   */
  private void crossedFloor(Clause c, PhraseIndex.Match<Lexicon.Trigger> t,
      List<DateFinder.DateMention> dates, Optional<LocalDate> date, List<Fact> out) {
    if (floorVote(c, t.end()) || voteBefore(c, t.start())) {
      return; // "crossed the floor to vote with the government", "to help pass the bill 38
      // votes to 31": a vote against the party, not a move out of it
    }
    List<String> subject = c.subject(t.start(), dates);
    boolean switched = c.token(t.end() - 1).lower().equals("parties");
    Optional<String> party = countedParty(c, subject, t.start())
        .or(() -> switched && subject.size() == 1 ? subjectsUsParty(c, subject.get(0), t.start())
            .flatMap(lex::organisation).map(e -> resolver.register(e, "")) : Optional.empty())
        // "switched parties Tuesday, saying he had joined the Republican Party": the other one
        .or(() -> switched ? mainUsPartyAfter(c, t.end()).flatMap(this::otherUsParty)
            : Optional.empty());
    // "switched parties to become an independent", "to join the Greens": told to go elsewhere
    // than the other main party (its conference or caucus is its own)
    boolean told = switched && (c.mentions.stream().anyMatch(m -> m.kind == Mention.Kind.ORG
        && m.start >= t.end() && m.resolved() && ofType(m.entities.get(0), OrgType.POLITICAL_PARTY)
        && !US_MAIN_PARTIES.containsKey(m.entities.get(0)))
        || c.sentence.tokens().subList(t.end(), c.size()).stream()
            .anyMatch(w -> w.lower().startsWith("independent")));
    Modality modality = c.modality(t.start());
    for (String p : subject) {
      if (!p.startsWith("person/")) {
        continue;
      }
      String rule = switched ? (told ? "switched-parties-told" : "switched-parties")
          : party.isPresent() ? "defection-counted-party" : CROSSED_FLOOR;
      if (!switched || party.isPresent()) { // a switch from a party not told says too little
        out.add(new Fact.Resignation(p, party, date, modality, prov(c, rule, 0.6)));
      }
      if (switched && !told) { // in the US, to the other main party
        party.flatMap(this::otherUsParty).ifPresent(o -> out.add(
            new Fact.Joining(p, o, date, modality, prov(c, rule, 0.6))));
      }
      out.add(new Fact.Event(EventType.DEFECTION, date, List.of(p), Optional.empty(), modality,
          prov(c, "cross-floor", 0.7)));
    }
  }

  /** The two main US parties' keys, each with the other's gazetteer id. */
  private static final Map<String, String> US_MAIN_PARTIES = ImmutableMap.of(
      "org/democratic-party-us", "republican-party-us",
      "org/republican-party-us", "democratic-party-us");

  /**
   * The first party the sentence names from {@code from}, when it is one of the two main US
   * parties and told as the one joined ("had joined the Republican Party", "to become a
   * Democrat"; not "angering Republicans", "a Democratic Party spokesman said").
   */
  private static Optional<String> mainUsPartyAfter(Clause c, int from) {
    return c.mentions.stream().filter(m -> m.kind == Mention.Kind.ORG && m.start >= from
            && m.resolved())
        .findFirst().filter(m -> {
          int k = m.start > 0 && c.token(m.start - 1).lower().equals("the") ? m.start - 2
              : m.start - 1;
          boolean article = k > from && INDEFINITE.contains(c.token(k).lower())
              && BECOMING.contains(c.token(k - 1).lower()); // "to become a Democrat"
          // not "a Democratic Party spokesman said", "a Republican challenger": a noun after it
          boolean modifier = m.end < c.size() && c.token(m.end).pos().startsWith("NN");
          return k >= from && (PARTY_JOINED_AFTER.contains(c.token(k).lower()) || article)
              && !modifier;
        })
        .map(m -> m.entities.get(0)).filter(US_MAIN_PARTIES::containsKey);
  }

  /** Words right before a party joined: "joined the GOP". */
  private static final Set<String> PARTY_JOINED_AFTER = ImmutableSet.of("joined", "join",
      "joins", "joining");
  /** Words before "a" and a party joined: "to become a Democrat", "sit as a Republican". */
  private static final Set<String> BECOMING = ImmutableSet.of("become", "becomes", "became",
      "becoming", "as");

  /** The other of the two main US parties, when {@code party} is one of them. */
  private Optional<String> otherUsParty(String party) {
    return Optional.ofNullable(US_MAIN_PARTIES.get(party)).flatMap(lex::organisation)
        .map(e -> resolver.register(e, ""));
  }

  /**
   * The US party of an apposition right after the name of {@code person} before the verb at
   * {@code verb} ("X, a Michigan Democrat, switched parties"), not of one in a clause of its own
   * ("X, a Republican who switched parties in 2019": the party joined), nor of an infinitive's
   * subject ("urged X to switch parties").
   */
  private Optional<String> subjectsUsParty(Clause c, String person, int verb) {
    if (verb > 0 && c.token(verb - 1).lower().equals("to")) {
      return Optional.empty();
    }
    Mention named = c.mentions.stream().filter(m -> m.kind == Mention.Kind.PERSON
            && m.entities.contains(person) && m.end < verb)
        .reduce((a, b) -> b).orElse(null);
    int relative = -1; // the last "who" or "that" before the verb, and the last comma
    int comma = -1;
    for (int k = named == null ? verb : named.end; k < verb; k++) {
      String w = c.token(k).lower();
      relative = w.equals("who") || w.equals("that") ? k : relative;
      comma = w.equals(",") ? k : comma;
    }
    if (named == null || relative > comma) {
      return Optional.empty(); // the verb is the relative clause's
    }
    return apposedUsParty(c, named.end + 1, verb);
  }

  /** Verbs after "crossed the floor" that make it a vote: "to vote with", "to help pass". */
  private static final Set<String> FLOOR_VOTES = ImmutableSet.of("vote", "voted", "voting",
      "pass", "back", "support", "defeat", "sink", "oppose");

  /** Whether "called on" (or "calls", "call" on) comes before {@code verb} in the clause. */
  private static boolean calledOn(Clause c, int verb) {
    for (int k = 0; k + 1 < verb; k++) {
      if (c.token(k).lower().startsWith("call") && c.token(k + 1).lower().equals("on")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Verbs and prepositions before a gerund trigger that tell of no deed: "considered appointing
   * X", "voted against appointing X", "the idea of naming X".
   */
  private static final Set<String> GERUND_OBJECTS = ImmutableSet.of("considered", "considering",
      "considers", "consider", "opposed", "opposes", "oppose", "opposing", "resisted", "avoided",
      "discussed", "rejected", "ruled", "delayed", "postponed", "stopped", "against", "of",
      "without", "for", "about", "from", "to", "on");

  /** Words that tell how a vote went: "the bill passed 34-31". */
  private static final Set<String> VOTE_OUTCOMES = ImmutableSet.of("passed", "carried",
      "defeated", "failed", "won", "lost");

  /**
   * Whether the words before the crossing at {@code start} tell a vote and how it went: "The
   * bill passed 34-31 only because two Liberal senators crossed the floor".
   */
  private static boolean voteBefore(Clause c, int start) {
    boolean item = false;
    boolean outcome = false;
    for (int i = 0; i < start; i++) {
      String w = c.token(i).lower();
      item |= VOTED_ITEMS.contains(w);
      outcome |= VOTE_OUTCOMES.contains(w) || w.matches("\\d+-\\d+");
    }
    return item && outcome;
  }

  /** What a member votes on: "crossed the floor on a procedural motion". */
  private static final Set<String> VOTED_ITEMS = ImmutableSet.of("motion", "vote", "bill",
      "amendment", "division", "budget", "legislation", "votes", "motions", "bills");

  /**
   * Whether the crossing that ends at {@code from} is told as a vote: "crossed the floor to vote
   * with the government", "on Thursday afternoon to help pass the bill", "and voted against", a
   * tally ("38 votes to 31") before a comma, or "on" a motion or bill; not "in protest at the
   * welfare bill", "saying he could no longer support".
   */
  private static boolean floorVote(Clause c, int from) {
    if (passedAsCrossed(c, from)) {
      return true; // "crossed the floor last night as the Assembly passed the bill 48 votes to 41"
    }
    for (int i = from; i < c.size() && i < from + 10; i++) {
      String w = c.token(i).lower();
      if (w.equals(",") || w.equals("saying") || w.equals("after") || w.equals("over")
          || w.equals("in") && i + 1 < c.size() && c.token(i + 1).lower().equals("protest")) {
        return false;
      }
      boolean verb = FLOOR_VOTES.contains(w) && i > from
          && (c.token(i - 1).lower().equals("to") || c.token(i - 1).lower().equals("and")
              || c.token(i - 1).lower().equals("help"));
      boolean tally = w.equals("votes") && i > from && c.token(i - 1).pos().equals("CD");
      // "crossed the floor on a procedural motion", "on the budget vote"
      boolean item = w.equals("on") && i == from && c.sentence.tokens()
          .subList(i + 1, Math.min(c.size(), i + 5)).stream()
          .anyMatch(x -> VOTED_ITEMS.contains(x.lower()));
      if (verb || tally || item) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether "as" (or "when") and then a vote's outcome on a bill or motion follow the crossing
   * that ends at {@code from}, within the clause: "as the Legislative Assembly passed the gas
   * moratorium bill".
   */
  private static boolean passedAsCrossed(Clause c, int from) {
    boolean as = false;
    for (int i = from; i < c.size() && i < from + 16; i++) {
      String w = c.token(i).lower();
      if (w.equals(",") || w.equals(";")) {
        return false;
      }
      if (w.equals("as") || w.equals("when")) {
        as = true;
      } else if (as && (w.equals("passed") || w.equals("carried") || w.equals("defeated"))) {
        return c.sentence.tokens().subList(i + 1, Math.min(c.size(), i + 6)).stream()
            .anyMatch(x -> VOTED_ITEMS.contains(x.lower()));
      }
    }
    return false;
  }

  /**
   * The party named inside the count that is the subject of a verb at {@code verb} ("Three
   * Democratic members", "Four Labour councillors"), when the count's members are
   * {@code subject}.
   */
  private Optional<String> countedParty(Clause c, List<String> subject, int verb) {
    // "three senators elected on the platform of the PDP defected": the party they were
    // elected for, between the count and the verb
    return c.mentions.stream().filter(g -> g.kind == Mention.Kind.GROUP && g.count > 1
            && g.end <= verb && g.entities.equals(subject))
        .findFirst().flatMap(g -> c.mentions.stream().filter(m -> m.kind == Mention.Kind.ORG
            && (m.start >= g.start && m.end <= g.end || m.start > g.end && m.end <= verb
                && electedBetween(c, g.end, m.start)) && m.resolved()
            && isPartisan(Optional.of(m.entities.get(0)))).findFirst())
        .map(m -> m.entities.get(0));
  }

  /**
   * Whether the words from {@code k} tell the party one was elected for: "on the platform of
   * the PDP", "on the Labour ticket", "under the SNP banner".
   */
  private static boolean electedUnderBanner(Clause c, int k) {
    if (k + 2 >= c.size() || !(c.token(k).lower().equals("on")
        || c.token(k).lower().equals("under")) || !c.token(k + 1).lower().equals("the")) {
      return false;
    }
    for (int j = k + 2; j < c.size() && j <= k + 6; j++) {
      String w = c.token(j).lower();
      if (w.equals("platform") || w.equals("ticket") || w.equals("banner")) {
        return true;
      }
    }
    return false;
  }

  /** Whether "elected" comes in the few words from {@code from} to {@code to}, with no comma. */
  private static boolean electedBetween(Clause c, int from, int to) {
    boolean elected = false;
    for (int k = from; k < to; k++) {
      if (c.token(k).text().equals(",") || k > from + 6) {
        return false;
      }
      elected |= c.token(k).lower().equals("elected");
    }
    return elected;
  }

  /** Words that tie a time to a verb: "on Tuesday", "last week", "earlier this month". */
  private static final Set<String> TIME_LINKS =
      ImmutableSet.of("on", "in", "last", "this", "earlier", "late", "early");

  /**
   * "left the Peoples Democratic Party (PDP) for the ruling APC", "left for the ECR group": the
   * leaver joined the party or group after "for".
   */
  private void leftFor(Clause c, PhraseIndex.Match<Lexicon.Trigger> t,
      List<DateFinder.DateMention> dates, Optional<LocalDate> date, List<Fact> out) {
    if (!LEAVING_VERBS.contains(c.token(t.start()).lower())) {
      return;
    }
    int f = t.end();
    Mention left = f < c.size() && !c.token(f).lower().equals("for")
        ? c.objectAfter(f, false).organization()
        .filter(m -> m.start <= t.end() + 2).orElse(null) : null;
    if (left != null) {
      f = left.end;
      Mention acronym = f + 2 < c.size() && c.token(f).text().equals("(") ? c.at(f + 1) : null;
      if (acronym != null && acronym.end < c.size() && c.token(acronym.end).text().equals(")")) {
        f = acronym.end + 1;
      }
    }
    if (f + 2 < c.size() && c.token(f).pos().equals("RB")
        && c.token(f + 1).lower().equals("for")) {
      f++; // "left the PSD together for Republicanos"
    }
    // "left Uniao Brasil on Tuesday for the PL", "quit the Tories last week for Reform": the
    // time between the two parties
    int k = f;
    while (left != null && k < c.size() && k < f + 4 && (TIME_LINKS.contains(c.token(k).lower())
        || DateFinder.isTimeWord(c.token(k).text()) || c.token(k).pos().equals("CD"))) {
      k++;
    }
    if (k > f && k + 1 < c.size() && c.token(k).lower().equals("for")) {
      f = k;
    }
    if (f + 1 >= c.size() || !c.token(f).lower().equals("for")) {
      return;
    }
    int from = f + 1;
    if (isPartisan(c.objectAfter(from, false).organization().filter(m -> m.start <= from + 2)
        .map(m -> m.entities.get(0)))) {
      joining(c, t, from, true, dates, date, List.of(), out);
    }
  }

  /**
   * "Ashby United signed striker X on Monday", "the club completed the signing of X": the person
   * after the verb joined the club or company that is its subject (a body of no political kind,
   * named right before the verb or its auxiliary).
   */
  private void signedBy(Clause c, PhraseIndex.Match<Lexicon.Trigger> t, Optional<LocalDate> date,
      List<Mention> before, List<Fact> out) {
    int v = t.start();
    if (v > 0 && (c.token(v - 1).lower().equals("has") || c.token(v - 1).lower().equals("have")
        || c.token(v - 1).lower().equals("had"))) {
      v--;
    }
    Mention body = c.endingBefore(v, Mention.Kind.ORG);
    if (body == null || body.end != v) {
      int told = v;
      while (told > 0 && told > v - 6 && (c.token(told - 1).pos().equals("RB")
          || DateFinder.isTimeWord(c.token(told - 1).lower())
          || c.token(told - 1).lower().equals("last") || c.token(told - 1).lower().equals("this")
          || ANNOUNCING_SIGNING.contains(c.token(told - 1).lower()))) {
        told--; // "Thistle also confirmed last night the signing of X"
      }
      Mention teller = told < v ? c.endingBefore(told, Mention.Kind.ORG) : null;
      // "The Mariners made one addition, signing defenseman X": the body opening the sentence
      Mention opener = t.start() > 1 && c.token(t.start() - 1).text().equals(",")
          && c.token(t.start()).pos().equals("VBG") ? c.mentions.stream()
              .filter(m -> m.kind == Mention.Kind.ORG && m.start <= 1).findFirst().orElse(null)
          : null;
      Mention found = teller != null && teller.end == told ? teller : opener;
      if (found != null) {
        body = found;
        v = found.end;
      }
    }
    Optional<String> club = body == null || body.end != v || !body.resolved()
        || !ofType(body.entities.get(0), OrgType.ORGANIZATION) ? clubByCity(c, v, before)
        : Optional.of(body.entities.get(0));
    if (club.isEmpty()) {
      return;
    }
    Mention signed = objectPerson(c, t.end());
    if (signed == null || signed.start > t.end() + 4) {
      return;
    }
    Modality modality = c.modality(t.start());
    for (String p : c.members(signed)) {
      if (p.startsWith("person/")) {
        out.add(new Fact.Joining(p, club.get(), date, modality,
            prov(c, "signed-by-body", 0.75)));
      }
    }
  }

  /**
   * The body named just before the title just before {@code person}'s name, the last name before
   * {@code verb}: "Westgate president X", "Rochester's deputy mayor, X,"; a company, club or
   * other body, or a party with a party post ("LNP state president X"); else empty.
   */
  private Optional<String> employerBeforeTitle(Clause c, String person, int verb) {
    Mention named = c.mentions.stream().filter(m -> m.kind == Mention.Kind.PERSON
            && m.end <= verb && m.entities.contains(person))
        .max(java.util.Comparator.comparingInt(m -> m.end)).orElse(null);
    if (named == null || named.start < 2) {
      return Optional.empty();
    }
    int end = c.token(named.start - 1).text().equals(",") ? named.start - 1 : named.start;
    // the title: one to three lower-case words ("member", "state president", "board chair")
    int k = end;
    while (k > 0 && k > end - 3 && !c.token(k - 1).isCapitalized()
        && (c.token(k - 1).pos().startsWith("NN") || c.token(k - 1).pos().startsWith("JJ"))) {
      k--;
    }
    if (k == end || !c.token(end - 1).pos().startsWith("NN")) {
      return Optional.empty();
    }
    Mention title = c.endingBefore(end, Mention.Kind.ROLE);
    int before = k > 1 && c.token(k - 1).text().equals("'s") ? k - 1 : k;
    Mention body = c.endingBefore(before, Mention.Kind.ORG);
    if (body == null || body.end != before || !body.resolved()) {
      return Optional.empty();
    }
    OrgType type = resolver.organization(body.entities.get(0)).map(Organization::type)
        .orElse(OrgType.ORGANIZATION);
    boolean officer = title != null && (title.role != null
        && title.role.kind() == Lexicon.RoleKind.PARTY
        || PARTY_OFFICER_TITLES.contains(c.token(end - 1).lower())); // "LNP state president X"
    boolean fits = type == OrgType.ORGANIZATION || type.partisan() && officer;
    return fits ? Optional.of(body.entities.get(0)) : Optional.empty();
  }

  /**
   * The company, club or other body that says, announces or confirms that what follows happened,
   * telling before {@code verb}: "Paysetu also said that X had joined"; else empty.
   */
  private Optional<String> tellingBody(Clause c, int verb) {
    return tellingMention(c, verb).map(m -> m.entities.get(0));
  }

  /** The mention of the body {@link #tellingBody} finds. */
  private Optional<Mention> tellingMention(Clause c, int verb) {
    for (Mention m : c.mentions) {
      if (m.kind != Mention.Kind.ORG || !m.resolved() || m.end >= verb
          || !ofType(m.entities.get(0), OrgType.ORGANIZATION)) {
        continue;
      }
      int k = m.end;
      while (k < verb && c.token(k).pos().equals("RB")) {
        k++; // "also"
      }
      boolean that = k + 1 < verb && Clause.REPORTING.contains(c.token(k).lower())
          && c.sentence.tokens().subList(k + 1, verb).stream()
              .anyMatch(w -> w.lower().equals("that"));
      if (that) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code org} is named in {@code c} and in none of the sentences {@code before}. */
  private static boolean namedHereFirst(Clause c, String org, List<Mention> before) {
    return c.mentions.stream().anyMatch(m -> m.entities.contains(org))
        && before.stream().noneMatch(m -> m.entities.contains(org));
  }

  /** Titles of a party's officers: "LNP state president X", "Labor state secretary Y". */
  private static final Set<String> PARTY_OFFICER_TITLES = ImmutableSet.of("president", "chair",
      "chairman", "chairwoman", "secretary", "treasurer", "director", "whip");

  /** Verbs that tell of a signing before "the signing of": "confirmed last night the signing". */
  private static final Set<String> ANNOUNCING_SIGNING = ImmutableSet.of("confirmed",
      "announced", "completed", "confirms", "announces", "completes");

  /**
   * The club of the story that the one capitalised word ending at {@code end} stands for, as
   * sports pages call a team by its city: "Hamilton signed veteran forward X" in a story about
   * the Hamilton Steelhawks.
   */
  private Optional<String> clubByCity(Clause c, int end, List<Mention> before) {
    int w = end - 1;
    // (a city's name may be taken for a surname: "Hamilton signed")
    if (w < 0 || !c.token(w).isCapitalized() || w > 0 && c.token(w - 1).isCapitalized()
        || c.at(w) != null && (c.at(w).kind != Mention.Kind.PERSON || c.at(w).start != w)) {
      return Optional.empty();
    }
    String city = c.token(w).text() + " ";
    return resolver.salientOrganisation(seenBefore(c, w, before)).filter(k -> resolver
        .organization(k).map(o -> o.name().startsWith(city)).orElse(false));
  }

  /** Whether a count opens the words from {@code k}: "three new governors", "two newcomers". */
  static boolean counted(Clause c, int k) {
    return k < c.size() && (c.token(k).pos().equals("CD") || MentionFinder.isNumberWord(
        c.token(k).lower()));
  }

  /**
   * Whether the verb at {@code verb} has a counted plural subject that opens its clause: "Two of
   * its elected members also stepped down", "Three long-serving councillors have quit".
   */
  private static boolean countedSubject(Clause c, int verb) {
    int k = verb - 1;
    while (k > 0 && (c.token(k).pos().equals("RB") || c.token(k).pos().equals("MD")
        || HAVE.contains(c.token(k).lower()) || Tokens.isBe(c.token(k).lower()))) {
      k--;
    }
    Mention noun = k < 1 ? null : c.at(k);
    if (k < 1 || !c.token(k).pos().equals("NNS")
        || noun != null && (noun.kind != Mention.Kind.ROLE || noun.start != k)) {
      return false; // "Two of its elected members", "Two trustees"
    }
    int n = k - 1;
    while (n > 0 && n > k - 5 && (c.token(n).pos().startsWith("JJ")
        || c.token(n).pos().equals("VBN") || c.token(n).pos().equals("PRP$")
        || DETERMINERS.contains(c.token(n).lower()) || c.token(n).lower().equals("of"))) {
      n--;
    }
    return counted(c, n) && (n == 0 || c.token(n - 1).text().equals(",")
        || c.token(n - 1).pos().equals("RB") && n == 1);
  }

  /** Verbs whose object is asked to do what the infinitive after it says: "invited X to join". */
  private static final Set<String> INVITING = ImmutableSet.of("invite", "invites", "invited",
      "inviting", "urge", "urges", "urged", "urging", "ask", "asks", "asked", "asking",
      "persuade", "persuaded", "persuading", "encourage", "encouraged", "encouraging");

  /**
   * Whether "to" before the verb at {@code v} follows the object of an inviting verb: "inviting
   * the Greens to join it", "urged her to join the party" (the object, not the subject, would
   * join, and only later).
   */
  private static boolean invitedToJoin(Clause c, int v) {
    if (v < 3 || !c.token(v - 1).lower().equals("to")) {
      return false;
    }
    for (int k = v - 2; k >= 0 && k >= v - 6; k--) {
      if (INVITING.contains(c.token(k).lower())) {
        return k < v - 2; // not "X asked to join the group": X would
      }
      if (c.token(k).pos().startsWith("VB") || c.token(k).text().equals(",")) {
        return false;
      }
    }
    return false;
  }

  /** Bodies one is welcomed into that are the welcomers' own party: "into their ranks". */
  private static final Set<String> RANKS = ImmutableSet.of("ranks", "fold", "party");

  /** Whether tokens from {@code k} are "their ranks", "its fold" and the like. */
  private static boolean ownRanks(Clause c, int k) {
    return k + 1 < c.size() && (c.token(k).lower().equals("their")
        || c.token(k).lower().equals("its")) && RANKS.contains(c.token(k + 1).lower());
  }

  /** Bodies a party names with its own name: "the Greens/EFA group", "the SNP caucus". */
  private static final Set<String> PARTY_BODIES = ImmutableSet.of("group", "caucus", "bloc",
      "faction");

  /**
   * The organisation that is the subject of the welcoming verb at {@code t}, past auxiliaries,
   * adverbs and times: "The party has formally unveiled", "The SPD group voted yesterday to
   * admit".
   */
  private static Optional<String> welcomer(Clause c, PhraseIndex.Match<Lexicon.Trigger> t) {
    int v = t.start() - 1;
    while (v >= 0 && (c.token(v).pos().startsWith("VB") || c.token(v).pos().equals("RB")
        || c.token(v).pos().equals("TO") || DateFinder.isTimeWord(c.token(v).text())
        || c.token(v).lower().equals("on") && DateFinder.isTimeWord(c.token(v + 1).text()))) {
      v--;
    }
    Mention unveiling = v >= 0 ? c.at(v) : null;
    if (v > 0 && (unveiling == null || unveiling.kind != Mention.Kind.ORG)
        && c.token(v).pos().startsWith("NN") && (c.token(v).text().endsWith("s")
            || PARTY_BODIES.contains(c.token(v).lower()))
        && c.at(v - 1) != null) {
      unveiling = c.at(v - 1); // "UCP MLAs voted to welcome", "The Greens/EFA group": theirs
    }
    return unveiling == null || unveiling.kind != Mention.Kind.ORG || !unveiling.resolved()
        ? Optional.empty() : Optional.of(unveiling.entities.get(0));
  }

  /**
   * "The Speaker welcomed her into the conference on Wednesday": the person welcomed joined the
   * organisation after "into"; "The board welcomed three new governors: A, B and C": the listed
   * joined the welcoming body.
   */
  private void welcomed(Clause c, PhraseIndex.Match<Lexicon.Trigger> t,
      Optional<LocalDate> date, List<Fact> out) {
    List<String> listed = counted(c, t.end()) ? listAfterColon(c, t.end()) : List.of();
    Optional<String> body = listed.isEmpty() ? Optional.empty() : welcomer(c, t);
    if (body.isPresent()) {
      Modality modality = c.modality(t.start());
      for (String p : listed) {
        out.add(new Fact.Joining(p, body.get(), date, modality, prov(c, "join-welcomed", 0.7)));
      }
      return;
    }
    Mention joiner = t.end() < c.size() ? c.at(t.end()) : null;
    if (joiner == null || !(joiner.kind == Mention.Kind.PERSON
        || joiner.kind == Mention.Kind.PRONOUN || joiner.kind == Mention.Kind.GROUP)
        || !joiner.resolved() || joiner.end >= c.size()) {
      return;
    }
    boolean admitting = c.token(t.end() - 1).lower().endsWith("admitted")
        || c.token(t.end() - 1).lower().equals("admit"); // "voted yesterday to admit him"
    List<String> welcoming = c.subject(t.start(), List.of());
    Optional<String> joined;
    // "welcome Tom Ince back into their caucus": back where he was
    int word = joiner.end + 1 < c.size() && c.token(joiner.end).lower().equals("back")
        ? joiner.end + 1 : joiner.end;
    String after = c.token(word).lower();
    // the organisation after the word that follows the joiner: "as", "into", "to"
    Optional<Mention> next = word + 1 < c.size()
        ? c.objectAfter(word + 1, false).organization() : Optional.empty();
    Optional<Mention> asMember = after.equals("as") && word == joiner.end ? next
        : Optional.empty();
    Optional<Mention> to = admitting && after.equals("to") ? next : Optional.empty();
    Mention admitter = admitting ? c.at(t.start() - 1) : null;
    if (to.isPresent() && to.get().organization.isEmpty() && admitter != null
        && admitter.kind == Mention.Kind.ORG && admitter.resolved()) {
      // "The Greens readmitted Tom Roe to the group": the admitting party's group
      joined = Optional.of(admitter.entities.get(0)).filter(e -> isPartisan(Optional.of(e)));
    } else if (after.equals("into") && next.isEmpty() && (ownRanks(c, word + 1)
        || word + 2 < c.size() && c.token(word + 1).lower().equals("their")
            && c.token(word + 2).lower().equals("caucus"))) { // "welcome X back into their caucus"
      // "Senate Republicans voted to welcome Tom Ince into their ranks": the welcomers'
      joined = welcomer(c, t).filter(e -> isPartisan(Optional.of(e)));
    } else if (after.equals("into") && next.filter(m -> m.anaphorType.isPresent()).isPresent()
        && partyBefore(c, t.start()).isPresent()) {
      // "PQ Leader X welcomed her into the caucus": the welcomer's party, not the last group
      // the story named
      joined = partyBefore(c, t.start());
    } else if (after.equals("into") || to.isPresent()) {
      joined = next.map(m -> m.entities.get(0));
    } else if (asMember.isPresent() && !newestMember(c, joiner.end)) {
      // "introduced him as the newest member of the Liberal caucus"
      joined = asMember.map(m -> m.entities.get(0)).filter(e -> isPartisan(Optional.of(e)));
    } else {
      // "The party unveiled Hemi Parata, a sheep farmer, as its newest member": the subject's
      // "The EPP admitted both at its Wednesday meeting": the admitting party or group
      joined = !(admitting || newestMember(c, joiner.end)) ? Optional.empty()
          : welcomer(c, t).filter(e -> isPartisan(Optional.of(e)));
    }
    if (joined.isEmpty()) {
      return;
    }
    String org = joined.get();
    Modality modality = c.modality(t.start());
    for (String p : c.members(joiner)) {
      if (p.startsWith("person/") && !welcoming.contains(p)) { // "him" is not the subject
        out.add(new Fact.Joining(p, org, date, modality, prov(c, "join-welcomed", 0.75)));
      }
    }
  }

  /** The last party the clause names before {@code k}: "PQ" of "PQ Leader X welcomed". */
  private Optional<String> partyBefore(Clause c, int k) {
    return c.mentions.stream().filter(m -> m.kind == Mention.Kind.ORG && m.resolved()
            && m.end <= k && m.anaphorType.isEmpty() && isParty(Optional.of(m.entities.get(0))))
        .reduce((a, b) -> b).map(m -> m.entities.get(0));
  }

  /** Words for what confirms a choice: "a vote", "their approval". */
  private static final Set<String> DECIDING = ImmutableSet.of("vote", "votes", "ballot",
      "confirmation", "confirm", "approval", "approve", "hearing");
  /** Words that put a decision ahead: "is due", "expected next week", "pending". */
  private static final Set<String> TO_COME = ImmutableSet.of("due", "expected", "will", "pending",
      "awaiting", "subject", "next", "yet");

  /**
   * Whether the words after the trigger at {@code from} say the choice waits on a vote or an
   * approval to come: "nominated X as chair; its members are due to vote on Monday" (not "after
   * a ballot of members", nor "he will be sworn in on Tuesday").
   */
  private static boolean pendingChoice(Clause c, int from) {
    List<Token> rest = c.sentence.tokens().subList(from, c.size());
    return rest.stream().anyMatch(w -> DECIDING.contains(w.lower()))
        && rest.stream().anyMatch(w -> TO_COME.contains(w.lower()));
  }

  /**
   * Whether the person after a dismissing verb at {@code from} is called something ("dismissed
   * him as a backbencher with a grudge"), not sacked ("dismissed her as coach").
   */
  private static boolean belittled(Clause c, int from) {
    Mention m = from < c.size() ? c.at(from) : null;
    return m != null && m.start == from
        && (m.kind == Mention.Kind.PERSON || m.kind == Mention.Kind.PRONOUN)
        && m.end + 1 < c.size() && c.token(m.end).lower().equals("as")
        && INDEFINITE.contains(c.token(m.end + 1).lower());
  }

  /** Whether {@code word} is among the tokens from {@code from} up to {@code to}. */
  private static boolean wordWithin(Clause c, String word, int from, int to) {
    for (int k = from; k < c.size() && k <= to; k++) {
      if (c.token(k).lower().equals(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The subject of a verb coordinated after {@code and} ("X, who quit in 2019 and now chairs",
   * "X left the party in 2024 and now chairs"): the "who" of the clause, else the last token of
   * the person opening the sentence when no other person comes between; else {@code and}.
   */
  private static int coordinatedSubject(Clause c, int and) {
    for (int j = and - 1; j >= 0 && j >= and - 25; j--) {
      String w = c.token(j).text();
      if (w.equals(";") || w.equals(":") || w.equals("\"") || w.equals("“")) {
        return and;
      }
      if (w.equalsIgnoreCase("who")) {
        // not "X, who backed Anna Bell, said she quit in 2019 and now chairs": another's verb
        return personBetween(c, j + 1, and) ? and : j;
      }
    }
    Mention first = c.at(0);
    if (first == null || first.kind != Mention.Kind.PERSON || first.start != 0
        || first.end >= and || !c.token(first.end).pos().startsWith("VB")) {
      return and;
    }
    return personBetween(c, first.end, and) ? and : first.end - 1;
  }

  /** Whether a person or pronoun is mentioned from token {@code from} to before {@code to}. */
  private static boolean personBetween(Clause c, int from, int to) {
    for (int j = from; j < to; j++) {
      Mention m = c.at(j);
      if (m != null && (m.kind == Mention.Kind.PERSON || m.kind == Mention.Kind.PRONOUN)) {
        return true;
      }
    }
    return false;
  }

  /** Head nouns of bodies one chairs, leads or heads: "the players' committee". */
  private static final Set<String> GOVERNED_NOUNS = ImmutableSet.of("committee", "subcommittee",
      "board", "council", "court", "group", "caucus", "union", "league", "branch", "chapter",
      "delegation", "trust", "association", "charity", "party", "club", "foundation", "network",
      "faction", "executive", "panel", "commission", "federation", "confederation", "society",
      "institute", "bloc", "coalition", "alliance", "conference", "trustees", "governors",
      "directors", "agency", "authority", "organisation", "organization", "company", "firm",
      "unit", "division", "forum", "college");

  /**
   * Whether the noun phrase from {@code from} is a body: its head is a body noun ("the
   * Senedd's education committee", "the bipartisan Great Lakes Caucus"), or it holds a named
   * organisation; with {@code anyName}, any name that is not a person's ("who chairs BMA
   * Scotland", "chairs Kahu").
   */
  private static boolean governsBody(Clause c, int from, boolean anyName) {
    int j = from;
    boolean org = false;
    while (j < c.size() && j < from + 12) {
      org |= c.at(j) != null && c.at(j).kind == Mention.Kind.ORG;
      if (c.at(j) != null && (c.at(j).kind == Mention.Kind.PERSON
          || c.at(j).kind == Mention.Kind.ROLE)) {
        return false;
      }
      String pos = c.token(j).pos();
      String w = c.token(j).text();
      boolean inside = w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("&")
          || pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT")
          || pos.equals("VBG") // "the cross-party working group"
          || pos.equals("PRP$") || pos.equals("POS") || c.token(j).isCapitalized();
      if (!inside || w.equalsIgnoreCase("who") || w.equalsIgnoreCase("which")) {
        break;
      }
      j++;
    }
    if (j == from) {
      return false;
    }
    Token head = c.token(j - 1);
    return GOVERNED_NOUNS.contains(head.lower())
        || head.isCapitalized() && (org || anyName) && !MEETINGS.contains(head.lower());
  }

  /** A ministry's name: "has led the department since 2017" is a secretary's, not a leader's. */
  private static final java.util.regex.Pattern MINISTRY_WORD =
      java.util.regex.Pattern.compile("\\b(Department|Ministry|Office)\\b");

  /**
   * Whether lower-case words from {@code from} end, within four, in a body's noun: "Commons"
   * modifies the committee of "the Commons levelling up committee".
   */
  private static boolean bodyNounAfter(Clause c, int from) {
    for (int j = from; j < c.size() && j < from + 4; j++) {
      Token t = c.token(j);
      if (t.isCapitalized() || !Character.isLetter(t.text().charAt(0))
          || t.pos().equals("IN") || t.pos().equals("CC") || t.pos().startsWith("VB")
          && !t.pos().equals("VBG")) {
        return false;
      }
      if (GOVERNED_NOUNS.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }

  /** Bodies one sits on as a member: "who sits on the Senate Foreign Relations Committee". */
  private static final Set<String> SEATED_ON = ImmutableSet.of("committee", "subcommittee",
      "executive", "commission", "panel");

  /** Gatherings one chairs that are no body: "who chairs the meeting". */
  private static final Set<String> MEETINGS = ImmutableSet.of("meeting", "meetings", "hearing",
      "hearings", "session", "sessions", "talks", "debate", "summit");

  /**
   * The person named within a few words before {@code k} and followed by a comma or "of", with
   * no verb between: "X, the Christian Democrat", "X of Yesh Atid".
   */
  private static Optional<Mention> personJustBefore(Clause c, int k) {
    for (int j = k; j >= 0 && j > k - 7; j--) {
      if (c.token(j).pos().startsWith("VB")) {
        return Optional.empty();
      }
      Mention m = c.at(j);
      if (m != null && m.kind == Mention.Kind.PERSON && m.resolved() && m.end <= k
          && (c.token(m.end).text().equals(",") || c.token(m.end).lower().equals("of"))) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** Plural nouns of a board's members, with each member's post: "two new directors". */
  /** Whether "the board" or "its board" (with "has") comes right before the verb at {@code v}. */
  private static boolean boardBefore(Clause c, int v) {
    int k = v > 0 && HAVE.contains(c.token(v - 1).lower()) ? v - 1 : v;
    return k >= 2 && c.token(k - 1).lower().equals("board")
        && (c.token(k - 2).lower().equals("the") || c.token(k - 2).lower().equals("its"));
  }

  /**
   * Seats on a board, which one appointed to them joins: "named X as an independent director"
   * (not "director", as often the head of a department: "appointed X as director of the Iowa
   * Department of Natural Resources").
   */
  private static final Set<String> BOARD_SEATS = ImmutableSet.of("non-executive director",
      "independent director", "trustee", "board member");
  private static final Map<String, String> BOARD_POSTS = ImmutableMap.of("directors",
      "director", "trustees", "trustee", "governors", "governor", "regents", "regent");

  /**
   * "At the same meeting they co-opted two new directors: A and B", "The trust appointed three
   * trustees: A, B and C": each listed person joined the board of the appointing organisation
   * (else of the organisation the story is about) and holds the post the count names.
   */
  private void countedToBoard(Clause c, PhraseIndex.Match<Lexicon.Trigger> t,
      Optional<LocalDate> date, List<Mention> before, List<Fact> out) {
    boolean passive = beBefore(c, t.start());
    int k = t.end() + 1;
    String verb = c.token(t.start()).lower();
    if (passive && (verb.startsWith("appoint") || verb.equals("named")
        || verb.startsWith("co-opt") || verb.equals("elected") && !intoBody(c, t.end()))) {
      // not "were nominated for election"
      k = t.start() - 1;
      while (k > 0 && (Tokens.isBe(c.token(k).lower()) || HAVE.contains(c.token(k).lower())
          || c.token(k).pos().startsWith("RB"))) {
        k--; // "have also been appointed"
      }
      // "Two independent directors were appointed at the same time: A and B" (not "were
      // elected to the board: A and B", a seat; see Seats)
      int count = k - 1;
      while (count > 0 && count > k - 4 && c.token(count).pos().equals("JJ")) {
        count--;
      }
      int colon = colonAfter(c, t.end(), 8);
      if (k < 1 || !counted(c, count) || colon < 0) {
        return;
      }
      countedOnBoard(c, t, k, listAfterColon(c, colon), Optional.empty(), date, before, out);
      return;
    }
    if (t.end() - t.start() != 1 || passive || !counted(c, t.end())) {
      return;
    }
    while (k < c.size() && k < t.end() + 4 && c.token(k).pos().equals("JJ")) {
      k++; // "two new independent directors"
    }
    int colon = k + 1 < c.size() && c.token(k + 1).text().equals(":") ? k + 1 : -1;
    if (colon < 0 && !intoBody(c, k + 1)) {
      colon = colonAfter(c, k + 1, 6); // "co-opted two new trustees at the same meeting: A and B"
    }
    Optional<String> named = Optional.empty();
    if (colon < 0 && intoBody(c, k + 1)) {
      // "elected three new directors to the UKBRA board: A, B and C": that board's
      colon = colonAfter(c, k + 2, 8);
      final int end = colon;
      named = c.objectAfter(k + 2, false).organization().filter(Mention::resolved)
          .filter(m -> m.end <= end).map(m -> m.entities.get(0));
    }
    countedOnBoard(c, t, k, colon < 0 ? List.of() : listAfterColon(c, colon), named, date,
        before, out);
  }

  /** Whether a form of "be" comes just before {@code k}, or before an adverb there. */
  private static boolean beBefore(Clause c, int k) {
    int aux = k > 1 && c.token(k - 1).pos().startsWith("RB") ? k - 2 : k - 1;
    return aux >= 0 && Tokens.isBe(c.token(aux).lower()); // "were also appointed"
  }

  /** Whether a body one is put on follows at {@code k}: "to the board", "onto the council". */
  private static boolean intoBody(Clause c, int k) {
    return k < c.size() && (c.token(k).lower().equals("to") || c.token(k).lower().equals("onto"));
  }

  /**
   * The persons {@code listed} for a count whose noun is at {@code k} ("two independent
   * directors"): if it names a board post, each joined the board (the one {@code named}, else
   * the appointing organisation, else the one the story is about) and holds the post.
   */
  private void countedOnBoard(Clause c, PhraseIndex.Match<Lexicon.Trigger> t, int k,
      List<String> listed, Optional<String> named, Optional<LocalDate> date,
      List<Mention> before, List<Fact> out) {
    String post = k < c.size() ? BOARD_POSTS.get(c.token(k).lower()) : null;
    if (post == null || listed.isEmpty()) {
      return;
    }
    String single = post; // "director" of "two independent directors"
    if (c.token(k - 1).lower().equals("non-executive")
        || c.token(k - 1).lower().equals("independent")) {
      post = c.token(k - 1).lower() + " " + post;
    }
    Optional<String> body = named.or(() -> welcomer(c, t))
        .filter(o -> ofType(o, OrgType.ORGANIZATION))
        .or(() -> resolver.salientOrganisation(seenBefore(c, t.start(), before)));
    if (body.isEmpty()) {
      return;
    }
    Modality modality = c.modality(t.start());
    for (String p : listed) {
      out.add(new Fact.Joining(p, body.get(), date, modality, prov(c, "counted-to-board", 0.7)));
      if (out.stream().noneMatch(f -> f instanceof Fact.RoleHolding h && h.person().equals(p)
          && h.role().endsWith(single))) {
        // not a second post beside the "director" the count gave before
        out.add(new Fact.RoleHolding(p, post, body, modality, prov(c, "role-counted-to-board",
            0.7)));
      }
    }
    // "elected two new directors": an election; "appointed two new directors": an appointment
    boolean elected = t.value().kind().equals("elect");
    EventType type = elected ? EventType.ELECTION : EventType.APPOINTMENT;
    if (out.stream().noneMatch(f -> f instanceof Fact.Event e
        && e.type() == type)) { // the sentence's own
      out.add(new Fact.Event(type, date, listed, body, modality,
          prov(c, elected ? "elect-verb" : "appoint-verb", 0.7)));
    }
  }

  /** The token after a bracket opening at {@code k} ("(PDP)"), else {@code k}. */
  private static int pastBracket(Clause c, int k) {
    if (k < c.size() && c.token(k).text().equals("(")) {
      for (int j = k + 1; j < c.size() && j <= k + 4; j++) {
        if (c.token(j).text().equals(")")) {
          return j + 1;
        }
      }
    }
    return k;
  }

  /**
   * The "into" after the one followed, from {@code from}, before an organisation: "the senator
   * into the APC", "their leader into Reform UK"; or -1.
   */
  private static int intoAfter(Clause c, int from) {
    for (int k = from; k + 1 < c.size() && k < from + 6; k++) {
      Token w = c.token(k);
      if (w.lower().equals("into")) {
        Mention org = c.at(k + 1) != null ? c.at(k + 1)
            : k + 2 < c.size() && c.token(k + 1).lower().equals("the") ? c.at(k + 2) : null;
        return k > from && org != null && org.kind == Mention.Kind.ORG && org.resolved() ? k : -1;
      }
      if (w.pos().startsWith("VB") || w.text().equals(",") || w.lower().equals("by")
          || w.lower().equals("out") || w.lower().equals("suit")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether a party's seat counted from its newest holder follows {@code k}: "the Green
   * Party's fifth MP", "Reform UK's first councillor".
   */
  private boolean newestSeat(Clause c, int k) {
    int i = k < c.size() && c.token(k).lower().equals("the") ? k + 1 : k;
    Mention party = i < c.size() ? c.at(i) : null;
    if (party == null || party.kind != Mention.Kind.ORG || party.start != i
        || !isPartisan(party.entities.stream().findFirst()) || party.end + 2 >= c.size()
        || !(c.token(party.end).text().equals("'s") || c.token(party.end).text().equals("'"))
        || !(COUNTING.contains(c.token(party.end + 1).lower())
            && !c.token(party.end + 1).lower().equals("last")
            || c.token(party.end + 1).lower().equals("newest"))) {
      return false;
    }
    Mention seat = c.at(party.end + 2);
    return seat != null && seat.kind == Mention.Kind.ROLE && seat(seat.roleLabel);
  }

  /**
   * Members' nouns that are no alias of their party's (they stand for a person far more often:
   * "a Democrat from Mingo County"), by the party's gazetteer id: joined only after a joining
   * phrase ("registered as a Democrat").
   */
  private static final java.util.Map<String, String> MEMBER_NOUNS = java.util.Map.of(
      "Democrat", "democratic-party-us");

  /**
   * "registered as a Democrat": a joining of the party {@code partyId}, told with a member's
   * noun of {@link #MEMBER_NOUNS}.
   */
  private void joinedByMemberNoun(Clause c, PhraseIndex.Match<Lexicon.Trigger> t, String partyId,
      List<DateFinder.DateMention> dates, Optional<LocalDate> date, List<Fact> out) {
    Optional<String> party = lex.organisation(partyId).map(e -> resolver.register(e, ""));
    for (String p : party.isPresent() ? c.subject(t.start(), dates) : List.<String>of()) {
      if (p.startsWith("person/")) {
        out.add(new Fact.Joining(p, party.get(), date, c.modality(t.start()),
            prov(c, "join-verb", 0.8)));
      }
    }
  }

  /**
   * Where the body starts in "the tenth member of the NDP caucus" (or "the newest member of",
   * "the 21st member of") at {@code k}, when a party or group is named there; else -1.
   */
  private int numberedMemberOf(Clause c, int k) {
    if (k + 4 >= c.size() || !c.token(k).lower().equals("the")) {
      return -1;
    }
    String n = c.token(k + 1).lower();
    boolean numbered = COUNTING.contains(n) && !n.equals("last") || Clause.NEWEST.contains(n)
        || n.matches("\\d+(st|nd|rd|th)");
    if (!numbered || !c.token(k + 2).lower().equals("member")
        || !c.token(k + 3).lower().equals("of")) {
      return -1;
    }
    int j = c.token(k + 4).lower().equals("the") ? k + 5 : k + 4;
    Mention org = j < c.size() ? c.at(j) : null;
    // not "the first member of the caucus to call for ...": a deed, not a joining
    boolean deed = org != null && org.end < c.size() && c.token(org.end).lower().equals("to");
    return org != null && org.kind == Mention.Kind.ORG && org.start == j && org.resolved()
        && !deed && (isPartisan(org.entities.stream().findFirst()) || ofType(org.entities.get(0),
            OrgType.PARLIAMENTARY_GROUP)) ? j : -1;
  }

  /** Words before a party's name that make it its members one by one: "every Republican". */
  private static final Set<String> EACH = ImmutableSet.of("every", "each");

  /** Nouns naming a new member of a party: "as its newest recruit". */
  private static final Set<String> RECRUITS = ImmutableSet.of("member", "recruit", "signing",
      "MP", "councillor", "senator", "candidate");

  /** Whether "as its newest member" (or "their latest recruit") follows within the clause. */
  private static boolean newestMember(Clause c, int from) {
    for (int i = from; i + 2 < c.size() && i < from + 20; i++) {
      if (c.token(i).text().equals(";")) {
        break;
      }
      if (c.token(i).lower().equals("as") && (c.token(i + 1).lower().equals("its")
          || c.token(i + 1).lower().equals("their"))) {
        return i + 3 < c.size() && Clause.NEWEST.contains(c.token(i + 2).lower())
            && RECRUITS.contains(c.token(i + 3).text());
      }
    }
    return false;
  }

  /**
   * The chamber a seat of {@code role} is in: the one its title names as the article gives it,
   * or, for a title naming none ("an MP"), the chamber the story named last before it.
   */
  private Optional<String> seatOf(Clause c, Mention role, List<Mention> before) {
    return chamber(c, role.role, role.start, before)
        .or(() -> role.role.bodies().isEmpty() ? resolver.named(seenBefore(c, role.start,
            before), List.of("*"), OrgType.PARLIAMENT) : Optional.empty());
  }

  /**
   * "X became an MSP yesterday": a seat taken that day in the chamber of the title (as the
   * article names it; an MP's, whose title names none, in the chamber the story named last).
   */
  private void becameSeated(Clause c, PhraseIndex.Match<Lexicon.Trigger> t,
      List<DateFinder.DateMention> dates, Optional<LocalDate> date, List<Mention> before,
      List<Fact> out) {
    int k = t.end() < c.size() && INDEFINITE.contains(c.token(t.end()).lower())
        ? t.end() + 1 : t.end();
    Mention role = k < c.size() ? c.startingAt(k, Mention.Kind.ROLE) : null;
    if (!c.token(t.start()).lower().equals("became") || role == null || role.formerRole
        || role.plural || date.isEmpty() || !SEATS.contains(role.role.label())
        || DateFinder.dateAfter(c.sentence.tokens(), dates, role.end).isEmpty()
        || published.isPresent() && date.get().isAfter(published.get())) {
      return;
    }
    Optional<String> seat = seatOf(c, role, before);
    for (String p : seat.isPresent() ? c.subject(t.start(), dates) : List.<String>of()) {
      if (p.startsWith("person/")) {
        out.add(new Fact.Joining(p, seat.get(), date, c.modality(t.start()),
            prov(c, "became-seated", 0.6)));
      }
    }
  }

  /**
   * "X became acting mayor on Thursday", "Y became the party's chief whip on Monday": taking a
   * post on a day the clause gives after the post is an appointment. A seat in a chamber is
   * won, not given, and a day after publication is no event yet.
   */
  private void becameHolder(Clause c, PhraseIndex.Match<Lexicon.Trigger> t,
      List<DateFinder.DateMention> dates, Optional<LocalDate> date, List<Fact> out) {
    if (!c.token(t.start()).lower().equals("became")) {
      return; // "resigned to become president of X", "becomes CEO on Jan. 1": not yet a post
    }
    int k = t.end();
    if (k < c.size() && (c.token(k).lower().equals("the") || c.token(k).pos().equals("PRP$"))) {
      k++;
    }
    Mention owner = k < c.size() ? c.at(k) : null;
    if (owner != null && owner.kind == Mention.Kind.ORG && owner.start >= t.end()
        && owner.end < c.size() && c.token(owner.end).text().equals("'s")) {
      k = owner.end + 1; // "became Labour's chief whip"
    } else if (k + 1 < c.size() && c.at(k) == null && c.token(k).pos().startsWith("NN")
        && c.token(k + 1).text().equals("'s")) {
      k += 2; // "became the council's chief executive"
    }
    Mention role = k < c.size() ? c.startingAt(k, Mention.Kind.ROLE) : null;
    if (role == null || role.formerRole || date.isEmpty()
        || DateFinder.dateAfter(c.sentence.tokens(), dates, role.end).isEmpty()
        || role.role.kind() == Lexicon.RoleKind.LEGISLATURE
        || published.isPresent() && date.get().isAfter(published.get())) {
      return;
    }
    List<String> holders = c.subject(t.start(), dates).stream()
        .filter(p -> p.startsWith("person/")).toList();
    if (!holders.isEmpty()) {
      out.add(new Fact.Event(EventType.APPOINTMENT, date, holders,
          orgOfPhrase(c, role.end).map(m -> m.entities.get(0)), c.modality(t.start()),
          prov(c, "became-holder", 0.6)));
    }
  }

  /**
   * Whether a body one is given a seat on is named at {@code from}: a board, committee, panel,
   * commission, council, caucus or shadow cabinet.
   */
  private boolean seatBody(Clause c, int from) {
    return c.objectAfter(from, false).organization()
        .map(m -> isSeatBody(m.entities.get(0))).orElse(false);
  }

  /**
   * The index after "to" when a day stands between a participle giving a seat and the body, as
   * in "was named Wednesday to the committee", "was appointed on Oct. 7 to the board of X",
   * "was added last week to the panel"; -1 when it does not. Only after "was", "been", "is".
   */
  private static int seatAfterDate(Clause c, PhraseIndex.Match<Lexicon.Trigger> t,
      List<DateFinder.DateMention> dates) {
    if (t.start() == 0 || !Tokens.isBe(c.token(t.start() - 1).lower())) {
      return -1;
    }
    int from = t.end() < c.size() && c.token(t.end()).lower().equals("on") ? t.end() + 1
        : t.end();
    return dates.stream().filter(d -> d.start() == from && d.end() + 1 < c.size()
            && SEAT_PREPOSITIONS.contains(c.token(d.end()).lower()))
        .findFirst().map(d -> d.end() + 1).orElse(-1);
  }

  /** Prepositions before the body a seat is given on: "to the board", "onto the panel". */
  private static final Set<String> SEAT_PREPOSITIONS = ImmutableSet.of("to", "onto");

  /** Whether "the board of" begins at {@code from}: a seat on the named body's board. */
  private static boolean boardOf(Clause c, int from) {
    return from + 2 < c.size() && c.token(from).lower().equals("the")
        && c.token(from + 1).lower().equals("board") && c.token(from + 2).lower().equals("of");
  }

  /**
   * Whether the vote's object comes right after it at {@code from}, past articles, numbers and
   * adjectives, and is no owner ("voted three new directors on to", not "voted against X's
   * appointment" or "voted to refer X to the committee").
   */
  private static boolean votedOn(Clause c, int from) {
    int start = from < c.size() && c.token(from).pos().equals("CD") ? from + 1 : from;
    // "voted 31-17 to confirm X to a seat on the commission", "to approve X's nomination to"
    boolean confirming = start + 1 < c.size() && c.token(start).lower().equals("to")
        && CONFIRMING.contains(c.token(start + 1).lower());
    start = confirming ? start + 2 : start;
    for (int i = start; i < c.size() && i < start + 4; i++) {
      Mention m = c.at(i) != null ? c.at(i) : c.startingAt(i, Mention.Kind.GROUP);
      if (m != null && (m.kind == Mention.Kind.PERSON || m.kind == Mention.Kind.GROUP)) {
        boolean owner = m.end + 1 < c.size() && c.token(m.end).text().equals("'s");
        return !owner || confirming && POSTS_CONFIRMED.contains(c.token(m.end + 1).lower());
      }
      String pos = c.token(i).pos();
      if (!(pos.equals("DT") || pos.equals("CD") || pos.startsWith("JJ"))) {
        return false;
      }
    }
    return false;
  }

  /** Whether "to" before token {@code i} follows a vote: "voted 52-47 on Tuesday to". */
  private static boolean votedTo(Clause c, int i) {
    if (i < 2 || !c.token(i - 1).lower().equals("to")) {
      return false;
    }
    for (int k = i - 2; k >= 0 && k >= i - 8; k--) {
      if (c.token(k).lower().startsWith("vot")) {
        return true;
      }
    }
    return false;
  }

  /** "confirmed", "confirm", "confirms": an appointment only as "confirmed X as Y". */
  private static final Set<String> CONFIRM_WORDS = ImmutableSet.of("confirmed", "confirm",
      "confirms");

  /** Verbs after a vote's "to" that seat the one voted on: "voted 31-17 to confirm X". */
  private static final Set<String> CONFIRMING = ImmutableSet.of("confirm", "approve",
      "appoint", "elect", "install", "name", "ratify");
  /** What a vote confirms of someone's: "approve X's nomination to the board". */
  private static final Set<String> POSTS_CONFIRMED = ImmutableSet.of("nomination",
      "appointment");

  /** Words of an election contest: "declared the winner of the leadership contest". */
  private static final Set<String> CONTESTS = ImmutableSet.of("election", "by-election",
      "contest", "race", "ballot", "leadership", "seat", "primary", "vote", "presidency");

  /** Whether a word of {@link #CONTESTS} comes in the six tokens from {@code from}. */
  private static boolean contestAfter(Clause c, int from) {
    for (int i = from; i < c.size() && i < from + 6; i++) {
      if (CONTESTS.contains(c.token(i).lower())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the organisation {@code org} is a body one is given a seat on (see above). */
  private boolean isSeatBody(String org) {
    // also a party's executive ("added to the PSOE's federal executive"), not a government's
    // ("the Northern Ireland Executive")
    return resolver.organization(org).map(o -> SEAT_BODY.matcher(o.name()).find()
        || o.name().toLowerCase(java.util.Locale.ROOT).endsWith(" executive")
            && o.type() != OrgType.GOVERNMENT && o.type() != OrgType.CABINET)
        .orElse(false);
  }

  /**
   * "was appointed to the board of X on Monday", "was added to the finance committee": a seat
   * someone is given on a dated body is also an appointment.
   */
  private void appointedMembers(Clause c, PhraseIndex.Match<Lexicon.Trigger> t,
      List<Fact> joined, List<Fact> out) {
    if (!GIVEN_SEAT.contains(c.token(t.start()).lower())) {
      return;
    }
    List<Fact.Joining> dated = joined.stream().filter(f -> f instanceof Fact.Joining)
        .map(f -> (Fact.Joining) f).filter(j -> j.date().isPresent()).toList();
    if (!dated.isEmpty()) {
      Fact.Joining first = dated.get(0);
      out.add(new Fact.Event(EventType.APPOINTMENT, first.date(),
          dated.stream().map(Fact.Joining::person).distinct().toList(),
          Optional.of(first.organization()), first.modality(), prov(c, "appoint-to-body", 0.7)));
    }
  }

  /**
   * "The prime minister brought three backbench MPs into the cabinet on Monday", "brings Jo Tate
   * into the government": those brought join the cabinet or government after "into", appointed.
   */
  private void broughtInto(Clause c, PhraseIndex.Match<Lexicon.Trigger> t,
      Optional<LocalDate> date, List<Fact> out) {
    broughtInto(c, t, date, "into", o -> ofType(o, OrgType.CABINET, OrgType.GOVERNMENT), true,
        Optional.empty(), out);
  }

  /**
   * Those the verb at {@code t} acts on join the body after {@code preposition} when
   * {@code body} accepts it, an appointment when {@code event}: "brought three MPs into the
   * cabinet", "appointed Lorraine Hatch, a nurse, to the Board of Health", "elected X to the
   * board of Tyne Ports"; "to the board" with no name is the board of {@code story}.
   */
  private void broughtInto(Clause c, PhraseIndex.Match<Lexicon.Trigger> t,
      Optional<LocalDate> date, String preposition, java.util.function.Predicate<String> body,
      boolean event, Optional<String> story, List<Fact> out) {
    if (t.start() > 0 && Tokens.isBe(c.token(t.start() - 1).lower())) {
      return; // "was brought into the cabinet": a trigger of its own
    }
    Mention brought = null;
    for (int i = t.end(); i < c.size() && i < t.end() + 5 && brought == null; i++) {
      Mention m = c.at(i);
      brought = m != null && (m.kind == Mention.Kind.PERSON || m.kind == Mention.Kind.GROUP)
          && m.resolved() ? m : null;
    }
    if (brought == null) {
      return;
    }
    int into = -1;
    for (int i = brought.end; i < c.size() && i < brought.end + 12 && into < 0; i++) {
      into = c.token(i).lower().equals(preposition) ? i : -1;
    }
    if (into < 0 || into + 1 < c.size() && c.token(into + 1).pos().equals("VB")
        || toLead(c, into) >= 0) {
      return; // not "named X to lead the committee", "to chair the committee"
    }
    // also "to the board" of the club the story is about: a seat body as written
    boolean board = into + 2 < c.size() && c.token(into + 1).lower().equals("the")
        && c.token(into + 2).lower().equals("board");
    boolean boardOf = board && into + 4 < c.size() && c.token(into + 3).lower().equals("of");
    // "to the board of Tyne Ports": that organisation's
    Optional<String> owner = boardOf ? c.objectAfter(into + 4, false).organization()
        .filter(Mention::resolved).map(m -> m.entities.get(0)) : Optional.empty();
    final int at = into;
    Optional<String> joined = owner.or(() -> c.objectAfter(at + 1, false).organization()
        .filter(m -> m.resolved() && (body.test(m.entities.get(0))
            || SEAT_BODY.matcher(m.text).find()))
        .map(m -> m.entities.get(0))).or(() -> board && !boardOf ? story : Optional.empty());
    List<String> persons = c.members(brought).stream().filter(p -> p.startsWith("person/"))
        .toList();
    if (joined.isEmpty() || persons.isEmpty()) {
      return;
    }
    String rule = "brought-" + preposition;
    Modality modality = c.modality(t.start());
    for (String p : persons) {
      out.add(new Fact.Joining(p, joined.get(), date, modality, prov(c, rule, 0.7)));
    }
    if (event) {
      out.add(new Fact.Event(EventType.APPOINTMENT, date, persons, joined, modality,
          prov(c, rule, 0.7)));
    }
  }

  /** Verbs of taking charge after "asked X to": "to run the ministry", "to take over". */
  private static final Set<String> RUNNING = ImmutableSet.of("run", "lead", "head", "oversee",
      "chair", "manage", "step", "take");
  /** Words after "take" or "step" that make it taking charge: "to take over", "to step in". */
  private static final Set<String> TAKING_CHARGE = ImmutableSet.of("over", "charge", "in",
      "up");
  /** Common nouns of a post or a body taken charge of: "to run the interior ministry". */
  private static final Set<String> CHARGES = ImmutableSet.of("ministry", "department", "agency",
      "authority", "board", "commission", "council", "office", "company", "firm", "club",
      "team", "side", "government", "basis", "capacity", "brief", "portfolio", "portfolios",
      "job", "post", "role", "duties", "responsibilities", "file");
  /** Words that turn a request down: "asked X to take over, but he declined". */
  private static final Set<String> DECLINING = ImmutableSet.of("declined", "refused",
      "rejected", "turned");

  /**
   * The person asked at {@code t} to take charge of a post or body: "asked the justice
   * minister, X, to run the interior ministry", "asked X to take over the portfolio on an
   * interim basis"; not "asked X to run for mayor", "to lead the review", "to step down", "to
   * take over, but he declined", nor "to act as chief executive" (a request the title's rule
   * records).
   */
  private static Optional<Mention> askedPerson(Clause c, PhraseIndex.Match<Lexicon.Trigger> t) {
    Mention object = objectPerson(c, t.end());
    if (object == null || object.kind != Mention.Kind.PERSON || !object.resolved()) {
      return Optional.empty();
    }
    int to = object.end < c.size() && c.token(object.end).text().equals(",") ? object.end + 1
        : object.end;
    if (to + 2 >= c.size() || !c.token(to).lower().equals("to")
        || !RUNNING.contains(c.token(to + 1).lower())) {
      return Optional.empty();
    }
    String verb = c.token(to + 1).lower();
    int from = to + 2;
    if (verb.equals("take") || verb.equals("step")) {
      if (!TAKING_CHARGE.contains(c.token(to + 2).lower())) {
        return Optional.empty();
      }
      from++;
    }
    if (c.token(from).lower().equals("for")) {
      return Optional.empty(); // "to run for mayor"
    }
    boolean charge = false;
    for (int k = from; k < c.size() && k < from + 8; k++) {
      if (c.token(k).lower().equals("as")) {
        return Optional.empty(); // "asked X to step in as chief executive": a request, which
        // the title's own rule records
      }
      Mention m = c.at(k);
      charge |= CHARGES.contains(c.token(k).lower())
          || m != null && m.kind == Mention.Kind.ORG;
    }
    boolean declined = c.sentence.tokens().subList(from, c.size()).stream()
        .anyMatch(w -> DECLINING.contains(w.lower()));
    return charge && !declined ? Optional.of(object) : Optional.empty();
  }

  /**
   * "X has been acting chief executive since Monday": an appointment of X on that day (a day, not
   * a year: "has been an MP since 2019" tells of no day).
   */
  private void heldSince(Clause c, List<DateFinder.DateMention> dates, List<Fact> out) {
    for (DateFinder.DateMention d : dates) {
      int since = d.start() - 1;
      if (since < 3 || !c.token(since).lower().equals("since")) {
        continue;
      }
      Mention role = c.endingBefore(since, Mention.Kind.ROLE);
      if (role == null || role.end != since || role.plural) {
        continue;
      }
      int been = role.start - 1;
      if (been > 0 && INDEFINITE_OR_THE.contains(c.token(been).lower())) {
        been--;
      }
      if (been < 1 || !c.token(been).lower().equals("been")
          || !PERFECT.contains(c.token(been - 1).lower())) {
        continue;
      }
      List<String> persons = c.subject(been - 1, dates).stream()
          .filter(p -> p.startsWith("person/")).toList();
      if (!persons.isEmpty()) {
        out.add(new Fact.Event(EventType.APPOINTMENT, Optional.of(d.date()), persons,
            Optional.empty(), c.modality(been), prov(c, "held-since", 0.6)));
      }
    }
  }

  /**
   * "X was sworn in at Parliament on Tuesday", "sworn in at the Dail": a seat in the chamber
   * named right after "at" (not "at Parliament House", a building).
   */
  private void swornInChamber(Clause c, PhraseIndex.Match<Lexicon.Trigger> t,
      List<String> persons, Optional<LocalDate> date, List<Fact> out) {
    int at = t.end();
    if (at + 1 >= c.size() || !c.token(at).lower().equals("at")) {
      return;
    }
    int from = c.token(at + 1).lower().equals("the") ? at + 2 : at + 1;
    Mention body = from < c.size() ? c.startingAt(from, Mention.Kind.ORG) : null;
    if (body == null || !body.resolved() || !ofType(body.entities.get(0), OrgType.PARLIAMENT)
        || body.end < c.size() && c.token(body.end).isCapitalized()) {
      return;
    }
    for (String p : persons) {
      out.add(new Fact.Joining(p, body.entities.get(0), date, c.modality(t.start()),
          prov(c, "sworn-in-chamber", 0.6)));
    }
  }

  /** "asked X to run the ministry on an acting basis": an appointment of X, the one asked. */
  private void askedToRun(Clause c, PhraseIndex.Match<Lexicon.Trigger> t, Mention object,
      Optional<LocalDate> date, List<Fact> out) {
    List<String> persons = c.members(object).stream().filter(p -> p.startsWith("person/"))
        .toList();
    if (!persons.isEmpty()) {
      out.add(new Fact.Event(EventType.APPOINTMENT, date, persons, Optional.empty(),
          c.modality(t.start()), prov(c, "asked-to-run", 0.6)));
    }
  }

  /**
   * "handed the fisheries portfolio to Joanne Pilon", "his portfolios were reallocated on Tuesday
   * to the Minister of Conservation, Nicola Brandt": an appointment of the person after "to".
   */
  private void postHanded(Clause c, PhraseIndex.Match<Lexicon.Trigger> t,
      List<DateFinder.DateMention> dates, Optional<LocalDate> date, List<Fact> out) {
    boolean passive = t.start() > 0 && Tokens.isBe(c.token(t.start() - 1).lower());
    if (passive && membershipAfter(c, t.end())) {
      // "were handed ANC membership cards by the party's regional chairperson": they joined
      joining(c, t, t.end(), false, dates, date, List.of(), out);
      return;
    }
    if (passive) {
      // "Aaron Mbeki was handed the gavel on Tuesday": the subject is appointed
      boolean handedPost = false;
      for (int i = t.end(); i < c.size() && i < t.end() + 4; i++) {
        handedPost |= HANDED_POSTS.contains(c.token(i).lower());
      }
      List<String> subject = c.subject(t.start(), dates).stream()
          .filter(p -> p.startsWith("person/")).toList();
      if (handedPost && !subject.isEmpty()) {
        out.add(new Fact.Event(EventType.APPOINTMENT, date, subject, Optional.empty(),
            c.modality(t.start()), prov(c, "post-handed", 0.6)));
        return;
      }
    }
    boolean post = false;
    // "her job was filled on Wednesday by X": the one who fills it comes after "by"
    String to = c.token(t.start()).lower().equals("filled") ? "by" : "to";
    // (also past a dash's aside: "his portfolios - associate health and associate transport -
    // were reallocated to X")
    for (int i = Math.max(0, t.start() - 10); i < c.size() && i < t.end() + 8; i++) {
      String w = c.token(i).lower();
      post |= HANDED_POSTS.contains(w);
      if (post && w.equals(to) && i > t.start()) {
        for (int k = i + 1; k < c.size() && k < i + 8; k++) {
          Mention m = c.at(k);
          if (m != null && m.kind == Mention.Kind.PERSON && m.resolved()) {
            out.add(new Fact.Event(EventType.APPOINTMENT, date, c.members(m), Optional.empty(),
                c.modality(t.start()), prov(c, "post-handed", 0.6)));
            return;
          }
        }
        return;
      }
    }
  }

  /** Posts taken over with the verb: "took over the justice brief", "took over the ministry". */
  private static final Set<String> POSTS_TAKEN = ImmutableSet.of("brief", "portfolio", "job",
      "post", "role", "ministry", "department", "captaincy", "chairmanship", "presidency",
      "leadership", "reins", "helm", "duties", "responsibilities", "gavel");
  /** Words of a stand-in's basis: "takes over on an interim basis", "in an acting capacity". */
  private static final Set<String> STAND_IN = ImmutableSet.of("acting", "interim", "temporary",
      "caretaker");

  /**
   * Words after a stand-in's appointment that put its start later: "when she leaves", "on 1
   * July", "will then take over".
   */
  private static final Set<String> LATER_START = ImmutableSet.of("when", "once", "from", "after",
      "next", "if", "on", "then");

  /**
   * Whether {@code role} is a stand-in's post ({@link #STAND_IN}) and nothing after the verb
   * ending at {@code from} puts its start later.
   */
  private static boolean standInNow(Clause c, Mention role, int from) {
    return STAND_IN.stream().anyMatch(w -> role.text.toLowerCase(java.util.Locale.ROOT)
            .startsWith(w + " "))
        && c.sentence.tokens().subList(Math.max(from - 5, 0), c.size()).stream()
            .noneMatch(w -> LATER_START.contains(w.lower()));
  }

  /**
   * "Lucy Farrant took over Pennant's Treasury brief on Wednesday", "X took over from Y", "took
   * over on an interim basis", "has taken over agriculture", "took over at Aalborg BK": the
   * subject is appointed, to the body after "at" if one is named. Nothing for a body that takes
   * over ("Labour took over the council") or a thing taken over ("took over the debate").
   */
  private void tookOver(Clause c, PhraseIndex.Match<Lexicon.Trigger> t,
      List<DateFinder.DateMention> dates, Optional<LocalDate> date, List<Fact> out) {
    int k = t.end();
    if (k >= c.size()) {
      return;
    }
    String w = c.token(k).lower();
    Optional<String> at = Optional.empty();
    boolean post;
    if (w.equals("from")) {
      Mention from = objectPerson(c, k + 1);
      post = from != null && from.start <= k + 4; // "from her predecessor, X,"
    } else if (w.equals("on") || w.equals("in")) {
      int n = k + 1 < c.size() && INDEFINITE.contains(c.token(k + 1).lower()) ? k + 2 : k + 1;
      post = n + 1 < c.size() && STAND_IN.contains(c.token(n).lower())
          && (c.token(n + 1).lower().equals("basis") || c.token(n + 1).lower().equals("capacity"));
    } else if (w.equals("at")) {
      at = c.objectAfter(k + 1, false).organization().filter(m -> m.start <= k + 2)
          .filter(Mention::resolved).map(m -> m.entities.get(0));
      post = at.isPresent();
    } else {
      // the post ends its noun phrase: not "took over the department's response", "the
      // leadership campaign", "the planning of the summit"
      int from = w.equals("the") ? k + 1 : k;
      post = from < c.size() && c.at(from) == null
          && lex.portfolioWords.contains(Tokens.capitalize(c.token(from).lower()))
          && phraseEndsAfter(c, from);
      for (int i = k; !post && i < c.size() && i < k + 7; i++) {
        Token x = c.token(i);
        if (x.text().equals(",") || x.text().equals(";") || x.isVerb()
            || x.lower().equals("from") || x.lower().equals("as") || x.lower().equals("of")) {
          break;
        }
        post = POSTS_TAKEN.contains(x.lower()) && phraseEndsAfter(c, i);
      }
    }
    List<String> persons = c.subject(t.start(), dates).stream()
        .filter(p -> p.startsWith("person/")).toList();
    if (post && !persons.isEmpty()) {
      out.add(new Fact.Event(EventType.APPOINTMENT, date, persons, at, c.modality(t.start()),
          prov(c, "take-over", 0.65)));
    }
  }

  /** Words that may follow a post taken over, past its noun phrase. */
  private static final Set<String> AFTER_POST = ImmutableSet.of("from", "as", "at", "on", "in",
      "to", "after", "and", "when", "following", "with", "until", "for", "last", "this",
      "yesterday", "today", "the", "next", "later", "immediately", "temporarily");

  /** Whether the noun phrase ends after token {@code i}: the sentence's end, a stop or a word of
   * {@link #AFTER_POST}. */
  private static boolean phraseEndsAfter(Clause c, int i) {
    if (i + 1 >= c.size()) {
      return true;
    }
    Token next = c.token(i + 1);
    return !Character.isLetterOrDigit(next.text().charAt(0)) && !next.text().startsWith("'")
        || AFTER_POST.contains(next.lower()) || next.isCapitalized() && next.isProperNoun()
            && DateFinder.isTimeWord(next.text());
  }

  /**
   * An election named with its day: "Thursday's by-election", "yesterday's contest", "the Nov. 3
   * election", "the by-election on 8 November", "the general election of 28 April"; a poll or a
   * contest only in the first way ("Friday's poll"). Days after publication are not recorded.
   */
  private void electionNoun(Clause c, PhraseIndex.Match<Lexicon.Trigger> t,
      List<DateFinder.DateMention> dates, List<Fact> out) {
    String head = c.token(t.end() - 1).lower();
    boolean loose = head.equals("poll") || head.equals("contest");
    int k = t.start();
    while (k > 0 && k > t.start() - 4) {
      final int w = k - 1;
      if (dates.stream().anyMatch(d -> w >= d.start() && w < d.end())) {
        break; // "the 8 November by-election"
      }
      Mention m = c.at(w);
      String pos = c.token(w).pos();
      if (m != null && m.kind == Mention.Kind.ORG && m.start > t.start() - 5) {
        k = m.start; // "Saturday's Labour leadership ballot"
      } else if (m == null && (pos.startsWith("JJ") || pos.startsWith("NN"))
          && !c.token(w).text().equals("'s")) {
        k--; // "Thursday's mayoral by-election", "the May 2 local elections"
      } else {
        break;
      }
    }
    final int first = k;
    boolean possessive = first > 0 && c.token(first - 1).text().equals("'s");
    boolean purpose = false; // "named to its committee for the Lok Sabha elections"
    for (int i = Math.max(1, t.start() - 4); i < t.start(); i++) {
      purpose |= c.token(i - 1).lower().equals("for") && c.token(i).lower().equals("the");
    }
    // not "three weeks after the May 2 elections": a day counted from the election's
    Optional<DateFinder.DateMention> mention = dates.stream()
        .filter(d -> (d.end() == first || possessive && d.end() == first - 1)
            && d.start() >= first - 4)
        .filter(d -> !loose || possessive).findFirst();
    if (mention.isEmpty() && !loose && !purpose && t.end() + 1 < c.size()
        && (c.token(t.end()).lower().equals("on") || c.token(t.end()).lower().equals("of"))) {
      mention = dates.stream().filter(d -> d.start() == t.end() + 1).findFirst();
    }
    boolean won = first >= 2 && c.token(first - 1).lower().equals("the")
        && WON.contains(c.token(first - 2).lower());
    if (mention.isEmpty() && won && !loose) {
      // "On Saturday, National's Grace Whitlow won the Rangitīkei Coast by-election": the day
      // of the clause that won it
      mention = dates.stream().filter(d -> d.end() <= first - 2)
          .max(java.util.Comparator.comparingInt(DateFinder.DateMention::end))
          .or(() -> dates.stream().filter(d -> d.start() >= t.end() && d.start() <= t.end() + 3)
              .findFirst());
    }
    if (mention.isEmpty() && !loose && t.end() + 3 < c.size()
        && c.token(t.end()).text().equals(",") && c.token(t.end() + 1).lower().equals("held")
        && c.token(t.end() + 2).lower().equals("on")) {
      // "won the Umsning North by-election, held on November 11,"
      mention = dates.stream().filter(d -> d.start() == t.end() + 3).findFirst();
    }
    // "eight months before the Oct. 5 general election", "resigned to run in the March 9
    // by-election": a day with no year, looked forward to, may be the next one
    boolean yearless = mention.map(d -> java.util.stream.IntStream.range(d.start(), d.end())
        .noneMatch(i -> c.token(i).text().matches("\\d{4}"))).orElse(false);
    boolean awaited = false;
    for (int i = Math.max(0, t.start() - 10); i < t.start(); i++) {
      awaited |= AWAITING.contains(c.token(i).lower())
          || c.token(i).lower().equals("to") && c.token(i + 1).pos().equals("VB");
    }
    Optional<LocalDate> day = mention.map(DateFinder.DateMention::date);
    if (yearless && awaited) {
      return;
    }
    if (day.isEmpty() || published.isPresent() && day.get().isAfter(published.get())) {
      return;
    }
    List<String> candidates = new ArrayList<>();
    c.mentions.stream().filter(m -> m.kind == Mention.Kind.PERSON && m.resolved())
        .flatMap(m -> m.entities.stream()).filter(e -> !candidates.contains(e))
        .forEach(candidates::add);
    out.add(new Fact.Event(EventType.ELECTION, day, candidates, Optional.empty(),
        c.modality(t.start()), prov(c, "election-noun", 0.6)));
  }

  /**
   * Whether the clause calls something off: "has been postponed", "cancelled the meeting", "put
   * off that vote", "the vote had been called off".
   */
  private static boolean calledOff(Clause c) {
    for (int k = 0; k < c.size(); k++) {
      String w = c.token(k).lower();
      boolean off = k + 1 < c.size() && c.token(k + 1).lower().equals("off");
      boolean wished = k > 1 && c.token(k - 1).lower().equals("be")
          && c.token(k - 2).lower().equals("to"); // "calling for the border to be scrapped"
      if (!wished && (CALLED_OFF.contains(w) || off && (w.equals("called") || w.equals("put")))) {
        return true;
      }
    }
    return false;
  }

  /** Verbs of calling a meeting or a vote off. */
  private static final Set<String> CALLED_OFF = ImmutableSet.of("postponed", "cancelled",
      "canceled", "deferred", "scrapped", "shelved", "delayed");

  /**
   * The article of an occupation joined by "and" to the title after {@code and} ("a family
   * physician and MLA", "a former teacher and senator"), after a comma; else {@code and}.
   */
  private static int occupationBeforeAnd(Clause c, int and) {
    if (and < 3 || !c.token(and).lower().equals("and")) {
      return and;
    }
    int k = and - 1;
    while (k > 0 && k > and - 4 && c.at(k) == null
        && (c.token(k).pos().startsWith("NN") && !c.token(k).isCapitalized()
            || c.token(k).pos().startsWith("JJ") && k < and - 1)) {
      k--;
    }
    boolean article = k < and - 1 && k > 0 && INDEFINITE.contains(c.token(k).lower())
        && c.token(k - 1).text().equals(",") && c.token(and - 1).pos().startsWith("NN");
    return article ? k : and;
  }

  /** Whether a committee is named in the clause before {@code i}. */
  private static boolean committeeBefore(Clause c, int i) {
    for (int k = 0; k < i; k++) {
      if (c.token(k).lower().equals("committee") || c.token(k).lower().equals("subcommittee")
          || c.token(k).lower().equals("estimates")) {
        return true;
      }
    }
    return false;
  }

  private void meeting(Clause c, PhraseIndex.Match<Lexicon.Trigger> t, boolean verb,
      List<DateFinder.DateMention> dates, Optional<LocalDate> date, boolean ownDate,
      List<Fact> out) {
    if (c.token(t.start()).lower().equals("hearing") && t.start() > 0
        && c.token(t.start() - 1).lower().equals("from")) {
      return; // "barred him from hearing cases": no hearing held
    }
    if (!t.value().strong() || !ownDate && (verb || !happenedAt(c, t.start()) || date.isEmpty()
        || published.isPresent() && date.get().isAfter(published.get()))) {
      return; // a meeting is recorded when the sentence says when it was, or something past
      // happened at it ("was elected at the council's annual meeting"): the story's day
    }
    boolean indefinite = indefiniteBefore(c, t.start());
    boolean named = false;
    for (int i = t.end(); i < c.size() && i < t.end() + 5; i++) {
      named |= c.token(i).isCapitalized(); // "a meeting with Prime Minister Dick Schoof"
    }
    boolean dayOfItsOwn = DateFinder.dateAfter(c.sentence.tokens(), dates, t.end()).isPresent()
        || datedPlace(c, t.end(), dates);
    if (!verb && indefinite && !named && !dayOfItsOwn) {
      return; // "failed to declare a meeting with a shipbuilder": which meeting, and when?
    }
    List<String> participants = new ArrayList<>();
    for (Mention m : c.mentions) {
      if (m.resolved() && (m.kind == Mention.Kind.PERSON || m.kind == Mention.Kind.ORG)
          && !clauseBreakBetween(c, t.start(), m.start)) {
        m.entities.stream().filter(e -> !participants.contains(e)).forEach(participants::add);
      }
    }
    // "offered to resign at a board meeting on Sunday", "were told at a meeting on Monday": the
    // meeting a clause happens at took place, whatever is said there
    boolean at = false; // "at a meeting", "at a board meeting"
    boolean possessiveDay = false; // "at Tuesday's caucus meeting": a day of its own
    for (int k = t.start() - 2; !verb && k >= 0 && k >= t.start() - 4; k--) {
      boolean day = c.token(k).lower().equals("at") && DateFinder.isTimeWord(c.token(k + 1).text())
          && c.token(k + 2).text().equals("'s");
      possessiveDay |= day;
      at |= day || c.token(k).lower().equals("at") && INDEFINITE.contains(c.token(k + 1).lower())
          && k >= t.start() - 3;
    }
    Modality modality = c.modality(t.start());
    boolean modal = false; // "would discuss the findings at a meeting on Thursday": not yet
    for (int i = Math.max(0, t.start() - 12); i < t.start(); i++) {
      modal |= MODALS.contains(c.token(i).lower()) || AHEAD.contains(c.token(i).lower());
    }
    if (at && modality != Modality.ASSERTED && date.isPresent() && (dayOfItsOwn || possessiveDay)
        && !modal && (published.isEmpty() || date.get().isBefore(published.get()))) {
      modality = Modality.ASSERTED;
    }
    if (!verb && dayOfItsOwn && modalInClauseBefore(c, t.start())) {
      return; // "said it would hold an emergency meeting on Thursday": one to come
    }
    if (!verb && calledOff(c)) {
      return; // "the meeting that was due to take place at 15:00 has been postponed"
    }
    out.add(new Fact.Event(EventType.MEETING, date, participants, Optional.empty(),
        modality, prov(c, verb ? "meet-verb" : "meet-noun", 0.8)));
  }

  /**
   * Whether "would", "will" or another modal comes within twelve tokens before {@code i} with no
   * comma, semicolon or verb of saying between: "would decide its position at a meeting".
   */
  private static boolean modalInClauseBefore(Clause c, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 12; k--) {
      String w = c.token(k).lower();
      if (w.equals(",") || w.equals(";") || w.equals("said") || w.equals("says")) {
        return false;
      }
      if (MODALS.contains(w) && !w.equals("could") && !w.equals("should")) {
        return true;
      }
    }
    return false;
  }

  /** Determiners that open the meeting something happened at: "at their weekly meeting". */
  private static final Set<String> MEETING_OPENERS = ImmutableSet.of("a", "an", "the", "its",
      "their", "his", "her");
  /** Words that put a meeting on another day than the story's: "at the last council meeting". */
  private static final Set<String> EARLIER_OR_LATER = ImmutableSet.of("next", "last", "previous",
      "earlier", "first", "following", "later", "upcoming");
  /** Words before an act that is still to come: "is due to be discussed at a meeting". */
  private static final Set<String> AHEAD = ImmutableSet.of("due", "expected", "scheduled", "set",
      "going", "planned", "plans", "hopes", "wants", "intends");

  /**
   * Whether the meeting noun at {@code noun} is where a past act of the clause took place: "was
   * elected at the council's annual meeting", "voted to accept him at their weekly closed-door
   * meeting"; not "will be chosen at an extraordinary meeting", "at next week's meeting".
   */
  private boolean happenedAt(Clause c, int noun) {
    int at = noun - 1;
    while (at >= 0 && at >= noun - 6 && !c.token(at).lower().equals("at")) {
      at--;
    }
    if (at < 0 || at >= noun - 1 || !c.token(at).lower().equals("at")
        || !MEETING_OPENERS.contains(c.token(at + 1).lower())) {
      return false;
    }
    for (int k = at + 1; k < noun; k++) {
      String w = c.token(k).lower();
      if (c.token(k).isVerb() && !w.endsWith("ed") || EARLIER_OR_LATER.contains(w)
          || w.equals(",")) {
        return false; // "at a meeting, she said", "at next week's meeting", "at the last one"
      }
    }
    if (c.token(noun).lower().endsWith("s")) {
      return false; // "a seat at the group's Monday-night meetings": a habit
    }
    boolean past = false;
    for (int k = at - 1; k >= 0 && k >= at - 12; k--) {
      String w = c.token(k).lower();
      if (MODALS.contains(w) || AHEAD.contains(w)) {
        return false; // "will be chosen at", "is due to be discussed at"
      }
      past |= c.token(k).pos().equals("VBD") || c.token(k).pos().equals("VBN");
    }
    return past && c.modality(noun) == Modality.ASSERTED;
  }

  /**
   * "had the whip restored", "the Fianna Fáil whip was restored to X", "Labour restored the whip
   * to X on Monday": the one whose whip is restored rejoins the party's group, the party the
   * phrase names, else the one that restores it, else the person's own.
   */
  private void whipRestored(Clause c, PhraseIndex.Match<Lexicon.Trigger> t,
      List<DateFinder.DateMention> dates, Optional<LocalDate> date, List<Mention> before,
      List<Fact> out) {
    int whip = -1;
    for (int i = Math.max(0, t.start() - 4); i < c.size() && i < t.end() + 4; i++) {
      if (c.token(i).lower().equals("whip")) {
        whip = i;
        break;
      }
    }
    if (whip < 0) {
      return; // "restored order", "restored to health"
    }
    boolean endsInTo = c.token(t.end() - 1).lower().equals("to");
    int to = whip > t.start() ? whip + 1 : endsInTo ? t.end() - 1 : t.end();
    int had = -1; // "had the (Labour) whip restored"
    for (int i = Math.max(0, whip - 3); i < whip; i++) {
      had = c.token(i).lower().equals("had") ? i : had;
    }
    List<String> persons = new ArrayList<>();
    if (whip >= t.end() && endsInTo) {
      persons.addAll(c.subject(t.start(), dates)); // "was restored to the Conservative whip"
    } else if (to + 1 < c.size() && c.token(to).lower().equals("to")) {
      Mention m = objectPerson(c, to + 1); // "restored to Carlow-Kilkenny TD Seán Brophy"
      if (m != null && m.resolved()) {
        persons.addAll(c.members(m)); // "restored the whip to X", "was restored to him"
      }
    } else if (whip < t.start() && had >= 0) {
      persons.addAll(c.subject(had, dates));
    }
    persons.removeIf(p -> !p.startsWith("person/"));
    if (persons.isEmpty()) {
      return;
    }
    Optional<String> party = Optional.empty();
    Mention named = c.at(whip - 1);
    if (named != null && named.kind == Mention.Kind.ORG && named.resolved()
        && isPartisan(Optional.of(named.entities.get(0)))) {
      party = Optional.of(named.entities.get(0)); // "the Fianna Fáil whip"
    }
    if (party.isEmpty() && whip > t.start()) {
      Mention restorer = c.endingBefore(t.start(), Mention.Kind.ORG);
      if (restorer != null && restorer.resolved()
          && isPartisan(Optional.of(restorer.entities.get(0)))) {
        party = Optional.of(restorer.entities.get(0)); // "Labour restored the whip to X"
      }
    }
    if (party.isEmpty() && persons.size() == 1) {
      party = partyOf(persons.get(0));
    }
    if (party.isEmpty()) {
      party = salientBody(c, t.start(), before).filter(o -> isPartisan(Optional.of(o)));
    }
    if (party.isEmpty()) {
      return;
    }
    for (String p : persons) {
      out.add(new Fact.Joining(p, party.get(), date, c.modality(t.start()),
          prov(c, "whip-restored", 0.7)));
    }
  }

  /**
   * "The spill motion was carried 31 to 22 on Tuesday", "the no-confidence motion was defeated
   * on Monday night": a motion, bill or budget carried or defeated on a day is a vote, with the
   * bodies its clause names.
   */
  private void voteOutcome(Clause c, PhraseIndex.Match<Lexicon.Trigger> t,
      Optional<LocalDate> date, boolean ownDate, List<Fact> out) {
    if (date.isEmpty()) {
      return;
    }
    boolean perfect = false; // "has been carried": news of the story's day
    int i = t.start() - 1;
    while (i >= 0 && i >= t.start() - 4 && (Tokens.isBe(c.token(i).lower())
        || c.token(i).pos().equals("RB") || c.token(i).lower().equals("been")
        || c.token(i).lower().equals("has") || c.token(i).lower().equals("had"))) {
      perfect |= c.token(i).lower().equals("has");
      i--; // "was narrowly defeated", "has been carried"
    }
    if (i < 0 || !VOTED_ON.contains(c.token(i).lower()) || !ownDate && !perfect) {
      return; // "carried the day", "the Liberals defeated Labour"; "was defeated" with no day
    }
    out.add(new Fact.Event(EventType.VOTE, date, namedBodies(c), Optional.empty(),
        c.modality(t.start()), prov(c, "vote-outcome", 0.7)));
  }

  /** The organisations the clause names, each once, in order: those a vote is held in. */
  private static List<String> namedBodies(Clause c) {
    return c.mentions.stream().filter(m -> m.kind == Mention.Kind.ORG && m.resolved())
        .map(m -> m.entities.get(0)).distinct().toList();
  }

  /**
   * Whether a day follows the meeting ending at {@code from} past the places and parties of its
   * phrase, with no comma or verb between: "a meeting with the board at the club's training
   * ground on Monday morning".
   */
  private static boolean datedPlace(Clause c, int from, List<DateFinder.DateMention> dates) {
    for (int i = from; i < c.size() && i < from + 16; i++) {
      int k = i;
      if (dates.stream().anyMatch(d -> d.start() == k || d.start() == k + 1
          && c.token(k).lower().equals("on"))) {
        return true;
      }
      Token w = c.token(i);
      if (w.text().equals(",") || w.text().equals(";") || w.isVerb()) {
        return false;
      }
    }
    return false;
  }

  /** What is dismissed when no one is: "dismissed reports that", "dismissed the claims". */
  private static final Set<String> DISMISSED_WORDS = ImmutableSet.of("reports", "report",
      "claims", "claim", "speculation", "suggestions", "suggestion", "criticism", "rumours",
      "rumors", "allegations", "accusations", "concerns", "fears", "questions", "calls",
      "idea", "notion", "comparisons", "warnings", "charges", "talk", "chatter", "gossip");

  /**
   * Whether one of {@link #DISMISSED_WORDS} comes at {@code k}, past up to two modifiers or
   * determiners: "market talk", "newspaper reports", "a report".
   */
  private static boolean dismissedWords(Clause c, int k) {
    for (int j = k; j < c.size() && j <= k + 2; j++) {
      if (DISMISSED_WORDS.contains(c.token(j).lower())) {
        return true;
      }
      if (c.at(j) != null || !c.token(j).pos().matches("NNS?|JJ|DT|PRP\\$")) {
        return false; // past "a", "the", "his": "dismissed a report that"
      }
    }
    return false;
  }

  private void otherEvent(Clause c, PhraseIndex.Match<Lexicon.Trigger> t, Lexicon.Trigger trig,
      List<DateFinder.DateMention> dates, Optional<LocalDate> date, List<Mention> before,
      List<Fact> out) {
    EventType type = switch (trig.kind()) {
      case "appoint" -> EventType.APPOINTMENT;
      case "dismiss" -> EventType.DISMISSAL;
      case "suspend" -> EventType.SUSPENSION;
      case "elect" -> EventType.ELECTION;
      case "vote" -> EventType.VOTE;
      default -> null;
    };
    if (type == null || firedNoOne(c, t)) {
      return;
    }
    // the person acted on: an object after the verb ("sacked X", "appointed the finance
    // director, X,"), else the subject ("X was sacked")
    List<String> persons = new ArrayList<>();
    int roleFrom = t.end();
    Mention object = objectPerson(c, t.end());
    boolean passive = t.start() > 0 && Tokens.isBe(c.token(t.start() - 1).lower())
        || t.start() > 1 && Tokens.isBe(c.token(t.start() - 2).lower());
    String verbWord = c.token(t.start()).lower();
    int what = t.end() < c.size() && c.token(t.end()).lower().equals("the") ? t.end() + 1
        : t.end();
    if (type == EventType.SUSPENSION && !passive && what < c.size()
        && PROCEEDINGS.contains(c.token(what).lower())) {
      return; // "the Presiding Officer had suspended business": no one is suspended
    }
    if (t.end() - t.start() == 1 && c.token(t.start()).lower().equals("confirm")
        && !votedTo(c, t.start())) {
      return; // "voted 52-47 to confirm X as Y", not "failed to confirm", "racing to confirm"
    }
    if (t.end() - t.start() == 1 && CONFIRM_WORDS.contains(c.token(t.start()).lower()) && !passive
        && (object == null || object.start > t.end() + 1 || c.afterPartyTag(object.end) >= c.size()
            || !c.token(c.afterPartyTag(object.end)).lower().equals("as"))) {
      return; // only "the Senate confirmed X as Y", "voted to confirm X as Y", not "confirmed
      // that X would" nor "confirmed its leader, X, will"
    }
    if (type == EventType.ELECTION && verbWord.equals("elected")
        && electedUnderBanner(c, t.end())) {
      return; // "three senators elected on the platform of the PDP defected": the party they sat
      // for, no election that day
    }
    if (type == EventType.APPOINTMENT && verbWord.equals("named") && namedInPassing(c, t.end())) {
      return; // "was named in the Ledger's report", "named X as one of them": mentioned only
    }
    if (type == EventType.DISMISSAL && !passive && dismissedWords(c, what)) {
      return; // "dismissed reports that he was preparing to step down", "dismissed market talk
      // that he would go": no one dismissed
    }
    if (verbWord.equals("the") && (object == null || object.start > t.end() + 4
        || dates.isEmpty())) {
      return; // "the dismissal of X on Friday": only of a person named there, on a day the
      // sentence gives (not "in protest at the suspension of their colleague X")
    }
    // "voted to place County Administrator X on paid administrative leave": the person put there
    Mention placed = verbWord.equals("on") ? c.endingBefore(t.start(), Mention.Kind.PERSON) : null;
    // "it had appointed two non-executive directors. They are A and B": the count's names
    Mention counted = type == EventType.APPOINTMENT && !passive && object != null
        && object.kind == Mention.Kind.GROUP && !object.entities.isEmpty()
        && object.entities.stream().allMatch(e -> e.startsWith("person/")) ? object : null;
    if (placed != null && placed.end == t.start()) {
      persons.addAll(c.members(placed));
    } else if (type != EventType.VOTE && !passive && object != null && !verbWord.equals("on")) {
      persons.addAll(c.members(object));
      roleFrom = object.end;
    } else {
      persons.addAll(c.subject(t.start(), dates));
    }
    persons.removeIf(p -> !p.startsWith("person/"));
    if (verbWord.equals("sworn") && passive) {
      swornInChamber(c, t, persons, date, out);
    }
    int colon = colonAfter(c, t.end(), 7);
    if (persons.isEmpty() && type != EventType.VOTE && colon > 0) {
      // "Three of them had the whip suspended on Tuesday: A, B and C": the list after the colon
      persons.addAll(listAfterColon(c, colon));
    }
    int as = asAfter(c, roleFrom, 16);
    if (as < 0 && roleFrom < c.size() && c.token(roleFrom).text().equals(",")) {
      as = asAfterApposition(c, roleFrom); // "named X, a lawyer who has sat on ..., as Y"
    }
    Clause.Object obj = c.objectAfter(as > 0 ? as + 1 : roleFrom, false);
    boolean team = type == EventType.APPOINTMENT && !passive && object == null
        && namesTeam(c, t.end());
    if (type == EventType.VOTE) {
      // a vote is recorded with whoever voted: persons, or the body ("the Senate voted")
      if (persons.isEmpty()) {
        Mention body = c.endingBefore(t.start(), Mention.Kind.ORG);
        if (body == null && t.start() > 1) {
          body = c.at(t.start() - 1) != null ? c.at(t.start() - 1) : c.at(t.start() - 2);
        }
        if (body != null && body.kind == Mention.Kind.ORG && body.resolved()) {
          persons.add(body.entities.get(0));
        } else if (!trig.strong()) {
          return;
        }
      }
    } else if (persons.isEmpty() || !trig.strong() && obj.role().isEmpty()
        && !titled(c, t.end(), object) && !complemented(c, passive || object == null
            ? t.end() : object.end) && !dismissedPerson(c, t, passive)
        && !team) {
      return; // but "Cllr Whitlock named his cabinet this morning": appointments
    }
    Modality stated = c.modality(t.start());
    // "X will step up as interim finance chief when she leaves": a post yet to be taken
    Modality modality = stated == Modality.ASSERTED && type == EventType.APPOINTMENT
        && futureAuxiliaryBefore(c, t.start()) ? Modality.POSSIBLE : stated;
    // "have been nominated for the chair", "The group nominated X as chair of the committee;
    // its members vote on Monday": candidates, who hold no post yet (a party's nominee to the
    // Northern Ireland Executive is a minister: "The DUP has nominated X as Economy Minister")
    Modality held = modality == Modality.ASSERTED
        && c.token(t.start()).lower().startsWith("nominat") && (passive && t.end() < c.size()
            && c.token(t.end()).lower().equals("for") || pendingChoice(c, t.end()))
        ? Modality.POSSIBLE : modality;
    if (type == EventType.APPOINTMENT && !passive && object != null
        && servesRestOfTerm(c, c.afterPartyTag(object.end))) {
      // "the Board of Commissioners voted to appoint X, a retired teacher, to serve the rest of
      // Y's term": X joined the body that appointed
      Optional<String> body = bodyBefore(c, t.start(), true).filter(o -> !isPartisan(
          Optional.of(o)));
      for (String p : body.isPresent() ? persons : List.<String>of()) {
        out.add(new Fact.Joining(p, body.get(), date, modality,
            prov(c, "join-rest-of-term", 0.65)));
      }
    }
    // "named his cabinet": a team of the subject's, not the country's cabinet
    Optional<String> org = team ? Optional.empty() : obj.organization().map(m -> m.entities.get(0));
    // not "sworn in by the vice president", "promoted as the prime minister resets his team"
    // "Premier Joan Pike appointed a new minister": the one appointed is not named
    boolean unnamed = !passive && object == null && obj.role().isPresent()
        && (INDEFINITE.contains(c.token(roleFrom).lower())
            || obj.role().get().plural); // "named five new parliamentary secretaries"
    // "promoted from education secretary to chancellor": the post after "to"
    Optional<Mention> post = obj.role().or(() -> counted == null ? Optional.empty()
            : c.mentions.stream().filter(m -> m.kind == Mention.Kind.ROLE
                && m.start >= counted.start && m.end <= counted.end).findFirst())
        .map(r -> promotedTo(c, r).orElse(r));
    if (post.isPresent() && (type == EventType.APPOINTMENT || type == EventType.ELECTION)
        && !byAgent(c, post.get().start) && !subjectOfClause(c, post.get())
        && !unnamed) {
      Mention role = post.get();
      Optional<String> roleOrg = orgOfPhrase(c, role.end).map(m -> m.entities.get(0));
      if (roleOrg.isEmpty() && !passive && object != null
          && role.role.kind() != Lexicon.RoleKind.GOVERNMENT
          && role.role.kind() != Lexicon.RoleKind.LEGISLATURE) {
        // "The Acme Trust appointed Joe Bloggs as chief executive", "the charity appointed X
        // as a trustee": the body that appoints, not a party, chamber or government (which fill
        // posts in other bodies), nor a board that fills its company's posts
        roleOrg = bodyBefore(c, t.start(), false).or(() -> bodyBefore(c, t.start(), true)
                .filter(o -> describedAs(c, t.start(), APPOINTING_KINDS)))
            .filter(o -> ofType(o, OrgType.ORGANIZATION));
      }
      boolean chair = role.roleLabel.endsWith("chairman") || role.roleLabel.endsWith("chair");
      // (a chair's past an adjective: "as its new chair")
      int owner = chair && role.start > 1 && c.token(role.start - 1).pos().equals("JJ")
          ? role.start - 2 : role.start - 1;
      if (roleOrg.isEmpty() && !passive && object != null && owner >= 0
          && (c.token(owner).lower().equals("its") || chair
              && describedAs(c, t.start(), CHAIRED_KINDS))) {
        // "The Gauteng Provincial Legislature elected X as its Speaker", "The Senate on
        // Monday elected X as its president", "the committee chose X as acting chair": the
        // electing body's
        roleOrg = bodyBefore(c, t.start(), true);
      }
      if (roleOrg.isEmpty() && (passive || object == null) && role.start > 0
          && c.token(role.start - 1).lower().equals("its")) {
        // "was appointed to the Agriculture Committee and named its chairman": the body the
        // clause named last, not a member's party tag ("Sen. X, R-Randolph,")
        roleOrg = lastBodyBefore(c, t.start()).filter(o ->
            role.role.kind() == Lexicon.RoleKind.PARTY || !isPartisan(Optional.of(o)));
      }
      boolean owned = role.start > 0 && (c.token(role.start - 1).lower().equals("its")
          || c.token(role.start - 1).lower().equals("their"));
      if (roleOrg.isEmpty() && role.role.kind() == Lexicon.RoleKind.PARTY
          && persons.size() == 1 && !owned) {
        // "X, the senior independent director, was appointed interim chair": the body of the
        // post the sentence gives X, not the party the story last named
        roleOrg = postInSentence(c, persons.get(0), out);
      }
      if (roleOrg.isEmpty() && role.role.kind() == Lexicon.RoleKind.PARTY
          && !(role.end < c.size() && c.token(role.end).lower().equals("of"))) {
        // not "as chair of a new clinical review group": a body polkg does not know
        roleOrg = salientBody(c, t.start(), before);
        if (isPartisan(roleOrg) && STAND_IN.stream()
            .anyMatch(w -> role.text.toLowerCase(java.util.Locale.ROOT).contains(w))) {
          // "X, chair of Teithio Gogledd, stepped down. Her deputy, Y, has taken over as
          // interim chair": the body of the sentence before, not the party the story is about
          roleOrg = previousSubject().filter(m -> m.sentence == c.sentence.index() - 1
                  && !isPartisan(Optional.of(m.entities.get(0)))).map(m -> m.entities.get(0))
              .or(() -> salientBody(c, t.start(), before));
        }
      }
      org = roleOrg.or(() -> obj.organization().map(m -> m.entities.get(0)));
      if (persons.size() < 2 || !respectively(c, role, persons, roleOrg, "role-" + trig.kind(),
          out)) {
        // "X will take charge as interim coach for Saturday's trip": a stand-in's post, held
        // from now (not "will step up as interim finance chief when she leaves")
        Modality posted = held == Modality.POSSIBLE && stated == Modality.ASSERTED
            && standInNow(c, role, t.end()) ? Modality.ASSERTED : held;
        for (String p : persons) {
          out.add(new Fact.RoleHolding(p, role.roleLabel, roleOrg, posted,
              prov(c, "role-" + trig.kind(), 0.8)));
        }
      }
      // "appointed X as an external member of the Monetary Policy Committee": X joined it
      // "The board named X as an independent director": a seat on the company's board
      // ("The board named X as an independent director": the board of the story's company)
      Optional<String> seatOrg = roleOrg.isEmpty() && !passive && boardBefore(c, t.start())
          ? resolver.salientOrganisation(seenBefore(c, t.start(), before)) : roleOrg;
      // (not "said it would appoint X to the board as a non-executive director on 1 November")
      boolean boardSeat = BOARD_SEATS.contains(role.roleLabel)
          && seatOrg.filter(o -> ofType(o, OrgType.ORGANIZATION)).isPresent()
          && !(t.start() > 0 && c.token(t.start() - 1).lower().equals("would"));
      boolean member = (role.roleLabel.equals("member") && roleOrg.isPresent() || boardSeat)
          && type == EventType.APPOINTMENT
          && (verbWord.startsWith("appoint") || verbWord.equals("named")) // not "nominated"
          && seatOrg.filter(o -> !isPartisan(Optional.of(o))).isPresent();
      for (String p : member ? persons : List.<String>of()) {
        out.add(new Fact.Joining(p, seatOrg.get(), date, held,
            prov(c, "join-appointed-member", 0.7)));
      }
      if (as > 0) {
        gappedAppointments(c, role, held, trig.kind(), persons, out);
      }
      if (c.token(t.start()).lower().equals("sworn") && SEATS.contains(role.role.label())) {
        // "was sworn in as a senator for South Australia": a seat in the chamber, joined
        Optional<String> seat = roleOrg.filter(o -> ofType(o, OrgType.PARLIAMENT))
            .or(() -> seatOf(c, role, before));
        for (String p : seat.isPresent() ? persons : List.<String>of()) {
          out.add(new Fact.Joining(p, seat.get(), date, modality, prov(c, "sworn-in-seat", 0.65)));
        }
      }
    }
    int leads = type == EventType.APPOINTMENT && post.isEmpty() && !unnamed
        ? toLead(c, passive || object == null ? t.end() : object.end) : -1;
    if (leads >= 0) {
      // "Kettleman named Sen. Harlan Voss to chair the committee": the post the verb names, in
      // the body after it
      Optional<String> led = c.objectAfter(leads + 1, false).organization()
          .filter(m -> m.start <= leads + 3).filter(Mention::resolved)
          .map(m -> m.entities.get(0));
      // "to lead the department on an acting basis": whose title the story gives elsewhere;
      // "to chair the committee" names it; "has been nominated to chair the NHS Confederation,
      // subject to a vote": not yet
      String ledPost = c.token(t.start()).lower().startsWith("nominat") ? null
          : LEADING_POSTS.get(c.token(leads).lower());
      for (String p : ledPost != null ? persons : List.<String>of()) {
        out.add(new Fact.RoleHolding(p, ledPost, led, modality,
            prov(c, "role-appointed-to-lead", 0.75)));
      }
      org = org.or(() -> led);
    }
    // "promoted Deirdre Nolan to the Cabinet", "was promoted to Cabinet": the cabinet joined;
    // "named former state Sen. Walter Osei to the Public Service Commission": the body
    int to = passive || object == null ? t.end() : pastApposition(c, c.afterPartyTag(object.end));
    boolean promoted = verbWord.startsWith("promot");
    boolean named = t.end() - t.start() == 1 && (verbWord.equals("named")
        || verbWord.startsWith("appoint") && !verbWord.startsWith("appointment")
        || verbWord.startsWith("co-opt"));
    if (to + 2 < c.size() && c.token(to).lower().equals("on")
        && c.token(to + 1).lower().equals("to")) {
      to++; // "co-opted X on to the board"
    }
    Optional<String> body = to + 1 < c.size() && (c.token(to).lower().equals("to")
        || c.token(to).lower().equals("onto")
        || promoted && c.token(to).lower().equals("into")) // "promoted into cabinet as X"
        ? c.objectAfter(to + 1, false).organization().filter(Mention::resolved)
            .map(m -> m.entities.get(0)) : Optional.empty();
    boolean toItsBoard = to + 2 < c.size() && c.token(to).lower().equals("to")
        && c.token(to + 1).lower().equals("its") && c.token(to + 2).lower().equals("board");
    // "The council co-opted X on Tuesday night": one co-opted joins the body that co-opts
    boolean coopted = verbWord.startsWith("co-opt") && !passive && object != null;
    if (body.isEmpty() && named && (toItsBoard || coopted)) {
      // "Norhaven Energy has appointed X to its board of directors": the appointing body's,
      // named right before the verb
      int verb = t.start() > 0 && HAVE.contains(c.token(t.start() - 1).lower())
          ? t.start() - 1 : t.start();
      body = c.mentions.stream().filter(m -> m.kind == Mention.Kind.ORG && m.end == verb
          && m.resolved()).findFirst().map(m -> m.entities.get(0))
          .filter(o -> ofType(o, OrgType.ORGANIZATION) || coopted && ofType(o, OrgType.PARLIAMENT));
    }
    boolean joined = promoted && enteredCabinet(c, to + 1)
        && body.filter(b -> ofType(b, OrgType.CABINET)).isPresent() // not "to the Home Office"
        || named && body.isPresent() && (coopted || !c.token(to + 1).isVerb() // not "named X
            // to run it" (but "co-opted X to fill the seat")
            && !LEADING_POSTS.containsKey(c.token(to + 1).lower())) // nor "to chair the panel"
            && body.filter(b -> ofType(b, OrgType.CABINET, OrgType.ORGANIZATION,
                OrgType.PARLIAMENT) && !b.contains("court")).isPresent(); // a judge's seat
    if (type == EventType.APPOINTMENT && joined) {
      for (String p : persons) {
        out.add(new Fact.Joining(p, body.get(), date, modality,
            prov(c, promoted ? "promoted-to-cabinet" : "named-to-body", 0.7)));
      }
    }
    if (futureAuxiliaryBefore(c, t.start()) && c.token(t.end() - 2).lower().equals("charge")) {
      return; // "will take charge as interim coach for Saturday's trip": no appointment told
    }
    out.add(new Fact.Event(type, date, persons, org, stated, // announced, if not yet taken up
        prov(c, trig.kind() + "-verb", 0.75)));
  }

  /**
   * The "to" or "onto" after an apposition that opens with the comma at {@code i} ("voted to
   * appoint X, the SNP MSP for Kilbarchan, to the committee"), or {@code i} when there is none.
   */
  private static int pastApposition(Clause c, int i) {
    if (i >= c.size() || !c.token(i).text().equals(",")) {
      return i;
    }
    for (int k = i + 1; k + 1 < c.size() && k < i + 14; k++) {
      if (c.token(k).text().equals(",")) {
        String w = c.token(k + 1).lower();
        return w.equals("to") || w.equals("onto") ? k + 1 : i;
      }
      if (c.token(k).isVerb()) {
        return i;
      }
    }
    return i;
  }

  /**
   * "She took her seat on Monday", "took her seat as the new TD for Wicklow": a seat in the
   * chamber the title sits in, else the chamber the story named last.
   */
  private void tookSeat(Clause c, PhraseIndex.Match<Lexicon.Trigger> t,
      List<DateFinder.DateMention> dates, Optional<LocalDate> date, List<Mention> before,
      List<Fact> out) {
    int next = t.end();
    if (t.start() > 0 && c.token(t.start() - 1).lower().equals("to")) {
      return; // "put forward X to take his seat": another's seat, yet to be taken
    }
    if (next + 1 < c.size() && SEAT_PLACES.contains(c.token(next).lower())
        && dates.stream().noneMatch(d -> d.start() == next + 1)) {
      return; // "took her seat on the board": a seat somewhere named, not in a chamber
    }
    Mention title = t.end() + 1 < c.size() && c.token(t.end()).lower().equals("as")
        ? c.mentions.stream().filter(m -> m.kind == Mention.Kind.ROLE && m.start > t.end()
            && m.start <= t.end() + 3).findFirst().orElse(null) : null;
    Optional<String> seat = title != null ? chamber(c, title.role, title.start, before)
        : resolver.lastOrg(seenBefore(c, t.start(), before), OrgType.PARLIAMENT);
    if (seat.isEmpty()) {
      return;
    }
    Modality modality = c.modality(t.start());
    for (String p : c.subject(t.start(), dates)) {
      if (p.startsWith("person/")) {
        out.add(new Fact.Joining(p, seat.get(), date, modality, prov(c, "took-seat", 0.6)));
      }
    }
  }

  /**
   * "Rugby Canada parted ways with head coach X on Sunday": the person named after "with" left
   * the organisation that is the verb's subject. Whether such a person and body were found.
   */
  private boolean partedWithPerson(Clause c, PhraseIndex.Match<Lexicon.Trigger> t,
      Optional<LocalDate> date, List<Fact> out) {
    Mention person = titledPersonAfter(c, t.end());
    int b = t.start() - 1;
    if (b > 0 && HAVE.contains(c.token(b).lower())) {
      b--; // "Calderbridge Town have parted ways with"
    }
    Mention body = b >= 0 ? c.at(b) : null;
    if (person == null || body == null || body.kind != Mention.Kind.ORG || !body.resolved()) {
      return false;
    }
    Modality modality = c.modality(t.start());
    for (String p : person.entities) {
      out.add(new Fact.Resignation(p, Optional.of(body.entities.get(0)), date, modality,
          prov(c, "parted-ways", 0.7)));
    }
    return true;
  }

  /**
   * The person named within five words from {@code from}, past a title and its owner ("head
   * coach X", "the club's men's head coach X"), or null.
   */
  private static Mention titledPersonAfter(Clause c, int from) {
    for (int i = from; i < c.size() && i < from + 5; i++) {
      Mention m = c.at(i);
      if (m != null && m.kind == Mention.Kind.PERSON && m.resolved()) {
        return m;
      } else if (m != null && m.kind != Mention.Kind.ROLE || m == null
          && !c.token(i).pos().equals("DT") && !c.token(i).pos().startsWith("JJ")
          && !c.token(i).pos().startsWith("NN") && !c.token(i).pos().equals("PRP$")
          && !c.token(i).pos().equals("POS")) { // "men's head coach X"
        return null;
      }
    }
    return null;
  }

  /**
   * Whether "named" ending at {@code from} tells of a mention, not a post: "was named in the
   * Ledger's report as the aide who", "named X, the MP for Y, as one of them".
   */
  private static boolean namedInPassing(Clause c, int from) {
    if (from < c.size() && c.token(from).lower().equals("in")) {
      return true;
    }
    for (int i = from; i + 2 < c.size() && i < from + 14; i++) {
      if (c.token(i).lower().equals("as") && c.token(i + 1).lower().equals("one")
          && c.token(i + 2).lower().equals("of")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "The vote followed the resignation on Tuesday of Cllr X as cabinet member": the person after
   * "of" resigned, on the one day the sentence gives (with none or several, no fact), from the
   * body after "from", else of a post the story gave them, else the organisation the story is
   * about.
   */
  private void nominalResignation(Clause c, PhraseIndex.Match<Lexicon.Trigger> t,
      List<DateFinder.DateMention> dates, Optional<LocalDate> date, List<Mention> before,
      List<Fact> out) {
    int k = t.end();
    if (k + 1 < c.size() && c.token(k).lower().equals("on")) {
      int day = k + 1; // "the resignation on Tuesday of X"
      k = dates.stream().filter(d -> d.start() == day).mapToInt(d -> d.end()).findFirst()
          .orElse(c.size());
    }
    Mention person = k + 1 < c.size() && c.token(k).lower().equals("of")
        ? titledPersonAfter(c, k + 1) : null;
    if (person == null || dates.size() != 1 || date.isEmpty()) {
      return; // one day only: not "yesterday ... the resignation of X, who quit on Thursday"
    }
    int end = person.end;
    if (lex.triggers.findAll(c.sentence.tokens()).stream()
        .anyMatch(m -> m.start() >= end && m.value().kind().equals("resign"))) {
      return; // "the resignation of X, who quit Fianna Fáil": told by the verb after it
    }
    // "the resignation of X from the Tory front bench": the body after "from"; "of X as
    // chairman of the Joint Committee on Housing": the body of the post
    boolean as = end + 1 < c.size() && c.token(end).lower().equals("as");
    Optional<String> from = end + 1 < c.size() && (c.token(end).lower().equals("from") || as)
        ? c.objectAfter(as ? end : end + 1, false).organization().filter(Mention::resolved)
            .map(m -> m.entities.get(0))
        : Optional.empty();
    Optional<String> story = resolver.salientOrganisation(seenBefore(c, t.start(), before));
    Modality modality = c.modality(t.start());
    for (String p : c.members(person)) {
      out.add(new Fact.Resignation(p, from.or(() -> postBody(p, true, out, c.sentence.text()))
          .or(() -> story), date, modality, prov(c, "resign-nominal", 0.6)));
    }
  }

  /**
   * "The Bengals on Monday accepted the resignation of defensive coordinator Dale Varga": the
   * person after "of" (and those listed with them) resigned from the body of a post the story
   * gave them, else the accepting organisation, else the organisation the story is about; on a
   * day not told, for a resignation is often accepted days after it is offered.
   */
  private void acceptedResignation(Clause c, PhraseIndex.Match<Lexicon.Trigger> t,
      List<Mention> before, List<Fact> out) {
    Mention person = titledPersonAfter(c, t.end());
    if (person == null) {
      return;
    }
    Optional<String> acceptor = bodyBefore(c, t.start(), false);
    Optional<String> story = resolver.salientOrganisation(seenBefore(c, t.start(), before));
    Modality modality = c.modality(t.start());
    for (String p : c.members(person)) {
      Optional<String> org = postBody(p, true, out, c.sentence.text()).or(() -> acceptor)
          .or(() -> story);
      out.add(new Fact.Resignation(p, org, Optional.empty(), modality,
          prov(c, "resign-accepted", 0.65)));
    }
  }

  /** Kinds of body that choose their own chair: "the committee chose X as acting chair". */
  private static final Set<String> CHAIRED_KINDS = ImmutableSet.of("committee", "board",
      "council", "commission", "panel", "subcommittee");
  /** Kinds of body that fill posts of their own: "the charity appointed X as a trustee". */
  private static final Set<String> APPOINTING_KINDS = ImmutableSet.of("charity", "company",
      "club", "firm", "trust", "foundation", "university");

  /**
   * Whether the last body named before {@code verb} is a description by one of {@code kinds}:
   * "the charity", "the committee".
   */
  private static boolean describedAs(Clause c, int verb, Set<String> kinds) {
    return c.mentions.stream().filter(m -> m.kind == Mention.Kind.ORG && m.end <= verb)
        .reduce((a, b) -> b).filter(m -> m.anaphorType.isPresent())
        .map(m -> kinds.contains(m.text.substring(m.text.lastIndexOf(' ') + 1)
            .toLowerCase(java.util.Locale.ROOT))).orElse(false);
  }

  /**
   * The organisation named last before the verb at {@code verb}, when no person comes before it
   * and no clause ends between: "The Reserve Bank of New Zealand's board on Monday appointed
   * ..."; with {@code descriptions}, one a description stands for too ("The Senate on Monday
   * elected"), else not ("The board met and named ...").
   */
  private static Optional<String> bodyBefore(Clause c, int verb, boolean descriptions) {
    Mention body = null;
    for (Mention m : c.mentions) {
      if (m.start >= verb) {
        break;
      }
      if (m.kind == Mention.Kind.PERSON || m.kind == Mention.Kind.PRONOUN
          || m.kind == Mention.Kind.GROUP) {
        return Optional.empty(); // "Premier Joan Pike appointed ...": a person appoints
      }
      if (m.kind == Mention.Kind.ORG) {
        boolean fits = m.resolved() && (descriptions || m.anaphorType.isEmpty());
        body = fits ? m : descriptions ? body : null;
      }
    }
    return body == null || clauseBreakBetween(c, body.end, verb) ? Optional.empty()
        : Optional.of(body.entities.get(0));
  }

  /**
   * Whether the noun "vote" at {@code i} only dates something else or measures a share: "two
   * days after the vote", "before the vote", "46 per cent of the vote".
   */
  private static boolean voteAsTimeOrShare(Clause c, int i) {
    return i >= 2 && c.token(i - 1).lower().equals("the")
        && VOTE_FRAMES.contains(c.token(i - 2).lower());
  }

  /**
   * Whether "to" and a body start at {@code i}, or after a day there: "was named to the
   * Oversight Committee", "was named Wednesday to the committee".
   */
  private boolean toBody(Clause c, int i) {
    if (i + 1 < c.size() && DateFinder.isTimeWord(c.token(i).text())) {
      i++;
    }
    if (i + 1 >= c.size() || !c.token(i).lower().equals("to")) {
      return false;
    }
    int k = c.token(i + 1).lower().equals("the") ? i + 2 : i + 1;
    Mention m = k < c.size() ? c.at(k) : null;
    return m != null && m.kind == Mention.Kind.ORG && m.start == k && m.resolved()
        && !isParty(Optional.of(m.entities.get(0)));
  }

  /**
   * "nominated A as Finance Minister and B as Economy Minister": the pairs after the first, each
   * a person and "as" and a title, joined by commas and "and".
   */
  private void gappedAppointments(Clause c, Mention role, Modality modality, String kind,
      List<String> persons, List<Fact> out) {
    int k = role.end;
    while (k + 1 < c.size() && (c.token(k).text().equals(",") || c.token(k).lower().equals("and"))) {
      int from = c.token(k + 1).lower().equals("and") ? k + 2 : k + 1;
      Mention p = from < c.size() ? c.startingAt(from, Mention.Kind.PERSON) : null;
      if (p == null || !p.resolved() || p.end + 1 >= c.size()
          || !c.token(p.end).lower().equals("as")) {
        return;
      }
      int r = c.token(p.end + 1).lower().equals("the") ? p.end + 2 : p.end + 1;
      Mention next = c.startingAt(r, Mention.Kind.ROLE);
      if (next == null) {
        return;
      }
      for (String holder : c.members(p)) {
        if (!persons.contains(holder)) {
          out.add(new Fact.RoleHolding(holder, next.roleLabel, orgOfPhrase(c, next.end)
              .map(m -> m.entities.get(0)), modality, prov(c, "role-" + kind, 0.75)));
        }
      }
      k = next.end;
    }
  }

  /** Whether a finite verb follows the role: the role is the subject of a clause of its own. */
  private static boolean subjectOfClause(Clause c, Mention role) {
    return role.end < c.size() && c.token(role.end).pos().matches("VBZ|VBD|VBP|MD");
  }

  /**
   * The council that owns the party named right before a title ("Kilbraden Council's SNP
   * leader" leads the council), else {@code party}.
   */
  private Mention councilOwningGroup(Clause c, Mention party, Mention role) {
    if (party.end != role.start || party.start < 2 || !party.resolved()
        || !c.token(party.start - 1).text().equals("'s")
        || !isParty(Optional.of(party.entities.get(0)))) {
      return party;
    }
    Mention owner = c.endingBefore(party.start - 1, Mention.Kind.ORG);
    return owner != null && owner.end == party.start - 1 && owner.resolved()
        && owner.text.endsWith(" Council") ? owner : party;
  }

  /** The last party the earlier sentences say {@code person} left, if any. */
  private Optional<String> partyLeftBefore(String person) {
    return earlier.stream().filter(f -> f instanceof Fact.Resignation r
            && r.person().equals(person) && r.modality() == Modality.ASSERTED
            && isParty(r.organization()))
        .map(f -> ((Fact.Resignation) f).organization().get())
        .reduce((a, b) -> b);
  }

  /** Posts held on a council, whose holders leave the council's service. */
  private static final List<String> COUNCIL_POSTS = List.of("convener", "cabinet member",
      "portfolio holder", "councillor");

  /**
   * The one council ({@code seen} names one body whose name ends in "Council", of no party) when
   * every one of {@code subject} holds a council's post in the story; else empty.
   */
  private Optional<String> councilOfPosts(List<String> subject, List<Fact> out,
      List<Mention> seen) {
    // "council chief executive X confirmed he had resigned": a council's officer, when the story
    // names no company, club or charity the post could be in
    boolean noFirm = resolver.salientOrganisation(seen).isEmpty();
    return oneBodyOfPosts(subject, out, seen,
        h -> COUNCIL_POSTS.stream().anyMatch(h.role()::startsWith)
            || noFirm && h.organization().isEmpty()
                && COUNCIL_OFFICERS.stream().anyMatch(h.role()::startsWith),
        x -> x.name().endsWith(" Council") && !x.type().partisan()
            && x.type() != OrgType.PARLIAMENT); // not "the Legislative Council"
  }

  /** Posts of a council's officers: "chief executive", "director of services", "clerk". */
  private static final List<String> COUNCIL_OFFICERS = List.of("chief executive", "director of",
      "clerk", "monitoring officer", "town clerk", "city manager", "county manager");

  /**
   * The one body {@code seen} names that {@code body} fits, when every one of {@code subject}
   * holds a post in the story that {@code post} fits; else empty.
   */
  private Optional<String> oneBodyOfPosts(List<String> subject, List<Fact> out,
      List<Mention> seen, java.util.function.Predicate<Fact.RoleHolding> post,
      java.util.function.Predicate<Organization> body) {
    if (subject.isEmpty()
        || !subject.stream().allMatch(p -> heldPost(out, p, post).isPresent())) {
      return Optional.empty();
    }
    return oneBodySeen(seen, body);
  }

  /** The one body {@code seen} names that {@code body} fits, when it names one; else empty. */
  private Optional<String> oneBodySeen(List<Mention> seen,
      java.util.function.Predicate<Organization> body) {
    List<String> bodies = seen.stream().filter(m -> m.kind == Mention.Kind.ORG && m.resolved())
        .map(m -> m.entities.get(0)).distinct()
        .filter(o -> resolver.organization(o).map(body::test).orElse(false))
        .toList();
    return bodies.size() == 1 ? Optional.of(bodies.get(0)) : Optional.empty();
  }

  /** Last words of the titles of a newsroom's journalists: "political editor". */
  private static final Set<String> NEWSROOM_TITLES = ImmutableSet.of("editor", "correspondent",
      "reporter", "columnist", "journalist");

  /**
   * The one newspaper {@code seen} names (a name ending in a newspaper's word: "Courier",
   * "Gazette") when every one of {@code subject} holds a newsroom's title in the story; else
   * empty.
   */
  private Optional<String> newsroomBody(List<String> subject, List<Fact> out,
      List<Mention> seen) {
    return oneBodyOfPosts(subject, out, seen,
        h -> NEWSROOM_TITLES.contains(h.role().substring(h.role().lastIndexOf(' ') + 1)),
        x -> MentionFinder.NEWSPAPER_HEADS.contains(x.name().substring(x.name().lastIndexOf(' ')
            + 1)));
  }

  /** Units of a length of service: "after 14 years with", "after two seasons at". */
  private static final Set<String> SERVICE_UNITS = ImmutableSet.of("years", "decades", "months",
      "seasons", "terms");

  /**
   * The body after "after N years with" (or "at") within the twelve tokens after {@code from}:
   * "stepped down Monday after 14 years with the Kettle Ridge Fire Department"; else empty.
   */
  private static Optional<String> servedBody(Clause c, int from) {
    for (int i = from; i + 3 < c.size() && i < from + 12; i++) {
      String w = c.token(i).lower();
      if (w.equals(",") || w.equals(";") || c.token(i).pos().matches("VB[DZP]")) {
        return Optional.empty();
      }
      if (!w.equals("after")) {
        continue;
      }
      for (int k = i + 2; k + 1 < c.size() && k <= i + 4; k++) {
        String p = c.token(k + 1).lower();
        if (SERVICE_UNITS.contains(c.token(k).lower()) && (p.equals("with") || p.equals("at"))) {
          Mention body = k + 2 < c.size() ? c.at(k + 2) : null;
          if (body == null && k + 3 < c.size() && c.token(k + 2).lower().equals("the")) {
            body = c.at(k + 3);
          }
          return body != null && body.kind == Mention.Kind.ORG && body.resolved()
              ? Optional.of(body.entities.get(0)) : Optional.empty();
        }
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** Whether "by" or "by the" stands just before token {@code i}: the agent of a passive. */
  private static boolean byAgent(Clause c, int i) {
    int j = i > 0 && c.token(i - 1).lower().equals("the") ? i - 2 : i - 1;
    return j >= 0 && AGENT_PREPOSITIONS.contains(c.token(j).lower());
  }

  /** The post after "to" that follows the post {@code from} left: "from X to chancellor". */
  private static Optional<Mention> promotedTo(Clause c, Mention from) {
    boolean left = from.start > 0 && c.token(from.start - 1).lower().equals("from");
    if (!left || from.end + 1 >= c.size() || !c.token(from.end).lower().equals("to")) {
      return Optional.empty();
    }
    Mention to = c.at(from.end + 1);
    return to != null && to.kind == Mention.Kind.ROLE && to.start == from.end + 1
        ? Optional.of(to) : Optional.empty();
  }

  /** What a chair suspends that is no person: "suspended the sitting", "suspended business". */
  private static final Set<String> PROCEEDINGS = ImmutableSet.of("business", "sitting",
      "proceedings", "debate", "session", "hearing", "meeting", "talks", "campaign", "trading",
      "play", "negotiations", "vote", "count");

  /**
   * Prepositions before the one who swears someone in or the post someone leaves: "sworn in by
   * the vice president", "took the oath before the Presiding Officer", "from Speaker X",
   * "promoted from junior minister".
   */
  private static final Set<String> AGENT_PREPOSITIONS = ImmutableSet.of("by", "before", "from");

  /** Whether "a" or "an" stands just before token {@code i}. */
  private static boolean indefiniteBefore(Clause c, int i) {
    return i > 0 && (c.token(i - 1).lower().equals("a") || c.token(i - 1).lower().equals("an"));
  }


  private static boolean clauseBreakBetween(Clause c, int trigger, int mention) {
    for (int i = trigger + 1; i < mention; i++) {
      String w = c.token(i).lower();
      if (w.equals("after") || w.equals("because") || w.equals("while") || w.equals("before")
          || w.equals("when") || w.equals("since") || w.equals(";")) {
        return true;
      }
    }
    return false;
  }

  /** The provenance of a fact found in {@code c} by {@code rule}. */
  static Provenance prov(Clause c, String rule, double confidence) {
    return new Provenance(c.sentence.text(), c.sentence.start(), c.sentence.end(), rule,
        Math.max(0, Math.min(1, confidence)));
  }
}
