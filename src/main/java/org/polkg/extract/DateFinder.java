package org.polkg.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import com.google.common.collect.ImmutableMap;
import org.polkg.nlp.Token;

/**
 * Finds date expressions in a sentence and resolves them to calendar dates: explicit dates
 * ("18 February 2019", "Feb. 18", "2019-02-18") and dates relative to the publication date
 * ("on Monday", "yesterday", "last night").
 *
 * <p>A bare weekday means the most recent such day on or before publication, as news reports
 * use it; "next Monday" means the one after.
 */
final class DateFinder {
  /** A date expression: tokens {@code [start, end)} of a sentence, resolved to {@code date}. */
  record DateMention(int start, int end, LocalDate date) {}

  private static final Map<String, DayOfWeek> WEEKDAYS;
  private static final Map<String, Month> MONTHS;

  static {
    ImmutableMap.Builder<String, DayOfWeek> w = ImmutableMap.builder();
    for (DayOfWeek d : DayOfWeek.values()) {
      String name = d.name().charAt(0) + d.name().substring(1).toLowerCase(Locale.ROOT);
      w.put(name, d);
    }
    WEEKDAYS = w.build();
    ImmutableMap.Builder<String, Month> m = ImmutableMap.builder();
    for (Month mo : Month.values()) {
      String name = mo.name().charAt(0) + mo.name().substring(1).toLowerCase(Locale.ROOT);
      m.put(name, mo);
      if (name.length() > 3) {
        m.put(name.substring(0, 3), mo);
        m.put(name.substring(0, 3) + ".", mo);
      }
    }
    m.put("Sept", Month.SEPTEMBER).put("Sept.", Month.SEPTEMBER);
    MONTHS = m.buildKeepingLast();
  }

  private DateFinder() {}

  /** Words that with "is ... to" put a deed ahead: "is due to", "are scheduled to". */
  private static final Set<String> FUTURE_FRAMES = Set.of("scheduled", "due", "set", "expected",
      "poised");
  /** Verbs whose simple present with a day tells of what is scheduled: "takes up the post". */
  private static final Set<String> SCHEDULED_PRESENT = Set.of("takes", "take", "starts", "start",
      "begins", "begin", "meets", "meet", "returns", "return", "sits", "sit");
  /** Words that open a clause of what came before: "after being suspended on Monday". */
  private static final Set<String> PAST_OPENERS = Set.of("after", "since", "being");
  /** Present forms of "be": "is due to", "is to be sworn in". */
  static final Set<String> PRESENT_BE = Set.of("is", "are", "'s", "'re");

  /**
   * Whether the clause of the token at {@code i} speaks of the future: "will", "'ll", "is to",
   * "is due to" (see {@link #FUTURE_FRAMES}) or a scheduled present ("takes up the post") within
   * the 15 tokens before it, with no comma, semicolon or past-tense verb between.
   */
  private static boolean willBefore(List<Token> tokens, int i) {
    for (int j = i - 1; j >= 0 && j >= i - 15; j--) {
      Token t = tokens.get(j);
      String w = t.lower();
      if (w.equals("will") || w.equals("'ll")) {
        return true;
      }
      if (SCHEDULED_PRESENT.contains(w) && t.pos().matches("VB[ZP]")) {
        return true; // "He takes up the post on Monday": a present of what is scheduled
      }
      if (FUTURE_FRAMES.contains(w) && j > 0 && j + 1 < i && tokens.get(j + 1).lower().equals("to")
          && PRESENT_BE.contains(tokens.get(j - 1).lower())) {
        return true; // "the commission is scheduled to take up the audit on Thursday"
      }
      if (w.equals("to") && j > 0 && j + 1 < i && PRESENT_BE.contains(tokens.get(j - 1).lower())
          && !tokens.get(j + 1).isCapitalized()) {
        return true; // "is to be sworn in on Friday"
      }
      if (w.equals(",") || w.equals(";") || t.pos().equals("VBD") || PAST_OPENERS.contains(w)) {
        return false; // not "is to stand down after being suspended on Monday"
      }
    }
    return false;
  }

  /** Whether a word names a time: a weekday, a month, "yesterday", "today"... */
  static boolean isTimeWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    String cap = Tokens.capitalize(w);
    return WEEKDAYS.containsKey(cap) || MONTHS.containsKey(cap) && !cap.equals("May")
        || w.equals("yesterday") || w.equals("today") || w.equals("tonight")
        || w.equals("tomorrow") || w.equals("night") || w.equals("morning")
        || w.equals("afternoon") || w.equals("evening") || w.equals("week")
        || w.equals("month") || w.equals("year");
  }

  /**
   * Whether a time word begins at {@code k} ("Wednesday", "June"), counting "May" only before
   * a day of the month ("May 20"), where it is no modal.
   */
  static boolean isTimeWordAt(List<Token> toks, int k) {
    return isTimeWord(toks.get(k).text()) || toks.get(k).text().equals("May")
        && k + 1 < toks.size() && toks.get(k + 1).text().matches("\\d{1,2}(st|nd|rd|th)?");
  }

  /** Occasions that "the same" places on the story's last date: "at the same meeting". */
  private static final Set<String> SAME_OCCASION = Set.of("meeting", "session", "statement",
      "sitting", "press", "conference", "announcement", "ceremony", "hearing");

  /**
   * The day the sentence before ({@code before}, with its dates {@code beforeDates}) gives the
   * occasion a sentence's "the same meeting" (session, hearing...) speaks of: "... accepted his
   * resignation at an emergency meeting on Monday morning. At the same meeting the board named
   * X": Monday, not another day the sentence before tells of; empty when it gives none.
   */
  static Optional<LocalDate> dayOfSameOccasion(List<Token> tokens, List<Token> before,
      List<DateMention> beforeDates) {
    for (int i = 2; i < tokens.size(); i++) {
      String w = tokens.get(i).lower();
      if (!SAME_OCCASION.contains(w) || !tokens.get(i - 1).lower().equals("same")
          || !tokens.get(i - 2).lower().equals("the")) {
        continue;
      }
      for (int k = 0; k < before.size(); k++) {
        if (!before.get(k).lower().equals(w)) {
          continue;
        }
        int at = k;
        Optional<LocalDate> day = beforeDates.stream()
            .filter(d -> d.start() > at && d.start() <= at + 3).map(DateMention::date)
            .findFirst();
        if (day.isPresent()) {
          return day;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Days after the story's last date that a sentence tells of without a date of its own: 1 for
   * "the following day", "the next day", "a day later"; N for "N days later" (7N for "N weeks
   * later"); -N for "N days earlier"; -1 for "the previous day" (night...) and for "the day
   * before" ending its phrase; 0 for "the same day" (evening, night...) and "the same meeting"
   * (statement, sitting...); empty for none.
   */
  static OptionalInt daysAfterLast(List<Token> tokens) {
    for (int i = 1; i < tokens.size(); i++) {
      String w = tokens.get(i).lower();
      String prev = tokens.get(i - 1).lower();
      boolean the = i >= 2 && tokens.get(i - 2).lower().equals("the");
      // "the following day", "the next morning"
      if (PARTS_OF_DAY.contains(w) && !w.equals("night")
          && (prev.equals("following") || prev.equals("next")) && the) {
        return OptionalInt.of(1);
      }
      if (PARTS_OF_DAY.contains(w) && prev.equals("that")
          && (i == 1 || tokens.get(i - 2).lower().equals("later")
              || tokens.get(i - 2).text().equals(","))) {
        return OptionalInt.of(0); // "That evening", "later that day": the day last told of
      }
      if (PARTS_OF_DAY.contains(w) && prev.equals("previous") && the) {
        return OptionalInt.of(-1); // "the previous day", "the previous night"
      }
      boolean otherYear = i + 2 < tokens.size() && tokens.get(i + 1).lower().equals("in")
          && tokens.get(i + 2).text().matches("\\d{4}"); // "on the same day in 2015"
      if (prev.equals("same") && the && (PARTS_OF_DAY.contains(w) || SAME_OCCASION.contains(w))
          && !otherYear) {
        return OptionalInt.of(0); // also "at the same meeting", "in the same statement"
      }
      if (w.equals("before") && prev.equals("day") && the && (i + 1 == tokens.size()
          || tokens.get(i + 1).text().equals(",") || tokens.get(i + 1).text().equals("."))) {
        return OptionalInt.of(-1); // "the day before," but not "the day before the vote"
      }
      if ((w.equals("before") || w.equals("after")) && prev.equals("day") && the
          && i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("that")) {
        return OptionalInt.of(w.equals("before") ? -1 : 1); // "The day before that, X was"
      }
      if ((w.equals("later") || w.equals("earlier")) && i >= 2) {
        int days = inDays(prev, count(tokens.get(i - 2).lower())); // "a week later"
        if (days > 0) {
          return OptionalInt.of(w.equals("later") ? days : -days);
        }
      }
      int units = i == 2 ? count(tokens.get(0).lower()) : 0; // not "Thirty-six hours later"
      if (w.equals("later") && i <= 2 && SHORT_LAPSES.contains(prev) && units >= 0 && units < 24) {
        return OptionalInt.of(0); // "Minutes later, X was elected": the day last told of
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Days after the sentence's date that a trigger ending at {@code from} happened, when its own
   * clause says so: 1 for "... and joined the Greens the next day", N for "N days later"; -N
   * for "N days earlier"; empty for none.
   */
  static OptionalInt lagAfter(List<Token> tokens, int from) {
    int end = clauseEnd(tokens, from);
    OptionalInt lag = daysAfterLast(tokens.subList(Math.max(0, from - 1), end));
    return lag.isPresent() && lag.getAsInt() != 0 ? lag : OptionalInt.empty();
  }

  private static final Set<String> PARTS_OF_DAY =
      Set.of("day", "morning", "afternoon", "evening", "night");

  /**
   * The length of a lapse of time starting at {@code i}: 3 for "two days later", "a week
   * earlier" and "the next day", 0 for none.
   */
  static int lagAt(List<Token> tokens, int i) {
    if (i < 0 || i + 2 >= tokens.size()) {
      return 0;
    }
    String last = tokens.get(i + 2).lower();
    return count(tokens.get(i).lower()) > 0 && LAPSE_UNITS.contains(tokens.get(i + 1).lower())
        && (last.equals("later") || last.equals("earlier")) || nextDayAt(tokens, i) ? 3 : 0;
  }

  /** Whether "the next day" ("the following morning") starts at {@code i}. */
  private static boolean nextDayAt(List<Token> tokens, int i) {
    String next = tokens.get(i + 1).lower();
    return tokens.get(i).lower().equals("the") && (next.equals("next")
        || next.equals("following")) && PARTS_OF_DAY.contains(tokens.get(i + 2).lower());
  }

  /**
   * Days after the clause's date that a trigger right after a lapse in days happened ("resigned
   * on Monday and two days later joined Die Linke": Wednesday), negative for "earlier", else 0.
   */
  static int lagDaysBefore(List<Token> tokens, int trigger) {
    int i = trigger - 3;
    if (i < 0 || lagAt(tokens, i) == 0) {
      i = lapseOpeningClause(tokens, trigger);
      if (i < 0) {
        return 0;
      }
    }
    if (nextDayAt(tokens, i)) {
      return 1; // "and the next day joined Die Linke"
    }
    int days = days(tokens, i); // 0 for hours and minutes
    return tokens.get(i + 2).lower().equals("later") ? days : -days;
  }

  /**
   * The start of a lapse after "and" or a comma that opens the clause of the trigger at {@code
   * trigger}, before its subject ("and a day later his fellow founder, X, resigned"), with no
   * verb but auxiliaries between; or -1.
   */
  private static int lapseOpeningClause(List<Token> tokens, int trigger) {
    for (int i = trigger - 4; i >= 1 && i > trigger - 20; i--) {
      String w = tokens.get(i + 2).lower();
      if (tokens.get(i + 2).pos().startsWith("VB") && !AUXILIARIES.contains(w)
          || w.equals(";") || w.equals(":")) {
        return -1;
      }
      if (lagAt(tokens, i) != 0 && (tokens.get(i - 1).lower().equals("and")
          || tokens.get(i - 1).text().equals(","))) {
        return i;
      }
    }
    return -1;
  }

  /** Auxiliaries between a subject and its verb: "had resigned", "was sacked". */
  private static final Set<String> AUXILIARIES = Set.of("has", "had", "have", "was", "were",
      "is", "been", "be", "also", "formally");

  /** Lapses shorter than a day that open a sentence: "Minutes later", "Two hours later". */
  private static final Set<String> SHORT_LAPSES = Set.of("minutes", "hours", "moments", "hour",
      "minute");

  /** Units of a lapse of time: "two days later", "hours later". */
  private static final Set<String> LAPSE_UNITS = Set.of("day", "days", "week", "weeks",
      "fortnight", "fortnights", "hour", "hours", "minutes");

  /**
   * How many days before the clause's date an event told after "N days after" happened ("resigned
   * on Thursday, two days after the House passed a motion": the vote was on Tuesday), or 0.
   */
  static int daysBefore(List<Token> tokens, int trigger) {
    int i = clauseOpening(tokens, trigger);
    if (i < 0 || tokens.get(i).text().equals(";")) {
      return 0;
    }
    if (tokens.get(i).text().equals(",")) {
      int opening = openingBefore(tokens, i);
      int after = opening > 0 ? -1 : afterPastApposition(tokens, trigger);
      return after > 1 ? Math.max(days(tokens, after - 2), 0) : opening;
    }
    return Math.max(days(tokens, i - 2), 0);
  }

  /**
   * Whether the clause of the trigger at {@code trigger} opens with a lapse of no exact length
   * before "after": "days after shareholders voted", "less than a week after", "a few weeks
   * after". The event it tells of has no day of its own.
   */
  static boolean vagueLapseBefore(List<Token> tokens, int trigger) {
    int i = clauseOpening(tokens, trigger);
    if (i < 2 || !tokens.get(i).lower().equals("after")) {
      return false;
    }
    String unit = tokens.get(i - 1).lower();
    if (!LONG_LAPSE_UNITS.contains(unit)) {
      return false;
    }
    int n = count(tokens.get(i - 2).lower());
    // "less than a day after": the day before, as near as a day can be told
    return n < 0 || i >= 4 && INEXACT.contains(tokens.get(i - 3).lower()) && !unit.equals("day");
  }

  /** Units a lapse before "after" is counted in, longer than a day's hours. */
  private static final Set<String> LONG_LAPSE_UNITS = Set.of("day", "days", "week", "weeks",
      "month", "months", "fortnight");
  /** Words that make a counted lapse inexact: "less than a week", "nearly two weeks". */
  private static final Set<String> INEXACT = Set.of("than", "nearly", "almost", "about",
      "around", "over", "under", "barely", "some", "roughly");

  /**
   * The "after" before an apposition that ends right before the subject's verb at {@code
   * trigger} ("a day after a Flemish lawmaker, Dirk Mertens, quit"), or -1.
   */
  private static int afterPastApposition(List<Token> tokens, int trigger) {
    int close = trigger - 1;
    while (close > 0 && tokens.get(close).pos().equals("RB")) {
      close--; // "a day after the club's president, Harriet Vance, abruptly resigned"
    }
    int commas = 0;
    for (int k = trigger - 1; k >= 2 && k > trigger - 16; k--) {
      String w = tokens.get(k).text();
      if (w.equals(",")) {
        commas++;
      } else if (w.equals(";") || commas > 2) {
        return -1;
      } else if (w.equals("after")) {
        return commas == 2 && tokens.get(close).text().equals(",") ? k : -1;
      }
    }
    return -1;
  }

  /**
   * "A day before Wierzbicki quit, the board dismissed ...": the days before the opening clause
   * that ends at the comma {@code comma}, or 0.
   */
  private static int openingBefore(List<Token> tokens, int comma) {
    if (tokens.size() < 4 || !tokens.get(2).lower().equals("before")) {
      return 0;
    }
    for (int i = 3; i < comma; i++) {
      if (tokens.get(i).text().equals(",")) {
        return 0; // the comma closes something else
      }
    }
    return Math.max(days(tokens, 0), 0);
  }

  /**
   * Whether the trigger at {@code trigger} is told after "N months/years after" ("three years
   * after he left the party"): its day is not the clause's, and not known.
   */
  static boolean longBefore(List<Token> tokens, int trigger) {
    int i = clauseOpening(tokens, trigger);
    if (i < 0 || !tokens.get(i).text().equals("after")) {
      return false;
    }
    String unit = tokens.get(i - 1).lower();
    return count(tokens.get(i - 2).lower()) > 0 && (unit.startsWith("month")
        || unit.startsWith("year") || unit.startsWith("decade"));
  }

  /**
   * The nearest "after", "," or ";" in the eleven tokens before {@code trigger} (not before the
   * third token): its index, or -1.
   */
  private static int clauseOpening(List<Token> tokens, int trigger) {
    for (int i = trigger - 1; i >= 2 && i > trigger - 12; i--) {
      String w = tokens.get(i).text();
      if (w.equals(",") || w.equals(";") || w.equals("after")) {
        return i;
      }
    }
    return -1;
  }

  /** "two days", "a week" at {@code i}: how many days; 0 for other units; negative if none. */
  static int daysAt(List<Token> tokens, int i) {
    return i >= 0 && i + 1 < tokens.size() ? days(tokens, i) : -1;
  }

  /** "two days", "a week" at {@code i}: how many days; 0 for other units; negative if no count. */
  private static int days(List<Token> tokens, int i) {
    int n = count(tokens.get(i).lower());
    return n < 0 ? n : inDays(tokens.get(i + 1).lower(), n);
  }

  /**
   * {@code n} units of time in whole days: "two days", "a week", "48 hours"; 0 for shorter
   * lapses ("three hours").
   */
  private static int inDays(String unit, int n) {
    return n <= 0 ? 0 : unit.equals("day") || unit.equals("days") ? n
        : unit.equals("week") || unit.equals("weeks") ? 7 * n
        : unit.equals("fortnight") || unit.equals("fortnights") ? 14 * n
        : unit.equals("hours") && n % 24 == 0 ? n / 24 : 0;
  }

  /** "a", "two", "3": how many; or -1. */
  private static int count(String w) {
    return switch (w) {
      case "a", "one" -> 1;
      case "two" -> 2;
      case "three" -> 3;
      case "four" -> 4;
      case "five" -> 5;
      case "six" -> 6;
      case "seven" -> 7;
      case "eight" -> 8;
      case "nine" -> 9;
      case "ten" -> 10;
      case "eleven" -> 11;
      case "twelve" -> 12;
      case "twenty-four" -> 24;
      case "forty-eight" -> 48;
      case "seventy-two" -> 72;
      default -> w.matches("\\d{1,2}") ? Integer.parseInt(w) : -1;
    };
  }

  /** The date expressions in {@code tokens}, resolved against {@code published} when needed. */
  static List<DateMention> find(List<Token> tokens, Optional<LocalDate> published) {
    List<DateMention> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i).text();
      String prev = i > 0 ? tokens.get(i - 1).lower() : "";
      Optional<DateMention> found = Optional.empty();
      if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
        try {
          found = Optional.of(new DateMention(i, i + 1, LocalDate.parse(t)));
        } catch (java.time.format.DateTimeParseException e) {
          found = Optional.empty();
        }
      } else if (MONTHS.containsKey(t) && !(t.equals("May") && !isDayNumber(next(tokens, i))
          && !isDayNumber(i > 0 ? t(tokens, i - 1) : ""))) {
        found = monthDate(tokens, i, published);
      } else if (WEEKDAYS.containsKey(t)
          && (found = writtenAfterWeekday(tokens, i, published)).isPresent()) {
        // "on Friday 7 March", "Tuesday, Feb. 4": the date written after the weekday
      } else if (WEEKDAYS.containsKey(t) && published.isPresent()
          && !attributiveWeekday(tokens, i)) {
        LocalDate pub = published.get();
        DayOfWeek d = WEEKDAYS.get(t);
        LocalDate date = prev.equals("next") || willBefore(tokens, i)
            ? pub.with(TemporalAdjusters.next(d)) // "will take his seat on Monday"
            : prev.equals("last") && pub.getDayOfWeek() == d
                ? pub.minusWeeks(1)
                // "last Wednesday" written on a Thursday: not yesterday, which would be said so
                : prev.equals("last") && pub.minusDays(1).getDayOfWeek() == d
                    ? pub.minusDays(8)
                    : pub.with(TemporalAdjusters.previousOrSame(d));
        int start = prev.equals("next") || prev.equals("last") ? i - 1 : i;
        int end = i + 1;
        int lastWeek = next(tokens, i).equals("of") ? i + 2 : i + 1;
        if (next(tokens, lastWeek - 1).equals("last") && next(tokens, lastWeek).equals("week")) {
          // "on Wednesday last week", "Friday of last week": that day of the week before
          date = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1)
              .with(TemporalAdjusters.nextOrSame(d));
          end = lastWeek + 2;
        }
        String after = next(tokens, i).toLowerCase(Locale.ROOT);
        if (after.equals("night") || after.equals("morning") || after.equals("evening")
            || after.equals("afternoon")) {
          end++;
        }
        found = Optional.of(new DateMention(start, end, date));
      } else if (published.isPresent()) {
        LocalDate pub = published.get();
        String lower = tokens.get(i).lower();
        String nxt = next(tokens, i).toLowerCase(Locale.ROOT);
        if (lower.equals("yesterday")) {
          found = Optional.of(new DateMention(i, i + 1, pub.minusDays(1)));
        } else if (lower.equals("today") || lower.equals("tonight")) {
          found = Optional.of(new DateMention(i, i + 1, pub));
        } else if (lower.equals("tomorrow")) {
          found = Optional.of(new DateMention(i, i + 1, pub.plusDays(1)));
        } else if (lower.equals("just") && (prev.equals("has") || prev.equals("have"))
            && i + 1 < tokens.size() && tokens.get(i + 1).pos().equals("VBN")) {
          // "has just announced that he is resigning": the day of publication
          found = Optional.of(new DateMention(i, i + 1, pub));
        } else if (i + 2 < tokens.size() && tokens.get(i + 2).lower().equals("ago")
            && inDays(nxt, count(lower)) > 0) {
          // "ten days ago", "a fortnight ago"
          found = Optional.of(new DateMention(i, i + 3, pub.minusDays(inDays(nxt, count(lower)))));
        } else if (lower.equals("last") && nxt.equals("night")) {
          found = Optional.of(new DateMention(i, i + 2, pub.minusDays(1)));
        } else if (lower.equals("this") && (nxt.equals("morning") || nxt.equals("afternoon")
            || nxt.equals("evening"))) {
          found = Optional.of(new DateMention(i, i + 2, pub));
        } else if (lower.matches("\\d{1,2}(st|nd|rd|th)") && i > 0
            && tokens.get(i - 1).lower().equals("the") && !MONTHS.containsKey(next(tokens, i))
            && !next(tokens, i).equals("of")) {
          // "on the 12th": that day of the publication month, or of the month before
          int day = Integer.parseInt(lower.replaceAll("\\D", ""));
          LocalDate d = day <= pub.getDayOfMonth() ? pub.withDayOfMonth(day)
              : day <= pub.minusMonths(1).lengthOfMonth()
                  ? pub.minusMonths(1).withDayOfMonth(day) : null;
          found = d == null ? Optional.empty() : Optional.of(new DateMention(i - 1, i + 1, d));
        }
      }
      if (found.isPresent()) {
        out.add(shifted(tokens, found.get()));
        i = found.get().end() - 1;
      }
    }
    return out;
  }

  /**
   * {@code d} moved by the lapse written before it: "two days after the Nov. 3 election" is
   * Nov. 5, "a week before Tuesday's vote" the Tuesday before.
   */
  private static DateMention shifted(List<Token> tokens, DateMention d) {
    int k = d.start() - 1;
    if (k >= 0 && tokens.get(k).lower().equals("the")) {
      k--;
    }
    if (k < 2 || !(tokens.get(k).lower().equals("after") || tokens.get(k).lower().equals("before"))
        || !LAPSE_UNITS.contains(tokens.get(k - 1).lower())) {
      return d;
    }
    int n = days(tokens, k - 2);
    if (n <= 0) {
      return d;
    }
    LocalDate date = tokens.get(k).lower().equals("after") ? d.date().plusDays(n)
        : d.date().minusDays(n);
    return new DateMention(k - 2, d.end(), date);
  }

  /** A year or a decade: "1997", "1990s". */
  private static final java.util.regex.Pattern YEAR_OR_DECADE =
      java.util.regex.Pattern.compile("(19|20)\\d\\d|(19|20)\\d0s");

  /**
   * Whether the sentence speaks of a time that is not a day polkg can resolve ("in 1997",
   * "last week", "in September"): then it is not about the day the article narrates either. A
   * time in a relative clause set off by a comma tells only of whom it describes ("named X, who
   * entered Parliament in 2023, as whip").
   */
  static boolean vagueTime(List<Token> tokens, List<DateMention> found) {
    return vagueTime(tokens, found, false);
  }

  /**
   * Whether the sentence speaks of a vague time, in a relative clause set off by a comma too
   * when {@code asides} (else a time there tells only of whom the clause describes).
   */
  static boolean vagueTime(List<Token> tokens, List<DateMention> found, boolean asides) {
    int asideEnd = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (!asides && i > asideEnd && relativeAside(tokens, i)) {
        asideEnd = asideEnd(tokens, i);
      }
      if (i > asideEnd && vagueAt(tokens, found, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a relative clause set off by a comma that opens before {@code i} speaks of a vague
   * time: what is told from inside it on ("Chaudhary, who entered parliament at the 2019
   * election and quit Labour in January") is not about the day the article narrates.
   */
  static boolean vagueAsideBefore(List<Token> tokens, List<DateMention> found, int i) {
    for (int k = 0; k < i && k < tokens.size(); k++) {
      if (relativeAside(tokens, k)) {
        int end = asideEnd(tokens, k);
        for (int j = k; j < end; j++) {
          if (vagueAt(tokens, found, j)) {
            return true;
          }
        }
        k = end;
      }
    }
    return false;
  }

  /** Where the relative clause opening at {@code i} ends: at a comma, semicolon or the end. */
  private static int asideEnd(List<Token> tokens, int i) {
    int end = i + 1;
    while (end < tokens.size() && !tokens.get(end).text().equals(",")
        && !tokens.get(end).text().equals(";")) {
      end++;
    }
    return end;
  }

  /**
   * Whether a relative clause set off by a comma opens at {@code i} (", who entered Parliament in
   * 2023,"): a time in it tells of the person, not of what the sentence narrates.
   */
  private static boolean relativeAside(List<Token> tokens, int i) {
    String w = tokens.get(i).lower();
    if (i < 2 || !tokens.get(i - 1).text().equals(",")) {
      return false;
    }
    // also an apposition to a name: "X, a non-executive director since 2022, as senior
    // independent director" (not "quit, a week after the vote in May")
    boolean apposition = (w.equals("a") || w.equals("an")) && i + 1 < tokens.size()
        && tokens.get(i - 2).pos().startsWith("NNP") && tokens.get(i - 2).isCapitalized()
        && !ASIDE_TIME_WORDS.contains(tokens.get(i + 1).lower())
        && !tokens.get(i + 1).pos().equals("CD");
    // a participle's phrase: "fired X, completing an overhaul the owner had hinted at when the
    // club was knocked out last week" (not "saying", "citing": what the deed's doer gave)
    // ("X has switched to the TUV, becoming the first ... since 2022": a present perfect tells
    // of the day of writing, which the vague time still keeps from the narrated day)
    boolean participle = tokens.get(i).pos().equals("VBG") && w.endsWith("ing")
        && !GIVING_REASONS.contains(w) && tokens.subList(0, i).stream()
            .noneMatch(t -> t.lower().equals("has") || t.lower().equals("have"));
    return w.equals("who") || w.equals("whose") || apposition || participle;
  }

  /** Participles that report what the doer of a deed said or gave as its reason. */
  private static final Set<String> GIVING_REASONS = Set.of("saying", "citing", "telling",
      "claiming", "arguing", "insisting", "blaming", "accusing", "complaining", "warning",
      "describing", "calling", "writing", "noting", "adding");

  /** Units of time that open an aside about when, not about whom: "a week after the vote". */
  private static final Set<String> ASIDE_TIME_WORDS = Set.of("day", "week", "fortnight", "month",
      "year", "decade", "few", "couple");

  /**
   * Whether {@code d} is the day a term starts rather than the day of the deed: "appointed her
   * interim vice-chancellor from 1 January" (not "from today").
   */
  static boolean startOfTerm(List<Token> tokens, DateMention d) {
    String before = d.start() > 0 ? tokens.get(d.start() - 1).lower() : "";
    String first = tokens.get(d.start()).lower();
    boolean now = first.equals("today") || first.equals("tonight") || first.equals("this");
    // "will resign effective Jan. 5": the day it takes effect, not the deed's (but "resigned
    // her seat effective Oct. 2" tells no other day)
    return (before.equals("from") || before.equals("effective")
        && willBefore(tokens, d.start() - 1)) && !now; // not "from today"
  }

  /**
   * Whether {@code d} dates a document rather than what the sentence tells: "her resignation
   * letter, dated Monday, was read to the House".
   */
  static boolean datesDocument(List<Token> tokens, DateMention d) {
    return d.start() > 0 && tokens.get(d.start() - 1).lower().equals("dated");
  }

  /**
   * The day a trigger ending at {@code from} is dated with in its own clause: "formally joined
   * the BJP on Wednesday"; a date within ten tokens, before any comma, semicolon or verb.
   */
  static Optional<LocalDate> dateAfter(List<Token> tokens, List<DateMention> found, int from) {
    int end = clauseEnd(tokens, from);
    return found.stream().filter(d -> d.start() >= from && d.start() < end)
        .filter(d -> !startOfTerm(tokens, d))
        .min(java.util.Comparator.comparingInt(DateMention::start)).map(DateMention::date);
  }

  /**
   * Where the clause a trigger ending at {@code from} begins stops: at a comma, a semicolon or
   * another verb, within ten tokens not counting brackets ("the Liberal Party (PL) last week").
   */
  private static int clauseEnd(List<Token> tokens, int from) {
    int limit = from + 10;
    for (int i = from; i < tokens.size() && i < limit; i++) {
      String w = tokens.get(i).text();
      if (w.equals("(")) {
        int close = i;
        while (close + 1 < tokens.size() && !tokens.get(close).text().equals(")")) {
          close++;
        }
        limit += close - i + 1; // the bracket, what it holds, and its closing
      }
      int named = w.equals(",") && i > from ? apposedNameEnd(tokens, i) : -1;
      if (named > 0) {
        limit += named - i + 1; // "dismissed its technical director, Marloes Brink, on Monday"
        i = named;
        continue;
      }
      boolean following = w.equals("following") && i > 0 && tokens.get(i - 1).lower().equals("the");
      // "was appointed to replace her two days later": an infinitive goes with its verb
      boolean infinitive = tokens.get(i).pos().equals("VB") && i > 0
          && tokens.get(i - 1).lower().equals("to");
      if (w.equals(",") || w.equals(";")
          || tokens.get(i).pos().startsWith("VB") && i > from && !following && !infinitive) {
        return i; // another verb: another clause ("the party he was elected for in 2025")
      }
    }
    return Math.min(tokens.size(), limit);
  }

  /**
   * The comma closing a name of one to four proper nouns set off by the comma at {@code comma}
   * ("its technical director, Marloes Brink, on Monday"), or -1.
   */
  private static int apposedNameEnd(List<Token> tokens, int comma) {
    int k = comma + 1;
    while (k < tokens.size() && k <= comma + 4 && tokens.get(k).pos().startsWith("NNP")
        && tokens.get(k).isCapitalized() && !isTimeWord(tokens.get(k).lower())) {
      k++;
    }
    return k > comma + 1 && k < tokens.size() && tokens.get(k).text().equals(",") ? k : -1;
  }

  /**
   * Whether the clause a trigger ending at {@code from} begins gives a vague time before any day:
   * "who quit the party in March", "was elected in 2025", "left his post last month", up to the
   * next comma, semicolon or verb, within ten tokens.
   */
  static boolean vagueAfter(List<Token> tokens, List<DateMention> found, int from) {
    int end = purposeAt(tokens, from, clauseEnd(tokens, from));
    for (int i = from; i < end; i++) {
      final int k = i;
      if (found.stream().anyMatch(d -> d.start() == k)) {
        return false; // a day comes first
      }
      if (vagueAt(tokens, found, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where an infinitive of purpose after the trigger's object opens, before {@code end}, else
   * {@code end}: the time of "resigning her seat to run for mayor in October" is the running's
   * (not that of "was appointed to replace her two days later").
   */
  private static int purposeAt(List<Token> tokens, int from, int end) {
    for (int i = from + 1; i + 1 < end; i++) {
      if (tokens.get(i).lower().equals("to") && tokens.get(i + 1).pos().equals("VB")) {
        return i;
      }
    }
    return end;
  }

  private static final Set<String> SEASONS = Set.of("Christmas", "Easter", "summer", "spring",
      "autumn", "winter");

  private static boolean vagueAt(List<Token> tokens, List<DateMention> found, int i) {
    if (found.stream().anyMatch(d -> i >= d.start() && i < d.end())) {
      return false;
    }
    String w = tokens.get(i).text();
    String prev = i > 0 ? tokens.get(i - 1).lower() : "";
    if (YEAR_OR_DECADE.matcher(w).matches()) {
      return !prev.equals("for"); // not the term of a post: "elected deputy mayor for 2026"
    }
    if ((w.equals("week") || w.equals("month") || w.equals("year") || w.equals("weekend"))
        && (prev.equals("last") || prev.equals("next") || prev.equals("this")
            || prev.equals("previous"))) {
      return true;
    }
    if (w.equals("weekend") && prev.equals("the")) {
      return true; // "over the weekend": not one day
    }
    if (w.equals("election") && i >= 2 && tokens.get(i - 2).lower().equals("last")) {
      return true; // "stood down at the last general election" (but "the last election" may
      // be the one just held)
    }
    if (SEASONS.contains(w) && (prev.equals("before") || prev.equals("after")
        || prev.equals("in") || prev.equals("last") || prev.equals("until"))) {
      return true; // "left the party before Christmas", "last summer"
    }
    // "in May", but not "in May's cabinet" (Theresa May)
    boolean may = w.equals("May") && i + 1 < tokens.size()
        && (tokens.get(i + 1).text().equals("'s") || tokens.get(i + 1).isCapitalized());
    // also "in early February", "in late May"
    boolean part = PARTS_OF_MONTH.contains(prev) && i >= 2
        && tokens.get(i - 2).lower().equals("in")
        // "resigned at the end of August" (not "would step down at the end of April": the
        // day it was announced is told)
        || prev.equals("of") && i >= 2 && ENDS_OF_MONTH.contains(tokens.get(i - 2).lower())
            && !futureBefore(tokens, i);
    return MONTHS.containsKey(w) && !may && (prev.equals("in") || prev.equals("since")
        || prev.equals("last") || prev.equals("until") || prev.equals("by") || part);
  }

  /** Words that name a part of a month: "in early February". */
  private static final Set<String> PARTS_OF_MONTH = Set.of("early", "late", "mid");
  /** Words for a part of a month before "of": "the end of August", "the start of March". */
  private static final Set<String> ENDS_OF_MONTH = Set.of("end", "beginning", "start", "middle",
      "turn");
  /** Words that put a departure in the future: "will", "would", "to" (an infinitive). */
  private static final Set<String> FUTURE_WORDS = Set.of("will", "would", "shall", "'ll", "to",
      "until");

  /** Whether a word of the future stands in the twelve tokens before {@code i}: "would". */
  private static boolean futureBefore(List<Token> tokens, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 12; k--) {
      if (FUTURE_WORDS.contains(tokens.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /** "18 February 2019", "February 18, 2019", "Feb. 18", "18 February" around month token i. */
  private static Optional<DateMention> monthDate(
      List<Token> tokens, int i, Optional<LocalDate> published) {
    Month month = MONTHS.get(tokens.get(i).text());
    int start = i;
    int end = i + 1;
    Integer day = null;
    if (i > 0 && isDayNumber(t(tokens, i - 1))) {
      day = dayNumber(t(tokens, i - 1));
      start = i - 1;
    } else if (isDayNumber(next(tokens, i))) {
      day = dayNumber(next(tokens, i));
      end = i + 2;
    } else if (next(tokens, i).equals(".") && tokens.get(i).text().length() <= 4
        && isDayNumber(next(tokens, i + 1))) {
      day = dayNumber(next(tokens, i + 1)); // "Jan. 17" that the tokenizer split as "Jan", "."
      end = i + 3;
    }
    Integer year = null;
    int y = end;
    if (y < tokens.size() && t(tokens, y).equals(",")) {
      y++;
    }
    if (y < tokens.size() && t(tokens, y).matches("(19|20)\\d\\d")) {
      year = Integer.parseInt(t(tokens, y));
      end = y + 1;
    }
    if (day == null) {
      return Optional.empty(); // a month alone is not a day
    }
    if (year == null) {
      if (published.isEmpty()) {
        return Optional.empty();
      }
      LocalDate pub = published.get();
      year = pub.getYear();
      // "on 28 December" in a January article is last year
      if (month.getValue() > pub.getMonthValue() + 6) {
        year--;
      }
    }
    try {
      return Optional.of(new DateMention(start, end, LocalDate.of(year, month, day)));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  private static String t(List<Token> tokens, int i) {
    return tokens.get(i).text();
  }

  private static String next(List<Token> tokens, int i) {
    return i + 1 < tokens.size() ? tokens.get(i + 1).text() : "";
  }

  /**
   * Whether the weekday at {@code i} qualifies a noun after a verb's base form or gerund rather
   * than dating it: "would cut Sunday service", "backing Saturday opening".
   */
  private static boolean attributiveWeekday(List<Token> tokens, int i) {
    if (i == 0 || i + 1 >= tokens.size() || !tokens.get(i - 1).pos().matches("VB|VBG")) {
      return false; // not "elected Tuesday lawmaker X", "approved Tuesday legislation"
    }
    Token noun = tokens.get(i + 1);
    boolean named = i + 2 < tokens.size() && tokens.get(i + 2).isCapitalized();
    return noun.pos().startsWith("NN") && !noun.isCapitalized() && !isTimeWord(noun.text())
        && !named;
  }

  /** The date written right after the weekday at {@code i}, spanning both, if there is one. */
  private static Optional<DateMention> writtenAfterWeekday(List<Token> tokens, int i,
      Optional<LocalDate> published) {
    int month = monthAfterWeekday(tokens, i);
    return month < 0 ? Optional.empty() : monthDate(tokens, month, published)
        .map(d -> new DateMention(i, d.end(), d.date()));
  }

  /**
   * The month of a date written right after the weekday at {@code i} ("Friday 7 March",
   * "Friday, the 7th March", "Tuesday, Feb. 4"), or -1.
   */
  private static int monthAfterWeekday(List<Token> tokens, int i) {
    int j = i + 1;
    if (next(tokens, j - 1).equals(",")) {
      j++;
    }
    if (next(tokens, j - 1).equals("the")) {
      j++;
    }
    String first = next(tokens, j - 1);
    String second = next(tokens, j);
    if (isDayNumber(first) && MONTHS.containsKey(second)) {
      return j + 1;
    }
    boolean dayAfter = isDayNumber(second)
        || second.equals(".") && isDayNumber(next(tokens, j + 1)); // "Feb", ".", "4"
    return MONTHS.containsKey(first) && dayAfter ? j : -1;
  }

  private static boolean isDayNumber(String s) {
    return s.matches("([1-9]|[12]\\d|3[01])(st|nd|rd|th)?");
  }

  private static int dayNumber(String s) {
    return Integer.parseInt(s.replaceAll("\\D", ""));
  }
}
