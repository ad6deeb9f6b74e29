package org.polkg.synth;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * Writes one realistic political news story from templates: a main event (a resignation from a
 * party or a government post, a defection, a leadership election, a suspension, an
 * appointment), its reactions, background roles, meetings and votes, and modality traps
 * (threats, calls to resign, denials, refusals, rumours) that must not become facts. All choices
 * come from the {@link Random} it is given, so a seed fixes the text.
 */
final class StoryWriter {
  private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
  private static final int DAYS = 3650;

  private static final List<String> ISSUES = List.of(
      "the handling of Brexit", "the budget", "the housing bill", "immigration policy",
      "the response to the cost-of-living crisis", "the climate package",
      "the proposed welfare cuts", "defence spending", "the health service reforms",
      "the tax plan", "the leadership's record on antisemitism", "the trade agreement",
      "the energy price cap", "the pension reforms", "the policing bill", "school funding");
  private static final List<String> REASONS = List.of(
      "citing differences over %s", "in protest at %s", "after weeks of disagreement over %s",
      "saying she could no longer defend %s", "after a bitter row over %s");
  private static final List<String> FILLERS = List.of(
      "The decision caught many colleagues by surprise, although tensions had been building for months.",
      "Party officials said the number of members had fallen by %d per cent over the past year.",
      "Opinion polls published this month put the government %d points behind the opposition.",
      "The row over %s has dominated the parliamentary session since the summer.",
      "Several backbenchers said privately that morale was at its lowest for a decade.",
      "Commentators described the episode as the most serious test of the leadership so far.",
      "The committee is due to publish its report on %s in the spring.",
      "A spokesperson for the government said ministers remained focused on %s.",
      "Turnout at the last election in the constituency was %d per cent.",
      "Campaign groups welcomed the move and said it was long overdue.",
      "The party's annual conference is expected to be dominated by the fallout.",
      "Union leaders criticised %s as a betrayal of working families.",
      "Business groups warned that the uncertainty over %s was already delaying investment.",
      "Local activists said the mood in the constituency had changed sharply over the summer.",
      "The figures published on Thursday showed inflation running at %d per cent.",
      "Analysts said the episode exposed deep divisions over the direction of the country.",
      "A survey of members found that %d per cent wanted a change of approach on %s.",
      "Ministers have spent weeks trying to reassure backbenchers that concessions are coming.",
      "The opposition has promised to force a vote on %s before the recess.",
      "Diplomats in the capital said the row had been watched closely abroad.",
      "Several councils have already said they cannot meet the new targets without more money.",
      "Civil servants were told to prepare for delays to the legislation.",
      "Critics argued that the plans had been drawn up in haste and without consultation.",
      "The chamber was unusually full for the debate, which ran late into the evening.");
  private static final List<String> QUOTES = List.of(
      "This was not an easy decision, but it is the right one",
      "I can no longer look my constituents in the eye and defend this",
      "The party I joined no longer exists",
      "We owe voters honesty, and that is what I am offering today",
      "I have served this party for years and I leave it with a heavy heart",
      "The country deserves better than this");

  private final Random random;

  StoryWriter(Random random) {
    this.random = random;
  }

  /** A person of a story, with the pronoun and honorific its text uses. */
  private record Person(String given, String surname, boolean female) {
    String full() {
      return given + " " + surname;
    }

    String he() {
      return female ? "she" : "he";
    }

    String his() {
      return female ? "her" : "his";
    }
  }

  /** Writes story {@code index} of a corpus. */
  Story write(int index) {
    Country c = pick(Country.ALL);
    LocalDate published = FIRST_DAY.plusDays(random.nextInt(DAYS));
    List<Country.Party> parties = new ArrayList<>(c.parties());
    java.util.Collections.shuffle(parties, random);
    Country.Party party = parties.get(0);
    Country.Party other = parties.get(1);
    Person main = person();
    Person leader = person();
    Person rival = person();
    Person trap1 = person();
    Person trap2 = person();
    Person minister = person();
    LocalDate eventDay = published.minusDays(random.nextInt(4));
    String when = on(eventDay, published);
    String issue = pick(ISSUES);
    String place = pick(c.places());
    String office = pick(c.offices());
    String hon = honorific(main, c);
    List<String> ps = new ArrayList<>();
    String title;
    int kind = random.nextInt(6);
    switch (kind) {
      case 0 -> {
        title = main.full() + " quits " + party.shortName() + " " + reason(main, issue);
        ps.add(dateline(c) + main.full() + " resigned from " + party.inText() + " " + when
            + ", " + reason(main, issue) + ".");
        ps.add(hon + ", the " + c.member() + " for " + place + ", said in a statement that "
            + main.he() + " had taken the decision after months of reflection. \""
            + pick(QUOTES) + ",\" " + main.he() + " said.");
        if (random.nextBoolean()) {
          ps.add("Later that day " + hon + " joined " + other.inText() + ", which "
              + main.he() + " said shared " + main.his() + " values.");
        }
      }
      case 1 -> {
        title = c.member().substring(0, 1).toUpperCase(Locale.ROOT) + c.member().substring(1)
            + " " + main.surname() + " defects to " + other.shortName();
        if (random.nextBoolean()) {
          ps.add(dateline(c) + main.full() + " defected to " + other.inText() + " " + when
              + ", " + reason(main, issue) + ".");
        } else {
          ps.add(dateline(c) + main.full() + " quit " + party.inText() + " " + when
              + " and joined " + other.inText() + ", " + reason(main, issue) + ".");
        }
        ps.add(hon + ", who has represented " + place + " since " + (published.getYear()
            - 2 - random.nextInt(15)) + ", said the " + party.shortName()
            + " had drifted away from " + main.his() + " constituents.");
      }
      case 2 -> {
        title = main.full() + " resigns as " + office;
        ps.add(dateline(c) + main.full() + ", the " + office + ", resigned from the cabinet "
            + when + ", " + reason(main, issue) + ".");
        ps.add("The prime minister, " + leader.full() + ", appointed " + minister.full()
            + " as " + office + " " + when + " evening.");
        ps.add(honorific(minister, c) + " has been the " + c.member() + " for " + place
            + " since " + (published.getYear() - 1 - random.nextInt(12)) + ".");
      }
      case 3 -> {
        title = main.full() + " elected " + party.shortName() + " leader";
        ps.add(dateline(c) + main.full() + " was elected leader of " + party.inText() + " "
            + when + ", defeating " + rival.full() + " by " + (52 + random.nextInt(20))
            + " per cent to " + (28 + random.nextInt(20)) + " per cent.");
        ps.add(hon + ", the " + c.member() + " for " + place + ", promised to unite the party and"
            + " to put " + issue + " at the centre of " + main.his() + " programme.");
      }
      case 4 -> {
        title = party.adjective() + " party suspends " + main.full() + " over " + issue;
        ps.add(dateline(c) + capitalize(party.inText()) + " suspended " + main.full() + " " + when
            + " pending an investigation into " + main.his() + " comments on " + issue + ".");
        ps.add(hon + ", the " + c.member() + " for " + place + ", denied wrongdoing and said "
            + main.he() + " would fight to clear " + main.his() + " name.");
      }
      default -> {
        title = main.full() + " steps down from " + party.shortName() + " front bench";
        ps.add(dateline(c) + main.full() + " stepped down as " + office + " " + when + ", "
            + reason(main, issue) + ".");
        ps.add(hon + ", a former chief whip, said " + main.he() + " would remain a member of "
            + party.inText() + " and would continue to represent " + place + ".");
      }
    }
    ps.add(hon + " was first elected in " + (published.getYear() - 3 - random.nextInt(20))
        + " and has spoken often on " + pick(ISSUES) + ". " + filler(issue));
    // Reactions and background roles.
    ps.add("The " + party.adjective() + " leader, " + (kind == 3 ? rival.full() : leader.full())
        + ", said " + (kind == 3 ? rival.he() : leader.he())
        + " was disappointed by the decision and insisted the party remained united.");
    if (random.nextBoolean()) {
      ps.add(leader.full() + " met " + rival.full() + " " + on(published.minusDays(
          random.nextInt(3)), published) + " to discuss " + issue + ", according to aides.");
    }
    ps.add(filler(issue) + " " + filler(issue));
    // Modality traps: none of these is a resignation.
    List<String> traps = new ArrayList<>(List.of(
        trap1.full() + " threatened to resign from " + party.inText() + " over " + issue + ".",
        "Opposition " + c.member() + "s called on " + trap1.full() + " to resign.",
        trap2.full() + " denied that " + trap2.he() + " would quit " + party.inText() + ".",
        trap2.full() + ", the " + pick(c.offices()) + ", refused to step down.",
        "Reports suggested that " + trap1.full() + " could leave the party before the end of the"
            + " month."));
    java.util.Collections.shuffle(traps, random);
    int nTraps = 1 + random.nextInt(2);
    for (int i = 0; i < nTraps; i++) {
      ps.add(traps.get(i));
    }
    ps.add(filler(issue));
    if (random.nextInt(3) == 0) {
      ps.add((c.member().equals("senator") ? "Senators" : "MPs") + " voted on " + issue + " "
          + on(published.minusDays(random.nextInt(3)), published) + ", and the government won"
          + " by " + (3 + random.nextInt(40)) + " votes.");
    }
    ps.add(minister.full() + ", the " + pick(c.offices()) + ", said the government would not be"
        + " distracted. \"" + pick(QUOTES) + ",\" " + minister.he() + " told reporters.");
    ps.add(filler(issue) + " " + filler(issue) + " " + filler(issue));

    String slug = slug(title);
    Optional<String> url = random.nextInt(10) == 0 ? Optional.empty()
        : Optional.of("https://" + c.domain() + "/politics/" + published.getYear() + "/"
            + String.format("%02d/%02d/", published.getMonthValue(), published.getDayOfMonth())
            + slug + "-" + index);
    return new Story(String.format("%06d-%s", index, slug.length() > 40
        ? slug.substring(0, 40).replaceAll("-$", "") : slug), title, published, url, ps);
  }

  private static String capitalize(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  private Person person() {
    String given = pick(Names.GIVEN);
    return new Person(given, pick(Names.SURNAMES), Names.FEMALE.contains(given));
  }

  private String honorific(Person p, Country c) {
    String h = p.female() ? "Ms" : "Mr";
    return (c.code().equals("US") ? h + "." : h) + " " + p.surname();
  }

  private String reason(Person p, String issue) {
    String r = String.format(pick(REASONS), issue);
    return p.female() ? r : r.replace("she could", "he could");
  }

  private String dateline(Country c) {
    return random.nextInt(3) == 0 ? c.capital().toUpperCase(Locale.ROOT) + " - " : "";
  }

  /** "on Monday" for a day in the week before publication, else "on 3 March". */
  private static String on(LocalDate day, LocalDate published) {
    if (day.equals(published)) {
      return "on " + weekday(day.getDayOfWeek());
    }
    return day.isAfter(published.minusDays(6)) ? "on " + weekday(day.getDayOfWeek())
        : "on " + day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.FULL,
            Locale.ENGLISH);
  }

  private static String weekday(DayOfWeek d) {
    return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private String filler(String issue) {
    String f = pick(FILLERS).replace("%s", issue);
    return f.contains("%d") ? f.replace("%d", Integer.toString(5 + random.nextInt(60))) : f;
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  static String slug(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("(^-|-$)", "");
  }
}
