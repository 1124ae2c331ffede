package org.blendnet.core.match;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.blendnet.core.MemberId;

/**
 * The answer to one request: the best candidates in order, with how many were considered.
 *
 * <p>{@link #candidates()} counts the distinct members the topic index and the candidate sources
 * proposed, before the hard filters. {@link #capped()} says that the topic index had more postings than
 * {@link MatchOptions#maxCandidates()} and sampled them (see {@link Matchmaker}): the matches are then the
 * best of the sample rather than of every member the index holds. Immutable and thread-safe.
 *
 * @param request what was asked
 * @param asOf the instant the request was scored at
 * @param matches the best candidates, best first: by score, then by the tie order of the options
 * @param candidates how many distinct members were proposed
 * @param capped true if the topic index was sampled down to {@link MatchOptions#maxCandidates()}
 * @since 0.1
 */
public record Matches(MatchRequest request, Instant asOf, List<Match> matches, int candidates, boolean capped) {

  /**
   * Creates a result.
   *
   * @throws IllegalArgumentException if {@code candidates} is negative or below the number of matches
   */
  public Matches {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(asOf, "asOf");
    matches = List.copyOf(Objects.requireNonNull(matches, "matches"));
    if (candidates < matches.size()) {
      throw new IllegalArgumentException(
          "candidates must be >= the " + matches.size() + " matches but was " + candidates);
    }
  }

  /** The matched members, best first. */
  public List<MemberId> members() {
    List<MemberId> ids = new ArrayList<>(matches.size());
    for (Match m : matches) {
      ids.add(m.candidate());
    }
    return List.copyOf(ids);
  }

  /** {@code Matches[PEERS for ana as of 2026-03-02T09:00:00Z: 3 of 57 candidates: m7 0.812, m3 0.700, m9 0.650]}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Matches[").append(request.purpose()).append(" for ")
        .append(request.seeker());
    request.question().ifPresent(q -> s.append(" (question ").append(q).append(')'));
    s.append(" as of ").append(asOf).append(": ").append(matches.size()).append(" of ")
        .append(Phrases.count(candidates, "candidate"));
    if (capped) {
      s.append(" (capped)");
    }
    List<String> shown = new ArrayList<>();
    for (Match m : matches) {
      shown.add(m.candidate() + " " + Phrases.score(m.score()));
    }
    if (!shown.isEmpty()) {
      String list = Phrases.capped(shown, 10);
      s.append(": ").append(list, 1, list.length() - 1);
    }
    return s.append(']').toString();
  }
}
