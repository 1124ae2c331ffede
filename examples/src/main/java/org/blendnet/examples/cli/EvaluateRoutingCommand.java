package org.blendnet.examples.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.blendnet.examples.evaluation.RoutingEvaluation;
import org.blendnet.examples.evaluation.RoutingEvaluation.Options;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evaluate-routing --posts Posts.xml [--k N] [--snapshot-days N] [--weights t,p,a]}: routing on real Q&amp;A. */
@Command(name = "evaluate-routing", sortOptions = false,
    description = {"Evaluates question routing on a real Stack Exchange site: replays its Posts.xml (the public data "
        + "dump) in time order, routes each question using only what was posted before it, and compares the "
        + "ranking with the people who really answered.",
        "Prints P@1, NDCG@3, P@10 and MRR for four methods (most central, popularity, topic only, the full "
            + "model) under two ground truths (all answerers, the accepted answer's author)."})
final class EvaluateRoutingCommand extends BaseCommand {

  @Option(names = "--posts", paramLabel = "FILE", required = true,
      description = "A Stack Exchange Posts.xml (one <row …/> per post under <posts>).")
  String posts = "";

  @Option(names = "--k", paramLabel = "N", defaultValue = "100",
      description = "How many members each method ranks, at least 10 for P@10; MRR counts only hits within "
          + "them (default: ${DEFAULT-VALUE}).")
  int k = 100;

  @Option(names = "--snapshot-days", paramLabel = "N",
      description = "One snapshot a day-interval of N days, seeing only posts before it (default: a snapshot "
          + "before each question).")
  @Nullable Integer snapshotDays;

  @Option(names = "--weights", paramLabel = "T,P,A", split = ",",
      description = "The full model's weights of topic fit, social proximity and recent activity (default: 3,1,1).")
  List<Double> weights = new ArrayList<>();

  @Override
  void execute() {
    requireAtLeast("--k", k, 10);
    Options options = Options.defaults().withDepth(k);
    if (snapshotDays != null) {
      requireAtLeast("--snapshot-days", snapshotDays, 0);
      options = options.withSnapshotInterval(Duration.ofDays(snapshotDays));
    }
    if (!weights.isEmpty()) {
      if (weights.size() != 3) {
        throw CliException.usage("--weights must be three numbers topic,proximity,activity but was " + weights.size()
            + " number" + (weights.size() == 1 ? "" : "s"));
      }
      try {
        options = options.withWeights(weights.get(0), weights.get(1), weights.get(2));
      } catch (IllegalArgumentException e) {
        throw CliException.usage("--weights: " + e.getMessage());
      }
    }
    RoutingEvaluation.Result result = RoutingEvaluation.run(Inputs.existing(posts, "--posts"), options, progress());
    out().println(json ? result.toJson() : result.toString());
  }
}
