package org.polkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.google.common.collect.ImmutableSet;

import org.polkg.nlp.Token;

/**
 * Posts given as a portfolio taken in a reshuffle: "Aoife Ní Bhriain takes Finance", "Anthony
 * Vella takes over police", "X moves from Education to Justice". Only in a sentence that names a
 * minister's, secretary's, spokesperson's or cabinet member's post, so that "took charge" or
 * "takes the club" in other stories give nothing; the post is labelled the way the nearest such
 * post is ("finance minister" beside "health minister", "cabinet member for housing" beside
 * "cabinet member for finance").
 */
final class Portfolios {
  private static final Set<String> TAKING = ImmutableSet.of("takes", "took", "gets", "got",
      "keeps", "kept", "retains", "retained", "inherits", "inherited");
  /** Verbs of holding a post, told with the word for it: "who holds the arts portfolio". */
  private static final Set<String> HOLDING = ImmutableSet.of("holds", "held", "holding");
  private static final Set<String> MOVING = ImmutableSet.of("moves", "moved", "goes", "went",
      "switches", "switched", "shifts", "shifted");
  /** Words after a portfolio that name the post itself: "takes the finance brief". */
  private static final Set<String> POST_WORDS = ImmutableSet.of("brief", "portfolio", "job",
      "post", "ministry", "department");
  /** Verbs of giving a portfolio to someone: "handed the health portfolio to X". */
  private static final Set<String> GIVING = ImmutableSet.of("handed", "hands", "gave", "gives",
      "passed", "passes");
  /** Words naming the post given: "the conservation portfolio", "the justice brief". */
  private static final Set<String> GIVEN_POSTS = ImmutableSet.of("brief", "portfolio",
      "ministry");
  /** Determiners before a portfolio given: "her", "his", "the". */
  private static final Set<String> GIVEN_DETERMINERS = ImmutableSet.of("the", "his", "her",
      "their");
  /** Nouns taken that are no portfolio: "took office", "takes charge", "took part". */
  private static final Set<String> NOT_PORTFOLIOS = ImmutableSet.of("office", "charge", "part",
      "place", "questions", "power", "control", "responsibility", "time", "note", "aim",
      "steps", "action", "advice", "seat", "seats", "oath", "over", "effect", "issue", "heart",
      "credit", "leave", "legal", "a", "an", "his", "her", "their", "its");
  /** Posts whose label shows how the story names a portfolio's post. */
  private static final List<String> TEMPLATE_HEADS = List.of("minister", "secretary",
      "spokesperson", "cabinet member", "critic");
  /** Posts whose label shows how the story names a portfolio given to someone. */
  private static final List<String> GIVEN_TEMPLATES = List.of("minister", "secretary",
      "cabinet member");
  /** Posts a bracketed list of portfolios gives out: "parliamentary secretaries: A (x)". */
  private static final Set<String> LIST_HEADS = ImmutableSet.of("minister", "secretary",
      "spokesperson", "spokesman", "spokeswoman", "critic");
  private static final Set<String> BOUNDARIES = ImmutableSet.of(",", ".", ";", "and", "while",
      "but", "as", "\"");

  private Portfolios() {}

  /** The posts of {@code c} whose label holds one of {@code heads} (not a minister of state). */
  private static List<Mention> templates(Clause c, List<String> heads) {
    return c.mentions.stream().filter(m -> m.kind == Mention.Kind.ROLE
        && heads.stream().anyMatch(m.roleLabel::contains)
        && !m.roleLabel.contains(" of state")).toList();
  }

  /** The posts taken in {@code c}, each with the persons of its verb's subject. */
  static List<Fact> find(Clause c, List<DateFinder.DateMention> dates) {
    List<Mention> posts = templates(c, TEMPLATE_HEADS);
    if (posts.isEmpty()) {
      return List.of();
    }
    List<Fact> out = new ArrayList<>();
    for (int i = 1; i + 1 < c.size(); i++) {
      String w = c.token(i).lower();
      int from;
      if (TAKING.contains(w) || HOLDING.contains(w)) {
        from = c.token(i + 1).lower().equals("over") ? i + 2 : i + 1;
      } else if (MOVING.contains(w)) {
        from = toAfter(c, i);
      } else {
        continue;
      }
      if (from < 0 || from >= c.size()) {
        continue;
      }
      if (c.token(from).lower().equals("the")) {
        from++;
      }
      int end = portfolioEnd(c, from);
      if (end <= from || HOLDING.contains(w)
          && (end >= c.size() || !POST_WORDS.contains(c.token(end).lower()))) {
        continue; // "holds the arts portfolio", not "holds talks"
      }
      List<String> words = new ArrayList<>();
      for (int k = from; k < end; k++) {
        words.add(c.token(k).lower());
      }
      Mention like = nearest(posts, i);
      boolean holds = HOLDING.contains(w);
      if (holds && !like.text.toLowerCase(java.util.Locale.ROOT).endsWith("minister")
          && !like.roleLabel.contains(" for ")) {
        continue; // "a cabinet member, Cllr X, who holds the finance portfolio": no template
      }
      String label = labelLike(like.roleLabel, Tokens.join(words));
      Provenance prov = FactRules.prov(c, "role-portfolio", 0.65);
      // "X, who holds the arts portfolio,": the person before "who", not a list around it
      int who = i >= 1 && c.token(i - 1).pos().equals("RB") ? i - 2 : i - 1; // "who also holds"
      Mention holder = holds && who >= 2 && c.token(who).lower().equals("who")
          && c.token(who - 1).text().equals(",") ? c.endingBefore(who - 1, Mention.Kind.PERSON)
          : null;
      if (holds && holder == null) {
        continue;
      }
      for (String p : holds ? holder.entities : c.subject(i, dates)) {
        if (p.startsWith("person/")) {
          out.add(new Fact.RoleHolding(p, label, Optional.empty(), c.modality(i), prov));
        }
      }
    }
    return out;
  }

  /**
   * The posts given in {@code c} to a person named after "to": "handed the conservation portfolio
   * to X, the Minister of Forestry" (X is minister of conservation), "gave the health brief to
   * Infrastructure Minister Y", each labelled the way the nearest minister's or secretary's post
   * of the sentence is; nothing when the sentence names no such post.
   */
  static List<Fact> given(Clause c) {
    // (a minister's, secretary's or cabinet member's post: not a deputy's or delegate's, nor a
    // spokesperson's, which the sentence may name of someone else: "a Commission spokesman said")
    List<Mention> posts = templates(c, GIVEN_TEMPLATES).stream()
        .filter(m -> !m.roleLabel.startsWith("deputy ") && !m.roleLabel.contains("delegate"))
        .toList();
    List<Fact> out = new ArrayList<>();
    for (int i = 0; !posts.isEmpty() && i + 4 < c.size(); i++) {
      if (!GIVING.contains(c.token(i).lower())
          || !GIVEN_DETERMINERS.contains(c.token(i + 1).lower())) {
        continue;
      }
      int k = i + 2;
      while (k < c.size() && k < i + 6 && c.at(k) == null && isNoun(c.token(k))
          && !GIVEN_POSTS.contains(c.token(k).lower())) {
        k++;
      }
      if (k == i + 2 || k + 2 >= c.size() || !GIVEN_POSTS.contains(c.token(k).lower())
          || !c.token(k + 1).lower().equals("to")) {
        continue;
      }
      Mention person = null;
      for (int j = k + 2; j < c.size() && j <= k + 10 && person == null; j++) {
        Mention m = c.at(j);
        if (m != null && m.kind == Mention.Kind.PERSON && m.resolved()) {
          person = m;
        } else if (m == null && !c.token(j).isCapitalized()
            && !c.token(j).lower().equals("the") && !(c.token(j).text().equals(",")
                && c.at(j - 1) != null && c.at(j - 1).kind == Mention.Kind.ROLE)) {
          break; // only past a title: "to Infrastructure Minister Y", "to the Minister of X, Y"
        } else if (m != null) {
          j = m.end - 1;
        }
      }
      if (person == null) {
        continue;
      }
      List<String> words = new ArrayList<>();
      for (int w = i + 2; w < k; w++) {
        words.add(c.token(w).lower());
      }
      String label = labelLike(nearest(posts, k).roleLabel, Tokens.join(words));
      Provenance prov = FactRules.prov(c, "role-portfolio-given", 0.6);
      for (String p : c.members(person)) {
        if (p.startsWith("person/")) {
          out.add(new Fact.RoleHolding(p, label, Optional.empty(), c.modality(i), prov));
        }
      }
    }
    return out;
  }

  /** Words naming the post held as a stand-in: "run the finance ministry on an acting basis". */
  private static final Set<String> BASIS_POSTS = ImmutableSet.of("ministry", "portfolio",
      "brief");
  /** Verbs of holding a portfolio for a while: "will run the finance ministry". */
  private static final Set<String> BASIS_VERBS = ImmutableSet.of("run", "runs", "running",
      "ran", "lead", "leads", "led", "oversee", "oversees", "handle", "handles");
  private static final Set<String> STAND_INS = ImmutableSet.of("acting", "interim");
  /** Posts whose portfolios are no minister's: a commissioner's, a council cabinet member's. */
  private static final List<String> OTHER_HEADS = List.of("commissioner", "cabinet member",
      "cabinet secretary", "councillor", "portfolio holder");

  /**
   * Portfolios held on a stand-in's basis: "X will run the finance ministry on an acting basis",
   * "asked Y, the agriculture minister, to take on the economy portfolio on an interim basis",
   * "put Z in charge of the health ministry on an acting basis", "handed the finance portfolio on
   * an interim basis to W": each an acting or interim holder of the latest of the story's posts
   * ({@code storyPosts}, the latest first) that names the portfolio ("interim trade
   * commissioner"), else a minister of it when the story names ministers' posts and no
   * commissioner's or cabinet member's.
   */
  static List<Fact> onABasis(Clause c, List<DateFinder.DateMention> dates,
      java.util.function.Supplier<List<String>> storyPosts) {
    List<Fact> out = new ArrayList<>();
    for (int b = 4; b < c.size(); b++) {
      String kind = c.token(b - 1).lower();
      if (!c.token(b).lower().equals("basis") || !STAND_INS.contains(kind)
          || !c.token(b - 3).lower().equals("on")) {
        continue;
      }
      int post = b - 4;
      if (!BASIS_POSTS.contains(c.token(post).lower())) {
        continue;
      }
      int det = post - 1;
      while (det > 0 && det > post - 4 && c.at(det) == null && (isNoun(c.token(det))
          || c.token(det).pos().equals("JJ"))) { // "the public safety portfolio"
        det--;
      }
      if (det == post - 1 || !GIVEN_DETERMINERS.contains(c.token(det).lower())) {
        continue;
      }
      List<String> words = new ArrayList<>();
      for (int w = det + 1; w < post; w++) {
        words.add(c.token(w).lower());
      }
      List<String> holders = holdersOnABasis(c, det, b, dates);
      holders.removeIf(p -> !p.startsWith("person/"));
      List<String> posts = storyPosts.get();
      String portfolio = Tokens.join(words);
      Optional<String> named = posts.stream().filter(l -> l.contains(portfolio)
          && !STAND_INS.contains(l.split(" ")[0])).findFirst();
      boolean ministers = posts.stream().anyMatch(l -> l.endsWith(" minister"))
          && posts.stream().noneMatch(l -> OTHER_HEADS.stream().anyMatch(l::contains));
      if (named.isEmpty() && !ministers) {
        continue; // "the housing portfolio" in a story of a council's cabinet members
      }
      String label = kind + " " + named.orElse(portfolio + " minister");
      Provenance prov = FactRules.prov(c, "role-portfolio-basis", 0.6);
      for (String p : holders) {
        out.add(new Fact.RoleHolding(p, label, Optional.empty(), c.modality(det), prov));
      }
    }
    return out;
  }

  /**
   * Who holds the portfolio whose determiner is at {@code det} on the basis ending at {@code b}:
   * the one it is handed "to", the one put "in charge of" it, the one asked "to run" it, or the
   * subject of "runs" or "took on" it.
   */
  private static List<String> holdersOnABasis(Clause c, int det, int b,
      List<DateFinder.DateMention> dates) {
    if (b + 2 < c.size() && c.token(b + 1).lower().equals("to") && det > 0
        && GIVING.contains(c.token(det - 1).lower())) {
      Mention to = c.startingAt(b + 2, Mention.Kind.PERSON);
      Mention title = to == null ? c.startingAt(b + 2, Mention.Kind.ROLE) : null;
      to = title == null ? to : c.startingAt(title.end, Mention.Kind.PERSON);
      return to == null ? new ArrayList<>() : new ArrayList<>(c.members(to));
    }
    int verb = det - 1;
    boolean charge = verb >= 3 && c.token(verb).lower().equals("of")
        && c.token(verb - 1).lower().equals("charge") && c.token(verb - 2).lower().equals("in");
    boolean took = verb >= 1 && (c.token(verb).lower().equals("on")
        || c.token(verb).lower().equals("over")) && c.token(verb - 1).pos().startsWith("VB")
        && c.token(verb - 1).lower().startsWith("t");
    int head = charge ? verb - 2 : took ? verb - 1 : verb;
    if (!charge && !took && !BASIS_VERBS.contains(c.token(verb).lower())) {
      return new ArrayList<>();
    }
    int before = head - 1;
    if (before >= 1 && (charge || c.token(before).lower().equals("to"))) {
      int end = c.token(before).lower().equals("to") ? before - 1 : before;
      boolean apposed = end >= 1 && c.token(end).text().equals(",");
      // "put X in charge of", "asked X to run", "asked the agriculture minister, X, to run",
      // "asked X, the minister for Y, to take on"
      Mention object = end >= 0 ? c.namedBefore(end + 1) : null;
      if (object != null && object.kind == Mention.Kind.PERSON
          && (apposed || object.end == end + 1)) {
        return new ArrayList<>(c.members(object));
      }
      if (apposed) {
        return new ArrayList<>();
      }
      if (charge) {
        return new ArrayList<>();
      }
    }
    return new ArrayList<>(c.subject(head, dates)); // "X will run the finance ministry"
  }

  /**
   * Posts given in brackets after each name of a list, labelled by the post the sentence names
   * before it: "named parliamentary secretaries: A (seniors' services), B (rural health)" (A is
   * parliamentary secretary for seniors' services); "places in the cabinet go to A (communities)
   * and B (climate)" (cabinet member for communities); after deputy prime ministers, the
   * minister of it ("Deputy prime ministers A (energy)": minister of energy). Nothing when the
   * sentence names no such post, or when a bracket holds anything but lower-case words
   * ("A (Labour)", "B (now)").
   */
  static List<Fact> bracketed(Clause c) {
    List<Fact> out = new ArrayList<>();
    String head = null;
    for (Mention m : c.mentions) {
      int open = m.end;
      if (m.kind != Mention.Kind.PERSON || !m.resolved() || open + 2 >= c.size()
          || !c.token(open).text().equals("(")) {
        continue;
      }
      int close = open + 1;
      while (close < c.size() && close < open + 8 && !c.token(close).text().equals(")")
          && c.at(close) == null && (Character.isLowerCase(c.token(close).text().charAt(0))
              || c.token(close).text().equals("'") || c.token(close).text().equals(","))) {
        close++;
      }
      if (close == open + 1 || close >= c.size() || !c.token(close).text().equals(")")) {
        continue;
      }
      head = head != null ? head : listHead(c, m.start);
      if (head == null) {
        return out;
      }
      List<String> words = new ArrayList<>();
      for (int k = open + 1; k < close; k++) {
        words.add(c.token(k).text().equals("'") ? "'" : c.token(k).lower());
      }
      String portfolio = Tokens.join(words).replace(" '", "'");
      // "(Deputy) prime ministers A (digital affairs) and B (defence)": a prime minister's
      // portfolio is a ministry of its own, each the minister of it
      String label = head.endsWith("prime minister") ? "minister of " + portfolio
          : head + " for " + portfolio;
      out.add(new Fact.RoleHolding(m.entities.get(0), label,
          Optional.empty(), c.modality(m.start), FactRules.prov(c, "role-bracketed-portfolio",
              0.65)));
    }
    return out;
  }

  /**
   * The post a list starting at {@code first} gives out, as the sentence names it before the
   * list: "parliamentary secretaries", "shadow assistant ministers" (in the singular), "cabinet"
   * (a cabinet member's); null when there is none.
   */
  private static String listHead(Clause c, int first) {
    for (int k = first - 1; k >= 0; k--) {
      String w = c.token(k).lower();
      String one = w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y"
          : w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
      if (LIST_HEADS.contains(one)) {
        int from = k;
        while (from > 0 && from > k - 3 && (c.at(from - 1) == null
            || c.at(from - 1).kind == Mention.Kind.ROLE)
            && Character.isLowerCase(c.token(from - 1).text().charAt(0))
            && (c.token(from - 1).pos().startsWith("JJ") || c.token(from - 1).pos().equals("NN"))) {
          from--;
        }
        List<String> words = new ArrayList<>();
        for (int j = from; j < k; j++) {
          words.add(c.token(j).lower());
        }
        words.add(one);
        return Tokens.join(words);
      }
      if (w.equals("cabinet")) {
        return "cabinet member";
      }
    }
    return null;
  }

  private static Mention nearest(List<Mention> posts, int i) {
    return posts.stream().min(java.util.Comparator.comparingInt(m -> Math.abs(m.start - i)))
        .orElseThrow();
  }

  /**
   * The label of a post in {@code portfolio} written the way {@code like} is: "justice
   * minister" like "health minister", "shadow justice secretary" like "shadow home secretary",
   * "cabinet member for housing" like "cabinet member for finance".
   */
  static String labelLike(String like, String portfolio) {
    for (String p : List.of(" for ", " of ")) {
      int at = like.indexOf(p);
      if (at > 0) {
        return like.substring(0, at + p.length()) + portfolio;
      }
    }
    String head = like.substring(like.lastIndexOf(' ') + 1);
    return (like.startsWith("shadow ") ? "shadow " : "") + portfolio + " " + head;
  }

  /** The token after the "to" of "moves from Education to Justice", or -1. */
  private static int toAfter(Clause c, int verb) {
    for (int k = verb + 1; k < c.size() - 1 && k <= verb + 6; k++) {
      String w = c.token(k).lower();
      if (w.equals("to")) {
        return k + 1;
      }
      if (!(w.equals("from") || w.equals("the") || w.equals("and")
          || c.token(k).pos().startsWith("NN") || c.token(k).pos().startsWith("JJ"))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The end of a portfolio of one to four nouns and adjectives from {@code from} ("Finance",
   * "official languages", "housing and planning") that ends its clause, a word naming the post
   * ("brief") left out; or {@code from} when there is none.
   */
  private static int portfolioEnd(Clause c, int from) {
    int k = from;
    while (k < c.size() && k < from + 4 && c.at(k) == null
        && !NOT_PORTFOLIOS.contains(c.token(k).lower())
        && !DateFinder.isTimeWord(c.token(k).lower())
        && (isNoun(c.token(k)) || c.token(k).pos().startsWith("JJ")
            && c.token(k).text().chars().allMatch(ch -> Character.isLetter(ch) || ch == '-')
            || c.token(k).lower().equals("and") && k > from && k + 1 < c.size()
                && isNoun(c.token(k + 1)) && c.at(k + 1) == null)) {
      k++;
    }
    int end = k;
    if (end > from && POST_WORDS.contains(c.token(end - 1).lower())) {
      end--;
    }
    boolean closed = k >= c.size() || BOUNDARIES.contains(c.token(k).lower());
    return closed && end > from && isNoun(c.token(end - 1)) ? end : from;
  }

  /** A noun, or a gerund naming a portfolio ("keeps planning", "takes policing"). */
  private static boolean isNoun(Token t) {
    return (t.pos().startsWith("NN") || t.pos().equals("VBG"))
        && t.text().chars().allMatch(Character::isLetter);
  }
}
