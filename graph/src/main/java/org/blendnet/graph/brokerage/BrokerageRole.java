package org.blendnet.graph.brokerage;

/**
 * The five brokerage roles of Gould and Fernandez: what member {@code v} does when contact goes
 * {@code a → v → b} and {@code a} has no contact with {@code b} of its own, told apart by the groups of
 * the three (R. V. Gould and R. M. Fernandez, "Structures of mediation: a formal approach to brokerage in
 * transaction networks", Sociological Methodology 19 (1989) 89–126, doi:10.2307/270949). Written below as
 * group of {@code a} → group of {@code v} → group of {@code b}.
 *
 * <p>R's {@code sna::brokerage} calls the roles {@code w_I}, {@code w_O}, {@code b_IO}, {@code b_OI} and
 * {@code b_O}; its documentation has named the two mixed roles both ways round over the years, so they
 * are defined here by their two-path alone.
 *
 * @implNote Thread-safe: an enum, immutable.
 * @since 0.1
 */
public enum BrokerageRole {
  /** {@code A → A → A}: the broker mediates between two members of their own group ({@code w_I}). */
  COORDINATOR("coordinator"),
  /**
   * {@code A → B → A}: the broker mediates between two members of one group they do not belong to — a
   * consultant or itinerant broker ({@code w_O}).
   */
  ITINERANT("itinerant"),
  /**
   * {@code A → B → B}: the broker passes contact from outside into their own group, deciding what gets in.
   */
  GATEKEEPER("gatekeeper"),
  /**
   * {@code A → A → B}: the broker passes contact from their own group to outside, speaking for it.
   */
  REPRESENTATIVE("representative"),
  /** {@code A → B → C}: the broker mediates between two groups, neither of them their own ({@code b_O}). */
  LIAISON("liaison");

  private final String label;

  BrokerageRole(String label) {
    this.label = label;
  }

  /** The role of the two-path {@code a → v → b} from the groups of its three members. */
  static BrokerageRole of(int groupA, int groupV, int groupB) {
    if (groupA == groupV) {
      return groupV == groupB ? COORDINATOR : REPRESENTATIVE;
    }
    if (groupV == groupB) {
      return GATEKEEPER;
    }
    return groupA == groupB ? ITINERANT : LIAISON;
  }

  /** The lower-case name of the role, e.g. {@code "gatekeeper"}. */
  public String label() {
    return label;
  }
}
