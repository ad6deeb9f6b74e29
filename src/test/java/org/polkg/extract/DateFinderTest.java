package org.polkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.polkg.nlp.Token;

class DateFinderTest {
  private static final Optional<LocalDate> TUESDAY = Optional.of(LocalDate.of(2019, 2, 19));

  private static List<LocalDate> dates(String sentence, Optional<LocalDate> published) {
    return DateFinder.find(tokens(sentence), published).stream()
        .map(DateFinder.DateMention::date).toList();
  }

  @Test
  void weekdaysResolveToTheMostRecentSuchDay() {
    assertEquals(List.of(LocalDate.of(2019, 2, 18)), dates("met on Monday", TUESDAY));
    assertEquals(List.of(LocalDate.of(2019, 2, 19)), dates("quit on Tuesday", TUESDAY));
    assertEquals(List.of(LocalDate.of(2019, 2, 13)), dates("since Wednesday", TUESDAY));
    assertEquals(List.of(LocalDate.of(2019, 2, 25)), dates("vote next Monday", TUESDAY));
  }

  @Test
  void aWeekdayAfterIsToIsAhead() {
    assertEquals(List.of(LocalDate.of(2019, 2, 22)), dates("the board is to meet on Friday",
        TUESDAY));
  }

  @Test
  void relativeWords() {
    assertEquals(List.of(LocalDate.of(2019, 2, 18)), dates("left yesterday", TUESDAY));
    assertEquals(List.of(LocalDate.of(2019, 2, 18)), dates("quit last night", TUESDAY));
    assertEquals(List.of(LocalDate.of(2019, 2, 19)), dates("said today", TUESDAY));
  }

  @Test
  void aLapseAgoCountsBackFromPublication() {
    assertEquals(List.of(LocalDate.of(2019, 2, 9)), dates("quit ten days ago", TUESDAY));
    assertEquals(List.of(LocalDate.of(2019, 2, 12)), dates("a week ago she left", TUESDAY));
    assertEquals(List.of(LocalDate.of(2019, 1, 29)), dates("sacked three weeks ago", TUESDAY));
    assertEquals(List.of(LocalDate.of(2019, 2, 5)), dates("joined a fortnight ago", TUESDAY));
    // no count, or a unit shorter than a day: no date
    assertEquals(List.of(), dates("only weeks ago", TUESDAY));
    assertEquals(List.of(), dates("two hours ago", TUESDAY));
  }

  @Test
  void explicitDates() {
    assertEquals(List.of(LocalDate.of(2018, 12, 20)), dates("on 20 December 2018", TUESDAY));
    assertEquals(List.of(LocalDate.of(2018, 12, 20)), dates("on Dec. 20 , 2018", TUESDAY));
    assertEquals(List.of(LocalDate.of(2019, 2, 3)), dates("on February 3", TUESDAY));
    // a month six or more months ahead of publication is last year's
    assertEquals(List.of(LocalDate.of(2018, 11, 30)), dates("on 30 November", TUESDAY));
  }

  @Test
  void noPublicationDateMeansNoRelativeDates() {
    assertEquals(List.of(), dates("on Monday", Optional.empty()));
    assertEquals(List.of(LocalDate.of(2020, 1, 2)), dates("on 2 January 2020", Optional.empty()));
  }

  @Test
  void theMonthMayNeedsADay() {
    assertEquals(List.of(), dates("Theresa May said", TUESDAY));
    assertEquals(List.of(LocalDate.of(2018, 5, 4)), dates("on 4 May 2018", TUESDAY));
  }

  @Test
  void anOrdinalDayOfThisMonthOrTheLast() {
    assertEquals(List.of(LocalDate.of(2019, 2, 12)), dates("quit on the 12th", TUESDAY));
    assertEquals(List.of(LocalDate.of(2019, 1, 28)), dates("quit on the 28th", TUESDAY));
    assertEquals(List.of(), dates("the 12th of the series", TUESDAY));
  }

  @Test
  void daysCountedFromOtherDays() {
    List<Token> later = tokens("The following day the board met");
    assertEquals(OptionalInt.of(1), DateFinder.daysAfterLast(later));
    assertEquals(OptionalInt.of(3),
        DateFinder.daysAfterLast(tokens("Three days later she quit")));
    assertEquals(OptionalInt.of(-2),
        DateFinder.daysAfterLast(tokens("Two days earlier , the whip had gone")));
    assertEquals(OptionalInt.of(-1),
        DateFinder.daysAfterLast(tokens("She had warned him the day before .")));
    assertEquals(OptionalInt.empty(),
        DateFinder.daysAfterLast(tokens("They met the day before the vote")));
    assertEquals(OptionalInt.of(-1),
        DateFinder.daysAfterLast(tokens("On the previous day he quit")));
    assertEquals(OptionalInt.of(-1),
        DateFinder.daysAfterLast(tokens("she had left the party the previous evening")));
    assertEquals(OptionalInt.of(0),
        DateFinder.daysAfterLast(tokens("She joined the Greens the same evening")));
    List<Token> after = tokens("resigned on Thursday , two days after the House voted");
    assertEquals(2, DateFinder.daysBefore(after, after.size() - 1));
    List<Token> opening = tokens("A week before he quit , the board met");
    assertEquals(7, DateFinder.daysBefore(opening, opening.size() - 1));
    List<Token> eleven = tokens("joined the Greens on Friday , eleven days after she quit");
    assertEquals(11, DateFinder.daysBefore(eleven, eleven.size() - 1));
    assertEquals(OptionalInt.of(9),
        DateFinder.daysAfterLast(tokens("Nine days later she joined Labour")));
  }

  private static List<Token> tokens(String sentence) {
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    for (String w : sentence.split(" ")) {
      String pos = w.matches("\\d+") ? "CD" : "NN";
      tokens.add(new Token(w, offset, offset + w.length(), pos, "O"));
      offset += w.length() + 1;
    }
    return tokens;
  }

  @Test
  void lastWeekdayOfYesterdayIsTheWeekBefore() {
    // published on Tuesday 2019-02-19: yesterday would be "yesterday", so "last Monday" is the 11th
    assertEquals(List.of(LocalDate.of(2019, 2, 11)), dates("she left last Monday", TUESDAY));
    assertEquals(List.of(LocalDate.of(2019, 2, 15)), dates("she left last Friday", TUESDAY));
  }
}
