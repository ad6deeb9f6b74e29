package org.polkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.google.common.collect.ImmutableSet;

/**
 * The word lists the extractor works from: gazetteers of organisations, roles, honorifics, given
 * names and places, and the trigger and modality phrases. Loaded once from
 * {@code src/main/resources/org/polkg/lexicon}; immutable and shared between threads.
 */
public final class Lexicon {
  private static final String DIR = "/org/polkg/lexicon/";

  /** An organisation from the gazetteer. */
  record OrgEntry(String id, String name, OrgType type, Optional<String> country) {}

  /**
   * One organisation a surface form can name; {@code shared} when the form names it only in
   * articles about its country.
   */
  record OrgSense(OrgEntry entry, boolean shared) {}

  /** What a role is an office of. */
  enum RoleKind { PARTY, GOVERNMENT, LEGISLATURE, OTHER }

  /** A role from the gazetteer. */
  /**
   * A role from the gazetteer: {@code bodies} name the chamber a legislature role sits in ("*"
   * any, "!Senate" none whose name has that word);
   * {@code office} is the gazetteer id of the department a national post heads ("home-office"
   * for the home secretary), or empty.
   */
  record RoleEntry(String label, RoleKind kind, List<String> bodies, Optional<String> office) {
    RoleEntry(String label, RoleKind kind) {
      this(label, kind, List.of(), Optional.empty());
    }
  }

  /** An honorific and what it tells about the person. */
  record Honorific(String form, String gender, Optional<String> role) {}

  /** A trigger phrase. */
  record Trigger(String kind, boolean strong) {}

  /** A part of a country with a government of its own, and the ids of its own bodies. */
  /**
   * A region with a government of its own: the bodies that show a story is about it, and the
   * title its legislators go by when the text says "the member for X" ("MPP" in Ontario).
   */
  record Region(OrgEntry government, Set<String> bodies, Optional<String> memberTitle) {}

  /**
   * One term of a post: {@code names} (the first is the holder's name) held the role labelled
   * {@code role} in {@code country} from {@code from} until the day before {@code to}.
   */
  record OfficeHolder(List<String> names, String role, String country, LocalDate from,
      Optional<LocalDate> to) {
    boolean heldOn(LocalDate day) {
      return !day.isBefore(from) && (to.isEmpty() || day.isBefore(to.get()));
    }
  }

  final PhraseIndex<List<OrgSense>> organisations = new PhraseIndex<>(false);
  final PhraseIndex<RoleEntry> roles = new PhraseIndex<>(true);
  final PhraseIndex<Trigger> triggers = new PhraseIndex<>(true);
  final PhraseIndex<Modality> modalityCues = new PhraseIndex<>(true);
  final Map<String, Honorific> honorifics;
  final Map<String, RoleEntry> rolesByLabel;
  private final Map<String, RoleEntry> roleForms;
  final Set<String> givenNames;
  /** "m" or "f" for given names borne by men only or by women only: given-name-genders.tsv. */
  final Map<String, String> givenNameGenders;
  final Set<String> places;
  /** The country a place name tells a story is about ("Ottawa", "Irish"): places.tsv. */
  final Map<String, String> placeCountries;
  final Set<String> notNames;
  final Set<String> groupNouns;
  /** ISO codes of the European Union's member states: eu-members.txt. */
  final Set<String> euMembers;
  /** Nouns that name a portfolio in a capitalised title ("Development"): portfolio-words.txt. */
  final Set<String> portfolioWords;
  private final List<String> orgFormList;
  private final Map<String, OrgEntry> governments;
  private final Map<String, OrgEntry> byId;
  private final Map<String, OrgEntry> groupsByForm;
  private final List<OfficeHolder> officeHolders;
  final PhraseIndex<Region> regionNames = new PhraseIndex<>(false);

  /** Whether tokens {@code start} to {@code end} are exactly the name of a US state. */
  boolean usState(List<org.polkg.nlp.Token> tokens, int start, int end) {
    return regionNames.longestAt(tokens, start)
        .filter(r -> r.end() == end)
        .map(r -> r.value().government().country().equals(Optional.of("US")))
        .orElse(false);
  }
  /**
   * The name of a region (capitalised, up to three words) that ends right before {@code end} and
   * starts where {@code free} allows: "Hesse" of "the Hesse state government".
   */
  Optional<PhraseIndex.Match<Region>> regionEndingAt(List<org.polkg.nlp.Token> tokens, int end,
      java.util.function.IntPredicate free) {
    for (int j = Math.max(0, end - 3); j < end; j++) {
      Optional<PhraseIndex.Match<Region>> r = free.test(j) ? regionNames.longestAt(tokens, j)
          : Optional.empty();
      if (r.isPresent() && r.get().end() == end && tokens.get(j).isCapitalized()) {
        return r;
      }
    }
    return Optional.empty();
  }

  /** The names of regions' heads of government (office-holders.tsv), as evidence of a region. */
  final PhraseIndex<String> regionalHeads = new PhraseIndex<>(false);
  /** Regions by the id of each of their own bodies and of their government. */
  final Map<String, Region> regionsByBody;

  private Lexicon() {
    Map<String, List<OrgSense>> orgForms = new java.util.LinkedHashMap<>();
    List<Map.Entry<String, OrgSense>> shared = new ArrayList<>();
    for (String[] row : rows("organisations.tsv", 4)) {
      OrgEntry e = new OrgEntry(row[0], row[1], OrgType.fromLabel(row[2]),
          row[3].isBlank() ? Optional.empty() : Optional.of(row[3].trim()));
      orgForms.computeIfAbsent(e.name(), k -> new ArrayList<>()).add(new OrgSense(e, false));
      for (String alias : field(row, 4).split("\\|")) {
        if (!alias.isBlank()) {
          orgForms.computeIfAbsent(alias.trim(), k -> new ArrayList<>())
              .add(new OrgSense(e, false));
        }
      }
      for (String alias : field(row, 5).split("\\|")) {
        if (!alias.isBlank()) {
          shared.add(Map.entry(alias.trim(), new OrgSense(e, true)));
        }
      }
    }
    shared.forEach(a -> orgForms.computeIfAbsent(a.getKey(), k -> new ArrayList<>())
        .add(a.getValue()));
    orgForms.forEach((form, entries) -> organisations.put(form, List.copyOf(entries)));
    orgFormList = List.copyOf(orgForms.keySet());
    Map<String, OrgEntry> ids = new java.util.LinkedHashMap<>(); // in file order
    orgForms.values().forEach(senses -> senses.forEach(sense ->
        ids.putIfAbsent(sense.entry().id(), sense.entry())));
    byId = Map.copyOf(ids);
    Map<String, OrgEntry> govs = new HashMap<>();
    for (OrgEntry e : ids.values()) {
      if (e.type() == OrgType.GOVERNMENT && e.country().isPresent()
          && (e.id().endsWith("-government") || e.id().startsWith("government-"))) {
        govs.putIfAbsent(e.country().get(), e); // the first listed: UK, not Scottish
      }
    }
    governments = Map.copyOf(govs);
    Map<String, OrgEntry> groups = new HashMap<>();
    orgForms.forEach((form, senses) -> senses.stream()
        .filter(sense -> sense.entry().type() == OrgType.PARLIAMENTARY_GROUP)
        .forEach(sense -> groups.putIfAbsent(form.toLowerCase(Locale.ROOT), sense.entry())));
    groupsByForm = Map.copyOf(groups);

    Map<String, RoleEntry> byLabel = new HashMap<>();
    Map<String, RoleEntry> forms = new HashMap<>();
    for (String[] row : rows("roles.tsv", 2)) {
      List<String> bodies = new ArrayList<>();
      for (String b : field(row, 3).split("\\|")) {
        if (!b.isBlank()) {
          bodies.add(b.trim());
        }
      }
      String office = field(row, 4).trim();
      RoleEntry e = new RoleEntry(row[0].trim(),
          RoleKind.valueOf(row[1].trim().toUpperCase(Locale.ROOT)), List.copyOf(bodies),
          office.isEmpty() ? Optional.empty() : Optional.of(office));
      byLabel.putIfAbsent(e.label().toLowerCase(Locale.ROOT), e);
      roles.put(e.label(), e);
      forms.putIfAbsent(e.label().toLowerCase(Locale.ROOT), e);
      if (row.length > 2) {
        for (String alias : row[2].split("\\|")) {
          if (!alias.isBlank()) {
            roles.put(alias.trim(), e);
            forms.putIfAbsent(alias.trim().toLowerCase(Locale.ROOT), e);
          }
        }
      }
    }
    rolesByLabel = Map.copyOf(byLabel);
    roleForms = Map.copyOf(forms);
    Map<String, Honorific> hons = new HashMap<>();
    for (String[] row : rows("honorifics.tsv", 1)) {
      String role = row.length > 2 ? row[2].trim() : "";
      hons.put(row[0].trim(), new Honorific(row[0].trim(), row.length > 1 ? row[1].trim() : "-",
          role.isEmpty() ? Optional.empty() : Optional.of(role)));
    }
    honorifics = Map.copyOf(hons);
    for (String[] row : rows("triggers.tsv", 3)) {
      triggers.put(row[0], new Trigger(row[1].trim(), row[2].trim().equals("strong")));
    }
    for (String[] row : rows("modality.tsv", 2)) {
      modalityCues.put(row[0], Modality.valueOf(row[1].trim()));
    }
    givenNames = new AccentBlindSet(words("given-names.txt"));
    Map<String, String> genders = new HashMap<>();
    for (String[] row : rows("given-name-genders.tsv", 2)) {
      genders.put(row[0].trim(), row[1].trim());
    }
    givenNameGenders = Map.copyOf(genders);
    ImmutableSet.Builder<String> pl = ImmutableSet.builder();
    Map<String, String> countriesOfPlaces = new HashMap<>();
    for (String[] row : rows("places.tsv", 1)) {
      pl.add(row[0].trim());
      if (!field(row, 2).isBlank()) {
        countriesOfPlaces.put(row[0].trim(), row[2].trim());
      }
    }
    places = pl.build();
    placeCountries = Map.copyOf(countriesOfPlaces);
    notNames = words("stopwords-capitalised.txt");
    groupNouns = words("groups.txt");
    euMembers = words("eu-members.txt");
    portfolioWords = words("portfolio-words.txt");
    List<OfficeHolder> holders = new ArrayList<>();
    for (String[] row : rows("office-holders.tsv", 5)) {
      List<String> names = new ArrayList<>(List.of(row[0].trim()));
      for (String alias : field(row, 5).split("\\|")) {
        if (!alias.isBlank()) {
          names.add(alias.trim());
        }
      }
      String regionGovernment = field(row, 6).trim();
      if (!regionGovernment.isEmpty()) {
        names.forEach(n -> regionalHeads.put(n, regionGovernment));
      }
      holders.add(new OfficeHolder(List.copyOf(names), row[1].trim(), row[2].trim(),
          LocalDate.parse(row[3].trim()),
          row[4].isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(row[4].trim()))));
    }
    officeHolders = List.copyOf(holders);
    Map<String, Region> regionBodies = new HashMap<>();
    for (String[] row : rows("regions.tsv", 2)) {
      OrgEntry gov = byId.get(row[0].trim());
      if (gov == null) {
        throw new IllegalStateException("lexicon regions.tsv: no organisation " + row[0]);
      }
      Set<String> bodies = new java.util.HashSet<>();
      for (String id : field(row, 2).split("\\|")) {
        if (!id.isBlank()) {
          bodies.add(id.trim());
        }
      }
      String title = field(row, 3).trim();
      Region region = new Region(gov, Set.copyOf(bodies),
          title.isEmpty() ? Optional.empty() : Optional.of(title));
      for (String name : row[1].split("\\|")) {
        if (!name.isBlank()) {
          regionNames.put(name.trim(), region);
        }
      }
      regionBodies.put(gov.id(), region);
      bodies.forEach(id -> regionBodies.put(id, region));
    }
    regionsByBody = Map.copyOf(regionBodies);
  }

  /**
   * "m" or "f" when only men or only women bear the given name, read without accents when it is
   * not listed as written ("Rubén" as "Ruben"); else "-".
   */
  String genderOf(String given) {
    String g = givenNameGenders.get(given);
    return g != null ? g : givenNameGenders.getOrDefault(Tokens.fold(given), "-");
  }

  /** Loads the lexicon shipped with polkg. */
  public static Lexicon load() {
    return new Lexicon();
  }

  /**
   * The lexicon's label for a role written as {@code form} ("Chancellor" and "chancellor of
   * the exchequer" are one role; "water spokeswoman" is "water spokesperson"), or {@code form}
   * in lower case when the lexicon lacks it.
   */
  public String canonicalRole(String form) {
    String f = form.toLowerCase(Locale.ROOT).trim();
    RoleEntry e = roleForms.get(f);
    if (e != null) {
      return e.label().toLowerCase(Locale.ROOT);
    }
    // "spokesman for finance" is "finance spokesperson", "critic for health" "health critic"
    int of = f.indexOf(" for ");
    RoleEntry spokes = of > 0 ? roleForms.get(f.substring(0, of)) : null;
    if (spokes != null
        && (spokes.label().equals("spokesperson") || spokes.label().equals("critic"))) {
      return f.substring(of + 5) + " " + spokes.label();
    }
    // "water spokeswoman" is "water spokesperson": a portfolio before a title the lexicon knows
    for (int space = f.indexOf(' '); space > 0; space = f.indexOf(' ', space + 1)) {
      RoleEntry head = roleForms.get(f.substring(space + 1));
      if (head != null) {
        return f.substring(0, space + 1) + head.label().toLowerCase(Locale.ROOT);
      }
    }
    return f;
  }

  /** The parliamentary group the gazetteer knows by {@code form}, in any case ("EPP group"). */
  Optional<OrgEntry> group(String form) {
    return Optional.ofNullable(groupsByForm.get(form.toLowerCase(Locale.ROOT)));
  }

  /** The gazetteer organisation with this id. */
  Optional<OrgEntry> organisation(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The national government of {@code country} in the gazetteer, if it has one. */
  Optional<OrgEntry> government(String country) {
    return Optional.ofNullable(governments.get(country));
  }

  /** Whether {@code name} has {@code word} (one word or several) as whole words. */
  static boolean hasWord(String name, String word) {
    return (" " + name + " ").contains(" " + word + " ");
  }

  /** Given names, for the name finder's dictionary features. */
  public Set<String> givenNameList() {
    return givenNames;
  }

  /** Every organisation name and alias in the gazetteer. */
  public List<String> organisationForms() {
    return List.copyOf(orgFormList);
  }

  /** Honorifics and role words ("Mr", "Sen.", "minister"), single tokens. */
  public Set<String> titleWords() {
    ImmutableSet.Builder<String> b = ImmutableSet.builder();
    b.addAll(honorifics.keySet());
    for (String role : rolesByLabel.keySet()) {
      for (String w : role.split(" ")) {
        if (w.length() > 2) {
          b.add(w);
          b.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
      }
    }
    return b.build();
  }

  /** Whether the role labelled {@code role} is a post of one holder (office-holders.tsv). */
  boolean singleHolderPost(String role) {
    return officeHolders.stream().anyMatch(h -> h.role().equals(role));
  }

  /** Who held the role labelled {@code role} on {@code day}, in every country that has it. */
  List<OfficeHolder> holders(String role, LocalDate day) {
    return officeHolders.stream().filter(h -> h.role().equals(role) && h.heldOn(day)).toList();
  }

  Optional<RoleEntry> role(String label) {
    String l = label.toLowerCase(Locale.ROOT);
    // "member of the folketing": an MP's seat, titled as the text titles it
    return Optional.ofNullable(rolesByLabel.get(l)).or(() -> l.startsWith("member of the ")
        ? Optional.ofNullable(rolesByLabel.get("mp")) : Optional.empty());
  }

  private static String field(String[] row, int i) {
    return row.length > i ? row[i] : "";
  }

  private static List<String[]> rows(String file, int minFields) {
    List<String[]> out = new ArrayList<>();
    int n = 0;
    for (String line : lines(file)) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length < minFields) {
        throw new IllegalStateException(
            "lexicon " + file + " line " + n + ": expected " + minFields + " fields");
      }
      out.add(fields);
    }
    return out;
  }

  /**
   * A set of names that also holds each name written with accents its list has without them
   * ("Tomáš" when the list has "Tomas"), and each double name that starts with a name it holds
   * ("Jörg-Uwe", "Jean-Luc").
   */
  private static final class AccentBlindSet
      extends com.google.common.collect.ForwardingSet<String> {
    private final Set<String> names;

    AccentBlindSet(Set<String> names) {
      this.names = names;
    }

    @Override
    protected Set<String> delegate() {
      return names;
    }

    @Override
    public boolean contains(Object o) {
      if (!(o instanceof String s)) {
        return false;
      }
      int dash = s.indexOf('-');
      return one(s) || dash > 0 && dash == s.lastIndexOf('-') && dash + 2 < s.length()
          && Character.isUpperCase(s.charAt(dash + 1)) && one(s.substring(0, dash));
    }

    private boolean one(String s) {
      return names.contains(s) || names.contains(Tokens.fold(s));
    }
  }

  private static Set<String> words(String file) {
    ImmutableSet.Builder<String> b = ImmutableSet.builder();
    for (String line : lines(file)) {
      String w = line.trim();
      if (!w.isEmpty() && !w.startsWith("#")) {
        b.add(w);
      }
    }
    return b.build();
  }

  private static List<String> lines(String file) {
    InputStream in = Lexicon.class.getResourceAsStream(DIR + file);
    if (in == null) {
      throw new IllegalStateException("lexicon file missing from the classpath: " + DIR + file);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
