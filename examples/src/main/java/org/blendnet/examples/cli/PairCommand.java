package org.blendnet.examples.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.match.Matchmaker;
import org.blendnet.core.match.Pairing;
import org.blendnet.core.match.PairingOptions;
import org.blendnet.core.match.PairingRound;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code pair INPUT [--population a,b,…] [--cross-units D] [--seed S]}: one round of coffee roulette. */
@Command(name = "pair", sortOptions = false,
    description = {"One pairing round (coffee roulette, mentoring circles): the pairs whose matchmaking scores "
        + "add up to the most (maximum-weight matching, Edmonds' blossom algorithm), each with the reasons."})
final class PairCommand extends NetworkCommand {

  @Option(names = "--population", paramLabel = "ID", split = ",",
      description = "Who takes part, comma-separated (default: every member).")
  List<String> population = new ArrayList<>();

  @Option(names = "--cross-units", paramLabel = "D",
      description = "Pair only members of different units, affiliations cut to depth D (2 = organisation/unit).")
  @Nullable Integer crossUnits;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "The seed that breaks ties between equal scores (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(names = "--as-of", paramLabel = "INSTANT",
      description = "The instant to pair at (default: the network's latest record).")
  @Nullable Instant asOf;

  @Override
  void execute() {
    Network network = network();
    List<MemberId> who = Inputs.population(network, population, input);
    PairingOptions options = PairingOptions.defaults().withSeed(seed).withAsOf(Snapshots.asOf(network, asOf));
    if (crossUnits != null) {
      requireAtLeast("--cross-units", crossUnits, 1);
      options = options.withCrossUnits(crossUnits);
    }
    Pairing pairing = PairingRound.of(Matchmaker.withCoreSignals(network)).pair(who, options);
    if (json) {
      ObjectNode node = object();
      node.put("input", input);
      node.put("method", pairing.method().name());
      put(node, "totalScore", pairing.totalScore());
      ArrayNode pairs = node.putArray("pairs");
      for (Pairing.Pair p : pairing.pairs()) {
        ObjectNode pair = pairs.addObject();
        pair.put("first", p.first().value());
        pair.put("second", p.second().value());
        put(pair, "score", p.score());
      }
      ArrayNode unpaired = node.putArray("unpaired");
      for (Pairing.Unpaired u : pairing.unpaired()) {
        unpaired.addObject().put("member", u.member().value()).put("reason", u.reason().name());
      }
      print(node);
      return;
    }
    out().println(pairing);
    for (Pairing.Pair p : pairing.pairs()) {
      out().printf(java.util.Locale.ROOT, "  %-10s + %-10s %.3f  %s%n", p.first(), p.second(), p.score(),
          String.join("; ", p.explanationFor(p.first())));
    }
  }
}
