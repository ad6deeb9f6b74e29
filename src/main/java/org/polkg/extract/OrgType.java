package org.polkg.extract;

/** Kinds of organisation. */
public enum OrgType {
  POLITICAL_PARTY("PoliticalParty"),
  PARLIAMENT("Parliament"),
  GOVERNMENT("Government"),
  CABINET("Cabinet"),
  PARLIAMENTARY_GROUP("ParliamentaryGroup"),
  ORGANIZATION("Organization");

  private final String label;

  OrgType(String label) {
    this.label = label;
  }

  /** A party or a party's group in parliament: what one defects from and to. */
  public boolean partisan() {
    return this == POLITICAL_PARTY || this == PARLIAMENTARY_GROUP;
  }

  /** The name used in lexicon files and as the ontology class's local name. */
  public String label() {
    return label;
  }

  /** The type named {@code label} in a lexicon file. */
  public static OrgType fromLabel(String label) {
    for (OrgType t : values()) {
      if (t.label.equalsIgnoreCase(label)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown organisation type: " + label);
  }
}
