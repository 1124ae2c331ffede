package org.blendnet.core.match;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.blendnet.core.MemberId;

/**
 * Stable mentoring assignments: mentees rank mentors, mentors rank mentees, each mentor takes up to their
 * capacity — the hospitals/residents form of the stable marriage problem — solved by deferred acceptance
 * (Gale &amp; Shapley, "College admissions and the stability of marriage", American Mathematical Monthly
 * 69(1), 1962, pp. 9–15, doi:10.2307/2312726; with capacities and incomplete lists as in Gusfield &amp;
 * Irving, <i>The Stable Marriage Problem: Structure and Algorithms</i>, MIT Press, 1989, section 1.6).
 * Where {@link PairingRound#mentoring} maximises the total score, this respects everyone's own ranking:
 * no mentee and mentor would both rather be together than where they are.
 *
 * <pre>{@code
 * MentoringPreferences prefs = MentoringPreferences.fromScores(matchmaker, Map.of(bo, 2, dee, 1), mentees, 5, now);
 * StableMentoring.Assignment a = StableMentoring.menteeOptimal(prefs);
 * a.mentorOf(ana);                    // Optional[bo]
 * prefs.blockingPairs(a.mentorOf());  // [] — stable
 * }</pre>
 *
 * <p><b>Stability.</b> An assignment gives each mentee at most one mentor and each mentor at most their
 * capacity, only in acceptable pairs (see {@link MentoringPreferences}). A mentee m and a mentor t
 * <em>block</em> it if the pair is acceptable, m has no mentor or ranks t above theirs, and t has a free
 * place or ranks m above one of their mentees. A stable assignment has no blocking pair; one always exists.
 *
 * <p><b>Which stable assignment.</b> {@link #menteeOptimal} lets mentees propose: every mentee gets the best
 * mentor they have in <em>any</em> stable assignment. {@link #mentorOptimal} lets mentors propose: every
 * mentor gets the best mentees they can have in a stable assignment, and every mentee the worst mentor
 * they have in any (Gusfield &amp; Irving, section 1.6). The same mentees are assigned and
 * every mentor has the same number of mentees in all stable assignments (Roth, "On the allocation of
 * residents to rural hospitals", Econometrica 54(2), 1986, doi:10.2307/1913160). Both answers are unique,
 * so they do not depend on any order; proposals are made in id order.
 *
 * <p><b>Complexity.</b> O(L log c) time for mentee proposals and O(L) for mentor proposals, each plus
 * O(L) to index the rankings, for L the total length of the rankings and c the largest capacity; O(L) space.
 *
 * @implNote Thread-safe: the class holds no state; each call works on its own arrays.
 * @since 0.1
 */
public final class StableMentoring {

  private StableMentoring() {}

  /** Which side proposes, and so which side's best stable assignment is found. */
  public enum Optimal {
    /** Mentees propose: each gets their best stable mentor. */
    MENTEES,
    /** Mentors propose: each gets their best stable mentees. */
    MENTORS
  }

  /** The stable assignment every mentee likes best among all stable assignments. */
  public static Assignment menteeOptimal(MentoringPreferences preferences) {
    return solve(preferences, Optimal.MENTEES);
  }

  /** The stable assignment every mentor likes best among all stable assignments. */
  public static Assignment mentorOptimal(MentoringPreferences preferences) {
    return solve(preferences, Optimal.MENTORS);
  }

  /** The stable assignment best for {@code side}. */
  public static Assignment solve(MentoringPreferences preferences, Optimal side) {
    Objects.requireNonNull(preferences, "preferences");
    Objects.requireNonNull(side, "side");
    Instance in = new Instance(preferences);
    int[] mentorOf = side == Optimal.MENTEES ? in.menteesPropose() : in.mentorsPropose();
    return in.result(side, mentorOf);
  }

  /** The rankings by index: mentees and mentors in id order, acceptable pairs only. */
  private static final class Instance {
    private final List<MemberId> mentees;
    private final List<MemberId> mentors;
    private final int[] capacity;
    /** Each mentee's acceptable mentors, best first. */
    private final int[][] menteeList;
    /** Each mentor's acceptable mentees, best first. */
    private final int[][] mentorList;
    /** (mentee, mentor) → [mentee's rank of mentor, mentor's rank of mentee], 0 best. */
    private final Map<Long, int[]> ranks = new HashMap<>();

    Instance(MentoringPreferences p) {
      mentees = new ArrayList<>(p.mentees());
      mentors = new ArrayList<>(p.mentors());
      Map<MemberId, Integer> menteeIndex = index(mentees);
      Map<MemberId, Integer> mentorIndex = index(mentors);
      capacity = new int[mentors.size()];
      for (int t = 0; t < capacity.length; t++) {
        capacity[t] = Objects.requireNonNull(p.capacities().get(mentors.get(t)));
      }
      // the mentors' ranks first, then keep the mentees' entries the mentor also ranks
      for (Map.Entry<MemberId, List<MemberId>> e : p.mentorRankings().entrySet()) {
        int t = Objects.requireNonNull(mentorIndex.get(e.getKey()));
        List<MemberId> list = e.getValue();
        for (int r = 0; r < list.size(); r++) {
          if (!p.blocked().contains(MemberPair.of(list.get(r), e.getKey()))) {
            ranks.put(key(Objects.requireNonNull(menteeIndex.get(list.get(r))), t), new int[] {-1, r});
          }
        }
      }
      menteeList = new int[mentees.size()][];
      for (int m = 0; m < mentees.size(); m++) {
        List<MemberId> list = p.menteeRankings().getOrDefault(mentees.get(m), List.of());
        int[] acceptable = new int[list.size()];
        int n = 0;
        for (int r = 0; r < list.size(); r++) {
          int t = Objects.requireNonNull(mentorIndex.get(list.get(r)));
          int[] pair = ranks.get(key(m, t));
          if (pair != null) {
            pair[0] = r;
            acceptable[n++] = t;
          }
        }
        menteeList[m] = java.util.Arrays.copyOf(acceptable, n);
      }
      ranks.values().removeIf(pair -> pair[0] < 0);
      mentorList = new int[mentors.size()][];
      for (int t = 0; t < mentors.size(); t++) {
        List<MemberId> list = p.mentorRankings().getOrDefault(mentors.get(t), List.of());
        int[] acceptable = new int[list.size()];
        int n = 0;
        for (MemberId id : list) {
          int m = Objects.requireNonNull(menteeIndex.get(id));
          if (ranks.containsKey(key(m, t))) {
            acceptable[n++] = m;
          }
        }
        mentorList[t] = java.util.Arrays.copyOf(acceptable, n);
      }
    }

    private static Map<MemberId, Integer> index(List<MemberId> ids) {
      Map<MemberId, Integer> index = new HashMap<>(ids.size() * 2);
      for (int k = 0; k < ids.size(); k++) {
        index.put(ids.get(k), k);
      }
      return index;
    }

    private static long key(int mentee, int mentor) {
      return (long) mentee << 32 | mentor;
    }

    private int menteeRank(int mentee, int mentor) {
      return Objects.requireNonNull(ranks.get(key(mentee, mentor)))[0];
    }

    private int mentorRank(int mentee, int mentor) {
      return Objects.requireNonNull(ranks.get(key(mentee, mentor)))[1];
    }

    /** Deferred acceptance with mentees proposing; each mentee's mentor or -1. */
    int[] menteesPropose() {
      int[] mentorOf = new int[mentees.size()];
      java.util.Arrays.fill(mentorOf, -1);
      int[] next = new int[mentees.size()];
      List<PriorityQueue<Integer>> held = new ArrayList<>(mentors.size());
      for (int t = 0; t < mentors.size(); t++) {
        int mentor = t;
        // the worst-ranked held mentee on top
        held.add(new PriorityQueue<>(Comparator.comparingInt((Integer m) -> mentorRank(m, mentor)).reversed()));
      }
      ArrayDeque<Integer> free = new ArrayDeque<>();
      for (int m = 0; m < mentees.size(); m++) {
        free.add(m);
      }
      while (!free.isEmpty()) {
        int m = free.poll();
        while (next[m] < menteeList[m].length) {
          int t = menteeList[m][next[m]++];
          PriorityQueue<Integer> h = held.get(t);
          if (h.size() < capacity[t]) {
            h.add(m);
            mentorOf[m] = t;
            break;
          }
          int worst = h.peek();
          if (mentorRank(m, t) < mentorRank(worst, t)) {
            h.poll();
            mentorOf[worst] = -1;
            free.add(worst);
            h.add(m);
            mentorOf[m] = t;
            break;
          }
        }
      }
      return mentorOf;
    }

    /** Deferred acceptance with mentors proposing; each mentee's mentor or -1. */
    int[] mentorsPropose() {
      int[] mentorOf = new int[mentees.size()];
      java.util.Arrays.fill(mentorOf, -1);
      int[] next = new int[mentors.size()];
      int[] count = new int[mentors.size()];
      boolean[] waiting = new boolean[mentors.size()];
      ArrayDeque<Integer> open = new ArrayDeque<>();
      for (int t = 0; t < mentors.size(); t++) {
        open.add(t);
        waiting[t] = true;
      }
      while (!open.isEmpty()) {
        int t = open.poll();
        waiting[t] = false;
        while (count[t] < capacity[t] && next[t] < mentorList[t].length) {
          int m = mentorList[t][next[t]++];
          int current = mentorOf[m];
          if (current < 0) {
            mentorOf[m] = t;
            count[t]++;
          } else if (menteeRank(m, t) < menteeRank(m, current)) {
            mentorOf[m] = t;
            count[t]++;
            count[current]--;
            if (!waiting[current]) {
              waiting[current] = true;
              open.add(current);
            }
          }
        }
      }
      return mentorOf;
    }

    Assignment result(Optimal side, int[] mentorOf) {
      List<Assignment.Pair> pairs = new ArrayList<>();
      List<MemberId> unassigned = new ArrayList<>();
      for (int m = 0; m < mentees.size(); m++) {
        int t = mentorOf[m];
        if (t < 0) {
          unassigned.add(mentees.get(m));
        } else {
          pairs.add(new Assignment.Pair(mentors.get(t), mentees.get(m), menteeRank(m, t) + 1, mentorRank(m, t) + 1));
        }
      }
      pairs.sort(Comparator.comparing(Assignment.Pair::mentor).thenComparing(Assignment.Pair::mentee));
      return new Assignment(side, pairs, unassigned);
    }
  }

  /**
   * A stable assignment of mentees to mentors.
   *
   * @param optimalFor the side whose best stable assignment this is
   * @param pairs the pairs, by mentor and then mentee id
   * @param unassigned the mentees without a mentor, in id order
   * @since 0.1
   */
  public record Assignment(Optimal optimalFor, List<Pair> pairs, List<MemberId> unassigned) {

    /** Creates an assignment, copying the lists. */
    public Assignment {
      Objects.requireNonNull(optimalFor, "optimalFor");
      pairs = List.copyOf(Objects.requireNonNull(pairs, "pairs"));
      unassigned = List.copyOf(Objects.requireNonNull(unassigned, "unassigned"));
    }

    /** Each assigned mentee's mentor, in mentee id order. */
    public Map<MemberId, MemberId> mentorOf() {
      Map<MemberId, MemberId> map = new TreeMap<>();
      for (Pair p : pairs) {
        map.put(p.mentee(), p.mentor());
      }
      return Collections.unmodifiableMap(map);
    }

    /** The mentor of {@code mentee}, if they have one. */
    public Optional<MemberId> mentorOf(MemberId mentee) {
      Objects.requireNonNull(mentee, "mentee");
      for (Pair p : pairs) {
        if (p.mentee().equals(mentee)) {
          return Optional.of(p.mentor());
        }
      }
      return Optional.empty();
    }

    /** The mentees of {@code mentor}, in id order; empty if none. */
    public List<MemberId> menteesOf(MemberId mentor) {
      Objects.requireNonNull(mentor, "mentor");
      List<MemberId> list = new ArrayList<>();
      for (Pair p : pairs) {
        if (p.mentor().equals(mentor)) {
          list.add(p.mentee());
        }
      }
      return List.copyOf(list);
    }

    /**
     * {@code Assignment[MENTEES-optimal, 3 pairs, 1 unassigned: bo ← ana (1st/2nd), …; unassigned: [cy]]}:
     * ids and ranks, the first ten of each list.
     */
    @Override
    public String toString() {
      StringBuilder s = new StringBuilder("Assignment[").append(optimalFor).append("-optimal, ")
          .append(Phrases.count(pairs.size(), "pair")).append(", ").append(unassigned.size()).append(" unassigned");
      if (!pairs.isEmpty()) {
        String list = Phrases.capped(pairs, 10);
        s.append(": ").append(list, 1, list.length() - 1);
      }
      if (!unassigned.isEmpty()) {
        s.append("; unassigned: ").append(Phrases.capped(unassigned, 10));
      }
      return s.append(']').toString();
    }

    /**
     * A mentor and a mentee assigned to each other, with how each ranked the other (1 = first choice).
     *
     * @param mentor the mentor
     * @param mentee the mentee
     * @param menteeRank the mentee's rank of the mentor, from 1
     * @param mentorRank the mentor's rank of the mentee, from 1
     * @since 0.1
     */
    public record Pair(MemberId mentor, MemberId mentee, int menteeRank, int mentorRank) {

      /**
       * Creates a pair.
       *
       * @throws IllegalArgumentException if a rank is below 1
       */
      public Pair {
        Objects.requireNonNull(mentor, "mentor");
        Objects.requireNonNull(mentee, "mentee");
        if (menteeRank < 1) {
          throw new IllegalArgumentException("menteeRank must be >= 1 but was " + menteeRank);
        }
        if (mentorRank < 1) {
          throw new IllegalArgumentException("mentorRank must be >= 1 but was " + mentorRank);
        }
      }

      /** {@code bo ← ana (1st/2nd)}: the mentee's rank of the mentor, then the mentor's of the mentee. */
      @Override
      public String toString() {
        return mentor + " ← " + mentee + " (" + ordinal(menteeRank) + "/" + ordinal(mentorRank) + ")";
      }

      private static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
            : switch (n % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
        return n + suffix;
      }
    }
  }
}
