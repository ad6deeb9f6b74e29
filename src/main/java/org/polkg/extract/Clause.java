package org.polkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.google.common.collect.ImmutableSet;
import org.polkg.nlp.Sentence;
import org.polkg.nlp.Token;

/**
 * One sentence with its resolved mentions, and the syntactic look-ups the fact rules share:
 * who is the subject of a verb, which organisation is its object, which modality cues govern it.
 */
final class Clause {
  private static final Set<String> STOPS_RIGHT = ImmutableSet.of(",", ";", ":", ".", "\"", "(",
      "after", "because", "when", "while", "amid", "over", "following", "since", "until",
      "saying", "but", "in", "to", "which", "who", "that", "with", "and", "claiming", "so",
      "under", "despite", "before", "for");
  /** Words between a party's "'s" and its group: "his party's parliamentary group". */
  private static final Set<String> CHAMBER_ADJECTIVES = Set.of("parliamentary", "legislative");
  /** Heads of a body named after "of": "the club of the far-right Confederation". */
  private static final Set<String> GROUPS_OF = Set.of("club", "group", "caucus", "board");
  /** Heads of a party's group in parliament: "her party's caucus". */
  private static final Set<String> PARTY_GROUPS = Set.of("group", "caucus", "club", "faction",
      "delegation");
  /** Words for a party's group in a chamber: "the SNP's Holyrood group". */
  private static final Set<String> CHAMBER_GROUPS =
      ImmutableSet.of("group", "caucus", "benches", "delegation", "parliamentary", "faction");
  /** Nouns for the place one leaves: "resigned his seat in X" is resigning from X. */
  static final Set<String> POSITIONS = ImmutableSet.of("seat", "post", "position",
      "job", "role", "office", "membership", "chairmanship", "leadership", "posts", "seats",
      "roles", "positions", "whip", "portfolio", "portfolios", "presidency", "vice-presidency",
      "vice-chairmanship", "co-chairmanship", "speakership", "convenership", "chair", "brief",
      "captaincy", "armband", "gavel", "mayoralty", "governorship", "directorship");
  /** Words that make a position a deputy's: "the deputy leadership of the party". */
  private static final Set<String> POSITION_MODIFIERS = ImmutableSet.of("deputy", "vice",
      "joint");
  private static final Set<String> POSITION_PREPOSITIONS =
      ImmutableSet.of("in", "on", "at", "with", "of", "from", "for");
  /** Words for the newest of a body's members: "as the newest member of X". */
  static final Set<String> NEWEST = ImmutableSet.of("newest", "latest", "new");
  private static final Set<String> NOMINATIVE = ImmutableSet.of("he", "she", "they");
  /** Dashes after a dateline: "PLANO, Texas — X". */
  private static final Set<String> DASHES = Set.of("—", "–", "-", "--");

  /** Whether {@code word} is a dash that sets off an aside: "-", "–", "—" or "--". */
  static boolean isDash(String word) {
    return DASHES.contains(word);
  }
  /** Verbs whose object is the subject of a bare infinitive: "saw seven MPs walk out". */
  private static final Set<String> BARE_INFINITIVE_VERBS = ImmutableSet.of("saw", "see", "sees",
      "seen", "watched", "heard", "made", "make", "makes", "let", "lets", "helped");
  /**
   * Conjunctions tagged as prepositions that open a clause with its own subject; not "since"
   * and "until", whose clauses are background ("without a leader since X stepped down").
   */
  private static final Set<String> SUBORDINATORS = ImmutableSet.of("while", "whereas",
      "although", "though", "because", "after", "before", "once", "unless", "if", "when", "as");
  /** Conjunctions opening a clause of condition, cause, concession or time after a verb. */
  private static final Set<String> CONDITIONS = ImmutableSet.of("if", "unless", "because",
      "although", "though", "whereas", "whether", "when", "while", "once");
  /** Verbs of telling: "said", "announced", "told". */
  static final Set<String> REPORTING = ImmutableSet.of("said", "says", "say",
      "announced", "announces", "confirmed", "confirms", "told", "tells", "declared", "stated");

  /** Verbs of a move to a new body or post, which an announcement of it does not yet make. */
  private static final Set<String> MOVES_TO_COME =
      ImmutableSet.of("join", "rejoin", "defect", "cross", "switch", "appoint", "name");

  /** Words that close a lapse of time after its unit: "hours later", "days before". */
  private static final Set<String> LAPSE_ENDS = ImmutableSet.of("later", "earlier", "after",
      "before", "ago");

  private static final Set<String> TIME_UNITS = ImmutableSet.of("minutes", "hours", "days",
      "weeks", "months", "moments");
  /** Verbs whose person object acts with the subject: "joined X to form a group". */
  private static final Set<String> JOINING_WITH = ImmutableSet.of("joined", "joins", "join");
  /** Auxiliaries that open an inverted condition: "Had she resigned, ...", "Were he to go, ...". */
  private static final Set<String> INVERTED_CONDITIONS = ImmutableSet.of("Had", "Were", "Should");
  /** Verbs that ask someone named after them to do something: "asked X to give up his seat". */
  private static final Set<String> ASKING_VERBS = ImmutableSet.of("asked", "asks", "asking",
      "told", "tells", "telling", "wants", "want", "wanted", "urged", "begged", "pressed",
      "ordered", "invited", "challenged", "dared", "advised", "encouraged", "implored",
      "ask", "tell", "urge", "urges", "urging", "order", "orders", "press", "presses", "beg",
      "invite", "challenge", "advise", "encourage");
  /** Auxiliaries that open a yes-no question. */
  private static final Set<String> YES_NO_OPENERS = ImmutableSet.of("is", "are", "was", "were",
      "will", "would", "could", "can", "should", "has", "have", "had", "did", "does", "do",
      "might", "may", "must", "shall");

  final Sentence sentence;
  final List<Mention> mentions;
  private final Lexicon lex;

  Clause(Sentence sentence, List<Mention> mentions, Lexicon lex) {
    this.sentence = sentence;
    this.mentions = mentions;
    this.lex = lex;
  }

  Token token(int i) {
    return sentence.token(i);
  }

  int size() {
    return sentence.size();
  }

  Mention at(int token) {
    for (Mention m : mentions) {
      if (m.covers(token) && m.kind != Mention.Kind.GROUP) {
        return m;
      }
    }
    for (Mention m : mentions) {
      if (m.covers(token)) {
        return m;
      }
    }
    return null;
  }

  /** The "(" within twelve tokens before the ")" at {@code close}, or -1. */
  int openingBracket(int close) {
    for (int open = close - 1; open >= 0 && open > close - 12; open--) {
      if (token(open).text().startsWith("(")) {
        return open;
      }
    }
    return -1;
  }

  /** The counted group an organisation's name ends ("Three Liberal Democrats"), or null. */
  private Mention countedAround(Mention org) {
    for (Mention g : mentions) {
      if (g.kind == Mention.Kind.GROUP && g.count > 1 && g.start < org.start
          && g.end == org.end) {
        return g;
      }
    }
    return null;
  }

  /** A mention that ends just before token {@code i}, skipping a possessive "'s". */
  Mention endingBefore(int i, Mention.Kind kind) {
    for (Mention m : mentions) {
      if (m.kind == kind && (m.end == i || m.end == i - 1
          && (token(i - 1).text().equals("'s") || token(i - 1).text().equals("'"))
          || m.end == i - 3 && (bracketedShortName(m.end) || bracketedAlias(m)))) {
        return m; // "Socialist Party (PS) first secretary X"
      }
    }
    return null;
  }

  /** Whether {@code m} is followed by its own short name in brackets: "Pradesh Congress
   * Committee (PCC)". */
  private boolean bracketedAlias(Mention m) {
    Mention alias = m.end + 2 < size() && token(m.end).text().equals("(")
        && token(m.end + 2).text().equals(")") ? at(m.end + 1) : null;
    return alias != null && alias.kind == m.kind && alias.start == m.end + 1
        && alias.entities.equals(m.entities);
  }

  /** Whether tokens from {@code k} are a short name in brackets: "(PS)". */
  private boolean bracketedShortName(int k) {
    return k + 2 < size() && token(k).text().equals("(") && token(k + 2).text().equals(")")
        && at(k + 1) == null // not "(CLP)", a name of its own
        && token(k + 1).text().matches("(?=(.*\\p{Lu}){2})[\\p{L}&-]{2,8}"); // "PS", "PSdeG"
  }

  /** A US party tag written without brackets: "R-Ohio", "R-Traverse" of "R-Traverse City". */
  private static final java.util.regex.Pattern BARE_PARTY_TAG =
      java.util.regex.Pattern.compile("[RDI]-\\p{Lu}.*");

  /** Whether {@code word} is a US party tag written without brackets ("R-Ohio"). */
  static boolean isBarePartyTag(String word) {
    return BARE_PARTY_TAG.matcher(word).matches();
  }

  /**
   * The token before the US party tag that ends just before {@code i} ("Smith (D-Wash.),"), or
   * {@code i - 1} when there is none.
   */
  int beforePartyTag(int i) {
    if (i >= 3 && token(i - 1).text().equals(")") && isPartyTag(token(i - 2))) {
      return i - 3;
    }
    for (int k = i - 1; k >= 2 && k >= i - 3; k--) {
      if (isBarePartyTag(token(k).text()) && token(k - 1).text().equals(",")) {
        return k - 2; // "Roy Halvorsen, R-Traverse City, who"
      }
    }
    return i >= 2 && isPartyTag(token(i - 1)) && token(i - 1).text().endsWith(")") ? i - 2 : i - 1;
  }

  /**
   * The token before the short bracket that closes right before {@code i} when a person's name
   * comes before it ("Priscilla Yoon (at-large), who"), else as {@link #beforePartyTag}.
   */
  private int beforeBracket(int i) {
    int tag = beforePartyTag(i);
    if (at(tag) != null) {
      return tag;
    }
    int k = openingBracket(i - 1);
    Mention m = k >= i - 8 && k >= 1 ? at(k - 1) : null;
    return m != null && m.kind == Mention.Kind.PERSON && m.end == k ? k - 1 : tag;
  }

  /** The token after the US party tag that starts at {@code i}, or {@code i} when there is none. */
  int afterPartyTag(int i) {
    if (i < size() && isPartyTag(token(i))) {
      return token(i).text().endsWith(")") ? i + 1
          : i + 1 < size() && token(i + 1).text().equals(")") ? i + 2 : i;
    }
    return i;
  }

  /**
   * Whether the US party tag at {@code i} ("(R-Ohio)", "(D-N.Y.)", or ", R-Ohio," after a name)
   * names a state, as members of Congress are tagged, rather than a town ("R-Lancaster").
   */
  boolean stateTagAt(int i) {
    int k = i < size() && token(i).text().equals(",") ? i + 1 : i;
    if (k >= size() || !token(k).text().matches("\\(?[RDI]-\\p{Lu}.*")) {
      return false;
    }
    List<Token> place = new ArrayList<>();
    String first = token(k).text().replaceFirst("^\\(?[RDI]-", "").replace(")", "");
    place.add(new Token(first, 0, 0, "NNP", "O"));
    for (int j = k + 1; j < size() && j < k + 3 && !token(j).text().equals(",")
        && !token(j).text().equals(")") && !token(j).text().startsWith(")"); j++) {
      place.add(new Token(token(j).text(), 0, 0, "NNP", "O")); // "(D-New York)"
    }
    return lex.usState(place, 0, place.size());
  }

  /** A US party tag, or its first token: "(R-Va.)", "(D-N.Y.)". */
  static boolean isPartyTag(Token t) {
    return t.text().matches("\\([RDI]-.*");
  }

  /**
   * A group ("Four ministers") or one-person description ("A Conservative peer") covering token
   * {@code i} whose persons are known, or null.
   */
  private Mention describedAt(int i) {
    for (Mention m : mentions) {
      if (m.kind == Mention.Kind.GROUP && m.covers(i) && m.resolved()) {
        return m;
      }
    }
    return null;
  }

  /**
   * The "of" or "from" of a place after a person's name or a count of persons ending at token
   * {@code i} ("Rep. Carla Benavides of Texas", "Jan Kral of Brno", "Rosa Iacobucci of District
   * 2", "three councillors from Calderdale"), or -1: one to three capitalised words (or a number
   * after one) that name nothing else.
   */
  int placeOfAfterName(int i) {
    for (int of = i - 1; of >= 1 && of >= i - 3; of--) {
      boolean part = token(of + 1).isCapitalized() || token(of + 1).pos().equals("CD")
          && of + 1 > 0 && token(of).isCapitalized() // "of District 2"
          || of + 1 == i && WARDS.contains(token(i).lower()) && token(of).isCapitalized();
          // "Cllr X of Cathall ward"
      if (!part || at(of + 1) != null) {
        return -1;
      }
      if (token(of).lower().equals("of") || token(of).lower().equals("from")) {
        Mention before = at(of - 1);
        return before != null && (before.kind == Mention.Kind.PERSON
            || countEndingAt(of) != null) ? of : -1; // "three councillors from Calderdale"
      }
    }
    return -1;
  }

  /** Lower-case words closing the name of a member's electoral area: "of Cathall ward". */
  private static final Set<String> WARDS = Set.of("ward", "division", "district");

  /** Who the place after "of" or "from" at {@code of} is told of: a count, else a person. */
  private Mention ownerOfPlace(int of) {
    return Optional.ofNullable(countEndingAt(of)).orElse(at(of - 1));
  }

  /** The count of persons ("three councillors") that ends at token {@code end}, or null. */
  private Mention countEndingAt(int end) {
    return mentions.stream().filter(x -> x.kind == Mention.Kind.GROUP && x.end == end
        && x.count > 1 && token(x.start).pos().equals("CD")).findFirst().orElse(null);
  }

  Mention startingAt(int i, Mention.Kind kind) {
    for (Mention m : mentions) {
      if (m.kind == kind && m.start == i) {
        return m;
      }
    }
    return null;
  }

  /**
   * The subject of {@code verb} told before a relative clause with no commas: the person, or
   * the description standing for one, before "who" ("The minister who oversaw the deal
   * resigned"); no one before "that" or "which" after a noun ("The board that hired X
   * resigned"); empty when the verb follows no such clause.
   */
  private Optional<List<String>> beforeRestrictiveClause(int verb) {
    for (int w = verb - 1; w >= 1 && w > verb - 15; w--) {
      String t = token(w).lower();
      if (t.equals(",") || t.equals(";") || t.equals(":") || t.equals("\"")
          || SUBORDINATORS.contains(t) || ownSubjectAt(w, verb)) {
        return Optional.empty(); // "a journey that began when she walked out": her own clause
      }
      Mention head = at(w - 1);
      Mention after = at(w + 1);
      boolean thing = (t.equals("that") || t.equals("which"))
          && (head == null ? token(w - 1).pos().startsWith("NN")
              : head.kind == Mention.Kind.ORG)
          && token(w + 1).pos().startsWith("VB")
          // (not "said on Monday that managing director X had resigned": a title's first word)
          && !(after != null && after.kind == Mention.Kind.ROLE && after.start == w + 1);
      if (thing) {
        return Optional.of(List.of());
      }
      if (!t.equals("who")) {
        continue;
      }
      int before = w;
      Optional<Mention> described = mentions.stream() // not "Harrigan, a former Democrat who"
          .filter(x -> x.descriptionEnd == before && x.resolved()
              && (x.start == 0 || !token(x.start - 1).text().equals(","))).findFirst();
      if (described.isPresent()) {
        return Optional.of(described.get().entities);
      }
      int place = head == null ? placeOfAfterName(w - 1) : -1;
      if (place > 0) { // "three councillors from Calderdale who ..."
        head = ownerOfPlace(place);
      }
      if (head != null && head.kind == Mention.Kind.ORG) {
        head = memberOf(head); // "Two members of the Bavarian Landtag who walked out ... were"
      }
      if (head != null && head.kind == Mention.Kind.ROLE) {
        // "Two Czech MEPs who walked out ... joined": the count the title ends
        head = mentions.stream().filter(x -> x.kind == Mention.Kind.GROUP && x.end == before)
            .findFirst().orElse(head);
      }
      boolean persons = head != null && (head.kind == Mention.Kind.PERSON
          || head.kind == Mention.Kind.GROUP && token(head.start).pos().equals("CD"));
      return persons && head.resolved()
          ? Optional.of(withCompanions(members(head), verb)) : Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * The group or person whose body {@code org} is, told as "Two members of the Landtag" or
   * "X of the Free Voters"; null when no such mention ends before its "of".
   */
  private Mention memberOf(Mention org) {
    int of = org.start - (org.start >= 2 && token(org.start - 1).lower().equals("the") ? 2 : 1);
    return of >= 1 && token(of).lower().equals("of") ? mentions.stream()
        .filter(x -> x.end == of && (x.kind == Mention.Kind.GROUP
            || x.kind == Mention.Kind.PERSON)).findFirst().orElse(null) : null;
  }

  /**
   * Whether a person, pronoun or group covering token {@code w} ends right before {@code verb}
   * as its subject: not as the object of a verb before it ("the board that hired X resigned"),
   * except of "saw", "made", "let" ("saw seven MPs walk out").
   */
  private boolean ownSubjectAt(int w, int verb) {
    Mention own = mentions.stream().filter(x -> x.covers(w) && (x.kind == Mention.Kind.PERSON
        || x.kind == Mention.Kind.PRONOUN || x.kind == Mention.Kind.GROUP)).findFirst()
        .orElse(null);
    if (own == null || own.end != verb) {
      return false;
    }
    boolean object = own.start > 0 && token(own.start - 1).pos().startsWith("VB")
        && !BARE_INFINITIVE_VERBS.contains(token(own.start - 1).lower());
    return !object;
  }

  /**
   * The subject of the clause after an opening participle phrase whose verb is at {@code verb}:
   * the person or pronoun just after the phrase's comma, past a title ("Having quit the party,
   * former minister X said"); none when something else follows the comma.
   */
  private List<String> openingParticipleSubject(int verb) {
    int comma = verb + 1;
    while (comma < size() && !token(comma).text().equals(",")) {
      comma++;
    }
    for (int k = comma + 1; k < size() && k <= comma + 4; k++) {
      Mention m = at(k);
      if (m == null || m.kind == Mention.Kind.ROLE) {
        continue;
      }
      boolean person = m.kind == Mention.Kind.PERSON || m.kind == Mention.Kind.PRONOUN
          && m.start == comma + 1;
      return person && m.resolved() ? members(m) : List.of();
    }
    return List.of();
  }

  /** Who sits on a board: "the board of directors of X". */
  private static final Set<String> BOARD_MEMBERS = Set.of("directors", "trustees", "governors",
      "management");
  /** Words before a count that make it a rough one: "more than 40", "about 30". */
  private static final Set<String> APPROXIMATE = Set.of("than", "about", "around", "nearly",
      "almost", "over", "some", "roughly", "approximately");

  /**
   * The persons who are the subject of the verb starting at token {@code verb}: the nearest
   * person, pronoun, list or group to the left in the same clause, skipping auxiliaries, adverbs,
   * dates, appositions and relative clauses; empty when the nearest noun phrase is no person.
   */
  List<String> subject(int verb, List<DateFinder.DateMention> dates) {
    if (scareQuoted(verb)) {
      return subject(verb - 1, dates); // 'had "stepped down by mutual agreement"'
    }
    List<String> found = subject(verb, dates, 0);
    if (found.size() < 2) {
      return found;
    }
    // "Fabio Queiroz, Eduardo Tavares's assistant, was named interim coach": the owner of the
    // apposition's title is no second subject
    List<String> owners = found.stream().filter(e -> {
      List<Mention> named = mentions.stream().filter(m -> m.end <= verb
          && m.kind == Mention.Kind.PERSON && m.entities.contains(e)).toList();
      return !named.isEmpty() && named.stream().allMatch(m -> m.end < size()
          && token(m.end).text().equals("'s") && m.start > 0
          && token(m.start - 1).text().equals(","));
    }).toList();
    return owners.isEmpty() || owners.size() == found.size() ? found
        : found.stream().filter(e -> !owners.contains(e)).toList();
  }

  /**
   * Whether a quotation opens right before the verb at {@code verb} after an auxiliary or a
   * name, the narrator's quoting of the words of a statement ('X had "stepped down by mutual
   * agreement"'), not speech after a verb of saying or a colon.
   */
  private boolean scareQuoted(int verb) {
    if (verb < 2 || !(token(verb - 1).text().equals("\"") || token(verb - 1).text().equals("“"))
        || !token(verb).pos().startsWith("VB")) {
      return false;
    }
    int k = verb - 2;
    if (!Tokens.isBe(token(k).lower()) && !Tokens.isHave(token(k).lower())) {
      return false; // not 'suggested X "do everyone a favour" and resign'
    }
    k--; // past the auxiliary
    if (k > 0 && token(k).text().equals(",")) {
      k--; // "its managing director, X, had": past the apposition's comma
    }
    // a person named right before (not "he had", "the chairman had": their own words)
    Mention named = k >= 0 ? endingBefore(k + 1, Mention.Kind.PERSON) : null;
    return named != null && named.end == k + 1 && named.resolved();
  }

  /** The person right before the participle at {@code verb}, times aside; or null. */
  private Mention addressed(int verb) {
    int k = verb - 1;
    while (k > 0 && (DateFinder.isTimeWord(token(k).text()) || token(k).lower().equals("on"))) {
      k--;
    }
    Mention person = k > 0 ? at(k) : null;
    return person != null && person.kind == Mention.Kind.PERSON && person.end == k + 1
        ? person : null;
  }

  /** Verbs of sending a letter, whose sender a participle after the addressee tells of. */
  private static final Set<String> WRITING = Set.of("wrote", "writes", "written", "sent",
      "emailed", "delivered", "handed", "submitted", "addressed");

  /**
   * The "to" before the person a letter is written to, when that person comes right before the
   * participle at {@code verb} (times aside): "wrote to Senate President X on Thursday
   * resigning"; else -1.
   */
  private int addresseeBefore(int verb) {
    Mention person = addressed(verb);
    if (person == null) {
      return -1;
    }
    int j = person.start - 1;
    while (j > 0 && (at(j) != null && at(j).kind != Mention.Kind.PERSON
        || token(j).isCapitalized() && token(j).pos().startsWith("NN"))) {
      j--; // "to KPCC president X", "to Senate President X"
    }
    return j > 0 && token(j).lower().equals("to") ? j : -1;
  }

  private List<String> subject(int verb, List<DateFinder.DateMention> dates, int depth) {
    if (verb <= 2 && size() > 0 && token(0).lower().equals("having")
        || verb == 0 && (token(0).pos().equals("VBN") || token(0).pos().equals("VBD")
            || token(0).lower().endsWith("ed"))) {
      // "Having defected to the Greens in 2022, Judith Orr now chairs", "Admitted to Renew
      // on Tuesday, Femke Bos said": the main clause's
      return openingParticipleSubject(verb);
    }
    int addressee = depth < 3 && token(verb).pos().equals("VBG") ? addresseeBefore(verb) : -1;
    for (int v = addressee - 1; v >= 0 && v > addressee - 6; v--) {
      if (WRITING.contains(token(v).lower())) {
        // "wrote to party president X resigning from the party": the writer resigned (not
        // "reacted angrily to X quitting the party")
        List<String> writer = subject(v, dates, depth + 1);
        if (!writer.isEmpty()) {
          return writer;
        }
        break;
      }
    }
    if (addressee > 0) {
      // "reacted angrily to X quitting the party", "objected to X joining": X's deed
      return members(addressed(verb));
    }
    int main = depth < 3 ? verbBeforeParticipleAside(verb) : -1;
    if (main >= 0) {
      // "X quit LR on Saturday, accusing its leaders of \"looking the other way\", and joined
      // Horizons": the subject of the verb the participle's phrase follows
      List<String> first = subject(main, dates, depth + 1);
      if (!first.isEmpty()) {
        return first;
      }
    }
    if (depth < 3 && verb >= 2) {
      // "crossed the floor on Tuesday, leaving the Conservatives": the main verb's subject
      boolean participle = token(verb).pos().equals("VBG")
          && token(verb - 1).text().equals(",");
      // "leaving the Conservatives to join the Liberals", "became the second MP to defect"
      boolean infinitive = token(verb - 1).lower().equals("to");
      if (participle || infinitive) {
        List<String> companions = new ArrayList<>();
        int skipped = 0;
        for (int v = verb - 2; v >= 0 && v > verb - 12 - skipped; v--) {
          Token t = token(v);
          Mention joined = infinitive && JOINING_WITH.contains(t.lower()) && v + 1 < size()
              ? startingAt(v + 1, Mention.Kind.PERSON) : null;
          if (joined != null) {
            companions.addAll(joined.entities); // "the trio joined Norman Pike to form": all four
            if (!t.pos().matches("VB[DZP]")) {
              continue; // "have since joined": the subject is before the auxiliary
            }
            List<String> s = new ArrayList<>(subject(v, dates, depth + 1));
            if (!s.isEmpty()) {
              companions.stream().filter(e -> !s.contains(e)).forEach(s::add);
            }
            return s;
          }
          int open = infinitive && v == verb - 2 && t.text().equals(",") ? openingComma(v) : -1;
          if (open > 0 && token(open + 1).lower().equals("who")) {
            skipped = v - open; // "joined Norman Pike, who has sat as an independent since 2021,
            v = open; // to form": the relative clause says nothing of the forming
            continue;
          }
          if (infinitive && (t.text().equals(",") || t.text().equals(";"))) {
            // "had written to the leader, Graeme Tulloch, to give up her membership": not the
            // person in apposition
            return List.of();
          }
          boolean finite = t.pos().equals("VBD") || t.pos().equals("VBZ")
              || t.pos().equals("VBP")
              // "resigned from the Assembly and quit/VB the party, joining the BJP"
              || t.pos().equals("VB") && v > 0 && token(v - 1).lower().equals("and");
          if (finite || infinitive && t.pos().equals("VBG")) {
            Mention object = v + 1 < size() ? titledPersonAt(v + 1) : null;
            if (object != null || v + 1 < size() && token(v + 1).pos().equals("PRP")) {
              break; // "urged Ms Y to quit", "ordered Green MP Y to leave": Y's, not the subject's
            }
            List<String> s = new ArrayList<>(subject(v, dates, depth + 1));
            if (!s.isEmpty()) {
              companions.stream().filter(e -> !s.contains(e)).forEach(s::add);
              return s;
            }
            break;
          }
        }
      }
    }
    // "Four members of Prime Minister Fumio Kishida's cabinet resigned", "three members of the
    // regional council were welcomed into"
    int auxiliaries = verb;
    while (auxiliaries > 0 && (YES_NO_OPENERS.contains(token(auxiliaries - 1).lower())
        || token(auxiliaries - 1).lower().equals("been"))) {
      auxiliaries--;
    }
    for (Mention g : mentions) {
      if (g.kind == Mention.Kind.GROUP && g.end < verb && token(g.end).lower().equals("of")
          && (noVerbBetween(g.end, auxiliaries) || relativeBetween(g.end, auxiliaries))) {
        return List.copyOf(g.entities);
      }
    }
    if (verb >= 2 && token(verb).pos().equals("VBN") && token(verb - 1).text().equals(",")) {
      // "Hendrik Ravesteijn, sworn in as prime minister on Monday, stood": the person the
      // participle's phrase describes
      Mention described = endingBefore(verb - 1, Mention.Kind.PERSON);
      int of = described == null ? placeOfAfterName(verb - 2) : -1;
      if (of > 0) {
        described = at(of - 1); // "Yesenia Paredes of Miami, elected as a Democrat in 2024,"
      }
      if (described != null && described.resolved()) {
        return members(described);
      }
    }
    Optional<List<String>> restricted = beforeRestrictiveClause(verb);
    if (restricted.isPresent()) {
      return restricted.get(); // "A Kansas City Council member who led its committee resigned"
    }
    int i = verb - 1;
    int steps = 0;
    while (i >= 0 && steps++ < 25) {
      Token t = token(i);
      int end = i + 1;
      Optional<Mention> standsFor = mentions.stream().filter(x -> x.descriptionEnd == end)
          .findFirst();
      if (standsFor.isPresent()) {
        return standsFor.get().entities; // "The Wicklow TD, ..., stepped down"
      }
      if (inDate(i, dates)) {
        i--;
        continue;
      }
      Mention m = at(i);
      Mention counted = m != null && m.kind == Mention.Kind.ORG ? countedAround(m) : null;
      if (counted != null) {
        m = counted; // "Three Liberal Democrats left": the three, not their party
      }
      if (m != null && m.kind == Mention.Kind.GROUP && m.entities.isEmpty() && m.start > 0
          && token(m.start - 1).lower().equals("who")) {
        i = m.start - 1; // "A and B, who both resigned": the persons the clause is about
        continue;
      }
      if (m != null && m.kind == Mention.Kind.GROUP && m.entities.isEmpty() && m.end == m.start + 1
          && FLOATING.contains(token(m.start).lower()) && m.start > 0) {
        i = m.start - 1; // "A of Texas and B of Florida both resigned": the names before
        continue;
      }
      if (m != null && m.kind == Mention.Kind.GROUP && m.entities.isEmpty() && (m.count > 9
          || m.start > 0 && APPROXIMATE.contains(token(m.start - 1).lower()))) {
        return List.of(); // "more than 40 members had left": a crowd no story names
      }
      if (m != null && m.kind != Mention.Kind.ROLE) {
        boolean possessive = m.end < size() && token(m.end).text().equals("'s");
        // "while Nadia Orme left the Government": the subject of a clause a conjunction opens
        boolean opensClause = m.start > 0 && m.kind != Mention.Kind.ORG
            && (SUBORDINATORS.contains(token(m.start - 1).lower())
                // "which has had two MSs since X defected": X's clause, not since a time
                || token(m.start - 1).lower().equals("since") && m.end < size()
                    && token(m.end).isVerb());
        int preposition = opensClause ? -1 : prepositionBefore(m);
        if (possessive || preposition >= 0) {
          // "Mr Corbyn's leadership", "from the Labour Party", "of the farmers' party BBB"
          i = possessive ? m.start - 1 : preposition - 1;
          continue;
        }
        return m.kind == Mention.Kind.ORG ? List.of() : withCompanions(members(m), verb);
      }
      if (m != null) {
        Mention described = describedAt(i);
        if (described != null) {
          return described.entities; // "A Conservative peer has resigned"
        }
        if (m.plural && sentence.tokens().subList(m.end, verb).stream()
            .noneMatch(w -> w.text().equals(",") || w.text().equals(")"))) {
          return List.of(); // "said parliamentary secretaries rarely quit": no one named
        }

        i = m.start - 1; // "X, the party's chief whip, resigned": skip the role
        continue;
      }
      String w = t.lower();
      int of = placeOfAfterName(i);
      if (of >= 0) {
        i = of - 1; // "Rep. Carla Benavides of Texas quit"
        continue;
      }
      if (w.equals(")")) {
        int open = openingBracket(i);
        if (open >= 0) {
          i = open - 1; // "Dale Whitcomb (R-Idaho) stepped down"
          continue;
        }
        return List.of();
      }
      if (w.equals(",") && i == verb - 1 && depth < 3) {
        int series = previousInSeries(i);
        if (series >= 0) {
          // "X walked out of the meeting, quit the party and ...": the first verb's subject
          List<String> first = subject(series, dates, depth + 1);
          if (!first.isEmpty()) {
            return first;
          }
        }
        int and = andBeforeAside(i);
        if (and > 0) {
          // "left the party and, in case anyone had missed it, signed up with X"
          return firstOfSeries(and, dates);
        }
      }
      if (w.equals(",")) {
        Mention last = i > 0 ? at(i - 1) : null;
        int placed = last == null && i > 0 ? placeOfAfterName(i - 1) : -1;
        if (placed > 0 && at(placed - 1).kind == Mention.Kind.PERSON) {
          last = at(placed - 1); // "Two councillors, A of Eastfield and B of Westbury, joined"
        }
        int first = last != null && last.kind == Mention.Kind.PERSON ? firstOfList(last).start : 0;
        int described = first;
        while (described > 0 && described > first - 6
            && (at(described - 1) == null && (token(described - 1).pos().startsWith("NN")
                || token(described - 1).pos().startsWith("JJ")
                || token(described - 1).pos().equals("CD") && described < first)
                || at(described - 1) != null && at(described - 1).kind == Mention.Kind.ROLE)) {
          // "A second director, Perth barrister Ruth Oyelowo, resigned"; "The foundation's
          // patron, television presenter X, resigned": past a title too
          described = at(described - 1) != null ? at(described - 1).start : described - 1;
        }
        if (described < first && described > 1
            && MentionFinder.ARTICLES.contains(token(described - 1).lower())) {
          described--; // "Her successor, the 2022 world finalist X, joined"
        }
        if (described < first && described > 0 && token(described - 1).text().equals(",")) {
          first = described;
        }
        if (first > 0 && token(first - 1).text().equals(",")) {
          // "Scotland's minister, X, resigned"; "Two Labour councillors, A and B, have joined"
          return withCompanions(members(last), verb);
        }
        if (last != null && last.kind == Mention.Kind.PERSON && opensSentence(first)
            && i < verb - 1 && (!token(verb).pos().equals("VBN")
                || token(verb - 1).text().equals(","))) {
          // not "X, elected for the NDP in 2021, ...", "X, a senator elected for FI, ...": a
          // participle that describes the name
          // "X, chief executive of Y, one of the largest firms in Ohio, resigned": past two
          // appositions, the name the sentence opens with
          return withCompanions(members(last), verb);
        }
        int open = openingComma(i);
        if (open >= 0) {
          i = open - 1; // skip an apposition or parenthetical
          continue;
        }
        return List.of();
      }
      int dash = i;
      if (DASHES.contains(w) && java.util.stream.IntStream.range(i + 1, verb)
          .allMatch(k -> token(k).pos().matches("VB.*|RB|MD"))) {
        List<String> listed = dashedList(dash);
        if (!listed.isEmpty()) {
          return listed; // "The three — A of Portugal, the Czech MEP B and C, a Slovene — told"
        }
      }
      if (w.equals(";") || w.equals(":") || w.equals("\"")) {
        return List.of();
      }
      if (w.equals("who")) {
        // "X, who quit Labour alongside Y and Z": X is the subject
        int j = i - 1;
        if (j >= 0 && token(j).text().equals(",")) {
          j--;
        }
        if (j > 0 && token(j).text().equals(")") && at(beforeBracket(j + 1)) != null) {
          j = beforeBracket(j + 1); // "Priscilla Yoon (at-large), who left the GOP"
        }
        int named = j;
        Mention describedBy = j < 0 ? null : mentions.stream()
            .filter(x -> x.descriptionEnd == named + 1 && x.resolved()
                // "Fast bowler X, who": a description around the name, not "Y, a former
                // Democrat who", one in apposition to another
                && (x.kind == Mention.Kind.PRONOUN || mentions.stream().anyMatch(p ->
                    p.kind == Mention.Kind.PERSON && p.start >= x.start && p.end == named + 1)))
            .findFirst().orElse(null);
        if (describedBy != null) {
          // "On Friday the list MP, who quit the Greens in June,": the person it stands for
          return withCompanions(List.copyOf(describedBy.entities), verb);
        }
        int place = j >= 0 && at(j) == null ? placeOfAfterName(j) : -1;
        Mention antecedent = place > 0 ? ownerOfPlace(place) : j >= 0 ? at(j) : null;
        Mention group = antecedent != null && antecedent.kind == Mention.Kind.ORG
            ? countedAround(antecedent) : null;
        if (group != null) {
          antecedent = group; // "three Liberal Democrats who left their party"
        }
        Mention member = antecedent != null && antecedent.kind == Mention.Kind.ORG
            ? memberOf(antecedent) : null;
        if (member != null && member.kind == Mention.Kind.PERSON) {
          antecedent = member; // "Rhys Pennock of the Communication Workers Union, who took"
        }
        boolean all = i + 1 < size() && (token(i + 1).lower().equals("both")
            || token(i + 1).lower().equals("all")); // "A and B, who both left"
        if (antecedent != null && antecedent.kind == Mention.Kind.PERSON && !all
            && (describedInList(antecedent) || singularRelative(i))) {
          // "signed by A, B and C, who quit the group last week and now sits with the Mixed
          // Group": a verb in the singular is about C alone
          // "A and B, both formerly of X, and C, who left the PP": C alone
          return withCompanions(List.copyOf(antecedent.entities), verb);
        }
        if (antecedent != null && (antecedent.kind == Mention.Kind.PERSON
            || antecedent.kind == Mention.Kind.GROUP && antecedent.count > 1)) {
          return withCompanions(members(antecedent), verb); // also "X of District 2, who"
        }
        // "Ms Devlin, an MLA for Foyle who joined the SDLP": the person the apposition is of
        for (int k = j; k >= 1 && k > j - 14; k--) {
          Mention p = at(k - 1);
          if (token(k).text().equals(",") && p != null && p.kind == Mention.Kind.PERSON) {
            return withCompanions(members(p), verb);
          }
        }
        return List.of();
      }
      int lag = DateFinder.lagAt(sentence.tokens(), i + 1);
      while (w.equals("and") && i + 1 + lag < size() && token(i + 1 + lag).pos().equals("RB")) {
        lag++; // "... and now sits with Patriots for Europe"
      }
      if (w.equals("and") && i + 1 + lag < size() && !token(i + 1 + lag).isVerb()) {
        lag = phraseBeforeVerb(i + 1 + lag) - i - 1; // "and by the afternoon had been admitted"
      }
      if (w.equals("and") && i + 1 + lag < size() && token(i + 1 + lag).isVerb()) {
        // "... and two days later joined Die Linke": past the time that passed
        return firstOfSeries(i, dates);
      }
      if (w.equals("but") && i + 1 == verb && token(verb).pos().matches("VB[DZ]")
          && i > 0 && token(i - 1).pos().matches("NNP?S?|CD")) {
        // "who was elected as a Conservative but joined Reform UK in April": the verb before
        return firstOfSeries(i, dates);
      }
      if (w.equals("which") || w.equals("that")) {
        i--;
        continue;
      }
      if (i >= 2 && DateFinder.lagAt(sentence.tokens(), i - 2) == 3) {
        i -= 3; // "X, who quit on Monday, two days later (the next day) joined ..."
        continue;
      }
      if ((w.equals("later") || w.equals("earlier")) && i >= 1
          && TIME_UNITS.contains(token(i - 1).lower())) {
        i -= 2; // "and was unveiled hours later"
        continue;
      }
      if (DateFinder.isTimeWord(w) && i >= 2) {
        int k = TIME_DEICTICS.contains(token(i - 1).lower()) ? i - 2 : i - 1;
        if (token(k).lower().equals("and")) {
          i = k; // "left the club last night and this morning joined": past the time
          continue;
        }
      }
      String pos = t.pos();
      if (pos.startsWith("VB") || pos.equals("MD") || pos.startsWith("RB") || pos.equals("TO")
          || pos.equals("RP") || w.equals("and") || w.equals("also") || w.equals("both")
          || w.equals("all") || w.equals("each")) {
        i--;
        continue;
      }
      if (pos.startsWith("NN") || pos.equals("PRP") || pos.equals("CD")) {
        int pp = prepositionOpening(i);
        for (int n = 0; n < 2 && pp > 1 && token(pp - 1).pos().startsWith("NN"); n++) {
          int outer = prepositionOpening(pp - 1); // "at a rally in Rotorua"
          if (outer < 0) {
            break;
          }
          pp = outer;
        }
        if (pp > 0 && (token(pp - 1).lower().equals("and") || token(pp - 1).isVerb()
            || token(pp - 1).pos().startsWith("RB"))) {
          i = pp - 1; // "and by the afternoon had been admitted", "unveiled in Townsville as"
          continue;
        }
        int head = pp - 1;
        boolean modified = pp > 0 && mentions.stream().anyMatch(x -> x.covers(head)
            && (x.kind == Mention.Kind.GROUP || x.kind == Mention.Kind.PERSON));
        if (modified) {
          i = pp - 1; // "Two Labour councillors on Avonmere council followed"
          continue;
        }
        int ofPerson = ofPhraseAfterPerson(i);
        if (ofPerson > 0) {
          i = ofPerson - 1; // "Yaakov Ben-Haim of the ultra-Orthodox Shas party resigned"
          continue;
        }
        return List.of(); // the subject is some other noun phrase
      }
      i--;
    }
    return List.of();
  }

  /**
   * The subject of the verbs before the "and" at {@code and}, which the verb after it shares:
   * "he had resigned from the caucus and joined the Liberals"; "X buttoned his jacket, walked the
   * length of the chamber and crossed the floor" (the first of a series of verbs with a subject).
   */
  private List<String> firstOfSeries(int and, List<DateFinder.DateMention> dates) {
    int from = and - 1;
    int aside = participleAsideBefore(and);
    if (aside > 0) {
      from = aside - 1; // "left the SDs, complaining that the party had stopped listening, and
      // joined Labour": the verb before the participle's phrase, not the one inside it
    }
    for (int v = from; v >= 0 && v > and - 25; v--) {
      String pos = token(v).pos();
      if (pos.equals("VB") || pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")
          || pos.equals("VBN")) {
        List<String> first = subject(v, dates);
        String previous = v == 0 ? "" : token(v - 1).lower();
        // "left the Ensemble pour la République group ... and was admitted": a word of a name
        // tagged as a verb
        boolean inName = first.isEmpty() && v > 0 && at(v - 1) != null
            && at(v - 1).kind == Mention.Kind.ORG && v + 1 < size()
            && token(v + 1).pos().equals("DT");
        if (inName) {
          continue;
        }
        if (first.isEmpty() && previous.equals("to")) {
          continue; // "resigned in protest at the decision to move surgery, and was admitted"
        }
        if (!first.isEmpty() || !(previous.equals(",") || previous.equals("which")
            || previous.equals("who"))) { // nor "quit USR, which sits with Renew, and"
          return first;
        }
      }
    }
    return List.of();
  }

  /**
   * The comma opening a participle's phrase that a comma closes right before the "and" at
   * {@code and} (", complaining that the party had stopped listening, and"), or -1.
   */
  private int participleAsideBefore(int and) {
    if (and < 3 || !token(and - 1).text().equals(",")) {
      return -1;
    }
    for (int j = and - 2; j >= 1 && j > and - 25; j--) {
      if (token(j).text().equals(",")) {
        return j + 1 < and - 1 && token(j + 1).pos().equals("VBG") ? j : -1;
      }
    }
    return -1;
  }

  /**
   * The "and" before an aside in commas that ends at {@code comma} ("and, in case anyone had
   * missed it,"), or -1.
   */
  private int andBeforeAside(int comma) {
    for (int j = comma - 1; j >= 1 && j > comma - 12; j--) {
      if (token(j).text().equals(",")) {
        return token(j - 1).lower().equals("and") ? j - 1 : -1;
      }
    }
    return -1;
  }

  /**
   * The past-tense verb of the clause that a comma at {@code comma} ends, when the verb after
   * the comma (a past form; "quit" is often tagged as a base form) continues a series of that
   * verb's subject ("walked out of the meeting, quit the party"): no other comma, conjunction
   * or relative pronoun in between; else -1.
   */
  /**
   * The finite verb before a participle's phrase that ", and" closes before {@code verb}: in "X
   * left the PPP on Monday, complaining that its leaders had ignored him, and joined Y", the
   * index of "left"; -1 when there is none.
   */
  private int verbBeforeParticipleAside(int verb) {
    int c = participleOpeningBefore(verb);
    for (int v = c - 1; c > 0 && v >= 0 && v > c - 15; v--) {
      String x = token(v).lower();
      if (x.equals(",") || x.equals(";") || x.equals("who") || x.equals("which")
          || x.equals("that")) {
        return -1;
      }
      if (token(v).pos().matches("VBD|VBZ")) {
        return v;
      }
    }
    return -1;
  }

  /**
   * The comma that opens a participle's phrase which ", and" closes before the past-tense
   * {@code verb} (", complaining that ..., and joined"); -1 when there is none. Unlike
   * {@link #participleAsideBefore}, the phrase may hold commas and quotes.
   */
  private int participleOpeningBefore(int verb) {
    if (verb < 4 || !token(verb - 1).lower().equals("and") || !token(verb - 2).text().equals(",")
        || !token(verb).pos().equals("VBD")) {
      return -1;
    }
    for (int c = verb - 3; c > 0 && c > verb - 40; c--) {
      String w = token(c).lower();
      if (w.equals(";") || w.equals("who") || w.equals("which")) {
        return -1;
      }
      if (w.equals(",") && token(c + 1).pos().equals("VBG")) {
        return c;
      }
    }
    return -1;
  }

  private int previousInSeries(int comma) {
    if (comma + 1 >= size() || !token(comma + 1).pos().matches("VBD|VBN|VB")) {
      return -1;
    }
    for (int v = comma - 1; v >= 1 && v > comma - 15; v--) {
      Token t = token(v);
      String w = t.lower();
      if (w.equals(",") || w.equals("and") || w.equals("but") || w.equals(";")
          || w.equals("who") || w.equals("which") || w.equals("that")) {
        return -1;
      }
      if (t.pos().equals("VBD")) {
        String before = token(v - 1).lower();
        if (before.equals("who") || before.equals("which") || before.equals("that")) {
          return -1;
        }
        for (int k = v - 1; k >= 0 && !token(k).text().equals(","); k--) {
          if (token(k).lower().equals("who") || token(k).lower().equals("which")) {
            return -1; // "X, who has run the office since she arrived, delivered": in the aside
          }
        }
        return v;
      }
    }
    return -1;
  }

  /**
   * The "of" of a phrase ending at token {@code i} that tells a person's party or body ("X of
   * the ultra-Orthodox Shas party", "X of the Bihar unit"), or -1.
   */
  private int ofPhraseAfterPerson(int i) {
    for (int j = i - 1; j >= 1 && j >= i - 6; j--) {
      Token t = token(j);
      if (t.lower().equals("of")) {
        Mention before = at(j - 1);
        return before != null && before.kind == Mention.Kind.PERSON ? j : -1;
      }
      Mention m = mentionAt(j);
      if (!(t.pos().equals("DT") || t.pos().startsWith("JJ") || t.pos().startsWith("NN")
          || m != null && m.kind == Mention.Kind.ORG)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The preposition opening a short phrase of time or place that ends at {@code i} ("by the
   * afternoon", "in Townsville"), or -1.
   */
  private int prepositionOpening(int i) {
    for (int j = i - 1; j >= 1 && j >= i - 4; j--) {
      Token t = token(j);
      if (t.pos().equals("IN") && !t.lower().equals("of") && !t.lower().equals("that")) {
        return j;
      }
      if (!(t.pos().equals("DT") || t.pos().equals("JJ") || t.pos().startsWith("NN")
          || t.pos().equals("CD")) || mentionAt(j) != null) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether the words from {@code from} to {@code to} are a noun phrase and then a relative
   * clause that "who" opens: "the provincial assembly who had sat on the PPP benches".
   */
  private boolean relativeBetween(int from, int to) {
    for (int i = from; i < to; i++) {
      if (token(i).lower().equals("who")) {
        return i > from && noVerbBetween(from, i);
      }
    }
    return false;
  }

  private boolean noVerbBetween(int from, int to) {
    for (int i = from; i < to; i++) {
      if (token(i).isVerb() || token(i).text().equals(",")) {
        return false;
      }
    }
    return true;
  }

  /** Nouns that say what kind of body a name after them is: "the farmers' party BBB". */
  private static final Set<String> BODY_KIND_NOUNS = Set.of("party", "group", "club", "company",
      "firm", "union", "bloc", "alliance", "coalition", "movement", "faction", "list");

  /**
   * The preposition a mention is the object of ("from (the) Labour Party", "of the farmers'
   * party BBB"), or -1; never for "he", "she" or "they", which open a clause ("after he walked
   * out").
   */
  /** Prepositions that tie a post to the person it serves: "chief of staff to Mayor X". */
  private static final Set<String> STAFF_PREPOSITIONS = ImmutableSet.of("to", "for", "of");

  /** Levels written before a title that is part of a name: "state Rep. X", "U.S. Sen. Y". */
  private static final Set<String> TITLE_LEVELS = ImmutableSet.of("state", "State", "U.S.",
      "US", "federal", "former", "then");

  private int prepositionBefore(Mention m) {
    if (m.kind == Mention.Kind.PRONOUN && NOMINATIVE.contains(m.text.toLowerCase(
        java.util.Locale.ROOT))) {
      return -1;
    }
    int j = m.start - 1;
    while (j >= 0 && (token(j).pos().equals("DT") || token(j).pos().equals("PRP$")
        || token(j).pos().startsWith("JJ")
        // "an aide to state Rep. X", "to U.S. Sen. X": the level of a title written as the name's
        || m.kind == Mention.Kind.PERSON && !m.honorific.isEmpty()
            && TITLE_LEVELS.contains(token(j).text()))) {
      j--;
    }
    if (j >= 0 && (token(j).pos().equals("IN") || token(j).pos().equals("TO"))
        && !token(j).lower().equals("that")
        // "since state Rep. X resigned": a clause the conjunction opens
        && !(j < m.start - 1 && (SUBORDINATORS.contains(token(j).lower())
            || token(j).lower().equals("since") || token(j).lower().equals("until")))) {
      return j;
    }
    // "The chief of staff to Harlow Bay Mayor X resigned", "An aide to Sen. X": a titled
    // person after "to", "for" or "of" (not "after Mayor X resigned", a clause's subject)
    int titled = j;
    for (int skip = 0; skip < 2 && titled >= 0 && at(titled) != null
        && (at(titled).kind == Mention.Kind.ROLE || at(titled).kind == Mention.Kind.ORG); skip++) {
      titled = at(titled).start - 1;
    }
    if (m.kind == Mention.Kind.PERSON && titled < j && titled >= 0
        && STAFF_PREPOSITIONS.contains(token(titled).lower())) {
      return titled;
    }
    // "of the farmers' party BBB", "of the far-right party Vox": a name a description opens
    if (m.kind != Mention.Kind.ORG || m.start < 3
        || !BODY_KIND_NOUNS.contains(token(m.start - 1).lower())) {
      return -1; // not "By the evening two more colleagues", "At the meeting X resigned"
    }
    int k = m.start - 1;
    while (k >= 0 && k >= m.start - 4 && at(k) == null && !token(k).isCapitalized()
        && !DateFinder.isTimeWord(token(k).text())
        && (token(k).pos().equals("NN") || token(k).pos().equals("NNS")
            || token(k).pos().startsWith("JJ") || token(k).text().equals("'"))) {
      k--;
    }
    return k < m.start - 1 && k >= 1 && token(k).pos().equals("DT")
        && token(k - 1).pos().equals("IN") && !token(k - 1).lower().equals("that") ? k - 1 : -1;
  }

  /** Tags of the words of a description before a name: "her fellow county councillors". */
  private static final Set<String> DESCRIPTION_TAGS = Set.of("PRP$", "DT", "JJ", "NN", "NNS",
      "CD");

  /**
   * Adds the persons a verb's subject acted with: "quit alongside X, Y and Z", "together with X".
   */
  private List<String> withCompanions(List<String> subject, int verb) {
    for (int i = verb + 1; i < size() && i < verb + 16; i++) {
      String w = token(i).lower();
      boolean along = w.equals("alongside") || (w.equals("with") && i > 0
          && (token(i - 1).lower().equals("along") || token(i - 1).lower().equals("together")));
      if (along && i + 1 < size()) {
        int j = i + 1; // "along with her fellow county councillors X and Y": past the description
        boolean plural = false; // not "alongside her predecessor Rui Costa", a singular title
        while (j < size() && j < i + 7 && (at(j) == null && !token(j).isProperNoun()
            && DESCRIPTION_TAGS.contains(token(j).pos())
            || at(j) != null && at(j).kind == Mention.Kind.ROLE && at(j).plural)) {
          plural |= token(j).pos().equals("NNS") || token(j).lower().equals("fellow")
              || at(j) != null && at(j).plural;
          j = at(j) != null ? at(j).end : j + 1;
        }
        Mention m = plural && j < size() && at(j) != null && at(j).kind == Mention.Kind.PERSON
            ? at(j) : at(i + 1);
        // "along with three sitting corporators": a count named in another sentence too
        boolean group = m != null && m.kind == Mention.Kind.GROUP && m.resolved()
            && m.entities.stream().allMatch(e -> e.startsWith("person/"));
        if (m != null && (m.kind == Mention.Kind.PERSON || group)) {
          List<String> out = new ArrayList<>(subject);
          members(m).stream().filter(e -> !out.contains(e)).forEach(out::add);
          return out;
        }
      }
      boolean alongNext = i + 1 < size() && (token(i + 1).lower().equals("along")
          || token(i + 1).lower().equals("alongside") || token(i + 1).lower().equals("together"));
      if ((w.equals(",") || w.equals(";")) && !(w.equals(",") && alongNext)) {
        break; // not "joined the BJP on Sunday, along with X"
      }
    }
    return subject;
  }

  /** The first mention of the list {@code m} belongs to, or {@code m}. */
  private Mention firstOfList(Mention m) {
    if (m.listId < 0) {
      return m;
    }
    return mentions.stream().filter(x -> x.listId == m.listId)
        .min(java.util.Comparator.comparingInt(x -> x.start)).orElse(m);
  }

  /** Whether a name at {@code i} opens the sentence, past a dateline or "The": "PLANO — X". */
  private boolean opensSentence(int i) {
    return i == 0 || i == 1 && token(0).lower().equals("the")
        || i > 0 && DASHES.contains(token(i - 1).text())
        || i > 1 && token(i - 1).lower().equals("the") && DASHES.contains(token(i - 2).text())
        || i > 0 && i <= 4 && java.util.stream.IntStream.range(0, i) // "Last Tuesday X, ..."
            .allMatch(k -> DateFinder.isTimeWord(token(k).text())
                || TIME_OPENERS.contains(token(k).lower()));
  }

  /** Words that open a time before a sentence's subject: "On Tuesday", "Last week". */
  private static final Set<String> TIME_OPENERS = Set.of("on", "last", "late", "early", ",");

  /**
   * Whether {@code last}, the last of a list, follows words that describe the members before it
   * ("A and B, both formerly of X, and C"): a clause after it is about it alone.
   */
  private boolean describedInList(Mention last) {
    Mention first = firstOfList(last);
    if (first == last) {
      return false;
    }
    for (int k = first.end; k < last.start; k++) {
      Mention x = at(k);
      String w = token(k).lower();
      if (x == null && !w.equals(",") && !w.equals("and") && !w.equals("or") && !w.equals("of")
          && !token(k).isCapitalized()) { // "A of Cheshire County and B" describes no one
        return true;
      }
    }
    return false;
  }

  /** Entities a subject mention stands for: a whole list when it belongs to one. */
  List<String> members(Mention m) {
    if (m.kind == Mention.Kind.PERSON && m.listId >= 0) {
      List<String> out = new ArrayList<>();
      for (Mention x : mentions) {
        if (x.listId == m.listId && x.resolved() && !out.contains(x.entities.get(0))) {
          out.add(x.entities.get(0));
        }
      }
      return out;
    }
    return List.copyOf(m.entities);
  }

  /** Nouns of a report whose content "that" gives: "A report in a Munich tabloid that ...". */
  private static final Set<String> REPORT_NOUNS = Set.of("report", "reports", "rumour",
      "rumours", "rumor", "rumors", "claims", "suggestions");

  /**
   * Whether the sentence opens with a report ("A report in a Munich tabloid on Wednesday",
   * "Reports in a weekly newspaper") whose "that", with no verb before it, comes before the
   * trigger at {@code trigger}: what the report says is reported, not told.
   */
  private boolean reportOpens(int trigger) {
    int n = token(0).lower().equals("a") || token(0).lower().equals("the") ? 1 : 0;
    if (n >= size() || !REPORT_NOUNS.contains(token(n).lower())) {
      return false;
    }
    for (int k = n + 1; k < trigger && k <= n + 12; k++) {
      if (token(k).lower().equals("that")) {
        return true;
      }
      if (token(k).isVerb() || token(k).pos().equals("MD")) {
        return false; // "Reports were wrong, and X resigned"
      }
    }
    return false;
  }

  /** Words that end the relative clause "who" opens, or open another clause in it. */
  private static final Set<String> RELATIVE_ENDS = Set.of(",", ";", ":", "because", "after",
      "when", "that", "which", "while", "as", "since", "saying", "before", "until", "where");

  /**
   * Whether the relative clause "who" at {@code who} opens has a verb in the third person
   * singular ("who ... now sits", "who has"), so that it is about one person only.
   */
  private boolean singularRelative(int who) {
    for (int k = who + 1; k < size(); k++) {
      Token t = token(k);
      if (RELATIVE_ENDS.contains(t.lower()) || at(k) != null && at(k).kind != Mention.Kind.ORG) {
        return false;
      }
      if (t.pos().equals("VBZ") || t.lower().equals("was")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The persons named between the dash at {@code close} and the one before it, when a count
   * with "the" opens the dashes ("The three — A, B and C —"); else empty.
   */
  private List<String> dashedList(int close) {
    for (int open = close - 1; open >= 2 && open > close - 40; open--) {
      if (!DASHES.contains(token(open).text())) {
        continue;
      }
      String count = token(open - 1).lower();
      boolean counted = (token(open - 1).pos().equals("CD") || MentionFinder.isNumberWord(count))
          && token(open - 2).lower().equals("the");
      if (!counted) {
        return List.of();
      }
      int from = open;
      List<String> out = new ArrayList<>();
      mentions.stream().filter(m -> m.kind == Mention.Kind.PERSON && m.start > from
              && m.end <= close && m.resolved() && !m.prepositionObject)
          .forEach(m -> m.entities.stream().filter(e -> !out.contains(e)).forEach(out::add));
      return out.size() >= 2 ? out : List.of();
    }
    return List.of();
  }

  /** Quantifiers that float after their subject: "A and B both resigned". */
  static final Set<String> FLOATING = Set.of("both", "all", "each");

  /** The comma opening the comma-enclosed phrase that ends at {@code close}, if it is one. */
  int openingComma(int close) {
    return openingComma(close, true);
  }

  private int openingComma(int close, boolean nested) {
    for (int j = close - 1; j >= 0 && j > close - 30; j--) {
      String w = token(j).text();
      // not a comma inside a name ("the health, social care and sport committee")
      if (w.equals(",") && at(j) == null) {
        // a long phrase only when it is a relative clause or a noun phrase: ", who joined ...
        // in 2020,", ", the member for X and a backbencher few could have named,"
        // also ", elected in 2019 for X and non-attached since,": a participle's phrase
        boolean relative = j + 1 < size() && (token(j + 1).lower().equals("who")
            || token(j + 1).lower().equals("whose") || token(j + 1).lower().equals("which")
            || token(j + 1).lower().equals("the")
            || token(j + 1).lower().equals("a") || token(j + 1).lower().equals("an")
            // ", one of the deputy chairs of the CDU/CSU group in the Bundestag,"
            || token(j + 1).lower().equals("one") && j + 2 < size()
                && token(j + 2).lower().equals("of")
            || token(j + 1).pos().equals("VBN") && j > 0 && at(j - 1) != null
                && at(j - 1).kind == Mention.Kind.PERSON);
        if (j <= close - 14 && !relative) {
          return -1;
        }
        // "Tobias Lindqvist (R-Minn.), a former co-chair of the caucus, quit": past the tag too
        Mention before = j == 0 ? null
            : at(token(j - 1).text().equals(")") ? beforeBracket(j) : j - 1);
        int comma = j;
        boolean description = mentions.stream().anyMatch(m -> m.descriptionEnd == comma);
        if (before == null && nested && relative && j + 1 < size()
            && (token(j + 1).lower().equals("who") || token(j + 1).lower().equals("whose"))) {
          if (j > 2 && token(j - 1).pos().equals("CD") && token(j - 2).text().equals(",")
              && at(j - 3) != null && at(j - 3).kind == Mention.Kind.PERSON) {
            return j - 2; // "Mr Whitlow, 58, who joined Meridian in 2019, stepped down": the age
          }
          if (j > 1 && placeOfAfterName(j - 1) > 0) {
            return j; // "Gary Lindqvist of Traverse City, who announced ..., joined"
          }
          // "X, the Member of the Senedd for Cwm Tawe, who has sat ..., signed up": past the
          // apposition the relative clause follows too
          int outer = openingComma(j, false);
          return outer >= 0 && j - outer > 2
              && MentionFinder.ARTICLES.contains(token(outer + 1).lower()) ? outer : -1;
        }
        if (before == null && j > 1 && placeOfAfterName(j - 1) > 0) {
          return j; // "Yesenia Paredes of Miami, elected as a Democrat in 2024, left"
        }
        if (before == null && j > 2 && token(j - 1).text().equals(")")
            && countedBodyBefore(openingBracket(j - 1))) {
          return j; // "Three deputies from National Renewal (RN), the main party, quit it"
        }
        if (before == null && nested && j - 1 > 0) {
          // "X, of Provo, a sharp critic of the utility, quit": two appositions in a row
          int outer = openingComma(j, false);
          Mention first = outer > 0 ? at(outer - 1) : null;
          return first != null && first.kind == Mention.Kind.PERSON ? outer : -1;
        }
        // "Two Eesti 200 lawmakers, citing the affair, quit": a counted group's title
        boolean counted = mentions.stream().anyMatch(m -> m.kind == Mention.Kind.GROUP
            && m.end == comma && m.count > 1);
        if (before != null && before.kind == Mention.Kind.ROLE && !description && !counted
            && nested && j + 1 < size() && token(j + 1).lower().equals("whose")) {
          // "X, the city's chief financial officer, whose office approved the payments, stepped
          // down": past the apposition the whose-clause follows
          int outer = openingComma(j, false);
          return outer >= 0 && j - outer > 2
              && MentionFinder.ARTICLES.contains(token(outer + 1).lower()) ? outer : -1;
        }
        return before != null && (before.kind != Mention.Kind.ROLE || description || counted)
            ? j : -1;
      }
      if (token(j).pos().startsWith("VB") && j == close - 1 && !relativeBefore(j)
          && !whoAside(j)) {
        return -1; // not ", a junior minister who abstained,": a relative clause's verb
      }
    }
    return -1;
  }

  /**
   * Whether a body's name ends just before the bracket at {@code open}, after a counted group
   * and "from" or "of": "Three deputies from National Renewal (RN)".
   */
  private boolean countedBodyBefore(int open) {
    Mention body = open >= 1 ? at(open - 1) : null;
    if (body == null || body.kind != Mention.Kind.ORG || body.end != open || body.start < 2) {
      return false;
    }
    String w = token(body.start - 1).lower();
    int groupEnd = body.start - 1;
    return (w.equals("from") || w.equals("of")) && mentions.stream().anyMatch(
        g -> g.kind == Mention.Kind.GROUP && g.count > 1 && g.end == groupEnd);
  }

  /**
   * Whether the words before {@code i} back to the last comma open with "who": ", who has run
   * the office since she arrived,".
   */
  private boolean whoAside(int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (token(k).text().equals(",")) {
        return k + 1 < i && token(k + 1).lower().equals("who");
      }
    }
    return false;
  }

  /** Whether "who" opens a short relative clause whose verb is at {@code verb}. */
  private boolean relativeBefore(int verb) {
    for (int k = verb - 1; k >= 0 && k >= verb - 3; k--) {
      String w = token(k).lower();
      if (w.equals("who")) {
        return k > 0; // ", a junior minister who abstained,"; "X, who had abstained, resigned"
      }
      if (!token(k).pos().startsWith("RB") && !token(k).pos().equals("MD")
          && !token(k).pos().startsWith("VB")) {
        return false;
      }
    }
    return false;
  }

  /**
   * The token after a short prepositional phrase of time or place starting at {@code i} ("by
   * the afternoon", "within hours", "in Townsville") when a verb follows it, else {@code i}.
   */
  private int phraseBeforeVerb(int i) {
    int time = i + 1 < size() && TIME_DEICTICS.contains(token(i).lower())
        && DateFinder.isTimeWord(token(i + 1).text()) ? i + 1 : i;
    if (DateFinder.isTimeWord(token(time).text()) && time + 1 < size()
        && token(time + 1).isVerb()) {
      return time + 1; // "and this morning joined", "and yesterday quit"
    }
    if (!token(i).pos().equals("IN") || token(i).lower().equals("that")) {
      return i;
    }
    int k = i + 1;
    while (k < size() && k < i + 5 && (token(k).pos().equals("DT") || token(k).pos().equals("JJ")
        || token(k).pos().startsWith("NN") || token(k).pos().equals("CD")
        || token(k).pos().equals("PRP$")) && mentionAt(k) == null) {
      k++;
    }
    return k > i + 1 && k < size() && token(k).isVerb() ? k : i;
  }

  private Mention mentionAt(int i) {
    Mention m = at(i);
    return m != null && m.kind != Mention.Kind.GROUP ? m : null;
  }

  /** Words of a time phrase besides time words and numbers: "on Monday night", "last week". */
  private static final Set<String> TIME_PHRASE_WORDS = Set.of("on", "last", "this", "late",
      "early", ".");

  /**
   * Whether the tokens from {@code start} to {@code end} (exclusive) are only a time ("Tuesday",
   * "on Monday night", "Dec. 9"), with a time word among them.
   */
  private boolean onlyTime(int start, int end) {
    boolean word = false;
    for (int k = start; k < end; k++) {
      if (DateFinder.isTimeWord(token(k).text())) {
        word = true; // a weekday, a month ("Dec"), "night"
      } else if (!TIME_PHRASE_WORDS.contains(token(k).lower())
          && !token(k).pos().equals("CD")) {
        return false;
      }
    }
    return word;
  }

  /**
   * The mention ending right before {@code end}; or, when a comma closes an apposition there,
   * the person the apposition names ("the vice-chairman, X,") or describes ("X, the chief
   * nurse,"); null when there is none.
   */
  Mention namedBefore(int end) {
    if (end < 1 || !token(end - 1).text().equals(",")) {
      return end < 1 ? null : at(end - 1);
    }
    Mention named = end >= 2 ? at(end - 2) : null;
    int open = openingComma(end - 1);
    return named != null && named.kind == Mention.Kind.PERSON ? named
        : open > 0 ? at(open - 1) : null;
  }

  /** Words that make a time of the time word after them: "this morning", "last night". */
  private static final Set<String> TIME_DEICTICS = Set.of("this", "last", "yesterday");

  /** Words before "day" or a time word that make a time of it: "the same day". */
  private static final Set<String> TIME_DETERMINERS = Set.of("same", "previous", "next", "that");

  /** What follows a trigger up to the end of its clause: an organisation and a role. */
  record Object(Optional<Mention> organization, Optional<Mention> role, boolean otherNoun,
      boolean position, boolean partyPosition, boolean governmentPosition, boolean seat,
      Optional<String> ownPartysGroup) {}

  /**
   * Whether an organisation's mention starts in tokens [from, to), not as a modifier of a
   * common noun ("an emergency committee meeting").
   */
  private boolean orgWithin(int from, int to) {
    for (int k = from; k < to && k < size(); k++) {
      Mention m = at(k);
      if (m != null && m.kind == Mention.Kind.ORG && !(m.end < size()
          && token(m.end).pos().startsWith("NN") && !token(m.end).isCapitalized())) {
        return true;
      }
    }
    return false;
  }

  /** The first token from {@code k} (up to {@code limit}) that is no adjective outside mentions. */
  private int pastAdjectives(int k, int limit) {
    while (k < size() && k < limit && at(k) == null && token(k).pos().equals("JJ")) {
      k++;
    }
    return k;
  }

  /**
   * The end of a time named by the words from {@code k} after "in" ("January", "2019", "March
   * 2024"), or -1 when they name none.
   */
  private int timeAfterIn(int k) {
    int end = k;
    while (end < size() && end < k + 2 && (DateFinder.isTimeWord(token(end).text())
        || token(end).text().matches("(19|20)\\d\\d"))) {
      end++;
    }
    return end > k ? end : -1;
  }

  Object objectAfter(int from, boolean allowTo) {
    Mention org = null;
    Mention role = null;
    boolean otherNoun = false;
    boolean position = false;
    boolean partyPosition = false;
    boolean governmentPosition = false;
    boolean seat = false;
    boolean asPhrase = false;
    Optional<String> ownPartysGroup = Optional.empty();
    for (int i = from; i < size() && i < from + 12; i++) {
      Mention m = at(i);
      Mention thatOf = i == from && m == null && token(i).lower().equals("that")
          && i + 2 < size() && token(i + 1).lower().equals("of") ? orgAfterOf(i + 2) : null;
      if (thatOf != null) {
        org = thatOf; // "quit its Sejm club and joined that of the Civic Coalition"
        break;
      }
      int possessor = m == null && i > 0 ? possessorEnd(i) : -1;
      if (possessor > 0 && possessor + 1 < size()
          // not "members of the King's Privy Council"; but "the F.A.A.'s Advisory Council"
          && (!token(i - 1).lower().equals("the")
              || token(i).text().matches("(\\p{Lu}\\.?){2,}"))
          && orgAfterModifiers(possessor + 1) != null) {
        i = possessor; // "a member of Parliament's Environment Committee": the body owned
        continue;
      }
      if (m != null) {
        boolean descriptor = asPhrase && m.kind == Mention.Kind.ORG && m.end - m.start == 1
            && m.end < size() && (token(m.end).lower().equals("on")
                || token(m.end).lower().equals("in") || token(m.end).lower().equals("of"));
        if (descriptor) {
          i = m.end - 1; // "as the top Republican on the committee": the committee counts
          continue;
        }
        int ownedAt = pastAdjectives(m.end + 1, m.end + 3); // "the chamber's bipartisan X"
        Mention owned = m.kind == Mention.Kind.ORG && ownedAt < size()
            && (token(m.end).text().equals("'s") || token(m.end).text().equals("'"))
            ? at(ownedAt) : null; // "the state Democrats' Rural Caucus"
        if (owned != null && owned.kind == Mention.Kind.ORG && owned.resolved()
            && !partysGroupIn(m, owned)) {
          m = owned; // "the Assembly's economy committee"
        }
        Mention adjacent = m.kind == Mention.Kind.ORG && m.end < size() ? at(m.end) : null;
        if (adjacent != null && adjacent.kind == Mention.Kind.ORG && adjacent.resolved()
            && adjacent.start == m.end && (token(m.end).isCapitalized()
                || partysCabinet(m, adjacent))) {
          m = adjacent; // "her seat on the Oireachtas Joint Committee on Agriculture"
        }
        // "League Two strugglers X": past the league's number
        int noun = m.end < size() && token(m.end).pos().equals("CD") ? m.end + 1 : m.end;
        Mention club = m.kind == Mention.Kind.ORG && noun + 1 < size()
            && MentionFinder.TEAM_NOUNS.contains(token(noun).lower()) ? at(noun + 1) : null;
        if (club != null && club.kind == Mention.Kind.ORG && club.resolved()
            && club.start == noun + 1) {
          m = club; // "his move to Super League side Castlebrook Raiders": the club
        }
        Mention named = m.anaphorType.isPresent() && m.end + 1 < size()
            && token(m.end).lower().equals("of") ? orgAfterOf(m.end + 1) : null;
        if (named != null) {
          m = named; // "admitted to the club of the far-right Confederation"
        }
        if (m.kind == Mention.Kind.ORG && m.resolved() && org == null) {
          org = m;
        } else if (m.kind == Mention.Kind.ROLE && role == null) {
          role = m;
        } else if (m.kind == Mention.Kind.PERSON || m.kind == Mention.Kind.PRONOUN) {
          boolean owner = m.kind == Mention.Kind.PRONOUN && m.end < size()
              && POSITIONS.contains(token(m.end).lower()); // "left her post", tagged a verb
          if (org == null && role == null && !owner) {
            otherNoun = true;
          }
        }
        i = m.end - 1;
        if (org != null) {
          break;
        }
        continue;
      }
      Token t = token(i);
      String w = t.lower();
      if (w.equals("party") && i + 1 < size() && (POSITIONS.contains(token(i + 1).lower())
          || token(i + 1).lower().equals("card"))) {
        partyPosition = true; // "his party membership", "the party whip", "her party card"
        continue;
      }
      int group = org == null && role == null ? ownPartysGroupAt(i) : -1;
      if (group > 0) {
        ownPartysGroup = Optional.of(token(group).lower()); // "left his party's group"
        break;
      }
      if (w.equals("party") && org == null && role == null && i > 0
          && token(i - 1).pos().equals("PRP$")
          && !(i + 1 < size() && token(i + 1).pos().startsWith("NN"))) {
        partyPosition = true; // "left their party on Monday": their own party
        break;
      }
      if (POSITION_MODIFIERS.contains(w) && org == null && i + 1 < size()
          && POSITIONS.contains(token(i + 1).lower())) {
        continue; // "stood aside from the deputy leadership of the Liberal Party"
      }
      if (t.isProperNoun() && t.isCapitalized() && org == null && role == null) {
        int k = i;
        while (k < size() && k < i + 3 && token(k).isProperNoun() && token(k).isCapitalized()
            && mentionAt(k) == null) {
          k++;
        }
        int open = i;
        while (open > 0 && token(open - 1).isProperNoun() && token(open - 1).isCapitalized()) {
          open--;
        }
        if (k < size() && (token(k).lower().equals("seat") || token(k).lower().equals("seats"))
            && open > 0 && token(open - 1).pos().equals("PRP$")) {
          continue; // "resigned his Lagan Vale seat in the Assembly": the constituency's seat
        }
      }
      if ((t.pos().equals("NN") || t.pos().equals("NNS") || t.pos().equals("JJ"))
          && t.text().equals(w) && org == null && role == null && i + 1 < size()
          && POSITIONS.contains(token(i + 1).lower()) && !token(i + 1).pos().startsWith("VB")) {
        // "gave up his government post", "the environment brief": what kind of post
        governmentPosition |= w.equals("government") || w.equals("ministerial");
        continue;
      }
      if (POSITIONS.contains(w) && org == null && i + 2 < size()
          && token(i + 1).lower().equals("to") && token(i + 2).isCapitalized()) {
        otherNoun = true; // "leaves the economy brief to Meleri Vaughan": handed on, not given up
        break;
      }
      if (POSITIONS.contains(w) && org == null) {
        position = true;
        seat |= (w.equals("seat") || w.equals("seats")) && !seatOnBody(i + 1);
        partyPosition |= w.equals("membership") && !(i + 1 < size()
            && token(i + 1).lower().equals("of")); // "resigning her membership"
        // "resigned his seat in the House", "quit her post at the Treasury"
        if (i + 1 < size() && POSITION_PREPOSITIONS.contains(token(i + 1).lower())) {
          i++;
        }
        continue;
      }
      if (w.equals("and") && position && !seat && org == null && i + 3 < size()
          && token(i + 1).pos().equals("PRP$") && token(i + 2).lower().equals("party")
          && token(i + 3).lower().startsWith("membership")) {
        partyPosition = true; // "resigned their posts and their party memberships"
        break;
      }
      int whenEnd = w.equals("in") && org == null && role == null ? timeAfterIn(i + 1) : -1;
      if (whenEnd > 0 && whenEnd < size() && token(whenEnd).lower().equals("as")) {
        i = whenEnd - 1; // "stepped down in January as chairman of X": the post after the time
        continue;
      }
      if (w.equals("on") && org == null && role == null && reasonAfterOn(i + 1)
          && !whoBefore(from)) {
        break; // "stood down on health grounds", "on medical advice": why, not what was left
        // (not "replaces X, who stood down on health grounds": a post no rule can name)
      }
      // (but "resigned Tuesday from the committee": AP's day between the verb and "from")
      boolean dayAfterVerb = i > from && onlyTime(from, i);
      if (STOPS_RIGHT.contains(w) && !(w.equals("to") && allowTo)
          || w.equals("from") && i > from && org == null && i > 0 && !token(i - 1).isVerb()
              && !dayAfterVerb) {
        break; // "joined the group from the accountancy firm X": where she came from
      }
      if (DateFinder.isTimeWord(w)) {
        continue; // "resigned yesterday", "quit last week"
      }
      if (w.equals("by") && org == null && role == null && i + 1 < size()
          && !token(i + 1).lower().equals("the") && !token(i + 1).pos().equals("CD")
          && !DateFinder.isTimeWord(token(i + 1).text())) {
        break; // "stepped down by mutual agreement", "resigned by letter": how, not what (but
        // "had not resigned by Thursday lunchtime": a deadline)
      }
      if (CONDITIONS.contains(w) && org == null && role == null && !(i + 1 < size()
          && (token(i + 1).lower().equals("again") || token(i + 1).lower().equals("more")))) {
        break; // "would resign if the chairman did not": another clause's subject (but "stepped
        // down once again as leader")
      }
      if (w.equals("at") && org == null && !orgWithin(i + 1, i + 5)) {
        break; // "quit at a special board meeting": where or when, not what was left
      }
      int owned = pastAdjectives(i + 2, i + 5); // "named as Kingsmere's new head coach"
      if (t.isProperNoun() && owned < size() && token(i + 1).text().equals("'s")
          && org == null && role == null && at(owned) != null
          && at(owned).kind == Mention.Kind.ROLE) {
        i++; // "sworn in as Germany's federal agriculture minister": the place owns the title
        continue;
      }
      if (TIME_UNITS.contains(w) && org == null && role == null && (i + 1 < size()
          && LAPSE_ENDS.contains(token(i + 1).lower())
          || i > 0 && token(i - 1).lower().equals("within"))) {
        continue; // "resigned within hours of each other", "quit hours later": a time
      }
      if (TIME_DETERMINERS.contains(w) && i + 1 < size() && (token(i + 1).lower().equals("day")
          || DateFinder.isTimeWord(token(i + 1).lower()))) {
        i++; // "resigned the same day", "quit that evening": a time, not an object
        continue;
      }
      // "joined the think/VBP tank X": a noun the tagger read as a verb
      boolean thinkTank = w.equals("think") && i + 1 < size()
          && token(i + 1).lower().equals("tank");
      if ((t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP"))
          && org == null && role == null && !thinkTank) {
        // "ready to quit were dismissed by her spokesman as": another clause's; "the members
        // who quit had voted against": a departure told again, with no object of its own
        otherNoun = i == from;
        break;
      }
      if (w.equals("as")) {
        asPhrase = true; // "resigned as parliamentary private secretaries": a post, not an object
        continue;
      }
      if (org == null && role == null && (w.equals("member") || w.equals("recruit"))
          && i > 0 && NEWEST.contains(token(i - 1).lower()) && i + 1 < size()
          && token(i + 1).lower().equals("of")) {
        i++; // "unveiled as the newest member of the Social Democrats": the party after "of"
        continue;
      }
      if (t.pos().startsWith("NN") && nounsBeforeOrg(i)) {
        continue; // "joined the Minneapolis law firm Halvorsen & Pike"
      }
      if (org == null && role == null && t.pos().startsWith("NN") && t.text().equals(w)
          && i + 2 < size() && GROUPS_OF.contains(token(i + 1).lower())
          && token(i + 2).lower().equals("of")) {
        continue; // "joined the upper-house caucus of the DPFP": a modifier of the group
      }
      // "joined the board of directors of the Broadbent Institute": the body after the second
      // "of"
      int boardOf = w.equals("board") && i + 3 < size() && token(i + 1).lower().equals("of")
          && BOARD_MEMBERS.contains(token(i + 2).lower()) && token(i + 3).lower().equals("of")
          ? i + 2 : i;
      Mention ofGroup = org == null && GROUPS_OF.contains(w) // "joined the board of Severn Water"
          && boardOf + 1 < size() && token(boardOf + 1).lower().equals("of")
          ? orgAfterOf(boardOf + 2) : null;
      if (ofGroup != null) {
        org = ofGroup; // "admitted to the club of the far-right Confederation"
        break;
      }
      Mention apposed = org == null && role == null ? apposedOrganisation(i) : null;
      if (apposed != null) {
        org = apposed; // "left her Flemish party, Open Vld, in April"
        break;
      }
      if ((t.pos().startsWith("NN") || t.pos().equals("PRP")) && org == null && role == null
          && !asPhrase && !position) { // not "left her post the same day"
        otherNoun = true;
        break;
      }
    }
    return new Object(Optional.ofNullable(org), Optional.ofNullable(role), otherNoun, position,
        partyPosition, governmentPosition, seat, ownPartysGroup);
  }

  /** Nouns that make "on ..." a reason: "on health grounds", "on medical advice". */
  private static final Set<String> REASONS_AFTER_ON = ImmutableSet.of("grounds", "advice",
      "orders");

  /** Whether "who" comes within the four words before {@code k}: "who stood down". */
  private boolean whoBefore(int k) {
    for (int j = k - 1; j >= 0 && j >= k - 4; j--) {
      if (token(j).lower().equals("who")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a reason's noun ({@link #REASONS_AFTER_ON}) comes within three words of {@code k}. */
  private boolean reasonAfterOn(int k) {
    for (int j = k; j < size() && j < k + 3; j++) {
      if (REASONS_AFTER_ON.contains(token(j).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The head of "his party's (parliamentary) group" when "party" at {@code i} opens one, the
   * group of the person's own party; else -1 (and for "her party's group on Leeds City
   * Council", "his party's delegation to PACE", "his party's group leader").
   */
  private int ownPartysGroupAt(int i) {
    if (!token(i).lower().equals("party") || i == 0 || !token(i - 1).pos().equals("PRP$")
        || i + 2 >= size() || !token(i + 1).text().equals("'s")) {
      return -1;
    }
    int group = CHAMBER_ADJECTIVES.contains(token(i + 2).lower()) ? i + 3 : i + 2;
    if (group >= size() || !PARTY_GROUPS.contains(token(group).lower())) {
      return -1;
    }
    boolean more = group + 1 < size() && (token(group + 1).pos().startsWith("NN")
        || Set.of("to", "on", "in", "at").contains(token(group + 1).lower())
            && !(group + 2 < size() && DateFinder.isTimeWordAt(sentence.tokens(), group + 2)));
    return more ? -1 : group;
  }

  /** Whether {@code body} is a cabinet its governing {@code party} names: "the Liberal cabinet". */
  private boolean partysCabinet(Mention party, Mention body) {
    return party.organization.filter(o -> o.type() == OrgType.POLITICAL_PARTY).isPresent()
        && body.organization.filter(o -> o.type() == OrgType.CABINET).isPresent()
        && !token(body.start).lower().equals("shadow") // the party's bench: "Labour shadow cabinet"
        && !(body.end < size() && token(body.end).pos().startsWith("NN"));
  }

  /**
   * Whether {@code owned}, a chamber {@code party} owns, is followed by a word for the party's
   * group in it: "the SNP's Holyrood group", "Labour's Senedd benches" are the party's.
   */
  private boolean partysGroupIn(Mention party, Mention owned) {
    boolean isParty = party.organization.map(o -> o.type() == OrgType.POLITICAL_PARTY)
        .orElse(party.anaphorType.equals(Optional.of(OrgType.POLITICAL_PARTY)));
    return isParty && owned.organization.map(o -> o.type() == OrgType.PARLIAMENT).orElse(false)
        && owned.end < size() && CHAMBER_GROUPS.contains(token(owned.end).lower());
  }

  /**
   * The organisation named in apposition after a common noun for one at {@code i}: "her party,
   * Open Vld,", "his national party, Law and Justice (PiS)"; or null.
   */
  private Mention apposedOrganisation(int i) {
    String w = token(i).lower();
    if (!(w.equals("party") || w.equals("group") || w.equals("caucus")) || i + 2 >= size()
        || !token(i + 1).text().equals(",")) {
      return null;
    }
    int j = token(i + 2).lower().equals("the") ? i + 3 : i + 2;
    Mention m = j < size() ? at(j) : null;
    return m != null && m.kind == Mention.Kind.ORG && m.resolved() && m.start == j ? m : null;
  }

  /**
   * The organisation named within five words from {@code i} ("the far-right X", "the security
   * firm X"), or null.
   */
  private Mention orgAfterOf(int i) {
    boolean described = false;
    for (int k = i; k < size() && k < i + 5; k++) {
      Mention m = at(k);
      if (m != null) {
        // not "the board of a think tank Reform UK founded": the subject of a clause
        boolean subject = described && m.end < size() && token(m.end).pos().matches("VBD|VBZ|VBP");
        return m.kind == Mention.Kind.ORG && m.resolved() && !subject ? m : null;
      }
      // "the board of the security firm Halberd Risk": a common noun describing the body
      boolean commonNoun = token(k).pos().startsWith("NN") && !token(k).isCapitalized();
      described |= commonNoun;
      if (!(token(k).pos().equals("DT") || token(k).pos().startsWith("JJ") || commonNoun)) {
        return null;
      }
    }
    return null;
  }

  /**
   * Whether "on" at {@code i} puts a seat on a body ("her seat on it", "his seat on the board"),
   * not on a day ("his seat on Wednesday", "on 3 March", "on the same day").
   */
  private boolean seatOnBody(int i) {
    if (i + 1 >= size() || !token(i).lower().equals("on")) {
      return false;
    }
    String next = token(i + 1).text();
    String after = i + 2 < size() ? token(i + 2).lower() : "";
    boolean day = DateFinder.isTimeWord(next) || Character.isDigit(next.charAt(0))
        || next.equalsIgnoreCase("the") && (DateFinder.isTimeWord(after) || after.equals("same"));
    return !day;
  }

  /** Modifiers that make a body another than the one now: "Britain's last Labour government". */
  private static final Set<String> OTHER_TIMES = Set.of("last", "previous", "former", "next",
      "future", "old", "annual");

  /**
   * Where the "'s" closes a name of up to three capitalised words that no mention covers from
   * {@code i} ("Western Australia's"), or -1.
   */
  int possessorEnd(int i) {
    for (int k = i; k < size() && k < i + 4; k++) {
      if (k > i && token(k).text().equals("'s")) {
        return k;
      }
      if (at(k) != null || !token(k).isCapitalized()
          || DateFinder.isTimeWord(token(k).text())) { // not "Sunday's annual conference"
        return -1;
      }
    }
    return -1;
  }

  /**
   * The organisation's mention at {@code i}, or after one or two lower-case modifiers
   * ("minority" in "Tasmania's minority Liberal government"); or null.
   */
  Mention orgAfterModifiers(int i) {
    int k = i;
    while (k < size() && k < i + 2 && at(k) == null && !token(k).isCapitalized()
        && token(k).pos().matches("JJ|NN") && !OTHER_TIMES.contains(token(k).lower())) {
      k++;
    }
    Mention m = k < size() ? at(k) : null;
    // not "left St Andrew's House": a building, not the chamber
    return m != null && m.kind == Mention.Kind.ORG
        && !(m.anaphorHead != null && m.end - m.start == 1) ? m : null;
  }

  /**
   * Whether the nouns from {@code i} (and adjectives among them) describe the organisation named
   * right after them.
   */
  private boolean nounsBeforeOrg(int i) {
    for (int k = i; k < size() && k < i + 4; k++) {
      Mention m = at(k);
      if (m != null) {
        return m.kind == Mention.Kind.ORG && k > i;
      }
      // "joined Scottish second-tier/JJ side X": adjectives among the nouns; "joined rivals
      // the Port Hills Harriers": a plural noun apposed to the name
      boolean apposedThe = k > i && token(k).lower().equals("the") && token(k - 1).pos()
          .equals("NNS") && at(k + 1) != null && at(k + 1).kind == Mention.Kind.ORG;
      if (!token(k).pos().startsWith("NN") && !(k > i && token(k).pos().equals("JJ"))
          && !apposedThe) {
        return false;
      }
    }
    return false;
  }

  /** Whether "and" at {@code i} opens a clause with a subject of its own before {@code end}. */
  private boolean newClauseAfterAnd(int i, int end) {
    int k = i + 1 < end && token(i + 1).lower().equals("the") ? i + 2 : i + 1;
    Mention m = token(i).lower().equals("and") && k < end ? at(k) : null;
    // (not "If Mr Lodhi and Mr Saini were to join": with no verb before it, "and" joins
    // subjects)
    return m != null && m.start >= i + 1 && m.start <= k && m.end < end
        && (m.kind == Mention.Kind.PERSON || m.kind == Mention.Kind.ORG
            || m.kind == Mention.Kind.PRONOUN)
        && token(m.end).pos().matches("VBD|VBZ|VBP|MD")
        && java.util.stream.IntStream.range(0, i).anyMatch(j -> token(j).pos().matches("VB.*|MD"));
  }

  /** Whether only quotation marks and "to" come from {@code end} to {@code trigger}. */
  private boolean reaches(int end, int trigger) {
    for (int k = end; k < trigger; k++) {
      String w = token(k).text();
      if (!(w.equals("to") || QUOTES.contains(w))) {
        return false;
      }
    }
    return true;
  }

  /** Quotation marks as the tokenizer leaves them. */
  private static final Set<String> QUOTES = Set.of("\"", "“", "”", "'", "‘", "’", "``", "''");

  /**
   * The modality of the fact whose trigger starts at {@code trigger}: the strongest cue before
   * it in the clause, or a condition after it; ASSERTED when there is none.
   */
  Modality modality(int trigger) {
    if (noOneBefore(trigger)) {
      return Modality.DENIED; // "Nobody fired Dale", "no one has resigned"
    }
    if (trigger >= 2 && token(trigger - 1).lower().equals("be")
        && token(trigger - 2).lower().equals("to")
        && TO_BE_HELD.contains(token(trigger).lower())) {
      return Modality.POSSIBLE; // "a motion of no confidence, to be voted on Thursday"
    }
    Modality best = reportOpens(trigger) ? Modality.REPORTED : Modality.ASSERTED;
    boolean ownClauseOpened = false;
    int floor = Math.max(0, trigger - 20);
    for (int i = trigger - 1; i >= floor; i--) {
      String w = token(i).lower();
      if (w.equals(";") || w.equals("but") || newClauseAfterAnd(i, trigger)
          || w.equals(":") && i + 1 < trigger && (token(i + 1).pos().equals("PRP")
              || token(i + 1).pos().equals("DT") || token(i + 1).pos().equals("NNP"))) {
        break; // "X denied any wrongdoing and Cabinet discussed it at its meeting", "what
        // ministers almost never do: he resigned from the government", "The row has claimed
        // one scalp: the chair of X, Y, resigned"
      }
      if (TOLD_CLAUSE_OPENERS.contains(w) && token(i).pos().equals("IN")
          && subjectBetween(i, trigger)) {
        ownClauseOpened = true; // "The pressure on Fenech built after X resigned": no call for
        // the one the clause after "after" tells of (though a report still covers it)
      }
      if (w.equals("who") && !commaBetween(i, trigger)) {
        break; // "The first to call for it was X, an MEP who joined the Greens last week": the
        // relative clause says it (not "urged X, who led the party, to resign")
      }
      int open = w.equals(",") ? openingComma(i) : -1;
      if (w.equals(",") && i + 1 < trigger && token(i + 1).lower().equals("and")
          && verbBeforeParticipleAside(trigger) >= 0) {
        // "left the PPP on Monday, complaining that its leaders had ignored him, and joined Y":
        // the participle's phrase tells nothing of the joining
        i = participleOpeningBefore(trigger);
        continue;
      }
      if (open >= 0 && open + 1 < i && (token(open + 1).lower().equals("who")
          || token(open + 1).lower().equals("which"))) {
        i = open; // "X, who led the calls for an inquiry, left": the clause is about X
        continue;
      }
      if (w.equals("without") && i == trigger - 1) {
        return Modality.DENIED; // "voted for him without leaving the party"
      }
      if (askedToBefore(i, trigger) && rank(Modality.CALLED_FOR) > rank(best)) {
        best = Modality.CALLED_FOR; // "wants Tourism Minister X to step down"
      }
      Optional<PhraseIndex.Match<Modality>> cue = lex.modalityCues.longestAt(sentence.tokens(), i);
      if (cue.isEmpty() || cue.get().end() > trigger || !lowerCaseWords(cue.get())) {
        continue;
      }
      Modality m = cue.get().value();
      if (m == Modality.CALLED_FOR && ownClauseOpened) {
        continue;
      }
      if (m == Modality.REPORTED && endedBefore(i)) {
        continue; // "ended weeks of speculation on Monday, quitting the party": it is told
      }
      if (m == Modality.POSSIBLE && w.equals("would") && !token(i + 1).lower().equals("have")
          && reportedBefore(i, announcedAt(i))
          && !timeClauseAfter(trigger) && !MOVES_TO_COME.contains(token(trigger).lower())) {
        continue; // "said they would be sitting as": an announced intention; not "would be
        // welcomed into the caucus when lawmakers return", nor "said he would have sacked her",
        // nor "announced that he would join the BJP on Friday" (a move still to come)
      }
      if (m == Modality.DENIED && trigger - i > 4 && !reaches(cue.get().end(), trigger)
          && !w.startsWith("den") && !w.startsWith("dismiss")
          // "There is no suggestion that X will quit": the denial holds the clause after it
          && !token(cue.get().end() - 1).lower().equals("suggestion")
          && !(w.startsWith("rul") && trigger - i <= 8)) {
        // a negation far away negates something else; not "ruled out, for now, X", nor one
        // ending at the trigger: "no reason at all to resign", 'had "no reason whatsoever" to
        // step down'
        continue;
      }
      if (m == Modality.POSSIBLE && trigger - i > 14) {
        continue; // a modal verb far away qualifies another verb
      }
      if (w.equals("pending") && trigger - cue.get().end() > 3) {
        continue; // "suspended pending an investigation, and has since stepped down": only
        // what it awaits ("pending a disciplinary hearing")
      }
      if (m == Modality.POSSIBLE && cue.get().end() < trigger - 2
          && token(cue.get().end() - 1).lower().equals("to") && token(trigger).pos().equals("VBD")) {
        continue; // "in protest at plans to close libraries and crossed to the Greens"
      }
      if (rank(m) > rank(best)) {
        best = m;
      }
    }
    for (int i = trigger + 1; i < size(); i++) {
      String w = token(i).lower();
      if (w.equals(";") || w.equals("but")) {
        break;
      }
      if ((w.equals("if") || w.equals("unless")) && rank(Modality.POSSIBLE) > rank(best)
          && at(i) == null) { // not "Norrvik IF", a club's name
        best = Modality.POSSIBLE;
      }
    }
    if (forNounTo(trigger) && rank(Modality.CALLED_FOR) > rank(best)) {
      best = Modality.CALLED_FOR; // "called in December for the entire board to stand down"
    }
    if (progressiveWithLaterEnd(trigger) && rank(Modality.POSSIBLE) > rank(best)) {
      best = Modality.POSSIBLE; // "is retiring from the Senate when his term ends in January"
    }
    // "Is she leaving Fianna Fáil?": a yes-no question asks, it does not say ("Why did he
    // resign?" does)
    if (size() > 2 && token(size() - 1).text().equals("?")
        && YES_NO_OPENERS.contains(token(0).lower()) && rank(Modality.POSSIBLE) > rank(best)) {
      best = Modality.POSSIBLE;
    }
    // "Had a second Democrat followed him, the chamber would have flipped", "Were X to resign,":
    // a condition, inverted
    if (INVERTED_CONDITIONS.contains(token(0).text()) && !token(size() - 1).text().equals("?")
        && commaAfter(trigger) && rank(Modality.POSSIBLE) > rank(best)) {
      best = Modality.POSSIBLE;
    }
    return best;
  }

  /** Conjunctions that open a clause of time or cause: "after", "when", "because". */
  private static final Set<String> TOLD_CLAUSE_OPENERS = Set.of("after", "when", "because",
      "since", "before", "until", "once");

  /**
   * Whether a person, pronoun or organisation mention followed by a verb stands between tokens
   * {@code from} and {@code to}: the subject of a clause of its own.
   */
  private boolean subjectBetween(int from, int to) {
    for (Mention m : mentions) {
      if (m.start > from && m.end <= to && (m.kind == Mention.Kind.PERSON
          || m.kind == Mention.Kind.PRONOUN || m.kind == Mention.Kind.ORG)
          && (m.end == to || token(m.end).pos().matches("VB[DZP]|MD|,"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a comma stands between tokens {@code from} and {@code to} (both excluded). */
  private boolean commaBetween(int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (token(k).text().equals(",")) {
        return true;
      }
    }
    return false;
  }

  /** Verbs that put an end to talk: "ended weeks of speculation", "quelled the rumours". */
  private static final Set<String> ENDING_TALK = Set.of("end", "ends", "ended", "ending",
      "quelled", "quelling", "silenced", "silencing", "settled", "settling");

  /**
   * Whether a verb of ending stands before the cue at {@code cue}, past at most "the", "weeks
   * of" and the like: the talk the cue names is over, and the fact is told.
   */
  private boolean endedBefore(int cue) {
    for (int k = cue - 1; k >= 0 && k >= cue - 5; k--) {
      String w = token(k).lower();
      if (ENDING_TALK.contains(w)) {
        return true;
      }
      if (!(w.equals("the") || w.equals("of") || w.equals("to") || w.equals("an")
          || w.equals("put") || w.equals("puts") || w.equals("putting")
          || token(k).pos().equals("JJ") || token(k).pos().equals("CD")
          || DateFinder.isTimeWord(w) || w.matches("days|weeks|months|years|hours"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether "for", a noun phrase and "to" come right before the trigger at {@code trigger}:
   * "for the entire board to stand down", "for the two ministers to resign" (a call, a wish).
   */
  private boolean forNounTo(int trigger) {
    if (trigger < 4 || !token(trigger - 1).lower().equals("to")) {
      return false;
    }
    for (int k = trigger - 2; k >= 1 && k >= trigger - 6; k--) {
      if (token(k).lower().equals("for")) {
        return k < trigger - 2;
      }
      if (!token(k).pos().matches("DT|JJ|NNS?|PRP\\$|CD")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the trigger at {@code trigger} is a present progressive ("is stepping down", "are
   * retiring") that a later end dates: "when his term ends", "at the end of the season", "next
   * year". Such a departure is announced, not yet made.
   */
  private boolean progressiveWithLaterEnd(int trigger) {
    if (trigger < 1 || !token(trigger).pos().equals("VBG")
        || !PRESENT_BE.contains(token(trigger - 1).lower())) {
      return false;
    }
    for (int j = trigger + 1; j + 1 < size() && j < trigger + 14; j++) {
      String w = token(j).lower();
      if (w.equals(";") || w.equals("but") || w.equals(",")) {
        return false;
      }
      boolean termEnds = w.equals("when") && token(j + 1).pos().equals("PRP$")
          && j + 2 < size() && token(j + 2).lower().equals("term");
      boolean endOf = w.equals("end") && token(j - 1).lower().equals("the")
          && token(j + 1).lower().equals("of");
      boolean next = w.equals("next") && TIME_UNITS_AHEAD.contains(token(j + 1).lower());
      if (termEnds || endOf || next) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> PRESENT_BE = Set.of("is", "are", "'s", "'re");
  /** What "next" may date: "next year", "next month". */
  private static final Set<String> TIME_UNITS_AHEAD = Set.of("year", "month", "week", "season",
      "spring", "summer", "autumn", "fall", "winter", "election");

  /** Whether a comma follows token {@code i} in this sentence. */
  private boolean commaAfter(int i) {
    for (int k = i + 1; k < size(); k++) {
      if (token(k).text().equals(",")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an asking verb at {@code i} has a person after it (past a title) and then "to" within
   * seven tokens of the trigger: "telling Cason to 'either fix this or step aside'".
   */
  /**
   * The person named at {@code k}, past up to two titles or bodies before the name ("Green MP
   * Julia Ferreira"), or null.
   */
  private Mention titledPersonAt(int k) {
    Mention m = at(k);
    for (int skip = 0; skip < 2 && m != null
        && (m.kind == Mention.Kind.ROLE || m.kind == Mention.Kind.ORG); skip++) {
      m = m.end < size() ? at(m.end) : null;
    }
    return m != null && m.kind == Mention.Kind.PERSON ? m : null;
  }

  /** Participles of a sitting or vote still to come after "to be": "to be voted on Thursday". */
  private static final Set<String> TO_BE_HELD = ImmutableSet.of("voted", "held", "debated",
      "heard", "convened");

  /**
   * Whether "nobody" or "no one" is the subject right before the verb at {@code trigger}, with
   * at most an auxiliary between ("no one has resigned"; not "nobody was surprised when").
   */
  private boolean noOneBefore(int trigger) {
    int k = trigger - 1;
    if (k >= 0 && YES_NO_OPENERS.contains(token(k).lower())) {
      k--;
    }
    return k >= 0 && (token(k).lower().equals("nobody") || token(k).lower().equals("no-one")
        || token(k).lower().equals("one") && k > 0 && token(k - 1).lower().equals("no"))
        || noneSubject(trigger);
  }

  /**
   * Whether the clause of the trigger at {@code trigger} opens with "Neither" or "None" as its
   * subject: "Neither has said they will leave the party", "None of the four has resigned",
   * "Neither X nor Y resigned" (not past a comma or a second clause: "Neither party won a
   * majority, and X resigned"; not far from it).
   */
  private boolean noneSubject(int trigger) {
    if (trigger < 1 || trigger > 10
        || !(token(0).lower().equals("neither") || token(0).lower().equals("none"))) {
      return false;
    }
    for (int j = 1; j < trigger; j++) {
      if (CLAUSE_BREAKS.contains(token(j).lower())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Words that end a clause's subject before a later clause: ",", ";", "and", "but", "that"
   * ("Neither of them mentions that the vote was 62 to 58": the vote is told).
   */
  private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", "and", "but", "while",
      "that");

  private boolean askedToBefore(int i, int trigger) {
    if (!ASKING_VERBS.contains(token(i).lower())) {
      return false;
    }
    int j = i + 1;
    // "wants Tourism Minister Craig Ballantyne to", "ordered Green MP X to"
    Mention m = j < trigger ? titledPersonAt(j) : null;
    m = m == null && j < trigger ? at(j) : m;
    if (m != null && m.end == trigger && WANTING.contains(token(i).lower())
        && (m.kind == Mention.Kind.PERSON || m.kind == Mention.Kind.PRONOUN)
        && token(trigger).pos().matches("VBN|VBD")) {
      return true; // "wants Millward stood down too", "wanted him sacked"
    }
    if (m == null || m.kind != Mention.Kind.PERSON && m.kind != Mention.Kind.PRONOUN
        || m.end >= trigger || !token(m.end).lower().equals("to")) {
      return false;
    }
    // "The board asked X to take over as interim chief executive": a post given, not a call
    Mention asker = i > 0 ? at(i - 1) : null;
    boolean body = asker != null && asker.kind == Mention.Kind.ORG
        || i > 0 && ASKING_BODIES.contains(token(i - 1).lower());
    boolean given = body && (token(i).lower().equals("asked")
        || token(i).lower().equals("invited")) && trigger + 2 < size()
        && token(trigger).lower().equals("take") && token(trigger + 1).lower().equals("over")
        && token(trigger + 2).lower().equals("as") && sentence.tokens().subList(trigger, size())
            .stream().noneMatch(w -> w.lower().equals("declined") || w.lower().equals("refused"));
    return trigger - m.end <= 7 && !given;
  }

  /** Verbs of wanting that take a person and a participle: "wants X sacked". */
  private static final Set<String> WANTING = Set.of("wants", "want", "wanted", "wanting");

  /** Bodies that give posts when they ask: "The board asked X to take over as Y". */
  private static final Set<String> ASKING_BODIES = ImmutableSet.of("board", "trustees",
      "council", "committee", "company", "club", "government", "cabinet", "it");

  private boolean lowerCaseWords(PhraseIndex.Match<Modality> cue) {
    for (int i = cue.start(); i < cue.end(); i++) {
      String w = token(i).text();
      if (!w.equals(w.toLowerCase(java.util.Locale.ROOT)) && i != 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether a clause of time ("when", "once") follows the verb at {@code trigger}. */
  private boolean timeClauseAfter(int trigger) {
    for (int j = trigger + 1; j < size(); j++) {
      String w = token(j).lower();
      if (w.equals(";") || w.equals("but") || w.equals(".")) {
        return false;
      }
      if (w.equals("when") || w.equals("once")) {
        return true;
      }
      // "would step down the moment this government raises taxes", "the day that becomes our
      // strategy": a condition; not "the day after the vote"
      if (CONDITION_NOUNS.contains(w) && token(j - 1).lower().equals("the") && j + 1 < size()
          && (token(j + 1).lower().equals("that")
              || !token(j + 1).pos().matches("IN|TO|,|\\.|''|VBD|CD|NNP"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether "would" at {@code i} announces a deed: a plain verb follows ("that he would step
   * down", "would now sit as"), not "would have" (what did not happen), "would be sworn in" (a
   * ceremony to come), "would not", "would still hold", nor after "nobody".
   */
  private boolean announcedAt(int i) {
    int v = i + 1 < size() && token(i + 1).lower().equals("now") ? i + 2 : i + 1;
    String before = i > 0 ? token(i - 1).lower() : "";
    return v < size() && token(v).pos().equals("VB") && !token(v).lower().equals("have")
        && !token(v).lower().equals("be") && !before.equals("nobody") && !before.equals("one");
  }

  /** Nouns that open a condition after "the": "the moment this government raises taxes". */
  private static final Set<String> CONDITION_NOUNS =
      ImmutableSet.of("moment", "minute", "instant", "day");

  private boolean reportedBefore(int i, boolean announced) {
    // "told directors at a board meeting on Tuesday morning that he would step down": past a
    // "that" just before the subject, the telling verb of an announced deed may be further back
    boolean that = announced && i >= 2 && (token(i - 2).lower().equals("that")
        || i >= 3 && token(i - 3).lower().equals("that"));
    for (int j = i - 1; j >= 0 && j >= i - (that ? 14 : 6); j--) {
      if (REPORTING.contains(token(j).lower())) {
        return true;
      }
      if (that && token(j).isVerb() && j < i - 2) {
        return false; // "told reporters that he doubted that X would resign": another verb's
      }
    }
    return false;
  }

  private static int rank(Modality m) {
    return switch (m) {
      case ASSERTED -> 0;
      case POSSIBLE -> 1;
      case REPORTED -> 2;
      case DENIED -> 3;
      case REFUSED -> 4;
      case THREATENED -> 5;
      case CALLED_FOR -> 6;
    };
  }

  private static boolean inDate(int i, List<DateFinder.DateMention> dates) {
    for (DateFinder.DateMention d : dates) {
      if (i >= d.start() && i < d.end()) {
        return true;
      }
    }
    return false;
  }
}
