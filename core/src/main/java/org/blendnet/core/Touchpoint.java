package org.blendnet.core;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One interaction at one instant through one {@link Medium}: a chat between two members, a reply in a
 * forum thread, a conversation at an event, a meeting of several people.
 *
 * <p>A touchpoint involves at least two distinct members, or one member and an {@link Event} (an
 * attendance record: "Ana was at the Kent camp"). It may have a direction — the member who initiated it
 * — and may belong to an event or a community. Its weight is how much it counts (1 by default; a
 * duration, a number of messages, a rating — the host application decides), and must be positive.
 *
 * <pre>{@code
 * Touchpoint t = Touchpoint.builder(TouchpointId.of("t1"))
 *     .at(Instant.parse("2026-03-02T10:15:00Z"))
 *     .medium(Medium.CHAT)
 *     .between(MemberId.of("ana"), MemberId.of("bo"))
 *     .initiatedBy(MemberId.of("ana"))
 *     .build();
 * }</pre>
 *
 * Immutable and thread-safe.
 *
 * @param id the touchpoint's identifier
 * @param at when it happened
 * @param medium how it happened; its channel is {@link #channel()}
 * @param participants the members involved, distinct, in the order given
 * @param initiator the participant who initiated it, if it has a direction
 * @param event the event it happened at, if any
 * @param community the community it happened in, if any
 * @param topics what it was about, in topic order
 * @param weight how much it counts; finite and positive
 * @since 0.1
 */
public record Touchpoint(
    TouchpointId id,
    Instant at,
    Medium medium,
    List<MemberId> participants,
    Optional<MemberId> initiator,
    Optional<EventId> event,
    Optional<CommunityId> community,
    Set<Topic> topics,
    double weight) {

  /**
   * Creates a touchpoint.
   *
   * @throws IllegalArgumentException if there are fewer than two participants (or one without an
   *     event), a participant is repeated, the initiator is not a participant, or the weight is not a
   *     positive finite number
   */
  public Touchpoint {
    Checks.notNull(id, "id");
    Checks.notNull(at, "at");
    Checks.notNull(medium, "medium");
    participants = List.copyOf(Checks.noNulls(participants, "participants"));
    Checks.notNull(initiator, "initiator");
    Checks.notNull(event, "event");
    Checks.notNull(community, "community");
    topics = SortedArraySet.copyOf(topics, "topics");
    if (participants.isEmpty() || (participants.size() == 1 && event.isEmpty())) {
      throw new IllegalArgumentException(
          "a touchpoint needs at least two participants, or one participant and an event; got "
              + participants.size());
    }
    if (participants.size() == 2) {
      if (participants.get(0).equals(participants.get(1))) {
        throw new IllegalArgumentException("participant " + participants.get(0) + " is listed twice");
      }
    } else if (participants.size() > 2) {
      Set<MemberId> seen = new HashSet<>();
      for (MemberId m : participants) {
        if (!seen.add(m)) {
          throw new IllegalArgumentException("participant " + m + " is listed twice");
        }
      }
    }
    if (initiator.isPresent() && !participants.contains(initiator.get())) {
      throw new IllegalArgumentException("initiator " + initiator.get() + " is not a participant");
    }
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("weight must be positive and finite but was " + weight);
    }
  }

  /** An undirected touchpoint of weight 1 between two members, outside any event or community. */
  public static Touchpoint between(TouchpointId id, Instant at, Medium medium, MemberId a, MemberId b) {
    return new Touchpoint(id, at, medium, List.of(Checks.notNull(a, "a"), Checks.notNull(b, "b")), Optional.empty(),
        Optional.empty(), Optional.empty(), Set.of(), 1.0);
  }

  /** A builder for a touchpoint. */
  public static Builder builder(TouchpointId id) {
    return new Builder(id);
  }

  /** The channel of its medium. */
  public Channel channel() {
    return medium.channel();
  }

  /** True if it has an initiator. */
  public boolean isDirected() {
    return initiator.isPresent();
  }

  /** True if {@code member} took part. */
  public boolean involves(MemberId member) {
    return participants.contains(Checks.notNull(member, "member"));
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Touchpoint[id=").append(id).append(", at=").append(at)
        .append(", medium=").append(medium).append(", participants=").append(participants);
    initiator.ifPresent(m -> s.append(", initiator=").append(m));
    event.ifPresent(e -> s.append(", event=").append(e));
    community.ifPresent(c -> s.append(", community=").append(c));
    if (!topics.isEmpty()) {
      s.append(", topics=").append(topics);
    }
    if (weight != 1.0) {
      s.append(", weight=").append(weight);
    }
    return s.append(']').toString();
  }

  /**
   * Collects a touchpoint's values. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final TouchpointId id;
    private @Nullable Instant at;
    private Medium medium = Medium.FACE_TO_FACE;
    private final Set<MemberId> participants = new LinkedHashSet<>();
    private Optional<MemberId> initiator = Optional.empty();
    private Optional<EventId> event = Optional.empty();
    private Optional<CommunityId> community = Optional.empty();
    private final Set<Topic> topics = new LinkedHashSet<>();
    private double weight = 1.0;

    private Builder(TouchpointId id) {
      this.id = Checks.notNull(id, "id");
    }

    /** Sets when it happened (required). */
    public Builder at(Instant at) {
      this.at = Checks.notNull(at, "at");
      return this;
    }

    /** Sets the medium (default {@link Medium#FACE_TO_FACE}). */
    public Builder medium(Medium medium) {
      this.medium = Checks.notNull(medium, "medium");
      return this;
    }

    /** Adds two participants. */
    public Builder between(MemberId a, MemberId b) {
      return participant(a).participant(b);
    }

    /** Adds a participant. */
    public Builder participant(MemberId member) {
      participants.add(Checks.notNull(member, "participant"));
      return this;
    }

    /** Adds participants. */
    public Builder participants(Collection<MemberId> members) {
      Checks.notNull(members, "participants").forEach(this::participant);
      return this;
    }

    /** Sets the initiator, adding them as a participant if they are not one yet. */
    public Builder initiatedBy(MemberId member) {
      participant(member);
      this.initiator = Optional.of(member);
      return this;
    }

    /** Sets the event it happened at. */
    public Builder event(EventId event) {
      this.event = Optional.of(Checks.notNull(event, "event"));
      return this;
    }

    /** Sets the community it happened in. */
    public Builder community(CommunityId community) {
      this.community = Optional.of(Checks.notNull(community, "community"));
      return this;
    }

    /** Adds a topic. */
    public Builder topic(Topic topic) {
      topics.add(Checks.notNull(topic, "topic"));
      return this;
    }

    /** Adds topics. */
    public Builder topics(Collection<Topic> topics) {
      Checks.notNull(topics, "topics").forEach(this::topic);
      return this;
    }

    /** Sets the weight (default 1). */
    public Builder weight(double weight) {
      this.weight = weight;
      return this;
    }

    /**
     * Builds the touchpoint.
     *
     * @throws IllegalStateException if the instant was not set
     * @throws IllegalArgumentException as the {@link Touchpoint} constructor does
     */
    public Touchpoint build() {
      if (at == null) {
        throw new IllegalStateException("touchpoint " + id + ": at (the instant) was not set");
      }
      return new Touchpoint(id, at, medium, List.copyOf(participants), initiator, event, community, topics,
          weight);
    }
  }
}
