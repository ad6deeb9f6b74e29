package org.polkg.synth;

import java.util.List;

/**
 * The political setting of a generated story: the parties (as the polkg organisation lexicon
 * names them), the legislature, the title of its members and the offices people hold.
 *
 * @param parties full party names, each with the short form articles use after first mention
 * @param legislature the chamber, as named in running text ("the House of Commons")
 * @param member the title of a member of the legislature ("MP", "senator")
 * @param offices cabinet or shadow offices, lower case as in running text
 * @param places constituencies, states or ridings members represent
 * @param capital the dateline city
 * @param domain the news site's domain
 */
record Country(String code, List<Party> parties, String legislature, String member,
    List<String> offices, List<String> places, String capital, String domain) {

  /**
   * A party: its full name, the short form articles use after the first mention ("Labour"),
   * the adjective of "the Labour leader", and whether its name takes "the".
   */
  record Party(String name, String shortName, String adjective, boolean article) {
    Party(String name, String shortName, String adjective) {
      this(name, shortName, adjective, true);
    }

    /** The name as running text uses it: "the Labour Party", "Fine Gael". */
    String inText() {
      return article ? "the " + name : name;
    }
  }

  /** The settings stories are drawn from. */
  static final List<Country> ALL = List.of(
      new Country("GB", List.of(
          new Party("Labour Party", "Labour", "Labour"),
          new Party("Conservative Party", "Conservatives", "Conservative"),
          new Party("Liberal Democrats", "Lib Dems", "Lib Dem"),
          new Party("Scottish National Party", "SNP", "SNP"),
          new Party("Green Party", "Greens", "Green"),
          new Party("Reform UK", "Reform UK", "Reform UK", false),
          new Party("Plaid Cymru", "Plaid", "Plaid Cymru", false)),
          "the House of Commons", "MP",
          List.of("health secretary", "home secretary", "foreign secretary", "education secretary",
              "justice secretary", "transport secretary", "housing secretary",
              "shadow chancellor", "shadow home secretary", "shadow health secretary",
              "chief whip", "deputy leader", "party chairman", "business secretary"),
          List.of("Broxtowe", "Totnes", "Ilford South", "Stockport", "Penistone and Stocksbridge",
              "Enfield North", "Bristol West", "Hartlepool", "Wakefield", "Stroud",
              "Ceredigion", "Dundee East", "Bath", "Cambridge", "Bolsover", "Redcar",
              "Warrington North", "Lewes", "Norwich South", "Carlisle"),
          "London", "news.example.co.uk"),
      new Country("US", List.of(
          new Party("Democratic Party", "Democrats", "Democratic"),
          new Party("Republican Party", "Republicans", "Republican")),
          "the Senate", "senator",
          List.of("defense secretary", "treasury secretary", "labor secretary",
              "commerce secretary", "homeland security secretary", "chief of staff",
              "press secretary", "majority leader", "minority leader"),
          List.of("Arizona", "Ohio", "Georgia", "Montana", "Nevada", "Maine", "Virginia",
              "Wisconsin", "Michigan", "Colorado", "Oregon", "Kansas", "Utah", "Iowa"),
          "Washington", "wire.example.com"),
      new Country("CA", List.of(
          new Party("Liberal Party of Canada", "Liberals", "Liberal"),
          new Party("Conservative Party of Canada", "Conservatives", "Conservative"),
          new Party("New Democratic Party", "NDP", "NDP")),
          "the House of Commons", "MP",
          List.of("finance minister", "foreign minister", "defence minister", "health minister",
              "immigration minister", "housing minister", "justice minister"),
          List.of("Ottawa Centre", "Toronto Centre", "Halifax", "Winnipeg North",
              "Edmonton Strathcona", "Vancouver Granville", "Beauce", "Papineau"),
          "Ottawa", "daily.example.ca"),
      new Country("IE", List.of(
          new Party("Fianna Fáil", "Fianna Fáil", "Fianna Fáil", false),
          new Party("Fine Gael", "Fine Gael", "Fine Gael", false),
          new Party("Sinn Féin", "Sinn Féin", "Sinn Féin", false),
          new Party("Social Democrats", "Social Democrats", "Social Democrat")),
          "the Dáil", "TD",
          List.of("finance minister", "health minister", "justice minister",
              "housing minister", "education minister", "foreign minister"),
          List.of("Dublin Bay South", "Cork North-Central", "Galway West", "Kerry",
              "Limerick City", "Wicklow", "Mayo", "Louth"),
          "Dublin", "times.example.ie"),
      new Country("AU", List.of(
          new Party("Australian Labor Party", "Labor", "Labor"),
          new Party("Liberal Party of Australia", "Liberals", "Liberal"),
          new Party("Australian Greens", "Greens", "Greens")),
          "the House of Representatives", "MP",
          List.of("treasurer", "defence minister", "foreign minister", "health minister",
              "immigration minister", "energy minister"),
          List.of("Wentworth", "Kooyong", "Grayndler", "Dickson", "Higgins", "Warringah",
              "Melbourne", "Brisbane"),
          "Canberra", "herald.example.com.au"));
}
