// Blendnet in JShell: a dataset, communities, silos and a recommendation in five lines.
// From the repository root:
//   mvn -B -q -DskipTests -pl examples -am package
//   jshell --class-path examples/target/blendnet.jar
//   jshell> /open examples/jshell/blendnet.jsh
// Everything below is also yours to change and re-run: results print readably.
import java.nio.file.*;
import java.time.*;
import java.util.*;
import org.blendnet.core.*;
import org.blendnet.core.io.*;
import org.blendnet.core.match.*;
import org.blendnet.graph.*;
import org.blendnet.graph.community.*;
import org.blendnet.graph.silo.*;
import org.blendnet.graph.shape.*;
import org.blendnet.graph.path.*;
import org.blendnet.metrics.*;
import org.blendnet.metrics.reciprocity.*;
import org.blendnet.examples.datasets.*;
import org.blendnet.examples.generate.*;
import org.blendnet.examples.simulate.*;

// 1-3: the CS-Aarhus department (or NetworkJson.read(Path.of("your.json")), EdgeList.defaults().read(…)),
//      its communities, and its silos by research group (affiliation depth 3) and by community
var graph = SocialGraph.of(CsAarhus.load());
var communities = Leiden.withOptions(LeidenOptions.defaults().withSeed(1)).detect(graph);
System.out.println(SiloDetector.withOptions(SiloOptions.builder().unitDepth(3).build()).unitsAndCommunities(graph, communities));
// 4-5: the real data has no topics, so recommend peers in a generated blended community (seeded)
var community = BlendedCommunity.builder().members(120).seed(1).build().generate();
System.out.println(Matchmaker.withCoreSignals(community).recommendPeers(MemberId.of("m001"), MatchOptions.defaults().withK(3).withAsOf(Instant.parse("2026-04-06T09:00:00Z"))));
