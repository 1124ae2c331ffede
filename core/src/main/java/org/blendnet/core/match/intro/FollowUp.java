package org.blendnet.core.match.intro;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.blendnet.core.EventId;
import org.blendnet.core.Referral;

/**
 * The introductions {@link EventFollowUp#suggest} proposes after an event: for each absent member, in id
 * order, their best participants, best first.
 *
 * @param event the event
 * @param considered how many absent members were considered (after the consent filter)
 * @param suggestions the suggestions
 * @implNote Thread-safe: immutable.
 * @since 0.1
 */
public record FollowUp(EventId event, int considered, List<FollowUpSuggestion> suggestions) {

  /**
   * Creates a follow-up.
   *
   * @throws IllegalArgumentException if {@code considered} is negative
   */
  public FollowUp {
    Objects.requireNonNull(event, "event");
    if (considered < 0) {
      throw new IllegalArgumentException("considered must be >= 0 but was " + considered);
    }
    suggestions = List.copyOf(Objects.requireNonNull(suggestions, "suggestions"));
  }

  /** The suggestions' referrals, in the same order: hand them to {@link IntroductionBook#suggest(Referral)}. */
  public List<Referral> referrals() {
    List<Referral> all = new ArrayList<>(suggestions.size());
    for (FollowUpSuggestion s : suggestions) {
      all.add(s.referral());
    }
    return List.copyOf(all);
  }

  /** {@code FollowUp[summit: 12 introductions for 40 absent members: cy -> ana 0.712, …(+11 more)]}. */
  @Override
  public String toString() {
    List<String> shown = new ArrayList<>();
    for (FollowUpSuggestion s : suggestions) {
      shown.add(s.toString().substring("FollowUpSuggestion[".length(), s.toString().length() - 1));
    }
    String list = shown.size() <= 5 ? String.join(", ", shown)
        : String.join(", ", shown.subList(0, 5)) + " …(+" + (shown.size() - 5) + " more)";
    return "FollowUp[" + event + ": " + suggestions.size() + " introduction" + (suggestions.size() == 1 ? "" : "s")
        + " for " + considered + " absent member" + (considered == 1 ? "" : "s") + (shown.isEmpty() ? "" : ": " + list)
        + "]";
  }
}
