package org.polkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A span of a sentence that refers to something: a person, an organisation, a role, a pronoun or
 * a counted group ("seven MPs"). Found by {@link MentionFinder}, then completed by
 * {@link EntityResolver}, which sets the entity (or entities) it refers to.
 */
final class Mention {
  enum Kind { PERSON, ORG, ROLE, PRONOUN, GROUP }

  final Kind kind;
  final int sentence;
  final int start;
  final int end;
  final String text;

  /** PERSON: the name without honorific; full when {@link #fullName} is set. */
  String name = "";
  boolean fullName;
  /** PERSON: a peer's name with the title ("Lord Ainsworth"), for a peer named in no other way. */
  String peerName;
  String gender = "-";
  /** PERSON: found by the statistical name finder alone, not by a rule. */
  boolean statistical;
  /** PERSON: a role implied by the honorific ("Sen."). */
  Optional<Lexicon.RoleEntry> honorificRole = Optional.empty();
  /** PERSON: the honorific written before the name ("Reps."), or "". */
  String honorific = "";
  /** ORG: gazetteer entry or pattern-built organisation; empty for anaphors. */
  Optional<Organization> organization = Optional.empty();
  /** ORG anaphor ("the party"): the type it refers back to. */
  Optional<OrgType> anaphorType = Optional.empty();
  /**
   * ORG definite description ("the agency", "the Senate"): the word the organisation's name has
   * ("Agency", "Senate"), or "*" for any chamber; null for anaphors resolved by type alone.
   */
  String anaphorHead;
  /** ORG named: the business noun written before the name ("the charity X"), or null. */
  String description;
  /** ORG named: no verb or other mention before it in its sentence ("Separately, Acme said"). */
  boolean opensSentence;
  /** ORG definite description: the gazetteer body it names when the article names none. */
  Optional<Organization> fallback = Optional.empty();
  /** The party that governs, named with its government ("the Liberal government"). */
  Optional<Organization> governingParty = Optional.empty();
  /** ROLE: the role and its plain label (extended for "secretary of state for X"). */
  Lexicon.RoleEntry role;
  String roleLabel = "";
  boolean formerRole;
  /** PERSON: the object of a preposition ("wrote to Taoiseach Leo Varadkar"). */
  boolean prepositionObject;
  /**
   * PERSON that is the object of a preposition: the token of "who" opening a relative clause
   * about it ("the departure of X, a senator who said he ..."), in which a pronoun stands for
   * it; else -1.
   */
  int relativeWho = -1;
  /**
   * PERSON named inside a relative clause about another person, set off by commas ("X, who ran
   * Y's race, told staff that he ..."): the closing comma, after which a pronoun is not its; else
   * -1.
   */
  int clauseEnd = -1;
  /**
   * PRONOUN "him" or "her" right after a verb: the token the verb's subject must end before,
   * which the pronoun cannot stand for ("Boudreau introduced him"); else -1.
   */
  int objectOfVerbAt = -1;
  /** PRONOUN: plural ("they") or not. GROUP: how many. */
  boolean plural;
  int count;
  /** GROUP: a count quoted as a source ("according to two MPs"): no names stand for it. */
  boolean anonymous;
  /** GROUP: a count standing alone for persons already named ("All four were admitted"). */
  boolean namedBefore;
  /** PERSON: the coordination list this mention belongs to, or -1. */
  int listId = -1;
  /** PRONOUN standing for a description ("The Wicklow TD ..."): the token after it, else -1. */
  int descriptionEnd = -1;
  /** PRONOUN "they": the group or plural pronoun it refers back to, resolved after groups. */
  Mention antecedent;

  /** After resolution: the keys of the entities referred to (several for "they", groups). */
  final List<String> entities = new ArrayList<>();

  Mention(Kind kind, int sentence, int start, int end, String text) {
    this.kind = kind;
    this.sentence = sentence;
    this.start = start;
    this.end = end;
    this.text = text;
  }

  boolean resolved() {
    return !entities.isEmpty();
  }

  boolean covers(int token) {
    return token >= start && token < end;
  }

  @Override
  public String toString() {
    return kind + "[" + sentence + ":" + start + "-" + end + " '" + text + "' -> " + entities + "]";
  }
}
