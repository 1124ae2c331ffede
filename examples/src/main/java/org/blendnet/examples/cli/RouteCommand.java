package org.blendnet.examples.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Topic;
import org.blendnet.core.match.MatchOptions;
import org.blendnet.core.match.Matchmaker;
import org.blendnet.core.match.Routing;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.path.ReferralPath;
import org.blendnet.graph.path.ReferralPaths;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code route INPUT --asker ID --topics a,b [--k N]}: who can answer a question, and through whom to reach them. */
@Command(name = "route", sortOptions = false,
    description = {"Question routing (after Aardvark, Horowitz & Kamvar 2010): who can answer a question on "
        + "these topics, best first, and the strongest chain of acquaintances from the asker to each "
        + "(ReferralPaths), so the question can be passed on with consent.",
        "Members who may not be contacted are never routed a question."})
final class RouteCommand extends NetworkCommand {

  @Option(names = "--asker", paramLabel = "ID", required = true, description = "Who asks.")
  String asker = "";

  @Option(names = "--topics", paramLabel = "TOPIC", required = true, split = ",",
      description = "The question's topics, comma-separated.")
  List<String> topics = new ArrayList<>();

  @Option(names = "--k", paramLabel = "N", defaultValue = "3", description = "How many answerers (default: ${DEFAULT-VALUE}).")
  int k = 3;

  @Option(names = "--as-of", paramLabel = "INSTANT",
      description = "The instant to route at (default: the network's latest record).")
  @Nullable Instant asOf;

  @Override
  void execute() {
    requireAtLeast("--k", k, 1);
    Network network = network();
    MemberId who = Inputs.member(network, asker, "--asker", input);
    Set<Topic> wanted = new LinkedHashSet<>();
    for (String t : topics) {
      try {
        wanted.add(Topic.of(t));
      } catch (IllegalArgumentException e) {
        throw CliException.usage("--topics: " + e.getMessage());
      }
    }
    Routing routing = Matchmaker.withCoreSignals(network)
        .routeQuestion(who, wanted, MatchOptions.defaults().withK(k).withAsOf(Snapshots.asOf(network, asOf)));
    ReferralPaths paths = ReferralPaths.on(SocialGraph.of(network));
    if (json) {
      ObjectNode node = object();
      node.put("asker", who.value());
      ArrayNode topicArray = node.putArray("topics");
      wanted.forEach(t -> topicArray.add(t.name()));
      RecommendCommand.matches(node.putArray("answerers"), routing.answerers());
      ArrayNode chains = node.putArray("paths");
      for (MemberId answerer : routing.answerers().members()) {
        ObjectNode chain = chains.addObject();
        chain.put("to", answerer.value());
        Optional<ReferralPath> path = paths.best(who, answerer);
        if (path.isPresent()) {
          ArrayNode members = chain.putArray("members");
          path.get().members().forEach(m -> members.add(m.value()));
          put(chain, "strength", path.get().strength());
        } else {
          chain.putNull("members");
        }
      }
      print(node);
      return;
    }
    out().println("question from " + who + " on " + wanted);
    out().println(routing.answerers());
    int rank = 1;
    for (var m : routing.answerers().matches()) {
      out().printf(java.util.Locale.ROOT, "  %d. %-12s %.3f  %s%n", rank++, m.candidate(), m.score(),
          String.join("; ", m.explanation()));
      Optional<ReferralPath> path = paths.best(who, m.candidate());
      out().println("     reached through: " + path.map(p -> p.hops() == 1 ? "a direct tie" : String.join(" -> ",
          p.members().stream().map(MemberId::value).toList()) + " (strength " + fixed(p.strength(), 3) + ")")
          .orElse("no chain of consenting acquaintances within the hop limit: ask through the community"));
    }
    if (routing.answerers().matches().isEmpty()) {
      out().println("  nobody can be asked: no contactable member knows " + wanted);
    }
  }
}
