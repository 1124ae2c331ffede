package org.blendnet.examples.stories;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.blendnet.core.Answer;
import org.blendnet.core.AnswerId;
import org.blendnet.core.Community;
import org.blendnet.core.CommunityId;
import org.blendnet.core.CommunityKind;
import org.blendnet.core.Medium;
import org.blendnet.core.Member;
import org.blendnet.core.MemberId;
import org.blendnet.core.Network;
import org.blendnet.core.Question;
import org.blendnet.core.QuestionId;
import org.blendnet.core.QuestionStatus;
import org.blendnet.core.Topic;
import org.blendnet.core.match.groups.GroupOptions;
import org.blendnet.core.match.groups.GroupPlan;
import org.blendnet.core.match.groups.LearningGroup;
import org.blendnet.core.match.groups.LearningGroups;
import org.blendnet.examples.generate.BlendedCommunity;
import org.blendnet.metrics.TimeWindows;
import org.blendnet.metrics.engagement.Engagement;
import org.blendnet.metrics.engagement.PeriodActivity;

/**
 * Social learning groups after a course, and their engagement. A company runs a course for 68 people from
 * four units. Afterwards it puts them into online learning groups "based on mutual interest in certain
 * topics", about 17 people a group, and watches how many take part month by month — the source speaks of
 * "an average of 17 people taking part in each network and 76% engagement".
 *
 * <p>Blendnet's part: {@link LearningGroups} forms the groups so that members share interests and
 * expertise inside their group while no unit dominates one, and {@link Engagement} measures each group's
 * active share per month and how many of its questions were answered. For comparison the same people are
 * also put into groups that only balance the units (the planner's starting deal, before it looks at
 * interests).
 *
 * <p>The three months after the course are simulated, and the simulation's one assumption is said plainly
 * here: each month a member asks the group something with a chance that grows with the share of their
 * group who know a topic they want to learn (0.1 with nobody, 0.8 with everybody), and one who knows the
 * topic answers. It is an assumption of the story, not a finding; what the story shows is how to form the
 * groups and how to measure them.
 *
 * @implNote Thread-safe: stateless; each run builds its own networks.
 * @since 0.1
 */
public final class LearningGroupsAfterCourse {

  /**
   * One group's figures.
   *
   * @param number the group's number in its plan
   * @param size its members
   * @param sharedTopicPairs (pair of members, topic both hold) triples in the group
   * @param monthlyEngagement the share of the group active in each month after the course
   * @param answerRate the share of the group's questions answered by another member
   * @implNote Thread-safe: immutable.
   */
  public record GroupFigures(int number, int size, long sharedTopicPairs, List<Double> monthlyEngagement,
      double answerRate) {

    /** Copies the list. */
    public GroupFigures {
      monthlyEngagement = List.copyOf(Objects.requireNonNull(monthlyEngagement, "monthlyEngagement"));
    }

    /** The mean of the monthly active shares. */
    public double engagement() {
      return monthlyEngagement.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
  }

  /**
   * What happened.
   *
   * @param byInterest the groups formed by mutual interest
   * @param byUnitOnly the groups that only balance the units (the planner's starting deal)
   * @param interestGroups the figures of the groups formed by interest
   * @param unitOnlyGroups the figures of the groups that only balance the units
   * @implNote Thread-safe: immutable.
   */
  public record Outcome(GroupPlan byInterest, GroupPlan byUnitOnly, List<GroupFigures> interestGroups,
      List<GroupFigures> unitOnlyGroups) {

    /** Copies the lists. */
    public Outcome {
      Objects.requireNonNull(byInterest, "byInterest");
      Objects.requireNonNull(byUnitOnly, "byUnitOnly");
      interestGroups = List.copyOf(Objects.requireNonNull(interestGroups, "interestGroups"));
      unitOnlyGroups = List.copyOf(Objects.requireNonNull(unitOnlyGroups, "unitOnlyGroups"));
    }

    /** The mean engagement over the groups formed by interest. */
    public double interestEngagement() {
      return mean(interestGroups);
    }

    /** The mean engagement over the groups that only balance the units. */
    public double unitOnlyEngagement() {
      return mean(unitOnlyGroups);
    }

    private static double mean(List<GroupFigures> groups) {
      return groups.stream().mapToDouble(GroupFigures::engagement).average().orElse(0);
    }
  }

  /** The course ends on the last day of January; the groups meet online from February. */
  static final Instant COURSE_ENDS = Instant.parse("2026-02-01T00:00:00Z");
  static final int COHORT = 68;
  static final int MONTHS = 3;
  private static final long SEED = 17;

  private LearningGroupsAfterCourse() {}

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
    Objects.requireNonNull(out, "out");
    // The course cohort: 68 people from four units, each with a few topics they know and a few they want to
    // learn. Before the course they had no contact, so the generator makes no ties, events or questions.
    Network cohort = BlendedCommunity.builder().members(COHORT).units(4).organisation("URS").offlineDegree(0)
        .onlineDegree(0).events(0).questions(0).start(COURSE_ENDS.minus(Duration.ofDays(31))).days(30).seed(SEED)
        .build().generate();

    // Groups of 15 to 20, about 17 each, no unit above half of a group. With 68 people that is 4 groups.
    GroupOptions options = GroupOptions.sizes(15, 20).withTargetSize(17).withSeed(SEED);
    GroupPlan byInterest = LearningGroups.form(cohort, options);
    // The same people dealt into groups that only balance the units: the planner's start, no search.
    GroupPlan byUnitOnly = LearningGroups.form(cohort, options.withMaxPasses(0));
    out.println("After the course: " + cohort.members().size() + " people from 4 units");
    out.println("Groups by mutual interest: " + byInterest);
    for (LearningGroup g : byInterest.groups()) {
      out.println("  group " + g.number() + ": " + g.explanation());
    }
    out.println("Groups by unit only:       " + byUnitOnly);

    // Three months of the groups online, then the engagement of each group, month by month.
    TimeWindows months = TimeWindows.calendar(COURSE_ENDS.atZone(ZoneOffset.UTC), Period.ofMonths(1), MONTHS);
    List<GroupFigures> interest = engagement(cohort, byInterest, months);
    List<GroupFigures> unitOnly = engagement(cohort, byUnitOnly, months);
    out.println("Engagement (share of a group taking part each month), groups by mutual interest:");
    for (GroupFigures f : interest) {
      out.println(String.format(Locale.ROOT, "  group %d (%d people, %d shared topic pairs): %s a month, %.0f%% of "
          + "questions answered", f.number(), f.size(), f.sharedTopicPairs(), percents(f.monthlyEngagement()),
          100 * f.answerRate()));
    }
    Outcome outcome = new Outcome(byInterest, byUnitOnly, interest, unitOnly);
    out.println(String.format(Locale.ROOT, "Mean engagement: %.0f%% in groups by mutual interest, %.0f%% in groups "
        + "by unit only", 100 * outcome.interestEngagement(), 100 * outcome.unitOnlyEngagement()));
    return outcome;
  }

  /** Simulates the months after the course for {@code plan}'s groups and measures each group's engagement. */
  private static List<GroupFigures> engagement(Network cohort, GroupPlan plan, TimeWindows months) {
    Network.Builder network = cohort.toBuilder();
    Random random = new Random(SEED); // java.util.Random: the same draws on every JDK
    int questions = 0;
    for (LearningGroup g : plan.groups()) {
      CommunityId id = groupId(g);
      network.community(Community.of(id, "Learning group " + g.number(), CommunityKind.LEARNING_GROUP,
          new TreeSet<>(g.members())));
      for (int month = 0; month < MONTHS; month++) {
        Instant start = months.get(month).from();
        for (MemberId m : g.members()) {
          Member member = cohort.member(m).orElseThrow();
          if (topics(member).isEmpty()) {
            continue; // nothing to talk about
          }
          // the simulation's assumption: the more of the group can teach me what I want to learn, the likelier I
          // join in
          double chance = 0.1 + 0.7 * shareWhoCanTeach(cohort, g, member);
          if (random.nextDouble() >= chance) {
            continue;
          }
          // I ask the group about something I want to learn (or else something I know)
          Topic topic = pick(random, member.interests().isEmpty() ? member.expertise().keySet() : member.interests());
          Instant askedAt = start.plus(Duration.ofHours(1 + random.nextInt(24 * 27)));
          QuestionId q = QuestionId.of("q" + ++questions);
          network.question(new Question(q, m, "A question on " + topic.name(), Set.of(topic), askedAt,
              Medium.FORUM_POST, Optional.of(id), QuestionStatus.OPEN));
          // the first other member of the group, in a random order, who knows the topic answers within a day
          List<MemberId> others = new ArrayList<>(g.members());
          others.remove(m);
          java.util.Collections.shuffle(others, random);
          for (MemberId o : others) {
            if (cohort.member(o).orElseThrow().expertise().containsKey(topic)) {
              network.answer(Answer.of(AnswerId.of("a" + questions), q, o,
                  askedAt.plus(Duration.ofHours(1 + random.nextInt(23)))));
              break;
            }
          }
        }
      }
    }
    Network after = network.build();
    List<GroupFigures> figures = new ArrayList<>();
    for (LearningGroup g : plan.groups()) {
      Engagement e = Engagement.of(after, months, groupId(g));
      List<Double> monthly = e.byPeriod().stream().map(PeriodActivity::activeShare).toList();
      figures.add(new GroupFigures(g.number(), g.size(), g.sharedTopicPairs(), monthly, e.questions().answerRate()));
    }
    return figures;
  }

  private static CommunityId groupId(LearningGroup g) {
    return CommunityId.of("learning-group-" + g.number());
  }

  /** The share of the other members of {@code g} who know a topic {@code member} wants to learn. */
  static double shareWhoCanTeach(Network cohort, LearningGroup g, Member member) {
    int teachers = 0;
    for (MemberId o : g.members()) {
      if (o.equals(member.id())) {
        continue;
      }
      Set<Topic> theirs = new TreeSet<>(cohort.member(o).orElseThrow().expertise().keySet());
      theirs.retainAll(member.interests());
      teachers += theirs.isEmpty() ? 0 : 1;
    }
    return g.size() < 2 ? 0 : (double) teachers / (g.size() - 1);
  }

  private static Set<Topic> topics(Member m) {
    Set<Topic> all = new TreeSet<>(m.interests());
    all.addAll(m.expertise().keySet());
    return all;
  }

  private static Topic pick(Random random, Set<Topic> topics) {
    List<Topic> list = new ArrayList<>(new TreeSet<>(topics));
    return list.get(random.nextInt(list.size()));
  }

  private static String percents(List<Double> shares) {
    List<String> out = new ArrayList<>();
    for (double s : shares) {
      out.add(String.format(Locale.ROOT, "%.0f%%", 100 * s));
    }
    return String.join(" / ", out);
  }
}
