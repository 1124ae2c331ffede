package org.blendnet.core;

import java.net.URI;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A gathering, face to face or online: a conference, a workshop, a networking breakfast, a webinar.
 *
 * <p>Events are nodes of the network too: members who attend the same event are linked through it (the
 * member–event graph). The {@link #medium()} says what kind of gathering it is and so its
 * {@link #channel()}. It has a place, a link, or both. Immutable and thread-safe.
 *
 * @param id the event's identifier
 * @param title its title (not blank)
 * @param medium the kind of gathering ({@link Medium#EVENT}, {@link Medium#WORKSHOP}, {@link Medium#WEBINAR}…)
 * @param start when it starts
 * @param end when it ends; not before {@code start}
 * @param place where it is held, if anywhere physical
 * @param link where to join it online, if anywhere
 * @param topics what it is about, in topic order
 * @param hosts the members who host it, in id order
 * @param attendees the members who attended, in id order
 * @since 0.1
 */
public record Event(
    EventId id,
    String title,
    Medium medium,
    Instant start,
    Instant end,
    Optional<String> place,
    Optional<URI> link,
    Set<Topic> topics,
    Set<MemberId> hosts,
    Set<MemberId> attendees) {

  /**
   * Creates an event.
   *
   * @throws IllegalArgumentException if the title or place is blank or the event ends before it starts
   */
  public Event {
    Checks.notNull(id, "id");
    Checks.notBlank(title, "title");
    Checks.notNull(medium, "medium");
    Checks.notNull(start, "start");
    Checks.notNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("event " + id + " ends (" + end + ") before it starts (" + start + ")");
    }
    Checks.notNull(place, "place");
    place.ifPresent(p -> Checks.notBlank(p, "place"));
    Checks.notNull(link, "link");
    topics = SortedArraySet.copyOf(topics, "topics");
    hosts = SortedArraySet.copyOf(hosts, "hosts");
    attendees = SortedArraySet.copyOf(attendees, "attendees");
  }

  /** A builder for an event. */
  public static Builder builder(EventId id) {
    return new Builder(id);
  }

  /** The channel of its medium: face to face or online. */
  public Channel channel() {
    return medium.channel();
  }

  /** Hosts and attendees together, in id order. */
  public Set<MemberId> participants() {
    if (hosts.isEmpty()) {
      return attendees;
    }
    Set<MemberId> all = new HashSet<>(attendees);
    all.addAll(hosts);
    return SortedArraySet.copyOf(all, "participants");
  }

  @Override
  public String toString() {
    return "Event[id=" + id + ", medium=" + medium + ", start=" + start + ", hosts=" + hosts.size()
        + ", attendees=" + attendees.size() + "]";
  }

  /**
   * Collects an event's values. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final EventId id;
    private @Nullable String title;
    private Medium medium = Medium.EVENT;
    private @Nullable Instant start;
    private @Nullable Instant end;
    private Optional<String> place = Optional.empty();
    private Optional<URI> link = Optional.empty();
    private final Set<Topic> topics = new HashSet<>();
    private final Set<MemberId> hosts = new HashSet<>();
    private final Set<MemberId> attendees = new HashSet<>();

    private Builder(EventId id) {
      this.id = Checks.notNull(id, "id");
    }

    /** Sets the title (default: the id's value). */
    public Builder title(String title) {
      this.title = Checks.notNull(title, "title");
      return this;
    }

    /** Sets the kind of gathering (default {@link Medium#EVENT}). */
    public Builder medium(Medium medium) {
      this.medium = Checks.notNull(medium, "medium");
      return this;
    }

    /** Sets start and end. */
    public Builder time(Instant start, Instant end) {
      this.start = Checks.notNull(start, "start");
      this.end = Checks.notNull(end, "end");
      return this;
    }

    /** Sets the place. */
    public Builder place(String place) {
      this.place = Optional.of(Checks.notNull(place, "place"));
      return this;
    }

    /** Sets the link. */
    public Builder link(URI link) {
      this.link = Optional.of(Checks.notNull(link, "link"));
      return this;
    }

    /** Adds a topic. */
    public Builder topic(Topic topic) {
      topics.add(Checks.notNull(topic, "topic"));
      return this;
    }

    /** Adds a host. */
    public Builder host(MemberId member) {
      hosts.add(Checks.notNull(member, "host"));
      return this;
    }

    /** Adds an attendee. */
    public Builder attendee(MemberId member) {
      attendees.add(Checks.notNull(member, "attendee"));
      return this;
    }

    /** Adds attendees. */
    public Builder attendees(Collection<MemberId> members) {
      Checks.notNull(members, "attendees").forEach(this::attendee);
      return this;
    }

    /**
     * Builds the event.
     *
     * @throws IllegalStateException if the time was not set
     * @throws IllegalArgumentException as the {@link Event} constructor does
     */
    public Event build() {
      if (start == null || end == null) {
        throw new IllegalStateException("event " + id + ": time (start and end) was not set");
      }
      return new Event(id, title == null ? id.value() : title, medium, start, end, place, link, topics, hosts,
          attendees);
    }
  }
}
