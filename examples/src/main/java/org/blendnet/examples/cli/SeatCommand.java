package org.blendnet.examples.cli;

import java.util.Locale;
import org.blendnet.core.Event;
import org.blendnet.core.EventId;
import org.blendnet.core.Network;
import org.blendnet.core.match.Matchmaker;
import org.blendnet.core.match.groups.EventSeating;
import org.blendnet.core.match.groups.SeatPair;
import org.blendnet.core.match.groups.SeatingOptions;
import org.blendnet.core.match.groups.SeatingPlan;
import org.blendnet.core.match.groups.SeatingTable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code seat INPUT --event ID [--table N] [--max-same-unit N] [--seed S]}: tables for a face-to-face event. */
@Command(name = "seat", sortOptions = false,
    description = {"Event seating: tables for a face-to-face event that seat together people who have met online "
        + "but never face to face, and people who should meet (the matchmaker's best matches, only among members "
        + "who agreed to be recommended), with a cap on the seats one unit takes at a table.",
        "Each table is explained by the pairs seated on purpose and the units at it."})
final class SeatCommand extends NetworkCommand {

  @Option(names = "--event", paramLabel = "ID", required = true, description = "The face-to-face event to seat.")
  String event = "";

  @Option(names = "--table", paramLabel = "N", defaultValue = "8",
      description = "The most seats at a table (at least 2) (default: ${DEFAULT-VALUE}).")
  int table = 8;

  @Option(names = "--max-same-unit", paramLabel = "N",
      description = "The most seats at a table for one unit (default: half a table).")
  @Nullable Integer maxSameUnit;

  @Option(names = "--unit-depth", paramLabel = "D", defaultValue = "2",
      description = "Affiliation segments that make a unit (2 = organisation/unit) (default: ${DEFAULT-VALUE}).")
  int unitDepth = 2;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "The seed of the deal and of the search order (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Override
  void execute() {
    requireAtLeast("--table", table, 2);
    requireAtLeast("--unit-depth", unitDepth, 1);
    SeatingOptions options = SeatingOptions.tablesOf(table).withUnitDepth(unitDepth).withSeed(seed);
    if (maxSameUnit != null) {
      requireAtLeast("--max-same-unit", maxSameUnit, 1);
      options = options.withMaxSameUnit(maxSameUnit);
    }
    Network network = network();
    EventId id = event(network);
    SeatingPlan plan = EventSeating.seat(Matchmaker.withCoreSignals(network), id, options);
    if (json) {
      print(json(plan));
      return;
    }
    out().println(plan);
    for (SeatingTable t : plan.tables()) {
      out().printf(Locale.ROOT, "  table %-3d %s%n", t.number(), t.explanation());
      out().println("            " + String.join(" ", t.members().stream().map(m -> m.value()).toList()));
    }
  }

  /** The event {@code --event} names, or a usage error listing what the network has. */
  private EventId event(Network network) {
    EventId id;
    try {
      id = EventId.of(event);
    } catch (IllegalArgumentException e) {
      throw CliException.usage("--event: " + e.getMessage());
    }
    if (network.event(id).isEmpty()) {
      StringBuilder known = new StringBuilder();
      int shown = 0;
      for (Event e : network.events()) {
        if (shown == 5) {
          known.append(", …(+").append(network.events().size() - shown).append(" more)");
          break;
        }
        known.append(shown++ == 0 ? "" : ", ").append(e.id().value());
      }
      throw CliException.usage("--event: no event '" + event + "' in " + input + " (" + network.events().size()
          + " event" + (network.events().size() == 1 ? "" : "s") + (shown == 0 ? "" : ": " + known) + ")");
    }
    return id;
  }

  private ObjectNode json(SeatingPlan plan) {
    ObjectNode node = object();
    node.put("input", input);
    node.put("event", plan.event().value());
    ObjectNode options = node.putObject("options");
    options.put("tableSize", plan.options().tableSize());
    options.put("maxSameUnit", plan.options().maxSameUnit());
    options.put("unitDepth", plan.options().unitDepth());
    options.put("seed", plan.options().seed());
    node.put("seated", plan.seated());
    put(node, "objective", plan.objective());
    put(node, "dealtObjective", plan.dealtObjective());
    node.put("onlineOnlyPairs", plan.onlineOnlyPairs());
    node.put("onlineOnlySeated", plan.onlineOnlySeated());
    node.put("shouldMeetPairs", plan.shouldMeetPairs());
    node.put("shouldMeetSeated", plan.shouldMeetSeated());
    node.put("passes", plan.passes());
    node.put("converged", plan.converged());
    ArrayNode tables = node.putArray("tables");
    for (SeatingTable t : plan.tables()) {
      ObjectNode table = tables.addObject();
      table.put("number", t.number());
      put(table, "weight", t.weight());
      ArrayNode members = table.putArray("members");
      t.members().forEach(m -> members.add(m.value()));
      ObjectNode units = table.putObject("units");
      t.units().forEach((u, c) -> units.put(u.toString(), c));
      ArrayNode pairs = table.putArray("pairs");
      for (SeatPair p : t.pairs()) {
        ObjectNode pair = pairs.addObject();
        pair.put("first", p.pair().first().value());
        pair.put("second", p.pair().second().value());
        pair.put("onlineContacts", p.onlineContacts());
        put(pair, "shouldMeet", p.shouldMeet());
        put(pair, "weight", p.weight());
        ArrayNode reasons = pair.putArray("reasons");
        p.reasons().forEach(reasons::add);
      }
    }
    return node;
  }
}
