package org.blendnet.examples.generate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.generate.PlantedPartition;

/**
 * A planted partition as a {@link Network} whose units are the planted blocks: the test bed for silo
 * detection and community detection, where the right answer is known. The graph comes from
 * {@link PlantedPartition} (a degree-corrected stochastic block model with a mixing parameter, seeded);
 * this class declares each block as a unit, {@code <organisation> / Block 0}, {@code Block 1}, ….
 *
 * <pre>{@code
 * Network network = PlantedUnits.network(PlantedPartition.builder().nodes(300).blocks(6).averageDegree(8)
 *     .mixing(0.2).seed(7).build().generate(), "Acme");
 * }</pre>
 *
 * <p>Each tie becomes one face-to-face touchpoint ({@link Medium#FACE_TO_FACE}) with the tie's weight, at
 * {@link #AT}; member ids are the graph's ({@code "0"}, {@code "1"}, …). O(n + m).
 *
 * @implNote Thread-safe: stateless.
 * @since 0.1
 */
public final class PlantedUnits {

  /** The instant every touchpoint carries. */
  public static final Instant AT = Instant.parse("2026-01-05T09:00:00Z");

  private PlantedUnits() {}

  /** The planted sample as a network with the blocks as units of {@code organisation}. */
  public static Network network(PlantedPartition.Sample sample, String organisation) {
    Objects.requireNonNull(sample, "sample");
    Objects.requireNonNull(organisation, "organisation");
    SocialGraph graph = sample.graph();
    Network.Builder network = Network.builder();
    for (int v = 0; v < graph.nodeCount(); v++) {
      MemberId id = graph.member(v);
      network.member(Member.builder(id).name("Node " + id.value())
          .affiliation(Affiliation.of(organisation, "Block " + sample.block(v))).build());
    }
    List<Touchpoint> ties = new ArrayList<>(graph.tieCount());
    for (int u = 0; u < graph.nodeCount(); u++) {
      for (int e = graph.edgeStart(u); e < graph.edgeEnd(u); e++) {
        int v = graph.target(e);
        if (v > u) {
          ties.add(Touchpoint.builder(TouchpointId.of("t" + (ties.size() + 1))).at(AT).medium(Medium.FACE_TO_FACE)
              .between(graph.member(u), graph.member(v)).weight(graph.weight(e)).build());
        }
      }
    }
    return network.touchpoints(ties).build();
  }
}
