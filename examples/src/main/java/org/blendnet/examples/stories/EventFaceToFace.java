package org.blendnet.examples.stories;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Channel;
import org.blendnet.core.Event;
import org.blendnet.core.EventId;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;
import org.blendnet.graph.SocialGraph;

/**
 * An event that turns online acquaintances into face-to-face ties. Twelve people from four councils know
 * each other from a forum and a chat group. A sociable event — a developers' camp — brings eight of them
 * into one room, where they meet the people they have been writing to, and some they had never written to.
 *
 * <p>Blendnet's part: the {@link SocialGraph} keeps both channels of every tie and which came first
 * ({@link SocialGraph#firstChannel(int)}), so it can tell ties that began online and were then met face
 * to face from ties that began in the room.
 *
 * @implNote Thread-safe: stateless; each run builds its own networks.
 * @since 0.1
 */
public final class EventFaceToFace {

  /**
   * The figures before and after the event.
   *
   * @param blendedBefore ties on both channels before the event
   * @param blendedAfter ties on both channels after it
   * @param onlineFirst blended ties after the event whose first contact was online
   * @param newInTheRoom ties that began at the event
   * @implNote Thread-safe: immutable.
   */
  public record Outcome(int blendedBefore, int blendedAfter, int onlineFirst, int newInTheRoom) { }

  private static final Instant JANUARY = Instant.parse("2011-01-10T10:00:00Z");
  private static final Instant CAMP = Instant.parse("2011-03-18T09:00:00Z");

  private EventFaceToFace() {}

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
    Network.Builder before = Network.builder();
    List<MemberId> people = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      MemberId id = MemberId.of("p" + (i + 1));
      people.add(id);
      before.member(Member.builder(id).name("Person " + (i + 1)).affiliation(Affiliation.of("Council " + (i % 4 + 1)))
          .build());
    }
    // online: a ring of forum replies and a few chats across it, over January and February
    int t = 0;
    for (int i = 0; i < 12; i++) {
      before.touchpoint(Touchpoint.builder(TouchpointId.of("online-" + ++t)).at(JANUARY.plus(Duration.ofDays(i * 3L)))
          .medium(Medium.FORUM_POST).between(people.get(i), people.get((i + 1) % 12)).build());
    }
    for (int i = 0; i < 12; i += 3) {
      before.touchpoint(Touchpoint.builder(TouchpointId.of("online-" + ++t)).at(JANUARY.plus(Duration.ofDays(40 + i)))
          .medium(Medium.CHAT).between(people.get(i), people.get((i + 5) % 12)).build());
    }
    Network online = before.build();

    // the camp: p1..p8 attend; each talks to the next two attendees in the room
    EventId camp = EventId.of("camp");
    List<MemberId> attendees = people.subList(0, 8);
    Network.Builder after = online.toBuilder().event(Event.builder(camp).title("Developing Solutions Camp")
        .medium(Medium.EVENT).time(CAMP, CAMP.plus(Duration.ofHours(8))).place("Maidstone").attendees(attendees)
        .build());
    int m = 0;
    for (int i = 0; i < attendees.size(); i++) {
      for (int d = 1; d <= 2; d++) {
        after.touchpoint(Touchpoint.builder(TouchpointId.of("camp-" + ++m)).at(CAMP.plus(Duration.ofMinutes(30L * m)))
            .medium(Medium.FACE_TO_FACE).between(attendees.get(i), attendees.get((i + d) % attendees.size()))
            .event(camp).build());
      }
    }
    Network met = after.build();

    int blendedBefore = SocialGraph.of(online).layer(Channel.ONLINE).tieCount() - countOnlineOnly(SocialGraph.of(online));
    SocialGraph graph = SocialGraph.of(met);
    int blendedAfter = 0;
    int onlineFirst = 0;
    int newInRoom = 0;
    for (int u = 0; u < graph.nodeCount(); u++) {
      for (int e = graph.edgeStart(u); e < graph.edgeEnd(u); e++) {
        if (graph.target(e) < u) {
          continue;
        }
        if (graph.isBlended(e)) {
          blendedAfter++;
          onlineFirst += graph.firstChannel(e) == Channel.ONLINE ? 1 : 0;
        } else if (graph.offlineWeight(e) > 0) {
          newInRoom++;
        }
      }
    }
    out.println("Before the camp: " + online.members().size() + " people, " + SocialGraph.of(online).tieCount()
        + " ties, all online; blended ties: " + blendedBefore);
    out.println("At the camp: " + attendees.size() + " attend and meet " + m + " times face to face");
    out.println("After: " + blendedAfter + " ties are blended, " + onlineFirst
        + " of them began online and were then met face to face; " + newInRoom
        + " ties began at the camp (talking, or attending together)");
    return new Outcome(blendedBefore, blendedAfter, onlineFirst, newInRoom);
  }

  private static int countOnlineOnly(SocialGraph graph) {
    int count = 0;
    for (int u = 0; u < graph.nodeCount(); u++) {
      for (int e = graph.edgeStart(u); e < graph.edgeEnd(u); e++) {
        if (graph.target(e) > u && !graph.isBlended(e) && graph.onlineWeight(e) > 0) {
          count++;
        }
      }
    }
    return count;
  }
}
