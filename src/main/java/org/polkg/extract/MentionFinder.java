package org.polkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import org.polkg.nlp.NameSpan;
import org.polkg.nlp.Sentence;
import org.polkg.nlp.Token;

/**
 * Finds mentions in annotated sentences: organisations (gazetteer, capitalised names ending in an
 * organisation word, "the party"), roles, persons (given name + surname, honorific + name, a name
 * after a role title, surnames of persons named elsewhere in the article), pronouns and counted
 * groups ("seven MPs"). Coordinated persons ("A, B and C") are marked as one list.
 */
final class MentionFinder {
  /** Heads of {@link #ORG_HEADS} written in lower case: "Corvane plc". */
  private static final Set<String> LOWERCASE_HEADS = ImmutableSet.of("plc");
  /** Verbs whose object is a body: "joined Thamesgate Capital". */
  private static final Set<String> JOINING = ImmutableSet.of("joined", "joins", "join",
      "joining", "rejoined", "rejoins");
  /** Verbs of leaving a body whose unknown name of two words or more follows: "quit X Y". */
  private static final Set<String> LEAVING_NAMED = ImmutableSet.of("quit", "quits", "quitting");
  /** Heads of {@link #ORG_HEADS} that open a name in another language and take its particles. */
  private static final Set<String> FOREIGN_HEADS = ImmutableSet.of("Museo", "Museu", "Musée",
      "Banco", "Banca", "Universidad", "Universidade", "Università", "Université", "Instituto",
      "Istituto", "Fundación", "Fundação", "Fondazione", "Fondation", "Teatro", "Orquesta",
      "Orchestre", "Compagnia", "Companhia", "Compagnie", "Sociedad", "Società", "Grupo",
      "Gruppo", "Groupe");
  /** The words for a company's legal form that end its full name: "Inc.", "plc". */
  private static final Set<String> LEGAL_FORMS = ImmutableSet.of("Inc", "Inc.", "Corp",
      "Corp.", "Ltd", "Ltd.", "LLC", "GmbH", "plc", "Oy", "AB", "BV", "ApS", "hf.", "ehf.",
      "SA", "S.A.", "AS", "ASA", "NV", "SpA", "Oyj", "Srl");
  /**
   * Heads of {@link #ORG_HEADS} that end a capitalised name ("Tatra Energy Trading", "Mirae
   * Crest Asset Management", "Westgate Community Pantry", "Aldermoor Botanic Garden") but make no
   * body of common nouns ("its senior vice-president of trading").
   */
  private static final Set<String> NAME_ONLY_HEADS = ImmutableSet.of("Trading", "Strategies",
      "Freight", "Advisors", "Advisers", "Securities", "Management", "Pipelines", "Ports",
      "Offshore", "Payments", "Motorways", "Organisation", "Organization", "Foundry",
      "Pantry", "Larder", "Opera", "Ballet", "Garden", "Gardens", "Playhouse", "Zoo", "Lottery",
      "Distribution", "Logistics", "Utilities");
  /**
   * Heads of {@link #ORG_HEADS} that name a trade, which in lower case after a post is the
   * post's field, not a body: "vice-president of engineering", "head of retail" (not the
   * portfolios of governments: energy, mining, media, resources).
   */
  private static final Set<String> TRADES = ImmutableSet.of("Engineering", "Leisure",
      "Logistics", "Systems", "Solutions", "Pharmaceuticals", "Foods", "Investments",
      "Properties", "Renewables", "Insurance", "Aerospace", "Telecom", "Telecommunications",
      "Healthcare", "Chemicals", "Construction", "Developments", "Retail", "Clothing", "Brewing",
      "Dairy", "Publishing", "Software", "Cycling", "Freight", "Consulting", "Technologies");
  /** Plural nicknames that end a team's name: "Kirkthorpe Knights", "Harlow Falcons". */
  static final Set<String> TEAM_NICKNAMES = ImmutableSet.of("Knights", "Warriors", "Tigers",
      "Sharks", "Dragons", "Raiders", "Titans", "Saints", "Vikings", "Rhinos", "Giants", "Pirates",
      "Falcons", "Hawks", "Bulls", "Lions", "Eagles", "Bears", "Panthers", "Jets", "Rangers",
      "Steelers", "Bengals", "Packers", "Broncos", "Chargers", "Seahawks", "Cowboys", "Oilers",
      "Flames", "Canucks", "Canadiens", "Bruins", "Lakers", "Celtics", "Knicks", "Raptors",
      "Yankees", "Dodgers", "Mariners", "Cubs", "Cougars", "Wildcats", "Bulldogs", "Rockets",
      "Hurricanes", "Stampeders", "Roughriders", "Argonauts", "Blackhawks", "Steelhawks",
      "Chiefs", "Wolves", "Penguins", "Devils");
  /** Last words of newspapers' names: "The Hunter Chronicle" (no person for its given name). */
  static final Set<String> NEWSPAPER_HEADS = ImmutableSet.of("Chronicle", "Gazette",
      "Herald", "Courier", "Examiner", "Telegraph", "Ledger", "Inquirer", "Sentinel", "Journal",
      "Times");
  private static final Map<String, OrgType> ORG_HEADS = ImmutableMap.<String, OrgType>builder()
      .put("Party", OrgType.POLITICAL_PARTY)
      .put("Group", OrgType.PARLIAMENTARY_GROUP)
      .put("Caucus", OrgType.PARLIAMENTARY_GROUP)
      .put("Independents", OrgType.PARLIAMENTARY_GROUP) // "the Haverleigh Independents"
      .put("Parliament", OrgType.PARLIAMENT)
      .put("Assembly", OrgType.PARLIAMENT)
      .put("Sabha", OrgType.PARLIAMENT) // "Punjab Vidhan Sabha", a state assembly
      .put("Senate", OrgType.PARLIAMENT)
      .put("Delegates", OrgType.PARLIAMENT) // "Virginia House of Delegates"
      .put("Congress", OrgType.PARLIAMENT)
      .put("Government", OrgType.GOVERNMENT)
      .put("Cabinet", OrgType.CABINET)
      .put("Council", OrgType.ORGANIZATION)
      .put("Committee", OrgType.ORGANIZATION)
      .put("Subcommittee", OrgType.ORGANIZATION)
      .put("Commission", OrgType.ORGANIZATION)
      .put("Ministry", OrgType.ORGANIZATION)
      .put("Department", OrgType.ORGANIZATION)
      .put("Office", OrgType.ORGANIZATION)
      .put("Union", OrgType.ORGANIZATION)
      .put("Association", OrgType.ORGANIZATION)
      .put("Federation", OrgType.ORGANIZATION)
      .put("Confederation", OrgType.ORGANIZATION) // "the Nordic Bandy Confederation"
      .put("League", OrgType.ORGANIZATION)
      .put("Club", OrgType.ORGANIZATION)
      .put("Court", OrgType.ORGANIZATION)
      .put("Bank", OrgType.ORGANIZATION)
      .put("Agency", OrgType.ORGANIZATION)
      .put("Directorate", OrgType.ORGANIZATION)
      .put("Hospital", OrgType.ORGANIZATION)
      .put("Hospice", OrgType.ORGANIZATION)
      .put("Conservancy", OrgType.ORGANIZATION)
      .put("Academy", OrgType.ORGANIZATION)
      .put("Library", OrgType.ORGANIZATION)
      .put("School", OrgType.ORGANIZATION)
      .put("Schools", OrgType.ORGANIZATION) // "Tulsa Public Schools", a district
      .put("Forum", OrgType.ORGANIZATION)
      .put("Taskforce", OrgType.ORGANIZATION)
      .put("Center", OrgType.ORGANIZATION)
      .put("Centre", OrgType.ORGANIZATION)
      .put("Bureau", OrgType.ORGANIZATION)
      .put("Service", OrgType.ORGANIZATION)
      .put("Police", OrgType.ORGANIZATION)
      .put("Trust", OrgType.ORGANIZATION)
      .put("Tribunal", OrgType.ORGANIZATION)
      .put("Panel", OrgType.ORGANIZATION) // "the Coastal Timber Review Panel"
      .put("Consortium", OrgType.ORGANIZATION)
      .put("Inquiry", OrgType.ORGANIZATION) // "the Pellingham Tower Inquiry"
      .putAll(Maps.asMap(NEWSPAPER_HEADS, h -> OrgType.ORGANIZATION))
      .put("College", OrgType.ORGANIZATION)
      .put("Administration", OrgType.ORGANIZATION)
      .put("Authority", OrgType.ORGANIZATION)
      .put("Board", OrgType.ORGANIZATION)
      .put("Corporation", OrgType.ORGANIZATION)
      .put("Company", OrgType.ORGANIZATION)
      .put("Institute", OrgType.ORGANIZATION)
      .put("Foundation", OrgType.ORGANIZATION)
      .put("University", OrgType.ORGANIZATION)
      .put("Partners", OrgType.ORGANIZATION)
      .put("Partnership", OrgType.ORGANIZATION)
      .put("Holdings", OrgType.ORGANIZATION)
      .put("Capital", OrgType.ORGANIZATION)
      .put("Associates", OrgType.ORGANIZATION)
      .put("Consulting", OrgType.ORGANIZATION)
      .put("Consultants", OrgType.ORGANIZATION) // "Kariega Consulting Engineers"
      .put("Engineers", OrgType.ORGANIZATION)
      .put("Architects", OrgType.ORGANIZATION)
      .put("Industries", OrgType.ORGANIZATION)
      .put("Technologies", OrgType.ORGANIZATION)
      .put("Resources", OrgType.ORGANIZATION)
      .put("Airlines", OrgType.ORGANIZATION)
      .put("Alliance", OrgType.ORGANIZATION)
      .put("Coalition", OrgType.ORGANIZATION) // "the Save Rural Schools Coalition"
      .put("Movement", OrgType.ORGANIZATION)
      .put("Society", OrgType.ORGANIZATION)
      .put("Church", OrgType.ORGANIZATION)
      .put("Diocese", OrgType.ORGANIZATION)
      .put("Archdiocese", OrgType.ORGANIZATION)
      .put("Museum", OrgType.ORGANIZATION)
      .put("Theatre", OrgType.ORGANIZATION)
      .put("Orchestra", OrgType.ORGANIZATION)
      .put("Network", OrgType.ORGANIZATION)
      .put("Institution", OrgType.ORGANIZATION)
      .put("Fund", OrgType.ORGANIZATION)
      .putAll(Maps.toMap(LEGAL_FORMS, f -> OrgType.ORGANIZATION))
      .put("Group plc", OrgType.ORGANIZATION)
      .put("FC", OrgType.ORGANIZATION)
      .put("United", OrgType.ORGANIZATION)
      .put("Rovers", OrgType.ORGANIZATION)
      .put("Athletic", OrgType.ORGANIZATION)
      .put("Thistle", OrgType.ORGANIZATION)
      .put("Rangers", OrgType.ORGANIZATION)
      .put("Harriers", OrgType.ORGANIZATION)
      .put("Hotspur", OrgType.ORGANIZATION)
      .put("Argyle", OrgType.ORGANIZATION)
      .put("Wanderers", OrgType.ORGANIZATION)
      .put("Celtic", OrgType.ORGANIZATION) // "Shannonbridge Celtic"
      .putAll(Maps.asMap(TEAM_NICKNAMES, h -> OrgType.ORGANIZATION))
      .put("Representatives", OrgType.PARLIAMENT)
      .put("Legislature", OrgType.PARLIAMENT) // "the Kansas Legislature"
      .put("Landtag", OrgType.PARLIAMENT) // "the Bavarian Landtag"
      // company and club names: "Hythe & Carlow Engineering", "Kingsmere RFC"
      .put("Engineering", OrgType.ORGANIZATION)
      .put("Leisure", OrgType.ORGANIZATION)
      .put("Logistics", OrgType.ORGANIZATION)
      .put("Systems", OrgType.ORGANIZATION)
      .put("Solutions", OrgType.ORGANIZATION)
      .put("Pharmaceuticals", OrgType.ORGANIZATION)
      .put("Foods", OrgType.ORGANIZATION)
      .put("Investments", OrgType.ORGANIZATION)
      .put("Properties", OrgType.ORGANIZATION)
      .put("Homes", OrgType.ORGANIZATION) // "Ashby Fen Homes", a housing company
      .put("RFC", OrgType.ORGANIZATION)
      .put("AFC", OrgType.ORGANIZATION)
      .put("Broadcasting", OrgType.ORGANIZATION)
      .put("Media", OrgType.ORGANIZATION)
      .put("Energy", OrgType.ORGANIZATION)
      .put("Water", OrgType.ORGANIZATION)
      .put("Motors", OrgType.ORGANIZATION)
      .put("Airways", OrgType.ORGANIZATION)
      .put("Air", OrgType.ORGANIZATION) // "Wattle Air"
      .put("Rail", OrgType.ORGANIZATION)
      .put("Railway", OrgType.ORGANIZATION)
      .put("Headquarters", OrgType.ORGANIZATION) // "Conservative Campaign Headquarters"
      .put("Operator", OrgType.ORGANIZATION) // "Australian Energy Market Operator"
      .put("Railways", OrgType.ORGANIZATION)
      .put("Trains", OrgType.ORGANIZATION)
      .put("Ferries", OrgType.ORGANIZATION)
      .put("Utilities", OrgType.ORGANIZATION)
      .put("Shipping", OrgType.ORGANIZATION)
      .put("Minerals", OrgType.ORGANIZATION)
      .put("Mining", OrgType.ORGANIZATION)
      .put("Renewables", OrgType.ORGANIZATION)
      .put("Women", OrgType.ORGANIZATION)
      .put("Insurance", OrgType.ORGANIZATION)
      .put("Bancorp", OrgType.ORGANIZATION)
      .put("Aerospace", OrgType.ORGANIZATION)
      .put("Telecom", OrgType.ORGANIZATION)
      .put("Telecommunications", OrgType.ORGANIZATION)
      .put("Utilities", OrgType.ORGANIZATION)
      .put("Healthcare", OrgType.ORGANIZATION)
      .put("Chemicals", OrgType.ORGANIZATION)
      .put("Steel", OrgType.ORGANIZATION)
      .put("Construction", OrgType.ORGANIZATION)
      .put("Developments", OrgType.ORGANIZATION)
      .put("Growers", OrgType.ORGANIZATION)
      .put("Fruitgrowers", OrgType.ORGANIZATION)
      .put("Farmers", OrgType.ORGANIZATION)
      .put("Co-operative", OrgType.ORGANIZATION)
      .put("Cooperative", OrgType.ORGANIZATION)
      .put("Co-op", OrgType.ORGANIZATION)
      .put("Helicopters", OrgType.ORGANIZATION)
      .put("Freight", OrgType.ORGANIZATION)
      .put("Cement", OrgType.ORGANIZATION)
      .put("Cycling", OrgType.ORGANIZATION)
      .put("Mutual", OrgType.ORGANIZATION) // "Castlegate Mutual", an insurer
      .put("Ventures", OrgType.ORGANIZATION)
      .put("Brewery", OrgType.ORGANIZATION)
      .put("Breweries", OrgType.ORGANIZATION)
      .put("Publishing", OrgType.ORGANIZATION)
      .put("Estates", OrgType.ORGANIZATION)
      .put("Metals", OrgType.ORGANIZATION)
      .put("Steel", OrgType.ORGANIZATION)
      .put("Chemicals", OrgType.ORGANIZATION)
      .put("Insurance", OrgType.ORGANIZATION)
      .put("Healthcare", OrgType.ORGANIZATION)
      .put("Telecom", OrgType.ORGANIZATION)
      .put("Telecommunications", OrgType.ORGANIZATION)
      .put("Retail", OrgType.ORGANIZATION)
      .put("Clothing", OrgType.ORGANIZATION)
      .put("Brewing", OrgType.ORGANIZATION)
      .put("Brewery", OrgType.ORGANIZATION)
      .put("Dairy", OrgType.ORGANIZATION)
      .put("Construction", OrgType.ORGANIZATION)
      .put("Developments", OrgType.ORGANIZATION)
      .put("Laboratories", OrgType.ORGANIZATION)
      .put("Software", OrgType.ORGANIZATION)
      .put("Studios", OrgType.ORGANIZATION)
      .put("Publishing", OrgType.ORGANIZATION)
      .put("Utilities", OrgType.ORGANIZATION)
      .put("Hotels", OrgType.ORGANIZATION)
      .put("Financial", OrgType.ORGANIZATION) // "Calloway Financial", a bank
      .put("Semiconductor", OrgType.ORGANIZATION)
      .put("Semiconductors", OrgType.ORGANIZATION)
      .put("Electronics", OrgType.ORGANIZATION)
      .put("Therapeutics", OrgType.ORGANIZATION)
      .put("Lithium", OrgType.ORGANIZATION)
      .put("Petroleum", OrgType.ORGANIZATION)
      .put("Consortium", OrgType.ORGANIZATION)
      .put("Town", OrgType.ORGANIZATION) // "Hollinsbury Town"; not "Cape Town" (a place)
      .put("Albion", OrgType.ORGANIZATION)
      // names headed first in other languages: "Museo de Arte Sacro de Querétaro"
      .putAll(Maps.asMap(FOREIGN_HEADS, h -> OrgType.ORGANIZATION))
      // company forms and ensembles at the end of a name: "Isarwerk AG", "Kvarken Sinfonietta"
      .put("GmbH", OrgType.ORGANIZATION)
      .put("SpA", OrgType.ORGANIZATION)
      .put("S.p.A.", OrgType.ORGANIZATION)
      .put("KK", OrgType.ORGANIZATION)
      .put("Oyj", OrgType.ORGANIZATION)
      .put("ASA", OrgType.ORGANIZATION)
      .put("Orchestra", OrgType.ORGANIZATION)
      .put("Sinfonietta", OrgType.ORGANIZATION)
      .put("Philharmonic", OrgType.ORGANIZATION)
      .put("Museum", OrgType.ORGANIZATION)
      .put("Gallery", OrgType.ORGANIZATION)
      // Nordic clubs' forms ("Norrvik IF", "Rosenborg BK") and more company words
      .put("IF", OrgType.ORGANIZATION)
      .put("BK", OrgType.ORGANIZATION)
      .put("FK", OrgType.ORGANIZATION)
      .put("IK", OrgType.ORGANIZATION)
      .putAll(Maps.asMap(NAME_ONLY_HEADS, h -> OrgType.ORGANIZATION))
      .put("Energi", OrgType.ORGANIZATION) // "Nordhavn Energi"
      .put("Co.", OrgType.ORGANIZATION)
      .put("GAA", OrgType.ORGANIZATION) // a county board: "Laois GAA"
      .put("SC", OrgType.ORGANIZATION) // a club: "Silver State SC"
      .buildKeepingLast();
  /** Particles inside names in other languages: "de", "della", "do". */
  private static final Set<String> PARTICLES = ImmutableSet.of("de", "del", "della", "delle",
      "dei", "degli", "di", "do", "da", "dos", "das", "du", "des", "la", "las", "los", "le",
      "les");
  /** Lowercase words inside a committee's subject: "Committee on Access to Information". */
  private static final Set<String> INNER_WORDS = ImmutableSet.of("of", "to", "for", "in");

  /** Members of a chamber, whose "Group of" makes a parliamentary group: "Tribune Group of MPs". */
  private static final Set<String> LEGISLATORS = ImmutableSet.of("MPs", "MEPs", "Senators",
      "TDs", "MSPs", "MLAs", "Members", "Deputies", "Councillors", "Peers");

  /**
   * Words of a name ending in "Group" that make it a group of legislators ("Progressive Senate
   * Group", "Regional Independent Group"); without one it is a firm ("Halden Marine Group").
   */
  private static final Set<String> GROUP_POLITICS = ImmutableSet.of("Independent",
      "Independents", "Senate", "Senators", "Progressive", "Conservative", "Conservatives",
      "Reformists", "Mixed", "Regional", "Rural", "Socialist", "Campaign", "Tribune",
      "Parliamentary", "Labour", "Labor", "Liberal", "Liberals", "Democratic", "Democrats",
      "Green", "Greens", "Left", "People's", "Alliance", "Nationalist", "Unionist", "Opposition",
      "Reform", "Social", "Christian", "Freedom", "Identity", "Sovereignty", "Patriots", "Renew",
      "Crossbench", "Coalition", "Republican", "Republicans", "Non-Inscrits", "Ecologist");

  /** The type of the capitalised name {@code [start, end)} ending in an organisation word. */
  private static OrgType headType(List<Token> toks, int start, int end) {
    OrgType type = ORG_HEADS.get(toks.get(end - 1).text());
    return type == OrgType.PARLIAMENTARY_GROUP && toks.get(end - 1).text().equals("Group")
        && toks.subList(start, end - 1).stream().noneMatch(t -> GROUP_POLITICS.contains(t.text()))
        ? OrgType.ORGANIZATION : type;
  }

  /**
   * The type of a body named by the inner organisation word at {@code inner} of a run ending at
   * {@code last}: a group of legislators ("Tribune Group of MPs") is a parliamentary group, a
   * group of anything else ("Adani Group of Companies") a firm.
   */
  private static OrgType innerType(List<Token> toks, int inner, int last) {
    OrgType type = ORG_HEADS.get(toks.get(inner).text());
    return type == OrgType.PARLIAMENTARY_GROUP && !LEGISLATORS.contains(toks.get(last).text())
        ? OrgType.ORGANIZATION : type;
  }

  /**
   * The first organisation word after the first word of the capitalised run {@code [start,
   * end)}, when "for" or "of" follows it, it is no chamber's word and the run ends in no
   * organisation word ("Independent Advisory Board for Senate Appointments"); else -1.
   */
  private static int innerHeadOf(List<Token> toks, int start, int end) {
    for (int h = start + 1; h + 2 < end; h++) {
      OrgType type = ORG_HEADS.get(toks.get(h).text());
      if (type != null) {
        String next = toks.get(h + 1).lower();
        return type != OrgType.PARLIAMENT && (next.equals("for") || next.equals("of"))
            && !ORG_HEADS.containsKey(toks.get(end - 1).text()) ? h : -1;
      }
    }
    return -1;
  }

  /** Nations that end a public body's name: "Natural Resources Wales". */
  private static final Set<String> NATION_SUFFIXES = ImmutableSet.of("Wales", "England",
      "Scotland", "Ireland", "Canada", "Australia");
  /**
   * Common nouns for a company, club or charity, which name it after "the" ("the steelmaker")
   * and come before its name ("the state operator PKP Intercity").
   */
  private static final Set<String> BUSINESS_NOUNS = ImmutableSet.of("company", "firm", "club",
      "charity", "broadcaster", "steelmaker", "carmaker", "automaker", "lender", "bank",
      "retailer", "airline", "insurer", "miner", "operator", "utility", "supermarket", "brewer",
      "publisher", "manufacturer", "housebuilder", "developer", "chain", "conglomerate",
      "supplier", "carrier", "provider", "franchise", "co-operative", "cooperative", "producer",
      "exporter", "distributor", "maker", "giant", "shipper", "shipbuilder", "shipyard", "builder",
      "refiner", "grocer", "wholesaler",
      "consultancy", "start-up", "startup", "fintech");
  private static final Map<String, OrgType> ANAPHORS = ImmutableMap.<String, OrgType>builder()
      .put("party", OrgType.POLITICAL_PARTY)
      .put("government", OrgType.GOVERNMENT)
      .put("group", OrgType.PARLIAMENTARY_GROUP)
      .put("caucus", OrgType.PARLIAMENTARY_GROUP) // "left the caucus to sit as an independent"
      .putAll(Maps.asMap(BUSINESS_NOUNS, w -> OrgType.ORGANIZATION))
      .buildOrThrow();
  /** Who sit on a board, named after "the board of": "the board of trustees". */
  private static final Set<String> BOARD_MEMBERS = ImmutableSet.of("directors", "trustees",
      "governors", "regents", "management", "supervisors");
  /** Kinds of a company's board: "the supervisory board", "the trustee board". */
  private static final Set<String> BOARD_KINDS = ImmutableSet.of("supervisory", "management",
      "executive", "advisory", "trustee", "governing");
  /**
   * Definite descriptions naming an organisation by the head word of its name: "the agency"
   * is the Minnesota Pollution Control Agency of the story.
   */
  private static final Set<String> HEAD_ANAPHORS = ImmutableSet.of("agency", "university", "trust",
      "commission", "committee", "council", "board", "ministry", "department", "authority",
      "assembly", "senate", "parliament", "chamber", "executive", "court", "tribunal", "bank",
      "foundation", "institute", "museum", "orchestra", "corporation", "union", "association",
      "federation", "society", "league", "directorate", "panel");
  /**
   * Head words that stand for a body named before even when capitalised ("the Commission",
   * "the Trust"; "the Executive" only in a story about a government of that name: "resigned from
   * the Executive" at Stormont); not those that name a body of their own ("the Council").
   */
  private static final Set<String> CAPITALISED_HEADS = ImmutableSet.of("Agency", "Trust",
      "Commission", "Committee", "Board", "Department", "Authority", "Foundation", "Institute",
      "Corporation", "Executive");
  /** Common nouns a name of that kind of organisation follows: "the law firm X". */
  private static final Set<String> RULING = ImmutableSet.of("ruling", "governing");
  /** Words that describe a party by its creed: "quitting the conservative party". */
  private static final Set<String> CREEDS = ImmutableSet.of("conservative", "socialist",
      "liberal", "centrist", "centre-right", "center-right", "centre-left", "center-left",
      "left-wing", "right-wing", "far-right", "far-left", "nationalist", "populist", "green",
      "communist", "libertarian", "progressive", "democratic", "republican", "labour", "leftist",
      "environmentalist", "regionalist", "separatist", "unionist", "republican-leaning",
      "christian", "islamist", "agrarian", "pro-european", "eurosceptic", "pro-independence");
  /** Modifiers that make a description some other body than the last named: "the rival bank". */
  private static final Set<String> OTHER_THAN_NAMED = ImmutableSet.of("other", "rival",
      "opposing", "opposite", "former", "previous", "old", "ex", "new", "breakaway", "sister",
      "parent", "junior", "senior", "smaller", "larger", "bigger", "major", "minor", "main",
      "opposition", "third", "second", "first", "next", "last", "different", "another",
      "all-party", "cross-party", "informal", "local", "national", "federal",
      "state", "provincial", "regional", "european", "international", "youth", "family", "own");
  private static final Set<String> FRONT_BENCH = ImmutableSet.of("frontbench", "front-bench");
  /** Chambers whose name opens the name of a party's group in them: "Senate Democratic caucus". */
  private static final Set<String> CHAMBER_PREFIXES = ImmutableSet.of("Senate", "House",
      "Assembly");
  /** Chambers named before a committee that a department's name names: "Commons Treasury". */
  private static final Set<String> COMMITTEE_CHAMBERS = ImmutableSet.of("Commons", "Lords",
      "Senate", "House", "Assembly", "Dáil", "Seanad", "Oireachtas", "Holyrood", "Senedd");
  /** Words that name a party's group only after a chamber: "the Senate Republican Conference". */
  /** What a party's members in a chamber are called after "parliamentary". */
  private static final Set<String> PARTY_GROUP_WORDS = ImmutableSet.of("group", "club");
  private static final Set<String> CHAMBER_GROUP_WORDS = ImmutableSet.of("Conference",
      "conference", "Caucus");
  private static final Set<String> KIND_NOUNS = ImmutableSet.<String>builder()
      .add("group", "consultancy", "organisation", "organization", "think-tank", "thinktank",
          "campaign", "lobby", "startup", "start-up", "newspaper", "regulator", "watchdog",
          "agency", "union", "tank", "contractor", "subcontractor", "haulier", "fund")
      .addAll(BUSINESS_NOUNS).build();
  /** Titles whose portfolio follows "of" or "for": "Minister for Labour" names no party. */
  private static final Set<String> PORTFOLIO_HOLDERS = ImmutableSet.of("Minister", "Secretary",
      "Spokesperson", "Spokesman", "Spokeswoman", "Commissioner", "Critic");
  /**
   * Titles that follow a portfolio's word ("Labor Minister", "Labor Director"): before one, a
   * party name of another country than the story's is the portfolio.
   */
  private static final Set<String> PORTFOLIO_TITLES = ImmutableSet.<String>builder()
      .addAll(PORTFOLIO_HOLDERS).add("Director").build();
  /**
   * Head words of bodies named by what they do or whom they gather: "Ministry of X",
   * "Department for Y", "Canadian Association of Journalists".
   */
  private static final Set<String> MINISTRY_HEADS = ImmutableSet.of("Ministry", "Department",
      "Office", "Committee", "Commission", "Secretariat", "Agency", "Court", "Bank", "Council",
      "Board", "Tribunal", "Authority", "Institute", "Association", "Union", "Federation",
      "Society", "College", "Congress", "Confederation", "Chamber", "Chambers", "Academy",
      "Foundation");
  static final Set<String> ARTICLES = ImmutableSet.of("a", "an", "the");
  private static final Set<String> INDEFINITE_ARTICLES = ImmutableSet.of("a", "an");
  /** Words naming a kind of parliamentary committee: "the Treasury select committee". */
  private static final Set<String> COMMITTEE_KINDS = ImmutableSet.of("select", "standing",
      "joint", "special", "liaison", "steering");
  /** Adjectives that judge or date a committee rather than name it: "the powerful committee". */
  private static final Set<String> JUDGING_ADJECTIVES = ImmutableSet.of("new", "powerful",
      "influential", "key", "same", "relevant", "former", "senior", "little-known", "obscure",
      "parliamentary", "independent", "full", "whole", "last", "next", "previous", "own");
  /** Last words of team names that name the team alone: "Rovers manager X". */
  private static final Set<String> TEAM_HEADS = ImmutableSet.of("Rovers", "United", "Athletic",
      "Wanderers", "Thistle", "Rangers", "Harriers", "Hotspur", "Argyle", "Albion", "Wolves");
  /** Posts in a sports team, whose name may come right before them: "Leeds captain X". */
  private static final Set<String> TEAM_POSTS = ImmutableSet.of("coach", "head coach",
      "captain", "manager", "assistant coach");
  /** Bodies whose members hold a post: "a member of the finance committee". */
  private static final Set<String> COMMITTEE_WORDS = ImmutableSet.of("committee", "subcommittee",
      "board", "commission", "panel", "council", "tribunal", "taskforce", "court");
  /** Mayoral titles, and the words between a town's name and one: "Darwin's lord mayor". */
  private static final Set<String> MAYORS = ImmutableSet.of("mayor", "mayoress");
  private static final Set<String> MAYOR_MODIFIERS = ImmutableSet.of("deputy", "vice", "lord",
      "executive", "acting", "interim", "former", "new", "metro", "city", "first", "second");
  /** Words that open a local authority's name before "of": "City of Tshwane". */
  private static final Set<String> LOCAL_AUTHORITIES = ImmutableSet.of("City", "Town",
      "Municipality", "Borough", "County", "Shire", "Village");
  /** Heads of names with a possessive inside: "Brightwater Children's Trust". */
  private static final Set<String> OWNED_HEADS = ImmutableSet.of("Trust", "Hospital", "Hospice",
      "College", "School", "Institute", "Foundation", "Fund", "Society", "Association", "Union",
      "Church", "Centre", "Center", "League", "Alliance", "Forum", "Network");
  /**
   * Whether the capitalised words from {@code k} reach a head that a name can own ("Hospital"
   * in "St Enda's University Hospital") within three words.
   */
  private static boolean ownedHeadAhead(List<Token> toks, int k) {
    for (int j = k; j < toks.size() && j < k + 3 && toks.get(j).isCapitalized(); j++) {
      if (OWNED_HEADS.contains(toks.get(j).text())) {
        return true;
      }
    }
    return false;
  }

  /** Heads of names that may go on "of the" and a place: "the University of the Marches". */
  private static final Set<String> OF_THE_HEADS =
      Set.of("University", "College", "Museum", "Institute", "Academy", "Bank");

  /**
   * Whether the "of" or "the" at {@code j} goes on the name opened at {@code i} by one of {@link
   * #OF_THE_HEADS}: "University of the Marches", not "Minister of the Interior".
   */
  private static boolean theInPlaceName(List<Token> toks, int i, int j) {
    int h = toks.get(i).text().equals("The") ? i + 1 : i; // "The University of the Marches said"
    return (j == h + 1 || j == h + 2) && h + 3 < toks.size()
        && OF_THE_HEADS.contains(toks.get(h).text()) && toks.get(h + 1).lower().equals("of")
        && toks.get(h + 2).lower().equals("the") && toks.get(h + 3).isCapitalized();
  }

  /** Heads of a government department's name. */
  private static final Set<String> DEPARTMENTS = ImmutableSet.of("Department", "Ministry");
  /** Chambers written by their bare name: "the Senate", "the House". */
  private static final Set<String> CHAMBER_WORDS =
      ImmutableSet.of("Senate", "House", "Assembly", "Parliament", "Chamber", "Dáil", "Landtag");
  /** Lower-case words inside names: "Ursula von der Leyen". */
  static final Set<String> NAME_PARTICLES =
      ImmutableSet.of("de", "van", "von", "der", "den", "da", "di", "du", "le", "la", "bin", "al",
          "ap", "del", "dos", "das", "el", "ter", "ten", "ibn", "bint", "della", "degli");
  /** Words right before "rival(s)" where one moves to a body: "join rival X", "for rivals Y". */
  private static final Set<String> JOINING_RIVAL = ImmutableSet.of("join", "joins", "joined",
      "joining", "to", "for", "with");
  /** Capitalised particles that open an Irish surname: "Ó Riada", "Ní Bhriain", "Mac Suibhne". */
  private static final Set<String> IRISH_PARTICLES = ImmutableSet.of("Ó", "Ní", "Nic", "Mac",
      "Uí", "Ua", "Mhic");
  private static final Map<String, Integer> NUMBERS = ImmutableMap.<String, Integer>builder()
      .put("two", 2).put("three", 3).put("four", 4).put("five", 5).put("six", 6)
      .put("seven", 7).put("eight", 8).put("nine", 9).put("ten", 10).put("eleven", 11)
      .put("twelve", 12).put("thirteen", 13).put("fourteen", 14).put("fifteen", 15)
      .put("both", 2)
      // "the trio have since joined ...": a count standing alone after "the"
      .put("pair", 2).put("duo", 2).put("trio", 3).put("quartet", 4).build();

  /** Whether a word is a number written out: "three", "twelve". */
  static boolean isNumberWord(String word) {
    return NUMBERS.containsKey(word);
  }

  /** "Cllr Tom Rennard (Mill Lane)": a ward or seat in brackets right after a name. */
  private static boolean bracketedAfterName(List<Token> toks, int i) {
    return i > 1 && toks.get(i - 1).text().equals("(") && toks.get(i - 2).isProperNoun();
  }

  /** Whether the token at {@code i} is a common noun someone has: "her deputy", "Jo's aide". */
  private static boolean ownedNoun(List<Token> toks, int i) {
    Token t = toks.get(i);
    Token owner = toks.get(i - 1);
    return (t.pos().equals("NN") || t.pos().equals("NNS")) && !t.isCapitalized()
        && (owner.pos().equals("PRP$") || owner.text().equals("'s"));
  }

  /** Whether the name at {@code i} is a member's seat: "the MP for Eastbourne North". */
  private static boolean seat(List<Mention> found, List<Token> toks, int i) {
    if (i >= 5 && toks.get(i - 1).lower().equals("for")) {
      // "the Member of the Senedd for Cwm Tawe": the chamber was read as an organisation
      Mention chamber = covering(found, i - 2);
      int k = chamber == null ? -1 : chamber.start - 1;
      if (k >= 0 && toks.get(k).lower().equals("the")) {
        k--;
      }
      if (chamber != null && chamber.kind == Mention.Kind.ORG && k >= 1
          && toks.get(k).lower().equals("of") && toks.get(k - 1).lower().equals("member")) {
        return true;
      }
    }
    if (i < 2 || !toks.get(i - 1).lower().equals("for") || !roleEndsAt(found, i - 1)) {
      return false;
    }
    Mention role = covering(found, i - 2);
    return role != null && role.role != null && role.role.kind() == Lexicon.RoleKind.LEGISLATURE;
  }

  /**
   * Whether a title ends at {@code comma}, or a title and its seat or place: "The MP for
   * Wakefield", "The mayor of Marsaxlokk".
   */
  private static boolean titleBefore(List<Mention> found, List<Token> toks, int comma) {
    if (roleEndsAt(found, comma)) {
      return true;
    }
    int k = comma;
    while (k > 0 && k > comma - 4 && toks.get(k - 1).isCapitalized()) {
      k--;
    }
    // "The MP for Wakefield, X,", "The mayor of Marsaxlokk, X,"
    return k < comma && k > 1 && (toks.get(k - 1).lower().equals("for")
        || toks.get(k - 1).lower().equals("of")) && roleEndsAt(found, k - 1);
  }

  /**
   * "former", "ex-", "then" or "retired" before a title, past other adjectives ("former public
   * ...", "a retired credit union manager").
   */
  private static boolean formerBefore(List<Token> toks, int start) {
    for (int j = start - 1; j >= 0 && j >= start - 3; j--) {
      String w = toks.get(j).lower();
      if (w.equals("former") || w.equals("ex-") || w.equals("then") || w.equals("retired")) {
        return true;
      }
      if (!toks.get(j).pos().startsWith("JJ") && !toks.get(j).isProperNoun()
          && !(toks.get(j).pos().equals("NN") && !toks.get(j).isCapitalized())) {
        return false; // past adjectives, a party and a kind: "a former Labour branch chair"
      }
    }
    return false;
  }

  /**
   * Whether a portfolio and "and" come right before {@code k}, written in the case of the title
   * ("Forestry and Parks Minister", "work and pensions spokesman"): a noun that is neither a
   * given name nor a place.
   */
  private boolean portfolioBeforeAnd(List<Token> toks, boolean[] used, int k, boolean capital) {
    return k > 1 && toks.get(k - 1).lower().equals("and") && !used[k - 2]
        && toks.get(k - 2).isCapitalized() == capital && (portfolioNoun(toks.get(k - 2))
            // "Municipal and Northern Relations Minister": adjectives of one portfolio
            || capital && capitalAdjective(toks.get(k - 2)) && capitalAdjective(toks.get(k)));
  }

  /**
   * Whether {@code t} is a portfolio's word (portfolio-words.txt, in either case) that may open a
   * list before a comma: "Economy, Trade and Industry Minister", not "Hirokazu Matsuno, Trade and
   * Industry Minister X".
   */
  private boolean listedPortfolio(Token t) {
    String w = t.text();
    return !w.isEmpty() && lex.portfolioWords.contains(
        Character.toUpperCase(w.charAt(0)) + w.substring(1).toLowerCase(Locale.ROOT));
  }

  /**
   * Where a title's list of portfolios starts when portfolio words, each before a comma, come
   * before {@code start} in the title's case ("trade, industry and energy minister").
   */
  private int listStart(List<Token> toks, boolean[] used, int start, boolean capital) {
    int k = start;
    while (k > 1 && toks.get(k - 1).text().equals(",") && !used[k - 2]
        && toks.get(k - 2).isCapitalized() == capital && listedPortfolio(toks.get(k - 2))) {
      k -= 2;
    }
    return k;
  }

  /** Whether {@code t} can be a noun of a portfolio: neither a given name nor a place. */
  private boolean portfolioNoun(Token t) {
    return t.pos().startsWith("NN") && !lex.givenNames.contains(t.text())
        && !lex.places.contains(t.text());
  }

  /**
   * Whether the words from {@code i} go on a list of portfolios to its "and": nouns (in the case
   * the list began with) and commas, no given name ("Housing, Local Government and Heritage";
   * not "Health, Mary Byrne and").
   */
  private boolean portfolioListAfter(List<Token> toks, int i) {
    boolean capital = i < toks.size() && toks.get(i).isCapitalized();
    for (int k = i; k < toks.size() && k < i + 6; k++) {
      Token t = toks.get(k);
      if (t.lower().equals("and")) {
        return k > i;
      }
      boolean word = (t.pos().startsWith("NN") || t.pos().equals("JJ"))
          && t.isCapitalized() == capital && !lex.givenNames.contains(t.text());
      if (!word && !t.text().equals(",")) {
        return false;
      }
    }
    return false;
  }

  /** Words after a body's name that make it a committee's: "the Treasury Committee". */
  private static final Set<String> COMMITTEE_HEADS = ImmutableSet.of("Committee", "Select",
      "Subcommittee");

  /** Capitalised words that qualify a title rather than name a body: "Interim chief executive". */
  private static final Set<String> TITLE_MODIFIERS = ImmutableSet.of("interim", "acting",
      "deputy", "assistant", "associate", "executive", "joint", "founding", "honorary", "club",
      "team", "party", "board", "company", "group", "chief", "head", "general", "vice", "co",
      "managing", "caretaker", "temporary", "permanent", "elected", "serving", "sitting");
  /** The shape of a nationality the place gazetteer may lack: "Tongan", "Uruguayan". */
  private static final java.util.regex.Pattern DEMONYM = java.util.regex.Pattern.compile(
      "\\p{Lu}\\p{Ll}+(an|ese|ish|i)");
  /**
   * Words right before "the X's office" that leave, join or run it: "quit the mayor's office",
   * "who has run the governor's office".
   */
  private static final Set<String> OFFICE_LEAVING = ImmutableSet.of("left", "leaves",
      "leaving", "quit", "quits", "quitting", "joined", "joins", "joining", "run", "ran", "runs",
      "running", "headed", "heads", "led", "leads");
  /** Words before "from the X's office" that leave it: "resigned from", "stepped down from". */
  private static final Set<String> LEAVING_FROM = ImmutableSet.of("resigned", "resigns",
      "resigning", "down", "departed", "retired", "departure", "resignation");
  /** Kinds of local area that name an office after their own name: "Kettle County". */
  private static final Set<String> LOCAL_AREAS = ImmutableSet.of("County", "City", "Parish",
      "Borough", "Township");
  /**
   * Whether a verb of handing over a letter stands in the six tokens before "to" at {@code to}:
   * "delivered a two-paragraph letter to the mayor's office".
   */
  private static boolean sentTo(List<Token> toks, int to) {
    for (int k = to - 1; k >= 0 && k >= to - 6; k--) {
      if (LETTER_VERBS.contains(toks.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a title or a word for staff ends right before {@code in}, not after "as" ("sworn in
   * as acting secretary in the governor's office" is where): "the chief deputy in", "an aide at".
   */
  private boolean staffBefore(List<Token> toks, int in) {
    int from = -1;
    for (int k = Math.max(0, in - 4); k < in && from < 0; k++) {
      final int start = k;
      from = lex.roles.longestAt(toks, k).filter(r -> r.end() == in).map(r -> start).orElse(-1);
    }
    if (from < 0 && STAFF_WORDS.contains(toks.get(in - 1).lower())) {
      from = in - 1;
    }
    return from >= 0 && !(from > 0 && toks.get(from - 1).lower().equals("as"))
        && !(from > 1 && toks.get(from - 2).lower().equals("as"));
  }

  /** Words for people on an office's staff: "an aide in the governor's office". */
  private static final Set<String> STAFF_WORDS = ImmutableSet.of("aide", "aides", "staff",
      "staffer", "staffers", "official", "officials", "employee", "employees", "lawyer",
      "lawyers", "attorney", "attorneys", "prosecutor", "prosecutors", "chiefs", "investigator");

  /** Verbs of handing a letter over: "delivered", "handed", "sent", "submitted". */
  private static final Set<String> LETTER_VERBS = ImmutableSet.of("delivered", "handed", "sent",
      "submitted", "tendered", "emailed");

  /** Levels of government before an office's title: "the state attorney general's office". */
  private static final Set<String> OFFICE_LEVELS = ImmutableSet.of("state", "county", "city",
      "federal", "provincial");
  /** Words that make an office a post left open: "leaves the governor's office empty". */
  private static final Set<String> VACANT = ImmutableSet.of("empty", "vacant", "open");
  /** Last words of clubs' names that are no nickname: "Calder Town", "Leeds United". */
  private static final Set<String> CLUB_WORDS = ImmutableSet.of("Town", "City", "United",
      "County", "Athletic", "Rovers", "Wanderers", "Albion", "Borough", "Harriers", "Club");
  /** Plurals of parties' members that follow a place: "the Ohio Democrats". */
  private static final Set<String> PARTY_PLURALS = ImmutableSet.of("Democrats", "Republicans",
      "Conservatives", "Liberals", "Tories", "Greens", "Socialists", "Nationals", "Nationalists",
      "Unionists", "Independents", "Progressives", "Libertarians", "Voters", "Residents");
  /** One-word titles of a city council's members: "Toledo City Councilwoman". */
  private static final Set<String> COUNCIL_MEMBER_WORDS = ImmutableSet.of("councilwoman",
      "councilman", "councilmember", "councilor", "councillor");
  /** Chambers that name a party's group in them: "the DUP's Assembly group". */
  private static final Set<String> GROUP_CHAMBERS = ImmutableSet.of("Assembly", "Senate",
      "House", "Westminster", "Commons", "Lords", "Dáil", "Seanad", "Holyrood", "Stormont",
      "Senedd", "Bundestag", "Landtag", "Congress", "Parliament", "Chamber");
  /** Last words of a place a local government governs: "Erie County", "Dane Township". */
  private static final Set<String> CIVIC_PLACE_HEADS = ImmutableSet.of("City", "County",
      "Township", "Borough", "District", "Shire");
  /** Words before "Council" that say what kind of place it governs: "District Council". */
  private static final Set<String> COUNCIL_KINDS = ImmutableSet.of("District", "City", "County",
      "Borough", "Shire", "Regional", "Town", "Municipal");

  /**
   * Nouns between a league and its club: "Championship side X", "Serie A outfit Y", "J2 League
   * strugglers Z".
   */
  static final Set<String> TEAM_NOUNS = ImmutableSet.of("side", "outfit", "strugglers",
      "minnows", "newcomers", "club");

  /**
   * Whether a councillor's honorific ("Cllr X, the member for Y") opens the name apposed just
   * before {@code start}.
   */
  private boolean councillorBefore(List<Token> toks, int start) {
    int k = start - 1;
    while (k >= 0 && (toks.get(k).pos().equals("DT") || toks.get(k).pos().startsWith("JJ"))) {
      k--;
    }
    if (k < 1 || !toks.get(k).text().equals(",")) {
      return false;
    }
    k--;
    while (k > 0 && toks.get(k).isCapitalized() && !councillorTitle(toks.get(k).text())
        && k > start - 8) {
      k--;
    }
    return councillorTitle(toks.get(k).text());
  }

  /** Honorifics that follow another before a name: "Professor Dame X", "Cllr Dr X". */
  private static final Set<String> STACKED_HONORIFICS = ImmutableSet.of("Sir", "Dame", "Dr",
      "Dr.", "Professor", "Prof", "Prof.");

  /** Whether {@code word} is an honorific of the lexicon that makes a councillor ("Cllr"). */
  private boolean councillorTitle(String word) {
    Lexicon.Honorific hon = lex.honorifics.get(word);
    return hon != null && hon.role().filter(r -> r.equals("councillor")).isPresent();
  }

  /** The seats of a council's members: "the member for Priory ward". */
  private static final Set<String> WARDS = ImmutableSet.of("ward", "division");

  /** Adjectives that date a title rather than name its portfolio. */
  private static final Set<String> TIME_ADJECTIVES = ImmutableSet.of("former", "new", "current",
      "previous", "incoming", "outgoing", "senior", "junior", "then", "late", "longtime",
      "long-serving", "longest-serving", "longer-serving", "veteran", "first", "last", "next",
      "ex", "retired",
      // and quantifiers: "one of the few ministers", "many other MPs"
      "few", "many", "several", "other", "various", "numerous");
  /** The name of a local council, whose members are councillors: "Mayo County Council". */
  private static final java.util.regex.Pattern LOCAL_COUNCIL = java.util.regex.Pattern.compile(
      "\\b(County|District|City|Borough|Town|Shire|Municipal|Regional|Parish|Metropolitan) "
          + "Council$");
  /** Words naming chambers whose members are no MPs: "a member of the Senate". */
  private static final Set<String> OTHER_CHAMBERS = ImmutableSet.of("Senate", "Lords", "Seanad",
      "Council", "Assembly", "Congress", "European Parliament", "Senedd", "Scottish Parliament",
      "Rajya Sabha", "Bundesrat", "Oireachtas");
  /** Adverbs and conjunctions that may be capitalised after a given name in a headline. */
  private static final Set<String> FUNCTION_WORDS = ImmutableSet.of("and", "or", "but", "nor",
      "yet", "so", "then", "also", "too", "not", "now", "only", "even", "still", "again", "back",
      "however", "never", "just", "already", "here", "there", "soon", "once", "twice");
  private static final Set<String> ROLE_MODIFIERS =
      ImmutableSet.of("acting", "interim", "caretaker", "deputy", "assistant", "shadow",
          "associate", "non-executive", "vice", "honorary");
      // "Deputy Labor Secretary", "Assistant coach", "the shadow treasurer", "Vice Interior
      // Minister"
  /** Titles of peers, which are part of the name when no given name follows. */
  private static final Set<String> PEERAGE = ImmutableSet.of("Lord", "Lady", "Baroness",
      "Baron", "Viscount", "Viscountess", "Earl", "Countess", "Duke");
  /** Titles whose lower-case noun modifiers belong to them: "fitness coach", "city manager". */
  private static final Set<String> PORTFOLIO_HEADS = ImmutableSet.of("minister", "secretary",
      "coach", "manager", "director", "commissioner", "spokesperson", "spokesman", "spokeswoman",
      "critic", "adviser", "advisor", "coordinator", "administrator", "analyst");
  /**
   * Heads of {@link #PORTFOLIO_HEADS} whose portfolio is only in lower case: "zoning
   * administrator" (not "SBA Administrator", a body's acronym).
   */
  private static final Set<String> LOWER_CASE_PORTFOLIOS = ImmutableSet.of("coordinator",
      "administrator", "analyst");
  private static final Set<String> APPOSITION_VERBS =
      ImmutableSet.of("said", "says", "told", "tells", "added", "argued", "warned", "insisted");

  /**
   * The end of a club's name past the number of its founding year ("SV Rheinhafen 07", "TSV
   * Altwerder 1860") when initials open it, else {@code end}.
   */
  private static int clubNumberEnd(List<Token> toks, boolean[] used, int start, int end) {
    String first = toks.get(start).text();
    boolean initials = first.length() <= 5 && first.chars().filter(Character::isUpperCase)
        .count() >= 2 && first.chars().allMatch(Character::isLetter);
    boolean year = end < toks.size() && !used[end]
        && toks.get(end).text().matches("\\d{2}|1[89]\\d{2}");
    boolean counts = end + 1 < toks.size() && (toks.get(end + 1).pos().startsWith("NN")
        || toks.get(end + 1).text().equals("%"));
    return initials && year && !counts ? end + 1 : end;
  }

  /** Names the statistical finder is less sure of than this are not taken. */
  private static final double MIN_NAME_PROBABILITY = 0.6;

  private final Lexicon lex;

  MentionFinder(Lexicon lex) {
    this.lex = lex;
  }

  /**
   * "the homeless charity Cosán Housing & Support", "a contractor, Liffeyside Facilities Ltd": the
   * business noun that introduces a named organisation, which "the charity" later refers to.
   */
  private static void describe(List<Token> toks, List<Mention> ms) {
    for (Mention m : ms) {
      int k = m.start > 0 && toks.get(m.start - 1).text().equals(",") ? m.start - 2 : m.start - 1;
      if (m.kind == Mention.Kind.ORG && m.organization.isPresent() && k >= 0
          && BUSINESS_NOUNS.contains(toks.get(k).lower())) {
        m.description = toks.get(k).lower();
      }
      if (m.kind == Mention.Kind.ORG) {
        // "Meanwhile, horticulture co-operative X said": no verb or other mention before it
        m.opensSentence = toks.subList(0, m.start).stream().noneMatch(Token::isVerb)
            && ms.stream().noneMatch(o -> o.start < m.start);
      }
    }
  }

  /** Heads of an executive whose staff work in their office, with the office's name. */
  private static final Map<String, String> EXECUTIVE_OFFICES = ImmutableMap.of(
      "governor", "Office of the Governor", "mayor", "Office of the Mayor");

  /**
   * Makes "the governor's" before another post ("the governor's chief of staff, X,") a mention of
   * the governor's office, for whose staff the post is, in a US story: "Office of the Governor of
   * Michigan" in a story about that state's government, else "Office of the Governor"; "the
   * mayor's" that of the mayor.
   */
  private static void executivesOffice(Sentence s, List<Mention> ms,
      Optional<Lexicon.OrgEntry> government) {
    List<Token> toks = s.tokens();
    boolean us = government.flatMap(Lexicon.OrgEntry::country).equals(Optional.of("US"));
    for (int n = 0; n + 1 < ms.size(); n++) {
      Mention m = ms.get(n);
      String office = m.kind == Mention.Kind.ROLE ? EXECUTIVE_OFFICES.get(m.roleLabel) : null;
      Mention post = ms.get(n + 1);
      if (office == null || !us || m.start == 0 || !toks.get(m.start - 1).lower().equals("the")
          || m.end + 1 >= toks.size() || !toks.get(m.end).text().equals("'s")
          || post.kind != Mention.Kind.ROLE || post.start != m.end + 1
          || EXECUTIVE_OFFICES.containsKey(post.roleLabel)) {
        continue;
      }
      String name = office;
      if (office.endsWith("Governor") && government.isPresent()
          && government.get().id().startsWith("state-government-")
          && government.get().name().startsWith("Government of ")) {
        name = office + " of " + government.get().name().substring("Government of ".length());
      }
      Mention org = new Mention(Mention.Kind.ORG, s.index(), m.start - 1, m.end + 1,
          span(toks, m.start - 1, m.end + 1));
      org.organization = Optional.of(new Organization("org/" + Tokens.slug(name), name,
          OrgType.ORGANIZATION, Optional.of("US"), ImmutableSet.of(name, office)));
      ms.set(n, org);
    }
  }

  /** The mentions of each sentence, in token order. */
  List<List<Mention>> find(List<Sentence> sentences, Optional<String> country,
      Optional<Lexicon.OrgEntry> government) {
    List<List<Mention>> all = new ArrayList<>();
    boolean personBefore = false;
    Set<String> heads = new HashSet<>(); // last words of the bodies named so far, in lower case
    Map<String, String> firsts = new HashMap<>(); // first words of the companies and the like
    Set<String> lasts = new HashSet<>(); // last words of clubs and the like: "the Storm"
    Set<String> blocked = new HashSet<>(); // first words of two names, and surnames
    Set<List<String>> whichNamed = namesBeforeWhich(sentences);
    for (Sentence s : sentences) {
      List<Mention> candidates = new ArrayList<>();
      List<Mention> ms = firstPass(s, candidates, country, government, personBefore,
          whichNamed);
      headsNamedBefore(s, ms, heads);
      shortNames(s, ms, firsts, lasts, blocked);
      executivesOffice(s, ms, government);
      promoteCoordinated(s, ms, candidates);
      describe(s.tokens(), ms);
      all.add(ms);
      personBefore |= ms.stream().anyMatch(m -> m.kind == Mention.Kind.PERSON);
    }
    // "Eric Lindahl" is a man and "Dana Whitcombe" could be either: a full name whose given name
    // only men or only women bear tells which pronouns can stand for the person
    for (List<Mention> ms : all) {
      for (Mention m : ms) {
        if (m.kind == Mention.Kind.PERSON && m.fullName && m.gender.equals("-")
            && m.name != null && !m.name.isEmpty()) {
          m.gender = lex.genderOf(m.name.split(" ")[0]);
        }
      }
    }
    // A seat named after a legislator's title ("TD for Shannon West") names no person anywhere
    // in the article ("The fallout reached Shannon West last night")
    Set<String> seats = new HashSet<>();
    for (int si = 0; si < sentences.size(); si++) {
      List<Token> toks = sentences.get(si).tokens();
      for (Mention r : all.get(si)) {
        if (r.kind == Mention.Kind.ROLE && r.role != null
            && r.role.kind() == Lexicon.RoleKind.LEGISLATURE && r.end + 1 < toks.size()
            && toks.get(r.end).lower().equals("for")) {
          int k = r.end + 1;
          while (k < toks.size() && k < r.end + 5 && toks.get(k).isCapitalized()
              && toks.get(k).isProperNoun()) {
            k++;
          }
          if (k > r.end + 1) {
            seats.add(span(toks, r.end + 1, k));
          }
        }
      }
    }
    for (List<Mention> ms : all) {
      ms.removeIf(m -> m.kind == Mention.Kind.PERSON && m.honorific.isEmpty()
          && seats.contains(m.name));
    }
    // Surnames of persons named in full anywhere in the article also name them alone.
    Set<String> surnames = new HashSet<>();
    Map<List<String>, Mention> fullNames = new HashMap<>();
    for (List<Mention> ms : all) {
      for (Mention m : ms) {
        if (m.kind == Mention.Kind.PERSON && m.fullName) {
          surnames.addAll(EntityResolver.surnames(m.name));
          String before = m.start == 0 ? ""
              : sentences.get(m.sentence).tokens().get(m.start - 1).pos();
          // not the model's guesses, nor "the new Leas-Cheann Comhairle told", a title
          if (m.peerName == null && !m.statistical && m.name != null && m.name.indexOf(' ') > 0
              && !before.equals("DT") && !before.equals("JJ") && !before.equals("PRP$")) {
            fullNames.putIfAbsent(List.of(m.name.split(" ")), m);
          }
        }
      }
    }
    // "Harbour Light" after "Harbour Light Trust": a name without its head word names it too
    Map<List<String>, Organization> shortForms = new java.util.HashMap<>();
    Map<String, Organization> councils = new java.util.HashMap<>();
    for (List<Mention> ms : all) {
      for (Mention m : ms) {
        List<String> named = List.of(m.text.split(" "));
        if (m.kind == Mention.Kind.ORG && m.organization.isPresent() && named.size() == 2
            && CLUB_PREFIXES.contains(named.get(0)) && !surnames.contains(named.get(1))) {
          // "Cávado" after "Atlético Cávado": a club by its place
          shortForms.putIfAbsent(named.subList(1, 2), m.organization.get());
        }
        List<Token> toks = sentences.get(m.sentence).tokens();
        if (m.kind == Mention.Kind.ORG && named.size() == 2 && m.description != null
            && m.anaphorType.isEmpty()
            && m.organization.filter(o -> o.type() == OrgType.ORGANIZATION
                && o.key().equals("org/" + Tokens.slug(m.text))).isPresent()
            && !ORG_HEADS.containsKey(named.get(1)) && toks.get(m.start).isProperNoun()
            && opensName(named.get(0), false) && !surnames.contains(named.get(0))) {
          // "Arvela" after "Arvela Consultores, a Valencia firm": a firm by its first word
          shortForms.putIfAbsent(named.subList(0, 1), m.organization.get());
        }
        if (m.kind == Mention.Kind.ORG && m.organization.isPresent() && m.anaphorType.isEmpty()
            && acronymAfter(toks, m.start, m.end)) {
          // "the RLVP's" after "the Rashtriya Lok Vikas Party (RLVP)": its initials name it
          shortForms.putIfAbsent(List.of(toks.get(m.end + 1).text()), m.organization.get());
        }
        if (m.kind == Mention.Kind.ORG && m.organization.isPresent()
            && (m.end - m.start >= 3 || m.end - m.start == 2 && shortName(m))
            && ORG_HEADS.containsKey(m.text.substring(m.text.lastIndexOf(' ') + 1))) {
          List<String> words = List.of(m.text.split(" "));
          shortForms.putIfAbsent(words.subList(0, words.size() - 1), m.organization.get());
          if (words.size() >= 3 && LEGAL_FORMS.contains(words.get(words.size() - 1))
              && shortName(m) && !surnames.contains(words.get(0))) {
            // "Laurentide" after "Laurentide Power Inc.": a company by its first word (not
            // "Dunmore" after "Dunmore Freight Ltd.", when Alan Dunmore is in the story)
            shortForms.putIfAbsent(words.subList(0, 1), m.organization.get());
          }
          int sport = clubSport(words);
          if (sport > 0 && !surnames.contains(words.get(0))) {
            // "Northmoor" after "Northmoor County Cricket Club": a club by its place
            shortForms.putIfAbsent(words.subList(0, sport), m.organization.get());
          }
          int n = words.size();
          if (n >= 3 && (words.get(n - 1).equals("Council")
              && COUNCIL_KINDS.contains(words.get(n - 2))
              || words.get(n - 1).equals("Authority") && words.get(n - 2).equals("Combined"))) {
            // also "Severn Vale's deputy mayor" after "Severn Vale Combined Authority"
            // "Hokorima's deputy mayor" after "Hokorima District Council": the council
            councils.putIfAbsent(String.join(" ", words.subList(0, n - 2)),
                m.organization.get());
          }
        }
      }
    }
    for (int si = 0; si < sentences.size(); si++) {
      ownerOfStaff(sentences.get(si), si, all.get(si), surnames);
    }
    // "The chairman of Tusla's board ... Tusla's chief executive, X,": a name recognised once
    // names the same organisation wherever else the article writes it
    Map<List<String>, Organization> written = new java.util.HashMap<>();
    for (List<Mention> ms : all) {
      for (Mention m : ms) {
        List<Token> toks = sentences.get(m.sentence).tokens();
        if (m.kind == Mention.Kind.ORG && m.organization.isPresent()
            && m.anaphorType.isEmpty() && toks.get(m.start).isCapitalized()
            && toks.get(m.start).isProperNoun()) {
          written.putIfAbsent(toks.subList(m.start, m.end).stream().map(Token::text).toList(),
              m.organization.get());
        }
      }
    }
    for (int si = 0; si < sentences.size(); si++) {
      Sentence s = sentences.get(si);
      List<Mention> ms = all.get(si);
      // a place read as the body of its mayor: the council the article names after it
      ms.stream().filter(m -> m.kind == Mention.Kind.ORG && m.organization.isPresent()
              && councils.containsKey(m.organization.get().name())
              && m.organization.get().key().equals("org/" + Tokens.slug(m.text)))
          .forEach(m -> m.organization = m.organization.map(o -> councils.get(o.name())));
      for (Map.Entry<List<String>, Organization> f : shortForms.entrySet()) {
        int n = f.getKey().size();
        for (int i = 0; i + n <= s.size(); i++) {
          boolean longer = i + n < s.size() && s.token(i + n).isCapitalized();
          if (n >= 2 && !longer && !lex.givenNames.contains(f.getKey().get(0))) {
            // "Fundy Power confirmed" after "Fundy Power Corp.": the company, not a person
            int from = i;
            ms.removeIf(m -> m.kind == Mention.Kind.PERSON && m.start == from
                && m.end == from + n && m.honorific.isEmpty()
                && m.text.equals(String.join(" ", f.getKey())));
          }
          if (free(s, ms, i, f.getKey()) && !longer) {
            ms.add(orgMention(si, i, f));
          }
          // "joined Coedmor Valley", read as a name of its own: the short form
          int at = i;
          ms.stream().filter(m -> m.kind == Mention.Kind.ORG && m.start == at && m.end == at + n
                  && m.organization.map(o -> o.name().equals(String.join(" ", f.getKey())))
                      .orElse(false))
              .forEach(m -> m.organization = Optional.of(f.getValue()));
        }
      }
      for (Map.Entry<List<String>, Organization> f : written.entrySet()) {
        int n = f.getKey().size();
        for (int i = 0; i + n <= s.size(); i++) {
          int next = i + n;
          boolean longer = next < s.size() && s.token(next).isCapitalized();
          // not the end of a longer name the article writes unrecognised ("New Tusla")
          boolean prefixed = i > 0 && unrecognisedName(s, ms, i - 1);
          // a sentence's first word may be an ordinary word: "Reform of the rules"
          boolean common = i == 0 && n == 1 && !s.token(0).isProperNoun();
          // "the PPP's Busan chapter", "Busan lawmakers": a name that only qualifies a noun
          // (though "Tusla chief executive X" names the body of the title)
          boolean qualifies = next < s.size() && s.token(next).pos().startsWith("NN")
              && lex.roles.longestAt(s.tokens(), next).isEmpty();
          if (free(s, ms, i, f.getKey()) && !longer && !prefixed && !common && !qualifies) {
            ms.add(orgMention(si, i, f));
          }
        }
      }
      namedBefore(s, si, ms, fullNames);
      for (int i = 0; i < s.size(); i++) {
        Token t = s.token(i);
        boolean inName = i > 1 && unrecognisedName(s, ms, i - 1); // "West" of "for Shannon West"
        if (surnames.contains(t.text()) && t.isCapitalized() && covering(ms, i) == null
            && !inName) {
          Mention m = new Mention(Mention.Kind.PERSON, si, i, i + 1, t.text());
          m.name = t.text();
          ms.add(m);
        }
      }
      // "Jolene Kasprzak of Bay City": a place after a person's name and "of", no second person
      ms.removeIf(m -> m.kind == Mention.Kind.PERSON && m.start >= 2
          && s.token(m.start - 1).lower().equals("of") && m.honorific.isEmpty()
          && m.peerName == null && !lex.givenNames.contains(s.token(m.start).text())
          && ms.stream().anyMatch(p -> p != m && p.kind == Mention.Kind.PERSON
              && p.end == m.start - 1 && p.fullName));
      // "chief executive of Turku shipbuilder Aura Marine": a one-word name before a kind of
      // business and a body's name only says where that body is
      ms.removeIf(m -> m.kind == Mention.Kind.ORG && m.end - m.start == 1 && m.end + 1 < s.size()
          && KIND_NOUNS.contains(s.token(m.end).text())
          && ms.stream().anyMatch(o -> o.kind == Mention.Kind.ORG && o.start == m.end + 1));
      campaigns(s, ms);
      ms.sort(Comparator.comparingInt(m -> m.start));
      namedInApposition(s, ms);
      markLists(s, ms);
      markPrepositionObjects(s, ms);
      markDescriptionGenders(s, ms);
    }
    return all;
  }

  /**
   * Gives a firm's description the name set off by commas right after it: "the president of the
   * lobbying firm, Harlan Ridge Strategies, resigned" is Harlan Ridge Strategies's, not the body
   * the story named last.
   */
  private static void namedInApposition(Sentence s, List<Mention> ms) {
    for (Mention m : ms) {
      if (m.kind != Mention.Kind.ORG || m.organization.isPresent() || m.anaphorHead != null
          || !m.anaphorType.equals(Optional.of(OrgType.ORGANIZATION)) || m.end + 1 >= s.size()
          || !s.token(m.end).text().equals(",")
          || !BUSINESS_NOUNS.contains(s.token(m.end - 1).lower())) {
        continue;
      }
      ms.stream().filter(n -> n.kind == Mention.Kind.ORG && n.start == m.end + 1
              && n.organization.isPresent() && (n.end == s.size()
                  || s.token(n.end).text().equals(",") || s.token(n.end).text().equals(".")))
          .findFirst().ifPresent(n -> m.organization = n.organization);
    }
  }

  /**
   * Marks in sentence {@code si} the full names of persons the article names elsewhere where no
   * mention covers them ("The governor named Amira Holcomb acting chief of staff" after "Amira
   * Holcomb, her deputy,"), unless they are part of a longer name.
   */
  private static void namedBefore(Sentence s, int si, List<Mention> ms,
      Map<List<String>, Mention> fullNames) {
    for (Map.Entry<List<String>, Mention> f : fullNames.entrySet()) {
      int n = f.getKey().size();
      for (int i = 0; i + n <= s.size(); i++) {
        boolean longer = i + n < s.size() && s.token(i + n).isCapitalized()
            && s.token(i + n).isProperNoun();
        boolean prefixed = i > 0 && unrecognisedName(s, ms, i - 1);
        if (free(s, ms, i, f.getKey()) && !longer && !prefixed) {
          Mention m = new Mention(Mention.Kind.PERSON, si, i, i + n, String.join(" ", f.getKey()));
          m.name = m.text;
          m.fullName = true;
          m.gender = f.getValue().gender;
          ms.add(m);
        }
      }
    }
  }

  /**
   * Whether the name from {@code start} to {@code end} is where the sentence opens, set off by a
   * comma: "In Campo Grande, Neide Rabelo has just been sworn in".
   */
  private static boolean placeOpening(List<Token> toks, int start, int end) {
    return start == 1 && end < toks.size() && toks.get(end).text().equals(",")
        && PLACE_OPENERS.contains(toks.get(0).text());
  }

  /** Prepositions that open a sentence with a place: "In Campo Grande, ...". */
  private static final Set<String> PLACE_OPENERS = ImmutableSet.of("In", "At", "From", "Across");

  /** Verbs of saying after which "he" or "she" is usually the speaker. */
  private static final Set<String> SAYING = ImmutableSet.of("said", "says", "told", "added",
      "insisted", "replied", "argued", "warned");

  /**
   * Gives a one-person description that opens its sentence ("The minister said she ...") the
   * gender of the "he" or "she" that follows its verb of saying (past an object: "told reporters
   * he"), so that it stands for a person of that gender.
   */
  private static void markDescriptionGenders(Sentence s, List<Mention> ms) {
    for (Mention m : ms) {
      if (m.descriptionEnd <= 0 || !m.gender.equals("-") || m.start > 1 || m.plural
          || m.descriptionEnd >= s.size() || !SAYING.contains(s.token(m.descriptionEnd).lower())) {
        continue;
      }
      for (int j = m.descriptionEnd + 1; j < s.size() && j <= m.descriptionEnd + 4; j++) {
        String w = s.token(j).lower();
        if (w.equals("he") || w.equals("she")) {
          m.gender = w.equals("he") ? "m" : "f";
          break;
        }
        if (covering(ms, j) != null && covering(ms, j).kind == Mention.Kind.PERSON) {
          break; // "The minister told Ms X she ...": the one told
        }
      }
    }
  }

  /** Whether word {@code k} is a capitalised proper noun that no mention covers. */
  private static boolean unrecognisedName(Sentence s, List<Mention> ms, int k) {
    return covering(ms, k) == null && s.token(k).isCapitalized() && s.token(k).isProperNoun();
  }

  /** Whether the words from {@code i} are {@code words} and no mention covers them. */
  private static boolean free(Sentence s, List<Mention> ms, int i, List<String> words) {
    for (int k = i; k < i + words.size(); k++) {
      if (covering(ms, k) != null || !s.token(k).text().equals(words.get(k - i))) {
        return false;
      }
    }
    return true;
  }

  /** A mention of the organisation {@code f} names, written at {@code i} of sentence {@code si}. */
  /**
   * Adds the one-word body whose officer a possessive names before the officer's name:
   * "Caldmore's director of rugby, Niall Doyle," (a club known by its town). Not a surname of
   * the article's persons ("Halloran's chief of staff, X"), a given name, a place or a body the
   * gazetteer knows; only a staff or board post ("Texas's attorney general" is a state's).
   */
  private void ownerOfStaff(Sentence s, int si, List<Mention> ms, Set<String> surnames) {
    List<Token> toks = s.tokens();
    for (int i = 0; i + 4 < toks.size(); i++) {
      Token w = toks.get(i);
      if (!toks.get(i + 1).text().equals("'s") || !w.text().matches("\\p{Lu}\\p{Ll}+")
          || !w.isProperNoun() || i > 0 && toks.get(i - 1).isCapitalized()
          || covering(ms, i) != null || surnames.contains(w.text()) || !opensName(w.text(), false)
          || DEMONYM.matcher(w.text()).matches() || !lex.organisations.longestAt(toks, i).isEmpty()
          || w.text().endsWith("shire")) { // "Derbyshire's police and crime commissioner"
        continue;
      }
      int post = i + 2; // "the Clarion's best-known columnist, X,": past adjectives
      while (post < i + 4 && post + 1 < toks.size() && toks.get(post).pos().startsWith("JJ")
          && !toks.get(post).isCapitalized() && lex.roles.longestAt(toks, post).isEmpty()) {
        post++;
      }
      Optional<PhraseIndex.Match<Lexicon.RoleEntry>> title = lex.roles.longestAt(toks, post)
          .filter(m -> m.value().kind() == Lexicon.RoleKind.OTHER && m.end() + 1 < toks.size()
              && toks.get(m.end()).text().equals(",") && toks.get(m.end() + 1).isCapitalized());
      if (title.isPresent()) {
        Mention m = new Mention(Mention.Kind.ORG, si, i, i + 1, w.text());
        m.organization = asWritten(m, OrgType.ORGANIZATION, Optional.empty());
        ms.add(m);
      }
    }
  }

  private static Mention orgMention(int si, int i, Map.Entry<List<String>, Organization> f) {
    Mention m = new Mention(Mention.Kind.ORG, si, i, i + f.getKey().size(),
        String.join(" ", f.getKey()));
    m.organization = Optional.of(f.getValue());
    return m;
  }

  /**
   * Takes capitalised two- and three-word names that were not recognised as persons on their
   * own when they are coordinated with persons: "Priya Raman, Tom Ellis and Judith Marr".
   */
  private static void promoteCoordinated(Sentence s, List<Mention> ms, List<Mention> candidates) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (java.util.Iterator<Mention> it = candidates.iterator(); it.hasNext(); ) {
        Mention c = it.next();
        boolean taken = ms.stream().anyMatch(m -> m.start < c.end && c.start < m.end);
        Token before = c.start > 0 ? s.token(c.start - 1) : null;
        Token after = c.end < s.tokens().size() ? s.token(c.end) : null;
        boolean modifier = after != null && after.pos().startsWith("NN") && !after.isCapitalized();
        if (taken || before != null && before.isVerb() || modifier) {
          // "who represents Hexham West": an object, not a list member; "and Home Hill branch
          // president X": a place before a noun
          it.remove();
          changed = true;
          break;
        }
        for (Mention m : ms) {
          if (m.kind == Mention.Kind.PERSON && m.fullName
              && (onlyConjunctions(s, c.end, m.start) || onlyConjunctions(s, m.end, c.start)
                  || relativeBetween(s, m.end, c.start))) {
            c.fullName = true;
            ms.add(c);
            it.remove();
            changed = true;
            break;
          }
        }
      }
    }
    ms.sort(Comparator.comparingInt(m -> m.start));
  }

  /**
   * The country an article is about, as the organisations it names unambiguously point to;
   * it decides between organisations that share a short name ("Labour", "Greens").
   */
  Optional<String> country(List<Sentence> sentences) {
    Map<String, Integer> votes = new java.util.LinkedHashMap<>(); // a tie: the first named
    for (Sentence s : sentences) {
      placeCountries(s.tokens()).forEach(c -> votes.merge(c, 1, Integer::sum));
      for (PhraseIndex.Match<List<Lexicon.OrgSense>> m : lex.organisations.findAll(s.tokens())) {
        boolean name = s.tokens().get(m.start()).isCapitalized(); // not "cabinet"
        if (m.value().size() == 1 && !m.value().get(0).shared() && !titleWord(s.tokens(), m)
            && name) {
          m.value().get(0).entry().country().ifPresent(c -> votes.merge(c, 1, Integer::sum));
        }
      }
    }
    return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
  }

  /** The tokens of a sentence of {@code size} tokens that the mentions {@code ms} cover. */
  private static boolean[] covered(List<Mention> ms, int size) {
    boolean[] used = new boolean[size];
    ms.forEach(m -> java.util.Arrays.fill(used, m.start, m.end, true));
    return used;
  }

  /**
   * Adds to {@code ms} "the lottery", "the playhouse": "the" and a singular common noun that is
   * the last word of a body named before ({@code heads}: "the Missouri Lottery"), which it
   * stands for; then adds the last words of this sentence's named bodies to {@code heads}.
   */
  private static final Set<String> NOT_BODIES_ALONE = ImmutableSet.of("office", "house",
      "seat", "post", "chair", "role", "job"); // "resigned from the office": the post

  private static void headsNamedBefore(Sentence s, List<Mention> ms, Set<String> heads) {
    List<Token> toks = s.tokens();
    boolean[] used = covered(ms, toks.size());
    boolean added = false;
    for (int i = 1; i < toks.size(); i++) {
      Token t = toks.get(i);
      int at = i;
      boolean namedBefore = !NOT_BODIES_ALONE.contains(t.text())
          && (heads.contains(t.text()) || ms.stream().anyMatch(m -> m.end < at
          && m.kind == Mention.Kind.ORG && m.organization.isPresent() && m.end - m.start >= 2
          && toks.get(m.end - 1).lower().equals(t.text()))); // "The Quayside Playhouse ...
      // the playhouse"
      if (used[i] || used[i - 1] || !toks.get(i - 1).lower().equals("the")
          || !t.pos().equals("NN") || t.isCapitalized() || !namedBefore
          || HEAD_ANAPHORS.contains(t.text()) || ANAPHORS.containsKey(t.text())
          || i + 1 < toks.size() && (toks.get(i + 1).lower().equals("of")
              || toks.get(i + 1).pos().startsWith("NN"))) {
        continue; // not "the lottery commission", "the lottery of ..."
      }
      Mention men = add(ms, used, Mention.Kind.ORG, s, i - 1, i + 1);
      men.anaphorHead = Tokens.capitalize(t.text());
      men.anaphorType = Optional.of(OrgType.ORGANIZATION);
      added = true;
    }
    if (added) {
      ms.sort(Comparator.comparingInt(m -> m.start));
    }
    for (Mention m : ms) {
      if (m.kind == Mention.Kind.ORG && m.organization.isPresent() && m.end - m.start >= 2
          && toks.get(m.end - 1).isCapitalized()) {
        heads.add(toks.get(m.end - 1).lower());
      }
    }
  }

  /**
   * Adds to {@code ms} "Castlegate": a capitalised word alone that is the first word of a
   * company's, club's or other body's name given before ({@code firsts}: "Castlegate
   * Communications"), which it stands for; then adds the first words of this sentence's such
   * names to {@code firsts} (with the name they open). Not a place, a given name, the first word
   * of a sentence, or a word {@code blocked}: one that opens two names ("Wealdmoor County
   * Council", "Wealdmoor Fire Authority") or ends a person's ("Reddekopp Grain Handling").
   */
  private void shortNames(Sentence s, List<Mention> ms, Map<String, String> firsts,
      Set<String> lasts, Set<String> blocked) {
    List<Token> toks = s.tokens();
    boolean[] used = covered(ms, toks.size());
    boolean added = false;
    for (int i = 1; i < toks.size(); i++) {
      Token t = toks.get(i);
      // "the Storm" after "Pennine Storm": a club by the last word of its name
      boolean last = lasts.contains(t.text()) && toks.get(i - 1).lower().equals("the");
      if (used[i] || !firsts.containsKey(t.text()) && !last || blocked.contains(t.text())
          || !t.isProperNoun()
          || toks.get(i - 1).isCapitalized()
          || i + 1 < toks.size() && toks.get(i + 1).isCapitalized()) {
        continue;
      }
      Mention men = add(ms, used, Mention.Kind.ORG, s, i, i + 1);
      men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
      added = true;
    }
    if (added) {
      ms.sort(Comparator.comparingInt(m -> m.start));
    }
    for (Mention m : ms) {
      String first = toks.get(m.start).text();
      if (m.kind == Mention.Kind.PERSON) {
        blocked.add(toks.get(m.end - 1).text());
      }
      if (m.kind != Mention.Kind.ORG || m.end - m.start < 2 || m.organization.isEmpty()
          || !toks.get(m.start).isCapitalized()) {
        continue;
      }
      String end = toks.get(m.end - 1).text();
      if (m.organization.get().type() == OrgType.ORGANIZATION && m.end - m.start == 2
          && !lex.notNames.contains(first) && end.matches("\\p{Lu}\\p{Ll}+")
          && (!ORG_HEADS.containsKey(end) || TEAM_NICKNAMES.contains(end))
          && !lex.notNames.contains(end) && !lex.places.contains(end)
          && !CLUB_WORDS.contains(end)) {
        lasts.add(end); // "Pennine Storm", "Redcliffe Marlins": a name and a nickname
      }
      if (!firsts.getOrDefault(first, m.text).equals(m.text)) {
        blocked.add(first); // "Wealdmoor County Council" and "Wealdmoor Fire Authority"
      } else if (m.organization.get().type() == OrgType.ORGANIZATION && !first.equals("The")
          && !lex.places.contains(first) && !lex.givenNames.contains(first)
          && !lex.notNames.contains(first) && !ORG_HEADS.containsKey(first)
          && !lex.honorifics.containsKey(first) && lex.role(first).isEmpty()
          && lex.regionNames.longestAt(toks, m.start).isEmpty()) {
        firsts.put(first, m.text);
      } else {
        blocked.add(first);
      }
    }
  }

  /**
   * The countries the place names of a sentence point to, one per name: "OTTAWA -" (a dateline
   * in capitals), "the Irish government", "in Canberra".
   */
  private List<String> placeCountries(List<Token> toks) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < toks.size(); i++) {
      for (int n = Math.min(3, toks.size() - i); n >= 1; n--) {
        StringBuilder name = new StringBuilder();
        for (int k = i; k < i + n; k++) {
          String w = toks.get(k).text();
          boolean caps = w.length() > 3 && w.equals(w.toUpperCase(Locale.ROOT));
          name.append(k > i ? " " : "")
              .append(caps ? Tokens.capitalize(w.toLowerCase(Locale.ROOT)) : w);
        }
        String country = lex.placeCountries.get(name.toString());
        if (country != null && i > 0 && toks.get(i - 1).isCapitalized()
            && lex.givenNames.contains(toks.get(i - 1).text())) {
          i += n - 1; // "Yolanda Brisbane": a surname, not the city
          break;
        }
        if (country != null) {
          out.add(country);
          i += n - 1;
          break;
        }
        if (n > 1 && lex.places.contains(name.toString())) {
          i += n - 1; // "New Mexico": a US state, not Mexico
          break;
        }
      }
    }
    return out;
  }

  /**
   * The government an article is about: that of a region (regions.tsv) of the article's country
   * whose names, own bodies and heads (office-holders.tsv, counting twice) are mentioned at least
   * twice more often than the country's national parliaments and governments (of any country
   * when the article's is unknown), else the country's. Of regions with as many votes, the one
   * mentioned first.
   */
  Optional<Lexicon.OrgEntry> government(List<Sentence> sentences, Optional<String> country) {
    // insertion order: a region's hash depends on its enum fields, so HashMap order (and which
    // of two tied regions max() returns) would change from run to run
    Map<Lexicon.Region, Integer> votes = new LinkedHashMap<>();
    int national = 0;
    for (Sentence s : sentences) {
      for (PhraseIndex.Match<Lexicon.Region> m : lex.regionNames.findAll(s.tokens())) {
        boolean title = m.end() - m.start() == 1 && m.end() < s.size()
            && lex.honorifics.containsKey(s.token(m.start()).text())
            && s.token(m.end()).isCapitalized();
        if (!title) { // "Del. Cora Pettigrew" is a delegate, not Delaware
          votes.merge(m.value(), 1, Integer::sum);
        }
      }
      for (PhraseIndex.Match<String> m : lex.regionalHeads.findAll(s.tokens())) {
        Lexicon.Region region = lex.regionsByBody.get(m.value()); // "Premier Daniel Andrews"
        if (region != null) {
          votes.merge(region, 2, Integer::sum);
        }
      }
      for (PhraseIndex.Match<List<Lexicon.OrgSense>> m : lex.organisations.findAll(s.tokens())) {
        Lexicon.OrgEntry e = m.value().get(0).entry();
        Lexicon.Region region = lex.regionsByBody.get(e.id());
        if (region != null && m.value().stream()
            .allMatch(o -> region.equals(lex.regionsByBody.get(o.entry().id())))) {
          // not "PCs", which several provinces' parties are called
          votes.merge(region, 1, Integer::sum);
        } else if (m.value().size() == 1 && e.country().equals(country)
            && (e.type() == OrgType.PARLIAMENT || e.type() == OrgType.GOVERNMENT)) {
          national++;
        }
      }
    }
    int floor = national + 2;
    return votes.entrySet().stream()
        .filter(v -> (country.isEmpty() || v.getKey().government().country().equals(country))
            && v.getValue() >= floor)
        .max(Map.Entry.comparingByValue()).map(v -> v.getKey().government())
        .or(() -> country.flatMap(lex::government));
  }

  /**
   * A title written in the plural ("co-leaders", "deputy leaders"): the title whose last word
   * a plural common noun in the next four tokens is the singular of.
   */
  private Optional<PhraseIndex.Match<Lexicon.RoleEntry>> pluralRole(List<Token> toks, int i) {
    for (int j = i; j < toks.size() && j < i + 4; j++) {
      Token t = toks.get(j);
      boolean initials = t.text().matches("\\p{Lu}{2,}s"); // "MPs", "TDs", "MLAs"
      // "Ministers Eric Dobson, Lara Finch and Sam Okonjo": a capitalised title before names
      boolean titled = t.isCapitalized() && t.pos().startsWith("NNP") && j + 1 < toks.size()
          && lex.givenNames.contains(toks.get(j + 1).text())
          && toks.subList(j + 2, Math.min(toks.size(), j + 6)).stream()
              .anyMatch(w -> w.text().equals(",") || w.lower().equals("and")); // a list of names
      if (!(t.pos().equals("NNS") || (initials || titled) && t.pos().startsWith("NNP"))
          || !t.text().endsWith("s") || t.text().length() < 4 && !initials) {
        continue;
      }
      List<Token> singular = new ArrayList<>(toks.subList(0, j + 1));
      String w = t.text().substring(0, t.text().length() - 1);
      singular.set(j, new Token(w, t.start(), t.end() - 1, "NN", t.chunk()));
      Optional<PhraseIndex.Match<Lexicon.RoleEntry>> m = lex.roles.longestAt(singular, i);
      if (m.isEmpty() && t.lower().endsWith("ies") && t.text().length() > 4) {
        // "Two Sumar deputies, X and Y,": members of a continental chamber; "both parliamentary
        // private secretaries": the singular in "y"
        String y = t.text().substring(0, t.text().length() - 3) + "y";
        singular.set(j, new Token(y, t.start(), t.end() - 2, "NN", t.chunk()));
        m = lex.roles.longestAt(singular, i);
      }
      if (m.isPresent() && m.get().end() == j + 1) {
        return m;
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * Whether "deputy" at [{@code i}, {@code end}) is a member of a continental chamber: after a
   * party or chamber's name ("a Sejm deputy", "a Podemos deputy") or before where they sit or
   * come from ("a deputy from Finistère", "a deputy in the Cortes", "a deputy for the Gers").
   */
  private static boolean legislatorDeputy(List<Mention> out, List<Token> toks, int i, int end) {
    // "a Law and Justice (PiS) deputy": past the party's initials
    int before = i > 3 && toks.get(i - 1).text().equals(")") && toks.get(i - 3).text().equals("(")
        ? i - 3 : i;
    boolean named = before > 0 && out.stream().anyMatch(m -> m.kind == Mention.Kind.ORG
        && m.end == before && m.organization.map(o -> o.type() == OrgType.POLITICAL_PARTY
            || o.type() == OrgType.PARLIAMENT).orElse(false));
    // "Socialist deputy X", "a Communist deputy": a party by its creed
    named |= before > 0 && toks.get(before - 1).isCapitalized()
        && CREEDS.contains(toks.get(before - 1).lower());
    // "a deputy from the Finistere", "a deputy for the Gers": where they sit or come from
    int place = end + 2 < toks.size() && toks.get(end + 1).lower().equals("the") ? end + 2
        : end + 1;
    boolean from = end + 1 < toks.size() && (toks.get(end).lower().equals("from")
        && toks.get(place).isCapitalized() || toks.get(end).lower().equals("in")
        && toks.get(end + 1).lower().equals("the"));
    // "a deputy elected on Chega's list"
    boolean elected = i > 0 && INDEFINITE_ARTICLES.contains(toks.get(i - 1).lower())
        && end < toks.size() && toks.get(end).lower().equals("elected");
    // "conceded deputy Josue Pinto", "Chega suspended deputy X": a title in lower case before
    // a name, not "her deputy Tom Reed"
    boolean titled = end + 1 < toks.size() && toks.get(i).text().equals("deputy")
        && toks.get(end).isCapitalized() && toks.get(end).isProperNoun()
        && toks.get(end + 1).isCapitalized() && toks.get(end + 1).isProperNoun()
        && i > 0 && (toks.get(i - 1).pos().equals("VBD") || toks.get(i - 1).text().equals(","));
    // "Aurélien Castagnède, a deputy for the Gers": a seat, not "her deputy for finance"
    boolean seat = i > 0 && INDEFINITE_ARTICLES.contains(toks.get(i - 1).lower())
        && place < toks.size() && toks.get(end).lower().equals("for")
        && toks.get(place).isCapitalized();
    return named || from || seat || elected || titled;
  }

  /**
   * Whether a two-word name of a company or club ("Castlebridge Athletic", "Kahu Broadcasting")
   * is also named by its first word alone: a word that is no place, given name or common word.
   */
  private boolean shortName(Mention m) {
    int space = m.text.indexOf(' ');
    if (space < 0) {
      return false; // two tokens written as one word ("Harrow-Finch")
    }
    String first = m.text.substring(0, space);
    return m.organization.get().type() == OrgType.ORGANIZATION
        && m.organization.get().key().equals("org/" + Tokens.slug(m.text))
        && first.length() >= 4 && first.matches("\\p{Lu}\\p{Ll}+")
        && !lex.places.contains(first) && !lex.givenNames.contains(first)
        && !lex.notNames.contains(first) && !ORG_HEADS.containsKey(first)
        && lex.organisations.findAll(List.of(new Token(first, 0, first.length(), "NNP", "B-NP")))
            .isEmpty();
  }

  /** Whether "of" and a place's name start at {@code i}: "... Party of Georgia". */
  private boolean placeAfter(List<Token> toks, int i) {
    return i + 1 < toks.size() && toks.get(i).text().equals("of")
        && lex.places.contains(toks.get(i + 1).text())
        && !(i + 2 < toks.size() && toks.get(i + 2).isCapitalized());
  }

  /** Whether a gazetteer form begins a longer title: "Labor" of "Labor Secretary". */
  private boolean titleWord(List<Token> toks, PhraseIndex.Match<?> m) {
    return titleBeyond(toks, m.start(), m.end());
  }

  /** Words that say who spoke a quote: "X said", "said X", "X told reporters". */
  private static final Set<String> SPEECH_VERBS = ImmutableSet.<String>builder()
      .addAll(APPOSITION_VERBS).add("adds", "wrote", "writes", "insists", "explained",
          "recalled", "recalls", "admitted", "admits", "declared", "declares").build();

  /**
   * The person who speaks the quote around token {@code i} of a sentence: one named next to a
   * speech verb outside the quotation marks ("'I quit,' X said", "X said: 'I quit'"); null when
   * {@code i} is not quoted or no such person is named in the sentence.
   */
  private static Mention speaker(List<Mention> found, List<Token> toks, int i) {
    int open = -1;
    int marks = 0;
    for (int k = 0; k < i; k++) {
      if (toks.get(k).text().equals("\"")) {
        marks++;
        open = k;
      }
    }
    int close = i;
    while (close < toks.size() && !toks.get(close).text().equals("\"")) {
      close++;
    }
    if (marks % 2 == 0 || close >= toks.size()) {
      return null;
    }
    Mention out = null;
    for (Mention m : found) {
      boolean outside = m.end <= open || m.start > close;
      if (m.kind != Mention.Kind.PERSON || !outside) {
        continue;
      }
      boolean verbAfter = m.end < toks.size() && SPEECH_VERBS.contains(toks.get(m.end).lower());
      boolean verbBefore = m.start > 0 && SPEECH_VERBS.contains(toks.get(m.start - 1).lower());
      if (verbAfter || verbBefore) {
        if (out != null) {
          return null; // two speakers: which one is not known
        }
        out = m;
      }
    }
    return out;
  }

  /**
   * Whether the capitalised word at {@code k} opens the sentence (or a live blog's entry after
   * "- ") as an ordinary word would: not a given name or a place.
   */
  private boolean sentenceStartWord(List<Token> toks, int k) {
    boolean opens = isSentenceStartWord(toks, k)
        || k == 1 && toks.get(0).text().matches("[-–—•]"); // a live blog's "- " entry
    String w = toks.get(k).text();
    return opens && !lex.givenNames.contains(w) && !lex.places.contains(w)
        && lex.organisations.longestAt(toks, k).isEmpty() // not "Alliance economy spokesperson"
        && !w.startsWith("Ex-") && !w.equals("Former");
  }

  /** The title of the legislators of the region {@code government} heads, when it has one. */
  private Optional<Lexicon.RoleEntry> memberTitle(Optional<Lexicon.OrgEntry> government) {
    return government.map(g -> lex.regionsByBody.get(g.id()))
        .flatMap(Lexicon.Region::memberTitle).flatMap(lex::role);
  }

  /**
   * Takes "the Hollis government", a leader's name before "government", as the government of
   * the story ({@code government}), and "the Ortega-Brandt administration" as a body of its own:
   * not a place's, a party's or a people's ("the French government").
   */
  private void leadersGovernments(Sentence s, List<Mention> out, boolean[] used,
      Optional<Lexicon.OrgEntry> government) {
    List<Token> toks = s.tokens();
    for (int i = 2; i < toks.size(); i++) {
      Token name = toks.get(i - 1);
      boolean administration = toks.get(i).text().equals("administration");
      if (used[i] || used[i - 1] || !(toks.get(i).text().equals("government")
              && government.isPresent() || administration)
          || !toks.get(i - 2).lower().equals("the") || !name.isProperNoun()
          || !name.text().matches("\\p{Lu}\\p{Ll}+(-\\p{Lu}\\p{Ll}+)?")
          || lex.places.contains(name.text()) || lex.notNames.contains(name.text())
          // (a name like a demonym before "administration" is a leader's, "the Halloran
          // administration", when the gazetteer knows no such demonym)
          || DEMONYM.matcher(name.text()).matches() && !administration
          || java.util.Arrays.stream(name.text().split("-")).anyMatch(GROUP_POLITICS::contains)
          || lex.organisations.longestAt(toks, i - 1).isPresent()) {
        continue;
      }
      Mention men = add(out, used, Mention.Kind.ORG, s, i - 1, i + 1);
      // "the Ortega-Brandt administration": a mayor's or a governor's, a body of its own
      men.organization = administration
          ? asWritten(men, OrgType.ORGANIZATION, Optional.empty())
          : Optional.of(gazetteer(government.get(), men.text));
    }
  }

  /**
   * Takes a region's name before "(state) government" as that region's government: "the Hesse
   * state government", "the Azores regional government", "the Ontario government".
   */
  private void regionalGovernments(Sentence s, List<Mention> out, boolean[] used) {
    List<Token> toks = s.tokens();
    for (int i = 1; i < toks.size(); i++) {
      if (used[i] || !toks.get(i).text().equals("government")) {
        continue;
      }
      int k = REGIONAL_LEVELS.contains(toks.get(i - 1).text()) && !used[i - 1] ? i - 1 : i;
      int region = regionBefore(toks, used, k);
      if (region < 0) {
        continue;
      }
      Lexicon.Region r = lex.regionNames.longestAt(toks, region).orElseThrow().value();
      Mention men = add(out, used, Mention.Kind.ORG, s, region, i + 1);
      men.organization = Optional.of(gazetteer(r.government(), men.text));
    }
  }

  /** Words that make a body's name a building's: "the Rayburn House Office Building". */
  private static final Set<String> BUILDINGS = ImmutableSet.of("Building", "Buildings");
  /** Words for the level of a country's own government: "the federal government". */
  private static final Set<String> NATIONAL_LEVELS = ImmutableSet.of("federal", "Federal",
      "national", "central", "Central");
  /** Words for the level of a region's government: "the Hesse state government". */
  private static final Set<String> REGIONAL_LEVELS = ImmutableSet.of("state", "regional",
      "provincial", "cantonal", "territorial", "devolved");

  /** Where the name of a region (regions.tsv) that ends right before {@code k} starts, or -1. */
  private int regionBefore(List<Token> toks, boolean[] used, int k) {
    return lex.regionEndingAt(toks, k, j -> !anyUsed(used, j, k))
        .map(PhraseIndex.Match::start).orElse(-1);
  }

  /**
   * Whether the words from {@code start} to {@code end} end a title that begins a few words
   * before them: "House of Commons" in "the Leader of the House of Commons".
   */
  private boolean insideTitle(List<Token> toks, int start, int end) {
    if (end < toks.size() && toks.get(end).text().startsWith("'")) {
      return false; // "a member of the Scottish Parliament's finance committee"
    }
    for (int j = Math.max(0, start - 6); j < start; j++) {
      // not "the third member of the cabinet to leave": a member is no title of its own
      if (!toks.get(j).lower().equals("member")
          && lex.roles.longestAt(toks, j).map(r -> r.end() == end).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a title starts at {@code start} and goes on past {@code end}. */
  private boolean titleBeyond(List<Token> toks, int start, int end) {
    return lex.roles.longestAt(toks, start).or(() -> pluralRole(toks, start))
        .map(r -> r.end() > end).orElse(false); // "Cabinet member", "three cabinet members"
  }

  /**
   * The organisation a gazetteer form names in an article about {@code country} and, when it is
   * about a region, that region's {@code government}: the region's own ("PCs" in a Nova Scotia
   * story), else the first of the country's.
   */
  private Optional<Lexicon.OrgEntry> sense(List<Lexicon.OrgSense> senses,
      Optional<String> stated, Optional<Lexicon.OrgEntry> government) {
    Optional<String> country = stated.or(() -> government.flatMap(Lexicon.OrgEntry::country));
    List<Lexicon.OrgEntry> local = senses.stream().map(Lexicon.OrgSense::entry)
        .filter(e -> country.isPresent() && e.country().equals(country)).toList();
    if (!local.isEmpty()) {
      return local.stream().filter(e -> government.isPresent() && Optional.ofNullable(
              lex.regionsByBody.get(e.id())).map(r -> r.government().equals(government.get()))
              .orElse(false))
          .findFirst().or(() -> Optional.of(local.get(0)));
    }
    Optional<Lexicon.OrgEntry> plain = senses.stream().filter(o -> !o.shared())
        .map(Lexicon.OrgSense::entry).findFirst();
    if (plain.isPresent() || country.isPresent()) {
      return plain;
    }
    return Optional.of(senses.get(0).entry());
  }

  /**
   * The names of two to four capitalised words, no given name first, that the article follows
   * with ", which" ("in Nordhav Laks, which farms salmon"): a body's or a place's, not a person's.
   */
  private Set<List<String>> namesBeforeWhich(List<Sentence> sentences) {
    Set<List<String>> out = new HashSet<>();
    for (Sentence s : sentences) {
      List<Token> toks = s.tokens();
      for (int k = 2; k + 1 < toks.size(); k++) {
        if (!toks.get(k).text().equals(",") || !toks.get(k + 1).lower().equals("which")) {
          continue;
        }
        int a = k;
        while (a > 0 && a > k - 4 && toks.get(a - 1).isCapitalized()
            && toks.get(a - 1).isProperNoun()) {
          a--;
        }
        if (k - a >= 2 && !lex.givenNames.contains(toks.get(a).text())) {
          out.add(toks.subList(a, k).stream().map(Token::text).toList());
        }
      }
    }
    return out;
  }

  private List<Mention> firstPass(Sentence s, List<Mention> candidates, Optional<String> country,
      Optional<Lexicon.OrgEntry> government, boolean personBefore,
      Set<List<String>> whichNamed) {
    List<Mention> out = new ArrayList<>();
    List<Token> toks = s.tokens();
    boolean[] used = new boolean[toks.size()];
    // 1. organisations from the gazetteer
    for (PhraseIndex.Match<List<Lexicon.OrgSense>> m : lex.organisations.findAll(toks)) {
      if (m.start() > 0 && toks.get(m.start() - 1).isCapitalized()
          && toks.get(m.start() - 1).isProperNoun() && !isSentenceStartWord(toks, m.start() - 1)
          && ORG_HEADS.containsKey(toks.get(m.end() - 1).text())
          && !lex.places.contains(toks.get(m.start() - 1).text())) {
        continue; // part of a longer name the pattern rule reads whole
      }
      if (m.start() > 0 && toks.get(m.start() - 1).isCapitalized()
          && toks.get(m.start() - 1).pos().startsWith("NN") // "Hospitals/NNS" too
          && !isSentenceStartWord(toks, m.start() - 1)
          && !lex.places.contains(toks.get(m.start() - 1).text())
          && continuesToOrgHead(toks, m.end())) {
        continue; // "Northmoor Hospitals NHS Foundation Trust": inside a longer name
      }
      if (m.start() > 0 && MINISTRY_HEADS.contains(toks.get(m.start()).text())
          && lex.places.contains(toks.get(m.start() - 1).text())) {
        continue; // "Colorado Department of Transportation": a state's, read whole below
      }
      if (m.start() >= 2 && (toks.get(m.start() - 1).lower().equals("of")
          || toks.get(m.start() - 1).lower().equals("for"))
          && (MINISTRY_HEADS.contains(toks.get(m.start() - 2).text())
              || PORTFOLIO_HOLDERS.contains(toks.get(m.start() - 2).text())
                  && m.end() - m.start() == 1
                  && lex.portfolioWords.contains(toks.get(m.start()).text()))
          && !(m.end() - m.start() >= 2 && m.value().stream() // "on the council for Fine Gael"
              .anyMatch(v -> v.entry().type() == OrgType.POLITICAL_PARTY))) {
        continue; // "Ministry of Labour and Social Affairs": the ministry's name, no party
      }
      if (afterShadowWord(toks, m.start())
          && m.value().stream().noneMatch(v -> v.entry().type() == OrgType.POLITICAL_PARTY)) {
        continue; // "a shadow Treasury minister": a title, the opposition's, not the Treasury's
      }
      Optional<Lexicon.OrgEntry> sense = sense(m.value(), country, government);
      if (sense.isPresent() && m.end() - m.start() == 1 && m.end() < toks.size()
          && PORTFOLIO_TITLES.contains(toks.get(m.end()).text()) && country.isPresent()
          && sense.get().country().isPresent() && !sense.get().country().equals(country)) {
        continue; // "Labor Minister X" in a Taiwanese story, "Labor Director X" in an American
                  // one: the minister or director of labour, not the Australian party's
      }
      if (sense.isPresent() && DEPARTMENTS.contains(toks.get(m.start()).text())
          && m.end() < toks.size() && (toks.get(m.end()).text().equals(",")
              || toks.get(m.end()).lower().equals("and"))
          && country.isPresent() && sense.get().country().isPresent()
          && !sense.get().country().equals(country)) {
        continue; // "Department of Agriculture, Food and the Marine" in an Irish story: not the
                  // USDA but the story's own, read as written below
      }
      if (sense.isEmpty() || titleWord(toks, m) || placeAfter(toks, m.end())
          || insideTitle(toks, m.start(), m.end())) {
        continue; // "Labor Secretary X": a title; "Democratic Party of Georgia": a longer name
      }
      if (m.end() - m.start() == 1 && m.value().stream().allMatch(Lexicon.OrgSense::shared)
          && (continuesToOrgHead(toks, m.end()) || longerName(toks, m.end())
              || m.end() < toks.size() && toks.get(m.end()).pos().equals("CD"))) {
        continue; // "Liberal" in "Liberal Democratic Party", "League One": a longer name
      }
      if (m.end() - m.start() == 1 && m.value().stream().allMatch(Lexicon.OrgSense::shared)
          && ORG_HEADS.containsKey(toks.get(m.start()).text()) && nameBefore(toks, m.start())) {
        continue; // "Coalition" in "the Save Rural Schools Coalition": a longer name's head
      }
      if (committeeSubjectsAhead(toks, m.end())
          && m.value().stream().allMatch(v -> v.entry().type() == OrgType.POLITICAL_PARTY)) {
        continue; // "the Knesset Labor and Welfare Committee": a subject of the committee's name
      }
      if (m.end() < toks.size() && (COMMITTEE_HEADS.contains(toks.get(m.end()).text())
              || LOWER_COMMITTEES.contains(toks.get(m.end()).text()) && m.end() - m.start() == 1
                  && toks.get(m.start()).isCapitalized() && m.start() > 0
                  && (!toks.get(m.start() - 1).isCapitalized() // or "the Commons Treasury
                      || COMMITTEE_CHAMBERS.contains(toks.get(m.start() - 1).text()))) // committee
          && m.value().stream().noneMatch(v -> v.entry().type() == OrgType.POLITICAL_PARTY)) {
        continue; // "the Treasury Committee", "the Treasury committee": the committee, read
                  // whole below
      }
      Lexicon.OrgEntry e = sense.get();
      boolean afterChamber = m.start() > 0
          && CHAMBER_PREFIXES.contains(toks.get(m.start() - 1).text());
      int groupEnd = m.end() < toks.size() && (toks.get(m.end()).text().equals("group")
              || toks.get(m.end()).text().equals("caucus")
              || afterChamber && CHAMBER_GROUP_WORDS.contains(toks.get(m.end()).text()))
          ? m.end() + 1
          // "the SPÖ parliamentary club": Austria's word for a party's group
          : m.end() + 1 < toks.size() && (toks.get(m.end()).text().equals("parliamentary")
              && (toks.get(m.end() + 1).text().equals("group")
                  || toks.get(m.end() + 1).text().equals("club"))
              || toks.get(m.end()).text().equals("party")
                  && toks.get(m.end() + 1).text().equals("room")) ? m.end() + 2
          // "the ODS deputies' club": the Czech word for a party's group
          : m.end() + 2 < toks.size() && toks.get(m.end()).text().equals("deputies")
              && toks.get(m.end() + 1).text().equals("'")
              && toks.get(m.end() + 2).text().equals("club") ? m.end() + 3 : -1;
      // "the FN group leader": a post in the party, the title read after the party's name
      boolean post = groupEnd == m.end() + 1 && !afterChamber && groupEnd < toks.size()
          && toks.get(groupEnd).lower().equals("leader");
      if (e.type() == OrgType.POLITICAL_PARTY && groupEnd > 0 && !post) {
        // "the FDP group", "the Democratic caucus", "the SA-Best party room": the party's group
        // in parliament, a body of its own
        int start = m.start();
        Mention chamber = start > 0 ? covering(out, start - 1) : null;
        if (start > 0 && CHAMBER_PREFIXES.contains(toks.get(start - 1).text())
            && (chamber == null && !used[start - 1] || chamber != null
                && chamber.kind == Mention.Kind.ORG && chamber.end - chamber.start == 1)) {
          out.remove(chamber); // "the Senate Democratic caucus": the chamber's caucus
          start--;
          used[start] = false;
        }
        int region = regionBefore(toks, used, start);
        if (region >= 0 && groupEnd == m.end() + 1) {
          start = region; // "the Ontario Liberal caucus": the party's caucus in that province
        }
        Mention men = add(out, used, Mention.Kind.ORG, s, start, groupEnd);
        Optional<Lexicon.OrgEntry> known = lex.group(men.text); // "European People's Party group"
        men.organization = known.isPresent() ? Optional.of(gazetteer(known.get(), men.text))
            : asWritten(men, OrgType.PARLIAMENTARY_GROUP, e.country());
        continue;
      }
      int area = REGIONAL_PREFIXES.contains(e.id()) ? areaAfter(toks, used, m.end()) : -1;
      if (area > m.end()) {
        // "NHS Argyll and Lomond", "NHS Tayside": a health board of its own
        Mention men = add(out, used, Mention.Kind.ORG, s, m.start(), area);
        men.organization = asWritten(men, e.type(), e.country());
        continue;
      }
      int state = usStateBefore(toks, used, m.start());
      String last = toks.get(m.end() - 1).text();
      if (state >= 0 && e.type() == OrgType.POLITICAL_PARTY
          && (last.equals("Party") || last.equals("GOP"))) {
        // "the Ohio Democratic Party": the party's organisation in that state
        Mention men = add(out, used, Mention.Kind.ORG, s, state, m.end());
        men.organization = asWritten(men, OrgType.POLITICAL_PARTY, e.country());
        continue;
      }
      int k = m.end();
      int benchEnd = k < toks.size() && FRONT_BENCH.contains(toks.get(k).lower()) ? k + 1
          : k + 1 < toks.size() && toks.get(k).lower().equals("front")
              && toks.get(k + 1).lower().equals("bench") ? k + 2 : -1;
      if (e.type() == OrgType.POLITICAL_PARTY && benchEnd > 0 && !(benchEnd < toks.size()
          && toks.get(benchEnd).pos().startsWith("NN"))) {
        // "quit the Conservative front bench": the bench, not the party; not "the Labour
        // frontbench spokesman"
        int start = m.start();
        if (start > 0 && !used[start - 1] && toks.get(start - 1).isCapitalized()
            && !isSentenceStartWord(toks, start - 1)) {
          start--; // "the Welsh Conservative front bench"
        }
        Mention men = add(out, used, Mention.Kind.ORG, s, start, benchEnd);
        men.organization = Optional.of(new Organization("org/" + e.id() + "-front-bench"
            + (start < m.start() ? "-" + Tokens.slug(toks.get(start).text()) : ""),
            men.text, OrgType.ORGANIZATION, e.country(), Set.of(men.text)));
        continue;
      }
      int region = e.type() == OrgType.CABINET ? regionBefore(toks, used, m.start()) : -1;
      if (region >= 0) {
        // "the Ontario cabinet", "the B.C. cabinet": the region's own, not the nation's
        Mention men = add(out, used, Mention.Kind.ORG, s, region, m.end());
        men.organization = asWritten(men, OrgType.CABINET, e.country());
        continue;
      }
      Mention men = add(out, used, Mention.Kind.ORG, s, m.start(), m.end());
      men.organization = Optional.of(gazetteer(e, men.text));
    }
    // 2. capitalised names ending in an organisation word: "Eastbridge Rovers"
    for (int i = 0; i < toks.size(); i++) {
      if (used[i] || !toks.get(i).isCapitalized()) {
        continue;
      }
      int j = i;
      int lastHead = -1;
      boolean foreign = FOREIGN_HEADS.contains(toks.get(i).text());
      while (j < toks.size() && !used[j] && (toks.get(j).isCapitalized()
          || foreign && particleAt(toks, j)
          || theInPlaceName(toks, i, j) // "the University of the Marches"
          || j > i && LOWERCASE_HEADS.contains(toks.get(j).text()) // "Corvane plc"
          || ((isConnector(toks.get(j).text()) && !personAfterAnd(toks, j)
                  && !(toks.get(j).lower().equals("and") && personInRun(toks, i, j))
                  // not "Leader Lucinda Ortiz-Brandt and Assembly"
              || toks.get(j).text().equals("'") && j > i
              // "Brightwater Children's Trust", not "Britain's Home Office"
              || toks.get(j).text().equals("'s") && j > i && ownedHeadAhead(toks, j + 1)
                  && !lex.places.contains(toks.get(j - 1).text()))
              && j + 1 < toks.size() && toks.get(j + 1).isCapitalized()))) { // "Veterans' Affairs"
        if (ORG_HEADS.containsKey(toks.get(j).text()) && !(toks.get(j).text().equals("Schools")
            && (j == 0 || !SCHOOL_DISTRICTS.contains(toks.get(j - 1).text())))
            && !(NAME_ONLY_HEADS.contains(toks.get(j).text()) && j + 1 < toks.size()
                && toks.get(j + 1).isCapitalized())) { // not "Brackwater Freight Services"
          lastHead = j; // "Tulsa Public Schools", not "the Free Schools programme"
        } else if (j > i && toks.get(j).text().equals("District")
            && DISTRICT_BODIES.contains(toks.get(j - 1).text())) {
          lastHead = j; // "Harlow Creek School District", not "the Lake District"
        } else if (j > i && toks.get(j).text().equals("Chamber") && j + 2 < toks.size()
            && toks.get(j + 1).text().equals("of") && toks.get(j + 2).isCapitalized()
            && !ORG_HEADS.containsKey(toks.get(j + 2).text())) { // not "of Parliament"
          lastHead = j; // "Greater Tyneside Chamber of Commerce": a chamber of a trade
        }
        j++;
        int listed = j < toks.size() && !used[j] ? listedNameEnd(toks, used, j) : -1;
        if (listed > 0) {
          lastHead = listed - 1; // "Culture, Media and Sport Committee"
          j = listed;
        }
      }
      int start = i;
      // "the General Services Administration": a capitalised word after "the" opens the name
      boolean afterThe = start > 0 && toks.get(start - 1).lower().equals("the") && j - start >= 3
          && toks.get(start).isProperNoun() && lex.roles.longestAt(toks, start).isEmpty();
      if (toks.get(start).text().equals("The") || lex.notNames.contains(toks.get(start).text())
          && !ORG_HEADS.containsKey(toks.get(start).text()) && !nameModifier(toks, start)
          && !afterThe
          || toks.get(start).pos().equals("PRP$")) { // "Its Assembly leader": not "Its Assembly"
        start++;
      }
      if (start < j && toks.get(start).text().matches("\\p{Lu}[\\p{L}]*(-\\p{Ll}+)+")) {
        start++; // "Republican-controlled", "Bottom-of-the-table Hawks"
      }
      for (int b = start + 1; b + 1 < j && b <= start + 3; b++) {
        if (OWNERSHIP.matcher(toks.get(b).lower()).matches()) {
          start = b + 1; // "Saint John-based Tidewater Engineering Ltd.": after where it is based
        }
      }
      if (start < lastHead && toks.get(start).lower().equals("of")
          && toks.subList(start + 1, lastHead).stream().allMatch(t -> t.isCapitalized())) {
        start++; // "Cathaoirleach of Wexford County Council": the council
      }
      if (start < lastHead && (lex.givenNames.contains(toks.get(start).text())
          || lex.honorifics.containsKey(toks.get(start).text()))
          && !lex.places.contains(toks.get(start).text())) { // not "Georgia House of ..."
        for (int o = start + 2; o < lastHead && o <= start + 3; o++) {
          if (toks.get(o).lower().equals("of") && toks.subList(start, o).stream()
              .noneMatch(t -> ORG_HEADS.containsKey(t.text()) || CHAMBER_WORDS.contains(t.text())
                  || lex.places.contains(t.text()))) {
            start = o + 1; // "Owen Castell of Redmere Metals": the firm, not the person
            break;
          }
        }
      }
      if (start < j && !toks.get(start).isCapitalized()) {
        i = Math.max(i, j - 1);
        continue; // "Minister of State for School Standards": a title, not "of State for School"
      }
      int inner = innerHeadOf(toks, start, j);
      int innerEnd = -1; // "Independent Advisory Board for Senate Appointments": its last word
      boolean seatAfter = start + 1 < toks.size()
          && ORG_HEADS.get(toks.get(start).text()) == OrgType.PARLIAMENT
          && toks.get(start + 1).lower().equals("for"); // "the Landtag for Bad Kreuznach"
      if (j - start >= 3 && !seatAfter
          && (lastHead == start || ORG_HEADS.containsKey(toks.get(start).text()))
          && (toks.get(start + 1).lower().equals("of")
          || toks.get(start + 1).lower().equals("for") || foreign && particleAt(toks, start + 1))) {
        lastHead = j - 1; // "University of Eastmoor", "Department for Transport"
        for (int k = start + 3; k < j - 1; k++) {
          Optional<PhraseIndex.Match<Lexicon.RoleEntry>> title = lex.roles.longestAt(toks, k);
          if (title.isPresent() && title.get().end() < j && personWordAt(toks, title.get().end())) {
            lastHead = k - 1; // "University of Eastmoor Chancellor Jo Bloggs": the university
            break;
          }
        }
        if (MINISTRY_HEADS.contains(toks.get(start).text())) {
          lastHead = portfolioListEnd(toks, used, lastHead); // "Department of Children, ..."
        }
      } else if (inner > start && !partyAt(toks, inner + 2)) { // not "Angus Council for Labour"
        // "Independent Advisory Board for Senate Appointments": the name runs on after "for"
        int k = inner + 2;
        while (k < j && !insideRole(toks, k) && !personWordAt(toks, k)) {
          k++;
        }
        while (k > inner + 2 && isConnector(toks.get(k - 1).text())) {
          k--; // not ending on "and" or "of"
        }
        if (k > inner + 2) {
          lastHead = k - 1;
          innerEnd = lastHead;
        }
      } else if (lastHead > start && lastHead + 2 < j
          && MINISTRY_HEADS.contains(toks.get(lastHead).text())
          && (toks.get(lastHead + 1).lower().equals("of")
              || toks.get(lastHead + 1).lower().equals("for"))) {
        int k = lastHead + 2; // "Federal Ministry of Labour and Social Affairs"
        while (k < j && !insideRole(toks, k) && !personWordAt(toks, k)
            && !partyFor(toks, lastHead, k)) {
          k++;
        }
        if (k > lastHead + 2 && !isConnector(toks.get(k - 1).text())) {
          lastHead = k - 1;
        }
      } else if (lastHead >= start && lastHead + 2 < toks.size()
          && (toks.get(lastHead).text().equals("Committee")
              || toks.get(lastHead).text().equals("Subcommittee")
              || toks.get(lastHead).text().equals("Commission"))
          && toks.get(lastHead + 1).lower().equals("on")
          && toks.get(lastHead + 2).isCapitalized()) {
        int k = lastHead + 2; // "Joint Committee on Agriculture and Rural Development"
        while (k < toks.size() && !used[k] && !insideRole(toks, k)
            && !DateFinder.isTimeWordAt(toks, k) // not "on Wednesday", "on May 20"
            && (toks.get(k).isCapitalized() || (toks.get(k).lower().equals("and")
                || toks.get(k).text().equals("&")) && k + 1 < toks.size()
                && toks.get(k + 1).isCapitalized() || listCommaAt(toks, k)
                // "Joint Committee on Agriculture and the Marine"
                || toks.get(k).lower().equals("and") && k + 2 < toks.size()
                    && toks.get(k + 1).text().equals("the") && toks.get(k + 2).isCapitalized()
                || toks.get(k).text().equals("the") && toks.get(k - 1).lower().equals("and")
                    && k + 1 < toks.size() && toks.get(k + 1).isCapitalized()
                || INNER_WORDS.contains(toks.get(k).text()) && k + 1 < toks.size()
                    && toks.get(k + 1).isCapitalized()
                    && !lex.givenNames.contains(toks.get(k + 1).text()))) {
          k++;
        }
        while (k > lastHead + 2 && (isConnector(toks.get(k - 1).text())
            || toks.get(k - 1).text().equals(","))) {
          k--; // "... Public Expenditure and [Reform]": a name known on its own stops it
        }
        lastHead = k > lastHead + 2 ? k - 1 : lastHead;
      }
      if (lastHead > start && placeAfter(toks, lastHead + 1)) {
        lastHead += 2; // "Democratic Party of Georgia", "Liberal Party of Australia"
      } else if (lastHead > start && j == lastHead + 2
          && NATION_SUFFIXES.contains(toks.get(lastHead + 1).text())) {
        lastHead++; // "Natural Resources Wales"
      } else if (lastHead < start && nationNamed(toks, start, j)) {
        lastHead = j - 1; // "Fire and Emergency New Zealand", "Sport England"
      }
      if (lastHead > start && j < toks.size() && !used[j]
          && LOWER_COMMITTEES.contains(toks.get(j).text())) {
        lastHead = subjectAfter(toks, used, j + 1) - 1; // "the House Energy and Commerce
        j = lastHead + 1; // subcommittee on consumer protection": the committee's subject
      }
      if (lastHead < start && j - start >= 2 && acronymAfter(toks, start, j)
          && !lex.givenNames.contains(toks.get(start).text())) {
        lastHead = j - 1; // "UK Athletics (UKA)": a name its initials follow in brackets
      }
      boolean headOfTitle = lastHead > start
          && (titleBeyond(toks, lastHead, lastHead + 1) // "Chief Cabinet Secretary"
              // but "Homeland Security Committee Chairman X": the committee, then its chair
              && !toks.get(lastHead).text().endsWith("ommittee")
          // "Federal Resources Minister": a portfolio's title, not the company "X Resources"
          || lastHead + 1 < toks.size() && lex.portfolioWords.contains(toks.get(lastHead).text())
              && PORTFOLIO_HOLDERS.contains(toks.get(lastHead + 1).text()));
      // "Cabinet Secretary for Net Zero and Energy", "Minister for Broadcasting": a title
      boolean title = lastHead > start && lex.roles.longestAt(toks, start).isPresent()
          && toks.subList(start, lastHead + 1).stream().anyMatch(t -> t.lower().equals("for")
              || t.lower().equals("of"));
      // "the Rayburn House Office Building": a building named after a body, no body
      boolean building = lastHead + 1 < toks.size()
          && BUILDINGS.contains(toks.get(lastHead + 1).text());
      // "Minister of Local Government": the minister's portfolio, not a government
      boolean portfolio = start > 1 && lastHead > start
          && toks.get(lastHead).text().equals("Government")
          && (toks.get(start - 1).lower().equals("of") || toks.get(start - 1).lower().equals("for"))
          && PORTFOLIO_HOLDERS.contains(toks.get(start - 2).text());
      if (lastHead > start && !headOfTitle && !title && !building && !portfolio
          && !afterShadowWord(toks, start)
          && !lex.places.contains(span(toks, start, lastHead + 1))) {
        Mention men = add(out, used, Mention.Kind.ORG, s, start, lastHead + 1);
        OrgType type = ORG_HEADS.containsKey(toks.get(lastHead).text())
            ? headType(toks, start, lastHead + 1)
            : ORG_HEADS.getOrDefault(toks.get(start).text(), innerEnd == lastHead
                ? innerType(toks, inner, lastHead) : OrgType.ORGANIZATION);
        men.organization = asWritten(men, type, Optional.empty());
      }
      i = Math.max(i, j - 1);
    }
    // 2c. a parliamentary group named by capitalised words before "group": "the Socialist
    // group", "the Ecologist and Social group", "Cr Lowrie's new Coastal Independents group",
    // "the council's Independent group"
    for (int i = 0; i + 2 < toks.size(); i++) {
      boolean opening = toks.get(i).lower().equals("the") || toks.get(i).lower().equals("new")
          && i > 0 && (toks.get(i - 1).text().equals("'s") || isDeterminer(toks.get(i - 1)))
          || toks.get(i).text().equals("'s") && i > 0 && toks.get(i - 1).pos().startsWith("NN")
              && toks.get(i - 1).text().equals(toks.get(i - 1).lower())
              && !toks.get(i - 1).lower().equals("party")
              && !GROUP_CHAMBERS.contains(toks.get(i + 1).text()); // not "the party's Assembly
              // group": the party's group in a chamber
      if (!opening || used[i + 1] || !toks.get(i + 1).isCapitalized()) {
        continue;
      }
      int j = i + 1;
      while (j < toks.size() && j < i + 6 && !used[j] && (toks.get(j).isCapitalized()
          && !lex.givenNames.contains(toks.get(j).text())
          // "the Droite républicaine group", "the Rassemblement démocratique group"
          || j > i + 1 && (toks.get(j).isProperNoun() || toks.get(j).text().matches(".*[à-ÿ].*"))
          || (toks.get(j).text().equals("&") || toks.get(j).lower().equals("and"))
              && j + 1 < toks.size() && toks.get(j + 1).isCapitalized())) {
        j++;
      }
      if (j < toks.size() && toks.get(j).text().equals("group")
          && !(j + 1 < toks.size() && toks.get(j + 1).isCapitalized())
          && !OWNERSHIP.matcher(toks.get(j - 1).lower()).matches()) { // "the Leeds-based group"
        Mention men = add(out, used, Mention.Kind.ORG, s, i + 1, j + 1);
        men.organization = asWritten(men, OrgType.PARLIAMENTARY_GROUP, Optional.empty());
        i = j;
      }
    }
    // 2b. a capitalised name after a common noun for an organisation: "the law firm Halvorsen
    // & Pike", "the pressure group Clean Rivers North"
    for (int i = 1; i + 1 < toks.size(); i++) {
      if (!KIND_NOUNS.contains(toks.get(i).lower()) || toks.get(i).isCapitalized() || used[i + 1]
          || !toks.get(i + 1).isCapitalized() || !toks.get(i + 1).isProperNoun()
              && !toks.get(i + 1).pos().equals("IN") // "charity Harbour/IN Lights"
              // "the charity Bus/NN Users/NNS Cymru": a name of capitalised common nouns
              && !(toks.get(i + 1).pos().startsWith("NN") && i + 2 < toks.size()
                  && toks.get(i + 2).isCapitalized() && !used[i + 2])) {
        continue;
      }
      if (!opensName(toks.get(i + 1).text(), false)) {
        continue;
      }
      int j = i + 1;
      while (j < toks.size() && j < i + 6 && !used[j] && (toks.get(j).isCapitalized()
          || (toks.get(j).text().equals("&") || toks.get(j).text().equals("and"))
              && j + 1 < toks.size() && toks.get(j + 1).isCapitalized()
          // "the motorway operator Autostrade del Mezzogiorno": a name in another language
          || j > i + 1 && particleAt(toks, j))) {
        j++;
      }
      Mention men = add(out, used, Mention.Kind.ORG, s, i + 1, j);
      men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
      i = j - 1;
    }
    // 2c. a name in apposition with a common noun for an organisation: "Capitol Ridge Partners,
    // a Washington lobbying firm,", "The company at the centre of the affair, Atlantic Shore
    // Seafoods, said"
    for (int i = 0; i < toks.size(); i++) {
      int j = unknownNameEnd(toks, used, i);
      if (j < 0) {
        continue;
      }
      String kind = j + 1 < toks.size() && toks.get(j).text().equals(",")
          && ARTICLES.contains(toks.get(j + 1).lower()) ? kindNounWithin(toks, j + 2, j + 6)
          : null;
      boolean kindAfter = kind != null;
      boolean kindBefore = i >= 3 && toks.get(i - 1).text().equals(",")
          && (j >= toks.size() || toks.get(j).text().equals(","))
          && kindNounWithin(toks, Math.max(0, i - 10), i - 1) != null
          && toks.subList(Math.max(0, i - 10), i - 1).stream()
              .anyMatch(t -> t.lower().equals("the"));
      if (kindAfter || kindBefore) {
        Mention men = add(out, used, Mention.Kind.ORG, s, i, j);
        men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
        men.description = kind; // "Arvela Consultores, a Valencia firm": what "the firm" names
      }
      i = Math.max(i, j - 1);
    }
    // 2o. a name whose officer "its" names after a verb of saying: "Accra Hearts of Oak
    // announced on Friday that its managing director, X, had resigned"
    for (int i = 0; i + 4 < toks.size(); i++) {
      int j = saidThatItsEnd(toks, used, i, whichNamed);
      if (j > 0) {
        Mention men = add(out, used, Mention.Kind.ORG, s, i, j);
        men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
        i = j;
      }
    }
    // 2p. a name after where it is based: "the Munich-based Brennwald Mautsysteme"
    for (int i = 1; i < toks.size(); i++) {
      int j = basedNameEnd(toks, used, i);
      if (j > 0) {
        Mention men = add(out, used, Mention.Kind.ORG, s, i, j);
        men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
        i = j;
      }
    }
    // 2e. a one-word name described as a business in apposition: "Pellworth, the DIY and garden
    // centre chain,", "Timbro, a free-market think tank,"
    for (int i = 0; i + 3 < toks.size(); i++) {
      if (toks.get(i + 1).text().equals(",") && ARTICLES.contains(toks.get(i + 2).lower())
          && oneWordName(toks, used, i) && describedAsBusiness(toks, i + 3)) {
        Mention men = add(out, used, Mention.Kind.ORG, s, i, i + 1);
        men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
      }
    }
    // 2d. a name before the title of one of its officers and the officer's name: "Hunter Valley
    // Vipers coach Wayne Corbould", "Loddon Valley Health chief executive Carmel Fitzhenry"
    // "Auckland Transport chief executive Simon Varga": a place may begin the name
    for (int i = 0; i < toks.size(); i++) {
      int j = officerEmployerEnd(toks, used, i);
      if (j < 0) {
        continue;
      }
      Optional<PhraseIndex.Match<Lexicon.RoleEntry>> title = lex.roles.longestAt(toks, j);
      // "Athletics Kenya president David Langat": a president's body when its name is no place
      boolean officer = title.filter(m -> (m.value().kind() == Lexicon.RoleKind.OTHER
              || m.value().kind() == Lexicon.RoleKind.PARTY
              || m.value().label().equals("president")) && m.end() < toks.size()
              && toks.get(m.end()).isCapitalized() && toks.get(m.end()).isProperNoun())
          .isPresent();
      boolean places = toks.subList(i, j).stream().allMatch(t -> lex.places.contains(t.text())
          || Character.isLowerCase(t.text().charAt(0))); // "of" of "Port of Napier"
      if (officer && !places) {
        Mention men = add(out, used, Mention.Kind.ORG, s, i, j);
        men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
      }
      i = Math.max(i, j - 1);
    }
    // 2m. an officer's office named by the officer's title: "the Arizona Attorney General's
    // Office", "the Auditor General's Office"
    for (int k = 2; k + 1 < toks.size(); k++) {
      if (!toks.get(k).text().equals("'s") || !toks.get(k + 1).text().equals("Office")
          || used[k + 1]) {
        continue;
      }
      final int possessive = k;
      int start = java.util.stream.IntStream.range(Math.max(0, k - 3), k)
          .filter(t -> toks.get(t).isCapitalized()
              && lex.roles.longestAt(toks, t).filter(m -> m.end() == possessive).isPresent()
              && java.util.stream.IntStream.range(t, possessive).noneMatch(u -> used[u]))
          .findFirst().orElse(-1);
      if (start < 0) {
        continue;
      }
      if (start > 1 && !used[start - 2] && !used[start - 1]
          && lex.places.contains(span(toks, start - 2, start))) {
        start -= 2; // "the New Mexico Attorney General's Office"
      } else if (start > 0 && !used[start - 1] && lex.places.contains(toks.get(start - 1).text())) {
        start--; // "the Arizona Attorney General's Office": the state's
      } else if (start > 1 && !used[start - 1]
          && LOCAL_AREAS.contains(toks.get(start - 1).text())) {
        int name = start - 1; // "the Kettle County Sheriff's Office": the county's
        while (name > 0 && name > start - 4 && !used[name - 1]
            && toks.get(name - 1).isCapitalized() && toks.get(name - 1).isProperNoun()) {
          name--;
        }
        start = name < start - 1 ? name : start;
      }
      Mention men = add(out, used, Mention.Kind.ORG, s, start, k + 2);
      men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
    }
    // 2l. a group named by its party's word that no gazetteer knows as a party: "the
    // Socialist parliamentary group"
    for (int i = 1; i + 2 < toks.size(); i++) {
      if (used[i] || !toks.get(i).isCapitalized() || toks.get(i - 1).isCapitalized()
          || !toks.get(i - 1).lower().equals("the")
          || !toks.get(i + 1).text().equals("parliamentary")
          || !PARTY_GROUP_WORDS.contains(toks.get(i + 2).text()) || used[i + 2]
          || lex.organisations.longestAt(toks, i).isPresent()) {
        continue;
      }
      Mention men = add(out, used, Mention.Kind.ORG, s, i, i + 3);
      men.organization = asWritten(men, OrgType.PARLIAMENTARY_GROUP, Optional.empty());
    }
    // 2j. a city's council before its member's one-word title: "Toledo City Councilwoman
    // Renata Gaffney" (the council is "Toledo City Council")
    for (int i = 1; i + 2 < toks.size(); i++) {
      if (!toks.get(i).text().equals("City") || used[i]
          || !COUNCIL_MEMBER_WORDS.contains(toks.get(i + 1).lower())
          || !toks.get(i + 2).isCapitalized()) {
        continue;
      }
      int start = i;
      while (start > 0 && start > i - 3 && !used[start - 1] && toks.get(start - 1).isCapitalized()
          && toks.get(start - 1).isProperNoun()
          && !lex.honorifics.containsKey(toks.get(start - 1).text())
          && !lex.notNames.contains(toks.get(start - 1).text())) {
        start--; // cities named like people too: "Austin City Councilmember", "Erie City ..."
      }
      if (start < i) {
        Mention men = add(out, used, Mention.Kind.ORG, s, start, i + 1);
        String name = men.text + " Council";
        men.organization = Optional.of(new Organization("org/" + Tokens.slug(name), name,
            OrgType.ORGANIZATION, Optional.empty(), Set.of(name)));
      }
    }
    // 2j'. a county's party: "the Story County Democrats", "the Linn County GOP"
    for (int i = 1; i + 2 < toks.size(); i++) {
      Mention party = covering(out, i + 2);
      if (toks.get(i - 1).lower().equals("the") && !used[i] && !used[i + 1]
          && (party == null || party.start == i + 2 && party.end == i + 3)
          && toks.get(i).isProperNoun() && toks.get(i).text().matches("\\p{Lu}\\p{Ll}+")
          && toks.get(i + 1).text().equals("County")
          && (PARTY_PLURALS.contains(toks.get(i + 2).text())
              || toks.get(i + 2).text().equals("GOP"))) {
        if (party != null) {
          out.remove(party); // the party's own name, read as part of its county's
          used[i + 2] = false;
        }
        Mention men = add(out, used, Mention.Kind.ORG, s, i, i + 3);
        men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
      }
    }
    // 2k. a team named by its city and a plural nickname: "the Columbus Blue Jackets", "the
    // Buffalo Sabres" (not "the Ohio Democrats", "Texas voters", "the Ohio Senators")
    for (int i = 1; i + 2 < toks.size(); i++) {
      if (!toks.get(i - 1).lower().equals("the") || used[i]
          || !lex.places.contains(toks.get(i).text())) {
        continue;
      }
      int j = i + 1;
      while (j < toks.size() && j < i + 3 && !used[j]
          && toks.get(j).text().matches("\\p{Lu}\\p{Ll}+")) {
        j++;
      }
      String last = toks.get(j - 1).text();
      if (j == i + 1 || j < toks.size() && (toks.get(j).isCapitalized()
              || toks.get(j).pos().matches("NN.*|JJ.*")) // "the Kent Hills provincial riding"
          || !last.endsWith("s") || last.endsWith("ss") || LEGISLATORS.contains(last)
          || GROUP_POLITICS.contains(last) || PARTY_PLURALS.contains(last)
          || lex.places.contains(last) || lex.organisations.longestAt(toks, j - 1).isPresent()
          || java.util.stream.IntStream.range(i + 1, j)
              .anyMatch(k -> insideRole(toks, k) || personWordAt(toks, k)
                  || lex.notNames.contains(toks.get(k).text()))) {
        continue;
      }
      Mention men = add(out, used, Mention.Kind.ORG, s, i, j);
      men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
      men.description = "club"; // what "the club" stands for
      i = j - 1;
    }
    // 2q. a name after the kind of business it is: "the prison education charity Justice
    // Futures" (its words may be tagged common nouns)
    for (int i = 1; i + 1 < toks.size(); i++) {
      int j = kindNamedEnd(toks, used, i);
      if (j > 0) {
        Mention men = add(out, used, Mention.Kind.ORG, s, i + 1, j);
        men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
        i = j - 1;
      }
    }
    // 2q'. a name after "rival" where one moves: "quit to join rival Pfeiffer-Haase", "signed
    // for rivals Ashby Vale"
    for (int i = 1; i + 1 < toks.size(); i++) {
      String w = toks.get(i).lower();
      if (!(w.equals("rival") || w.equals("rivals")) || used[i + 1]
          || !JOINING_RIVAL.contains(toks.get(i - 1).lower())
          || lex.givenNames.contains(toks.get(i + 1).text())
          || lex.roles.longestAt(toks, i + 1).isPresent()) {
        continue;
      }
      int j = i + 1;
      while (j < toks.size() && j < i + 5 && !used[j] && toks.get(j).isCapitalized()
          && toks.get(j).pos().matches("NN.*|JJ")) {
        j++;
      }
      if (j > i + 1 && !lex.places.contains(span(toks, i + 1, j))) {
        Mention men = add(out, used, Mention.Kind.ORG, s, i + 1, j);
        men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
        i = j - 1;
      }
    }
    // 2e. a name after a title and "of": "chief executive of Southland Milk", "chair of the
    // Child Poverty Taskforce" (two to five capitalised words, not a place's name)
    for (int i = 0; i < toks.size(); i++) {
      Optional<PhraseIndex.Match<Lexicon.RoleEntry>> title = lex.roles.longestAt(toks, i);
      if (title.isEmpty() || title.get().end() + 1 >= toks.size()
          || !toks.get(title.get().end()).lower().equals("of")
          || title.get().value().kind() == Lexicon.RoleKind.GOVERNMENT) { // "mayor of North Bay"
        continue;
      }
      int start = title.get().end() + 1;
      boolean the = toks.get(start).lower().equals("the");
      start += the ? 1 : 0;
      if (start + 1 < toks.size() && OWNERSHIP.matcher(toks.get(start).lower()).matches()) {
        start++; // "chief executive of the state-owned Zasobniky Vysocina": the name after it
      }
      int j = start < toks.size() ? unknownNameEnd(toks, used, start) : -1;
      if (j < 0 && the && start < toks.size() && lex.notNames.contains(toks.get(start).text())) {
        j = commonOpenedNameEnd(toks, used, start); // "editor of the Northern Courier"
      }
      if (j > 0 && (j >= toks.size() || !particleAt(toks, j)
              && (!toks.get(j).pos().matches("NN.*|JJ.*|POS") // not "Rideau Hills provincial"
                  || BUSINESS_NOUNS.contains(toks.get(j).lower()))) // "X Foodshare charity"
          && !lex.places.contains(span(toks, start, j))
          && toks.subList(start, j).stream().noneMatch(t -> lex.places.contains(t.text()))) {
        Mention men = add(out, used, Mention.Kind.ORG, s, start, j);
        men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
        i = j - 1;
      }
    }
    // 2h. a name after "the board of": "appointed to the board of Connacht Rugby", "joined the
    // board of Metrolinx" (a place may begin it; one word when it is no place's or person's);
    // a name of two words or more that is joined: "joined Thamesgate Capital in 2019"
    for (int i = 0; i + 2 < toks.size(); i++) {
      // or left: "quit Manawatu Forward, the local ticket he was elected on" (no place's words)
      boolean left = LEAVING_NAMED.contains(toks.get(i).lower());
      boolean object = JOINING.contains(toks.get(i).lower()) || left; // the body after the verb
      boolean board = !object && toks.get(i).lower().equals("board")
          && toks.get(i + 1).lower().equals("of") && i > 0
          && ARTICLES.contains(toks.get(i - 1).lower());
      int start = object ? i + 1 : i + 2;
      start += start < toks.size() && toks.get(start).lower().equals("the") ? 1 : 0;
      if (!object && !board || start >= toks.size()) {
        continue;
      }
      int j = unknownNameEnd(toks, used, start, true);
      if (object && j > 0 && java.util.stream.IntStream.range(start, j)
          .anyMatch(k -> insideRole(toks, k) || personWordAt(toks, k))) {
        j = -1; // not "joined Foreign Secretary David Lammy in condemning it": a title, a person
      } else if (board && j < 0 && oneWordName(toks, used, start)
          && (start + 1 >= toks.size() || !toks.get(start + 1).isCapitalized())) {
        j = start + 1;
      }
      if (j > 0 && toks.subList(start, j).stream().anyMatch(t -> !lex.places.contains(t.text()))
          && !(left && (toks.subList(start, j).stream()
              .anyMatch(t -> lex.places.contains(t.text())) // "quit the X caucus": its group
              || j < toks.size() && toks.get(j).pos().startsWith("NN")))) {
        Mention men = add(out, used, Mention.Kind.ORG, s, start, j);
        men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
        i = j - 1;
      }
    }
    // 2i. a name a business's or team's kind introduces after an article: "the youth charity
    // Shelterwise", "the Belgian team Velo Flandria" (one word when no given name, place or
    // common word)
    for (int i = 1; i + 1 < toks.size(); i++) {
      // "completed his move to English second-tier side Avonmouth": a team a place names
      boolean team = TEAM_NOUNS.contains(toks.get(i).text()) && prepositionOpens(toks, i);
      if (!KIND_INTRODUCERS.contains(toks.get(i).text()) || !articleOpens(toks, i) && !team) {
        continue;
      }
      int j = unknownNameEnd(toks, used, i + 1, true);
      Token next = toks.get(i + 1);
      if (j < 0 && !used[i + 1] && next.isCapitalized() && next.pos().startsWith("NN")
          && next.text().matches("\\p{Lu}\\p{Ll}+") && opensName(next.text(), team)
          && !DateFinder.isTimeWord(next.text())
          && (i + 2 >= toks.size() || !toks.get(i + 2).isCapitalized())) {
        j = i + 2; // "Shelterwise/NN": the tagger may take a one-word name for a noun
      }
      if (j < 0 && !used[i + 1] && next.isCapitalized() && next.pos().startsWith("NN")
          && opensName(next.text(), false)) {
        int k = i + 2;
        while (k < toks.size() && k < i + 6 && !used[k] && toks.get(k).isCapitalized()
            && toks.get(k).isProperNoun()) {
          k++; // "the Valencia builder Obras/NNS Levante Unidas": a name's first word as a noun
        }
        j = k > i + 2 && (k >= toks.size() || !toks.get(k).isCapitalized()) ? k : -1;
      }
      // not "Drivers" of "the advocacy group Drivers for Safer Roads": a name going on
      boolean goesOn = j > 0 && j + 1 < toks.size() && isConnector(toks.get(j).text())
          && toks.get(j + 1).isCapitalized();
      if (j > 0 && !goesOn && (team || !lex.places.contains(span(toks, i + 1, j)))
          && java.util.stream.IntStream.range(i + 1, j)
              .noneMatch(k -> insideRole(toks, k) || personWordAt(toks, k))) {
        Mention men = add(out, used, Mention.Kind.ORG, s, i + 1, j);
        men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
        i = j - 1;
      }
    }
    // 2f. a local authority named "City of X": "the City of Tshwane", "the Town of Oakville"
    for (int i = 0; i + 2 < toks.size(); i++) {
      if (!LOCAL_AUTHORITIES.contains(toks.get(i).text()) || used[i]
          || !toks.get(i + 1).lower().equals("of") || used[i + 2]
          || !toks.get(i + 2).isCapitalized() || !toks.get(i + 2).isProperNoun()) {
        continue;
      }
      int j = i + 3;
      while (j < toks.size() && j < i + 5 && !used[j] && toks.get(j).isCapitalized()
          && toks.get(j).isProperNoun()) {
        j++;
      }
      Mention men = add(out, used, Mention.Kind.ORG, s, i, j);
      men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
      i = j - 1;
    }
    // 2g. the town or city whose mayor a title names: "Brisbane's deputy mayor", "the eThekwini
    // mayor", "Milwaukee Mayor X": the local authority, named as the place
    for (int i = 0; i + 1 < toks.size(); i++) {
      // "Severn/JJ Vale's deputy mayor": a sentence's first word the tagger took for an
      // adjective, before a proper noun
      boolean first = i == 0 && toks.get(0).pos().equals("JJ") && toks.get(1).isCapitalized()
          && toks.get(1).isProperNoun();
      if (used[i] || !toks.get(i).isCapitalized() || !toks.get(i).isProperNoun() && !first
          || i > 0 && toks.get(i - 1).isCapitalized() && !used[i - 1]
              && !isSentenceStartWord(toks, i - 1)) {
        continue;
      }
      int j = i;
      while (j < toks.size() && j < i + 3 && !used[j] && toks.get(j).isCapitalized()
          && (toks.get(j).isProperNoun() || j == i) && !MAYORS.contains(toks.get(j).lower())
          && !MAYOR_MODIFIERS.contains(toks.get(j).lower())) {
        j++;
      }
      int k = j < toks.size() && toks.get(j).text().equals("'s") ? j + 1 : j;
      while (k < toks.size() && k < j + 3 && MAYOR_MODIFIERS.contains(toks.get(k).lower())) {
        k++;
      }
      // a given name that is also a city's, only as the owner: "Wellington's deputy mayor"
      boolean cityOwner = j == i + 1 && k > j && lex.places.contains(toks.get(i).text());
      if (j > i && k < toks.size() && MAYORS.contains(toks.get(k).lower())
          && (!lex.givenNames.contains(toks.get(i).text()) || cityOwner)
          && !lex.honorifics.containsKey(toks.get(i).text())
          && !ORG_HEADS.containsKey(toks.get(j - 1).text())) {
        Mention men = add(out, used, Mention.Kind.ORG, s, i, j);
        men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
      }
      i = Math.max(i, j - 1);
    }
    // 3. "the party", "the government"
    for (int i = 1; i < toks.size(); i++) {
      OrgType t = ANAPHORS.get(toks.get(i).lower());
      if (t == OrgType.GOVERNMENT && partyGovernment(s, out, used, i, government)) {
        continue;
      }
      Optional<Lexicon.OrgEntry> national = country.flatMap(lex::government);
      // (not "the National government": New Zealand's National Party's)
      if (t == OrgType.GOVERNMENT && i >= 2 && NATIONAL_LEVELS.contains(toks.get(i - 1).text())
          && toks.get(i - 2).lower().equals("the") && !used[i - 1] && !used[i - 2] && !used[i]
          && national.isPresent()) {
        // "resigned from the federal government": the country's, not a region's named before
        Mention men = add(out, used, Mention.Kind.ORG, s, i - 2, i + 1);
        men.organization = Optional.of(gazetteer(national.get(), men.text));
        continue;
      }
      // "the ruling group", "the governing party": the one in power, named before
      int the = i >= 2 && RULING.contains(toks.get(i - 1).lower()) && !used[i - 1] ? i - 2
          : t == null ? i - 1 : describedStart(toks, used, i, t);
      // "quit that party last Thursday" (not "said that party members ...")
      boolean that = t == OrgType.POLITICAL_PARTY && toks.get(the).lower().equals("that")
          && the > 0 && toks.get(the - 1).isVerb()
          && !(i + 1 < toks.size() && toks.get(i + 1).pos().startsWith("NN"));
      // not "the caucus vote", "the caucus chair": a word about the caucus
      boolean modifier = toks.get(i).lower().equals("caucus") && i + 1 < toks.size()
          && toks.get(i + 1).pos().startsWith("NN")
          && !DateFinder.isTimeWord(toks.get(i + 1).text());
      if (t != null && !used[i] && !modifier && (toks.get(the).lower().equals("the") || that)
          && !(i + 1 < toks.size() && (toks.get(i + 1).lower().equals("of")
              || toks.get(i + 1).isCapitalized()
                  && !DateFinder.isTimeWord(toks.get(i + 1).text())))) {
        // (not "the charity Saltmarsh Futures"; but "left the caucus Wednesday afternoon")
        Mention men = add(out, used, Mention.Kind.ORG, s, the, i + 1);
        men.anaphorType = Optional.of(t);
        if (t == OrgType.GOVERNMENT) {
          men.fallback = government.map(e -> gazetteer(e, null));
        }
      }
    }
    // 3b. "the agency", "the Senate", "the chamber": definite descriptions of an organisation
    for (int i = 0; i < toks.size(); i++) {
      Token t = toks.get(i);
      if (ownersGoverningBody(toks, used, i)) {
        // "resigned from the university council", "the trust board": the body the head word
        // before it stands for
        Mention men = add(out, used, Mention.Kind.ORG, s, i - 2, i + 1);
        men.anaphorHead = Tokens.capitalize(toks.get(i - 1).text());
        men.anaphorType = Optional.of(OrgType.ORGANIZATION);
        continue;
      }
      // "stepped down from the board of directors last week": the board, its members named
      boolean boardOf = t.text().equals("board") && i + 2 < toks.size()
          && toks.get(i + 1).lower().equals("of") && BOARD_MEMBERS.contains(toks.get(i + 2).lower())
          && !used[i + 2] && !(i + 3 < toks.size() && (toks.get(i + 3).lower().equals("of")
              || toks.get(i + 3).lower().equals("at") || toks.get(i + 3).isCapitalized()));
      if (used[i] || !boardOf && i + 1 < toks.size() && (toks.get(i + 1).lower().equals("of")
          || toks.get(i + 1).pos().startsWith("NN")
              && !DateFinder.isTimeWord(toks.get(i + 1).text())
              && !toks.get(i + 1).lower().startsWith("seat"))) { // "his Senate seat": the Senate
        continue; // "the House of X", "the House environment committee": a longer name
      }
      boolean the = i > 0 && (toks.get(i - 1).lower().equals("the")
          || toks.get(i - 1).lower().equals("its") && t.text().equals("board")) && !used[i - 1];
      // ("resigned from its board": the board "the board" would be)
      boolean based = i > 1 && toks.get(i - 2).lower().equals("the") && !used[i - 2]
          && !used[i - 1] && toks.get(i - 1).lower().endsWith("-based"); // "the Munich-based bank"
      // "resigned from the supervisory board": the board of the company of the story
      boolean kindOfBoard = i > 1 && t.text().equals("board") && !used[i - 1] && !used[i - 2]
          && BOARD_KINDS.contains(toks.get(i - 1).lower())
          && toks.get(i - 2).lower().equals("the");
      based |= kindOfBoard;
      boolean head = (the || based) && (HEAD_ANAPHORS.contains(t.text()) // or "the Commission"
          || CAPITALISED_HEADS.contains(t.text()) && (!t.text().equals("Executive")
              || government.filter(e -> e.name().endsWith("Executive")).isPresent()));
      if (!head && !CHAMBER_WORDS.contains(t.text()) || insideRole(toks, i)) {
        continue; // not a description; or "the Speaker of the House", the role's own words
      }
      if (head) {
        Mention men = add(out, used, Mention.Kind.ORG, s, based ? i - 2 : i - 1,
            boardOf ? i + 3 : i + 1);
        boolean chamber = t.lower().equals("chamber");
        men.anaphorHead = chamber ? "*" : Tokens.capitalize(t.text());
        men.anaphorType = Optional.of(chamber || t.lower().equals("senate")
            || t.lower().equals("parliament") ? OrgType.PARLIAMENT : OrgType.ORGANIZATION);
        if (t.text().equals("ministry") || t.text().equals("executive")) {
          // "resigned from the ministry" with no ministry named: the government's ministers
          men.fallback = government.map(e -> gazetteer(e, null));
        } else if (t.text().equals("Executive")) {
          // "resigned from the Executive": a government of that name (Stormont's), the only one
          // the capitalised word stands for
          men.fallback = government.map(e -> gazetteer(e, null));
        }
      } else { // a chamber word
        Token prev = i > 0 ? toks.get(i - 1) : null;
        // (the chamber words that also name a US state's chamber after the state)
        int state = CHAMBER_PREFIXES.contains(t.text()) ? usStateBefore(toks, used, i) : -1;
        if (state >= 0) {
          // "his Arizona House seat", "the Ohio Senate": the state's chamber, as written
          Mention men = add(out, used, Mention.Kind.ORG, s, state, i + 1);
          men.organization = asWritten(men, OrgType.PARLIAMENT, Optional.of("US"));
          continue;
        }
        if (prev != null && prev.isCapitalized() && !prev.text().contains("-")
            && !prev.lower().equals("the")) {
          continue; // "White House"
        }
        Mention men = add(out, used, Mention.Kind.ORG, s, the ? i - 1 : i, i + 1);
        men.anaphorHead = t.text();
        men.anaphorType = Optional.of(OrgType.PARLIAMENT);
        // with no chamber of that name in the article, the chamber as the article names it: a
        // bare "Senate" may be a state's as well as the nation's
        men.fallback = Optional.of(new Organization("org/" + country.map(c -> c.toLowerCase(
            Locale.ROOT) + "-").orElse("") + Tokens.slug(t.text()), t.text(), OrgType.PARLIAMENT,
            country, Set.of()));
      }
    }
    namedBoards(s, out, used);
    regionalGovernments(s, out, used);
    leadersGovernments(s, out, used, government);
    clubsByPrefix(s, out, used);
    executiveBodies(s, out, used);
    partyUnits(s, out, used);
    possessiveNames(s, out, used);
    // 3c. an office-holder's staff named by the title, left or joined: "resigned from the
    // speaker's office", "quit the county executive's office"
    for (int i = 0; i + 3 < toks.size(); i++) {
      boolean left = i > 0 && OFFICE_LEAVING.contains(toks.get(i - 1).lower())
          || i > 1 && toks.get(i - 1).lower().equals("from")
              && LEAVING_FROM.contains(toks.get(i - 2).lower())
          || i > 1 && toks.get(i - 1).lower().equals("to") && sentTo(toks, i - 1)
          // "the chief deputy in the Arizona attorney general's office", "an aide at the ..."
          || i > 1 && (toks.get(i - 1).lower().equals("in") || toks.get(i - 1).lower()
              .equals("at")) && staffBefore(toks, i - 1);
      if (!toks.get(i).lower().equals("the") || !left) {
        continue; // not "a statement from the premier's office"
      }
      int from = i + 1; // past a place or a level: "the Ohio/state attorney general's office"
      while (lex.roles.longestAt(toks, from).isEmpty() && from < i + 3 && from < toks.size()
          && !used[from] && (lex.places.contains(toks.get(from).text())
              || OFFICE_LEVELS.contains(toks.get(from).text()))) {
        from++;
      }
      int opens = from;
      Optional<PhraseIndex.Match<Lexicon.RoleEntry>> title = lex.roles.longestAt(toks, opens);
      if (title.isEmpty() || title.get().end() + 2 >= toks.size()
          || title.get().value().kind() == Lexicon.RoleKind.PARTY // "the whip's office": a post
          || VACANT.contains(toks.get(title.get().end() + 2).lower())) {
        continue; // "leaves the lieutenant governor's office empty": the post
      }
      int end = title.get().end();
      if (toks.get(end).text().equals("'s") && toks.get(end + 1).lower().equals("office")
          && java.util.stream.IntStream.range(i + 1, end + 2)
              .noneMatch(k -> used[k] || k >= opens && toks.get(k).isCapitalized())) {
        Mention men = add(out, used, Mention.Kind.ORG, s, i + 1, end + 2);
        men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
        i = end + 1;
      }
    }
    // 4. roles
    for (int i = 0; i < toks.size(); i++) {
      if (used[i]) {
        continue;
      }
      Optional<PhraseIndex.Match<Lexicon.RoleEntry>> m = lex.roles.longestAt(toks, i);
      boolean plural = false;
      if (m.isEmpty() || !m.get().value().label().contains(" ")) {
        Optional<PhraseIndex.Match<Lexicon.RoleEntry>> p = pluralRole(toks, i);
        plural = p.isPresent();
        m = p.isPresent() ? p : m;
      }
      if (m.isPresent() && m.get().end() - m.get().start() > 1 && m.get().end() < toks.size()
          && toks.get(m.get().end()).text().equals("'s")
          && toks.get(m.get().end() - 1).isCapitalized()) {
        // "a member of Parliament's Public Accounts Committee": a member of the committee
        m = lex.roles.longestAt(toks.subList(0, i + 1), i);
      }
      if (m.isPresent() && memberOfChamber(out, used, toks, m.get())) {
        // "the Member of the Senedd for X": the title holds the chamber's name
        int from = m.get().start();
        int to = m.get().end();
        out.removeIf(x -> x.kind == Mention.Kind.ORG && x.start >= from && x.end <= to);
        java.util.Arrays.fill(used, from, to, false);
      }
      if (m.isEmpty() || anyUsed(used, m.get().start(), m.get().end())
          || (m.get().end() - m.get().start() == 1 && toks.get(i).isProperNoun()
              && lex.givenNames.contains(toks.get(i).text()))
          // "Tony Reeve": a surname after a given name, not a title
          || m.get().end() - m.get().start() == 1 && i > 0
              && toks.get(i).text().matches("\\p{Lu}\\p{Ll}+")
              && lex.givenNames.contains(toks.get(i - 1).text())
              && !(i + 1 < toks.size() && toks.get(i + 1).isCapitalized())
          || m.get().end() - m.get().start() == 1 && m.get().value().label().equals("MS")
              && !toks.get(i).text().equals("MS") && !toks.get(i).text().equals("MSs")
          // "Nia Pugh AM", "a Conservative AM", an Assembly member; not "I AM", "at 10 AM"
          || m.get().end() - m.get().start() == 1 && m.get().value().label().equals("AM")
              && (!toks.get(i).text().matches("AMs?")
              || i == 0 || toks.get(i - 1).pos().equals("PRP")
              || !toks.get(i - 1).isCapitalized())) {
        continue; // "Ms Jones" is not a member of the Senedd
      }
      String prefix = "";
      if (m.get().value().label().equals("chief deputy")) {
        // "Chief Deputy Attorney General X", "Chief Deputy Budget Director X": one title, the
        // chief deputy's of that post
        int at = m.get().end();
        List<String> words = new ArrayList<>(List.of("chief", "deputy"));
        for (int j = at; j < toks.size() && j <= at + 2 && !used[j]; j++) {
          Optional<PhraseIndex.Match<Lexicon.RoleEntry>> after = lex.roles.longestAt(toks, j)
              .filter(n -> !anyUsed(used, n.start(), n.end()));
          if (after.isPresent()) {
            m = Optional.of(new PhraseIndex.Match<>(i, after.get().end(), after.get().value()));
            prefix = String.join(" ", words) + " ";
            break;
          }
          if (!toks.get(j).isCapitalized() || !toks.get(j).pos().startsWith("NN")) {
            break;
          }
          words.add(toks.get(j).lower());
        }
      }
      int end = m.get().end();
      String label = prefix + m.get().value().label();
      if (label.equals("deputy") && !legislatorDeputy(out, toks, i, end)) {
        continue; // "her deputy, X": someone's second, not a member of a chamber
      }
      if (label.equals("chief") && (i == 0 || !ROLE_MODIFIERS.contains(toks.get(i - 1).lower()))) {
        continue; // "interim chief", "deputy chief"; not "finance chief", "chief content officer"
      }
      String last = toks.get(end - 1).lower();
      if (last.equals("for")) {
        // "the member for Kingsvale": the seat belongs to the title; "a member for years" is none
        int k = end;
        while (k < toks.size() && k < end + 4 && !used[k] && toks.get(k).isCapitalized()
            && toks.get(k).isProperNoun()) {
          k++;
        }
        if (k == end) {
          continue;
        }
        end = k;
      }
      if ((label.equals("secretary of state") || label.equals("minister")
          || label.equals("minister of state")
          || last.equals("secretary") || last.equals("minister")
          || (last.equals("member") || last.equals("holder") || last.equals("portfolio-holder"))
              && label.endsWith(" minister")) // "cabinet member for X", "portfolio holder for X"
          && end < toks.size() && (toks.get(end).lower().equals("for")
              || toks.get(end).lower().equals("of"))
          // "Kahu's head of news"
          || (label.equals("head") || label.equals("director")) && end + 1 < toks.size()
              && toks.get(end).lower().equals("of") && !toks.get(end + 1).isCapitalized()
              // not "a director of the contractor X": a business, not a portfolio
              && !(end + 2 < toks.size() && toks.get(end + 1).lower().equals("the")
                  && (KIND_NOUNS.contains(toks.get(end + 2).lower())
                      // "the head of the Orbital Link consortium": a body's name
                      || kindNamedAt(toks, end + 2)))) {
        // "the director of finance", "the director of operations"
        int k = end + 1;
        if (k + 1 < toks.size() && toks.get(k).lower().equals("the") && !used[k + 1]
            && toks.get(k + 1).pos().startsWith("NN")) {
          k++; // "Minister for the Environment"
        }
        int first = k;
        // "minister of rural affairs and Sophie Gendron": a portfolio in lower case ends at a name
        boolean lower = k < toks.size() && !toks.get(k).isCapitalized();
        while (k < toks.size() && k < end + 14 && !(lower && toks.get(k).isCapitalized())
            // "Minister for Rural Development Darragh Byrne": the portfolio ends at a name
            && !(k > end + 1 && lex.givenNames.contains(toks.get(k).text())
                && k + 1 < toks.size() && toks.get(k + 1).isCapitalized())
            // "Minister of Customs and Minister for Small Business": a second title after "and"
            && !(k > first && toks.get(k - 1).lower().equals("and")
                && lex.roles.longestAt(toks, k).isPresent())
            // "Minister for Early/RB Learning/VBG": capitalised words of a portfolio's name
            && (toks.get(k).pos().startsWith("NN")
            || !lower && toks.get(k).isCapitalized() && k + 1 < toks.size()
                && toks.get(k + 1).isCapitalized() && !DateFinder.isTimeWord(toks.get(k).text())
            || toks.get(k).lower().equals("and")
            // "Minister for Agriculture, Food and the Marine": the last of a list
            || toks.get(k).lower().equals("the") && toks.get(k - 1).lower().equals("and")
                && !lower && k + 1 < toks.size() && toks.get(k + 1).isCapitalized()
                && toks.subList(end, k).stream().anyMatch(w -> w.text().equals(","))
            // "minister of sport, culture and heritage": a list of portfolios
            || toks.get(k).text().equals(",") && k > end + 1 && k + 1 < toks.size()
                && !toks.get(end - 1).lower().endsWith("s") // "ministers of health, finance
                // and Crown investments respectively": one each
                && !used[k + 1] && portfolioListAfter(toks, k + 1)
            // "for digital affairs", "of rural economic development"
            || toks.get(k).pos().equals("JJ") && k + 1 < toks.size()
                && (toks.get(k + 1).pos().startsWith("NN") || toks.get(k + 1).pos().equals("JJ"))
                && !TIME_ADJECTIVES.contains(toks.get(k).lower()))
            && !DateFinder.isTimeWord(toks.get(k).lower()) && !used[k]) {
          k++;
        }
        if (lower && k < toks.size() && k > end + 1 && !used[k]
            && toks.get(k - 1).pos().equals("JJ") && lex.places.contains(toks.get(k).text())) {
          k++; // "shadow assistant minister for northern Australia": the place ends it
        }
        boolean cut = toks.get(k - 1).lower().equals("and");
        if (cut || toks.get(k - 1).text().equals(",")) {
          k--;
        }
        for (int c = end; cut && c < k; c++) {
          if (toks.get(c).text().equals(",")) {
            k = c; // "minister of fisheries, oceans and the Canadian Coast Guard": a list whose
            // end is not read keeps only its first portfolio
          }
        }
        if (toks.subList(end, k).stream().anyMatch(t -> t.lower().equals("reasons"))) {
          k = end; // "stepped down as health minister for family reasons": why, not a portfolio
        }
        if (k > first && CREEDS.contains(toks.get(k - 1).lower()) && k < toks.size()
            && toks.get(k).isCapitalized()) {
          k = end; // "secretary of the centre-left Democratic Party": the party's creed
        }
        Mention next = k < toks.size() && used[k] ? covering(out, k) : null;
        if (next != null && next.kind == Mention.Kind.ORG && next.start == k && k > first
            && toks.subList(first, k).stream().allMatch(Token::isCapitalized)) {
          // "deputy general secretary of the Scottish Trades Union Congress": capitalised words
          // right before an organisation's name are part of that name, not a portfolio
          k = end;
        }
        if (k > end + 1) {
          List<String> words = new ArrayList<>();
          for (int w = i; w < k; w++) {
            words.add(toks.get(w).lower());
          }
          label = Tokens.join(words);
          end = k;
        }
      }
      if (label.equals("spokesperson") && end + 1 < toks.size()
          && toks.get(end).lower().equals("for") && !used[end + 1]
          && !toks.get(end + 1).isCapitalized() && toks.get(end + 1).pos().startsWith("NN")) {
        // "the opposition's spokesman for finance": the finance spokesperson
        int k = end + 1;
        while (k < toks.size() && k < end + 5 && !used[k] && !toks.get(k).isCapitalized()
            && (toks.get(k).pos().startsWith("NN") || toks.get(k).pos().equals("JJ")
                || toks.get(k).lower().equals("and") && k + 1 < toks.size()
                    && toks.get(k + 1).pos().startsWith("NN"))
            && !DateFinder.isTimeWord(toks.get(k).lower())) {
          k++;
        }
        List<String> words = new ArrayList<>();
        toks.subList(end + 1, k).forEach(t -> words.add(t.lower()));
        words.add("spokesperson");
        label = Tokens.join(words);
        end = k;
      }
      // "acting president", "interim chief executive", "agriculture minister"
      int start = i;
      if (start > 0 && !used[start - 1] && ROLE_MODIFIERS.contains(toks.get(start - 1).lower())) {
        start--;
        if (start > 0 && !used[start - 1]
            && ROLE_MODIFIERS.contains(toks.get(start - 1).lower())) {
          start--; // "the shadow assistant treasurer"
        }
      } else if (PORTFOLIO_HEADS.contains(label)
          && !(LOWER_CASE_PORTFOLIOS.contains(label) && toks.get(i).isCapitalized())) {
        // "agriculture minister", "Internal Affairs Minister": the portfolio belongs to the
        // title
        boolean capital = toks.get(i).isCapitalized();
        int k = i;
        boolean listed = false; // a list of portfolios with "and": "industry and energy"
        while (k > 0 && k > i - 5 && !used[k - 1] && (capital
            ? toks.get(k - 1).isCapitalized() && (toks.get(k - 1).pos().startsWith("NN")
                    || k < i && capitalAdjective(toks.get(k - 1))) // "Net Zero Secretary"
                // "Wake County Commissioner": a county's, named by its place
                && !(k < i && LOCAL_AUTHORITIES.contains(toks.get(k).text()))
                && !lex.givenNames.contains(toks.get(k - 1).text())
                && !lex.places.contains(toks.get(k - 1).text())
                && !DateFinder.isTimeWord(toks.get(k - 1).text()) // "In January Agriculture"
                // "Federal Resources Minister": the level of government, no portfolio word
                && !(k < i && LEVELS.contains(toks.get(k - 1).text()))
                // "British Columbia Forests Minister": a place of two words
                && !(k >= 2 && lex.places.contains(toks.get(k - 2).text() + " "
                    + toks.get(k - 1).text()))
            : (toks.get(k - 1).pos().startsWith("NN")
                    // "promoted to transport minister", the noun tagged a verb after "to"
                    || toks.get(k - 1).pos().equals("VB") && k == i && k >= 2
                        && toks.get(k - 2).lower().equals("to"))
                && (!toks.get(k - 1).isProperNoun() || afterShadow(toks, k - 1)
                    || sentenceStartWord(toks, k - 1)) // "Foreign trade minister X says"
                && !DateFinder.isTimeWord(toks.get(k - 1).text()) // not "yesterday chief"
                // "Rovers manager X": a team's, named by its head word
                && !TEAM_HEADS.contains(toks.get(k - 1).text())
                && !toks.get(k - 1).lower().equals("beat"))) { // "X beat finance spokesperson Y"
          k--;
          if (k > 1 && k < i && (toks.get(k - 1).text().equals("'")
              || toks.get(k - 1).text().equals("'s")) && !used[k - 2]
              && toks.get(k - 2).pos().equals("NNS") && !capital
              && !toks.get(k - 2).isCapitalized()) { // not "The Libs' state director"
            k -= 2; // "veterans' affairs minister", "the women's affairs minister"
          }
          // "Forestry and Parks Minister", "work and pensions spokesman": one portfolio
          if (k < i && portfolioBeforeAnd(toks, used, k, capital)
              && !(capital && k > 2 && toks.get(k - 3).isCapitalized() && !used[k - 3]
                  && !lex.places.contains(toks.get(k - 3).text())
                  // "Rural Development and Panchayats Minister": a portfolio of two words
                  && !lex.portfolioWords.contains(toks.get(k - 2).text()))) {
            // not "Junji Suzuki and Agriculture Minister X"
            k -= 2;
            listed = true;
          }
        }
        if (listed) {
          k = listStart(toks, used, k, capital); // "trade, industry and energy minister"
        }
        if (capital && k < i && k > 1 && !used[k - 2] && toks.get(k - 1).text().equals("of")
            && toks.get(k - 2).isCapitalized() && toks.get(k - 2).pos().startsWith("NN")
            && !lex.places.contains(toks.get(k - 2).text())
            && !DateFinder.isTimeWord(toks.get(k - 2).text())) { // "last Thursday of X Minister"
          k -= 2; // "Conflict of Interest Commissioner": one portfolio
        }
        if (!capital && k > 0 && !used[k - 1] && (toks.get(k - 1).pos().equals("JJ")
                || k == i && toks.get(k - 1).pos().equals("VBG")) // "sporting director"
            && (!toks.get(k - 1).isCapitalized() || sentenceStartWord(toks, k - 1))
            && !TIME_ADJECTIVES.contains(toks.get(k - 1).lower())
            && !participleAfterBe(toks, k - 1) // not "was appointed/JJ water minister"
            && (k < i || describes(toks, k - 1))) {
          k--; // "public safety minister", "medical director"; not "former safety minister"
        }
        if (k < i && k > 0 && !used[k - 1] && ROLE_MODIFIERS.contains(toks.get(k - 1).lower())) {
          k--; // "the shadow farming minister", "acting health minister": the modifier too
        }
        start = k;
      } else if (m.get().end() - i == 2 && PORTFOLIO_HEADS.contains(toks.get(i + 1).lower())
          && portfolioBeforeAnd(toks, used, i, toks.get(i).isCapitalized()) && !used[i - 1]) {
        // "Labor and Welfare Minister X": the portfolio before "and" too; "Climate Change and
        // Energy Minister X": a portfolio of two words; not "Junji Suzuki and Agriculture
        // Minister X"
        boolean capitalBefore = i > 2 && toks.get(i - 3).isCapitalized() && !used[i - 3]
            && !lex.places.contains(toks.get(i - 3).text()); // "Czech Industry and Trade"
        boolean twoWords = capitalBefore && lex.portfolioWords.contains(toks.get(i - 2).text())
            && portfolioNoun(toks.get(i - 3));
        if (twoWords) {
          start = i - 3;
        } else if (!capitalBefore || sentenceStartWord(toks, i - 3)) {
          start = i - 2;
        }
        if (start < i) {
          // "Trade, Industry and Energy Minister X": the list's first portfolios too
          start = listStart(toks, used, start, toks.get(i).isCapitalized());
        }
      } else if (label.contains(" ") && i > 0 && !used[i - 1]
          && PORTFOLIO_HEADS.contains(label.substring(label.lastIndexOf(' ') + 1))
          && toks.get(i - 1).pos().equals("JJ") && !toks.get(i - 1).isCapitalized()
          && !toks.get(i).isCapitalized() && toks.get(i - 1).lower().matches("\\p{L}+")
          && !TIME_ADJECTIVES.contains(toks.get(i - 1).lower())
          && !JUDGING_ADJECTIVES.contains(toks.get(i - 1).lower())
          && !EXECUTIVE_SCOPES.contains(toks.get(i - 1).lower())
          && !participleAfterBe(toks, i - 1) && describes(toks, i - 1)) {
        // "public health minister", "mental health minister": a portfolio too; not "the
        // 44-year-old finance minister", "federal Energy Minister", "a provincial cabinet minister"
        start = i - 1;
      }
      Optional<Lexicon.RoleEntry> seat = Optional.empty();
      if (label.equals("member")) {
        seat = chamberSeat(out, toks, end);
        seat = seat.isPresent() ? seat : councilBefore(out, toks, start, end);
      }
      if (seat.isPresent()) {
        // "a member of the Folketing": an MP, titled as written
        label = seat.get().label().equals("MP") ? seatTitle(out, toks, end) : seat.get().label();
      } else if (label.equals("member") && !committeeAfter(toks, end)) {
        continue; // "a member of the party"; "a member of the finance committee" is a post
      }
      if (label.equals("head") && !(end < toks.size() && toks.get(end).lower().equals("of"))) {
        continue; // "the head of the agency" is a post; "to head the inquiry" is not
      }
      if (start == i && label.equals("secretary") && !toks.get(i).isCapitalized()
          && !(end < toks.size() && (toks.get(end).lower().equals("for")
              || toks.get(end).lower().equals("of")))
          && !(i > 0 && used[i - 1] && toks.get(i - 1).isCapitalized()
              && Optional.ofNullable(covering(out, i - 1))
                  .filter(b -> b.kind == Mention.Kind.ORG).isPresent())) {
        continue; // "his secretary"; "Interior Secretary", "Secretary Ruiz", "ACTU secretary X"
      }
      if (start == i && label.equals("critic") && !(end < toks.size()
          && toks.get(end).lower().equals("for")) && !(i > 0 && toks.get(i - 1).isCapitalized())) {
        continue; // "a frequent critic"; "agriculture critic" is a post
      }
      if (start < i) {
        List<String> words = new ArrayList<>();
        for (int w = start; w < i; w++) {
          words.add(toks.get(w).lower());
        }
        words.add(label);
        label = Tokens.join(words);
      } else if (i > 1 && used[i - 1]) {
        // "the deputy Liberal leader": the modifier before the party is the title's
        Mention party = covering(out, i - 1);
        if (party != null && party.kind == Mention.Kind.ORG && party.end == i && party.start > 0
            && party.organization.filter(o -> o.type() == OrgType.POLITICAL_PARTY).isPresent()
            && ROLE_MODIFIERS.contains(toks.get(party.start - 1).lower())) {
          label = toks.get(party.start - 1).lower() + " " + label;
        }
      }
      if (plural) { // "ministers of state": each holds a "minister of state"
        String many = toks.get(m.get().end() - 1).lower();
        label = label.replaceFirst("\\b" + java.util.regex.Pattern.quote(many) + "\\b",
            many.substring(0, many.length() - 1));
      }
      Mention men = add(out, used, Mention.Kind.ROLE, s, start, end);
      men.plural = plural; // "the party's co-leaders, X and Y"
      men.role = seat.orElse(m.get().value());
      men.roleLabel = label.equals(label.toUpperCase(Locale.ROOT)) ? label : label;
      Optional<Lexicon.RoleEntry> member = label.equals("MP") && toks.get(start).lower()
          .equals("member") ? memberTitle(government) : Optional.empty();
      if (member.isPresent()) {
        men.role = member.get(); // "the member for Bow Ridge" in an Alberta story: an MLA
        men.roleLabel = member.get().label();
      }
      if (label.equals("MP") && toks.get(start).lower().equals("member")
          && (WARDS.contains(toks.get(end - 1).lower())
              || end < toks.size() && WARDS.contains(toks.get(end).lower())
              || councillorBefore(toks, start))) {
        // "the Conservative member for Priory ward": a councillor
        Optional<Lexicon.RoleEntry> councillor = lex.role("councillor");
        if (councillor.isPresent()) {
          men.role = councillor.get();
          men.roleLabel = councillor.get().label();
        }
      }
      men.formerRole = formerBefore(toks, start);
      i = end - 1;
    }
    // 4b. the organisation of a role: "chief executive of Northgate Water"
    for (Mention role : new ArrayList<>(out)) {
      if (role.kind != Mention.Kind.ROLE || role.end + 1 >= toks.size()) {
        continue;
      }
      String prep = toks.get(role.end).lower();
      int start = role.end + 1;
      if (!(prep.equals("of") || prep.equals("at"))
          || used[start] && !toks.get(start).lower().equals("the")) {
        continue;
      }
      int end = start;
      int particles = 0; // "editor-in-chief of L'Écho de la Garonne"
      while (end < toks.size() && end < start + 4 + particles && !used[end]
          && (toks.get(end).isProperNoun() && toks.get(end).isCapitalized()
              && (!lex.notNames.contains(toks.get(end).text())
                  || end > start && VENUES.contains(toks.get(end).text())) // "Harlow Stadium"
              || end > start && particleAt(toks, end) && ++particles > 0
              || end > start && toks.get(end).text().equals("&") && end + 1 < toks.size()
                  && !used[end + 1] && toks.get(end + 1).isCapitalized())) { // "Hallam & Rowe"
        end++;
      }
      String first = toks.get(start).text();
      if (end > start && !lex.places.contains(first) && !lex.givenNames.contains(first)
          && !lex.honorifics.containsKey(first)) {
        Mention men = add(out, used, Mention.Kind.ORG, s, start, end);
        men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
        continue;
      }
      int from = toks.get(start).lower().equals("the") ? start + 1 : start;
      int kindEnd = namedKindEnd(toks, used, from);
      if (kindEnd > 0) {
        // "director of the Noorderhaven housing corporation": a name and its kind's nouns
        Mention men = add(out, used, Mention.Kind.ORG, s, from, kindEnd);
        men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
        continue;
      }
      // "chair of the Assembly's economy committee": a body named by common nouns
      int k = start;
      if (k < toks.size() && toks.get(k).lower().equals("the")) {
        k++;
      }
      while (k < toks.size() && k < start + 6 && used[k]) {
        k++; // an organisation owning it: "the Assembly's"
      }
      if (k < toks.size() && toks.get(k).text().equals("'s")) {
        k++;
      }
      int nounEnd = k;
      while (nounEnd < toks.size() && nounEnd < k + 3 && !used[nounEnd]
          && toks.get(nounEnd).pos().startsWith("NN") && !toks.get(nounEnd).isCapitalized()) {
        nounEnd++;
      }
      boolean named = nounEnd < toks.size() && used[nounEnd]
          && KIND_NOUNS.contains(toks.get(nounEnd - 1).lower());
      // not "leisure" of "the council's leisure and development committee": a list of subjects
      // the committee rule reads whole
      boolean listed = nounEnd + 1 < toks.size() && toks.get(nounEnd).lower().equals("and")
          && lowerCommitteeAhead(toks, nounEnd + 1);
      String noun = nounEnd > k ? Tokens.capitalize(toks.get(nounEnd - 1).text()) : "";
      if (nounEnd > k && !named && !listed && ORG_HEADS.containsKey(noun)
          && !NAME_ONLY_HEADS.contains(noun) && !TRADES.contains(noun)) { // "head of trading",
        // "vice-president of engineering": no body; "the Finance Committee's subcommittee on
        // taxes and trade": the committee its subject names
        int bodyEnd = LOWER_COMMITTEES.contains(toks.get(nounEnd - 1).lower())
            ? subjectAfter(toks, used, nounEnd) : nounEnd;
        Mention men = add(out, used, Mention.Kind.ORG, s, k, bodyEnd);
        men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
      }
    }
    // 4c. committees named by their subject: "the Senate judiciary committee", "Holyrood's net
    // zero committee", "the public accounts committee"
    for (int i = 1; i < toks.size(); i++) {
      String w = toks.get(i).text();
      if (used[i] || !LOWER_COMMITTEES.contains(w)) {
        continue;
      }
      int k = i;
      while (k > 0 && k > i - 3 && !used[k - 1] && (toks.get(k - 1).pos().startsWith("NN")
          || toks.get(k - 1).pos().equals("VBG") // "the planning committee"
          || COMMITTEE_KINDS.contains(toks.get(k - 1).text()) // "the transport select committee"
          || k < i && toks.get(k - 1).pos().equals("JJ") // "the economic affairs committee"
              && toks.get(k).pos().startsWith("NN")
              && !JUDGING_ADJECTIVES.contains(toks.get(k - 1).text())
          || k == i && possessiveAdjective(toks, k - 1)) // "the party's disciplinary committee"
          && !toks.get(k - 1).isCapitalized()) {
        k--;
        if (k > 1 && k < i && toks.get(k - 1).lower().equals("and") && !used[k - 2]
            && toks.get(k - 2).pos().startsWith("NN") && !toks.get(k - 2).isCapitalized()) {
          k -= 2; // "the industry and regulators committee"
        }
      }
      // "Holyrood's health, social care and sport committee": the subjects listed before "and"
      boolean listed = false;
      for (int a = k; a < i; a++) {
        listed |= toks.get(a).lower().equals("and");
      }
      if (listed && k > 1 && subjectWord(toks, used, k - 1)
          && toks.get(k - 2).text().equals(",")) {
        k--; // "social" of "social care"
      }
      while (listed && k > 2 && toks.get(k - 1).text().equals(",")
          && subjectWord(toks, used, k - 2)) {
        int j = k - 2;
        if (j > 0 && subjectWord(toks, used, j - 1)) {
          j--; // "social care"
        }
        k = j;
      }
      // "the energy security and net zero committee", "the social services and community
      // committee": the words of the first subject before "and"
      for (int n = 0; listed && n < 2 && k > 1 && subjectWord(toks, used, k - 1)
          && !TIME_ADJECTIVES.contains(toks.get(k - 1).lower())
          && !JUDGING_ADJECTIVES.contains(toks.get(k - 1).text()); n++) {
        k--;
      }
      int head = i;
      int opening = k;
      // "the Oireachtas committee on children": a chamber's committee named by its subject
      boolean subject = subjectAfter(toks, used, i + 1) > i + 1;
      Mention named = out.stream().filter(m -> m.kind == Mention.Kind.ORG
          && m.end == opening && m.organization.map(o -> o.type() == OrgType.GOVERNMENT
              || o.type() == OrgType.ORGANIZATION
              || (opening < head || subject) && o.type() == OrgType.PARLIAMENT).orElse(false))
          .findFirst().orElse(null);
      if (named != null) {
        // "the Treasury committee", "the Commons Home Office committee": the committee that
        // scrutinises the department, not the department
        out.remove(named);
        Mention men = add(out, used, Mention.Kind.ORG, s, named.start,
            subjectAfter(toks, used, i + 1));
        men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
        continue;
      }
      Mention chamber = i > 2 ? covering(out, i - 2) : null;
      if (k == i && i > 2 && !used[i - 1] && toks.get(i - 1).isCapitalized()
          && COMMITTEE_CHAMBERS.contains(toks.get(i - 2).text()) && isDeterminer(toks.get(i - 3))
          && (chamber == null || chamber.kind == Mention.Kind.ORG
              && chamber.end - chamber.start == 1)) {
        // "the Commons Treasury committee": a chamber's committee named by a department's name
        // (not HM Treasury), named after the chamber as "the Commons Home Office committee" is
        Mention men = add(out, used, Mention.Kind.ORG, s, i - 1, subjectAfter(toks, used, i + 1));
        men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
        continue;
      }
      int ownedEnd = subjectAfter(toks, used, i + 1);
      if (k == i && ownedEnd > i + 1 && i > 1 && used[i - 2]
          && (toks.get(i - 1).text().equals("'s") || toks.get(i - 1).text().equals("'"))) {
        // "the Parliament's subcommittee on public health": the committee its subject names
        Mention men = add(out, used, Mention.Kind.ORG, s, i, ownedEnd);
        men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
        continue;
      }
      if (k == i) {
        int c = listedSubjectsBefore(toks, used, capitalizedRunBefore(toks, used, i), i);
        if (c > 0 && c < i && (isDeterminer(toks.get(c - 1)) || c > 1
            && (toks.get(c - 1).text().equals("'s") || toks.get(c - 1).text().equals("'"))
            && used[c - 2] // "the Assembly's Agriculture, Environment and Rural Affairs committee"
            || c > 1
            && JUDGING_ADJECTIVES.contains(toks.get(c - 1).text())
            && isDeterminer(toks.get(c - 2)))) { // "the powerful Senate committee on finance"
          // "the House Energy and Commerce subcommittee", "the Armed Services subcommittee"
          Mention men = add(out, used, Mention.Kind.ORG, s, c, subjectAfter(toks, used, i + 1));
          men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
        }
        continue; // "the committee", "a parliamentary committee": a description
      }
      if (k > 1 && k < i && !used[k - 1] && toks.get(k - 1).pos().startsWith("JJ")
          && !toks.get(k - 1).isCapitalized() && (toks.get(k - 2).text().equals("'s")
              || toks.get(k - 2).text().equals("'"))) {
        k--; // "the Scottish Parliament's rural affairs committee"
      }
      int start = k;
      if (k > 0 && !used[k - 1] && toks.get(k - 1).isCapitalized()
          && toks.get(k - 1).isProperNoun() && !lex.places.contains(toks.get(k - 1).text())) {
        start = k - 1; // "the Senate judiciary committee"; not "Scotland's", "Ohio's"
      }
      boolean determined = start > 0 && (isDeterminer(toks.get(start - 1))
          || toks.get(start - 1).text().equals("'s") || toks.get(start - 1).text().equals("'")
          || used[start - 1] && toks.get(start - 1).isCapitalized() // "the Senate's", "Senate"
          // "the parliamentary finance committee", "the powerful audit committee"
          // ("a new select subcommittee on rural broadband", named by its subject; not "a new
          // board committee")
          || start > 1 && JUDGING_ADJECTIVES.contains(toks.get(start - 1).text())
              && (toks.get(start - 2).lower().equals("the")
                  || isDeterminer(toks.get(start - 2)) && subjectAfter(toks, used, i + 1) > i + 1));
      // (not "days after a board committee began examining": a committee of the board the
      // article does not name)
      boolean indefinite = start > 0 && (toks.get(start - 1).lower().equals("a")
          || toks.get(start - 1).lower().equals("an")) && start + 1 == i
          && toks.get(start).lower().equals("board") && subjectAfter(toks, used, i + 1) == i + 1;
      if (determined && !indefinite) { // "the Commons standing committee on finance"
        Mention men = add(out, used, Mention.Kind.ORG, s, start, subjectAfter(toks, used, i + 1));
        men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
      }
    }
    // 4c'. Westminster's informal groups, named by their subject in lower case: "the all-party
    // parliamentary group on children's services"
    for (int i = 0; i + 4 < toks.size(); i++) {
      if (used[i] || used[i + 1] || used[i + 2] || !toks.get(i).lower().equals("all-party")
          || !toks.get(i + 1).lower().equals("parliamentary")
          || !toks.get(i + 2).lower().equals("group")
          || !(toks.get(i + 3).lower().equals("on") || toks.get(i + 3).lower().equals("for"))) {
        continue;
      }
      int end = i + 4;
      while (end < toks.size() && end < i + 10 && !used[end]
          && (toks.get(end).pos().startsWith("NN") || toks.get(end).pos().equals("JJ")
              || toks.get(end).text().equals("'s") || toks.get(end).lower().equals("and"))) {
        end++;
      }
      if (toks.get(end - 1).lower().equals("and")) {
        end--;
      }
      if (end > i + 4) {
        Mention men = add(out, used, Mention.Kind.ORG, s, i, end);
        men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
      }
    }
    // 4d. a club named after its league: "Super League side Castlebrook Raiders",
    // "Premiership side X"
    for (int side = 1; side + 1 < toks.size(); side++) {
      int k = side + 1;
      if (!TEAM_NOUNS.contains(toks.get(side).text()) || !toks.get(side - 1).isCapitalized()) {
        continue;
      }
      int end = k;
      while (end < toks.size() && end < k + 4 && !used[end] && toks.get(end).isProperNoun()
          && !lex.honorifics.containsKey(toks.get(end).text())) {
        end++;
      }
      if (end > k && !lex.givenNames.contains(toks.get(k).text())
          && !lex.places.contains(span(toks, k, end))) {
        Mention men = add(out, used, Mention.Kind.ORG, s, k, end);
        men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
      }
    }
    // 4d'. a team named before its coach or captain: "Hunter Valley Vipers coach X",
    // "Marchshire captain Y"
    for (Mention role : new ArrayList<>(out)) {
      if (role.kind != Mention.Kind.ROLE || !TEAM_POSTS.contains(role.roleLabel)) {
        continue;
      }
      int k = role.start;
      while (k > 0 && k > role.start - 4 && !used[k - 1] && toks.get(k - 1).isCapitalized()
          && toks.get(k - 1).isProperNoun()
          && !lex.honorifics.containsKey(toks.get(k - 1).text())) {
        k--;
      }
      String name = span(toks, k, role.start);
      boolean personLike = role.start - k <= 2 && lex.givenNames.contains(toks.get(k).text());
      if (k < role.start && !personLike && !lex.places.contains(name)
          && !lex.notNames.contains(name)) {
        Mention men = add(out, used, Mention.Kind.ORG, s, k, role.start);
        men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
      }
    }
    // 4e. the local authority named before its councillor: "the City of Edinburgh councillor"
    // sits on City of Edinburgh Council
    for (Mention role : new ArrayList<>(out)) {
      Mention named = role.kind == Mention.Kind.ROLE && role.role.label().equals("councillor")
          ? covering(out, role.start - 1) : null;
      if (named != null && named.kind == Mention.Kind.ORG && named.end == role.start
          && named.organization.filter(o -> o.type() == OrgType.ORGANIZATION
              && LOCAL_AUTHORITIES.contains(toks.get(named.start).text())).isPresent()) {
        String name = named.text + " Council";
        named.organization = Optional.of(new Organization("org/" + Tokens.slug(name), name,
            OrgType.ORGANIZATION, Optional.empty(), Set.of(named.text)));
      }
    }
    // 5. persons
    for (int i = 0; i < toks.size(); i++) {
      if (used[i]) {
        continue;
      }
      Token t = toks.get(i);
      Lexicon.Honorific hon = lex.honorifics.get(t.text());
      if (hon == null && TITLE_MODIFIERS.contains(t.lower()) && i + 1 < toks.size()
          && lex.givenNames.contains(toks.get(i + 1).text())) {
        continue; // "Assistant Greg Halvorsen": a word of a title, not of the name
      }
      int nameStart = hon != null ? i + 1 : i;
      Lexicon.Honorific pair = hon == null && i + 2 < toks.size()
          ? lex.honorifics.get(t.text() + " " + toks.get(i + 1).text()) : null;
      if (pair != null) {
        hon = pair; // "Vice Gov. Masako Hirose": a title of two words, the first no title alone
        nameStart = i + 2;
      }
      if (hon == null && i + 2 < toks.size() && toks.get(i + 1).text().equals(".")) {
        hon = lex.honorifics.get(t.text() + "."); // "Reps" "." when the tokenizer split it
        nameStart = hon != null ? i + 2 : i;
      }
      Lexicon.Honorific two = hon != null && nameStart + 1 < toks.size()
          ? lex.honorifics.get(hon.form() + " " + toks.get(nameStart).text()) : null;
      if (two != null) {
        hon = two; // "Lt. Gov. Marcus Reyes"
        nameStart++;
      }
      Lexicon.Honorific stacked = hon != null && nameStart + 1 < toks.size()
          && !used[nameStart] && STACKED_HONORIFICS.contains(toks.get(nameStart).text())
          ? lex.honorifics.get(toks.get(nameStart).text()) : null;
      if (stacked != null && isNameToken(toks, nameStart + 1)) {
        // "Professor Dame Hilary Costain", "Cllr Dr Wyn Pryce": honorifics stacked before a
        // name (not "Rep. Earl Tillman", Earl's); a title with a post is kept for the post
        hon = hon.role().isPresent() ? hon : stacked;
        nameStart++;
      }
      int j = nameStart;
      Lexicon.Honorific title = hon;
      if (hon == null && unknownWordBeforeWho(toks, used, i)) {
        j++; // "Mzwandile/JJ Cele, who represents ward 57": the tagger took a name for a word
      }
      while (j < toks.size() && !used[j] && j < nameStart + 4 && (isNameToken(toks, j)
          // "Rep. Earl Tillman": after a title, a title word with a name after it is a name
          || j == nameStart && title != null && lex.honorifics.containsKey(toks.get(j).text())
              && toks.get(j).text().matches("\\p{Lu}\\p{Ll}+") && j + 1 < toks.size()
              && isNameToken(toks, j + 1)
          // "Dr Wen/VBD Zhao-Hargreaves", "Mr Will/MD Henshaw": after a title, a capitalised
          // word the tagger took for a verb, with a surname after it
          || j == nameStart && title != null && verbTakenForGivenName(toks, j)
          // "assistant coach Mere/RB Paewai": after a post's title, a capitalised word the
          // tagger took for another word, with a surname and no other capital after it
          || j == nameStart && hon == null && wordAfterTitleAsGivenName(out, toks, j)
          // "Sen. Will Stroud/JJ (D-Nev.)": after a title and a word, one before a party tag
          || j == nameStart + 1 && title != null && partyTag(toks, j + 1)
              && toks.get(j).text().matches("\\p{Lu}\\p{Ll}+")
          || j > nameStart && lex.givenNames.contains(toks.get(nameStart).text())
              && (toks.get(j).isProperNoun() || partyTag(toks, j + 1)
                  // "Joe Pickering/VBG, R-Centre": a surname the tagger took for a participle
                  || j == nameStart + 1 && toks.get(j).pos().equals("VBG")
                      && toks.get(j).text().matches("\\p{Lu}\\p{Ll}+ing"))
              && toks.get(j).isCapitalized() && !toks.get(j).text().matches("\\p{Lu}{2,}")
              && !lex.honorifics.containsKey(toks.get(j).text())
              && !CIVIC_PLACE_HEADS.contains(toks.get(j).text()) // "Erie County": a place
          // "Ald. Howard Bledsoe/NN (8th)": after a title and a name, a capitalised word the
          // tagger took for a common noun
          || j == nameStart + 1 && title != null && toks.get(j).pos().startsWith("NN")
              && toks.get(j).text().matches("\\p{Lu}\\p{Ll}+")
              && !DateFinder.isTimeWord(toks.get(j).text())
              && !ORG_HEADS.containsKey(toks.get(j).text())
              && !lex.places.contains(toks.get(j).text()))) {
        j++; // "Bob Good (R-Va.)": a surname that is also a word
      }
      if (j == nameStart + 1 && j < toks.size() && !used[j] && hon == null
          && lex.givenNames.contains(toks.get(nameStart).text()) && surnameAsNoun(toks, j)) {
        j++; // "Premier Sven Ahlers/NNS": a surname the tagger took for a plural
      }
      String peerName = null;
      if (hon != null && PEERAGE.contains(hon.form()) && j - nameStart == 1) {
        // "Lord Ainsworth", "Baroness Smith of Basildon": the title is part of the name
        int k = j;
        if (k + 1 < toks.size() && toks.get(k).text().equals("of") && !used[k + 1]
            && toks.get(k + 1).isCapitalized() && toks.get(k + 1).isProperNoun()
            && !ORG_HEADS.containsKey(toks.get(k + 1).text())) {
          k += 2;
          while (k < toks.size() && k < j + 5 && !used[k] && toks.get(k).isCapitalized()
              && toks.get(k).isProperNoun() && !ORG_HEADS.containsKey(toks.get(k).text())) {
            k++; // "Lord Pemberton of Ashby Vale"
          }
        }
        peerName = span(toks, i, k);
        j = k;
      }
      while (j > nameStart && NAME_PARTICLES.contains(toks.get(j - 1).text())) {
        j--;
      }
      if (j == nameStart) {
        continue;
      }
      String opening = toks.get(nameStart).text();
      if (hon == null && j - nameStart >= 3 && (toks.get(nameStart).pos().equals("NNPS")
              || lex.role(opening).isPresent() || lex.places.contains(opening))
          && !lex.givenNames.contains(opening)
          && lex.givenNames.contains(toks.get(nameStart + 1).text())) {
        // "named Provost Maria Chen", "Supervisors Ada Combs and ...": a title before the name;
        // "goes to Queenslander Tanya Pillay": where the person is from
        nameStart++;
      }
      Token first = toks.get(nameStart);
      boolean known = lex.givenNames.contains(first.text())
          // "Ho Pei-yun", "Lo Tien-hsiang", "Kim Hyeon-su": a short family name before a
          // hyphenated given name, as Chinese and Korean names are romanised
          || j - nameStart == 2 && familyNameBeforeHyphenated(toks, nameStart)
          // "H. Vanlalhruaia", "N. Subramanian": an initial before a surname
          || first.text().matches("\\p{Lu}\\.") && j - nameStart == 2
              && !lex.places.contains(toks.get(j - 1).text())
              && !ORG_HEADS.containsKey(toks.get(j - 1).text());
      boolean afterRole = i > 0 && used[i - 1] && roleEndsAt(out, i)
          || i > 1 && toks.get(i - 1).text().equals(",") && j - nameStart >= 2
              && j - nameStart <= 3 && titleBefore(out, toks, i - 1)
              // "the party's co-leaders, Maeve Corrigan and ...", "The MP for Wakefield, X,"
          || i > 2 && toks.get(i - 1).text().equals(",") && j - nameStart >= 2
              && j - nameStart <= 3 && ownedNoun(toks, i - 2) && j < toks.size()
              && (toks.get(j).text().equals(",") || toks.get(j).pos().startsWith("VB"));
              // "Her deputy, Calum Rennie, lasted", "his spokesman, Tom Kerr, said"
      boolean apposition = j + 1 < toks.size() && (toks.get(j).text().equals(",")
          && (toks.get(j + 1).lower().equals("who") || isDeterminer(toks.get(j + 1))))
          || ageApposed(toks, j) // "Keita Mori, 61, apologised"
          || appointedAs(out, toks, nameStart, j) // "nominated Caitríona Doherty as minister"
          || roleApposed(out, toks, j)
          || j < toks.size() && APPOSITION_VERBS.contains(toks.get(j).lower())
          || j < toks.size() && subjectOfVerb(toks, nameStart, j)
          // "They are Jacobus Witbooi, Elna Jacobs and ...": the names of a count
          || nameStart == 2 && (toks.get(0).lower().equals("they")
              || toks.get(0).lower().equals("these"))
              && (toks.get(1).lower().equals("are") || toks.get(1).lower().equals("were"))
          || postNominalTitle(out, toks, j) // "Bríd Kavanagh TD said", not "the Lagan Valley MLA"
              && !determinedAt(toks, nameStart);
      // "Jordan Lepage", "Georgia Pryce": a given name that is also a place, before a surname
      // ("Jordan Van Wyk": a particle before the surname)
      boolean particled = j - nameStart == 3
          && NAME_PARTICLES.contains(toks.get(nameStart + 1).lower());
      boolean placeName = lex.places.contains(first.text()) && !(known
          && (j - nameStart == 2 || particled)
          && !lex.places.contains(toks.get(j - 1).text())
          && !ORG_HEADS.containsKey(toks.get(j - 1).text())
          && (j >= toks.size() || !toks.get(j).lower().equals("'s")));
      boolean plausible = !placeName && !placeOpening(toks, nameStart, j)
          && !lex.places.contains(span(toks, nameStart, j)) // "the Mid and West Wales MS"
          // "a list MP from South Auckland, who": a part of a place the gazetteer names
          && !(!known && REGION_WORDS.contains(first.text())
              && (lex.places.contains(toks.get(j - 1).text()) || nameStart > 0
                  && PLACE_PREPOSITIONS.contains(toks.get(nameStart - 1).lower())))
          && (!lex.notNames.contains(first.text()) || known && j - nameStart >= 2)
          // "an MP from the Huon Valley, who": a landform a determiner opens is a place
          && !(hon == null && determinedAt(toks, nameStart)
              && LANDFORMS.contains(toks.get(j - 1).text()))
          && !ORG_HEADS.containsKey(first.text()) && !seat(out, toks, nameStart)
          && !bracketedAfterName(toks, nameStart)
          && !(hon == null && employerAt(toks, nameStart, j))
          // "the Angus Glens MSP", "the former Rangitoto Plains MP": a seat
          && !(determinedAt(toks, nameStart) && postNominalTitle(out, toks, j))
          // "The Saskatoon Blades sacked their coach": a determiner opens no one's name that
          // opens with no given name
          && !(hon == null && !known && determinedAt(toks, nameStart));
      if (hon != null) {
        Mention men = add(out, used, Mention.Kind.PERSON, s, i, j);
        men.name = peerName != null ? toks.get(nameStart).text() : span(toks, nameStart, j);
        men.peerName = peerName;
        men.fullName = peerName == null && j - nameStart >= 2;
        men.gender = hon.gender();
        men.honorificRole = hon.role().flatMap(lex::role);
        men.honorific = hon.form();
      } else if (j - nameStart >= 2 && plausible && (known || afterRole || apposition)) {
        Mention men = add(out, used, Mention.Kind.PERSON, s, nameStart, j);
        men.name = span(toks, nameStart, j);
        men.fullName = true;
      } else if (j - nameStart >= 2 && j - nameStart <= 3 && plausible
          && !(nameStart > 1 && PLACE_PREPOSITIONS.contains(toks.get(nameStart - 1).lower())
              && toks.get(nameStart - 2).pos().startsWith("NN")
              && !toks.get(nameStart - 2).isCapitalized())) {
        // not "a retired pediatrician from Corner Brook": where someone is from
        Mention men = new Mention(Mention.Kind.PERSON, s.index(), nameStart, j,
            span(toks, nameStart, j));
        men.name = men.text;
        candidates.add(men);
      } else if (j - nameStart == 1 && afterRole && plausible && t.isProperNoun()) {
        Mention men = add(out, used, Mention.Kind.PERSON, s, nameStart, j);
        men.name = t.text();
      }
      i = Math.max(i, j - 1);
    }
    // 5b. names the statistical name finder found and the rules did not
    for (NameSpan n : s.names()) {
      if (n.probability() < MIN_NAME_PROBABILITY || anyUsed(used, n.start(), n.end())
          || !allCapitalized(toks, n.start(), n.end())) {
        continue;
      }
      String first = toks.get(n.start()).text();
      String last = toks.get(n.end() - 1).text();
      String placeBefore = n.start() > 0 ? toks.get(n.start() - 1).text() + " " + first : "";
      if (lex.places.contains(first) || lex.notNames.contains(first)
          || placeOpening(toks, n.start(), n.end())
          || lex.honorifics.containsKey(first) || Clause.isBarePartyTag(first)
          || lex.notNames.contains(last) || lex.places.contains(placeBefore)
          || LANDFORMS.contains(last) && determinedAt(toks, n.start())) {
        continue; // not "R-Rice Lake", a US party tag; not "a San Antonio Democrat"
      }
      if (n.type().equals("person") && !seat(out, toks, n.start())
          && !bracketedAfterName(toks, n.start()) && !employerAt(toks, n.start(), n.end())) {
        Mention men = add(out, used, Mention.Kind.PERSON, s, n.start(), n.end());
        men.name = men.text;
        men.fullName = n.end() - n.start() >= 2;
        men.statistical = true;
      } else if (n.type().equals("organization") && n.end() - n.start() >= 2
          && !BUILDINGS.contains(toks.get(n.end() - 1).text())
          && !afterShadowWord(toks, n.start())) { // "shadow Home Office minister": a title
        Mention men = add(out, used, Mention.Kind.ORG, s, n.start(), n.end());
        OrgType type = ORG_HEADS.containsKey(toks.get(n.end() - 1).text())
            ? headType(toks, n.start(), n.end()) : OrgType.ORGANIZATION;
        men.organization = asWritten(men, type, Optional.empty());
      }
    }
    possessiveNames(s, out, used); // the statistical finder's names too
    employersBeforeTitles(s, out, used);
    countiesBeforeTitles(s, out, used);
    employersAfterTitles(s, out, used);
    employersSayingTheirPost(s, out, used);
    tradedFirms(s, out, used);
    firmsBeforeTheirKind(s, out, used);
    // 6. pronouns and counted groups (triggers looked up once, for descriptions that need them)
    java.util.function.Supplier<List<PhraseIndex.Match<Lexicon.Trigger>>> triggers =
        com.google.common.base.Suppliers.memoize(() -> lex.triggers.findAll(toks));
    for (int i = 0; i < toks.size(); i++) {
      if (used[i]) {
        continue;
      }
      String w = toks.get(i).lower();
      switch (w) {
        case "he", "him" -> {
          Mention p = add(out, used, Mention.Kind.PRONOUN, s, i, i + 1);
          p.gender = "m";
          p.objectOfVerbAt = w.equals("him") ? verbBefore(toks, i) : -1;
        }
        case "she", "her" -> {
          if (w.equals("she") || !isNounNext(toks, i)) {
            Mention p = add(out, used, Mention.Kind.PRONOUN, s, i, i + 1);
            p.gender = "f";
            p.objectOfVerbAt = w.equals("her") ? verbBefore(toks, i) : -1;
          }
        }
        case "they", "them" -> add(out, used, Mention.Kind.PRONOUN, s, i, i + 1).plural = true;
        case "i" -> {
          // "'I stepped down in February,' Marcus Oyelowo said": the speaker of the quote
          Mention speaker = toks.get(i).text().equals("I") ? speaker(out, toks, i) : null;
          if (speaker != null) {
            add(out, used, Mention.Kind.PRONOUN, s, i, i + 1).antecedent = speaker;
          }
        }
        case "the" -> {
          int k = personBefore && (openingTime(toks, i) || openingPhrase(toks, i))
              ? describedBefore(out, toks, used, i) : -1;
          int described = afterDateline(toks, i) && !personBefore
              ? described(out, toks, used, i) : -1;
          // not "The MP for X, Y, resigned" (but "The president of X resigned, minutes before
          // trustees voted to suspend Superintendent Z": a name after the verb)
          int verbAfter = described < 0 ? -1 : triggers.get().stream()
              .filter(t -> t.start() > described).mapToInt(PhraseIndex.Match::start).min()
              .orElse(toks.size());
          int ahead = described > 0 && out.stream().noneMatch(m -> m.kind == Mention.Kind.PERSON
              && m.start < verbAfter) ? described : -1;
          Mention title = ahead > 0 ? covering(out, ahead) : null;
          // "The president and chief executive of X": past the second title
          Mention second = ahead > 0 && ahead + 2 < toks.size()
              && toks.get(ahead + 1).lower().equals("and") ? covering(out, ahead + 2) : null;
          int titleEnd = second != null && second.kind == Mention.Kind.ROLE ? second.end - 1
              : ahead;
          // "The president of Kizuna Heavy Industries": not the country's president
          // (or "of the Cedar Fork Community Schools Board of Education")
          int body = titleEnd + 3 < toks.size() && toks.get(titleEnd + 2).lower().equals("the")
              ? titleEnd + 3 : titleEnd + 2;
          Mention of = ahead > 0 && body < toks.size()
              && toks.get(titleEnd + 1).lower().equals("of") ? covering(out, body) : null;
          boolean company = of != null && of.kind == Mention.Kind.ORG && of.organization
              .filter(o -> o.type() != OrgType.GOVERNMENT).isPresent();
          if (ahead > 0 && !(title != null && title.kind == Mention.Kind.ROLE
              && lex.singleHolderPost(title.role.label()) && !company)
              && triggers.get().stream().anyMatch(t -> t.start() > ahead)) {
            // "The chief executive of X stood down yesterday": no one named yet, so the person
            // the next sentences name
            Mention men = new Mention(Mention.Kind.GROUP, s.index(), i, ahead + 1,
                span(toks, i, ahead + 1));
            men.count = 1;
            men.descriptionEnd = ahead + 1;
            out.add(men);
          } else if (k > 0) {
            // "The Wicklow TD stepped down": the person just spoken of, as "she" would be
            Mention men = new Mention(Mention.Kind.PRONOUN, s.index(), i, i + 1,
                span(toks, i, k + 1));
            men.descriptionEnd = k + 1;
            out.add(men);
          }
        }
        case "a", "an", "'s" -> {
          Mention owner = w.equals("'s") ? covering(out, i - 1) : null;
          int k = owner != null && owner.kind == Mention.Kind.PERSON ? -1
              : described(out, toks, used, i); // "Wales's transport chief has resigned"
          // not "A new leader will be chosen": one yet to be named
          if (k > 0 && !futureAfter(toks, k + 1)) {
            Mention men = new Mention(Mention.Kind.GROUP, s.index(), i, k + 1,
                span(toks, i, k + 1));
            men.count = 1; // "A Conservative peer has resigned": named in a later sentence
            if (triggers.get().stream().anyMatch(t -> t.start() > k)) {
              men.descriptionEnd = k + 1; // "A Tory whip has quit": the named one is a whip
            }
            out.add(men);
            i = k;
          }
        }
        default -> {
          Integer n = NUMBERS.get(w);
          if (n == null && toks.get(i).pos().equals("CD") && w.matches("\\d{1,2}")) {
            n = Integer.parseInt(w);
          }
          if (n != null) {
            int k = i + 1;
            if (k + 2 < toks.size() && toks.get(k).lower().equals("of")
                && (toks.get(k + 1).pos().equals("PRP$") || toks.get(k + 1).lower().equals("the"))
                && n > 1) {
              k += 2; // "four of its councillors", "two of the party's MPs"
              if (k + 1 < toks.size() && used[k] && (toks.get(k + 1).text().equals("'s")
                  || toks.get(k + 1).text().equals("'"))) {
                k += 2;
              }
              if (k + 1 < toks.size() && toks.get(k).pos().equals("CD")) {
                k++; // "Four of the five Congress legislators", "two of the party's three"
              }
            } else if (n > 1 && k + 2 < toks.size() && toks.get(k).lower().equals("of")) {
              int j = k + 1; // "three of FF's county councillors", "two of Fianna Fáil's TDs"
              while (j < toks.size() && j < k + 5 && toks.get(j).isCapitalized()) {
                j++;
              }
              if (j > k + 1 && j + 1 < toks.size() && (toks.get(j).text().equals("'s")
                  || toks.get(j).text().equals("'"))) {
                k = j + 1;
                if (k + 1 < toks.size() && toks.get(k).pos().equals("CD")) {
                  k++; // "three of FF's five councillors"
                }
              }
            }
            // "seven Labour MPs", "three Meath county councillors", "three Bharat Rashtra
            // Samithi (BRS) legislators"
            while (k < toks.size() && k < i + 8 && !lex.groupNouns.contains(toks.get(k).text())
                && !pluralTitle(out, toks, k)
                && (toks.get(k).pos().startsWith("JJ") || toks.get(k).isProperNoun()
                    || toks.get(k).isCapitalized() // "three Meath/IN county councillors"
                    || used[k] || toks.get(k).pos().equals("NN") && !toks.get(k).isCapitalized()
                    || (toks.get(k).text().equals("(") || toks.get(k).text().equals(")"))
                        && k > i + 1)) {
              k++;
            }
            if (k < toks.size() && (lex.groupNouns.contains(toks.get(k).text())
                || pluralTitle(out, toks, k))) {
              Mention men = new Mention(Mention.Kind.GROUP, s.index(), i, k + 1,
                  span(toks, i, k + 1));
              men.count = n;
              men.plural = true;
              // "according to two MPs in the room": sources the story does not name
              men.anonymous = i >= 2 && toks.get(i - 1).lower().equals("to")
                  && toks.get(i - 2).lower().equals("according");
              out.add(men); // may contain an ORG mention ("seven Labour MPs")
              i = k;
            } else if (n > 1 && standsAlone(toks, i)) {
              Mention men = new Mention(Mention.Kind.GROUP, s.index(), i, i + 1,
                  span(toks, i, i + 1));
              men.count = n;
              men.plural = true;
              men.namedBefore = true; // "All four were admitted to Alba", "the three resigned"
              out.add(men);
            }
          }
        }
      }
    }
    out.sort(Comparator.comparingInt(m -> m.start));
    constituenciesBeforeTitles(out);
    return out;
  }

  /**
   * Whether token {@code k} ends a title in the plural: "Two LNP branch presidents", "Two
   * vice-chairs of the committee".
   */
  private static boolean pluralTitle(List<Mention> found, List<Token> toks, int k) {
    Mention m = covering(found, k);
    return m != null && m.kind == Mention.Kind.ROLE && m.end == k + 1
        && toks.get(k).pos().equals("NNS");
  }

  /** Whether "will", "would" or "is expected/due/to" comes at {@code k}. */
  private static boolean futureAfter(List<Token> toks, int k) {
    String w = k < toks.size() ? toks.get(k).lower() : "";
    String next = k + 1 < toks.size() ? toks.get(k + 1).lower() : "";
    return w.equals("will") || w.equals("would") || w.equals("shall")
        || Tokens.isBe(w) && (next.equals("expected") || next.equals("due") || next.equals("to"));
  }

  /**
   * The last token of a description that opens a sentence and names a person only later: "A
   * Conservative peer", "An Ohio lawmaker" (a singular group noun, not followed by the name in
   * apposition); or -1.
   */
  private int described(List<Mention> found, List<Token> toks, boolean[] used, int i) {
    if (found.stream().anyMatch(m -> m.kind == Mention.Kind.PERSON && m.start < i)) {
      return -1; // "Ms Devlin, an MLA for Foyle": in apposition to a name
    }
    for (int j = 0; j < i; j++) {
      if (!toks.get(j).isCapitalized() && !toks.get(j).pos().matches(":|CD")
          && !toks.get(j).text().matches("\\p{Pd}|\\(|\\)|,|\\.")) {
        return -1; // not the sentence's first words (a dateline may come first: "Mo.")
      }
    }
    int k = i + 1;
    // "Hamburg's economy senator": a noun may qualify the title
    while (k < toks.size() && k < i + 5 && !personNoun(found, toks, k) && !titleEnd(found, k)
        && (toks.get(k).pos().startsWith("JJ") || toks.get(k).isProperNoun() || used[k]
            || toks.get(k).pos().equals("NN") && !toks.get(k).isCapitalized()
                && !DateFinder.isTimeWord(toks.get(k).text()))) {
      k++;
    }
    if (k >= toks.size() || !personNoun(found, toks, k) && !titleEnd(found, k)
        || k + 1 < toks.size() && toks.get(k + 1).text().equals(",")) {
      return -1;
    }
    // "Brightwell's founder and chief executive, Callum Reid,", "FI's group leader in the
    // Senate, Marcello Grifoni,": a name in apposition after the rest of the title
    for (int j = k + 1; j + 1 < toks.size() && j < k + 8 && !toks.get(j).isVerb(); j++) {
      if (toks.get(j).text().equals(",")) {
        // a given name and surname, not "The chief executive of X, Utah's largest utility,"
        if (j + 3 < toks.size() && toks.get(j + 1).isCapitalized()
            && toks.get(j + 1).isProperNoun() && toks.get(j + 2).isCapitalized()
            && toks.get(j + 2).isProperNoun() && !toks.get(j + 3).text().equals("'s")) {
          return -1;
        }
        break;
      }
    }
    return k;
  }

  /** Posts held in a firm or body: "a former chief operating officer of Taylor Wimpey". */
  private static final Set<String> EMPLOYER_POSTS = ImmutableSet.of("officer", "executive",
      "director", "chairman", "chairwoman", "chairperson", "president", "founder", "co-founder",
      "partner", "owner", "boss", "ceo", "cfo", "coo", "employee", "shareholder", "analyst",
      "economist", "strategist", "lawyer", "consultant", "coach");

  /**
   * Whether the name from {@code start} to {@code end} follows a post in a firm and "of" or
   * "at" ("chief operating officer of Taylor Wimpey", "a partner at Hart Biddle"): an employer,
   * not a person (but "the chairman of Jane Roe's campaign" names her).
   */
  private static boolean employerAt(List<Token> toks, int start, int end) {
    return start >= 2 && (toks.get(start - 1).lower().equals("of")
            || toks.get(start - 1).lower().equals("at"))
        && EMPLOYER_POSTS.contains(toks.get(start - 2).lower())
        && !(end < toks.size() && toks.get(end).text().equals("'s"));
  }

  /** Whether an age in commas follows token {@code j - 1}: "X, 61, said". */
  private static boolean ageApposed(List<Token> toks, int j) {
    return j + 2 < toks.size() && toks.get(j).text().equals(",")
        && toks.get(j + 1).text().matches("[1-9]\\d") && toks.get(j + 2).text().equals(",");
  }

  /**
   * Whether token {@code i} opens its sentence, or opens it after a wire dateline ("LONDON, May
   * 12 (Reuters) - The chair of X stepped down"): a dash preceded only by capitalised words,
   * numbers, commas and brackets.
   */
  private static boolean afterDateline(List<Token> toks, int i) {
    if (i == 0) {
      return true;
    }
    if (!toks.get(i - 1).text().matches("\\p{Pd}+") || i > 12) {
      return false;
    }
    for (int j = 0; j < i - 1; j++) {
      Token t = toks.get(j);
      if (!t.isCapitalized() && !t.pos().equals("CD") && !t.text().matches("[,().]")) {
        return false;
      }
    }
    return true;
  }

  /** Nouns that say what kind of seat a member holds: "list MP", "ward councillor". */
  private static final Set<String> SEAT_KINDS = ImmutableSet.of("list", "backbench",
      "constituency", "electorate", "ward", "county", "city", "state", "district", "veteran");

  /**
   * The last token of a description opening a sentence that stands for the person the last
   * sentences spoke of: "The Wicklow TD stepped down", "The former party treasurer was
   * welcomed", "The 54-year-old, who ..., said", "The MLA for Calgary-Bowridge announced"; -1
   * when there is none, or when a name follows it in apposition ("The chief whip, Sir Alan
   * Pennick, said").
   */
  private int describedBefore(List<Mention> found, List<Token> toks, boolean[] used, int from) {
    boolean former = false;
    int k = from + 1;
    for (; k < toks.size() && k < from + 6; k++) {
      Token t = toks.get(k);
      Mention m = covering(found, k);
      former |= t.lower().equals("former");
      if (m != null && m.kind == Mention.Kind.ROLE && lex.singleHolderPost(m.role.label())) {
        return -1; // "The prime minister said": the office-holder, not the last person named
      }
      if (t.text().matches("\\d+-year-old") || personNoun(found, toks, k)
          || former && m != null && m.kind == Mention.Kind.ROLE && m.end == k + 1
          && !(m.end < toks.size() && toks.get(m.end).isProperNoun())) {
        break;
      }
      boolean modifier = t.pos().startsWith("JJ") || t.lower().equals("former")
          || SEAT_KINDS.contains(t.lower()) // "The ACT list MP", "The Labour backbench MP"
          || t.isProperNoun() && (m == null || m.kind == Mention.Kind.ORG)
          || m != null && m.kind == Mention.Kind.ROLE;
      if (!modifier || m != null && m.kind == Mention.Kind.PERSON) {
        return -1;
      }
    }
    if (k + 1 >= toks.size() || k >= from + 6) {
      return -1;
    }
    Mention head = covering(found, k);
    if (head != null && head.kind == Mention.Kind.ROLE && head.end > k + 1
        && head.end < toks.size()) {
      k = head.end - 1; // "On Wednesday the member of parliament for Jönköping left"
    }
    int after = k + 1;
    if (toks.get(after).lower().equals("for")) { // "The MLA for Calgary-Bowridge announced"
      after++;
      while (after < toks.size() && toks.get(after).isCapitalized()
          && toks.get(after).isProperNoun()) {
        after++;
      }
      if (after == k + 2 || after >= toks.size()) {
        return -1;
      }
    }
    Token next = toks.get(after);
    if (next.text().equals(",")) {
      for (int j = after + 1; j < toks.size() && j <= after + 3; j++) {
        Mention m = covering(found, j);
        if (m != null && m.kind == Mention.Kind.PERSON) {
          return -1;
        }
      }
      return after - 1;
    }
    int v = after;
    while (v + 1 < toks.size() && toks.get(v).pos().startsWith("RB")) {
      v++; // "The MLA for X then resigned"
    }
    return toks.get(v).pos().startsWith("VB") || toks.get(v).pos().equals("MD") ? after - 1 : -1;
  }

  /**
   * The end of a name of two to five capitalised words starting at {@code i} that nothing else
   * has claimed and that is no person's (its first word is no given name, honorific or place),
   * or -1.
   */
  private int unknownNameEnd(List<Token> toks, boolean[] used, int i) {
    return unknownNameEnd(toks, used, i, false);
  }

  /** As {@link #unknownNameEnd(List, boolean[], int)}; {@code placeFirst}: a place may begin it. */
  private int unknownNameEnd(List<Token> toks, boolean[] used, int i, boolean placeFirst) {
    // "Meanwhile Teithio Gogledd, the company that ...": after a sentence's opening adverb or
    // conjunction, a name may begin
    boolean opener = i == 1 && toks.get(0).pos().matches("RB|CC");
    if (used[i] || !toks.get(i).isCapitalized() || !toks.get(i).isProperNoun()
        || (i > 0 && toks.get(i - 1).isCapitalized() && !toks.get(i - 1).text().equals("The")
            && !opener)) {
      return -1;
    }
    boolean firm = i + 2 < toks.size() && toks.get(i + 1).text().equals("&"); // "Hallam & Rowe"
    if (!opensName(toks.get(i).text(), placeFirst) && !firm) {
      return -1;
    }
    int j = i;
    while (j < toks.size() && j < i + 5 && !used[j] && (toks.get(j).isCapitalized()
        && toks.get(j).isProperNoun() || j > i && toks.get(j).text().equals("&")
            && j + 1 < toks.size() && !used[j + 1] && toks.get(j + 1).isCapitalized()
            && toks.get(j + 1).isProperNoun())) { // "Hallam & Rowe"
      j++;
    }
    return j - i >= 2 && (j >= toks.size() || !toks.get(j).isCapitalized()) ? j : -1;
  }

  /**
   * The end of a name no gazetteer knows that may come before the title of one of its
   * officers: two to five capitalised words ("Loddon Valley Health"), such words around "of"
   * ("Port of Auckland") or one word after the sentence's first ("JOHANNESBURG - Eskom"); or -1.
   */
  private int officerEmployerEnd(List<Token> toks, boolean[] used, int i) {
    int j = unknownNameEnd(toks, used, i, true);
    if (j > 0 && j + 2 < toks.size() && toks.get(j).lower().equals("of") && !used[j + 1]) {
      int k = unknownNameEnd(toks, used, j + 1, true);
      int end = k > 0 ? k : oneWordName(toks, used, j + 1) ? j + 2 : -1;
      return end > 0 && (end >= toks.size() || !toks.get(end).isCapitalized()) ? end : j;
    }
    if (j < 0 && i > 0 && oneWordName(toks, used, i) && !lex.places.contains(toks.get(i).text())
        && i + 1 < toks.size() && toks.get(i + 1).lower().equals("of") && i + 2 < toks.size()
        && !used[i + 2] && toks.get(i + 2).isCapitalized() && toks.get(i + 2).isProperNoun()
        && (i + 3 >= toks.size() || !toks.get(i + 3).isCapitalized())) {
      return i + 3; // "Port of Auckland"
    }
    // "Transnet/NN chairman": the tagger may take a one-word name for a noun
    boolean nounName = i > 0 && !used[i] && toks.get(i).text().matches("\\p{Lu}\\p{Ll}+")
        && toks.get(i).pos().equals("NN") && !toks.get(i - 1).isCapitalized()
        && opensName(toks.get(i).text(), false);
    if (j < 0 && i > 0 && (oneWordName(toks, used, i) || nounName)
        && !lex.places.contains(toks.get(i).text())
        && lex.organisations.longestAt(toks, i).isEmpty() // "Bundestag member": a seat's title
        && !DEMONYM.matcher(toks.get(i).text()).matches() // "Tongan prop Tavita Leota"
        && !TIME_ADJECTIVES.contains(toks.get(i).lower())
        && !TITLE_MODIFIERS.contains(toks.get(i).lower())
        && (i + 1 >= toks.size() || !toks.get(i + 1).isCapitalized())) {
      return i + 1;
    }
    return j;
  }

  /**
   * The end of a name of two to five capitalised words from {@code i} whose first is a common
   * capitalised word ("Northern Courier", "National Farmers Union") and whose last is not, or -1.
   */
  private int commonOpenedNameEnd(List<Token> toks, boolean[] used, int i) {
    int j = i;
    while (j < toks.size() && j < i + 5 && !used[j] && toks.get(j).isCapitalized()) {
      j++; // "the Northern/JJ Despatch/NN": capitals, whatever the tagger made of them
    }
    return j - i >= 2 && (j >= toks.size() || !toks.get(j).isCapitalized()
            // not "the Honourable Corps of Gentlemen", "the House Ways and Means subcommittee"
            && !isConnector(toks.get(j).text()))
        && !lex.notNames.contains(toks.get(j - 1).text())
        && !lex.places.contains(toks.get(j - 1).text()) ? j : -1;
  }

  /**
   * Whether the adjective at {@code j} names a title's field ("medical director", "athletic
   * director") rather than judging or counting its holder ("a capable minister", "a frequent
   * critic", "the second minister", "an elevated director").
   */
  private static boolean describes(List<Token> toks, int j) {
    String w = toks.get(j).lower();
    return !ORDINALS.contains(w) && !w.endsWith("ed")
        && !(j > 0 && (toks.get(j - 1).lower().equals("a") || toks.get(j - 1).lower().equals("an")));
  }

  private static final Set<String> ORDINALS = ImmutableSet.of("second", "third", "fourth",
      "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "only", "sole", "other");

  /**
   * Nouns that describe a business and hardly ever a person, so that they name the one word
   * before them: not "developer" or "publisher" ("Venn, a property developer,").
   */
  private static final Set<String> FIRM_NOUNS = ImmutableSet.of("company", "firm", "chain",
      "lender", "bank", "retailer", "airline", "insurer", "carmaker", "automaker", "steelmaker",
      "broadcaster", "supermarket", "brewer", "housebuilder", "conglomerate", "charity", "club",
      "regulator", "watchdog", "agency", "consultancy", "tank", "think-tank", "utility",
      "newspaper", "start-up", "startup", "group");

  /** Kinds of business or team that may introduce a name: "the youth charity Shelterwise". */
  static final Set<String> KIND_INTRODUCERS = ImmutableSet.<String>builder()
      .addAll(FIRM_NOUNS).add("team", "side", "outfit", "band", "label", "publisher", "operator",
          "developer", "miner", "producer", "manufacturer", "builder", "contractor",
          "shipbuilder").build();

  /**
   * Whether an article opens the noun phrase that ends at {@code i}, past up to three lower-case
   * adjectives and nouns ("the youth charity", "the Belgian team").
   */
  private static boolean articleOpens(List<Token> toks, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
      Token t = toks.get(k);
      if (ARTICLES.contains(t.lower())) {
        return true;
      }
      if (!(t.pos().startsWith("JJ") || t.pos().startsWith("NN")) || t.text().equals(",")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a preposition of moving opens the noun phrase that ends at {@code i}, past up to
   * three adjectives and nouns, capitalised or not ("to English second-tier side", "for League
   * Two side").
   */
  private static boolean prepositionOpens(List<Token> toks, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
      Token t = toks.get(k);
      if (MOVING_TO.contains(t.lower()) || JOINING_RIVAL.contains(t.lower())) {
        return k < i - 1; // "his move to English second-tier side X", "joined county side Y"
      }
      if (!(t.pos().startsWith("JJ") || t.pos().startsWith("NN") || t.pos().equals("CD"))) {
        return false;
      }
    }
    return false;
  }

  /** Prepositions a player moves by: "to", "for", "from", "with". */
  private static final Set<String> MOVING_TO = ImmutableSet.of("to", "for", "from", "with");

  /**
   * Whether the capitalised word at {@code i} can be a one-word name no mention covers: not a
   * person's given name, an honorific, a place or a common capitalised word, and not the end of
   * a longer name.
   */
  private boolean oneWordName(List<Token> toks, boolean[] used, int i) {
    return !used[i] && toks.get(i).isCapitalized() && toks.get(i).isProperNoun()
        && (i == 0 || !toks.get(i - 1).isCapitalized()) && opensName(toks.get(i).text(), false);
  }

  /**
   * Whether {@code w} can open the name of an organisation no gazetteer knows: not a person's
   * given name, an honorific, a common capitalised word or (unless {@code placeFirst}) a place.
   */
  private boolean opensName(String w, boolean placeFirst) {
    // a given name that is also a place may open it where a place may: "Wellington Quarries"
    return (!lex.givenNames.contains(w) || placeFirst && lex.places.contains(w))
        && !lex.honorifics.containsKey(w)
        && (placeFirst || !lex.places.contains(w)) && !lex.notNames.contains(w);
  }

  /**
   * Whether capitalised words from {@code k} end in a body's head word ("the Fenmoor Rowing
   * League"), or come before one of {@link #LOWER_KIND_HEADS} ("the Orbital Link consortium")
   * or a kind of business ("the Buenos Aires consultancy X").
   */
  private static boolean kindNamedAt(List<Token> toks, int k) {
    int j = k;
    while (j < toks.size() && j < k + 6 && toks.get(j).isCapitalized()) {
      j++;
    }
    int kind = j;
    while (kind < toks.size() && kind < j + 2 && !toks.get(kind).isCapitalized()
        && toks.get(kind).pos().matches("NN|JJ|VBG")) {
      kind++; // "the Edinburgh lobbying firm X": a place, then the kind of body
    }
    return j > k && (ORG_HEADS.containsKey(toks.get(j - 1).text())
        || j < toks.size() && LOWER_KIND_HEADS.contains(toks.get(j).lower())
        || kind > j && KIND_NOUNS.contains(toks.get(kind - 1).lower()));
  }

  /** Lower-case nouns that end the name of a body after its capitalised words. */
  private static final Set<String> LOWER_KIND_HEADS = ImmutableSet.of("association",
      "corporation", "foundation", "society", "trust", "federation", "cooperative",
      "co-operative", "charity", "company", "consortium");

  /**
   * The end of a name of one to four capitalised words from {@code from} that one or two
   * lower-case nouns close, the last of {@link #LOWER_KIND_HEADS} ("Noorderhaven housing
   * corporation", "Moros i Cristians festival association"); or -1.
   */
  private int namedKindEnd(List<Token> toks, boolean[] used, int from) {
    if (from >= toks.size() || used[from] || lex.givenNames.contains(toks.get(from).text())
        || lex.honorifics.containsKey(toks.get(from).text())
        || lex.places.contains(toks.get(from).text())) {
      return -1; // "the Bristol homelessness charity the Hearthstone Trust": a description
    }
    int end = from;
    while (end < toks.size() && end < from + 5 && !used[end]
        && (toks.get(end).isCapitalized() && (toks.get(end).isProperNoun()
                // "Noorderhaven/JJ housing corporation", not "the Dutch housing federation"
                || end == from && toks.get(end).pos().equals("JJ")
                    && !lex.places.contains(toks.get(end).text()))
            && !lex.notNames.contains(toks.get(end).text())
            || end > from && end + 1 < toks.size() && toks.get(end).text().length() <= 3
                && !toks.get(end).isCapitalized() && toks.get(end + 1).isCapitalized())) {
      end++; // "Moros i Cristians": a short particle between capitalised words
    }
    int kind = end;
    while (kind < toks.size() && kind < end + 2 && !used[kind] && !toks.get(kind).isCapitalized()
        && toks.get(kind).pos().startsWith("NN")) {
      kind++;
    }
    // not before a name in apposition: "the Westerdijk rowing association the Roeiers"
    boolean closes = kind >= toks.size() || !toks.get(kind).pos().startsWith("NN")
        && !(toks.get(kind).lower().equals("the") && kind + 1 < toks.size()
            && toks.get(kind + 1).isCapitalized());
    return end > from && kind > end && closes
        && LOWER_KIND_HEADS.contains(toks.get(kind - 1).lower()) ? kind : -1;
  }

  /** Verbs of telling after which "that its" speaks of the teller's officer. */
  private static final Set<String> ANNOUNCING = ImmutableSet.of("said", "says", "announced",
      "announces", "confirmed", "confirms", "revealed", "disclosed");

  /**
   * The end of a name of capitalised words (with "of" or "&" inside) that opens the sentence or
   * follows a comma, nothing else claimed and no given name opens, before a verb of telling and
   * "that its" within a few words ("Accra Hearts of Oak announced on Friday that its"); or -1.
   * Two words that the article follows with ", which" ({@code whichNamed}) are a body's too, and
   * such a clause may come between the name and the verb ("Autovie Tirreniche, which runs toll
   * roads, said on Monday that its").
   */
  private int saidThatItsEnd(List<Token> toks, boolean[] used, int i,
      Set<List<String>> whichNamed) {
    if (used[i] || !toks.get(i).isCapitalized() || !toks.get(i).isProperNoun()
        || i > 0 && !toks.get(i - 1).text().equals(",")
        || lex.givenNames.contains(toks.get(i).text()) || !opensName(toks.get(i).text(), true)) {
      return -1;
    }
    boolean place = lex.places.contains(toks.get(i).text()); // "Accra Hearts of Oak", not "Accra"
    int j = i;
    while (j < toks.size() && j < i + 6 && !used[j] && (toks.get(j).isCapitalized()
        && toks.get(j).isProperNoun() || j > i && j + 1 < toks.size()
            && (toks.get(j).text().equals("of") || toks.get(j).text().equals("&"))
            && toks.get(j + 1).isCapitalized())) {
      j++;
    }
    // two words may be a person's name the gazetteers miss ("Ama Owusu said that its"): three
    // or more, or a last word that heads names of bodies
    boolean which = whichNamed.contains(toks.subList(i, j).stream().map(Token::text).toList());
    int verb = j;
    if (which && j + 1 < toks.size() && toks.get(j).text().equals(",")
        && toks.get(j + 1).lower().equals("which")) {
      verb = j + 2; // past the clause: ", which runs some 400 km of toll roads,"
      while (verb < toks.size() && verb < j + 30 && !toks.get(verb).text().equals(",")) {
        verb++;
      }
      verb++;
    }
    if (j < i + 3 && !ORG_HEADS.containsKey(toks.get(j - 1).text()) && !which
        || place && j == i + 1
        || verb >= toks.size() || !ANNOUNCING.contains(toks.get(verb).lower())) {
      return -1;
    }
    for (int k = verb + 1; k + 1 < toks.size() && k <= verb + 6; k++) {
      if (toks.get(k).lower().equals("that")) {
        return toks.get(k + 1).lower().equals("its") ? j : -1;
      }
    }
    return -1;
  }

  /**
   * The end of one to five capitalised words no one has claimed after "X-based" ("the
   * Munich-based Brennwald Mautsysteme"), not a person's (no given name first) nor a place's;
   * else -1.
   */
  private int basedNameEnd(List<Token> toks, boolean[] used, int i) {
    if (used[i] || !toks.get(i - 1).lower().endsWith("-based") || !toks.get(i).isCapitalized()
        || !toks.get(i).isProperNoun() || lex.givenNames.contains(toks.get(i).text())
        || lex.honorifics.containsKey(toks.get(i).text())) {
      return -1;
    }
    int j = i;
    while (j < toks.size() && j < i + 5 && !used[j] && (toks.get(j).isCapitalized()
        && toks.get(j).isProperNoun() || j > i && toks.get(j).text().equals("&"))) {
      j++;
    }
    if (j == i + 1 && lex.places.contains(toks.get(i).text())) {
      return -1;
    }
    return j < toks.size() && toks.get(j).isCapitalized() ? -1 : j;
  }

  /**
   * The end of one to four capitalised words no one has claimed after the business noun at
   * {@code i} that closes a description opened by an article ("the prison education charity
   * Justice Futures"; a name the finders took for a person's is claimed already), not a
   * place's or a title's; else -1.
   */
  private int kindNamedEnd(List<Token> toks, boolean[] used, int i) {
    if (!BUSINESS_NOUNS.contains(toks.get(i).text()) || used[i + 1]
        || !toks.get(i + 1).isCapitalized() || DateFinder.isTimeWord(toks.get(i + 1).text())) {
      return -1;
    }
    int after = lex.roles.longestAt(toks, i + 1).map(PhraseIndex.Match::end)
        .orElse(lex.honorifics.containsKey(toks.get(i + 1).text()) ? i + 2 : -1);
    if (after < 0 && lex.givenNames.contains(toks.get(i + 1).text())) {
      return -1; // "the broadcaster Lachlan Abernethy": a person (but "Justice Futures")
    }
    if (after > 0 && (after >= toks.size() || !toks.get(after).isCapitalized()
        || lex.givenNames.contains(toks.get(after).text()))) {
      return -1; // "the club Chairman Tom Bell": a title and a person (not "Justice Futures")
    }
    int open = i - 1; // "the prison education charity", "the Dublin law firm": back to the article
    while (open > 0 && open > i - 4 && (!toks.get(open).isCapitalized()
        && toks.get(open).pos().matches("NNS?|JJ|VBN|HYPH")
        || lex.places.contains(toks.get(open).text()))) {
      open--;
    }
    if (!ARTICLES.contains(toks.get(open).lower())) {
      return -1;
    }
    int j = i + 1;
    while (j < toks.size() && j < i + 5 && !used[j] && toks.get(j).isCapitalized()
        && toks.get(j).pos().matches("NN.*|JJ")) {
      j++;
    }
    String name = span(toks, i + 1, j);
    if (java.util.stream.IntStream.range(i + 2, j)
        .anyMatch(k -> lex.givenNames.contains(toks.get(k).text()))) {
      return -1; // "the club Chairman Tom Bell": a title before a person's name
    }
    // not "fined the company NOK 28 million": a currency before its sum
    return j == i + 1 || lex.places.contains(name) || j < toks.size()
        && (toks.get(j).text().equals("'s") || toks.get(j).pos().equals("CD")) ? -1 : j;
  }

  /**
   * Whether tokens from {@code from} are a description ending in a noun of {@link #FIRM_NOUNS}
   * that closes the apposition ("DIY and garden centre chain,"), with no preposition or title
   * on the way ("a critic of the utility", "a former chief executive of a charity").
   */
  private static boolean describedAsBusiness(List<Token> toks, int from) {
    for (int k = from; k < toks.size() && k < from + 6; k++) {
      Token t = toks.get(k);
      if (t.pos().equals("IN") || t.pos().startsWith("VB") && !t.lower().equals("think")
          || t.text().equals(",")
          || t.lower().equals("former")) {
        return false;
      }
      boolean closes = k + 1 >= toks.size() || toks.get(k + 1).text().equals(",")
          || toks.get(k + 1).text().equals(".");
      if (closes) {
        return FIRM_NOUNS.contains(t.lower()) && !t.isCapitalized();
      }
    }
    return false;
  }

  /**
   * The common noun for an organisation that heads a noun phrase in tokens [from, to), or null.
   */
  private static String kindNounWithin(List<Token> toks, int from, int to) {
    for (int k = from; k < to && k < toks.size(); k++) {
      if (KIND_NOUNS.contains(toks.get(k).lower()) && !toks.get(k).isCapitalized()
          && (k + 1 >= toks.size() || !toks.get(k + 1).pos().startsWith("NN")
              && !toks.get(k + 1).text().equals("'s"))) { // not "X, the firm's chief"
        return toks.get(k).lower();
      }
    }
    return null;
  }

  /**
   * Whether the count at {@code i} stands for persons on its own: after "all" or "the" (or
   * "both" alone) and before a verb, as in "All four were admitted", "the three resigned".
   */
  private static boolean standsAlone(List<Token> toks, int i) {
    String before = i > 0 ? toks.get(i - 1).lower() : "";
    boolean opened = before.equals("all") || before.equals("the")
        || toks.get(i).lower().equals("both") && (i == 0 || !before.equals("of"));
    if (!opened || i + 1 >= toks.size()) {
      return false;
    }
    String pos = toks.get(i + 1).pos();
    if (toks.get(i).lower().equals("both") && i > 0 && toks.get(i - 1).pos().matches("VB[DZPN]")
        && (pos.equals("IN") || pos.equals(",") || pos.equals("."))) {
      return true; // "The EPP admitted both at its meeting": the two named before
    }
    return pos.startsWith("VB") || pos.equals("MD")
        || pos.equals("RB") && i + 2 < toks.size() && toks.get(i + 2).pos().startsWith("VB");
  }

  /**
   * Whether the words before {@code i} are a short phrase a preposition opens and a comma
   * closes, with no verb: "In it, the senator said", "At the rally, the MP told".
   */
  private static boolean openingPhrase(List<Token> toks, int i) {
    if (i < 3 || i > 6 || !toks.get(i - 1).text().equals(",")
        || !toks.get(0).pos().equals("IN")) {
      return false;
    }
    return toks.subList(1, i - 1).stream()
        .noneMatch(t -> t.pos().startsWith("VB") || t.pos().equals("MD") || t.text().equals(","));
  }

  /**
   * Whether the words before {@code i} are only a time that opens the sentence, or nothing: "On
   * Friday afternoon the general secretary told ...".
   */
  private static boolean openingTime(List<Token> toks, int i) {
    for (int j = 0; j < i; j++) {
      String w = toks.get(j).lower();
      if (!(w.equals("on") || w.equals("last") || w.equals("early") || w.equals("late")
          || w.equals("by") || w.equals(",") || DateFinder.isTimeWord(w))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The title "member of" and the chamber at {@code i} give, as written in lower case ("member
   * of the folketing"), for a seat {@link #chamberSeat} found there.
   */
  private static String seatTitle(List<Mention> out, List<Token> toks, int i) {
    int k = toks.get(i + 1).lower().equals("the") ? i + 2 : i + 1;
    return "member " + span(toks, i, covering(out, k).end).toLowerCase(Locale.ROOT);
  }

  /**
   * The seat "member of" gives before a chamber whose members are MPs, named at {@code i} ("of
   * the Folketing", "of the Lok Sabha"), not a senate, an upper house, a council, an assembly or
   * a chamber of the United States, whose members have titles of their own; or before a local
   * council, whose members are councillors.
   */
  private Optional<Lexicon.RoleEntry> chamberSeat(List<Mention> out, List<Token> toks, int i) {
    if (i + 1 >= toks.size() || !toks.get(i).lower().equals("of")) {
      return Optional.empty();
    }
    int k = toks.get(i + 1).lower().equals("the") ? i + 2 : i + 1;
    Mention chamber = k < toks.size() ? covering(out, k) : null;
    if (chamber == null || chamber.kind != Mention.Kind.ORG || chamber.start != k
        || chamber.end < toks.size() && toks.get(chamber.end).pos().startsWith("NN")
            && !toks.get(chamber.end).isCapitalized()) {
      return Optional.empty(); // not "a member of the Commons energy committee": its committee
    }
    String name = chamber.organization.map(Organization::name).orElse("");
    if (LOCAL_COUNCIL.matcher(name).find()) {
      return lex.role("councillor"); // "a member of Mayo County Council"
    }
    boolean mps = chamber.organization.filter(o -> o.type() == OrgType.PARLIAMENT
        && !o.country().filter(c -> c.equals("US")).isPresent()).isPresent()
        && OTHER_CHAMBERS.stream().noneMatch(name::contains);
    return mps ? lex.role("MP") : Optional.empty();
  }

  /**
   * Whether {@code t} is an adjective that opens a capitalised portfolio ("Net" of "Net Zero
   * Secretary", "Digital" of "Digital Economy Minister"); not one that dates, judges or scopes
   * the post, nor a people's name ("Scottish Health Secretary").
   */
  private boolean capitalAdjective(Token t) {
    String w = t.lower();
    return t.pos().equals("JJ") && !lex.places.contains(t.text()) && !TIME_ADJECTIVES.contains(w)
        && !JUDGING_ADJECTIVES.contains(w) && !EXECUTIVE_SCOPES.contains(w)
        && !ROLE_MODIFIERS.contains(w);
  }

  /**
   * Whether the adjective at {@code j} names the kind of a body its owner's possessive comes
   * before: "[disciplinary]" of "the party's disciplinary committee"; not "the party's top
   * committee".
   */
  private static boolean possessiveAdjective(List<Token> toks, int j) {
    return j > 0 && toks.get(j).pos().equals("JJ")
        && (toks.get(j - 1).text().equals("'s") || toks.get(j - 1).text().equals("'"))
        && BODY_KINDS.contains(toks.get(j).text());
  }

  /**
   * Adjectives that name the kind of a party's or union's committee (not "executive": "the Ohio
   * Democratic Party's executive committee elected X as its chair" fills the party's post; see
   * executiveBodies), not how it is judged ("the party's top committee").
   */
  private static final Set<String> BODY_KINDS = ImmutableSet.of("disciplinary", "constitutional",
      "national", "central", "administrative", "political", "advisory", "standing", "organising",
      "organizing", "electoral", "federal", "regional", "provincial", "judicial", "legal");

  /**
   * A councillor's seat when a council's name and "member" come before a name: "Spokane City
   * Council member Rhea Castellano".
   */
  private Optional<Lexicon.RoleEntry> councilBefore(List<Mention> out, List<Token> toks,
      int start, int end) {
    Mention council = start > 0 ? covering(out, start - 1) : null;
    boolean named = end < toks.size() && toks.get(end).isCapitalized()
        && toks.get(end).isProperNoun();
    return council != null && council.kind == Mention.Kind.ORG && council.end == start && named
        && council.organization.map(o -> LOCAL_COUNCIL.matcher(o.name()).find()).orElse(false)
        ? lex.role("councillor") : Optional.empty();
  }

  private static boolean committeeAfter(List<Token> toks, int i) {
    if (i >= toks.size() || !toks.get(i).lower().equals("of")) {
      return false;
    }
    for (int k = i + 1; k < toks.size() && k <= i + 9; k++) {
      String w = toks.get(k).lower();
      if (COMMITTEE_WORDS.contains(w)) {
        return true;
      }
      if (w.equals(",") || w.equals(".") || toks.get(k).pos().startsWith("VB")) {
        return false;
      }
    }
    return false;
  }

  /** Whether capitalised words from {@code k} back follow "shadow": "shadow Home Office". */
  private static boolean afterShadow(List<Token> toks, int k) {
    int j = k;
    while (j > 0 && j > k - 3 && toks.get(j).isCapitalized() && toks.get(j).isProperNoun()) {
      j--;
    }
    return j < k && toks.get(j).lower().equals("shadow");
  }

  /** Whether "shadow" comes just before token {@code i}: a name there is a shadow title's. */
  private static boolean afterShadowWord(List<Token> toks, int i) {
    return i > 0 && toks.get(i - 1).lower().equals("shadow");
  }

  /** Whether a singular role's title ends at token {@code k}: "Labour's deputy chief whip". */
  private static boolean titleEnd(List<Mention> found, int k) {
    Mention m = covering(found, k);
    return m != null && m.kind == Mention.Kind.ROLE && m.end == k + 1 && !m.plural;
  }

  /**
   * "MP", "peer", "deputy": the singular of a group noun ("MPs", "peers", "deputies"), not part of
   * an organisation's name ("Conservative").
   */
  private boolean personNoun(List<Mention> found, List<Token> toks, int k) {
    String w = toks.get(k).text();
    Mention m = covering(found, k);
    return (m == null || m.kind == Mention.Kind.ROLE) && !w.endsWith("s")
        && (lex.groupNouns.contains(w + "s") || w.endsWith("y")
            && lex.groupNouns.contains(w.substring(0, w.length() - 1) + "ies"));
  }

  /** Prepositions that also open a clause: "after X announced ...". */
  private static final Set<String> CLAUSE_OPENERS = ImmutableSet.of("after", "before", "since",
      "until");

  /** Whether a finite verb follows token {@code from}, past one comma-enclosed apposition. */
  private static boolean finiteVerbAfter(Sentence s, int from) {
    int k = from;
    int size = s.tokens().size();
    if (k < size && s.token(k).text().equals(",")) {
      int close = k + 1;
      while (close < size && close < k + 14 && !s.token(close).text().equals(",")) {
        close++;
      }
      k = close + 1;
    }
    while (k < size && s.token(k).pos().equals("RB")) {
      k++;
    }
    return k < size && s.token(k).pos().matches("VBD|VBZ|VBP|MD");
  }

  /**
   * Marks persons that are objects of a preposition or of a verb of telling ("told the council's
   * chief executive, Dr X, that she ..."), past any title or apposed title before the name.
   */
  private static void markPrepositionObjects(Sentence s, List<Mention> ms) {
    for (Mention m : ms) {
      if (m.kind != Mention.Kind.PERSON) {
        continue;
      }
      int i = m.start - 1;
      while (i >= 0) {
        Mention r = covering(ms, i);
        Token t = s.token(i);
        if (r != null && (r.kind == Mention.Kind.ROLE || r.kind == Mention.Kind.ORG
            && covering(ms, r.end) != null && covering(ms, r.end).kind == Mention.Kind.ROLE)) {
          i = r.start - 1; // past "the Renew chair" to "told"
        } else if (t.pos().equals("DT") || t.pos().startsWith("JJ") || t.pos().equals("PRP$")) {
          i--;
        } else if (i > 0 && (t.text().equals("'s") || t.text().equals(",") && i == m.start - 1
            && covering(ms, i - 1) != null && covering(ms, i - 1).kind == Mention.Kind.ROLE)) {
          i = covering(ms, i - 1) != null ? covering(ms, i - 1).start - 1 : i - 2;
        } else {
          break;
        }
      }
      m.prepositionObject = i >= 0 && (s.token(i).pos().equals("IN")
          || s.token(i).pos().equals("TO") || TELLING.contains(s.token(i).lower()))
          && !s.token(i).lower().equals("that")
          // "24 hours after Marlene Voss, MLA for X, announced": the subject of a clause
          && !(CLAUSE_OPENERS.contains(s.token(i).lower()) && finiteVerbAfter(s, m.end));
      if (!m.prepositionObject && i > 0 && (s.token(i).lower().equals("and")
          || s.token(i).lower().equals("or"))) {
        // "wrote to the First Minister, X, and the deputy First Minister, Y,": Y is told too
        final int and = i;
        m.prepositionObject = ms.stream().filter(p -> p.kind == Mention.Kind.PERSON
                && p.end <= and && p.end >= and - 6)
            .reduce((a, b) -> b).map(p -> p.prepositionObject
                && s.tokens().subList(p.end, and).stream()
                    .noneMatch(t -> t.pos().startsWith("VB")))
            .orElse(false);
      }
      m.relativeWho = m.prepositionObject ? relativeWho(s, m.end) : -1;
      m.clauseEnd = m.kind == Mention.Kind.PERSON ? relativeClauseEnd(s, ms, m) : -1;
      if (m.prepositionObject && m.relativeWho < 0 && m.end + 1 < s.tokens().size()
          && CLAUSE_OPENERS.contains(s.token(m.end).lower())
          && s.token(m.end + 1).pos().equals("PRP")
          && ms.stream().noneMatch(x -> x.kind == Mention.Kind.PERSON && x.end <= m.start)) {
        // "the first meeting for Cllr X since he left Sinn Féin": with no person named before
        // in the sentence, the clause after the name is about it
        m.relativeWho = m.end;
      }
    }
  }

  /**
   * The comma closing a ", who ..." clause about a person named just before it that holds
   * {@code m}: "X, who ran Y's 2024 race and returned in January, told staff"; else -1.
   */
  private static int relativeClauseEnd(Sentence s, List<Mention> ms, Mention m) {
    int who = -1;
    for (int k = m.start - 1; k >= 1; k--) {
      String w = s.token(k).lower();
      if (w.equals("who") && s.token(k - 1).text().equals(",")) {
        who = k;
        break;
      }
      if (w.equals(",") || w.equals(";")) {
        return -1;
      }
    }
    int head = who - 1;
    if (who < 0 || ms.stream().noneMatch(x -> x.kind == Mention.Kind.PERSON && x.end == head)) {
      return -1;
    }
    for (int k = m.end; k < s.tokens().size(); k++) {
      if (s.token(k).text().equals(",")) {
        return k;
      }
      if (s.token(k).text().equals(";") || s.token(k).text().equals(".")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The "who" that opens a relative clause about the name ending before {@code from}, right
   * after it or after an apposition with no verb ("X, a senator for Sonora who"); else -1.
   */
  private static int relativeWho(Sentence s, int from) {
    for (int k = from; k < s.tokens().size() && k < from + 10; k++) {
      Token t = s.token(k);
      if (t.lower().equals("who")) {
        return k;
      }
      if (t.pos().startsWith("VB") || t.pos().equals("MD") || t.text().equals(".")
          || t.text().equals(";") || t.text().equals(":") || t.lower().equals("and")) {
        return -1;
      }
    }
    return -1;
  }

  /** Verbs whose object is told something: the teller, not the object, says "I" or "she". */
  private static final Set<String> TELLING = ImmutableSet.of("told", "tells", "informed",
      "informs", "assured", "warned", "reminded", "notified");

  /**
   * The last token of a ministry's list of portfolios that goes on past {@code last} with a
   * comma: "Department of Children, Disability and Equality"; else {@code last}.
   */
  private int portfolioListEnd(List<Token> toks, boolean[] used, int last) {
    int k = last + 1;
    boolean closing = k + 1 < toks.size() && toks.get(k).lower().equals("and")
        && toks.subList(Math.max(0, last - 3), last).stream().anyMatch(t -> t.text().equals(","))
        && (toks.get(k + 1).isCapitalized() || toks.get(k + 1).text().equals("the"));
    if (k >= toks.size() || !listCommaAt(toks, k) && !closing) {
      return last; // "Department of Agriculture, Food[ and the Marine]": the list's last item
    }
    while (k < toks.size() && !used[k]
        && (!personWordAt(toks, k) || toks.get(k - 1).text().equals("the")) // "the Marine"
        && !(toks.get(k).lower().equals("and") && personWordAt(toks, k + 1)) // ", and Noreen X"
        && (toks.get(k).isCapitalized() || listCommaAt(toks, k)
        || toks.get(k).lower().equals("and") && k + 1 < toks.size()
            && (toks.get(k + 1).isCapitalized() || toks.get(k + 1).text().equals("the"))
        || toks.get(k).text().equals("the") && toks.get(k - 1).lower().equals("and"))) {
      k++;
    }
    while (k > last + 1 && !toks.get(k - 1).isCapitalized()) {
      k--; // not a trailing "and" or comma
    }
    return k - 1;
  }

  /** Whether the token at {@code k} opens a person's name: a given name or an honorific. */
  private boolean personWordAt(List<Token> toks, int k) {
    return k < toks.size() && (lex.givenNames.contains(toks.get(k).text())
        || lex.honorifics.containsKey(toks.get(k).text()));
  }

  /**
   * Whether "and" at {@code j} opens a person's full name ("Harwick Metals and Tom Eade of ..."),
   * not a name's second half ("Marks and Spencer").
   */
  private boolean personAfterAnd(List<Token> toks, int j) {
    if (!toks.get(j).lower().equals("and") || j + 2 >= toks.size() || !personWordAt(toks, j + 1)
        || !toks.get(j + 2).isCapitalized() || !toks.get(j + 2).isProperNoun()) {
      return false;
    }
    for (int k = j + 2; k < toks.size() && k < j + 8 && (toks.get(k).isCapitalized()
        || toks.get(k).text().equals("'") || toks.get(k).text().equals("'s")); k++) {
      if (ORG_HEADS.containsKey(toks.get(k).text())) {
        return false; // "the Bill and Melinda Gates Foundation": one name
      }
    }
    return true;
  }

  /**
   * Whether the comma at {@code k} separates the items of a capitalised list that closes with
   * "and" ("Committee on Environment[,] Climate and Food Safety", "Committee on Tourism[,] Parks,
   * Arts and Sports Development").
   */
  private boolean listCommaAt(List<Token> toks, int k) {
    if (!toks.get(k).text().equals(",") || k + 1 >= toks.size()
        || lex.givenNames.contains(toks.get(k + 1).text())) {
      return false;
    }
    if (k + 2 < toks.size() && toks.get(k + 1).lower().equals("and")
        && toks.get(k + 2).isCapitalized()) {
      return true; // "Finance, Public Expenditure and Reform[,] and Taoiseach"
    }
    int m = k + 1;
    while (m < toks.size() && toks.get(m).isCapitalized()) {
      m++;
    }
    return m > k + 1 && m + 1 < toks.size() && (toks.get(m).lower().equals("and")
        && (toks.get(m + 1).isCapitalized() || m + 2 < toks.size() // "Food and the Marine"
            && toks.get(m + 1).text().equals("the") && toks.get(m + 2).isCapitalized())
        || m < k + 5 && listCommaAt(toks, m)); // a further item: "Parks, Arts and ..."
  }

  /** Marks runs of persons joined by commas and "and" as one list. */
  private static void markLists(Sentence s, List<Mention> ms) {
    int listId = 0;
    for (int a = 0; a < ms.size(); a++) {
      Mention m = ms.get(a);
      if (m.kind != Mention.Kind.PERSON || m.listId >= 0) {
        continue;
      }
      List<Mention> members = new ArrayList<>(List.of(m));
      boolean appositions = false;
      boolean and = false;
      int b = a + 1;
      while (b < ms.size()) {
        Mention next = nextPerson(ms, b);
        if (next == null) {
          break;
        }
        int from = members.get(members.size() - 1).end;
        // "Ken Moloney of Dubbo, Sue Pettit of Narromine and Allan Grech": past each one's place
        // "Kavita Rao of the Congress, Sahil Ansari of the Trinamool Congress and ...": past
        // each one's body
        boolean plain = onlyConjunctions(s, from + Math.max(placeLength(s, ms, from, next.start),
            bodyLength(s, ms, from, next.start)), next.start);
        boolean apposed = !plain && appositionGap(s, from, next.start);
        // "X, and media adviser Y", "Treasurer X and Health Minister Y": a title before the
        // next name
        Mention title = ms.stream().filter(r -> r.kind == Mention.Kind.ROLE
            && r.end == next.start && r.start > from).findFirst().orElse(null);
        plain |= !apposed && title != null && (title.start == from + 2
            && s.token(from).text().equals(",") && s.token(from + 1).lower().equals("and")
            || title.start == from + 1 && s.token(from).lower().equals("and"));
        // "goalkeeping coach X and performance analyst Y": a job the lexicon does not know, or
        // knows only by its last word
        plain |= !apposed && (title == null || title.start > from + 1)
            && describedAfterAnd(s, from, next.start);
        if (!plain && !apposed) {
          break;
        }
        appositions |= apposed;
        and |= s.token(next.start - 1).lower().equals("and");
        members.add(next);
        b = ms.indexOf(next) + 1;
      }
      if (appositions && !and) {
        members = List.of(m); // "A, the chair of B, C ...": no list without "and"
      }
      if (members.size() >= 2) {
        for (Mention x : members) {
          x.listId = s.index() * 100 + listId;
        }
        listId++;
      }
    }
  }

  /**
   * The length of "of" and the one to three capitalised words of a place that open tokens
   * [from, to) and no mention covers ("of Dubbo"), or 0.
   */
  private static int placeLength(Sentence s, List<Mention> ms, int from, int to) {
    if (from >= to || !s.token(from).lower().equals("of")) {
      return 0;
    }
    int i = from + 1;
    while (i < to && i <= from + 3 && s.token(i).isCapitalized()) {
      int at = i;
      if (ms.stream().anyMatch(x -> x.covers(at))) {
        return 0;
      }
      i++;
    }
    return i > from + 1 ? i - from : 0;
  }

  /**
   * The length of "of", an optional "the" and an organisation's mention that open tokens [from,
   * to) ("of the Trinamool Congress"), or 0.
   */
  private static int bodyLength(Sentence s, List<Mention> ms, int from, int to) {
    if (from + 1 >= to || !s.token(from).lower().equals("of")) {
      return 0;
    }
    int start = s.token(from + 1).lower().equals("the") ? from + 2 : from + 1;
    return ms.stream().filter(x -> x.kind == Mention.Kind.ORG && x.start == start && x.end <= to)
        .findFirst().map(x -> x.end - from).orElse(0);
  }

  /** The past or present tense verb just before token {@code i} ("introduced him"), or -1. */
  private static int verbBefore(List<Token> toks, int i) {
    if (i == 0) {
      return -1;
    }
    String pos = toks.get(i - 1).pos();
    return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") ? i - 1 : -1;
  }

  /** Whether tokens [from, to) are "and" and one to three lower-case nouns or adjectives. */
  private static boolean describedAfterAnd(Sentence s, int from, int to) {
    if (to - from < 2 || to - from > 4 || !s.token(from).lower().equals("and")) {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      Token t = s.token(i);
      if (t.isCapitalized() || !(t.pos().startsWith("NN") || t.pos().equals("JJ"))) {
        return false;
      }
    }
    return true;
  }

  /** The first person mention at or after {@code b} past roles and organisations, or null. */
  private static Mention nextPerson(List<Mention> ms, int b) {
    for (int k = b; k < ms.size(); k++) {
      Mention x = ms.get(k);
      if (x.kind == Mention.Kind.PERSON) {
        return x;
      }
      if (x.kind != Mention.Kind.ROLE && x.kind != Mention.Kind.ORG) {
        return null;
      }
    }
    return null;
  }

  /**
   * Whether the tokens between two names are one apposition and a conjunction: "A, the economic
   * secretary to the Treasury, B" or "A, who was responsible for finance, and B".
   */
  private static boolean appositionGap(Sentence s, int from, int to) {
    if (to - from < 4 || to - from > 14 || !s.token(from).text().equals(",")) {
      return false;
    }
    int close = s.token(to - 1).lower().equals("and") ? to - 2 : to - 1;
    if (close <= from + 1 || !s.token(close).text().equals(",")) {
      return false;
    }
    boolean relative = s.token(from + 1).lower().equals("who");
    for (int i = from + 1; i < close; i++) {
      String w = s.token(i).text();
      // "a former chief operating officer of X", "a retired judge": a participle as adjective
      boolean adjectival = (s.token(i).pos().equals("VBG") || s.token(i).pos().equals("VBN"))
          && s.token(i + 1).pos().startsWith("NN") && i > from + 1
          && !s.token(i - 1).lower().equals("who");
      if (w.equals(",") || w.equals(";") || w.equals(".") || w.equals("\"")
          || !relative && !adjectival
              && (s.token(i).isVerb() || s.token(i).pos().equals("MD"))) {
        return false;
      }
    }
    return true;
  }

  /** Whether tokens [from, to) are a relative clause and "and": ", who represents X, and". */
  private static boolean relativeBetween(Sentence s, int from, int to) {
    return to - from >= 5 && to - from <= 12 && s.token(from).text().equals(",")
        && s.token(from + 1).lower().equals("who") && s.token(to - 2).text().equals(",")
        && s.token(to - 1).lower().equals("and")
        && s.tokens().subList(from + 2, to - 2).stream().noneMatch(t -> t.text().equals(","));
  }

  private static boolean onlyConjunctions(Sentence s, int from, int to) {
    if (to <= from) {
      return false;
    }
    for (int i = from; i < to; i++) {
      String w = s.token(i).lower();
      if (w.startsWith("(") && i == from) {
        // "Ken Buck (R-Colo.), Tim Burchett (R-Tenn.)": a party tag after each name; also
        // "Ana Cruz (Lanao del Sur, 2nd District), Ben Lim": a district
        while (i < to && !s.token(i).text().endsWith(")") && i < from + 10) {
          i++;
        }
        if (i >= to || !s.token(i).text().endsWith(")")) {
          return false; // a bracket that does not close before the next name
        }
        continue;
      }
      // "Sens. Marcus Odom, D-Ore., Ellen Fairbairn, D-Colo., and ...": a tag set off by commas
      boolean tag = i > from && s.token(i - 1).text().equals(",")
          && Clause.isBarePartyTag(s.token(i).text());
      // "Sens. A, R-Colby; B, R-Liberal; and C, R-Hays": a semicolon after a name's tag
      boolean semicolon = w.equals(";") && i > from && Clause.isBarePartyTag(s.token(i - 1).text());
      if (!w.equals(",") && !w.equals("and") && !tag && !semicolon) {
        return false;
      }
    }
    return true;
  }

  /** A US party tag: "(R-Va.)", "(D-N.Y.)". */
  private static boolean partyTag(List<Token> toks, int i) {
    return i < toks.size() && Clause.isPartyTag(toks.get(i));
  }

  /**
   * Whether a capitalised word the tagger took for an adjective or a common noun opens a
   * two-word name in apposition with "who", inside a sentence: "and Mzwandile Cele, who".
   */
  private boolean unknownWordBeforeWho(List<Token> toks, boolean[] used, int i) {
    return i > 0 && i + 3 < toks.size() && !used[i + 1] && toks.get(i).isCapitalized()
        && toks.get(i).pos().matches("JJ|NN") && toks.get(i).text().matches("\\p{Lu}\\p{Ll}+")
        && !lex.places.contains(toks.get(i).text()) && !lex.notNames.contains(toks.get(i).text())
        && isNameToken(toks, i + 1) && toks.get(i + 2).text().equals(",")
        && toks.get(i + 3).lower().equals("who");
  }

  /**
   * Whether the word at {@code j} is a short family name before a hyphenated given name, as
   * Chinese and Korean names are romanised: "Ho Pei-yun", "Kim Hyeon-su"; not "Los
   * Angeles-based" or "Tel Aviv-born".
   */
  private boolean familyNameBeforeHyphenated(List<Token> toks, int j) {
    if (j + 1 >= toks.size() || !toks.get(j).text().matches("\\p{Lu}\\p{Ll}{1,4}")) {
      return false;
    }
    String given = toks.get(j + 1).text(); // syllables, not "Tory-leaning", "-controlled"
    return given.matches("\\p{Lu}\\p{Ll}{1,5}-\\p{Ll}{1,6}")
        && !given.matches(".*-(based|born|bred|led|backed|owned|run|raised|\\p{Ll}*ing"
            + "|\\p{Ll}*ed)")
        && !lex.places.contains(toks.get(j).text() + " " + given.split("-")[0]);
  }

  /**
   * Whether the capitalised word at {@code j}, right after a post's title and tagged as no proper
   * noun, opens a name of two words: "assistant coach Mere/RB Paewai said".
   */
  private boolean wordAfterTitleAsGivenName(List<Mention> out, List<Token> toks, int j) {
    Mention before = j > 0 ? covering(out, j - 1) : null;
    Token t = toks.get(j);
    return before != null && before.kind == Mention.Kind.ROLE && before.end == j
        && !t.isProperNoun() && t.text().matches("\\p{Lu}\\p{Ll}+")
        && !lex.notNames.contains(t.text()) && !FUNCTION_WORDS.contains(t.lower())
        && !DateFinder.isTimeWord(t.text()) && j + 1 < toks.size()
        && toks.get(j + 1).isProperNoun() && isNameToken(toks, j + 1)
        && !DateFinder.isTimeWord(toks.get(j + 1).text())
        && (j + 2 >= toks.size() || !toks.get(j + 2).isCapitalized());
  }

  /**
   * Whether the capitalised word at {@code j} is tagged a verb or modal but has a surname after
   * it, so that after a title it is a given name ("Dr Wen/VBD Zhao-Hargreaves").
   */
  private boolean verbTakenForGivenName(List<Token> toks, int j) {
    Token t = toks.get(j);
    // "Sen. Will/MD Stroud/JJ (D-Nev.)": a surname mistagged too, with a party tag after it
    return (t.pos().startsWith("VB") || t.pos().equals("MD"))
        && t.text().matches("\\p{Lu}\\p{Ll}+") && j + 1 < toks.size()
        && (toks.get(j + 1).isProperNoun() && isNameToken(toks, j + 1)
            || toks.get(j + 1).text().matches("\\p{Lu}\\p{Ll}+") && partyTag(toks, j + 2));
  }

  private boolean isNameToken(List<Token> toks, int j) {
    Token t = toks.get(j);
    String w = t.text();
    if (NAME_PARTICLES.contains(w)) {
      int k = j + 1; // "von der Leyen"
      while (k < toks.size() && k < j + 3 && NAME_PARTICLES.contains(toks.get(k).text())) {
        k++;
      }
      return k < toks.size() && toks.get(k).isCapitalized();
    }
    if (!t.isCapitalized() || w.length() < 2 && !w.matches("\\p{Lu}") // "Ó Broin"
        || w.matches("\\p{Lu}{2,}")) {
      return false; // an acronym ("PKP PLK") names no person
    }
    if (lex.honorifics.containsKey(w) || Clause.isBarePartyTag(w)) {
      return false; // nor a US party tag ("R-Traverse City")
    }
    if (IRISH_PARTICLES.contains(w) && j + 1 < toks.size() && toks.get(j + 1).isCapitalized()
        || j > 0 && IRISH_PARTICLES.contains(toks.get(j - 1).text()) && t.isCapitalized()) {
      return true; // "Tomás Ó/NN Riada", "Pádraig Ó Flaithile/JJ": an Irish surname, whatever
      // the tagger took its words for
    }
    if (lex.notNames.contains(w) && !(lex.givenNames.contains(w) && j + 1 < toks.size()
        && toks.get(j + 1).isCapitalized() && toks.get(j + 1).isProperNoun()
        && !lex.notNames.contains(toks.get(j + 1).text())
        && !ORG_HEADS.containsKey(toks.get(j + 1).text()))) {
      return false; // "Christian" of "Christian Lindner" is a name, of "Christian Democrats" not
    }
    if (!(t.isProperNoun() || lex.givenNames.contains(w)
        || familyNameBeforeHyphenated(toks, j) // "Ji/RB Eun-soo"
        // "Senator Armand Pelchat/RB made", "Marc Delchat/CC": a family name the tagger took
        // for an adverb or a conjunction
        || (t.pos().equals("RB") || t.pos().equals("CC")) && j > 0
            && lex.givenNames.contains(toks.get(j - 1).text())
            && !FUNCTION_WORDS.contains(t.lower()) && !t.lower().endsWith("ly"))) {
      return false;
    }
    return w.matches("[\\p{Lu}][\\p{L}'\\-.]*");
  }

  /**
   * A two- or three-word name of proper nouns followed by a finite verb, at the start of a
   * sentence or after a date word or comma: the subject of the sentence ("Bethan Lloyd
   * resigned"). Organisations and places are found before persons, so they are not taken.
   */
  private boolean subjectOfVerb(List<Token> toks, int start, int end) {
    if (end - start < 2 || end - start > 3) {
      return false;
    }
    for (int k = start; k < end; k++) {
      String w = toks.get(k).text();
      boolean namePart = toks.get(k).pos().equals("NNP") // or "Seán Ó Dálaigh", mistagged
          || k == start && lex.givenNames.contains(w) || k > start && w.matches("\\p{Lu}");
      if (!namePart || lex.places.contains(w) || ORG_HEADS.containsKey(w)) {
        return false;
      }
    }
    int verb = end;
    if (verb + 3 < toks.size() && toks.get(verb).lower().equals("and")) {
      int k = verb + 1; // "Pranab Sarkhel and Mita Haldar returned": a pair of subjects
      while (k < toks.size() && k < verb + 4 && toks.get(k).pos().equals("NNP")
          && !lex.places.contains(toks.get(k).text())
          && !ORG_HEADS.containsKey(toks.get(k).text())) {
        k++;
      }
      verb = k - verb - 1 >= 2 && k < toks.size() ? k : verb;
    }
    String pos = toks.get(verb).pos();
    boolean finite = pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")
        && verb > end || pos.equals("MD");
    Token before = start > 0 ? toks.get(start - 1) : null;
    boolean opening = before == null || before.text().equals(",")
        || before.pos().equals(":") // a dateline's dash: "WELLINGTON – Mereana Haddon has"
        || lex.notNames.contains(before.text()) || DateFinder.isTimeWord(before.text())
        || before.pos().startsWith("RB")
        // "Former Kerry footballer Seánie Hallissey signed up": after a description of the
        // person, a common noun
        || before.pos().equals("NN") && !before.isCapitalized() && start > 1
            && !toks.get(start - 2).lower().equals("the");
    return finite && opening;
  }

  /** A gazetteer organisation, with the form the text gave it (none when {@code form} is null). */
  private static Organization gazetteer(Lexicon.OrgEntry e, String form) {
    return new Organization("org/" + e.id(), e.name(), e.type(), e.country(),
        form == null ? Set.of() : Set.of(form));
  }

  /** The organisation a mention names, keyed and named as written: not in the gazetteer. */
  private static Optional<Organization> asWritten(Mention men, OrgType type,
      Optional<String> country) {
    return Optional.of(new Organization("org/" + Tokens.slug(men.text), men.text, type, country,
        Set.of(men.text)));
  }

  /** A word for how a business is owned or where it is based: "state-owned", "Leeds-based". */
  static final java.util.regex.Pattern OWNERSHIP = java.util.regex.Pattern.compile(
      "[\\p{L}.]+-(owned|based|run|listed|backed|controlled|funded)");
  /** Words before "District" in the name of a body that runs one: "Cedar School District". */
  private static final Set<String> DISTRICT_BODIES = ImmutableSet.of("School", "Schools",
      "Water", "Fire", "Hospital", "Health", "Transit", "Utility", "Irrigation", "Sanitation",
      "Park", "Library", "Regional");
  /** Words before "Schools" in a school district's name: "Tulsa Public Schools". */
  private static final Set<String> SCHOOL_DISTRICTS = ImmutableSet.of("Public", "City", "County",
      "District", "Unified", "Community", "Area");
  /** Words ending a venue's name, never a person's but ending a body's: "Gatwick Airport". */
  private static final Set<String> VENUES = ImmutableSet.of("Arena", "Stadium", "Airport",
      "Theatre", "Museum", "Library", "Cathedral");
  /** Levels of government written before a portfolio's title: "Federal Resources Minister". */
  private static final Set<String> LEVELS = ImmutableSet.of("Federal", "Provincial");
  /** Words that make "executive" a body of a party or union: "the national executive". */
  private static final Set<String> EXECUTIVE_SCOPES = ImmutableSet.of("national", "federal",
      "state", "provincial", "regional", "central", "party"); // not "the county executive"
  /** Nouns that may close an executive body's name: "the national executive committee". */
  private static final Set<String> EXECUTIVE_HEADS = ImmutableSet.of("committee", "council",
      "board");

  /**
   * A club named by a word that opens football club names in Portugal, Spain, Brazil and
   * elsewhere, before its place: "Atlético Cávado", "Desportivo Montemor", "Sporting Braga",
   * "FC Alvarinho", "União Desportiva de Tróia".
   */
  private void clubsByPrefix(Sentence s, List<Mention> out, boolean[] used) {
    List<Token> toks = s.tokens();
    for (int i = 0; i + 1 < toks.size(); i++) {
      if (used[i] || !CLUB_PREFIXES.contains(toks.get(i).text())) {
        continue;
      }
      int end = i + 1;
      while (end < toks.size() && end < i + 4 && !used[end]) {
        if (toks.get(end).isCapitalized() && toks.get(end).isProperNoun()
            || CLUB_PREFIXES.contains(toks.get(end).text())) {
          end++; // "União Desportiva", "Clube Desportivo Alvorinha" (whatever its tag)
        } else if (end > i + 1 && end + 1 < toks.size() && !used[end + 1]
            && CLUB_CONNECTORS.contains(toks.get(end).text())
            && toks.get(end + 1).isCapitalized() && toks.get(end + 1).isProperNoun()) {
          end += 2; // "de Tróia"
        } else {
          break;
        }
      }
      if (end > i + 1 && !lex.givenNames.contains(toks.get(i + 1).text())) {
        Mention men = add(out, used, Mention.Kind.ORG, s, i, end);
        men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
      }
      i = end - 1;
    }
  }

  /** Words that open a club's name before its place: "Atlético Cávado", "FC Alvarinho". */
  static final Set<String> CLUB_PREFIXES = ImmutableSet.of("Atlético", "Atletico",
      "Desportivo", "Deportivo", "Sporting", "Dinamo", "Dynamo", "Olympique", "Racing", "FC",
      "AFC", "CF", "CD", "UD", "SV", "VfB", "VfL", "TSV", "União", "Unión", "Clube");
  /** Words that join a club's name to its place: "União Desportiva de Tróia". */
  private static final Set<String> CLUB_CONNECTORS = ImmutableSet.of("de", "do", "da", "del");

  /**
   * Marks the boards an organisation's name comes right before as bodies of their own: "the
   * Spokane Transit Authority board" (not "the board member", nor a party's or a government's).
   */

  private void namedBoards(Sentence s, List<Mention> out, boolean[] used) {
    List<Token> toks = s.tokens();
    for (int i = 1; i < toks.size(); i++) {
      if (used[i] || !toks.get(i).text().equals("board")
          || i + 1 < toks.size() && toks.get(i + 1).pos().startsWith("NN")) {
        continue;
      }
      int at = i;
      Mention owner = out.stream().filter(m -> m.kind == Mention.Kind.ORG && m.end == at
          && m.start > 0 && toks.get(m.start - 1).lower().equals("the")
          && m.organization.map(o -> o.type() == OrgType.ORGANIZATION).orElse(false))
          .findFirst().orElse(null);
      if (owner != null) {
        out.remove(owner);
        Mention men = add(out, used, Mention.Kind.ORG, s, owner.start, i + 1);
        men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
      } else if (i > 1 && unknownOwnerOfBoard(toks, used, i - 1)) {
        // "chairman of the Eskom board": a body the gazetteer does not know, named by one word
        Mention men = add(out, used, Mention.Kind.ORG, s, i - 1, i + 1);
        men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
      } else {
        // "chair of the Northshore Health board": by two or three words
        int start = unknownOwnerRun(toks, used, i);
        if (start > 0) {
          Mention men = add(out, used, Mention.Kind.ORG, s, start, i + 1);
          men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
        }
      }
    }
  }

  /**
   * Whether the word at {@code k}, after "the" and before "board", is a single capitalised name
   * (no acronym, which may stand for a body named in full elsewhere) that is no place, person's
   * name, time, title or organisation word, and the board's name does not go on ("the Whitlow
   * board of trustees").
   */
  private boolean unknownOwnerOfBoard(List<Token> toks, boolean[] used, int k) {
    Token t = toks.get(k);
    return toks.get(k - 1).lower().equals("the") && ownerNameWord(toks, used, k)
        && !lex.places.contains(t.text()) && !boardOf(toks, k + 1)
        // a club by its nickname may own it: "the Raiders board"
        && (!ORG_HEADS.containsKey(t.text()) || TEAM_NICKNAMES.contains(t.text()));
  }

  /**
   * Whether the word at {@code k} may be a word of the name of a board's owner: a free,
   * capitalised proper noun that is no person's first name, time, title or honorific.
   */
  private boolean ownerNameWord(List<Token> toks, boolean[] used, int k) {
    Token t = toks.get(k);
    return !used[k] && t.pos().startsWith("NNP") && t.text().matches("\\p{Lu}\\p{Ll}[\\p{L}-]+")
        && !lex.givenNames.contains(t.text()) && !DateFinder.isTimeWord(t.text())
        && lex.roles.longestAt(toks, k).isEmpty() && !lex.honorifics.containsKey(t.text());
  }

  /** Head words of bodies that have a board or council of their own: "the university council". */
  private static final Set<String> GOVERNED_HEADS = ImmutableSet.of("university", "trust",
      "foundation", "institute", "museum", "orchestra", "corporation", "society", "charity");

  /** Words a body that is left or joined follows: "resigned from", "joined". */
  private static final Set<String> LEFT_OR_JOINED = ImmutableSet.of("from", "left", "leaves",
      "leaving", "quit", "quits", "quitting", "joined", "joins", "joining", "to");

  /**
   * Whether "board" or "council" at {@code i} closes "the X board" with X a head word of
   * {@link #GOVERNED_HEADS}, left or joined ("resigned from the university council", "left the
   * trust board"), and no longer name goes on (not "the university council election").
   */
  private static boolean ownersGoverningBody(List<Token> toks, boolean[] used, int i) {
    String w = toks.get(i).text();
    return (w.equals("board") || w.equals("council")) && i > 2 && !used[i] && !used[i - 1]
        && !used[i - 2] && toks.get(i - 2).lower().equals("the")
        && LEFT_OR_JOINED.contains(toks.get(i - 3).lower())
        && GOVERNED_HEADS.contains(toks.get(i - 1).text())
        && !(i + 1 < toks.size() && (toks.get(i + 1).lower().equals("of")
            || toks.get(i + 1).pos().startsWith("NN")));
  }

  /** Whether "of" follows the "board" at {@code board}: "the Whitlow board of trustees". */
  private static boolean boardOf(List<Token> toks, int board) {
    return board + 1 < toks.size() && toks.get(board + 1).lower().equals("of");
  }

  /**
   * Where the name of two or three capitalised words between "the" and the "board" at
   * {@code board} starts ("the Northshore Health board"), when no word is a person's first name,
   * a time, a title or an honorific; else -1.
   */
  private int unknownOwnerRun(List<Token> toks, boolean[] used, int board) {
    for (int start = board - 2; start >= Math.max(1, board - 3); start--) {
      if (!toks.get(start - 1).lower().equals("the")) {
        continue;
      }
      boolean names = true;
      for (int k = start; k < board && names; k++) {
        names = ownerNameWord(toks, used, k);
      }
      if (names && !boardOf(toks, board)) {
        return start;
      }
    }
    return -1;
  }

  /** Kinds of business a person is hardly called by: not "developer", "builder", "producer". */
  private static final Set<String> FIRM_KINDS = ImmutableSet.copyOf(Sets.difference(
      BUSINESS_NOUNS, ImmutableSet.of("developer", "builder", "producer", "maker", "publisher",
          "brewer", "shipper", "grocer")));
  /** Words that may close the apposition of a firm's kind: "X, the rail company that ...". */
  private static final Set<String> KIND_CLOSERS = ImmutableSet.of(",", ".", "that", "which",
      "based", "headquartered", "in", "whose", ";");

  /**
   * Takes an unrecognised name of one to three capitalised words as a firm when an apposition
   * after it tells its kind: "the supervisory board of Kolprojekt, the state-owned rail
   * engineering company that ran the tender" (not "Jones, a firm believer in ...").
   */
  private void firmsBeforeTheirKind(Sentence s, List<Mention> out, boolean[] used) {
    List<Token> toks = s.tokens();
    for (int i = 0; i + 3 < toks.size(); i++) {
      if (used[i] || !toks.get(i).isCapitalized() || !toks.get(i).pos().equals("NNP")
          || i > 0 && (toks.get(i - 1).isCapitalized() || toks.get(i - 1).text().equals(","))
          || lex.givenNames.contains(toks.get(i).text())) {
        continue;
      }
      int end = i;
      while (end < toks.size() && end < i + 3 && !used[end] && toks.get(end).isCapitalized()
          && toks.get(end).pos().equals("NNP") && lex.roles.longestAt(toks, end).isEmpty()) {
        end++;
      }
      if (end + 2 >= toks.size() || !toks.get(end).text().equals(",")
          || !(toks.get(end + 1).lower().equals("the") || toks.get(end + 1).lower().equals("a")
              || toks.get(end + 1).lower().equals("an"))
          || lex.places.contains(span(toks, i, end)) || DateFinder.isTimeWord(toks.get(i).text())) {
        i = end;
        continue;
      }
      int k = end + 2;
      // (the kind's words may be a description already: "the state-owned freight company")
      while (k < toks.size() && k < end + 8 && !toks.get(k).text().equals(",")
          && !BUSINESS_NOUNS.contains(toks.get(k).lower())
          && (toks.get(k).pos().startsWith("JJ") || toks.get(k).pos().startsWith("NN")
              || toks.get(k).pos().equals("VBN") || toks.get(k).text().equals("-"))) {
        k++;
      }
      boolean kind = k + 1 < toks.size() && FIRM_KINDS.contains(toks.get(k).lower())
          && KIND_CLOSERS.contains(toks.get(k + 1).lower());
      if (kind) {
        Mention men = add(out, used, Mention.Kind.ORG, s, i, end);
        men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
        men.description = toks.get(k).lower();
      }
      i = end;
    }
  }

  /** A county's officers, whose title its name comes before: "Tamarack County Administrator". */
  private static final Set<String> COUNTY_OFFICERS = ImmutableSet.of("administrator", "manager",
      "clerk", "treasurer", "auditor", "assessor");
  /** Words of rank before an office's title: "Deputy County Administrator". */
  private static final Set<String> RANK_WORDS = ImmutableSet.of("Deputy", "Assistant", "Acting",
      "Interim", "Chief", "Former", "Senior", "Associate");

  /**
   * Takes "X County" right before the title of a county's officer as the county, the body the
   * officer serves: "Tamarack County Administrator Gregory Pannell" (not its sheriff's or its
   * commissioners', whose bodies are offices and boards of their own).
   */
  private void countiesBeforeTitles(Sentence s, List<Mention> out, boolean[] used) {
    List<Token> toks = s.tokens();
    for (Mention role : List.copyOf(out)) {
      int county = role.start - 1;
      if (role.kind != Mention.Kind.ROLE || county < 1 || used[county]
          || !toks.get(county).text().equals("County")
          || !COUNTY_OFFICERS.contains(role.roleLabel)) {
        continue;
      }
      int start = county;
      while (start > 0 && start > county - 3 && !used[start - 1]
          && toks.get(start - 1).isCapitalized() && toks.get(start - 1).pos().equals("NNP")
          && lex.roles.longestAt(toks, start - 1).isEmpty()
          && !RANK_WORDS.contains(toks.get(start - 1).text())) {
        start--; // not "Deputy County Administrator X"
      }
      if (start < county) {
        Mention men = add(out, used, Mention.Kind.ORG, s, start, county + 1);
        men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
      }
    }
  }

  /**
   * Takes an unrecognised name of two or more capitalised words whose "'s" (or ", whose") owns
   * a firm's post as the firm: "Nordhafen Logistik's chief executive, Jens Brackmann,", "Cambrian
   * Connect, whose managing director" (not a person's: "Dana Whitcomb's chief of staff", nor a
   * name that opens with a given name).
   */
  private void employersBeforeTitles(Sentence s, List<Mention> out, boolean[] used) {
    List<Token> toks = s.tokens();
    for (int i = 0; i + 3 < toks.size(); i++) {
      int end = i;
      while (end < toks.size() && !used[end] && toks.get(end).isCapitalized()
          && toks.get(end).pos().equals("NNP")) {
        end++;
      }
      // "Cambrian Connect, whose managing director, X,"
      int whose = end + 2 < toks.size() && toks.get(end).text().equals(",")
          && toks.get(end + 1).lower().equals("whose") ? end + 1 : end;
      boolean owner = end - i >= 2 && end + 1 < toks.size()
          && (whose > end || toks.get(end).text().equals("'s"))
          && !(i > 0 && toks.get(i - 1).isCapitalized() && toks.get(i - 1).isProperNoun())
          && !lex.givenNames.contains(toks.get(i).text())
          && !lex.places.contains(span(toks, i, end));
      // "resigned as Mercia's head coach": one word owns a team's post (not a place's, a
      // person's or a given name's)
      int after = end + 1;
      boolean team = end - i == 1 && after < toks.size() && toks.get(end).text().equals("'s")
          && i > 0 && !toks.get(i - 1).isCapitalized()
          && !lex.givenNames.contains(toks.get(i).text())
          && !lex.places.contains(span(toks, i, end)) && !DateFinder.isTimeWord(toks.get(i).text())
          && lex.roles.longestAt(toks, i).isEmpty()
          && out.stream().anyMatch(m -> m.kind == Mention.Kind.ROLE && m.start == after
              && TEAM_POSTS.contains(m.text.toLowerCase(Locale.ROOT)));
      if (owner && firmsPostAfter(out, toks, used, whose) || team) {
        Mention men = add(out, used, Mention.Kind.ORG, s, i, end);
        men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
      }
      i = Math.max(i, end);
    }
  }

  /**
   * Takes an unrecognised name of one to four capitalised words that opens a sentence as the
   * firm when it tells of its own post-holder: "Datavorm says its chief executive, X, has
   * stepped down", "Agrosev, the agricultural holding, said on Monday that its chief executive"
   * (not a place, a person's given name or a title).
   */
  private void employersSayingTheirPost(Sentence s, List<Mention> out, boolean[] used) {
    List<Token> toks = s.tokens();
    int first = 0; // or past a wire dateline: "ZURICH, Jan 28 - Albis Rueck, the reinsurer, said"
    while (first < toks.size() && first < 12 && !afterDateline(toks, first + 1)) {
      first++;
    }
    first = first < toks.size() - 1 && first < 12 ? first + 1 : 0;
    Mention guessed = covering(out, first); // "Harwick Optics", taken for a person's name
    boolean person = guessed != null && guessed.kind == Mention.Kind.PERSON
        && guessed.start == first && guessed.entities.size() <= 1;
    int end = person ? guessed.end : first;
    while (end < toks.size() && end < first + 4 && !used[end] && toks.get(end).isCapitalized()
        && toks.get(end).pos().startsWith("NN") && lex.roles.longestAt(toks, end).isEmpty()) {
      end++;
    }
    if (end == first || end + 3 >= toks.size() || lex.givenNames.contains(toks.get(first).text())
        || lex.honorifics.containsKey(toks.get(first).text())
        || lex.places.contains(span(toks, first, end))
        || lex.notNames.contains(toks.get(first).text())) {
      return;
    }
    int verb = end;
    if (toks.get(end).text().equals(",")) { // past an apposition: "Agrosev, the holding whose
      verb = end + 1; // subsidiaries received most of the money, said"
      while (verb < toks.size() && verb < end + 16 && !toks.get(verb).text().equals(",")) {
        verb++;
      }
      verb++;
    }
    if (verb >= toks.size() || !TELLING_VERBS.contains(toks.get(verb).lower())) {
      return;
    }
    int its = verb + 1;
    while (its < toks.size() && its < verb + 4 && (toks.get(its).lower().equals("on")
        || DateFinder.isTimeWord(toks.get(its).text()))) {
      its++; // "said on Monday"
    }
    its = its < toks.size() && toks.get(its).lower().equals("that") ? its + 1 : its;
    if (its + 1 < toks.size() && toks.get(its).lower().equals("its")
        && firmsPostAfter(out, toks, used, its)) {
      if (person) {
        out.remove(guessed);
        java.util.Arrays.fill(used, first, guessed.end, false);
      }
      Mention men = add(out, used, Mention.Kind.ORG, s, first, end);
      men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
    }
  }

  /** Nouns of a firm's traded stock: "shares in X", "X shares", "X stock". */
  private static final Set<String> STOCK = ImmutableSet.of("shares", "stock");

  /**
   * Takes an unrecognised name of one to four capitalised words as a firm when the sentence
   * tells of its traded stock: "Shares in Donauwerk Energie fell", "shares of Tamarind Foods",
   * "Donauwerk shares slide as ...".
   */
  private void tradedFirms(Sentence s, List<Mention> out, boolean[] used) {
    List<Token> toks = s.tokens();
    for (int k = 0; k + 1 < toks.size(); k++) {
      String w = toks.get(k).lower();
      int start = -1;
      int end = -1;
      if (STOCK.contains(w) && (toks.get(k + 1).lower().equals("in")
          || toks.get(k + 1).lower().equals("of"))) {
        start = k + 2; // "Shares in Donauwerk Energie"
        end = start;
        while (end < toks.size() && end < start + 4 && !used[end]
            && toks.get(end).isCapitalized() && toks.get(end).pos().startsWith("NN")) {
          end++;
        }
      } else if (k == 0 && toks.get(0).isCapitalized() && !used[0]) {
        end = 0; // "Donauwerk shares slide": a name opening the sentence before its stock
        while (end < toks.size() && end < 4 && !used[end] && toks.get(end).isCapitalized()
            && toks.get(end).pos().startsWith("NN")) {
          end++;
        }
        int after = end < toks.size() && toks.get(end).text().equals("'s") ? end + 1 : end;
        start = after < toks.size() && STOCK.contains(toks.get(after).lower())
            && after + 1 < toks.size() && !toks.get(after + 1).lower().equals("of")
            ? 0 : -1;
      }
      if (start < 0 || end <= start || end < toks.size() && toks.get(end).isCapitalized()
          || lex.givenNames.contains(toks.get(start).text())
          || lex.places.contains(span(toks, start, end))
          || lex.notNames.contains(toks.get(start).text())
          || !lex.roles.longestAt(toks, start).isEmpty()) {
        continue;
      }
      Mention men = add(out, used, Mention.Kind.ORG, s, start, end);
      men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
    }
  }

  /** Verbs a body tells news of its own by: "said", "says", "announced", "confirmed". */
  private static final Set<String> TELLING_VERBS = ImmutableSet.of("said", "says", "announced",
      "announces", "confirmed", "confirms", "stated");

  /**
   * Whether the capitalised words from {@code start} to {@code end} are followed by their
   * initials in brackets: "UK Athletics (UKA)", "Port Harmon Housing Trust (PHHT)".
   */
  private static boolean acronymAfter(List<Token> toks, int start, int end) {
    if (end + 2 >= toks.size() || !toks.get(end).text().equals("(")
        || !toks.get(end + 2).text().equals(")")
        || !toks.get(end + 1).text().matches("\\p{Lu}{2,6}")) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    for (int k = start; k < end; k++) {
      String w = toks.get(k).text();
      if (!isConnector(w)) {
        initials.append(w.matches("\\p{Lu}+") ? w : w.substring(0, 1));
      }
    }
    return initials.toString().equals(toks.get(end + 1).text());
  }

  /**
   * Takes an unrecognised name of two to four capitalised words after a firm's or a team's post
   * and "of" as the firm or team: "chief executive of Tamar Vale", "head coach of Tamar Vale"
   * (where "Tamar" is also a given name).
   */
  private void employersAfterTitles(Sentence s, List<Mention> out, boolean[] used) {
    List<Token> toks = s.tokens();
    for (Mention role : List.copyOf(out)) {
      int i = role.end + 1;
      if (role.kind != Mention.Kind.ROLE || i >= toks.size()
          || !toks.get(role.end).lower().equals("of")
          || !(EMPLOYER_POSTS.contains(toks.get(role.end - 1).lower())
              || TEAM_POSTS.contains(role.text.toLowerCase(Locale.ROOT)))) {
        continue;
      }
      int end = i;
      while (end < toks.size() && end < i + 4 && !used[end] && toks.get(end).isCapitalized()
          && toks.get(end).pos().equals("NNP") && lex.roles.longestAt(toks, end).isEmpty()
          && !lex.honorifics.containsKey(toks.get(end).text())) {
        end++;
      }
      // not "United Nurses" of "United Nurses of Alberta": a name may go on past "of"
      boolean closed = end < toks.size() && !used[end] && !toks.get(end).isCapitalized()
          && !toks.get(end).text().equals("'s") && !isConnector(toks.get(end).text());
      if (end - i >= 2 && closed && !lex.places.contains(span(toks, i, end))) {
        Mention men = add(out, used, Mention.Kind.ORG, s, i, end);
        men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
      }
    }
  }

  /**
   * Whether a firm's post (chief executive, chairman, ...) follows the "'s" at {@code apostrophe},
   * past adjectives ("new"; "chief" of "chief executive" is the title's own word).
   */
  private static boolean firmsPostAfter(List<Mention> out, List<Token> toks, boolean[] used,
      int apostrophe) {
    int k = apostrophe + 1;
    while (k < toks.size() && k < apostrophe + 4 && toks.get(k).pos().startsWith("JJ")
        && !used[k]) {
      k++;
    }
    int at = k;
    return out.stream().filter(m -> m.kind == Mention.Kind.ROLE && m.start > apostrophe
            && m.start <= at).findFirst()
        .map(m -> EMPLOYER_POSTS.contains(toks.get(m.end - 1).lower())).orElse(false);
  }


  /**
   * Extends a name not in the gazetteer through a plural possessive inside it: "Kennet Mums'
   * Voice", "Allendale Carers' Collective" (not before a given name or a title: "Acme Builders'
   * Jane Roe", "Eastfield Growers' Managing Director X").
   */
  private void possessiveNames(Sentence s, List<Mention> out, boolean[] used) {
    List<Token> toks = s.tokens();
    for (Mention m : List.copyOf(out)) {
      int apostrophe = m.end;
      if (apostrophe + 1 < toks.size() && !used[apostrophe]
          && toks.get(apostrophe).isCapitalized() && toks.get(apostrophe).lower().endsWith("s")
          && toks.get(apostrophe + 1).text().equals("'")) {
        apostrophe++; // "Port Harmon Police Officers' Guild": a plural the name left out
      }
      int k = apostrophe + 1;
      boolean asWritten = m.kind == Mention.Kind.ORG && m.organization
          .map(o -> o.key().equals("org/" + Tokens.slug(m.text))).orElse(false);
      if (!asWritten || k >= toks.size() || !toks.get(apostrophe).text().equals("'")
          || !toks.get(apostrophe - 1).lower().endsWith("s")) {
        continue;
      }
      int end = k;
      while (end < toks.size() && end < k + 3 && !used[end] && toks.get(end).isCapitalized()
          && toks.get(end).pos().equals("NNP") && !lex.givenNames.contains(toks.get(end).text())
          && lex.roles.longestAt(toks, end).isEmpty()) { // not "Growers' Managing Director X"
        end++;
      }
      if (end > k) {
        out.remove(m);
        Mention men = add(out, used, Mention.Kind.ORG, s, m.start, end);
        men.organization = asWritten(men, m.organization.get().type(), m.organization.get()
            .country());
      }
    }
  }

  /** Titles of a seat that a constituency's name may come before: "East Carrick MLA X". */
  private static final Set<String> SEAT_TITLES = ImmutableSet.of("MP", "MLA", "TD", "MSP", "MS",
      "MPP", "MNA", "MHA", "MLC", "MEP", "AM");

  /**
   * Drops a "person" right before a seat's title that another person's name follows: "appointed
   * East Carrick MLA Lorraine Boyd" names one person, the member for East Carrick.
   */
  private static void constituenciesBeforeTitles(List<Mention> sorted) {
    for (int i = 0; i + 2 < sorted.size(); i++) {
      Mention place = sorted.get(i);
      Mention title = sorted.get(i + 1);
      Mention person = sorted.get(i + 2);
      if (place.kind == Mention.Kind.PERSON && place.honorific.isEmpty()
          && title.kind == Mention.Kind.ROLE && title.start == place.end
          && SEAT_TITLES.contains(title.roleLabel) && person.kind == Mention.Kind.PERSON
          && person.start == title.end) {
        sorted.remove(i);
      }
    }
  }

  /** Words between a candidate's name and "campaign": "Benning's Senate campaign". */
  private static final Set<String> CAMPAIGN_KINDS = ImmutableSet.of("senate", "house",
      "re-election", "reelection", "presidential", "mayoral", "gubernatorial", "leadership",
      "primary", "congressional", "election", "council", "assembly", "national", "state");

  /**
   * A candidate's campaign, named by the candidate: "the Whitcomb campaign", "Benning's Senate
   * campaign", "Lindqvist's campaign team" (an organisation named "Whitcomb campaign"); not the
   * candidate when "campaign" opens a title ("Whitcomb's campaign manager", found before).
   */
  private static void campaigns(Sentence s, List<Mention> out) {
    List<Token> toks = s.tokens();
    for (Mention m : List.copyOf(out)) {
      if (m.kind != Mention.Kind.PERSON || m.end >= toks.size()) {
        continue;
      }
      int k = m.end;
      if (toks.get(k).text().equals("'s") || toks.get(k).text().equals("'")) {
        k++;
      } else if (m.start == 0 || !toks.get(m.start - 1).lower().equals("the")) {
        continue; // "the Whitcomb campaign", not "Whitcomb campaigned"
      }
      int kinds = k;
      while (k < toks.size() && k < kinds + 2 && covering(out, k) == null
          && CAMPAIGN_KINDS.contains(toks.get(k).lower())) {
        k++;
      }
      if (k >= toks.size() || covering(out, k) != null
          || !toks.get(k).lower().equals("campaign")) {
        continue;
      }
      int end = k + 1 < toks.size() && toks.get(k + 1).lower().equals("team") ? k + 2 : k + 1;
      // "Sen. Harlan Mayfield's re-election campaign": the senator stays, the campaign follows
      int start = m.honorific.isEmpty() ? m.start : kinds;
      if (start == m.start) {
        out.remove(m);
      }
      Mention men = new Mention(Mention.Kind.ORG, s.index(), start, end,
          span(toks, start, end));
      out.add(men);
      String name = toks.get(m.end - 1).text() + " campaign";
      men.organization = Optional.of(new Organization("org/" + Tokens.slug(name), name,
          OrgType.ORGANIZATION, Optional.empty(), Set.of(name)));
    }
  }

  /** Words naming a club's sport, before "Club": "Northmoor County Cricket Club". */
  private static final Set<String> CLUB_SPORTS = ImmutableSet.of("Cricket", "Football", "Rugby",
      "Hockey", "Golf", "Rowing", "Tennis", "Hurling", "Netball", "Basketball");

  /**
   * How many words of a club's name {@code words} come before its sport ("Northmoor" of
   * "Northmoor County Cricket Club", "Kinross Rugby Football Club"), or 0 if it is no such club.
   */
  private static int clubSport(List<String> words) {
    int n = words.size();
    if (n < 3 || !words.get(n - 1).equals("Club") || !CLUB_SPORTS.contains(words.get(n - 2))) {
      return 0;
    }
    int k = n - 2;
    while (k > 0 && (CLUB_SPORTS.contains(words.get(k - 1)) || words.get(k - 1).equals("County"))) {
      k--;
    }
    return k;
  }

  /** Nouns closing the name of a party's local or sectional unit: "its Miyagi chapter". */
  private static final Set<String> PARTY_UNITS = ImmutableSet.of("chapter", "branch", "wing",
      "association");

  /**
   * Marks a party's local or sectional units as bodies of their own, named with the party: "the
   * Liberal Democratic Party's Miyagi prefectural chapter", "Labour's youth wing", "the
   * Conservative Party's Devon branch" (one to three words before the unit's noun).
   */
  private static void partyUnits(Sentence s, List<Mention> out, boolean[] used) {
    List<Token> toks = s.tokens();
    for (int i = 3; i < toks.size(); i++) {
      if (used[i] || !PARTY_UNITS.contains(toks.get(i).lower())
          || i + 1 < toks.size() && toks.get(i + 1).pos().startsWith("NN")) {
        continue; // not "the party's branch secretary"
      }
      int start = i;
      while (start > i - 3 && !used[start - 1] && (toks.get(start - 1).pos().startsWith("NN")
          || toks.get(start - 1).pos().startsWith("JJ"))) {
        start--;
      }
      int from = start - 1; // the possessive
      boolean possessive = start < i && (toks.get(from).text().equals("'s")
          || toks.get(from).text().equals("'"));
      Mention owner = !possessive ? null : out.stream().filter(m -> m.kind == Mention.Kind.ORG
          && m.end == from
          && m.organization.map(o -> o.type() == OrgType.POLITICAL_PARTY).orElse(false))
          .findFirst().orElse(null);
      // a unit named by a place or by whom it gathers ("Devon branch", "youth wing"), not a
      // current of opinion ("the party's right wing")
      boolean named = toks.subList(start, i).stream()
          .anyMatch(w -> w.isCapitalized() || UNIT_MEMBERS.contains(w.lower()));
      if (owner != null && named) {
        // the party's name kept in the unit's: "the Labour Party's youth wing" is not the
        // Conservatives'
        out.remove(owner);
        Mention men = add(out, used, Mention.Kind.ORG, s, owner.start, i + 1);
        men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
      }
    }
  }

  /** Words naming whom a party's unit gathers: "youth wing", "constituency association". */
  private static final Set<String> UNIT_MEMBERS = ImmutableSet.of("youth", "student",
      "students", "women", "women's", "young", "constituency", "local", "county", "district",
      "regional", "prefectural", "provincial", "state", "parliamentary");

  /**
   * Marks the executive bodies of parties and unions: "the party's national executive", "Labour's
   * federal executive committee", "the Alliance Party executive", "the union's state executive";
   * not officers ("a Goldman Sachs executive", "the national executive director", "the chief
   * executive").
   */
  private static void executiveBodies(Sentence s, List<Mention> out, boolean[] used) {
    List<Token> toks = s.tokens();
    for (int i = 1; i < toks.size(); i++) {
      if (used[i] || !toks.get(i).lower().equals("executive")) {
        continue;
      }
      int end = i + 1 < toks.size() && EXECUTIVE_HEADS.contains(toks.get(i + 1).lower())
          ? i + 2 : i + 1;
      if (end < toks.size() && (toks.get(end).pos().startsWith("NN")
          || toks.get(end).pos().startsWith("JJ")) && !timeAt(toks, end)) {
        continue; // "the national executive member", "the state executive director"; not
        // "resigned from the national executive last week"
      }
      int start = i;
      while (start > 0 && start > i - 2 && !used[start - 1]
          && EXECUTIVE_SCOPES.contains(toks.get(start - 1).lower())) {
        start--; // "the state party executive"
      }
      int from = start;
      Mention owner = out.stream().filter(m -> m.kind == Mention.Kind.ORG && m.end == from
          && m.organization.map(o -> o.type() == OrgType.POLITICAL_PARTY).orElse(false))
          .findFirst().orElse(null);
      String before = start > 0 ? toks.get(start - 1).lower() : "";
      // a scope makes the owner's executive a body ("Vox national executive"); with none, only
      // "the" does ("the Labour executive", not "a senior Labour executive")
      if (owner != null && (start < i || owner.start > 0
          && toks.get(owner.start - 1).lower().equals("the"))) {
        out.remove(owner); // "the Alliance Party executive", "the PSOE federal executive"
        start = owner.start;
      } else if (start == i && (end == i + 1 || !before.equals("the"))
          || !(before.equals("the") || before.equals("'s") || before.equals("'")
              || before.equals("its") || before.equals("their"))) {
        // "executive" alone: a person, or "the executive" named before; "the Ohio Democratic
        // Party's executive committee" is the party's, for the posts it fills
        continue;
      }
      Mention men = add(out, used, Mention.Kind.ORG, s, start, end);
      men.organization = asWritten(men, OrgType.ORGANIZATION, Optional.empty());
    }
  }

  /** Business nouns that name no person, and so may take modifiers: "the family-owned firm". */
  private static final Set<String> MODIFIABLE_HEADS = ImmutableSet.of("company", "firm",
      "charity", "bank", "club", "airline", "utility", "supermarket", "chain", "conglomerate",
      "broadcaster", "lender", "insurer", "retailer", "co-operative", "cooperative");
  /** Words before a party's government that make it another than the one in office. */
  private static final Set<String> OTHER_GOVERNMENTS = ImmutableSet.of("a", "an", "another",
      "last", "previous", "former", "future", "next", "old");

  /**
   * Whether "government" at {@code i} follows a party's name, as in "the minority Liberal
   * government" or "Tasmania's Labor government"; if so the party's mention becomes one of the
   * government, the one named before or else the article's {@code government}.
   */
  private boolean partyGovernment(Sentence s, List<Mention> out, boolean[] used, int i,
      Optional<Lexicon.OrgEntry> government) {
    List<Token> toks = s.tokens();
    if (used[i] || i + 1 < toks.size() && (toks.get(i + 1).lower().equals("of")
        || toks.get(i + 1).pos().startsWith("NN"))) {
      return false; // "the Labour government of Harold Wilson", "Conservative government
                    // minister X": the words after it say whose, or what
    }
    Mention party = null;
    for (Mention m : out) {
      if (m.kind == Mention.Kind.ORG && m.end == i && m.organization.isPresent()
          && m.organization.get().type() == OrgType.POLITICAL_PARTY) {
        party = m;
      }
    }
    if (party == null || party.start > 0
        && OTHER_GOVERNMENTS.contains(toks.get(party.start - 1).lower())) {
      return false; // "the last Conservative government", "a future Labour government"
    }
    out.remove(party);
    int start = party.start > 0 && toks.get(party.start - 1).lower().equals("the")
        && !used[party.start - 1] ? party.start - 1 : party.start;
    Mention men = add(out, used, Mention.Kind.ORG, s, start, i + 1);
    men.anaphorType = Optional.of(OrgType.GOVERNMENT);
    men.fallback = government.map(e -> gazetteer(e, null));
    men.governingParty = party.organization;
    return true;
  }

  /** Words before "the" that make a described party the one joined, often not the last named. */
  private static final Set<String> TOWARDS = ImmutableSet.of("joined", "join", "joins",
      "joining", "to", "into", "with", "for");

  /**
   * Where the description ending in the anaphor of type {@code type} at {@code head} begins,
   * past the modifiers that leave it the body named before: a company by what it does ("the
   * State ports company"), a party left by its creed ("quitting the conservative party"), a
   * party's group in parliament ("the parliamentary group"); not "the insurgent party", "joined
   * the conservative party", "the hard-line group", "the centre-right government", "the
   * television producer", often another than the last one named.
   */
  private static int describedStart(List<Token> toks, boolean[] used, int head, OrgType type) {
    String before = toks.get(head - 1).lower();
    boolean modifiable = switch (type) {
      case POLITICAL_PARTY -> CREEDS.contains(before) && (head < 3
          || !TOWARDS.contains(toks.get(head - 3).lower()));
      case PARLIAMENTARY_GROUP -> before.equals("parliamentary");
      case ORGANIZATION -> MODIFIABLE_HEADS.contains(toks.get(head).lower());
      default -> false;
    };
    return modifiable ? describedAnaphorStart(toks, used, head) : head - 1;
  }

  /**
   * Where a description ending in the anaphor at {@code head} begins: "the" before it, or
   * before one or two lower-case modifiers ("the bipartisan group", "the State forestry
   * company"); {@code head - 1} when there is none, which the caller finds is no "the".
   */
  private static int describedAnaphorStart(List<Token> toks, boolean[] used, int head) {
    if (head + 1 < toks.size() && (toks.get(head + 1).lower().equals("on")
        || toks.get(head + 1).lower().equals("for"))
        && !DateFinder.isTimeWord(head + 2 < toks.size() ? toks.get(head + 2).text() : "")
        || head + 1 < toks.size() && toks.get(head + 1).pos().equals("VBN")) {
      // "the all-party parliamentary group on rail": a name of its own; "the parliamentary
      // group led by the Social Democrats": one the words after it tell
      return head - 1;
    }
    for (int k = head - 1; k >= 0 && k >= head - 3; k--) {
      Token t = toks.get(k);
      if (t.lower().equals("the") && k < head - 1) {
        return k;
      }
      // "the State broadcaster": owned by the state, not a state's
      boolean modifier = !used[k] && (t.text().equals("State") || !t.isCapitalized()
          && (t.pos().equals("JJ") || t.pos().startsWith("NN")) && !t.text().contains("'")
          && !OTHER_THAN_NAMED.contains(t.lower()));
      if (!modifier) {
        break;
      }
    }
    return head - 1;
  }

  /** The start of a US state's name that ends just before token {@code i}, or -1. */
  private int usStateBefore(List<Token> toks, boolean[] used, int i) {
    for (int start = Math.max(0, i - 3); start < i; start++) {
      if (lex.usState(toks, start, i) && !anyUsed(used, start, i)) {
        return start;
      }
    }
    return -1;
  }

  /**
   * Whether a party's name starts at {@code k} right after "Council for" at {@code head}: "sat
   * on Fife Council for Labour" names the council and the party, not one body.
   */
  private boolean partyFor(List<Token> toks, int head, int k) {
    return k == head + 2 && toks.get(head).text().equals("Council")
        && toks.get(head + 1).lower().equals("for") && partyAt(toks, k);
  }

  /** Whether a party's name starts at token {@code k}. */
  private boolean partyAt(List<Token> toks, int k) {
    return lex.organisations.longestAt(toks, k).map(m -> m.value().stream()
        .anyMatch(o -> o.entry().type() == OrgType.POLITICAL_PARTY)).orElse(false);
  }

  /**
   * Whether the capitalised words from {@code i} to {@code j} hold a person's name: a given name
   * with another capitalised word after it that is no organisation's head ("Victoria and Albert
   * Museum" holds none).
   */
  private boolean personInRun(List<Token> toks, int i, int j) {
    for (int g = i; g + 1 < j; g++) {
      if (lex.givenNames.contains(toks.get(g).text()) && toks.get(g + 1).isCapitalized()
          && !ORG_HEADS.containsKey(toks.get(g + 1).text())
          && !lex.places.contains(toks.get(g).text())) { // not "Georgia House of ..."
        return true;
      }
    }
    return false;
  }

  /** Whether a role phrase from the lexicon covers token {@code i}. */
  private boolean insideRole(List<Token> toks, int i) {
    for (int k = Math.max(0, i - 8); k <= i; k++) {
      Optional<PhraseIndex.Match<Lexicon.RoleEntry>> m = lex.roles.longestAt(toks, k);
      if (m.isPresent() && m.get().end() > i) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a legislator's title written in capitals after a name starts at {@code i} and ends
   * the phrase: "Bríd Kavanagh TD, said", "Dan Carden MP".
   */
  static boolean postNominalTitle(List<Mention> ms, List<Token> toks, int i) {
    for (Mention m : ms) {
      if (m.kind == Mention.Kind.ROLE && m.start == i && m.end == i + 1
          && toks.get(i).text().matches("\\p{Lu}{2,4}")
          && m.role.kind() == Lexicon.RoleKind.LEGISLATURE
          && (m.end >= toks.size() || !toks.get(m.end).isProperNoun()
              || !toks.get(m.end).isCapitalized())) {
        return true;
      }
    }
    return false;
  }

  private static boolean roleEndsAt(List<Mention> ms, int i) {
    for (Mention m : ms) {
      if (m.kind == Mention.Kind.ROLE && m.end == i) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSentenceStartWord(List<Token> toks, int i) {
    return i == 0;
  }

  /** Whether a particle at {@code j} leads to a capitalised word: "de Arte", "de la Garonne". */
  private static boolean particleAt(List<Token> toks, int j) {
    if (j + 1 >= toks.size() || !PARTICLES.contains(toks.get(j).text())) {
      return false;
    }
    return toks.get(j + 1).isCapitalized() || j + 2 < toks.size()
        && PARTICLES.contains(toks.get(j + 1).text()) && toks.get(j + 2).isCapitalized();
  }

  /** Lower-case heads of a committee's name: "the Armed Services subcommittee". */
  private static final Set<String> LOWER_COMMITTEES = ImmutableSet.of("committee", "subcommittee");

  /** Whether token {@code k} is a lower-case noun or adjective of a committee's subject. */
  private static boolean subjectWord(List<Token> toks, boolean[] used, int k) {
    return !used[k] && !toks.get(k).isCapitalized()
        && (toks.get(k).pos().startsWith("NN") || toks.get(k).pos().equals("JJ"));
  }

  /** Prepositions before a place: "an MP from North Canterbury". */
  private static final Set<String> PLACE_PREPOSITIONS = ImmutableSet.of("from", "in");

  /** Words closing the name of a landform, a place: "the Huon Valley", "the Mourne Mountains". */
  private static final Set<String> LANDFORMS = ImmutableSet.of("Valley", "Valleys", "Hills",
      "Heights", "River", "Bay", "Coast", "Island", "Islands", "Peninsula", "Mountains",
      "Plains", "Lakes", "Forest", "Fens", "Dales", "Downs", "Highlands", "Lowlands", "Delta");

  /** Words that make a place of a nation's name: "North Wales", "New South Wales". */
  private static final Set<String> REGION_WORDS = ImmutableSet.of("North", "South", "East",
      "West", "Northern", "Southern", "Eastern", "Western", "Central", "New", "Greater", "Mid",
      "Upper", "Lower", "Rural", "Old", "All");

  /**
   * Whether tokens [start, end) are common words, with at most one "and" between them, and then
   * a nation's name: "Fire and Emergency New Zealand", "Sport England", "Police Scotland".
   */
  private boolean nationNamed(List<Token> toks, int start, int end) {
    int nation = end - 1;
    if (end - start >= 3 && toks.get(end - 2).text().equals("New")
        && toks.get(end - 1).text().equals("Zealand")) {
      nation = end - 2;
    } else if (!NATION_SUFFIXES.contains(toks.get(end - 1).text())) {
      return false;
    }
    if (nation <= start || REGION_WORDS.contains(toks.get(start).text())
        || lex.places.contains(span(toks, start, end))) {
      return false;
    }
    boolean and = false;
    for (int k = start; k < nation; k++) {
      Token t = toks.get(k);
      if (t.lower().equals("and") && k > start && !and) {
        and = true;
        continue;
      }
      if (!t.isCapitalized() || !t.pos().startsWith("NN") && !t.pos().startsWith("JJ")
          || lex.places.contains(t.text()) || personWordAt(toks, k)
          // (though a portfolio's word may name a nation's agency: "Health New Zealand")
          || lex.notNames.contains(t.text()) && !lex.portfolioWords.contains(t.text())
          || DateFinder.isTimeWord(t.text())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isConnector(String w) {
    return w.equals("of") || w.equals("for") || w.equals("and") || w.equals("&");
  }

  /**
   * The end of a name that lists its subjects from the comma at {@code comma} ("Culture[, Media
   * and Sport Committee]"): capitalised words, commas, one "and", then an organisation word; or -1.
   */
  private int listedNameEnd(List<Token> toks, boolean[] used, int comma) {
    if (!toks.get(comma).text().equals(",")) {
      return -1;
    }
    boolean and = false;
    for (int k = comma + 1; k < toks.size() && k < comma + 10 && !used[k]; k++) {
      String w = toks.get(k).text();
      if (w.equals("and") || w.equals(",")) { // a capitalised word after each, nothing after "and"
        if (and || k + 1 >= toks.size() || !toks.get(k + 1).isCapitalized()) {
          return -1;
        }
        and = w.equals("and");
      } else if (!toks.get(k).isCapitalized() || personWordAt(toks, k)) {
        return -1; // not "Lt. Gov. A, Senate Majority Leader Lucinda B and Assembly Speaker C"
      } else if (and && ORG_HEADS.containsKey(w)) {
        return k + 1;
      }
    }
    return -1;
  }

  /** Words that may stand between a name's comma and the title apposed to it. */
  private static final Set<String> APPOSITION_ADVERBS = ImmutableSet.of("until", "till", "now",
      "yesterday", "today", "recently", "formerly", "previously", "also", "currently", "still",
      "then", "once", "latterly", "briefly", "lately", "last", "this", "week", "month", "year",
      "earlier");

  /** Whether a title follows the comma at {@code comma}, past adverbs only: "X, until yesterday
   * chief secretary to the Treasury,", "Y, formerly deputy leader,". */
  /**
   * Whether the two-word name from {@code start} to {@code end} is the object of a verb and
   * followed by "as" and a title: "nominated X as Finance Minister", "named X as chief
   * executive".
   */
  private static boolean appointedAs(List<Mention> found, List<Token> toks, int start, int end) {
    if (start == 0 || end - start != 2 || end + 1 >= toks.size()
        || !toks.get(start - 1).pos().startsWith("VB")) {
      return false;
    }
    if (!toks.get(end).lower().equals("as")) {
      // "The board appointed X chief executive", "named X acting chief of staff": a title
      // right after the object of a verb that gives one
      return DOUBLE_OBJECT_VERBS.contains(toks.get(start - 1).lower())
          && found.stream().anyMatch(m -> m.kind == Mention.Kind.ROLE && m.start == end);
    }
    int k = toks.get(end + 1).lower().equals("the") || toks.get(end + 1).lower().equals("its")
        ? end + 2 : end + 1;
    return found.stream().anyMatch(m -> m.kind == Mention.Kind.ROLE && m.start == k);
  }

  /** Verbs whose object a title follows with no "as": "appointed X chief executive". */
  private static final Set<String> DOUBLE_OBJECT_VERBS = ImmutableSet.of("appointed", "appoints",
      "appoint", "named", "names", "name", "elected", "elects", "elect", "made", "makes",
      "make");

  private static boolean roleApposed(List<Mention> found, List<Token> toks, int comma) {
    if (comma >= toks.size() || !toks.get(comma).text().equals(",")) {
      return false;
    }
    for (int k = comma + 1; k < toks.size() && k <= comma + 4; k++) {
      int at = k;
      if (found.stream().anyMatch(m -> m.kind == Mention.Kind.ROLE && m.start == at)) {
        return true;
      }
      if (k + 1 < toks.size() && toks.get(k).isCapitalized() && toks.get(k).isProperNoun()
          && toks.get(k + 1).text().equals("'s")) {
        k++; // "Amira Saleh, Whitcomb's chief of staff,": a title someone else owns
        continue;
      }
      if (!APPOSITION_ADVERBS.contains(toks.get(k).lower())) {
        return false;
      }
    }
    return false;
  }

  /** Words that with a time word after them tell a time: "last week", "early this year". */
  private static final Set<String> TIME_MODIFIERS = ImmutableSet.of("last", "next", "this",
      "that", "early", "late", "every", "each");

  /** Whether a time begins at {@code k}: "Monday", "last week", "this morning". */
  private static boolean timeAt(List<Token> toks, int k) {
    return DateFinder.isTimeWordAt(toks, k) || TIME_MODIFIERS.contains(toks.get(k).lower())
        && k + 1 < toks.size() && DateFinder.isTimeWordAt(toks, k + 1);
  }

  /**
   * The end of the subject a committee's name gives after {@code from} ("subcommittee[ on
   * housing and insurance]", "[ on the Western Hemisphere]", "[ on public lands, forests and
   * mining]"); {@code from} when there is none.
   */
  private static int subjectAfter(List<Token> toks, boolean[] used, int from) {
    if (from + 1 >= toks.size() || !toks.get(from).lower().equals("on")
        || DateFinder.isTimeWord(toks.get(from + 1).text())
        || toks.get(from + 1).lower().equals("behalf")) { // "on behalf of": for whom it sits
      return from;
    }
    int k = from + 1;
    if (toks.get(k).lower().equals("the")) {
      k++;
    }
    int end = from;
    while (k < toks.size() && k < from + 8 && !used[k] && !DateFinder.isTimeWord(toks.get(k).text())
        && !(TIME_MODIFIERS.contains(toks.get(k).lower()) && k + 1 < toks.size()
            && DateFinder.isTimeWord(toks.get(k + 1).text())) // "on consumer protection last week"
        && (toks.get(k).pos().startsWith("NN") || toks.get(k).pos().startsWith("JJ")
            || toks.get(k).lower().equals("and") && end > from
            || toks.get(k).text().equals(",") && end > from && andWithin(toks, k + 1, k + 5))) {
      k++;
      end = toks.get(k - 1).lower().equals("and") || toks.get(k - 1).text().equals(",") ? end
          : k; // "on public lands, forests and mining"
    }
    return end;
  }

  /** Whether "and" comes at or after {@code from} and before {@code to}. */
  private static boolean andWithin(List<Token> toks, int from, int to) {
    for (int k = from; k < to && k < toks.size(); k++) {
      if (toks.get(k).lower().equals("and")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The start of the capitalised words, with at most one "and" or "&" between two of them, that
   * end right before {@code end} ("the [House Energy and Commerce] subcommittee"); {@code end}
   * when there are none, or when a given name or a word already named is among them.
   */
  private int capitalizedRunBefore(List<Token> toks, boolean[] used, int end) {
    int c = end;
    boolean and = false;
    while (c > 0 && c > end - 6 && !used[c - 1]) {
      Token t = toks.get(c - 1);
      if (t.isCapitalized() && !personWordAt(toks, c - 1)) {
        c--;
      } else if (!and && c < end && c > 1 && (t.lower().equals("and") || t.text().equals("&"))
          && toks.get(c - 2).isCapitalized()) {
        and = true;
        c--;
      } else {
        break;
      }
    }
    return c < end && c > 0 && (used[c - 1] || toks.get(c - 1).isCapitalized()) ? end : c;
  }

  /**
   * The start of a list of capitalised subjects whose last ones, joined by "and", start at
   * {@code c} and end at {@code end}: "[Agriculture, Environment and Rural Affairs] committee";
   * {@code c} when there is no list.
   */
  private int listedSubjectsBefore(List<Token> toks, boolean[] used, int c, int end) {
    boolean and = false;
    for (int k = c; k < end; k++) {
      and |= toks.get(k).lower().equals("and");
    }
    int start = c;
    while (and && start > 2 && toks.get(start - 1).text().equals(",") && !used[start - 2]
        && toks.get(start - 2).isCapitalized() && !personWordAt(toks, start - 2)) {
      int k = start - 2;
      while (k > 0 && k > start - 5 && !used[k - 1] && toks.get(k - 1).isCapitalized()
          && !personWordAt(toks, k - 1)) {
        k--;
      }
      start = k;
    }
    return start;
  }

  /**
   * Whether a determiner comes right before {@code k}, or before one lower-case adjective there:
   * "the Angus Glens", "the former Rangitoto Plains".
   */
  private static boolean determinedAt(List<Token> toks, int k) {
    return k > 0 && isDeterminer(toks.get(k - 1)) || k > 1 && isDeterminer(toks.get(k - 2))
        && toks.get(k - 1).pos().startsWith("JJ") && !toks.get(k - 1).isCapitalized();
  }

  /** Whether {@code k} is a participle tagged an adjective after "be": "was appointed". */
  private static boolean participleAfterBe(List<Token> toks, int k) {
    return k > 0 && toks.get(k).lower().endsWith("ed") && Tokens.isBe(toks.get(k - 1).lower());
  }

  private static boolean isDeterminer(Token t) {
    String w = t.lower();
    return w.equals("the") || w.equals("a") || w.equals("an") || t.pos().equals("PRP$");
  }

  private static boolean isNounNext(List<Token> toks, int i) {
    return i + 1 < toks.size() && (toks.get(i + 1).pos().startsWith("NN")
        || toks.get(i + 1).pos().startsWith("JJ"));
  }

  /**
   * A word that may begin an organisation's name although it begins no person's: "House" of
   * "House Judiciary Committee", "Federal", "Northern" (not a weekday, month, function word or
   * the first word of a title: "Chief Cabinet Secretary").
   */
  private boolean nameModifier(List<Token> toks, int i) {
    Token t = toks.get(i);
    return CHAMBER_WORDS.contains(t.text()) || (t.pos().startsWith("JJ") || t.isProperNoun())
        && !DateFinder.isTimeWord(t.text()) && lex.roles.longestAt(toks, i).isEmpty()
        && !lex.honorifics.containsKey(t.text());
  }


  /**
   * Whether two capitalised words that are no given name, title or honorific follow at
   * {@code from}: "National" of "the National Cherry Festival board" opens a longer name.
   */
  private boolean longerName(List<Token> toks, int from) {
    return from + 1 < toks.size() && toks.get(from).isCapitalized()
        && toks.get(from).isProperNoun() && toks.get(from + 1).isCapitalized()
        && toks.get(from + 1).isProperNoun()
        // not "Liberal Jane Smith said" (but "the National Cherry Festival board")
        && (!lex.givenNames.contains(toks.get(from).text()) || from + 2 < toks.size()
            && toks.get(from + 2).pos().startsWith("NN") && !toks.get(from + 2).isCapitalized())
        && !lex.honorifics.containsKey(toks.get(from).text())
        && lex.roles.longestAt(toks, from).isEmpty()
        && lex.organisations.longestAt(toks, from).isEmpty();
  }

  /**
   * Whether two capitalised words that no gazetteer knows stand right before {@code at}, not at
   * the sentence's start: the start of a longer name ending there.
   */
  private boolean nameBefore(List<Token> toks, int at) {
    int end = at >= 3 && toks.get(at - 1).text().equals("'")
        && toks.get(at - 2).text().endsWith("s") ? at - 1 : at; // "Public Workers' Alliance"
    if (end < 3) {
      return false;
    }
    for (int i = end - 2; i < end; i++) {
      Token t = toks.get(i);
      if (!t.isCapitalized() || !t.isProperNoun() || lex.honorifics.containsKey(t.text())
          || !lex.organisations.longestAt(toks, i).isEmpty()
          || !lex.roles.longestAt(toks, i).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the token at {@code j}, right after a given name, is a surname the tagger took for a
   * common noun ("Sven Ahlers/NNS"): capitalised, in lower case after its first letter, and no
   * time word, place, body, title or word the gazetteers know as no name.
   */
  private boolean surnameAsNoun(List<Token> toks, int j) {
    Token t = toks.get(j);
    return t.pos().startsWith("NN") && !t.isProperNoun() && t.text().matches("\\p{Lu}\\p{Ll}+")
        && !DateFinder.isTimeWord(t.text()) && !ORG_HEADS.containsKey(t.text())
        && !lex.places.contains(t.text()) && !lex.notNames.contains(t.text())
        && lex.roles.longestAt(toks, j).isEmpty() && lex.organisations.longestAt(toks, j).isEmpty()
        && !lex.honorifics.containsKey(t.text());
  }

  private static boolean continuesToOrgHead(List<Token> toks, int from) {
    for (int i = from; i < toks.size() && i < from + 4 && toks.get(i).isCapitalized(); i++) {
      if (ORG_HEADS.containsKey(toks.get(i).text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether lower-case nouns and adjectives from {@code from} end in a committee's head word:
   * "[development] committee" of "the council's leisure and development committee" (not "chief
   * executive of" in "chair of the board and chief executive of X").
   */
  private static boolean lowerCommitteeAhead(List<Token> toks, int from) {
    for (int i = from; i < toks.size() && i < from + 4; i++) {
      Token t = toks.get(i);
      if (LOWER_COMMITTEES.contains(t.text())) {
        return i > from;
      }
      if (t.isCapitalized() || !(t.pos().startsWith("NN") || t.pos().startsWith("JJ"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a list of capitalised subjects joined by "and" (or commas) runs from {@code from} to
   * a committee's head: "[Labor] and Welfare Committee", "[Labor], Health and Pensions Committee".
   */
  private static boolean committeeSubjectsAhead(List<Token> toks, int from) {
    boolean joined = false;
    for (int i = from; i < toks.size() && i < from + 6; i++) {
      String w = toks.get(i).text();
      if (COMMITTEE_HEADS.contains(w)) {
        return joined;
      }
      if (w.equals("and") || w.equals(",") || w.equals("&")) {
        joined = true;
      } else if (!toks.get(i).isCapitalized()) {
        return false;
      }
    }
    return false;
  }

  private static boolean allCapitalized(List<Token> toks, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = toks.get(i).text();
      if (!toks.get(i).isCapitalized() && !NAME_PARTICLES.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a legislator's title of the form "member of X" ("Member of the Scottish Parliament")
   * matched at {@code m} covers only whole organisation mentions (the chamber's name).
   */
  private static boolean memberOfChamber(List<Mention> out, boolean[] used, List<Token> toks,
      PhraseIndex.Match<Lexicon.RoleEntry> m) {
    if (m.value().kind() != Lexicon.RoleKind.LEGISLATURE || m.end() - m.start() < 3
        || !toks.get(m.start()).lower().equals("member")
        || !toks.get(m.start() + 1).lower().equals("of")
        || m.end() < toks.size() && toks.get(m.end()).text().startsWith("'")) {
      return false; // not "a member of the Scottish Parliament's finance committee"
    }
    for (int i = m.start(); i < m.end(); i++) {
      Mention x = used[i] ? covering(out, i) : null;
      if (used[i] && (x == null || x.kind != Mention.Kind.ORG || x.start < m.start()
          || x.end > m.end())) {
        return false;
      }
    }
    return true;
  }

  private static boolean anyUsed(boolean[] used, int from, int to) {
    for (int i = from; i < to; i++) {
      if (used[i]) {
        return true;
      }
    }
    return false;
  }

  private static Mention covering(List<Mention> ms, int token) {
    for (Mention m : ms) {
      if (m.covers(token)) {
        return m;
      }
    }
    return null;
  }

  /**
   * Gazetteer ids of bodies whose name before a place names a regional body of their own: "NHS
   * Lothian".
   */
  private static final Set<String> REGIONAL_PREFIXES = Set.of("nhs");

  /**
   * The end of the place names from token {@code from} ("Tayside", "Argyll and Lomond"), not
   * the head of a longer name ("NHS Foundation Trust"), a title or a given name, or {@code from}
   * when there is none.
   */
  private int areaAfter(List<Token> toks, boolean[] used, int from) {
    int end = from;
    for (int k = from; k < toks.size() && !used[k] && toks.get(k).isCapitalized()
        && toks.get(k).isProperNoun() && !ORG_HEADS.containsKey(toks.get(k).text())
        && !COMMITTEE_HEADS.contains(toks.get(k).text())
        // not "NHS Medical Director Stephen Powis": a title and its holder's name
        && lex.roles.longestAt(toks, k).isEmpty() && opensName(toks.get(k).text(), true); k++) {
      end = k + 1;
      if (k + 2 < toks.size() && toks.get(k + 1).lower().equals("and")
          && toks.get(k + 2).isCapitalized() && toks.get(k + 2).isProperNoun()) {
        k++; // "Argyll and Lomond"
      }
    }
    return end;
  }

  private static Mention add(List<Mention> out, boolean[] used, Mention.Kind kind, Sentence s,
      int start, int end) {
    if (kind == Mention.Kind.ORG) {
      end = clubNumberEnd(s.tokens(), used, start, end); // "SV Rheinhafen 07"
    }
    Mention m = new Mention(kind, s.index(), start, end, span(s.tokens(), start, end));
    for (int i = start; i < end; i++) {
      used[i] = true;
    }
    out.add(m);
    return m;
  }

  static String span(List<Token> toks, int start, int end) {
    List<String> words = new ArrayList<>();
    for (int i = start; i < end; i++) {
      words.add(toks.get(i).text());
    }
    return Tokens.join(words);
  }
}
