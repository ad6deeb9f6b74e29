package org.polkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.google.common.collect.ImmutableSet;

/**
 * Seats on committees and boards: "sits on the House Agriculture Committee", "keeps her seat on
 * the public accounts committee", "was named to the Oversight Committee", "were added to the
 * Committee on Disability Matters: A, B and C". A seat held or won gives the persons of its
 * verb's subject a member's role in the body; a seat given ("named to", "appointed to") is a
 * joining.
 * Bodies are named organisations whose name ends in one of {@link #BODY_HEADS}; a council seat
 * is a councillor's and is left to the title rules.
 */
final class Seats {
  /** The last words of the names of bodies one has a seat on. */
  private static final Set<String> BODY_HEADS = ImmutableSet.of("committee", "subcommittee",
      "board", "panel", "commission", "authority");
  /** Verbs of sitting on a body: "sits on", "served on". */
  private static final Set<String> SITTING = ImmutableSet.of("sit", "sits", "sat", "sitting",
      "serve", "serves", "served", "serving");
  /** Nouns of a seat held on a body: "her seat on", "a place on". */
  private static final Set<String> SEAT_NOUNS = ImmutableSet.of("seat", "place");
  /** Verbs of holding a seat: "keeps her seat on", "was handed a seat on". */
  private static final Set<String> HOLDING = ImmutableSet.of("keep", "keeps", "kept", "keeping",
      "retain", "retains", "retained", "retaining", "hold", "holds", "held", "holding", "has",
      "have", "had", "handed", "given", "won", "took", "takes", "take", "taken");
  /** Participles of being put on a body: "was named to", "were added to". */
  private static final Set<String> PUT_ON = ImmutableSet.of("named", "appointed", "added",
      "elected", "co-opted", "nominated");

  private Seats() {}

  /** Auxiliaries before a verb of sitting that leave the seat not held now. */
  private static final Set<String> NOT_NOW = ImmutableSet.of("will", "would", "could", "may",
      "might", "'ll", "had", "to");

  /**
   * Whether the seat of the verb at {@code verb} is one to come or one given up: "he will sit on
   * the committee from next week", "would take a seat on", "Both had sat on the board for a
   * decade", "who sat on the audit committee"; not "will keep her seat on", "will continue to
   * serve on".
   */
  private static boolean notHeldNow(Clause c, int verb) {
    String v = c.token(verb).lower();
    if (v.startsWith("keep") || v.startsWith("retain") || v.equals("kept")) {
      return false; // "will keep her seat on the committee": held now
    }
    int aux = verb - 1;
    while (aux > 0 && c.token(aux).pos().startsWith("RB")) {
      aux--; // "has also sat"
    }
    if ((v.equals("sat") || v.equals("served"))
        && !(aux >= 0 && Tokens.isHave(c.token(aux).lower()))) {
      return true; // "a director who sat on the audit committee", "served on the board for six
      // years": a seat told in the past tense (but "has sat on the board since 2019": held)
    }
    for (int k = Math.max(0, verb - 3); k < verb; k++) {
      if (c.token(k).lower().startsWith("continu")) {
        return false; // "will continue to serve on the board"
      }
      if (NOT_NOW.contains(c.token(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The members' roles {@code c} gives, and the boards its persons were put on ("was appointed
   * to the board on Monday", "Two new directors were elected to the board: A and B"): joined on
   * {@code date}.
   */
  static List<Fact> find(Clause c, List<DateFinder.DateMention> dates,
      Optional<java.time.LocalDate> date) {
    List<Fact> out = new ArrayList<>();
    for (Mention body : c.mentions) {
      if (body.kind != Mention.Kind.ORG || !body.resolved() || !isBody(body)) {
        continue;
      }
      int k = body.start;
      if (k > 0 && c.token(k - 1).lower().equals("the")) {
        k--;
      }
      Mention appointee = body.text.toLowerCase(Locale.ROOT).endsWith("board")
          ? nominalAppointee(c, k) : null;
      if (appointee != null) {
        // "investors approved the appointment of X, a former minister, to the supervisory
        // board": X joined it
        out.add(new Fact.Joining(appointee.entities.get(0), body.entities.get(0), date,
            c.modality(k), FactRules.prov(c, "put-on-board", 0.7)));
        continue;
      }
      int verb = verbBefore(c, k);
      if (verb < 0) {
        continue;
      }
      // "named to the board as chair": a post of its own, though a seat on the board all the
      // same; "Two new directors were elected to the board": directors (see FactRules)
      boolean post = body.end < c.size() && c.token(body.end).lower().equals("as")
          || countedPosts(c, verb);
      boolean putOnBoard = PUT_ON.contains(c.token(verb).lower())
          && !c.token(verb).lower().equals("nominated")
          && body.text.toLowerCase(Locale.ROOT).endsWith("board");
      Provenance prov = FactRules.prov(c, "role-seat-on-body", 0.7);
      Modality modality = c.modality(verb);
      for (String p : c.subject(verb, dates)) {
        if (!p.startsWith("person/")) {
          continue;
        }
        if (!post && !FactRules.GIVEN_SEAT.contains(c.token(verb).lower())
            && !notHeldNow(c, verb)) {
          // "sits on", "keeps her seat on", "was elected to": a member's post; "was appointed to
          // the board" is told as the joining (here for boards, by the rules of joining for the
          // rest)
          out.add(new Fact.RoleHolding(p, "member", Optional.of(body.entities.get(0)),
              modality, prov));
        }
        if (putOnBoard) {
          out.add(new Fact.Joining(p, body.entities.get(0), date, modality,
              FactRules.prov(c, "put-on-board", 0.7)));
        }
      }
    }
    return out;
  }

  /** Nouns of a person's being put on a body: "the appointment of X to the board". */
  private static final Set<String> PUTTING = ImmutableSet.of("appointment", "election",
      "co-option");
  /** Words before such a noun that make it one not (yet) made: "proposed the appointment". */
  private static final Set<String> NOT_MADE = ImmutableSet.of("proposed", "proposes", "propose",
      "proposing", "recommended", "recommends", "blocked", "rejected", "opposed", "opposes",
      "would", "will", "to", "against", "planned", "sought", "seeks");

  /**
   * The person of "the appointment of X (, a former minister,) to" that ends just before token
   * {@code k}, when the noun is not one proposed, opposed or to come; else null.
   */
  private static Mention nominalAppointee(Clause c, int k) {
    if (k < 4 || !c.token(k - 1).lower().equals("to")) {
      return null;
    }
    for (int j = k - 2; j >= 2 && j >= k - 14; j--) {
      if (!c.token(j).lower().equals("of") || !PUTTING.contains(c.token(j - 1).lower())) {
        continue;
      }
      for (int w = Math.max(0, j - 5); w < j - 1; w++) {
        if (NOT_MADE.contains(c.token(w).lower())) {
          return null;
        }
      }
      Mention p = c.startingAt(j + 1, Mention.Kind.PERSON);
      boolean apposed = p != null && (p.end == k - 1
          || c.token(p.end).text().equals(",") && c.token(k - 2).text().equals(","));
      return apposed && p.resolved() ? p : null;
    }
    return null;
  }

  /** Plural posts on a board: "Two new directors were elected to the board". */
  private static final Set<String> BOARD_POSTS = ImmutableSet.of("directors", "trustees",
      "governors");

  /**
   * Whether a count of board posts comes just before the verb at {@code verb}: "Two new
   * directors were".
   */
  private static boolean countedPosts(Clause c, int verb) {
    for (int k = Math.max(1, verb - 3); k < verb; k++) {
      if (BOARD_POSTS.contains(c.token(k).lower())
          && (FactRules.counted(c, k - 1) || k >= 2 && FactRules.counted(c, k - 2))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code m} names a body one has a seat on: a committee, board, panel, commission. */
  static boolean isBody(Mention m) {
    String name = m.organization.map(Organization::name).orElse(m.text).toLowerCase(Locale.ROOT);
    String head = name.substring(name.lastIndexOf(' ') + 1);
    return BODY_HEADS.contains(head) || name.startsWith("committee ");
  }

  /**
   * The verb that puts its subject on the body named from {@code k}: "sits on", "keeps her seat
   * on", "was named to"; or -1.
   */
  private static int verbBefore(Clause c, int k) {
    if (k < 2) {
      return -1;
    }
    String prep = c.token(k - 1).lower();
    String w = c.token(k - 2).lower();
    if (prep.equals("on") && SITTING.contains(w)) {
      return k - 2;
    }
    if (prep.equals("on") && SEAT_NOUNS.contains(w) && k >= 4) {
      // "her seat on", "a seat on": the verb before the determiner
      String holder = c.token(k - 4).lower();
      return HOLDING.contains(holder) ? k - 4 : -1;
    }
    if (prep.equals("to") && PUT_ON.contains(w) && k >= 3) {
      String aux = c.token(k - 3).lower();
      return aux.equals("was") || aux.equals("were") || aux.equals("been") ? k - 2 : -1;
    }
    return -1;
  }
}
