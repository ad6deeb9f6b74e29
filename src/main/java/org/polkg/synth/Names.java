package org.polkg.synth;

import java.util.List;

/** Given names and surnames for generated people (given names the polkg lexicon knows). */
final class Names {
  private Names() {}

  static final List<String> GIVEN = List.of(
      "James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas",
      "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Steven", "Paul", "Andrew",
      "Kenneth", "Kevin", "Brian", "Timothy", "Edward", "Ryan", "Nicholas", "Eric", "Stephen",
      "Jonathan", "Scott", "Benjamin", "Samuel", "Gregory", "Alexander", "Patrick", "Frank",
      "Raymond", "Jack", "Henry", "Adam", "Douglas", "Nathan", "Peter", "Alan", "Jeremy",
      "Sean", "Keith", "Roger", "Carl", "Arthur", "Lawrence", "Vincent", "Philip", "Bruce",
      "Gabriel", "Albert", "Eugene", "Russell", "Mary", "Patricia", "Jennifer", "Linda",
      "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen", "Lisa", "Nancy", "Sandra",
      "Margaret", "Emily", "Donna", "Michelle", "Carol", "Amanda", "Melissa", "Deborah",
      "Rebecca", "Sharon", "Laura", "Cynthia", "Amy", "Kathleen", "Angela", "Emma", "Anna",
      "Pamela", "Nicole", "Samantha", "Katherine", "Christine", "Helen", "Rachel", "Janet",
      "Maria", "Catherine", "Heather", "Diane", "Olivia", "Julie", "Ruth", "Lauren", "Joan",
      "Judith", "Andrea", "Hannah", "Megan", "Jacqueline", "Martha", "Teresa", "Ann",
      "Abigail", "Sophia", "Frances", "Alice", "Grace", "Charlotte", "Natalie", "Diana",
      "Fiona", "Siobhan", "Niamh", "Rhys", "Hamish", "Omar", "Ingrid", "Carlos", "Lucia",
      "Graham", "Bridget", "Chloe", "Liam", "Marcus", "Owen", "Harriet", "Nadia", "Angus",
      "Shabana", "Rishi", "Kemi", "Nadine", "Yvette", "Gwen", "Ewan", "Ciaran", "Aoife",
      "Sinead", "Padraig", "Dominic", "Leon", "Natasha", "Tobias", "Lorna", "Moira", "Duncan",
      "Alistair", "Elspeth", "Bernadette", "Clive", "Nigel", "Gareth", "Meredith", "Lucinda",
      "Rupert", "Jasper", "Felix", "Tessa", "Ravi", "Ahmed", "Layla", "Zara");

  static final List<String> FEMALE = List.of(
      "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica",
      "Sarah", "Karen", "Lisa", "Nancy", "Sandra", "Margaret", "Emily", "Donna", "Michelle",
      "Carol", "Amanda", "Melissa", "Deborah", "Rebecca", "Sharon", "Laura", "Cynthia", "Amy",
      "Kathleen", "Angela", "Emma", "Anna", "Pamela", "Nicole", "Samantha", "Katherine",
      "Christine", "Helen", "Rachel", "Janet", "Maria", "Catherine", "Heather", "Diane",
      "Olivia", "Julie", "Ruth", "Lauren", "Joan", "Judith", "Andrea", "Hannah", "Megan",
      "Jacqueline", "Martha", "Teresa", "Ann", "Abigail", "Sophia", "Frances", "Alice", "Grace",
      "Charlotte", "Natalie", "Diana", "Fiona", "Siobhan", "Niamh", "Ingrid", "Lucia",
      "Bridget", "Chloe", "Harriet", "Nadia", "Shabana", "Kemi", "Nadine", "Yvette", "Gwen",
      "Aoife", "Sinead", "Natasha", "Lorna", "Moira", "Elspeth", "Bernadette", "Meredith",
      "Lucinda", "Tessa", "Layla", "Zara");

  static final List<String> SURNAMES = List.of(
      "Hartley", "Ashworth", "Pemberton", "Okafor", "Lindqvist", "Marsh", "Holloway", "Ellery",
      "Fentiman", "Brooke", "Adeyemi", "Kessler", "Raman", "Pryce", "Calloway", "Thornbury",
      "Whitcombe", "Davenport", "Rutherford", "Gallagher", "Doherty", "Brennan", "Sullivan",
      "Kowalski", "Novak", "Moreau", "Castellano", "Fitzgerald", "Harrington", "Blackwood",
      "Carmichael", "Drummond", "Ferguson", "MacLeod", "Robertson", "Campbell", "Stewart",
      "Llewellyn", "Pritchard", "Vaughan", "Bowen", "Hughes", "Jenkins", "Morgan", "Baxter",
      "Chapman", "Fletcher", "Gardner", "Hawkins", "Lambert", "Mason", "Palmer", "Porter",
      "Reynolds", "Shepherd", "Spencer", "Turner", "Walsh", "Webb", "Wheeler", "Whitaker",
      "Yardley", "Abernathy", "Beckett", "Caldwell", "Dunmore", "Everett", "Farrow", "Granger",
      "Hollis", "Ingram", "Jarvis", "Kendrick", "Langley", "Merriman", "Northcott", "Oakley",
      "Prescott", "Quinlan", "Radcliffe", "Sandford", "Tillman", "Underwood", "Vickers",
      "Waverley", "Alcott", "Bramwell", "Crowther", "Dalby", "Eastwood", "Fairbanks",
      "Gilmore", "Hathaway", "Iverson", "Jefferies", "Kirkland", "Lockhart", "Mortimer",
      "Nightingale", "Osborne", "Pickering", "Ramsey", "Sinclair", "Thackeray", "Upton",
      "Vance", "Winslow", "Ashby", "Brightwell", "Cotton", "Dempsey", "Elwood", "Finch",
      "Gorman", "Hale", "Irwin", "Jolliffe", "Keane", "Lowry", "McCarthy", "Nolan", "O'Brien",
      "Phelan", "Quigley", "Rourke", "Sheridan", "Tierney", "Whelan", "Mendoza", "Alvarez",
      "Nakamura", "Chen", "Patel", "Khan", "Singh", "Okonjo", "Mensah", "Haddad");
}
