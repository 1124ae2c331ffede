package org.blendnet.examples.stories;

import java.io.PrintStream;
import java.time.Instant;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.blendnet.examples.generate.BlendedCommunity;
import org.blendnet.graph.SocialGraph;
import org.blendnet.graph.TieModel;
import org.blendnet.graph.shape.ShapeAnalysis;
import org.blendnet.graph.shape.ShapeReport;
import org.blendnet.metrics.reciprocity.NetworkReciprocity;

/**
 * The business exchange dominated by a few sellers, against a blended network. At the hotel's networking
 * breakfast three consultants work the room: each pitches to most of the guests, nobody pitches back, and
 * the guests barely talk to each other. In a blended network of the same size people ask and answer,
 * online and face to face, and contact flows both ways.
 *
 * <p>Blendnet's part: {@link NetworkReciprocity} measures how often contact is returned (Garlaschelli
 * &amp; Loffredo's ρ: 0 as random, above 0 reciprocal), and {@link ShapeAnalysis} whether the network is
 * centred on a few hubs or a mesh of peers.
 *
 * @implNote Thread-safe: stateless; each run builds its own networks.
 * @since 0.1
 */
public final class BusinessExchange {

  /**
   * The two networks' figures.
   *
   * @param exchange the breakfast's contact reciprocity
   * @param blended the blended network's contact reciprocity
   * @param exchangeShape the breakfast's shape
   * @param blendedShape the blended network's shape
   * @implNote Thread-safe: immutable.
   */
  public record Outcome(NetworkReciprocity exchange, NetworkReciprocity blended, ShapeReport exchangeShape,
      ShapeReport blendedShape) { }

  private static final Instant MORNING = Instant.parse("2007-05-10T08:00:00Z");

  private BusinessExchange() {}

  /**
   * Tells the story on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Tells the story on {@code out}. */
  public static Outcome run(PrintStream out) {
    java.util.Objects.requireNonNull(out, "out");
    Network breakfast = breakfast();
    // the same number of people in a blended network: generated, seeded, answering spread evenly (skew 0)
    Network blended = BlendedCommunity.builder().members(breakfast.members().size()).units(3).giveTakeSkew(0)
        .offlineDegree(4).onlineDegree(4).seed(2007).build().generate();

    NetworkReciprocity exchange = NetworkReciprocity.of(breakfast);
    NetworkReciprocity blend = NetworkReciprocity.of(blended);
    // a pitch nobody returns is still contact: count one-way touchpoints as ties for the shape
    TieModel ties = TieModel.builder().countOneWayContact(true).build();
    ShapeReport exchangeShape = ShapeAnalysis.withDefaults().analyse(SocialGraph.of(breakfast, ties));
    ShapeReport blendedShape = ShapeAnalysis.withDefaults().analyse(SocialGraph.of(blended, ties));
    out.println("The business breakfast: " + breakfast);
    out.println("  contact returned: " + exchange.contact());
    out.println("  shape: " + exchangeShape.shape() + " - " + exchangeShape.explanation());
    out.println("A blended network of the same size: " + blended);
    out.println("  contact returned: " + blend.contact());
    out.println("  shape: " + blendedShape.shape() + " - " + blendedShape.explanation());
    return new Outcome(exchange, blend, exchangeShape, blendedShape);
  }

  /** Three sellers pitch to 24 guests (each to 18 of them); a few guests chat with a neighbour. */
  static Network breakfast() {
    Network.Builder network = Network.builder();
    int sellers = 3;
    int guests = 24;
    for (int s = 0; s < sellers; s++) {
      network.member(Member.builder(MemberId.of("seller-" + (s + 1))).name("Seller " + (s + 1))
          .affiliation(Affiliation.of("Consultancy " + (s + 1))).build());
    }
    for (int g = 0; g < guests; g++) {
      network.member(Member.builder(MemberId.of("guest-" + (g + 1))).name("Guest " + (g + 1))
          .affiliation(Affiliation.of("Small business " + (g + 1))).build());
    }
    int id = 0;
    for (int s = 0; s < sellers; s++) {
      for (int k = 0; k < 18; k++) {
        int g = (s * 6 + k) % guests;
        MemberId seller = MemberId.of("seller-" + (s + 1));
        network.touchpoint(Touchpoint.builder(TouchpointId.of("pitch-" + ++id)).at(MORNING.plusSeconds(60L * id))
            .medium(Medium.FACE_TO_FACE).between(seller, MemberId.of("guest-" + (g + 1))).initiatedBy(seller).build());
      }
    }
    for (int g = 0; g < guests; g += 4) {
      MemberId a = MemberId.of("guest-" + (g + 1));
      network.touchpoint(Touchpoint.builder(TouchpointId.of("chat-" + (g + 1))).at(MORNING.plusSeconds(3600))
          .medium(Medium.FACE_TO_FACE).between(a, MemberId.of("guest-" + (g + 2))).initiatedBy(a).build());
    }
    return network.build();
  }
}
