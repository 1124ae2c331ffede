package org.blendnet.examples.cli;

import java.time.Instant;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.match.Match;
import org.blendnet.core.match.MatchOptions;
import org.blendnet.core.match.Matches;
import org.blendnet.core.match.Matchmaker;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code recommend INPUT --member ID [--k N]}: whom a member should meet. */
@Command(name = "recommend", sortOptions = false,
    description = {"Peer recommendations: the people a member should meet, best first, each with the reasons "
        + "(topic fit, complementarity, channel, time zone, availability).",
        "Members who have not agreed to be recommended are never listed."})
final class RecommendCommand extends NetworkCommand {

  @Option(names = "--member", paramLabel = "ID", required = true, description = "The member to recommend peers to.")
  String member = "";

  @Option(names = "--k", paramLabel = "N", defaultValue = "5", description = "How many peers (default: ${DEFAULT-VALUE}).")
  int k = 5;

  @Option(names = "--as-of", paramLabel = "INSTANT",
      description = "The instant to match at, e.g. 2026-03-02T09:00:00Z (default: the network's latest record).")
  @Nullable Instant asOf;

  @Override
  void execute() {
    requireAtLeast("--k", k, 1);
    Network network = network();
    MemberId seeker = Inputs.member(network, member, "--member", input);
    Matches peers = Matchmaker.withCoreSignals(network)
        .recommendPeers(seeker, MatchOptions.defaults().withK(k).withAsOf(Snapshots.asOf(network, asOf)));
    if (json) {
      ObjectNode node = object();
      node.put("member", seeker.value());
      node.put("asOf", peers.asOf().toString());
      node.put("candidates", peers.candidates());
      matches(node.putArray("matches"), peers);
      print(node);
      return;
    }
    out().println(peers);
    if (peers.matches().isEmpty()) {
      out().println("  nobody to recommend: no other member knows what " + seeker
          + " wants to learn or wants to learn what they know");
    }
    list(peers);
  }

  void list(Matches matches) {
    int rank = 1;
    for (Match m : matches.matches()) {
      out().printf(java.util.Locale.ROOT, "  %d. %-12s %.3f  %s%n", rank++, m.candidate(), m.score(),
          String.join("; ", m.explanation()));
    }
  }

  static void matches(ArrayNode array, Matches matches) {
    for (Match m : matches.matches()) {
      ObjectNode match = array.addObject();
      match.put("member", m.candidate().value());
      put(match, "score", m.score());
      ArrayNode why = match.putArray("explanation");
      m.explanation().forEach(why::add);
    }
  }
}
