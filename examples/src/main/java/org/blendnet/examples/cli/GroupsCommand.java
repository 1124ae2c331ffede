package org.blendnet.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.match.groups.GroupOptions;
import org.blendnet.core.match.groups.GroupPlan;
import org.blendnet.core.match.groups.LearningGroup;
import org.blendnet.core.match.groups.LearningGroups;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code groups INPUT --size 15..20 [--target N] [--seed S]}: learning groups by mutual interest. */
@Command(name = "groups", sortOptions = false,
    description = {"Social learning groups (after a course, groups of about 17): splits the members into groups "
        + "of a size range so that members share interests and expertise inside their group, with no group "
        + "dominated by one unit (local search by moves and swaps after Kernighan & Lin 1970).",
        "Each group is explained by the topics its members share and the units they come from."})
final class GroupsCommand extends NetworkCommand {

  private static final Pattern RANGE = Pattern.compile("\\s*(\\d{1,9})\\s*(?:\\.\\.\\s*(\\d{1,9})\\s*)?");

  @Option(names = "--size", paramLabel = "MIN..MAX", defaultValue = "15..20",
      description = "The size range of a group, e.g. 15..20, or one size, e.g. 17 (default: ${DEFAULT-VALUE}).")
  String size = "15..20";

  @Option(names = "--target", paramLabel = "N",
      description = "The size aimed at, within the range (default: the middle of the range).")
  @Nullable Integer target;

  @Option(names = "--population", paramLabel = "ID", split = ",",
      description = "Who takes part, comma-separated (default: every member).")
  List<String> population = new ArrayList<>();

  @Option(names = "--max-unit-share", paramLabel = "X", defaultValue = "0.5",
      description = "The largest share of a group one unit may make up, in (0, 1]; 1 switches the cap off "
          + "(default: ${DEFAULT-VALUE}).")
  double maxUnitShare = GroupOptions.DEFAULT_MAX_UNIT_SHARE;

  @Option(names = "--unit-depth", paramLabel = "D", defaultValue = "2",
      description = "Affiliation segments that make a unit (2 = organisation/unit) (default: ${DEFAULT-VALUE}).")
  int unitDepth = GroupOptions.DEFAULT_UNIT_DEPTH;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "The seed of the deal and of the search order; the same seed gives the same groups "
          + "(default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Override
  void execute() {
    GroupOptions options = options();
    Network network = network();
    List<MemberId> who = Inputs.population(network, population, input);
    if (who.isEmpty()) {
      throw CliException.usage(input + " has no members to put into groups");
    }
    GroupPlan plan = LearningGroups.form(network, who, options);
    if (json) {
      print(json(plan));
      return;
    }
    out().println(plan);
    for (LearningGroup g : plan.groups()) {
      out().printf(Locale.ROOT, "  #%-3d %s%n", g.number(), g.explanation());
      out().println("       " + String.join(" ", g.members().stream().map(MemberId::value).toList()));
    }
  }

  /** The options from {@code --size}, {@code --target}, {@code --max-unit-share}, {@code --unit-depth}, {@code --seed}. */
  GroupOptions options() {
    Matcher m = RANGE.matcher(size);
    if (!m.matches()) {
      throw CliException.usage("--size must be a range MIN..MAX such as 15..20, or one size such as 17, but was '"
          + size + "'");
    }
    int min = Integer.parseInt(m.group(1));
    int max = m.group(2) == null ? min : Integer.parseInt(m.group(2));
    if (min < 2) {
      throw CliException.usage("--size: a group needs at least 2 members, but the range " + size.strip()
          + " starts at " + min);
    }
    if (max < min) {
      throw CliException.usage("--size: the range " + size.strip() + " is empty (MIN " + min + " is above MAX " + max
          + "); write it as " + max + ".." + min);
    }
    if (target != null && (target < min || target > max)) {
      throw CliException.usage("--target must be within " + min + ".." + max + " but was " + target);
    }
    if (!(maxUnitShare > 0 && maxUnitShare <= 1)) {
      throw CliException.usage("--max-unit-share must be in (0, 1] but was " + maxUnitShare);
    }
    requireAtLeast("--unit-depth", unitDepth, 1);
    GroupOptions options = GroupOptions.sizes(min, max).withMaxUnitShare(maxUnitShare).withUnitDepth(unitDepth)
        .withSeed(seed);
    return target == null ? options : options.withTargetSize(target);
  }

  private ObjectNode json(GroupPlan plan) {
    GroupOptions o = plan.options();
    ObjectNode node = object();
    node.put("input", input);
    ObjectNode options = node.putObject("options");
    options.put("minSize", o.minSize());
    options.put("maxSize", o.maxSize());
    options.put("targetSize", o.targetSize());
    put(options, "maxUnitShare", o.maxUnitShare());
    options.put("unitDepth", o.unitDepth());
    options.put("seed", o.seed());
    node.put("members", plan.members());
    node.put("sharedTopicPairs", plan.objective());
    node.put("dealtSharedTopicPairs", plan.dealtObjective());
    node.put("passes", plan.passes());
    node.put("converged", plan.converged());
    ArrayNode groups = node.putArray("groups");
    for (LearningGroup g : plan.groups()) {
      ObjectNode group = groups.addObject();
      group.put("number", g.number());
      group.put("size", g.size());
      group.put("sharedTopicPairs", g.sharedTopicPairs());
      ObjectNode topics = group.putObject("sharedTopics");
      g.sharedTopics().forEach((t, c) -> topics.put(t.name(), c));
      ObjectNode units = group.putObject("units");
      g.units().forEach((u, c) -> units.put(u.toString(), c));
      ArrayNode members = group.putArray("members");
      g.members().forEach(m -> members.add(m.value()));
    }
    return node;
  }
}
