package org.blendnet.benchmarks;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.blendnet.core.Affiliation;
import org.blendnet.core.Channel;
import org.blendnet.core.Consent;
import org.blendnet.core.ExpertiseLevel;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.QuestionId;
import org.blendnet.core.Topic;
import org.blendnet.core.Touchpoint;
import org.blendnet.core.TouchpointId;

/**
 * Seeded synthetic networks for the matchmaking benchmarks, shaped like a large professional network:
 *
 * <ul>
 *   <li>members in units of 50 within 20 organisations, each with 3 expertise topics (levels uniform) and
 *       2 interests — 5 topics a member — drawn from a vocabulary of {@link #TOPICS} topics whose
 *       popularity follows Zipf's law with exponent 1 (the most popular topic is known by about 1 member
 *       in 10, as tags are on Q&amp;A sites), so that some requests hit huge posting lists;
 *   <li>a third prefer face to face, a third online, a third have no preference; time zones from ten
 *       regions with and without summer time; capacities 1 to 5; 5% decline to be recommended and
 *       another 5% to be contacted;
 *   <li>{@code ties} ties a member on average: pair touchpoints over all media across 2025, half inside
 *       the member's unit and half with anyone (a clustered, small-world shape).
 * </ul>
 *
 * Same arguments, same network.
 */
public final class SyntheticMatchNetworks {

  /** The size of the topic vocabulary. */
  public static final int TOPICS = 10_000;

  private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
  private static final long YEAR_SECONDS = 365L * 24 * 3600;
  private static final int UNIT = 50;
  private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/London"), ZoneId.of("Europe/Lisbon"),
      ZoneId.of("Europe/Berlin"), ZoneId.of("Europe/Athens"), ZoneId.of("America/New_York"),
      ZoneId.of("America/Los_Angeles"), ZoneId.of("America/Sao_Paulo"), ZoneId.of("Asia/Kolkata"),
      ZoneId.of("Asia/Singapore"), ZoneId.of("Australia/Sydney"));

  private SyntheticMatchNetworks() {}

  /** The mentoring benchmark's sides: every fifth member (in network order) a mentor with 3 places, the rest mentees. */
  record Mentoring(Map<MemberId, Integer> mentors, List<MemberId> mentees) {}

  /** The {@link Mentoring} sides of {@code network}. */
  static Mentoring mentoring(Network network) {
    Map<MemberId, Integer> mentors = new HashMap<>();
    List<MemberId> mentees = new ArrayList<>();
    int k = 0;
    for (Member m : network.members()) {
      if (k++ % 5 == 0) {
        mentors.put(m.id(), 3);
      } else {
        mentees.add(m.id());
      }
    }
    return new Mentoring(mentors, mentees);
  }

  /** The topics, "topic 0" (most popular) to "topic 9999". */
  public static List<Topic> topics() {
    List<Topic> topics = new ArrayList<>(TOPICS);
    for (int i = 0; i < TOPICS; i++) {
      topics.add(Topic.of("topic " + i));
    }
    return topics;
  }

  /** Draws topic ranks by Zipf's law with exponent 1 over {@link #TOPICS} topics (inverse CDF by binary search). */
  public static final class Zipf {
    private final double[] cumulative = new double[TOPICS];

    /** The distribution. */
    public Zipf() {
      double sum = 0;
      for (int i = 0; i < TOPICS; i++) {
        sum += 1.0 / (i + 1);
        cumulative[i] = sum;
      }
      for (int i = 0; i < TOPICS; i++) {
        cumulative[i] /= sum;
      }
    }

    /** A topic rank, 0 the most popular. */
    public int next(SplittableRandom random) {
      double u = random.nextDouble();
      int lo = 0;
      int hi = TOPICS - 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (cumulative[mid] < u) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }

  /** A network of {@code members} members with about {@code ties} ties each. */
  public static Network generate(int members, int ties, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Topic> topics = topics();
    Zipf zipf = new Zipf();
    Network.Builder network = Network.builder();
    MemberId[] ids = new MemberId[members];
    Channel[] channels = Channel.values();
    for (int i = 0; i < members; i++) {
      ids[i] = MemberId.of("m" + i);
      int unit = i / UNIT;
      Member.Builder m = Member.builder(ids[i]).name("Member " + i)
          .affiliation(Affiliation.of("org" + unit % 20, "unit" + unit))
          .timeZone(ZONES.get(unit % ZONES.size()))
          .capacity(1 + random.nextInt(5));
      Set<Integer> drawn = new HashSet<>();
      while (drawn.size() < 3) {
        int rank = zipf.next(random);
        if (drawn.add(rank)) {
          m.expertise(topics.get(rank), ExpertiseLevel.values()[random.nextInt(4)]);
        }
      }
      drawn.clear();
      while (drawn.size() < 2) {
        int rank = zipf.next(random);
        if (drawn.add(rank)) {
          m.interest(topics.get(rank));
        }
      }
      int channel = random.nextInt(3);
      if (channel < 2) {
        m.prefers(channels[channel]);
      }
      int consent = random.nextInt(20);
      m.consent(consent == 0 ? Consent.defaults().withRecommendable(false)
          : consent == 1 ? Consent.defaults().withContactable(false) : Consent.defaults());
      network.member(m.build());
    }
    Medium[] media = Medium.values();
    long pairs = (long) members * ties / 2;
    List<Touchpoint> touchpoints = new ArrayList<>((int) Math.min(Integer.MAX_VALUE - 8, pairs));
    for (long t = 0; t < pairs; t++) {
      int a = random.nextInt(members);
      int b;
      if (random.nextBoolean()) {
        int unitStart = a / UNIT * UNIT;
        int unitSize = Math.min(UNIT, members - unitStart);
        b = unitSize < 2 ? (a + 1) % members : unitStart + random.nextInt(unitSize);
      } else {
        b = random.nextInt(members);
      }
      if (b == a) {
        b = (a + 1) % members;
      }
      touchpoints.add(new Touchpoint(TouchpointId.of("t" + t), START.plusSeconds(random.nextLong(YEAR_SECONDS)),
          media[random.nextInt(media.length)], List.of(ids[a], ids[b]), Optional.empty(), Optional.empty(),
          Optional.empty(), Set.of(), 1.0));
    }
    return network.touchpoints(touchpoints).build();
  }

  /**
   * {@code count} questions not in the network, asked by random members at {@code at} about 1 to 3 topics
   * drawn by the same law as interests.
   */
  public static List<Question> questions(int members, int count, Instant at, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Topic> topics = topics();
    Zipf zipf = new Zipf();
    List<Question> questions = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Set<Topic> about = new TreeSet<>();
      for (int n = 1 + random.nextInt(3); n > 0; n--) {
        about.add(topics.get(zipf.next(random)));
      }
      questions.add(Question.of(QuestionId.of("bq" + i), MemberId.of("m" + random.nextInt(members)),
          "Question " + i + "?", about, at));
    }
    return questions;
  }
}
