package org.blendnet.examples.cli;

import java.util.Locale;
import java.util.Map;
import org.blendnet.core.Network;
import org.blendnet.metrics.reciprocity.DyadicReciprocity;
import org.blendnet.metrics.reciprocity.GiveTakeProfile;
import org.blendnet.metrics.reciprocity.GiveTakeProfiles;
import org.blendnet.metrics.reciprocity.GivingConcentration;
import org.blendnet.metrics.reciprocity.LedgerEntry;
import org.blendnet.metrics.reciprocity.NetworkReciprocity;
import org.blendnet.metrics.reciprocity.ReciprocityLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code reciprocity INPUT [--top N]}: give and take in a network. */
@Command(name = "reciprocity", sortOptions = false,
    description = {"Give and take: how often contact and help are returned (Garlaschelli & Loffredo 2004), "
        + "how members split into givers, matchers and takers (Grant 2013), and how concentrated giving is."})
final class ReciprocityCommand extends NetworkCommand {

  @Option(names = "--top", paramLabel = "N", defaultValue = "5",
      description = "How many top givers and takers to list (default: ${DEFAULT-VALUE}).")
  int top = 5;

  @Override
  void execute() {
    requireAtLeast("--top", top, 1);
    Network network = network();
    NetworkReciprocity reciprocity = NetworkReciprocity.of(network);
    ReciprocityLedger ledger = ReciprocityLedger.of(network);
    GiveTakeProfiles profiles = GiveTakeProfiles.of(network, ledger);
    GivingConcentration concentration = GivingConcentration.of(ledger);
    if (json) {
      ObjectNode node = object();
      node.put("input", input);
      node.put("members", network.members().size());
      dyadic(node.putObject("contact"), reciprocity.contact());
      dyadic(node.putObject("helpFlow"), reciprocity.helpFlow());
      ObjectNode counts = node.putObject("profiles");
      for (Map.Entry<GiveTakeProfile, Integer> e : profiles.counts().entrySet()) {
        counts.put(e.getKey().name().toLowerCase(Locale.ROOT), e.getValue());
      }
      ObjectNode giving = node.putObject("giving");
      put(giving, "totalGiven", concentration.totalGiven());
      put(giving, "gini", concentration.gini());
      put(giving, "topFraction", concentration.topFraction());
      put(giving, "topShare", concentration.topShare());
      entries(node.putArray("topGivers"), ledger, true);
      entries(node.putArray("topTakers"), ledger, false);
      print(node);
      return;
    }
    out().println(network);
    out().println("contact reciprocity   " + reciprocity.contact());
    out().println("help-flow reciprocity " + reciprocity.helpFlow());
    out().println("profiles              " + profiles.counts());
    out().println("giving                " + concentration);
    out().println("top givers            " + ledger.topGivers(top));
    out().println("top takers            " + ledger.topTakers(top));
  }

  private static void dyadic(ObjectNode node, DyadicReciprocity r) {
    node.put("ties", r.ties());
    node.put("reciprocatedTies", r.reciprocatedTies());
    put(node, "reciprocity", r.reciprocity());
    put(node, "rho", r.rho());
  }

  private void entries(ArrayNode array, ReciprocityLedger ledger, boolean givers) {
    for (LedgerEntry e : givers ? ledger.topGivers(top) : ledger.topTakers(top)) {
      ObjectNode entry = array.addObject();
      entry.put("member", e.member().value());
      put(entry, "given", e.given());
      put(entry, "taken", e.taken());
    }
  }
}
