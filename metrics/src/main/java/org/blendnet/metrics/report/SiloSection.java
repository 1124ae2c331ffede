package org.blendnet.metrics.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.silo.SiloGroup;
import org.blendnet.graph.silo.SiloReport;
import org.blendnet.metrics.internal.Format;

/**
 * The "silos" section: the declared units and how closed each is on itself ({@link SiloReport} by unit), with
 * the unit × unit matrix of where each unit's contact goes.
 */
final class SiloSection {

  static final String KEY = "silos";

  private SiloSection() {}

  static Section build(ReportContext c) {
    SiloReport r = c.units;
    int floor = r.options().privacyFloor();
    List<SiloGroup> groups = r.groups();
    int shown = Math.min(groups.size(), c.options.maxGroups());
    SectionBuilder s = new SectionBuilder(KEY, "Silos",
        "Do the declared units (members' affiliations cut to " + r.options().unitDepth() + " levels, e.g. "
            + "organisation / unit) keep their contact to themselves? Computed on the social graph of the window "
            + "(a tie joins two members with weighted contact). Units smaller than the privacy floor of " + floor
            + " members are never named: their members are pooled as (other), or only counted when even that "
            + "pool is smaller than the floor.")
        .count("members", "Members", r.memberCount(), "Members of the social graph.")
        .count("privacy_floor", "Privacy floor", floor, "The smallest group the report names.")
        .count("unit_depth", "Unit depth", r.options().unitDepth(),
            "How many levels of an affiliation make a unit.")
        .count("groups", "Groups reported", groups.size(), "Named units, plus (other) if reported.")
        .count("silo_count", "Silos", r.silos().size(),
            "Groups flagged as silos: E-I index at most " + Format.amount(r.options().eiThreshold())
                + " (by default 0: at least half their contact stays inside), at least "
                + Format.amount(-r.options().excessThreshold()) + " below the index expected for their size "
                + "under random tie placement, and an outside share at most "
                + Format.amount(r.options().outsideShareThreshold()) + ".")
        .count("unreported_members", "Unreported members", r.unreportedMembers(),
            "Members of units too small to name whose pool (other) was also below the floor: only counted.")
        .ratio("network_ei", "Network E-I index", r.networkEiIndex(),
            "(E − I)/(E + I) over tie weights, every tie once, E between and I within units (Krackhardt & Stern "
                + "1988): −1 when all contact stays within units, +1 when all crosses; null without ties.")
        .ratio("network_ei_ties", "Network E-I index (tie counts)", r.networkUnweightedEiIndex(),
            "The same over tie counts instead of weights.")
        .ratio("network_expected_ei", "Expected network E-I index", r.networkExpectedEiIndex(),
            "2p − 1, where p is the chance that two random members are in different units: the index if ties "
                + "ignored units.")
        .ratio("network_ei_excess", "Network E-I excess", r.networkEiExcess(),
            "network_ei − network_expected_ei: negative when contact keeps within units more than chance.")
        .count("units_total", "Units", c.silo.unitCount(), "All units, named or not, whatever their size.")
        .ratio("unit_assortativity", "Unit assortativity", c.silo.assortativity(),
            "Newman's attribute assortativity of the unit over tie counts (Phys. Rev. E 67, 026126, 2003): 0 when "
                + "ties ignore units whatever their sizes, 1 when all ties stay inside units; null without ties "
                + "or with all tie ends in one unit.")
        .ratio("unit_assortativity_weighted", "Unit assortativity (weighted)", c.silo.weightedAssortativity(),
            "The same over tie weights.")
        .ratio("unit_modularity", "Modularity of the units", c.silo.modularity(),
            "Newman–Girvan modularity of the units as a partition (weighted, resolution 1): the share of tie "
                + "weight inside units minus its expectation from the members' degrees.");
    TableBuilder t = new TableBuilder("units", "Units",
        "One row per reported group, largest first, at most " + c.options.maxGroups() + ". E-I index: "
            + "(E_w − 2I_w)/(E_w + 2I_w) over the members' tie weights; expected: (N − 2n + 1)/(N − 1); "
            + "conductance: E_w / min(vol, vol_rest); outside share: the share of members with a tie outside.")
        .column("name", "Unit", Kind.TEXT)
        .column("size", "Members", Kind.COUNT)
        .column("density", "Density", Kind.RATIO)
        .column("ei", "E-I", Kind.RATIO)
        .column("ei_ties", "E-I (ties)", Kind.RATIO)
        .column("expected_ei", "Expected E-I", Kind.RATIO)
        .column("ei_excess", "Excess", Kind.RATIO)
        .column("conductance", "Conductance", Kind.RATIO)
        .column("outside_share", "Outside share", Kind.RATIO)
        .column("spanners", "Boundary spanners", Kind.COUNT)
        .column("bridges", "Bridges", Kind.COUNT)
        .column("silo", "Silo", Kind.FLAG)
        .column("fragile", "Fragile", Kind.FLAG);
    List<String> labels = new ArrayList<>();
    for (SiloGroup g : groups.subList(0, shown)) {
      t.row(g.name(), g.size(), g.density(), g.eiIndex(), g.unweightedEiIndex(), g.expectedEiIndex(), g.eiExcess(),
          g.conductance(), g.outsideShare(), g.spannerCount(), g.bridges().size(), g.silo(), g.fragile());
      labels.add(g.name());
    }
    s.table(t.omitted(groups.size() - shown).build());
    if (shown > 0) {
      UnitLabels names = UnitLabels.of(labels);
      s.chart(new Chart.Matrix("silo_matrix", "Where each unit's contact goes",
          "Row unit × column unit: the share of the row unit's contact (the sum of its members' tie weights) "
              + "that is with members of the column unit; the diagonal is the share kept inside. Rows add up to "
              + "less than 1 when contact goes to groups not shown. Darker is more." + names.note(),
          names.labels(), matrix(r, groups.subList(0, shown))));
    }
    if (groups.size() > shown) {
      s.note((groups.size() - shown) + " smaller groups are not shown.");
    }
    return s.build();
  }

  /** Row-normalised contact between the shown groups: cell (i, j) = w(i, j) / vol(i), w(i, i) counting 2 I_w. */
  static List<List<Double>> matrix(SiloReport r, List<SiloGroup> shown) {
    SocialGraph g = r.graph();
    Map<SiloGroup, Integer> position = new HashMap<>();
    for (int i = 0; i < shown.size(); i++) {
      position.put(shown.get(i), i);
    }
    int n = g.nodeCount();
    int[] groupOf = new int[n];
    for (int u = 0; u < n; u++) {
      groupOf[u] = r.groupOf(g.member(u)).map(x -> position.getOrDefault(x, -1)).orElse(-1);
    }
    int k = shown.size();
    double[][] w = new double[k][k];
    double[] vol = new double[k];
    for (int u = 0; u < n; u++) {
      int gu = groupOf[u];
      if (gu < 0) {
        continue;
      }
      vol[gu] += g.strength(u);
      for (int e = g.edgeStart(u); e < g.edgeEnd(u); e++) {
        int gv = groupOf[g.target(e)];
        if (gv >= 0) {
          w[gu][gv] += g.weight(e);
        }
      }
    }
    List<List<Double>> cells = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      List<Double> row = new ArrayList<>(k);
      for (int j = 0; j < k; j++) {
        row.add(vol[i] == 0 ? 0.0 : Math.min(1, w[i][j] / vol[i]));
      }
      cells.add(row);
    }
    return cells;
  }
}
